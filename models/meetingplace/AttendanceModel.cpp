#include "meetingplace/AttendanceModel.h"

#include "core/Vocabulary.h"

#include <utility>

namespace lotsen {

AttendanceModel::AttendanceModel(MeetingPlaceRepository& repository, QObject* parent)
    : TableModel(ColumnCount, parent), m_repository(repository)
{
}

void AttendanceModel::setActivity(qint64 activityId)
{
    m_activityId = activityId;
    (void)refresh(); // a failure reaches the view through loadFailed
}

void AttendanceModel::setFilterText(const QString& text)
{
    if (text == m_filter) {
        return;
    }
    m_filter = text;
    (void)refresh(); // a failure reaches the view through loadFailed
}

Result<void> AttendanceModel::refresh()
{
    Result<QList<MeetingPlaceRepository::Attendee>> rows = m_activityId == 0
        ? QList<MeetingPlaceRepository::Attendee>()
        : m_repository.attendanceList(m_activityId, m_filter);
    const Result<int> present = presentCount();
    if (rows && !present) {
        rows = present.error();
    }
    const Result<void> taken = takeRows(std::move(rows));
    emit presentCountChanged(present.valueOr(0));
    return taken;
}

Result<int> AttendanceModel::presentCount() const
{
    if (m_activityId == 0) {
        return 0;
    }
    // The filter may hide ticked rows, so count in the database.
    const Result<QList<MeetingPlaceRepository::Attendee>> present = m_repository.attendees(m_activityId);
    if (!present) {
        return present.error();
    }
    return int(present->size());
}

int AttendanceModel::rowOfYouth(qint64 youthId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).youthId == youthId) {
            return row;
        }
    }
    return -1;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Name) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size()) {
        return {};
    }
    const MeetingPlaceRepository::Attendee& row = rows().at(index.row());
    if (role == YouthIdRole) {
        return row.youthId;
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole) {
            return row.name;
        }
        if (role == Qt::CheckStateRole) {
            return row.present() ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case Status:
        if (role == Qt::DisplayRole) {
            return Vocabulary::label(row.status);
        }
        break;
    default:
        break;
    }
    return {};
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Name || role != Qt::CheckStateRole || index.row() >= rows().size()) {
        return false;
    }
    MeetingPlaceRepository::Attendee& row = editableRow(index.row());
    const bool present = value.toInt() == Qt::Checked;
    if (present == row.present()) {
        return true;
    }
    const Result<qint64> result = m_repository.setPresent(m_activityId, row.youthId, present, m_staffId);
    if (!result.ok()) {
        emit attendanceFailed(result.message());
        return false;
    }
    row.contactId = present ? *result : 0;
    emit dataChanged(index, index, { Qt::CheckStateRole });
    const Result<int> count = presentCount();
    if (!count) {
        emit attendanceFailed(count.message());
    }
    emit presentCountChanged(count.valueOr(0));
    return true;
}

QString AttendanceModel::headerText(int column) const
{
    switch (column) {
    case Name:
        return tr("Present");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace lotsen
