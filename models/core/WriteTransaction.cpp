#include "core/WriteTransaction.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

WriteTransaction::WriteTransaction(Database& database) : m_database(database)
{
    // Deferred BEGIN can fail with SQLITE_BUSY in WAL mode when it upgrades to a write; IMMEDIATE waits instead.
    QSqlQuery query(m_database.connection());
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_database.setLastError(query.lastError().text());
    }
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active) {
        return false;
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_database.setLastError(query.lastError().text());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace lotsen
