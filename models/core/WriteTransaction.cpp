#include "core/WriteTransaction.h"

#include "core/Database.h"
#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

WriteTransaction::WriteTransaction(Database& database) : m_database(database)
{
    QSqlQuery query(m_database.connection());
    if (m_database.m_openTransactions > 0) {
        m_savepoint = QStringLiteral("write_%1").arg(m_database.m_openTransactions);
        m_active = query.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        // Deferred BEGIN can fail with SQLITE_BUSY in WAL mode when it upgrades to a write; IMMEDIATE waits instead.
        m_active = query.exec(m_database.dialect().beginWrite());
    }
    if (!m_active) {
        m_busy = query.lastError().nativeErrorCode() == QLatin1String("5");
        m_error = Database::describeSqlError(query.lastError());
        qCWarning(lcSql) << (isNested() ? "SAVEPOINT" : "BEGIN IMMEDIATE") << "failed:" << query.lastError().text();
        return;
    }
    ++m_database.m_openTransactions;
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
    if (!query.exec(isNested() ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT"))) {
        m_error = Database::describeSqlError(query.lastError());
        qCWarning(lcSql) << (isNested() ? "RELEASE" : "COMMIT") << "failed:" << query.lastError().text();
        rollback();
        return false;
    }
    end();
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    QSqlQuery query(m_database.connection());
    if (isNested()) {
        // Undoes this savepoint's writes only; the outer transaction goes on.
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    end();
}

void WriteTransaction::end()
{
    m_active = false;
    --m_database.m_openTransactions;
}

} // namespace lotsen
