// The meeting place: check-in search, drop-in visits and anonymous visits, the counts per day, week and month
// (with a fixed "today"), group activities and their attendance (contacts logged and struck out), the printed
// attendance list, and QAbstractItemModelTester on VisitorsModel and AttendanceModel.
//
// Personal numbers are only Skatteverket's test numbers: births 2000-2009, serials 238 and 239.

#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/StaffRepository.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlValues.h"
#include "core/Workspace.h"
#include "documents/PagedDocumentRenderer.h"
#include "meetingplace/AttendanceDocumentBuilder.h"
#include "meetingplace/AttendanceModel.h"
#include "meetingplace/MeetingPlaceRepository.h"
#include "meetingplace/VisitorsModel.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
// A Friday: its week runs from Monday 2026-11-23 to Sunday 2026-11-29.
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
} // namespace

class TestMeetingPlace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ageGroupCodesRoundTrip();
    void findYouthsUsesTheRegisterSearch();
    void checkInLogsADropInContact();
    void anonymousVisitsKeepOnlyGenderAndAgeGroup();
    void countsPerDayWeekAndMonth();
    void namedVisitorsOnceAndAnonymousVisitsApart();
    void removingAVisitStrikesTheContact();
    void visitorsModelFollowsCheckIns();
    void activityCreateAndEdit();
    void activityDateIsFixedOnceAttendanceIsTicked();
    void attendanceTickAndUntick();
    void attendanceListShowsProspectsActiveAndTicked();
    void futureActivityCannotBeTicked();
    void attendanceDocumentContainsTheNames();

private:
    qint64 addYouth(const QString& first, const QString& last, const QString& number, YouthStatus status);
    qint64 logContact(qint64 youthId, const QDateTime& at, ContactKind kind);
    qint64 addAnonymousAt(const QDateTime& at, Gender gender, MeetingPlaceRepository::AgeGroup group);
    QString lastContactAt(qint64 youthId) const;
    MeetingPlaceRepository& repo() { return m_workspace->meetingPlace(); }

    std::unique_ptr<TestWorkspace> m_fixture;
    QTemporaryDir* m_dir = nullptr; // m_fixture's
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    qint64 m_staffId = 0;
};

void TestMeetingPlace::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"test.lotsen"_s));
    m_dir = &m_fixture->dir();
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_staffId = m_workspace->staff().add(u"Karin Mentorsson"_s).valueOr(0);
    QVERIFY(m_staffId > 0);
}

void TestMeetingPlace::cleanup()
{
    m_workspace = nullptr;
    m_database = nullptr;
    m_dir = nullptr;
    m_fixture.reset();
}

qint64 TestMeetingPlace::addYouth(const QString& first, const QString& last, const QString& number, YouthStatus status)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = last;
    youth.personalNumber = number;
    youth.birthDate = number.isEmpty() ? QDate() : QDate::fromString(number.left(8), u"yyyyMMdd"_s);
    youth.status = status;
    return TestWorkspace::saveYouth(*m_workspace, youth);
}

qint64 TestMeetingPlace::logContact(qint64 youthId, const QDateTime& at, ContactKind kind)
{
    Contact contact;
    contact.youthId = youthId;
    contact.occurredAt = at;
    contact.kind = kind;
    contact.staffId = m_staffId;
    const Result<qint64> logged = m_workspace->contacts().log(contact);
    if (!logged.ok()) {
        qWarning() << logged.message();
    }
    return *logged;
}

qint64 TestMeetingPlace::addAnonymousAt(const QDateTime& at, Gender gender, MeetingPlaceRepository::AgeGroup group)
{
    const Result<qint64> added = repo().addAnonymousVisit(gender, group, at);
    if (!added.ok()) {
        qWarning() << added.message();
    }
    return added.ok() ? *added : 0;
}

QString TestMeetingPlace::lastContactAt(qint64 youthId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT last_contact_at FROM youth WHERE id = ?"_s);
    query.addBindValue(youthId);
    return query.exec() && query.next() ? SqlValues::isoText(query.value(0)) : QString();
}

