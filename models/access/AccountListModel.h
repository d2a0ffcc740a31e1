#pragma once

#include "access/Account.h"

#include "core/Result.h"
#include "core/TableModel.h"

#include <QHash>
#include <QList>

namespace lotsen {

class AccountRepository;
class StaffRepository;

// The staff accounts as a table for the administrator's account management; follows AccountRepository::changed
// and StaffRepository::changed (for the linked mentor's name). A centre has a handful of accounts, so every row is
// held here.
class AccountListModel : public TableModel<Account>
{
    Q_OBJECT

public:
    enum Column { DisplayName, Username, RoleColumn, Mentor, WiderAccess, Active, MustChangePassword, ColumnCount };
    Q_ENUM(Column)
    enum ItemRole {
        IdRole = Qt::UserRole + 1,
        ActiveRole, // bool
    };

    AccountListModel(AccountRepository& accounts, StaffRepository& staff, QObject* parent = nullptr);

    const Account& account(int row) const { return rows().at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again. On failure the rows are cleared, loadFailed is emitted and the error returned.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    AccountRepository& m_accounts;
    StaffRepository& m_staff;
    QHash<qint64, QString> m_staffNames;
};

} // namespace lotsen
