#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lotsen {

class AutomaticBackup;

class AttentionModel;
class Workspace;

// The Today page, where the program opens: everyone who needs attention now with the reasons, for the mentor
// working at this PC or for all. From here a mentor opens the card, logs a contact or an attempt, or snoozes a
// reason with an explanation.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(Workspace& workspace, QWidget* parent = nullptr);

    // The youth of the current row, 0 if none.
    qint64 currentYouthId() const;
    // Administrators see a warning when there is no verified backup of today ("No verified backup for 3 days").
    void setBackupStatus(AutomaticBackup* backup);

public slots:
    void openCurrent();
    void logContact();
    void logAttempt();
    void snoozeCurrent();
    void recordFollowUp();
    // The due follow-up of the current item as an .ics file (first name and reference only).
    void addFollowUpToCalendar();

signals:
    void openYouthRequested(qint64 youthId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillMentors();
    void chooseMentor();
    // The mentor filter this account uses.
    void showAccountsView();
    void updateState();
    void logEntry(bool attempt);
    void updateBackupWarning();

    Workspace& m_workspace;
    AttentionModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_backupWarning = nullptr;
    AutomaticBackup* m_backup = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_mentor = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_logContact = nullptr;
    QPushButton* m_logAttempt = nullptr;
    QPushButton* m_snooze = nullptr;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_followUpToCalendar = nullptr;
    bool m_shownOnce = false;
    QString m_loadError; // the last failed refresh, until a whole one succeeds
};

} // namespace lotsen