void TestMeetingPlace::ageGroupCodesRoundTrip()
{
    const QList<MeetingPlaceRepository::AgeGroup> groups = MeetingPlaceRepository::ageGroups();
    QCOMPARE(groups.size(), 5);
    QStringList codes;
    for (MeetingPlaceRepository::AgeGroup group : groups) {
        codes.append(MeetingPlaceRepository::code(group));
        QCOMPARE(MeetingPlaceRepository::ageGroupFromCode(codes.last()), group);
        QVERIFY(!MeetingPlaceRepository::label(group).isEmpty());
    }
    // The codes the schema's CHECK constraint allows.
    QCOMPARE(codes, QStringList({ u"15-17"_s, u"18-19"_s, u"20-24"_s, u"25-29"_s, u"unknown"_s }));
}

void TestMeetingPlace::findYouthsUsesTheRegisterSearch()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    const qint64 annika = addYouth(u"Annika"_s, u"Berg"_s, u"200304152382"_s, YouthStatus::Exited);
    const qint64 bo = addYouth(u"Bo"_s, u"Svensson"_s, {}, YouthStatus::Prospect);
    const qint64 annie = addYouth(u"Annie"_s, u"Öberg"_s, {}, YouthStatus::Prospect);

    QList<MeetingPlaceRepository::YouthMatch> matches = LOTSEN_VALUE(repo().findYouths(u"ann"_s));
    QCOMPARE(matches.size(), 3);
    // Those who have left come last; the others by last name.
    QCOMPARE(matches.at(0).id, anna);
    QCOMPARE(matches.at(1).id, annie);
    QCOMPARE(matches.at(2).id, annika);
    QCOMPARE(matches.at(0).name, u"Anna Andersson"_s);
    QCOMPARE(matches.at(0).birthDate, QDate(2000, 1, 1));

    matches = LOTSEN_VALUE(repo().findYouths(u"sven"_s));
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).id, bo);
    // Diacritics do not matter, and a personal number is searched as digits.
    QCOMPARE(LOTSEN_VALUE(repo().findYouths(u"oberg"_s)).size(), 1);
    matches = LOTSEN_VALUE(repo().findYouths(u"20030415-2382"_s));
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).id, annika);
    QCOMPARE(LOTSEN_VALUE(repo().findYouths(u"030415"_s)).size(), 1);
    // Two words narrow the search.
    QCOMPARE(LOTSEN_VALUE(repo().findYouths(u"ann and"_s)).size(), 1);
    QVERIFY(LOTSEN_VALUE(repo().findYouths(u"   "_s)).isEmpty());
    QVERIFY(LOTSEN_VALUE(repo().findYouths(u"zzz"_s)).isEmpty());
    // FTS syntax in the input is only text.
    QVERIFY(LOTSEN_VALUE(repo().findYouths(u"\"ann OR *"_s)).size() <= 3);
}

void TestMeetingPlace::checkInLogsADropInContact()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    QVERIFY(lastContactAt(anna).isEmpty());
    QVERIFY(!LOTSEN_VALUE(repo().checkedInAt(anna, kNow.date())));

    QSignalSpy visits(&repo(), &MeetingPlaceRepository::visitsChanged);
    const Result<qint64> result = repo().checkIn(anna, m_staffId);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(visits.count() >= 1);

    const std::optional<Contact> contact = LOTSEN_VALUE(m_workspace->contacts().load(*result));
    QVERIFY(contact);
    QCOMPARE(contact->kind, ContactKind::DropIn);
    QCOMPARE(contact->youthId, anna);
    QCOMPARE(contact->staffId, m_staffId);
    QCOMPARE(contact->occurredAt, kNow);
    QCOMPARE(contact->withWhom, ContactWith::Youth);
    // It counts as contact: the register's and Today's summary moved.
    QCOMPARE(lastContactAt(anna), kNow.toString(Qt::ISODate));
    QCOMPARE(LOTSEN_VALUE(repo().checkedInAt(anna, kNow.date())).value_or(QDateTime()), kNow);
    QVERIFY(!LOTSEN_VALUE(repo().checkedInAt(anna, kNow.date().addDays(1))));

    const QList<MeetingPlaceRepository::Visit> today = LOTSEN_VALUE(repo().visitsOn(kNow.date()));
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.at(0).youthId, anna);
    QCOMPARE(today.at(0).contactId, *result);
    QCOMPARE(today.at(0).name, u"Anna Andersson"_s);
    QVERIFY(!today.at(0).isAnonymous());

    // A youth that does not exist is refused and nothing is written.
    QVERIFY(!repo().checkIn(0, m_staffId).ok());
    QCOMPARE(LOTSEN_VALUE(repo().visitsOn(kNow.date())).size(), 1);
}

