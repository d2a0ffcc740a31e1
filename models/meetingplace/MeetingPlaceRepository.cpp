#include "meetingplace/MeetingPlaceRepository.h"

#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "youth/YouthFilter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace lotsen {

namespace {

constexpr std::array<std::pair<MeetingPlaceRepository::AgeGroup, const char*>, 5> kAgeGroupCodes { {
    { MeetingPlaceRepository::AgeGroup::From15To17, "15-17" },
    { MeetingPlaceRepository::AgeGroup::From18To19, "18-19" },
    { MeetingPlaceRepository::AgeGroup::From20To24, "20-24" },
    { MeetingPlaceRepository::AgeGroup::From25To29, "25-29" },
    { MeetingPlaceRepository::AgeGroup::Unknown, "unknown" },
} };

QString timestamp(const QDateTime& time)
{
    return time.toString(Qt::ISODate);
}

// Timestamps are stored as local ISO text ("2026-11-27T10:00:00"), so a day range is a text range on the
// date: from the first day's date up to (not including) the day after the last.
QString dayStart(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace

MeetingPlaceRepository::MeetingPlaceRepository(Database& database, ContactRepository& contacts, QObject* parent)
    : QObject(parent), m_database(database), m_contacts(contacts)
{
    // Check-ins, attendance and the ContactDialog all write through ContactRepository: any of them may change
    // today's visitors.
    connect(&m_contacts, &ContactRepository::contactsChanged, this, &MeetingPlaceRepository::visitsChanged);
}

QList<MeetingPlaceRepository::AgeGroup> MeetingPlaceRepository::ageGroups()
{
    QList<AgeGroup> groups;
    for (const auto& entry : kAgeGroupCodes) {
        groups.append(entry.first);
    }
    return groups;
}

QString MeetingPlaceRepository::code(AgeGroup group)
{
    for (const auto& entry : kAgeGroupCodes) {
        if (entry.first == group) {
            return QString::fromLatin1(entry.second);
        }
    }
    return QStringLiteral("unknown");
}

MeetingPlaceRepository::AgeGroup MeetingPlaceRepository::ageGroupFromCode(const QString& code)
{
    for (const auto& entry : kAgeGroupCodes) {
        if (code == QLatin1String(entry.second)) {
            return entry.first;
        }
    }
    return AgeGroup::Unknown;
}

QString MeetingPlaceRepository::label(AgeGroup group)
{
    switch (group) {
    case AgeGroup::From15To17:
        return tr("15–17");
    case AgeGroup::From18To19:
        return tr("18–19");
    case AgeGroup::From20To24:
        return tr("20–24");
    case AgeGroup::From25To29:
        return tr("25–29");
    case AgeGroup::Unknown:
        return tr("Age unknown");
    }
    return {};
}

QStringList MeetingPlaceRepository::activityTitleSuggestions()
{
    return { tr("Study visit"), tr("Lecture"), tr("Fika"), tr("Workshop"), tr("Cooking together"), tr("Outing") };
}

Error MeetingPlaceRepository::failure(const QString& sqlError) const
{
    qCWarning(lcSql) << "meeting place write failed:" << sqlError;
    return fail(tr("The meeting place could not be updated. Nothing was changed. (%1)").arg(sqlError));
}

Result<QList<MeetingPlaceRepository::YouthMatch>> MeetingPlaceRepository::findYouths(const QString& text,
                                                                                     int limit) const
{
    QList<YouthMatch> result;
    const QString match = YouthFilter::matchExpression(text);
    if (match.isEmpty()) {
        return result;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT y.id, y.first_name, y.last_name, y.birth_date, y.status FROM youth y WHERE ")
                  + m_database.dialect().youthSearchCondition(QStringLiteral("y.id"))
                  + QStringLiteral(" ORDER BY y.status = 'exited', y.last_name COLLATE NOCASE, y.first_name COLLATE "
                                   "NOCASE, y.id LIMIT ?"));
    query.addBindValue(m_database.dialect().searchValue(match));
    query.addBindValue(limit);
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.findYouths");
    }
    while (query.next()) {
        YouthMatch youth;
        youth.id = query.value(0).toLongLong();
        youth.name = (query.value(1).toString() + u' ' + query.value(2).toString()).trimmed();
        youth.birthDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        youth.status = Vocabulary::statusFromCode(query.value(4).toString());
        result.append(youth);
    }
    return result;
}

Result<QList<MeetingPlaceRepository::Visit>> MeetingPlaceRepository::visitsOn(const QDate& day) const
{
    QList<Visit> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.youth_id, c.id, 0, c.occurred_at, y.first_name || ' ' || y.last_name, NULL, NULL "
        "FROM contact c JOIN youth y ON y.id = c.youth_id "
        "WHERE c.kind = 'drop_in' AND c.struck_at IS NULL AND c.occurred_at >= :from AND c.occurred_at < :to "
        "UNION ALL "
        "SELECT 0, 0, a.id, a.visited_at, NULL, a.gender, a.age_group FROM anonymous_visit a "
        "WHERE a.visited_at >= :from AND a.visited_at < :to "
        "ORDER BY 4, 3, 2"));
    query.bindValue(QStringLiteral(":from"), dayStart(day));
    query.bindValue(QStringLiteral(":to"), dayStart(day.addDays(1)));
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.visitsOn");
    }
    while (query.next()) {
        Visit visit;
        visit.youthId = query.value(0).toLongLong();
        visit.contactId = query.value(1).toLongLong();
        visit.anonymousId = query.value(2).toLongLong();
        visit.at = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        visit.name = query.value(4).toString().trimmed();
        if (visit.isAnonymous()) {
            visit.gender = Vocabulary::genderFromCode(query.value(5).toString());
            visit.ageGroup = ageGroupFromCode(query.value(6).toString());
        }
        result.append(visit);
    }
    return result;
}

