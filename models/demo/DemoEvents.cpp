#include "demo/DemoEvents.h"

#include "core/Clock.h"
#include "core/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace lotsen {

bool DemoEvents::backdateLast(Database& database, qint64 youthId, const QDate& day)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE youth_event SET occurred_at = ? WHERE id = (SELECT max(id) FROM "
                                 "youth_event WHERE youth_id = ?)"));
    query.addBindValue(std::min(QDateTime(day, QTime(9, 0)), Clock::now()).toString(Qt::ISODate));
    query.addBindValue(youthId);
    return query.exec();
}

} // namespace lotsen
