#pragma once

#include "core/Result.h"
#include "youth/Youth.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace lotsen {

class ContactRepository;
class Database;

// The meeting place: drop-in check-ins (a "drop-in visit" contact in the youth's timeline), anonymous visits,
// group activities with their attendance (a "group activity" contact per attendee) and the visit counts.
class MeetingPlaceRepository : public QObject
{
    Q_OBJECT

public:
    enum class AgeGroup { From15To17, From18To19, From20To24, From25To29, Unknown };

    // A youth found by the check-in search.
    struct YouthMatch
    {
        qint64 id = 0;
        QString name;
        QDate birthDate;
        YouthStatus status = YouthStatus::Prospect;
    };

    // One visit of the day: a registered youth's drop-in contact, or an anonymous visit.
    struct Visit
    {
        qint64 youthId = 0; // 0 for an anonymous visit
        qint64 contactId = 0; // the drop-in contact of a registered youth
        qint64 anonymousId = 0; // the anonymous_visit row
        QDateTime at;
        QString name; // registered youths only
        Gender gender = Gender::NotStated; // anonymous visits only
        AgeGroup ageGroup = AgeGroup::Unknown; // anonymous visits only
        bool isAnonymous() const { return youthId == 0; }
    };

    // Visits: registered drop-in contacts plus anonymous visits. Named visitors: distinct registered youths.
    // Anonymous visits are counted apart: nobody can tell whether two of them were the same person, so they are not
    // added to the named visitors as if they were people.
    struct Counts
    {
        int visits = 0;
        int namedVisitors = 0;
        int anonymousVisits = 0;
    };

    struct GroupActivity
    {
        qint64 id = 0; // 0 until saved
        QDate heldOn;
        QString title;
        QString place;
        qint64 leaderId = 0; // staff; 0 = not stated
        QString leaderName; // read-only, for display
        int attendance = 0; // read-only: ticked youths
    };

    // A row of an attendance list: a youth who can be ticked, and the contact that records the attendance.
    struct Attendee
    {
        qint64 youthId = 0;
        QString name;
        YouthStatus status = YouthStatus::Prospect;
        qint64 contactId = 0; // 0 = not ticked
        bool present() const { return contactId != 0; }
    };

    MeetingPlaceRepository(Database& database, ContactRepository& contacts, QObject* parent = nullptr);

    static QList<AgeGroup> ageGroups();
    static QString code(AgeGroup group);
    static AgeGroup ageGroupFromCode(const QString& code);
    static QString label(AgeGroup group);
    // Suggested titles for a group activity, in the UI language.
    static QStringList activityTitleSuggestions();

    // The check-in search: the register's full-text search (name words or number digits), youths who have left
    // sorted last. At most `limit` matches.
    Result<QList<YouthMatch>> findYouths(const QString& text, int limit = 20) const;

    // Today's visitors, in the order they came.
    Result<QList<Visit>> visitsOn(const QDate& day) const;
    // The youth's drop-in visit on `day`, if already checked in (to ask before checking in twice).
    Result<std::optional<QDateTime>> checkedInAt(qint64 youthId, const QDate& day) const;
    // Logs a drop-in visit contact now, with `staffId` as the staff member.
    Result<qint64> checkIn(qint64 youthId, qint64 staffId);
    // `at` defaults to now; a visit later than now is refused.
    Result<qint64> addAnonymousVisit(Gender gender, AgeGroup ageGroup, const QDateTime& at = {});
    // A check-in by mistake: the contact is struck out (never deleted); an anonymous visit row is removed.
    Result<qint64> removeVisit(const Visit& visit, qint64 staffId);

    // Visits and unique visitors from `first` to `last`, both days included; counted in SQL.
    Result<Counts> counts(const QDate& first, const QDate& last) const;
    Result<Counts> dayCounts(const QDate& day) const { return counts(day, day); }
    // The week runs Monday to Sunday, as in Sweden.
    Result<Counts> weekCounts(const QDate& day) const;
    Result<Counts> monthCounts(const QDate& day) const;
    // The day's, its week's and its month's counts in one pass over the contacts (what the page shows).
    struct PeriodCounts
    {
        Counts day;
        Counts week;
        Counts month;
    };
    Result<PeriodCounts> periodCounts(const QDate& day) const;

    // Activities held on or after `from`, newest first.
    Result<QList<GroupActivity>> activities(const QDate& from) const;
    Result<std::optional<GroupActivity>> activity(qint64 id) const;
    // Inserts (id 0, sets `activity.id`) or updates. The date cannot change once attendance is ticked.
    Result<qint64> saveActivity(GroupActivity& activity);

    // Prospects and active youths, plus anyone already ticked, sorted by name; `filter` narrows by name or
    // number through the register's search.
    Result<QList<Attendee>> attendanceList(qint64 activityId, const QString& filter = {}) const;
    // Only the ticked youths, sorted by name (for the printed list).
    Result<QList<Attendee>> attendees(qint64 activityId) const;
    // Ticking logs a group activity contact; unticking strikes it out ("Removed from attendance list").
    Result<qint64> setPresent(qint64 activityId, qint64 youthId, bool present, qint64 staffId);

signals:
    // A visit was added or removed, or a contact changed that may be a drop-in visit.
    void visitsChanged();
    void activitiesChanged();

private:
    Result<QList<Attendee>> selectAttendees(qint64 activityId, const QString& filter, bool onlyPresent) const;
    Result<qint64> attendanceContact(qint64 activityId, qint64 youthId) const;
    Error failure(const QString& sqlError) const;

    Database& m_database;
    ContactRepository& m_contacts;
};

} // namespace lotsen
