#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lotsen {

class EnrolmentPeriodsModel;
class FollowUpsModel;
class Workspace;

// The card's "Enrolment and exit" tab: the youth's participation periods (oldest first) with the selected period's
// situation at entry and exit record (reopened exits struck out, with who, when and why), the follow-ups after
// exit, and the actions: Enrol / Re-enrol…, Exit…, Change situation at entry…, Record follow-up…, and for
// coordinators Reopen exit….
class EnrolmentTab : public QWidget
{
    Q_OBJECT

public:
    EnrolmentTab(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    void setYouthId(qint64 youthId);
    EnrolmentPeriodsModel* periodsModel() const { return m_periods; }
    FollowUpsModel* followUpsModel() const { return m_followUps; }

    // Opens the exit dialog (the card's "Exit…" too); true when the youth was exited.
    bool exitYouth();
    void enrol();
    void changeEntry();
    void recordFollowUp();
    void reopenExit();

private:
    void refresh();
    void updateState();
    void showDetails();
    qint64 selectedPeriodRow() const;

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    EnrolmentPeriodsModel* m_periods = nullptr;
    FollowUpsModel* m_followUps = nullptr;
    QTableView* m_periodView = nullptr;
    QTableView* m_followUpView = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_enrolButton = nullptr;
    QPushButton* m_exitButton = nullptr;
    QPushButton* m_entryButton = nullptr;
    QPushButton* m_reopenButton = nullptr;
    QPushButton* m_followUpButton = nullptr;
    QPushButton* m_followUpCalendarButton = nullptr; // the selected open follow-up as an .ics file
};

} // namespace lotsen
