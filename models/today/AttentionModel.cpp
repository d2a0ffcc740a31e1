#include "today/AttentionModel.h"

#include "contacts/ContactRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "enrolment/FollowUpRepository.h"
#include "plans/PlanRepository.h"
#include "today/AttentionQuery.h"
#include "today/SnoozeRepository.h"
#include "youth/YouthRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

#include <algorithm>

namespace lotsen {

AttentionModel::AttentionModel(Workspace& workspace, QObject* parent) : TableModelBase(parent), m_workspace(workspace)
{
    connect(&workspace.contacts(), &ContactRepository::contactsChanged, this, &AttentionModel::refreshYouth);
    connect(&workspace.youths(), &YouthRepository::youthSaved, this, &AttentionModel::refreshYouth);
    connect(&workspace.youths(), &YouthRepository::youthRemoved, this, &AttentionModel::refreshYouth);
    connect(&workspace.plans(), &PlanRepository::plansChanged, this, &AttentionModel::refreshYouth);
    connect(&workspace.snoozes(), &SnoozeRepository::snoozed, this, &AttentionModel::refreshYouth);
    connect(&workspace.referrals(), &ReferralRepository::changed, this, &AttentionModel::refreshYouth);
    connect(&workspace.consents(), &ConsentRepository::changed, this, &AttentionModel::refreshYouth);
    connect(&workspace.followUps(), &FollowUpRepository::changed, this, &AttentionModel::refreshYouth);
    // Back from a lost connection to the server: what other PCs did meanwhile was never announced.
    connect(&workspace.database(), &Database::reconnected, this, [this] { (void)refresh(); });
    connect(&workspace.centre(), &CentreSettings::changed, this, [this](CentreSettings::Key key) {
        if (key == CentreSettings::Key::ActiveNoContactDays || key == CentreSettings::Key::ProspectNoContactDays
            || key == CentreSettings::Key::ReferralNoAnswerDays || key == CentreSettings::Key::ConsentExpiryDays) {
            (void)refresh(); // a failure reaches the view through loadFailed
        }
    });
}

AttentionThresholds AttentionModel::thresholds() const
{
    AttentionThresholds thresholds;
    thresholds.activeNoContactDays = m_workspace.centre().activeNoContactDays();
    thresholds.prospectNoContactDays = m_workspace.centre().prospectNoContactDays();
    thresholds.referralNoAnswerDays = m_workspace.centre().referralNoAnswerDays();
    thresholds.consentExpiryDays = m_workspace.centre().consentExpiryDays();
    return thresholds;
}

void AttentionModel::setMentorId(qint64 mentorId)
{
    if (mentorId != m_mentorId) {
        m_mentorId = mentorId;
        (void)refresh();
    }
}

Result<void> AttentionModel::refresh()
{
    const QDate today = Clock::today();
    Result<QList<AttentionItem>> items = AttentionQuery(m_workspace.database()).items(today, thresholds(), m_mentorId);
    beginResetModel();
    m_today = today;
    m_items = items.valueOr({});
    setLoadError(!items.ok());
    endResetModel();
    if (!items) {
        emit loadFailed(items.message());
    }
    emit refreshed();
    return items ? success() : Result<void>(items.error());
}

Result<void> AttentionModel::refreshYouth(qint64 youthId)
{
    // Past midnight every row may have changed.
    if (m_today != Clock::today()) {
        return refresh();
    }
    const Result<QList<AttentionItem>> read
        = AttentionQuery(m_workspace.database()).items(m_today, thresholds(), m_mentorId, youthId);
    if (!read) {
        // As a failed refresh: no list that is right except for one youth nobody can tell.
        beginResetModel();
        m_items.clear();
        setLoadError(true);
        endResetModel();
        emit loadFailed(read.message());
        emit refreshed();
        return read.error();
    }
    const QList<AttentionItem>& found = *read;
    const int row = rowOfYouth(youthId);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
    if (!found.isEmpty()) {
        const AttentionItem& item = found.first();
        const auto place = std::upper_bound(m_items.begin(), m_items.end(), item, &AttentionRules::before);
        const int newRow = int(place - m_items.begin());
        beginInsertRows({}, newRow, newRow);
        m_items.insert(newRow, item);
        endInsertRows();
    }
    emit refreshed();
    return success();
}

const AttentionItem* AttentionModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int AttentionModel::rowOfYouth(qint64 youthId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).youthId == youthId) {
            return row;
        }
    }
    return -1;
}

int AttentionModel::urgentCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const AttentionItem& item) { return item.urgent; }));
}

int AttentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AttentionItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Youth:
            return item.fullName();
        case Mentor:
            return item.mentorName.isEmpty() ? tr("No mentor") : item.mentorName;
        case Reasons: {
            QStringList texts;
            for (const AttentionCause& cause : item.causes) {
                texts.append(AttentionRules::describe(cause));
            }
            return texts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        }
        case DaysOverdue:
            return item.daysOverdue;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DaysOverdue ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (item.urgent) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return item.urgent ? QVariant(QBrush(QColor(0xa9, 0x32, 0x26))) : QVariant();
    case UrgentRole:
        return item.urgent;
    case YouthIdRole:
        return item.youthId;
    case DaysOverdueRole:
        return item.daysOverdue;
    case ReasonsRole: {
        QList<int> reasons;
        for (const AttentionCause& cause : item.causes) {
            reasons.append(static_cast<int>(cause.reason));
        }
        return QVariant::fromValue(reasons);
    }
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Youth:
        return tr("Youth");
    case Mentor:
        return tr("Mentor");
    case Reasons:
        return tr("Needs attention because");
    case DaysOverdue:
        return tr("Days overdue");
    }
    return {};
}

} // namespace lotsen
