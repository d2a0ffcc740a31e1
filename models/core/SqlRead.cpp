#include "core/SqlRead.h"

#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

Error SqlRead::failed(const QSqlQuery& query, const char* operation)
{
    const QSqlError error = query.lastError();
    qCWarning(lcSql) << "read failed:" << operation << error.nativeErrorCode() << error.databaseText();
    return fail(tr("Lotsen could not read the database: %1").arg(reason(error)));
}

QString SqlRead::reason(const QSqlError& error)
{
    // The user gets words for what they can act on; the engine's own text (English, sometimes only "No query")
    // goes to the lotsen.sql category.
    if (error.type() == QSqlError::ConnectionError) {
        return tr("the connection to the database is closed.");
    }
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    switch (isNumber ? code & 0xff : -1) { // SQLite's primary result code
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another program is using the database file. Try again in a moment.");
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        return tr("the file could not be read from the disk. Check that the disk or network folder is there.");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("the database file is damaged. Restore a backup.");
    default:
        // The code lets whoever supports the centre look it up; it holds nothing personal.
        return isNumber ? tr("an unexpected error (database error %1).").arg(code) : tr("an unexpected error.");
    }
}

Error SqlRead::noRow(const char* operation)
{
    qCWarning(lcSql) << "read returned no row:" << operation;
    return fail(tr("Lotsen could not read the database: an expected row was missing."));
}

} // namespace lotsen