Result<std::optional<QDateTime>> MeetingPlaceRepository::checkedInAt(qint64 youthId, const QDate& day) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT min(occurred_at) FROM contact WHERE youth_id = ? AND kind = 'drop_in' "
                                 "AND struck_at IS NULL AND occurred_at >= ? AND occurred_at < ?"));
    query.addBindValue(youthId);
    query.addBindValue(dayStart(day));
    query.addBindValue(dayStart(day.addDays(1)));
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.checkedInAt");
    }
    if (!query.next() || query.value(0).isNull()) {
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(QDateTime::fromString(query.value(0).toString(), Qt::ISODate));
}

Result<qint64> MeetingPlaceRepository::checkIn(qint64 youthId, qint64 staffId)
{
    Contact contact;
    contact.youthId = youthId;
    contact.occurredAt = Clock::now();
    contact.kind = ContactKind::DropIn;
    contact.withWhom = ContactWith::Youth;
    contact.staffId = staffId;
    return m_contacts.log(contact);
}

Result<qint64> MeetingPlaceRepository::addAnonymousVisit(Gender gender, AgeGroup ageGroup, const QDateTime& at)
{
    const QDateTime now = Clock::now();
    const QDateTime visitedAt = at.isValid() ? at : now;
    // The same slack as for contacts: a few minutes of clock difference between PCs.
    if (visitedAt > now.addSecs(10 * 60)) {
        return fail(tr("A visit cannot be in the future."));
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO anonymous_visit (visited_at, gender, age_group, registered_by) VALUES (?, ?, ?, ?)"));
    query.addBindValue(timestamp(visitedAt));
    query.addBindValue(Vocabulary::code(gender));
    query.addBindValue(code(ageGroup));
    query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit visitsChanged();
    return id;
}

Result<qint64> MeetingPlaceRepository::removeVisit(const Visit& visit, qint64 staffId)
{
    if (!visit.isAnonymous()) {
        return m_contacts.strike(visit.contactId, staffId, tr("Checked in by mistake"));
    }
    // An anonymous visit is only a tally mark, not an entry about a person: a mistaken one is simply removed.
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM anonymous_visit WHERE id = ?"));
    query.addBindValue(visit.anonymousId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return failure(query.lastError().text());
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit visitsChanged();
    return visit.anonymousId;
}

Result<MeetingPlaceRepository::Counts> MeetingPlaceRepository::counts(const QDate& first, const QDate& last) const
{
    Counts result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT d.visits + a.visits, d.youths, a.visits FROM "
        "(SELECT count(*) AS visits, count(DISTINCT youth_id) AS youths FROM contact "
        " WHERE kind = 'drop_in' AND struck_at IS NULL AND occurred_at >= :from AND occurred_at < :to) d, "
        "(SELECT count(*) AS visits FROM anonymous_visit WHERE visited_at >= :from AND visited_at < :to) a"));
    query.bindValue(QStringLiteral(":from"), dayStart(first));
    query.bindValue(QStringLiteral(":to"), dayStart(last.addDays(1)));
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.counts");
    }
    if (!query.next()) {
        return SqlRead::noRow("meetingplace.counts");
    }
    result.visits = query.value(0).toInt();
    result.namedVisitors = query.value(1).toInt();
    result.anonymousVisits = query.value(2).toInt();
    return result;
}

