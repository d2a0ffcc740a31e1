#include "enrolment/EnrolmentPeriodsModel.h"

#include "core/Clock.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EnrolmentVocabulary.h"

namespace lotsen {

EnrolmentPeriodsModel::EnrolmentPeriodsModel(Workspace& workspace, QObject* parent)
    : TableModel(ColumnCount, parent), m_workspace(workspace)
{
    connect(&workspace.enrolments(), &EnrolmentRepository::changed, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    });
}

void EnrolmentPeriodsModel::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    (void)refresh(); // a failure reaches the view through loadFailed
}

Result<void> EnrolmentPeriodsModel::refresh()
{
    Result<QList<EnrolmentPeriod>> rows = QList<EnrolmentPeriod>();
    if (m_youthId != 0) {
        rows = m_workspace.enrolments().periods(m_youthId);
    }
    return takeRows(std::move(rows));
}

std::optional<EnrolmentPeriod> EnrolmentPeriodsModel::periodAt(int row) const
{
    if (row < 0 || row >= rows().size()) {
        return std::nullopt;
    }
    return rows().at(row);
}

QString EnrolmentPeriodsModel::headerText(int column) const
{
    switch (column) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Mentor:
        return tr("Mentor");
    case Days:
        return tr("Days");
    case Reason:
        return tr("Reason for exit");
    case ExitSituation:
        return tr("Situation at exit");
    }
    return {};
}

QVariant EnrolmentPeriodsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size()) {
        return {};
    }
    const EnrolmentPeriod& period = rows().at(index.row());
    const std::optional<ExitRecord> exit = period.currentExit();
    switch (role) {
    case PeriodIdRole:
        return period.id;
    case OpenRole:
        return period.isOpen();
    case InErrorRole:
        return exit && exit->reason == ExitReason::InError;
    case Qt::TextAlignmentRole:
        return index.column() == Days ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Start:
        return period.startDate.toString(Qt::ISODate);
    case End:
        return period.isOpen() ? tr("ongoing") : period.endDate.toString(Qt::ISODate);
    case Mentor:
        return period.mentorName;
    case Days:
        return period.days(Clock::today());
    case Reason:
        return exit ? EnrolmentVocabulary::label(exit->reason) : QString();
    case ExitSituation:
        return exit ? EnrolmentVocabulary::label(exit->situation) : QString();
    }
    return {};
}

} // namespace lotsen