void TestMeetingPlace::anonymousVisitsKeepOnlyGenderAndAgeGroup()
{
    QSignalSpy visits(&repo(), &MeetingPlaceRepository::visitsChanged);
    const Result<qint64> first = repo().addAnonymousVisit(Gender::Woman, MeetingPlaceRepository::AgeGroup::From18To19);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(visits.count(), 1);
    QVERIFY(addAnonymousAt(kNow.addSecs(600), Gender::NotStated, MeetingPlaceRepository::AgeGroup::Unknown) > 0);
    QVERIFY(addAnonymousAt(kNow.addDays(-1), Gender::Man, MeetingPlaceRepository::AgeGroup::From25To29) > 0);

    const QList<MeetingPlaceRepository::Visit> today = LOTSEN_VALUE(repo().visitsOn(kNow.date()));
    QCOMPARE(today.size(), 2);
    QVERIFY(today.at(0).isAnonymous());
    QCOMPARE(today.at(0).anonymousId, *first);
    QCOMPARE(today.at(0).gender, Gender::Woman);
    QCOMPARE(today.at(0).ageGroup, MeetingPlaceRepository::AgeGroup::From18To19);
    QCOMPARE(today.at(0).at, kNow);
    QVERIFY(today.at(0).name.isEmpty());
    QCOMPARE(today.at(1).gender, Gender::NotStated);
    QCOMPARE(today.at(1).ageGroup, MeetingPlaceRepository::AgeGroup::Unknown);
    // Not in the future (a few minutes of clock difference are allowed).
    QVERIFY(!repo().addAnonymousVisit(Gender::Man, MeetingPlaceRepository::AgeGroup::Unknown, kNow.addSecs(3600)).ok());
    QCOMPARE(LOTSEN_VALUE(repo().visitsOn(kNow.date())).size(), 2);

    // The row holds nothing but the time, gender and age group, and which account registered it.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT * FROM anonymous_visit WHERE id = %1"_s.arg(*first)));
    QVERIFY(query.next());
    QCOMPARE(query.record().count(), 5);
    QVERIFY(query.record().contains(u"registered_by"_s));
    QCOMPARE(query.value(u"gender"_s).toString(), u"woman"_s);
    QCOMPARE(query.value(u"age_group"_s).toString(), u"18-19"_s);
}

