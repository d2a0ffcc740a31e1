#include "access/AccountListModel.h"

#include "core/RowLookup.h"

#include "access/AccountRepository.h"
#include "access/Permissions.h"
#include "access/StaffRepository.h"

#include <QColor>

#include <algorithm>

namespace lotsen {

AccountListModel::AccountListModel(AccountRepository& accounts, StaffRepository& staff, QObject* parent)
    : QAbstractTableModel(parent), m_accounts(accounts), m_staff(staff)
{
    connect(&m_accounts, &AccountRepository::changed, this, &AccountListModel::refresh);
    connect(&m_staff, &StaffRepository::changed, this, &AccountListModel::refresh);
    refresh();
}

void AccountListModel::refresh()
{
    QHash<qint64, QString> staffNames;
    const QList<Staff> staff = m_staff.all();
    for (const Staff& member : staff) {
        staffNames.insert(member.id, member.name);
    }
    QList<Account> rows = m_accounts.all();
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Account& a, const Account& b) { return a.id == b.id; });
    if (sameRows) {
        // A role, a reset or a (de)activation: keep the view's selection.
        m_rows = rows;
        m_staffNames = staffNames;
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_staffNames = staffNames;
    endResetModel();
}

qint64 AccountListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int AccountListModel::rowOf(qint64 id) const
{
    return rowWithId(m_rows, id);
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Account& account = m_rows.at(index.row());
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

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
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
