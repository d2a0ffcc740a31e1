#include "enrolment/FollowUpsModel.h"

#include "core/Clock.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "enrolment/FollowUpRepository.h"

#include <QColor>

namespace lotsen {

namespace {

// The same red as the dialogs' error texts.
const QColor kDueColor(0xc0, 0x39, 0x2b);

bool isDue(const FollowUp& followUp)
{
    return followUp.status == FollowUpStatus::Open && followUp.dueOn <= Clock::today();
}

} // namespace

FollowUpsModel::FollowUpsModel(Workspace& workspace, QObject* parent)
    : TableModel(ColumnCount, parent), m_workspace(workspace)
{
    const auto refreshFor = [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    };
    connect(&workspace.followUps(), &FollowUpRepository::changed, this, refreshFor);
    // An exit creates follow-ups, and reopening one cancels them.
    connect(&workspace.enrolments(), &EnrolmentRepository::changed, this, refreshFor);
}

void FollowUpsModel::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    (void)refresh();
}

Result<void> FollowUpsModel::refresh()
{
    Result<QList<FollowUp>> rows = QList<FollowUp>();
    if (m_youthId != 0) {
        rows = m_workspace.followUps().followUps(m_youthId);
    }
    return takeRows(std::move(rows));
}

std::optional<FollowUp> FollowUpsModel::followUpAt(int row) const
{
    if (row < 0 || row >= rows().size()) {
        return std::nullopt;
    }
    return rows().at(row);
}

QString FollowUpsModel::headerText(int column) const
{
    switch (column) {
    case Due:
        return tr("Due");
    case Which:
        return tr("Follow-up");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case FoundSituation:
        return tr("Situation");
    }
    return {};
}

QVariant FollowUpsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size()) {
        return {};
    }
    const FollowUp& followUp = rows().at(index.row());
    switch (role) {
    case FollowUpIdRole:
        return followUp.id;
    case OpenRole:
        return followUp.status == FollowUpStatus::Open;
    case DueRole:
        return isDue(followUp);
    case Qt::ForegroundRole:
        return isDue(followUp) && index.column() == Due ? QVariant(kDueColor) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Due:
        return followUp.dueOn.toString(Qt::ISODate);
    case Which:
        return tr("%1 after exit").arg(EnrolmentVocabulary::offsetLabel(followUp.offsetCode));
    case Status:
        return EnrolmentVocabulary::label(followUp.status);
    case Attempts:
        return int(followUp.attempts.size());
    case FoundSituation:
        return followUp.situation ? EnrolmentVocabulary::label(*followUp.situation) : QString();
    }
    return {};
}

} // namespace lotsen