void TestMeetingPlace::countsPerDayWeekAndMonth()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    const qint64 bo = addYouth(u"Bo"_s, u"Berg"_s, u"200001012392"_s, YouthStatus::Prospect);
    const QDate today = kNow.date();

    // Today: Anna twice, one anonymous visitor.
    QVERIFY(logContact(anna, QDateTime(today, QTime(9, 0)), ContactKind::DropIn));
    QVERIFY(repo().checkIn(anna, m_staffId).ok());
    QVERIFY(addAnonymousAt(QDateTime(today, QTime(9, 30)), Gender::Man, MeetingPlaceRepository::AgeGroup::From15To17));
    // Earlier this week (Tuesday), and Monday at midnight: the week's first moment.
    QVERIFY(logContact(bo, QDateTime(QDate(2026, 11, 24), QTime(14, 0)), ContactKind::DropIn));
    QVERIFY(addAnonymousAt(QDateTime(QDate(2026, 11, 23), QTime(0, 0)), Gender::Woman,
                           MeetingPlaceRepository::AgeGroup::From20To24));
    // Last week's Sunday, late: this month, not this week.
    QVERIFY(logContact(anna, QDateTime(QDate(2026, 11, 22), QTime(23, 59)), ContactKind::DropIn));
    // The first of the month; and the last day of the month before.
    QVERIFY(addAnonymousAt(QDateTime(QDate(2026, 11, 1), QTime(8, 0)), Gender::Other,
                           MeetingPlaceRepository::AgeGroup::Unknown));
    QVERIFY(logContact(bo, QDateTime(QDate(2026, 10, 31), QTime(12, 0)), ContactKind::DropIn));
    // Not visits: other kinds of contact, and a drop-in struck out.
    QVERIFY(logContact(bo, QDateTime(today, QTime(8, 0)), ContactKind::Phone));
    QVERIFY(logContact(bo, QDateTime(today, QTime(8, 5)), ContactKind::GroupActivity));
    const qint64 mistake = logContact(bo, QDateTime(today, QTime(8, 10)), ContactKind::DropIn);
    QVERIFY(m_workspace->contacts().strike(mistake, m_staffId, u"Wrong youth"_s).ok());

    const MeetingPlaceRepository::Counts day = LOTSEN_VALUE(repo().dayCounts(today));
    QCOMPARE(day.visits, 3);
    QCOMPARE(day.namedVisitors, 1);
    QCOMPARE(day.anonymousVisits, 1);

    const MeetingPlaceRepository::Counts week = LOTSEN_VALUE(repo().weekCounts(today));
    QCOMPARE(week.visits, 5);
    QCOMPARE(week.namedVisitors, 2); // Anna, Bo
    QCOMPARE(week.anonymousVisits, 2);
    // Any day of the week gives the same week.
    QCOMPARE(LOTSEN_VALUE(repo().weekCounts(QDate(2026, 11, 23))).visits, 5);
    QCOMPARE(LOTSEN_VALUE(repo().weekCounts(QDate(2026, 11, 29))).visits, 5);
    QCOMPARE(LOTSEN_VALUE(repo().weekCounts(QDate(2026, 11, 22))).visits, 1); // the week before: Anna on Sunday

    const MeetingPlaceRepository::Counts month = LOTSEN_VALUE(repo().monthCounts(today));
    QCOMPARE(month.visits, 7);
    QCOMPARE(month.namedVisitors, 2); // Anna, Bo
    QCOMPARE(month.anonymousVisits, 3);
    const MeetingPlaceRepository::Counts october = LOTSEN_VALUE(repo().monthCounts(QDate(2026, 10, 15)));
    QCOMPARE(october.visits, 1);
    QCOMPARE(october.namedVisitors, 1);
    QCOMPARE(october.anonymousVisits, 0);

    // The page's one-pass figures agree, on every day around the week and month boundaries.
    for (QDate date(2026, 10, 26); date <= QDate(2026, 12, 6); date = date.addDays(1)) {
        const MeetingPlaceRepository::PeriodCounts all = LOTSEN_VALUE(repo().periodCounts(date));
        const auto same = [](const MeetingPlaceRepository::Counts& a, const MeetingPlaceRepository::Counts& b) {
            return a.visits == b.visits && a.namedVisitors == b.namedVisitors && a.anonymousVisits == b.anonymousVisits;
        };
        QVERIFY2(same(all.day, LOTSEN_VALUE(repo().dayCounts(date))), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY2(same(all.week, LOTSEN_VALUE(repo().weekCounts(date))), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY2(same(all.month, LOTSEN_VALUE(repo().monthCounts(date))), qPrintable(date.toString(Qt::ISODate)));
    }
    QCOMPARE(LOTSEN_VALUE(repo().periodCounts(today)).week.namedVisitors, 2);
    QCOMPARE(LOTSEN_VALUE(repo().periodCounts(today)).week.anonymousVisits, 2);
    QCOMPARE(LOTSEN_VALUE(repo().periodCounts(today)).month.visits, 7);

    const MeetingPlaceRepository::Counts empty = LOTSEN_VALUE(repo().dayCounts(today.addDays(1)));
    QCOMPARE(empty.visits, 0);
    QCOMPARE(empty.namedVisitors, 0);
    QCOMPARE(empty.anonymousVisits, 0);
}

void TestMeetingPlace::namedVisitorsOnceAndAnonymousVisitsApart()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    for (int hour = 8; hour < 10; ++hour) {
        QVERIFY(logContact(anna, QDateTime(kNow.date(), QTime(hour, 0)), ContactKind::DropIn));
    }
    for (int i = 0; i < 3; ++i) {
        QVERIFY(addAnonymousAt(kNow.addSecs(-60 * i), Gender::NotStated, MeetingPlaceRepository::AgeGroup::Unknown));
    }
    const MeetingPlaceRepository::Counts day = LOTSEN_VALUE(repo().dayCounts(kNow.date()));
    QCOMPARE(day.visits, 5);
    // Anna once however often she came; the anonymous visits apart, not as people.
    QCOMPARE(day.namedVisitors, 1);
    QCOMPARE(day.anonymousVisits, 3);
}

