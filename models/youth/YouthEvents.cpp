#include "youth/YouthEvents.h"

#include "core/Database.h"
#include "core/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

bool YouthEvents::write(const Database& database, qint64 youthId, const QString& kind, const QString& detail,
                        qint64 staffId, QString* error)
{
    QSqlQuery event(database.connection());
    event.prepare(QStringLiteral(
        "INSERT INTO youth_event (youth_id, occurred_at, kind, detail, staff_id) VALUES (?, ?, ?, ?, ?)"));
    event.addBindValue(youthId);
    event.addBindValue(SqlValues::now());
    event.addBindValue(kind);
    event.addBindValue(detail);
    event.addBindValue(SqlValues::idOrNull(staffId));
    if (!event.exec()) {
        if (error) {
            *error = event.lastError().text();
        }
        return false;
    }
    return true;
}

} // namespace lotsen
