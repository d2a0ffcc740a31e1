#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace lotsen {

class TimelineModel;
class Workspace;

// The youth card's Timeline tab: every contact and event newest first, logging a contact or an unanswered
// attempt in a keystroke or two, and changing, correcting or striking out an entry (never deleting it).
class TimelineTab : public QWidget
{
    Q_OBJECT

public:
    TimelineTab(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }

public slots:
    void logContact();
    void logAttempt();
    void changeCurrent();
    void correctCurrent();
    void strikeCurrent();
    // The selected entry's planned contact as an .ics file for the mentor's calendar.
    void addCurrentToCalendar();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openCurrent();
    void updateActions();
    void updateEmptyText();
    void syncStaff();
    int currentRow() const;
    void selectContact(qint64 contactId);

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    qint64 m_keepContactId = 0; // the selected entry across a model reset
    TimelineModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_emptyText = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_attemptAction = nullptr;
    QAction* m_changeAction = nullptr;
    QAction* m_correctAction = nullptr;
    QAction* m_strikeAction = nullptr;
    QAction* m_calendarAction = nullptr;
};

} // namespace lotsen
