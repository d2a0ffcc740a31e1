#include "meetingplace/VisitorsModel.h"

#include "core/Clock.h"
#include "core/Vocabulary.h"

namespace lotsen {

VisitorsModel::VisitorsModel(MeetingPlaceRepository& repository, QObject* parent)
    : TableModel(ColumnCount, parent), m_repository(repository)
{
    connect(&m_repository, &MeetingPlaceRepository::visitsChanged, this, &VisitorsModel::refresh);
    (void)refresh(); // a failure reaches the view through loadFailed
}

void VisitorsModel::setDay(const QDate& day)
{
    m_day = day;
    (void)refresh(); // a failure reaches the view through loadFailed
}

QDate VisitorsModel::day() const
{
    return m_day.isValid() ? m_day : Clock::today();
}

Result<void> VisitorsModel::refresh()
{
    return takeRows(m_repository.visitsOn(day()));
}

int VisitorsModel::rowOfYouth(qint64 youthId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).youthId == youthId) {
            return row;
        }
    }
    return -1;
}

QVariant VisitorsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size()) {
        return {};
    }
    const MeetingPlaceRepository::Visit& visit = rows().at(index.row());
    if (role == YouthIdRole) {
        return visit.youthId;
    }
    if (role == Qt::ToolTipRole && !visit.isAnonymous() && index.column() == Visitor) {
        return tr("Double-click to open the youth's card");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Time:
        return visit.at.time().toString(QStringLiteral("HH:mm"));
    case Visitor:
        return visit.isAnonymous() ? tr("Anonymous visitor") : visit.name;
    case Gender:
        return visit.isAnonymous() ? Vocabulary::label(visit.gender) : QString();
    case AgeGroup:
        return visit.isAnonymous() ? MeetingPlaceRepository::label(visit.ageGroup) : QString();
    default:
        return {};
    }
}

QString VisitorsModel::headerText(int column) const
{
    switch (column) {
    case Time:
        return tr("Time");
    case Visitor:
        return tr("Visitor");
    case Gender:
        return tr("Gender");
    case AgeGroup:
        return tr("Age group");
    default:
        return {};
    }
}

} // namespace lotsen
