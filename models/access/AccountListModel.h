#pragma once

#include "access/Account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lotsen {

class AccountRepository;
class StaffRepository;

// The staff accounts as a table for the administrator's account management; follows AccountRepository::changed
// and StaffRepository::changed (for the linked mentor's name). A centre has a handful of accounts, so every row is
// held here.
class AccountListModel : public QAbstractTableModel
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

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const Account& account(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void refresh();

private:
    AccountRepository& m_accounts;
    StaffRepository& m_staff;
    QList<Account> m_rows;
    QHash<qint64, QString> m_staffNames;
};

} // namespace lotsen
