#pragma once

#include "meetingplace/MeetingPlaceRepository.h"

#include "core/TableModel.h"

namespace lotsen {

// The tick list of a group activity: prospects and active youths (and anyone already ticked), filterable by name
// or number. Ticking a row writes at once: a group activity contact, or striking it out when unticked.
class AttendanceModel : public TableModel<MeetingPlaceRepository::Attendee>
{
    Q_OBJECT

public:
    enum Column { Name, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role { YouthIdRole = Qt::UserRole + 1 };

    explicit AttendanceModel(MeetingPlaceRepository& repository, QObject* parent = nullptr);

    // 0 = no activity chosen: an empty list.
    void setActivity(qint64 activityId);
    qint64 activityId() const { return m_activityId; }
    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    // The staff member the attendance contacts are logged by.
    void setStaffId(qint64 staffId) { m_staffId = staffId; }

    Result<int> presentCount() const;
    int rowOfYouth(qint64 youthId) const;
    const MeetingPlaceRepository::Attendee& attendeeAt(int row) const { return rows().at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

signals:
    // A tick or untick could not be written; `message` is for the user.
    void attendanceFailed(const QString& message);
    void presentCountChanged(int count);

protected:
    QString headerText(int column) const override;

private:
    MeetingPlaceRepository& m_repository;
    qint64 m_activityId = 0;
    qint64 m_staffId = 0;
    QString m_filter;
};

} // namespace lotsen