Result<MeetingPlaceRepository::Counts> MeetingPlaceRepository::weekCounts(const QDate& day) const
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return counts(monday, monday.addDays(6));
}

Result<MeetingPlaceRepository::Counts> MeetingPlaceRepository::monthCounts(const QDate& day) const
{
    const QDate first(day.year(), day.month(), 1);
    return counts(first, first.addMonths(1).addDays(-1));
}

Result<MeetingPlaceRepository::PeriodCounts> MeetingPlaceRepository::periodCounts(const QDate& day) const
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDate firstOfMonth(day.year(), day.month(), 1);
    // [from, to) ranges as text; the week may reach into the month before or after.
    const QList<std::pair<QDate, QDate>> ranges
        = { { day, day.addDays(1) }, { monday, monday.addDays(7) }, { firstOfMonth, firstOfMonth.addMonths(1) } };
    const QDate low = std::min(monday, firstOfMonth);
    const QDate high = std::max(monday.addDays(7), firstOfMonth.addMonths(1));
    QString contactColumns;
    QString anonymousColumns;
    for (int i = 0; i < ranges.size(); ++i) {
        const QString in = QStringLiteral("occurred_at >= :from%1 AND occurred_at < :to%1").arg(i);
        contactColumns
            += QStringLiteral(", sum(CASE WHEN %1 THEN 1 ELSE 0 END), count(DISTINCT CASE WHEN %1 THEN youth_id END)")
                   .arg(in);
        anonymousColumns
            += QStringLiteral(", sum(CASE WHEN visited_at >= :from%1 AND visited_at < :to%1 THEN 1 ELSE 0 END)").arg(i);
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT * FROM (SELECT 0%1 FROM contact WHERE kind = 'drop_in' AND struck_at IS NULL "
                                 "AND occurred_at >= :low AND occurred_at < :high) AS contacts, (SELECT 0%2 FROM "
                                 "anonymous_visit WHERE visited_at >= :low AND visited_at < :high) AS visits")
                      .arg(contactColumns, anonymousColumns));
    for (int i = 0; i < ranges.size(); ++i) {
        query.bindValue(QStringLiteral(":from%1").arg(i), dayStart(ranges.at(i).first));
        query.bindValue(QStringLiteral(":to%1").arg(i), dayStart(ranges.at(i).second));
    }
    query.bindValue(QStringLiteral(":low"), dayStart(low));
    query.bindValue(QStringLiteral(":high"), dayStart(high));
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.periodCounts");
    }
    if (!query.next()) {
        return SqlRead::noRow("meetingplace.periodCounts");
    }
    PeriodCounts result;
    // Columns: 0, then visits and youths per range; 0, then anonymous visits per range.
    Counts* counts[] = { &result.day, &result.week, &result.month };
    const int anonymousStart = 1 + 2 * int(ranges.size()) + 1;
    for (int i = 0; i < ranges.size(); ++i) {
        const int anonymous = query.value(anonymousStart + i).toInt();
        counts[i]->visits = query.value(1 + 2 * i).toInt() + anonymous;
        counts[i]->namedVisitors = query.value(2 + 2 * i).toInt();
        counts[i]->anonymousVisits = anonymous;
    }
    return result;
}

