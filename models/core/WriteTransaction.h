#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lotsen {

class Database;

// One user action that writes: BEGIN IMMEDIATE now, COMMIT on commit(), ROLLBACK if it goes out of scope first.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    // SQLite's text for a failed BEGIN or COMMIT (already logged to lotsen.sql), for the repository's message.
    QString error() const { return m_error; }

private:
    Database& m_database;
    bool m_active = false;
    QString m_error;
};

} // namespace lotsen
