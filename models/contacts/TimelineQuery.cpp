#include "contacts/TimelineQuery.h"

#include "core/Database.h"
#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

TimelineQuery::TimelineQuery(Database& database) : m_database(database) { }

Result<QList<TimelineQuery::Event>> TimelineQuery::events(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.occurred_at, e.kind, e.detail, s.name FROM youth_event e "
                                 "LEFT JOIN staff s ON s.id = e.staff_id WHERE e.youth_id = ? "
                                 "ORDER BY e.occurred_at DESC, e.id DESC"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        qCWarning(lcSql) << "reading the timeline events of youth" << youthId << "failed:" << query.lastError().text();
        return fail(tr("The timeline's events could not be read."));
    }
    QList<Event> events;
    while (query.next()) {
        Event event;
        event.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        event.kind = query.value(1).toString();
        event.detail = query.value(2).toString();
        event.staffName = query.value(3).toString();
        events.append(event);
    }
    return events;
}

} // namespace lotsen