void TestMeetingPlace::removingAVisitStrikesTheContact()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    QVERIFY(repo().checkIn(anna, m_staffId).ok());
    QVERIFY(repo().addAnonymousVisit(Gender::Man, MeetingPlaceRepository::AgeGroup::From20To24).ok());
    QList<MeetingPlaceRepository::Visit> visits = LOTSEN_VALUE(repo().visitsOn(kNow.date()));
    QCOMPARE(visits.size(), 2);

    for (const MeetingPlaceRepository::Visit& visit : visits) {
        const Result<qint64> removed = repo().removeVisit(visit, m_staffId);
        QVERIFY2(removed.ok(), qPrintable(removed.message()));
    }
    QVERIFY(LOTSEN_VALUE(repo().visitsOn(kNow.date())).isEmpty());
    QCOMPARE(LOTSEN_VALUE(repo().dayCounts(kNow.date())).visits, 0);
    // The contact stays in the timeline, struck out; the register's last contact goes back.
    const QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(anna));
    QCOMPARE(contacts.size(), 1);
    QVERIFY(contacts.at(0).isStruck());
    QCOMPARE(contacts.at(0).struckReason, u"Checked in by mistake"_s);
    QVERIFY(lastContactAt(anna).isEmpty());
}

void TestMeetingPlace::visitorsModelFollowsCheckIns()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    VisitorsModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(VisitorsModel::ColumnCount));
    QCOMPARE(model.day(), kNow.date());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(addAnonymousAt(kNow.addSecs(-3600), Gender::Woman, MeetingPlaceRepository::AgeGroup::From25To29));
    QVERIFY(repo().checkIn(anna, m_staffId).ok());
    QVERIFY(reset.count() >= 2);
    QCOMPARE(model.rowCount(), 2);

    // In the order they came: the anonymous visitor at 09:00, Anna at 10:00.
    QCOMPARE(model.index(0, VisitorsModel::Time).data().toString(), u"09:00"_s);
    QCOMPARE(model.index(0, VisitorsModel::Visitor).data().toString(), u"Anonymous visitor"_s);
    QCOMPARE(model.index(0, VisitorsModel::Gender).data().toString(), u"Woman"_s);
    QCOMPARE(model.index(0, VisitorsModel::AgeGroup).data().toString(), u"25–29"_s);
    QCOMPARE(model.index(0, 0).data(VisitorsModel::YouthIdRole).toLongLong(), 0);
    QCOMPARE(model.index(1, VisitorsModel::Time).data().toString(), u"10:00"_s);
    QCOMPARE(model.index(1, VisitorsModel::Visitor).data().toString(), u"Anna Andersson"_s);
    QVERIFY(model.index(1, VisitorsModel::Gender).data().toString().isEmpty());
    QCOMPARE(model.index(1, 0).data(VisitorsModel::YouthIdRole).toLongLong(), anna);
    QCOMPARE(model.rowOfYouth(anna), 1);

    // A drop-in visit logged elsewhere (the contact dialog) shows too; yesterday's day is empty.
    const qint64 bo = addYouth(u"Bo"_s, u"Berg"_s, {}, YouthStatus::Prospect);
    QVERIFY(logContact(bo, kNow.addSecs(-60), ContactKind::DropIn));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfYouth(bo), 1);
    model.setDay(kNow.date().addDays(-1));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(VisitorsModel::Visitor, Qt::Horizontal).toString(), u"Visitor"_s);
}

