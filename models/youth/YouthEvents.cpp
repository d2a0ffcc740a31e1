#include "youth/YouthEvents.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

Result<void> YouthEvents::write(const Database& database, qint64 youthId, const QString& kind, const QString& detail,
                                qint64 staffId)
{
    QSqlQuery event(database.connection());
    event.prepare(QStringLiteral("INSERT INTO youth_event (youth_id, occurred_at, kind, detail, staff_id, "
                                 "registered_by) VALUES (?, ?, ?, ?, ?, ?)"));
    event.addBindValue(youthId);
    event.addBindValue(SqlValues::now());
    event.addBindValue(kind);
    event.addBindValue(detail);
    event.addBindValue(SqlValues::idOrNull(staffId));
    event.addBindValue(database.authorValue()); // registered_by: the logged-in account
    if (!event.exec()) {
        qCWarning(lcSql) << "writing event" << kind << "of youth" << youthId << "failed:" << event.lastError().text();
        return fail(event.lastError().text());
    }
    return success();
}

} // namespace lotsen
