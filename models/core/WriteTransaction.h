#pragma once

#include <QSqlDatabase>

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

private:
    Database& m_database;
    bool m_active = false;
};

} // namespace lotsen
