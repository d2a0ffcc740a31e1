#include "calendar/PlannedCalendarQuery.h"

#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "lifecycle/DatabaseIdentity.h"

#include <QSqlQuery>

#include <algorithm>

namespace lotsen {

namespace {

// A reminder at 09:00 the day before an all-day item.
constexpr int kAlarmMinutes = -15 * 60;

// The SELECT lists are the same for every kind: id, youth id, first name, date.
const char* const kContacts
    = "SELECT c.id, c.youth_id, y.first_name, c.next_planned FROM contact c JOIN youth y ON y.id = c.youth_id "
      "WHERE c.struck_at IS NULL AND c.next_planned IS NOT NULL ";
const char* const kReviews
    = "SELECT p.id, p.youth_id, y.first_name, p.next_review FROM action_plan p "
      "JOIN youth y ON y.id = p.youth_id WHERE p.frozen_at IS NULL AND p.next_review IS NOT NULL ";
const char* const kFollowUps = "SELECT f.id, f.youth_id, y.first_name, f.due_on FROM follow_up f "
                               "JOIN youth y ON y.id = f.youth_id WHERE f.status = 'open' ";

} // namespace

QString PlannedCalendarQuery::reference(qint64 youthId)
{
    return QStringLiteral("Y-%1").arg(youthId, 6, 10, QLatin1Char('0'));
}

CalendarEvent PlannedCalendarQuery::event(Kind kind, qint64 id, qint64 youthId, const QString& firstName,
                                          const QDate& date) const
{
    if (!m_identityRead) {
        m_identity = DatabaseIdentity::read(m_database.connection()).left(12);
        m_identityRead = true;
    }
    CalendarEvent event;
    event.youthId = youthId;
    event.date = date;
    event.alarmMinutes = kAlarmMinutes;
    event.categories = { QStringLiteral("Lotsen") };
    event.description = tr("Lotsen ref. %1").arg(reference(youthId));
    QString kindCode;
    switch (kind) {
    case Kind::Contact:
        kindCode = QStringLiteral("contact");
        event.summary = tr("Lotsen: contact with %1").arg(firstName);
        break;
    case Kind::Review:
        kindCode = QStringLiteral("plan-review");
        event.summary = tr("Lotsen: plan review with %1").arg(firstName);
        break;
    case Kind::FollowUp:
        kindCode = QStringLiteral("follow-up");
        event.summary = tr("Lotsen: follow-up with %1").arg(firstName);
        break;
    }
    // The same item gets the same UID every time, so that adding it again updates it in the calendar.
    event.uid = m_identity.isEmpty() ? QStringLiteral("%1-%2@lotsen").arg(kindCode).arg(id)
                                     : QStringLiteral("%1-%2-%3@lotsen").arg(kindCode).arg(id).arg(m_identity);
    return event;
}

Result<QList<CalendarEvent>> PlannedCalendarQuery::mentorsItems(qint64 mentorId, const QDate& from,
                                                                const QDate& to) const
{
    QList<CalendarEvent> events;
    if (mentorId == 0) {
        return events;
    }
    // A planned contact counts only while it is the youth's next one (the summary the register and Today show).
    const QString mine = QStringLiteral("AND y.mentor_id = :mentor ");
    const QList<std::tuple<Kind, QString, const char*>> parts {
        { Kind::Contact,
          QString::fromLatin1(kContacts) + mine
              + QStringLiteral(
                  "AND y.status <> 'exited' AND c.next_planned = y.next_planned_contact "
                  "AND c.next_planned >= :from AND c.next_planned <= :to "
                  "AND NOT EXISTS (SELECT 1 FROM contact n WHERE n.youth_id = c.youth_id "
                  "AND n.struck_at IS NULL AND n.next_planned = c.next_planned "
                  "AND (n.occurred_at > c.occurred_at OR (n.occurred_at = c.occurred_at AND n.id > c.id)))"),
          "calendar.contacts" },
        { Kind::Review,
          QString::fromLatin1(kReviews) + mine
              + QStringLiteral("AND y.status <> 'exited' AND p.next_review >= :from AND p.next_review <= :to"),
          "calendar.reviews" },
        { Kind::FollowUp,
          QString::fromLatin1(kFollowUps) + mine + QStringLiteral("AND f.due_on >= :from AND f.due_on <= :to"),
          "calendar.followUps" },
    };
    for (const auto& [kind, sql, operation] : parts) {
        QSqlQuery query(m_database.connection());
        if (!query.prepare(sql)) {
            return SqlRead::failed(query, operation);
        }
        query.bindValue(QStringLiteral(":mentor"), mentorId);
        query.bindValue(QStringLiteral(":from"), SqlValues::dateOrNull(from));
        query.bindValue(QStringLiteral(":to"), SqlValues::dateOrNull(to));
        if (!query.exec()) {
            return SqlRead::failed(query, operation);
        }
        while (query.next()) {
            events.append(event(kind, query.value(0).toLongLong(), query.value(1).toLongLong(),
                                query.value(2).toString(), SqlValues::date(query.value(3))));
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const CalendarEvent& a, const CalendarEvent& b) { return a.date < b.date; });
    return events;
}

Result<std::optional<CalendarEvent>> PlannedCalendarQuery::one(Kind kind, const QString& sql, qint64 id,
                                                               const char* operation) const
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(sql)) {
        return SqlRead::failed(query, operation);
    }
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        return SqlRead::failed(query, operation);
    }
    if (!query.next()) {
        return std::optional<CalendarEvent>();
    }
    return std::optional<CalendarEvent>(event(kind, query.value(0).toLongLong(), query.value(1).toLongLong(),
                                              query.value(2).toString(), SqlValues::date(query.value(3))));
}

Result<std::optional<CalendarEvent>> PlannedCalendarQuery::plannedContact(qint64 contactId) const
{
    // Only while it is still the youth's next planned contact: a date a later contact replaced is not sent.
    return one(Kind::Contact,
               QString::fromLatin1(kContacts)
                   + QStringLiteral("AND y.status <> 'exited' AND c.next_planned = y.next_planned_contact "
                                    "AND c.id = :id"),
               contactId, "calendar.contact");
}

Result<std::optional<CalendarEvent>> PlannedCalendarQuery::planReview(qint64 planId) const
{
    return one(Kind::Review, QString::fromLatin1(kReviews) + QStringLiteral("AND p.id = :id"), planId,
               "calendar.review");
}

Result<std::optional<CalendarEvent>> PlannedCalendarQuery::followUp(qint64 followUpId) const
{
    return one(Kind::FollowUp, QString::fromLatin1(kFollowUps) + QStringLiteral("AND f.id = :id"), followUpId,
               "calendar.followUp");
}

} // namespace lotsen
