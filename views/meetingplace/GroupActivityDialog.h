#pragma once

#include "meetingplace/MeetingPlaceRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace lotsen {

class Workspace;

// Creates or edits a group activity: date, title (study visit, lecture, fika…), place and leader.
class GroupActivityDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing.id == 0` creates a new activity (dated today, led by this PC's staff member).
    GroupActivityDialog(Workspace& workspace, const MeetingPlaceRepository::GroupActivity& existing,
                        QWidget* parent = nullptr);

    MeetingPlaceRepository::GroupActivity activity() const;
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    MeetingPlaceRepository::GroupActivity m_existing;
    qint64 m_savedId = 0;

    QDateEdit* m_date = nullptr;
    QComboBox* m_title = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_leader = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