void TestMeetingPlace::activityCreateAndEdit()
{
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date();
    activity.title = u"   "_s;
    QVERIFY(!repo().saveActivity(activity).ok());
    activity.heldOn = QDate();
    activity.title = u"Study visit"_s;
    QVERIFY(!repo().saveActivity(activity).ok());
    QCOMPARE(LOTSEN_VALUE(repo().activities(QDate(2000, 1, 1))).size(), 0);

    QSignalSpy changed(&repo(), &MeetingPlaceRepository::activitiesChanged);
    activity.heldOn = kNow.date().addDays(3);
    activity.title = u"  Study visit  "_s;
    activity.place = u"Folk high school"_s;
    activity.leaderId = m_staffId;
    const Result<qint64> saved = repo().saveActivity(activity);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QVERIFY(activity.id > 0);
    QCOMPARE(changed.count(), 1);

    std::optional<MeetingPlaceRepository::GroupActivity> stored = LOTSEN_VALUE(repo().activity(activity.id));
    QVERIFY(stored);
    QCOMPARE(stored->title, u"Study visit"_s);
    QCOMPARE(stored->heldOn, kNow.date().addDays(3));
    QCOMPARE(stored->place, u"Folk high school"_s);
    QCOMPARE(stored->leaderId, m_staffId);
    QCOMPARE(stored->leaderName, u"Karin Mentorsson"_s);
    QCOMPARE(stored->attendance, 0);

    activity.title = u"Lecture"_s;
    activity.leaderId = 0;
    activity.heldOn = kNow.date().addDays(-2);
    QVERIFY(repo().saveActivity(activity).ok());
    stored = LOTSEN_VALUE(repo().activity(activity.id));
    QCOMPARE(stored->title, u"Lecture"_s);
    QCOMPARE(stored->leaderId, 0);
    QVERIFY(stored->leaderName.isEmpty());

    MeetingPlaceRepository::GroupActivity older;
    older.heldOn = QDate(2026, 1, 15);
    older.title = u"Fika"_s;
    const Result<qint64> olderSaved = repo().saveActivity(older);
    QVERIFY2(olderSaved.ok(), qPrintable(olderSaved.message()));
    // Newest first, and only from the given date.
    const QList<MeetingPlaceRepository::GroupActivity> all = LOTSEN_VALUE(repo().activities(QDate(2026, 1, 1)));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, activity.id);
    QCOMPARE(all.at(1).id, older.id);
    QCOMPARE(LOTSEN_VALUE(repo().activities(QDate(2026, 2, 1))).size(), 1);
}

void TestMeetingPlace::activityDateIsFixedOnceAttendanceIsTicked()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date();
    activity.title = u"Workshop"_s;
    QVERIFY(repo().saveActivity(activity).ok());
    QVERIFY(repo().setPresent(activity.id, anna, true, m_staffId).ok());

    activity.heldOn = kNow.date().addDays(-1);
    QVERIFY(!repo().saveActivity(activity).ok());
    QCOMPARE(LOTSEN_VALUE(repo().activity(activity.id))->heldOn, kNow.date());
    // Other fields may still change.
    activity.heldOn = kNow.date();
    activity.place = u"Room 2"_s;
    QVERIFY(repo().saveActivity(activity).ok());
    QCOMPARE(LOTSEN_VALUE(repo().activity(activity.id))->place, u"Room 2"_s);
}