Result<QList<MeetingPlaceRepository::GroupActivity>> MeetingPlaceRepository::activities(const QDate& from) const
{
    QList<GroupActivity> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.held_on, a.title, a.place, a.leader_id, s.name, coalesce(p.present, 0) "
        "FROM group_activity a LEFT JOIN staff s ON s.id = a.leader_id "
        // One pass over the attendance contacts for all activities, not one per activity.
        "LEFT JOIN (SELECT activity_id, count(DISTINCT youth_id) AS present FROM contact "
        "  WHERE activity_id IS NOT NULL AND kind = 'group_activity' AND struck_at IS NULL GROUP BY activity_id) p "
        "  ON p.activity_id = a.id "
        "WHERE a.held_on >= ? ORDER BY a.held_on DESC, a.id DESC"));
    query.addBindValue(dayStart(from));
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.activities");
    }
    while (query.next()) {
        GroupActivity activity;
        activity.id = query.value(0).toLongLong();
        activity.heldOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        activity.title = query.value(2).toString();
        activity.place = query.value(3).toString();
        activity.leaderId = query.value(4).toLongLong();
        activity.leaderName = query.value(5).toString();
        activity.attendance = query.value(6).toInt();
        result.append(activity);
    }
    return result;
}

Result<std::optional<MeetingPlaceRepository::GroupActivity>> MeetingPlaceRepository::activity(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT a.id, a.held_on, a.title, a.place, a.leader_id, s.name, "
                                 " (SELECT count(DISTINCT c.youth_id) FROM contact c WHERE c.activity_id = a.id "
                                 "  AND c.kind = 'group_activity' AND c.struck_at IS NULL) "
                                 "FROM group_activity a LEFT JOIN staff s ON s.id = a.leader_id WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.activity");
    }
    if (!query.next()) {
        return std::optional<GroupActivity>();
    }
    GroupActivity activity;
    activity.id = query.value(0).toLongLong();
    activity.heldOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    activity.title = query.value(2).toString();
    activity.place = query.value(3).toString();
    activity.leaderId = query.value(4).toLongLong();
    activity.leaderName = query.value(5).toString();
    activity.attendance = query.value(6).toInt();
    return std::optional<GroupActivity>(activity);
}

Result<qint64> MeetingPlaceRepository::saveActivity(GroupActivity& activity)
{
    if (!activity.heldOn.isValid()) {
        return fail(tr("Choose the date of the activity."));
    }
    if (activity.title.trimmed().isEmpty()) {
        return fail(tr("Write what the activity is, e.g. a study visit or a lecture."));
    }
    std::optional<GroupActivity> stored;
    if (activity.id != 0) {
        Result<GroupActivity> found = required(this->activity(activity.id), tr("This activity no longer exists."));
        if (!found) {
            return found.error();
        }
        stored = std::move(found).value();
        // The attendance contacts carry the activity's date in every attendee's timeline.
        if (stored->heldOn != activity.heldOn && stored->attendance > 0) {
            return fail(tr("The date cannot be changed after attendance has been ticked. Untick the attendance "
                           "first, or create a new activity."));
        }
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery query(m_database.connection());
    if (activity.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO group_activity (held_on, title, place, leader_id, created_at, "
                                     "registered_by) VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(
            QStringLiteral("UPDATE group_activity SET held_on = ?, title = ?, place = ?, leader_id = ? WHERE id = ?"));
    }
    query.addBindValue(dayStart(activity.heldOn));
    query.addBindValue(activity.title.trimmed());
    query.addBindValue(QString(u""_s + activity.place.trimmed())); // never NULL: the column is NOT NULL
    query.addBindValue(idOrNull(activity.leaderId));
    if (activity.id == 0) {
        query.addBindValue(timestamp(Clock::now()));
    } else {
        query.addBindValue(activity.id);
    }
    if (activity.id == 0) {
        query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    }
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    const qint64 id = activity.id == 0 ? query.lastInsertId().toLongLong() : activity.id;
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    activity.id = id;
    activity.title = activity.title.trimmed();
    activity.place = activity.place.trimmed();
    emit activitiesChanged();
    return id;
}

Result<QList<MeetingPlaceRepository::Attendee>>
MeetingPlaceRepository::selectAttendees(qint64 activityId, const QString& filter, bool onlyPresent) const
{
    QList<Attendee> result;
    const QString match = YouthFilter::matchExpression(filter);
    QString sql = QStringLiteral(
        "WITH present AS (SELECT youth_id, max(id) AS contact_id FROM contact WHERE activity_id = :activity "
        " AND kind = 'group_activity' AND struck_at IS NULL GROUP BY youth_id) "
        "SELECT y.id, y.first_name, y.last_name, y.status, p.contact_id FROM youth y "
        "LEFT JOIN present p ON p.youth_id = y.id ");
    sql += onlyPresent ? QStringLiteral("WHERE p.contact_id IS NOT NULL ")
                       : QStringLiteral("WHERE (y.status IN ('prospect', 'active') OR p.contact_id IS NOT NULL) ");
    if (!match.isEmpty()) {
        sql += QStringLiteral("AND ")
            + m_database.dialect().youthSearchCondition(QStringLiteral("y.id"), QStringLiteral(":match")) + u' ';
    }
    sql += QStringLiteral("ORDER BY y.last_name COLLATE NOCASE, y.first_name COLLATE NOCASE, y.id");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":activity"), activityId);
    if (!match.isEmpty()) {
        query.bindValue(QStringLiteral(":match"), m_database.dialect().searchValue(match));
    }
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.attendees");
    }
    while (query.next()) {
        Attendee attendee;
        attendee.youthId = query.value(0).toLongLong();
        attendee.name = (query.value(1).toString() + u' ' + query.value(2).toString()).trimmed();
        attendee.status = Vocabulary::statusFromCode(query.value(3).toString());
        attendee.contactId = query.value(4).toLongLong();
        result.append(attendee);
    }
    return result;
}

