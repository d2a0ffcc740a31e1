#pragma once

#include "meetingplace/MeetingPlaceRepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTextDocument;

namespace lotsen {

class AttendanceModel;
class GroupActivityDialog;
class VisitorsModel;
class Workspace;

// The meeting place: check in drop-in visitors in a couple of keystrokes (a name or number, Enter), anonymous
// visitors by gender and age group, the visit counts, and the group activities with their attendance lists.
class MeetingPlacePage : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingPlacePage(Workspace& workspace, QWidget* parent = nullptr);

    qint64 currentActivityId() const;
    void selectActivity(qint64 activityId);

public slots:
    // The check-in box's Enter: one match is checked in, several open the pick list.
    void checkInFromSearch();
    bool checkInYouth(qint64 youthId);
    void checkInAnonymous();
    void removeSelectedVisit();
    GroupActivityDialog* newActivity();
    GroupActivityDialog* editActivity();
    void previewAttendanceList();
    bool exportAttendancePdf();
    void refresh();

signals:
    void openYouthRequested(qint64 youthId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createDropInPanel();
    QWidget* createActivitiesPanel();
    void showPicks(const QList<MeetingPlaceRepository::YouthMatch>& matches);
    void hidePicks();
    void refreshCounts();
    void refreshActivities();
    void activityChosen();
    void updateActivityButtons();
    void setFeedback(const QString& text, bool problem = false);
    Result<std::unique_ptr<QTextDocument>> attendanceDocument() const;

    Workspace& m_workspace;
    MeetingPlaceRepository& m_repository;
    VisitorsModel* m_visitors = nullptr;
    AttendanceModel* m_attendance = nullptr;

    QLabel* m_dateLabel = nullptr;
    QLineEdit* m_checkIn = nullptr;
    QListWidget* m_picks = nullptr;
    QLabel* m_feedback = nullptr;
    QComboBox* m_anonymousGender = nullptr;
    QComboBox* m_anonymousAge = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_countsNote = nullptr;
    QTableView* m_visitorsView = nullptr;
    QPushButton* m_removeVisit = nullptr;

    QTableWidget* m_activities = nullptr;
    QPushButton* m_editActivity = nullptr;
    QPushButton* m_printAttendance = nullptr;
    QPushButton* m_exportAttendance = nullptr;
    QLabel* m_attendanceTitle = nullptr;
    QLineEdit* m_attendanceFilter = nullptr;
    QTableView* m_attendanceView = nullptr;
};

} // namespace lotsen
