#include "core/WriteTransaction.h"

#include "core/Database.h"
#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

WriteTransaction::WriteTransaction(Database& database) : m_database(database)
{
    // Deferred BEGIN can fail with SQLITE_BUSY in WAL mode when it upgrades to a write; IMMEDIATE waits instead.
    QSqlQuery query(m_database.connection());
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = query.lastError().text();
        qCWarning(lcSql) << "BEGIN IMMEDIATE failed:" << m_error;
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
        m_error = query.lastError().text();
        qCWarning(lcSql) << "COMMIT failed:" << m_error;
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
