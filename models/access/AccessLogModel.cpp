#include "access/AccessLogModel.h"

#include "access/AccessDetail.h"

#include "access/AccountRepository.h"

namespace lotsen {

AccessLogModel::AccessLogModel(AccessLog& log, AccountRepository& accounts, QObject* parent)
    : TableModel(ColumnCount, parent), m_log(log), m_accounts(accounts)
{
    connect(&m_log, &AccessLog::appended, this, &AccessLogModel::onAppended);
    // Failures reach the view through loadFailed.
    connect(&m_accounts, &AccountRepository::changed, this, [this] { (void)refresh(); });
    (void)refresh();
}

void AccessLogModel::setYouthNameLookup(YouthNameLookup lookup)
{
    m_youthName = std::move(lookup);
    (void)refresh();
}

void AccessLogModel::setFilter(const AccessLog::Filter& filter)
{
    m_filter = filter;
    (void)refresh();
}

void AccessLogModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale) {
        (void)refresh();
    }
}

void AccessLogModel::onAppended()
{
    if (m_live) {
        (void)refresh();
    } else {
        m_stale = true;
    }
}

Result<void> AccessLogModel::refresh()
{
    m_stale = false;
    m_youthNames.clear();
    const Result<QList<Account>> accounts = m_accounts.all();
    const Result<QList<AccessLog::Entry>> entries = m_log.entries(m_filter);
    if (!accounts || !entries) {
        m_accountNames.clear();
        return readFailed(!accounts ? accounts.error() : entries.error());
    }
    QHash<qint64, QString> accountNames;
    for (const Account& account : *accounts) {
        accountNames.insert(account.id, account.displayName);
    }
    m_accountNames = accountNames;
    setRows(*entries);
    return success();
}

QString AccessLogModel::accountText(const AccessLog::Entry& entry) const
{
    const QString name = m_accountNames.value(entry.accountId);
    if (entry.accountId == 0 || name.isEmpty()) {
        return entry.username.isEmpty() ? tr("(unknown)") : entry.username;
    }
    return tr("%1 (%2)").arg(name, entry.username);
}

QString AccessLogModel::youthText(qint64 youthId) const
{
    if (youthId == 0) {
        return {};
    }
    auto found = m_youthNames.constFind(youthId);
    if (found == m_youthNames.constEnd()) {
        found = m_youthNames.insert(youthId, m_youthName ? m_youthName(youthId) : QString());
    }
    return found->isEmpty() ? QString::number(youthId) : tr("%1 – %2").arg(youthId).arg(*found);
}

QVariant AccessLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AccessLog::Entry& entry = rows().at(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case AccountIdRole:
        return entry.accountId;
    case YouthIdRole:
        return entry.youthId;
    case ActionCodeRole:
        return entry.actionCode;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Time:
        // Stored as ISO 8601 local time; shown as in the CSV export.
        return QString(entry.at).replace(u'T', u' ').left(19);
    case AccountColumn:
        return accountText(entry);
    case Action:
        return AccessLog::actionFromCode(entry.actionCode) ? AccessLog::label(entry.action) : entry.actionCode;
    case Youth:
        return youthText(entry.youthId);
    case Detail:
        return AccessDetail::describe(entry.detail);
    case ColumnCount:
        break;
    }
    return {};
}

QString AccessLogModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Time:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case Action:
        return tr("Action");
    case Youth:
        return tr("Youth");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lotsen