void TestMeetingPlace::attendanceTickAndUntick()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    const qint64 bo = addYouth(u"Bo"_s, u"Berg"_s, u"200001012392"_s, YouthStatus::Prospect);
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date().addDays(-1);
    activity.title = u"Study visit"_s;
    activity.place = u"Komvux"_s;
    activity.leaderId = m_staffId;
    QVERIFY(repo().saveActivity(activity).ok());

    AttendanceModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setActivity(activity.id);
    model.setStaffId(m_staffId);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AttendanceModel::Name).data().toString(), u"Anna Andersson"_s);
    QCOMPARE(model.index(1, AttendanceModel::Name).data().toString(), u"Bo Berg"_s);
    QCOMPARE(model.index(0, AttendanceModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.flags(model.index(0, AttendanceModel::Name)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, AttendanceModel::Status)) & Qt::ItemIsUserCheckable));

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy count(&model, &AttendanceModel::presentCountChanged);
    QVERIFY(model.setData(model.index(1, AttendanceModel::Name), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.last().at(0).toInt(), 1);
    QCOMPARE(model.index(1, AttendanceModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Bo's timeline has the group activity, on the activity's day.
    QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(bo));
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).kind, ContactKind::GroupActivity);
    QCOMPARE(contacts.at(0).activityId, activity.id);
    QCOMPARE(contacts.at(0).staffId, m_staffId);
    QCOMPARE(contacts.at(0).occurredAt, QDateTime(activity.heldOn, QTime(12, 0)));
    QCOMPARE(contacts.at(0).note, u"Study visit, Komvux"_s);
    QVERIFY(!contacts.at(0).isStruck());
    QCOMPARE(lastContactAt(bo), QDateTime(activity.heldOn, QTime(12, 0)).toString(Qt::ISODate));
    QCOMPARE(LOTSEN_VALUE(repo().activity(activity.id))->attendance, 1);
    QVERIFY(LOTSEN_VALUE(m_workspace->contacts().contacts(anna)).isEmpty());
    // A group activity is not a drop-in visit.
    QCOMPARE(LOTSEN_VALUE(repo().dayCounts(activity.heldOn)).visits, 0);

    // Ticking twice does not log twice.
    QVERIFY(model.setData(model.index(1, AttendanceModel::Name), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(bo)).size(), 1);

    // Unticking strikes the contact out; it is never deleted.
    QVERIFY(model.setData(model.index(1, AttendanceModel::Name), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.index(1, AttendanceModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(bo));
    QCOMPARE(contacts.size(), 1);
    QVERIFY(contacts.at(0).isStruck());
    QCOMPARE(contacts.at(0).struckReason, u"Removed from attendance list"_s);
    QCOMPARE(contacts.at(0).struckBy, m_staffId);
    QVERIFY(lastContactAt(bo).isEmpty());
    QCOMPARE(LOTSEN_VALUE(repo().activity(activity.id))->attendance, 0);
    QCOMPARE(LOTSEN_VALUE(model.presentCount()), 0);

    // Ticking again is a new entry beside the struck one.
    QVERIFY(model.setData(model.index(1, AttendanceModel::Name), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(0, AttendanceModel::Name), Qt::Checked, Qt::CheckStateRole));
    contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(bo));
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(LOTSEN_VALUE(repo().attendees(activity.id)).size(), 2);
    QCOMPARE(LOTSEN_VALUE(model.presentCount()), 2);

    // A fresh model reads the ticks back.
    AttendanceModel again(repo());
    again.setActivity(activity.id);
    QCOMPARE(again.index(0, AttendanceModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(again.index(1, AttendanceModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestMeetingPlace::attendanceListShowsProspectsActiveAndTicked()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    addYouth(u"Bo"_s, u"Berg"_s, {}, YouthStatus::Prospect);
    const qint64 cecilia = addYouth(u"Cecilia"_s, u"Carlsson"_s, {}, YouthStatus::Paused);
    addYouth(u"David"_s, u"Dahl"_s, {}, YouthStatus::Exited);
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date();
    activity.title = u"Fika"_s;
    QVERIFY(repo().saveActivity(activity).ok());

    AttendanceModel model(repo());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActivity(activity.id);
    QCOMPARE(model.rowCount(), 2); // Anna and Bo: the paused and the exited youth are not expected
    QCOMPARE(model.rowOfYouth(cecilia), -1);

    // A paused youth who came anyway is ticked through the repository and then listed.
    QVERIFY(repo().setPresent(activity.id, cecilia, true, m_staffId).ok());
    LOTSEN_VERIFY_OK(model.refresh());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOfYouth(cecilia) >= 0);
    QVERIFY(model.attendeeAt(model.rowOfYouth(cecilia)).present());

    // The filter narrows by name (the register's search), and ticks survive it.
    model.setFilterText(u"and"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.attendeeAt(0).youthId, anna);
    model.setFilterText(u"carl"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(LOTSEN_VALUE(model.presentCount()), 1);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 3);
    model.setActivity(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestMeetingPlace::futureActivityCannotBeTicked()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date().addDays(1);
    activity.title = u"Lecture"_s;
    QVERIFY(repo().saveActivity(activity).ok());

    AttendanceModel model(repo());
    model.setActivity(activity.id);
    QSignalSpy failed(&model, &AttendanceModel::attendanceFailed);
    QVERIFY(!model.setData(model.index(0, AttendanceModel::Name), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.last().at(0).toString().contains(activity.heldOn.toString(Qt::ISODate)));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(LOTSEN_VALUE(m_workspace->contacts().contacts(anna)).isEmpty());

    // On the day itself the time of ticking is the contact's time.
    Clock::setFixedNow(QDateTime(activity.heldOn, QTime(14, 30)));
    QVERIFY(model.setData(model.index(0, AttendanceModel::Name), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(anna)).at(0).occurredAt,
             QDateTime(activity.heldOn, QTime(14, 30)));
}

void TestMeetingPlace::attendanceDocumentContainsTheNames()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    const qint64 bo = addYouth(u"Bo"_s, u"Berg"_s, u"200001012392"_s, YouthStatus::Prospect);
    addYouth(u"Cecilia"_s, u"Carlsson"_s, {}, YouthStatus::Active);
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date();
    activity.title = u"Study visit"_s;
    activity.place = u"Komvux Norra"_s;
    activity.leaderId = m_staffId;
    QVERIFY(repo().saveActivity(activity).ok());
    QVERIFY(repo().setPresent(activity.id, bo, true, m_staffId).ok());
    QVERIFY(repo().setPresent(activity.id, anna, true, m_staffId).ok());

    AttendanceDocumentBuilder::Input input;
    input.activity = *LOTSEN_VALUE(repo().activity(activity.id));
    for (const MeetingPlaceRepository::Attendee& attendee : LOTSEN_VALUE(repo().attendees(activity.id))) {
        input.names.append(attendee.name);
    }
    QCOMPARE(input.names, QStringList({ u"Anna Andersson"_s, u"Bo Berg"_s }));
    input.centreName = u"Mötesplats Norra"_s;
    input.logo = m_workspace->centre().logo();
    const std::unique_ptr<QTextDocument> document = AttendanceDocumentBuilder::build(input);
    const QString text = document->toPlainText();
    QVERIFY2(text.contains(u"Anna Andersson"_s), qPrintable(text));
    QVERIFY(text.contains(u"Bo Berg"_s));
    QVERIFY(!text.contains(u"Cecilia"_s)); // not ticked
    QVERIFY(text.contains(u"Attendance list"_s));
    QVERIFY(text.contains(u"Study visit"_s));
    QVERIFY(text.contains(u"Komvux Norra"_s));
    QVERIFY(text.contains(u"Karin Mentorsson"_s));
    QVERIFY(text.contains(u"2026-11-27"_s));
    QVERIFY(text.contains(u"Mötesplats Norra"_s));
    QVERIFY(text.contains(u"Signature"_s));
    // Anna is row 1, Bo row 2, then empty rows up to the minimum.
    QVERIFY(text.indexOf(u"Anna Andersson"_s) < text.indexOf(u"Bo Berg"_s));

    // More names than the minimum: every name, and room for walk-ins.
    input.names.clear();
    for (int i = 1; i <= 30; ++i) {
        input.names.append(u"Person %1"_s.arg(i));
    }
    const QString longText = AttendanceDocumentBuilder::build(input)->toPlainText();
    QVERIFY(longText.contains(u"Person 30"_s));
    QVERIFY(longText.contains(QString::number(30 + AttendanceDocumentBuilder::kExtraRows)));

    // The PDF goes through the same renderer as the plan.
    const QString pdf = m_dir->filePath(u"attendance.pdf"_s);
    const std::unique_ptr<QTextDocument> printable = AttendanceDocumentBuilder::build(input);
    const Result<int> pages = PagedDocumentRenderer::writePdf(*printable, pdf, kNow.date());
    QVERIFY2(pages.ok(), qPrintable(pages.message()));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(*pages >= 2); // 33 signature rows do not fit on one A4 page
}

QTEST_MAIN(TestMeetingPlace)
#include "tst_meetingplace.moc"
