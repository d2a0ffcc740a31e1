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
    // A plan version is its own row, not a youth_event: it is listed from action_plan, established (by whoever
    // registered the version) and signed (by whoever registered the signature).
    query.prepare(QStringLiteral(
        "SELECT at, kind, detail, staff, author FROM ("
        " SELECT e.occurred_at AS at, e.kind, e.detail, s.name AS staff, a.display_name AS author, e.id AS seq "
        "  FROM youth_event e LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN account a ON a.id = e.registered_by "
        "  WHERE e.youth_id = ?"
        " UNION ALL"
        // When it was established: the plan's date, at the moment it was written when that was the same day.
        " SELECT CASE WHEN substr(p.created_at, 1, 10) = p.plan_date THEN p.created_at"
        "  ELSE p.plan_date || 'T12:00:00' END, 'plan_established', p.version, s.name, a.display_name, 0"
        "  FROM action_plan p LEFT JOIN staff s ON s.id = p.staff_id LEFT JOIN account a ON a.id = p.registered_by"
        "  WHERE p.youth_id = ?"
        " UNION ALL"
        " SELECT p.signed_on || 'T12:00:00', 'plan_signed', p.version, NULL, a.display_name, 0"
        "  FROM action_plan p LEFT JOIN account a ON a.id = p.signed_registered_by"
        "  WHERE p.youth_id = ? AND p.signed_on IS NOT NULL"
        ") ORDER BY at DESC, seq DESC"));
    query.addBindValue(youthId);
    query.addBindValue(youthId);
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
        event.registeredByName = query.value(4).toString();
        events.append(event);
    }
    return events;
}

} // namespace lotsen
