#include "access/AccountListModel.h"

#include "access/AccountRepository.h"
#include "access/Permissions.h"
#include "access/StaffRepository.h"

#include <QColor>

namespace lotsen {

AccountListModel::AccountListModel(AccountRepository& accounts, StaffRepository& staff, QObject* parent)
    : TableModel(ColumnCount, parent), m_accounts(accounts), m_staff(staff)
{
    // Failures reach the view through loadFailed.
    connect(&m_accounts, &AccountRepository::changed, this, [this] { (void)refresh(); });
    connect(&m_staff, &StaffRepository::changed, this, [this] { (void)refresh(); });
    (void)refresh();
}

Result<void> AccountListModel::refresh()
{
    const Result<QList<Staff>> staff = m_staff.all();
    const Result<QList<Account>> accounts = m_accounts.all();
    if (!staff || !accounts) {
        m_staffNames.clear();
        return readFailed(!staff ? staff.error() : accounts.error());
    }
    QHash<qint64, QString> staffNames;
    for (const Staff& member : *staff) {
        staffNames.insert(member.id, member.name);
    }
    // A role, a reset or a (de)activation keeps the view's selection (updateRows).
    m_staffNames = staffNames;
    updateRows(*accounts);
    return success();
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Account& account = rows().at(index.row());
    switch (role) {
    case IdRole:
        return account.id;
    case ActiveRole:
        return account.active;
    case Qt::ForegroundRole:
        // Deactivated accounts stay listed (the log refers to them) but greyed.
        return account.active ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case DisplayName:
        return account.displayName;
    case Username:
        return account.username;
    case RoleColumn:
        return Permissions::label(account.role);
    case Mentor:
        return account.staffId != 0 ? m_staffNames.value(account.staffId) : QString();
    case WiderAccess:
        return account.widerAccess ? tr("Yes") : QString();
    case Active:
        return account.active ? tr("Active") : tr("Deactivated");
    case MustChangePassword:
        return account.mustChangePassword ? tr("At next login") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QString AccountListModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case DisplayName:
        return tr("Name");
    case Username:
        return tr("Username");
    case RoleColumn:
        return tr("Role");
    case Mentor:
        return tr("Mentor record");
    case WiderAccess:
        return tr("Wider access");
    case Active:
        return tr("Status");
    case MustChangePassword:
        return tr("Must change password");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lotsen
