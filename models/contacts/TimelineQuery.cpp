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
    // Dated facts (a start, an exit, an attempt) sort on their day: at the moment they were written when that was
    // the same day, otherwise at noon. Details are codes separated by '|', worded by TimelineModel.
    // Every time as 'YYYY-MM-DDTHH:MM:SS' text and every date as 'YYYY-MM-DD' on both engines (SqlDialect), so that
    // the union sorts the same way and its columns have one type.
    const SqlDialect& dialect = m_database.dialect();
    const auto time = [&dialect](const char* column) {
        return dialect.dateTime(QLatin1String(column));
    };
    const auto day = [&dialect](const char* column) {
        return dialect.text(QLatin1String(column));
    };
    const auto on = [&](const char* date, const char* written) {
        return QStringLiteral("CASE WHEN substr(%2, 1, 10) = %1 THEN %2 ELSE %1 || 'T12:00:00' END")
            .arg(day(date), time(written));
    };
    QString sql = QStringLiteral(
        "SELECT at, kind, detail, staff, author, struck_at, struck_by, struck_reason FROM ("
        " SELECT {e.occurred_at} AS at, e.kind, e.detail, s.name AS staff, a.display_name AS author, e.id AS seq, "
        "  NULL AS struck_at, NULL AS struck_by, NULL AS struck_reason"
        "  FROM youth_event e LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN account a ON a.id = e.registered_by "
        "  WHERE e.youth_id = :youth"
        " UNION ALL"
        // When it was established: the plan's date, at the moment it was written when that was the same day.
        " SELECT {plan_established}, 'plan_established', CAST(p.version AS text), s.name, a.display_name, 0,"
        "  NULL, NULL, NULL"
        "  FROM action_plan p LEFT JOIN staff s ON s.id = p.staff_id LEFT JOIN account a ON a.id = p.registered_by"
        "  WHERE p.youth_id = :youth"
        " UNION ALL"
        " SELECT {p.signed_on} || 'T12:00:00', 'plan_signed', CAST(p.version AS text), NULL, a.display_name, 0, NULL,"
        "  NULL, NULL"
        "  FROM action_plan p LEFT JOIN account a ON a.id = p.signed_registered_by"
        "  WHERE p.youth_id = :youth AND p.signed_on IS NOT NULL"
        " UNION ALL"
        " SELECT {enrolled}, 'enrolled', {p.start_date}, s.name, a.display_name, 0, NULL, NULL, NULL"
        "  FROM enrolment_period p LEFT JOIN staff s ON s.id = p.mentor_id LEFT JOIN account a ON a.id = "
        "p.registered_by"
        "  WHERE p.youth_id = :youth"
        " UNION ALL"
        " SELECT {exited}, 'exited', {x.exit_date} || '|' || x.reason || '|' || x.situation, NULL, a.display_name, 0,"
        "  {x.reopened_at}, r.display_name, x.reopen_reason"
        "  FROM enrolment_exit x JOIN enrolment_period p ON p.id = x.period_id"
        "  LEFT JOIN account a ON a.id = x.registered_by LEFT JOIN account r ON r.id = x.reopened_registered_by"
        "  WHERE p.youth_id = :youth"
        " UNION ALL"
        " SELECT {x.reopened_at}, 'exit_reopened', {x.exit_date} || '|' || x.reopen_reason, NULL, r.display_name, 0,"
        "  NULL, NULL, NULL"
        "  FROM enrolment_exit x JOIN enrolment_period p ON p.id = x.period_id"
        "  LEFT JOIN account r ON r.id = x.reopened_registered_by"
        "  WHERE p.youth_id = :youth AND x.reopened_at IS NOT NULL"
        " UNION ALL"
        " SELECT {attempted}, 'follow_up_attempt', f.offset_code || '|' || t.channel || '|' || t.result, NULL,"
        "  a.display_name, t.id, NULL, NULL, NULL"
        "  FROM follow_up_attempt t JOIN follow_up f ON f.id = t.follow_up_id LEFT JOIN account a ON a.id = "
        "t.registered_by"
        "  WHERE f.youth_id = :youth"
        " UNION ALL"
        " SELECT {f.closed_at}, 'follow_up_closed', f.offset_code || '|' || f.status || '|' || coalesce(f.situation, "
        "''),"
        "  NULL, a.display_name, f.id, NULL, NULL, NULL"
        "  FROM follow_up f LEFT JOIN account a ON a.id = f.closed_registered_by"
        "  WHERE f.youth_id = :youth AND f.closed_at IS NOT NULL"
        ") AS timeline ORDER BY at DESC, seq DESC");
    const QList<std::pair<const char*, QString>> fragments = {
        { "{e.occurred_at}", time("e.occurred_at") },
        { "{plan_established}", on("p.plan_date", "p.created_at") },
        { "{p.signed_on}", day("p.signed_on") },
        { "{enrolled}", on("p.start_date", "p.created_at") },
        { "{p.start_date}", day("p.start_date") },
        { "{exited}", on("x.exit_date", "x.created_at") },
        { "{x.exit_date}", day("x.exit_date") },
        { "{x.reopened_at}", time("x.reopened_at") },
        { "{attempted}", on("t.attempted_on", "t.created_at") },
        { "{f.closed_at}", time("f.closed_at") },
    };
    for (const auto& [name, fragment] : fragments) {
        sql.replace(QLatin1String(name), fragment);
    }
    query.prepare(sql);
    query.bindValue(QStringLiteral(":youth"), youthId);
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
        event.struckAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        event.struckByName = query.value(6).toString();
        event.struckReason = query.value(7).toString();
        events.append(event);
    }
    return events;
}

} // namespace lotsen