Result<QList<MeetingPlaceRepository::Attendee>> MeetingPlaceRepository::attendanceList(qint64 activityId,
                                                                                       const QString& filter) const
{
    return selectAttendees(activityId, filter, false);
}

Result<QList<MeetingPlaceRepository::Attendee>> MeetingPlaceRepository::attendees(qint64 activityId) const
{
    return selectAttendees(activityId, {}, true);
}

Result<qint64> MeetingPlaceRepository::attendanceContact(qint64 activityId, qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT max(id) FROM contact WHERE youth_id = ? AND activity_id = ? "
                                 "AND kind = 'group_activity' AND struck_at IS NULL"));
    query.addBindValue(youthId);
    query.addBindValue(activityId);
    if (!query.exec()) {
        return SqlRead::failed(query, "meetingplace.attendanceContact");
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<qint64> MeetingPlaceRepository::setPresent(qint64 activityId, qint64 youthId, bool present, qint64 staffId)
{
    const Result<GroupActivity> stored = required(activity(activityId), tr("This activity no longer exists."));
    if (!stored) {
        return stored.error();
    }
    const Result<qint64> attendance = attendanceContact(activityId, youthId);
    if (!attendance) {
        return attendance.error();
    }
    const qint64 existing = *attendance;
    if (!present) {
        if (existing == 0) {
            return 0;
        }
        const Result<qint64> struck = m_contacts.strike(existing, staffId, tr("Removed from attendance list"));
        if (!struck) {
            return struck.error();
        }
        emit activitiesChanged();
        return 0;
    }
    if (existing != 0) {
        return existing;
    }
    const QDate today = Clock::today();
    if (stored->heldOn > today) {
        return fail(tr("Attendance is ticked on the day of the activity (%1) or later.")
                        .arg(stored->heldOn.toString(Qt::ISODate)));
    }
    Contact contact;
    contact.youthId = youthId;
    // The activity has a date but no time: the time of ticking on the day itself, otherwise midday.
    contact.occurredAt = stored->heldOn == today ? Clock::now() : QDateTime(stored->heldOn, QTime(12, 0));
    contact.kind = ContactKind::GroupActivity;
    contact.withWhom = ContactWith::Youth;
    contact.staffId = staffId;
    contact.activityId = activityId;
    contact.note = stored->place.isEmpty() ? stored->title : tr("%1, %2").arg(stored->title, stored->place);
    const Result<qint64> logged = m_contacts.log(contact);
    if (logged) {
        emit activitiesChanged();
    }
    return logged;
}

} // namespace lotsen
