#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lotsen {

class Database;

// One user action that writes: BEGIN IMMEDIATE now, COMMIT on commit(), ROLLBACK if it goes out of scope first.
// Inside another WriteTransaction on the same connection it is a savepoint instead: commit() releases it into the
// outer transaction (which still decides), rollback() undoes only its own writes. That lets a caller put a
// repository's write and the access-log entry that records it into one transaction: both or neither.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    // True when this is a savepoint inside an outer transaction.
    bool isNested() const { return !m_savepoint.isEmpty(); }
    [[nodiscard]] bool commit();
    void rollback();
    // A sentence for a failed BEGIN or COMMIT (Database::describeSqlError; already logged to lotsen.sql), for the
    // repository's message.
    QString error() const { return m_error; }
    // Whether BEGIN failed because another connection holds the write lock (SQLITE_BUSY).
    bool busy() const { return m_busy; }

private:
    void end();

    Database& m_database;
    bool m_active = false;
    bool m_busy = false;
    QString m_savepoint; // empty for the outermost transaction
    QString m_error;
};

} // namespace lotsen
