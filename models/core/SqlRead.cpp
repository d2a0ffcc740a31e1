#include "core/SqlRead.h"

#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

Error SqlRead::failed(const QSqlQuery& query, const char* operation)
{
    const QSqlError error = query.lastError();
    qCWarning(lcSql) << "read failed:" << operation << error.nativeErrorCode() << error.databaseText();
    // SQLite's text ("database is locked", "disk I/O error") helps an administrator and holds no personal data.
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return fail(tr("Lotsen could not read the database: %1").arg(reason));
}

Error SqlRead::noRow(const char* operation)
{
    qCWarning(lcSql) << "read returned no row:" << operation;
    return fail(tr("Lotsen could not read the database: an expected row was missing."));
}

} // namespace lotsen
