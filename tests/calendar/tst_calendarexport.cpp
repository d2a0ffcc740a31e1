// "Export my planned contacts…" on a register (issue 18 §3): the logged-in mentor's planned contact, plan review
// and follow-up in the window, read back from the .ics file; the youth's first name and Lotsen reference, never the
// personal number, the surname or the note; another mentor's youths and dates outside the window left out; the
// access log records the export, the file is owner-only, and nothing is written when the log refuses.
#include "ICalendarParser.h"
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "calendar/CalendarExport.h"
#include "calendar/PlannedCalendarQuery.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/OwnerOnlyFile.h"
#include "core/Workspace.h"
#include "enrolment/FollowUpRepository.h"
#include "plans/PlanRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 4);

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportHoldsMyItemsInTheWindowOnly();
    void exportNamesFirstNamesOnly();
    void exportIsLoggedAndOwnerOnly();
    void singleItemsAreFound();
    void nothingIsWrittenWhenTheLogRefuses();
    void noItemsWithoutAStaffRecord();

private:
    QList<AccessLog::Entry> calendarEntries();
    qint64 logContact(qint64 youthId, qint64 staffId, const QDate& nextPlanned, const QString& note);

    std::unique_ptr<TestWorkspace> m_fixture;
    qint64 m_karin = 0;
    qint64 m_asa = 0; // a planned contact in the window
    qint64 m_bo = 0; // a plan review in the window
    qint64 m_cia = 0; // exited, a follow-up in the window
    qint64 m_dan = 0; // another mentor's youth, a planned contact in the window
    qint64 m_eva = 0; // a planned contact after the window
    qint64 m_asaContact = 0;
    qint64 m_boPlan = 0;
};

qint64 TestCalendarExport::logContact(qint64 youthId, qint64 staffId, const QDate& nextPlanned, const QString& note)
{
    Contact contact;
    contact.youthId = youthId;
    contact.occurredAt = QDateTime(kToday, QTime(9, 0));
    contact.kind = ContactKind::Meeting;
    contact.staffId = staffId;
    contact.note = note;
    contact.nextPlanned = nextPlanned;
    const Result<qint64> logged = m_fixture->workspace().contacts().log(contact);
    return logged.ok() ? *logged : 0;
}

void TestCalendarExport::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(kToday, QTime(10, 0)));
    QVERIFY(m_fixture->open(u"calendar.lotsen"_s));
    m_karin = m_fixture->addStaff(u"Karin Mentorsson"_s);
    const qint64 olle = m_fixture->addStaff(u"Olle Annansson"_s);
    QVERIFY(m_fixture->logInAsStaff(u"karin"_s, u"Karin Mentorsson"_s, m_karin).id != 0);
    Workspace& workspace = m_fixture->workspace();

    m_asa = m_fixture->addYouth(u"Åsa"_s, u"Andersson"_s, m_karin, u"200001012384"_s);
    QVERIFY(m_asa != 0);
    m_asaContact = logContact(m_asa, m_karin, kToday.addDays(7), u"Talade om hälsan, mycket privat"_s);
    QVERIFY(m_asaContact != 0);

    m_bo = m_fixture->addYouth(u"Bo"_s, u"Berg"_s, m_karin, u"200001022383"_s);
    QVERIFY(m_bo != 0);
    m_boPlan = LOTSEN_VALUE(workspace.plans().create(m_bo, m_karin, kToday, 6));
    ActionPlan plan = *LOTSEN_VALUE(workspace.plans().load(m_boPlan));
    plan.myGoal = u"Ett jobb"_s;
    plan.nextReview = kToday.addDays(10);
    QCOMPARE(LOTSEN_VALUE(workspace.plans().save(plan)), m_boPlan);

    Youth cia;
    cia.firstName = u"Cia"_s;
    cia.lastName = u"Carlsson"_s;
    cia.mentorId = m_karin;
    cia.status = YouthStatus::Active;
    cia.startDate = kToday.addDays(-200);
    m_cia = TestWorkspace::saveYouth(workspace, cia);
    QVERIFY(m_cia != 0);
    // The 4-week follow-up falls due five days from today.
    QVERIFY(TestWorkspace::exitYouth(workspace, m_cia, kToday.addDays(-23), true));

    m_dan = m_fixture->addYouth(u"Dan"_s, u"Dahl"_s, olle);
    QVERIFY(logContact(m_dan, olle, kToday.addDays(3), u"Olles anteckning"_s) != 0);
    m_eva = m_fixture->addYouth(u"Eva"_s, u"Ek"_s, m_karin);
    QVERIFY(logContact(m_eva, m_karin, kToday.addDays(40), u"Senare"_s) != 0);
}

void TestCalendarExport::cleanup()
{
    m_fixture.reset();
}

QList<AccessLog::Entry> TestCalendarExport::calendarEntries()
{
    AccessLog::Filter filter;
    filter.action = AccessAction::ExportCalendar;
    return m_fixture->workspace().accessLog().entries(filter).valueOr({});
}

void TestCalendarExport::exportHoldsMyItemsInTheWindowOnly()
{
    const QList<CalendarEvent> events = LOTSEN_VALUE(CalendarExport::myItems(m_fixture->workspace(), kToday, 4));
    QStringList summaries;
    for (const CalendarEvent& event : events) {
        summaries.append(u"%1 %2"_s.arg(event.date.toString(Qt::ISODate), event.summary));
    }
    QCOMPARE(summaries,
             QStringList({ u"2026-12-09 Lotsen: follow-up with Cia"_s, u"2026-12-11 Lotsen: contact with Åsa"_s,
                           u"2026-12-14 Lotsen: plan review with Bo"_s }));
    // A window long enough for Eva's contact (day 40) takes it in; Dan is never Karin's.
    const QList<CalendarEvent> longer = LOTSEN_VALUE(CalendarExport::myItems(m_fixture->workspace(), kToday, 6));
    QCOMPARE(longer.size(), 4);
    QCOMPARE(longer.last().youthId, m_eva);
    for (const CalendarEvent& event : longer) {
        QVERIFY(event.youthId != m_dan);
    }
}

void TestCalendarExport::exportNamesFirstNamesOnly()
{
    const QList<CalendarEvent> events = LOTSEN_VALUE(CalendarExport::myItems(m_fixture->workspace(), kToday, 4));
    const QString path = m_fixture->filePath(u"planned.ics"_s);
    QCOMPARE(LOTSEN_VALUE(CalendarExport::write(m_fixture->workspace(), events, path)), 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const ICalendarParse parse = parseICalendar(data);
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QVERIFY2(checkRequired(parse.calendar).isEmpty(), qPrintable(checkRequired(parse.calendar).join(u", "_s)));
    const QList<ICalendarComponent> vevents = parse.calendar.components(u"VEVENT"_s);
    QCOMPARE(vevents.size(), 3);
    const ICalendarComponent& contact = vevents.at(1);
    QCOMPARE(unescapeText(contact.one(u"SUMMARY"_s).value), u"Lotsen: contact with Åsa"_s);
    QCOMPARE(unescapeText(contact.one(u"DESCRIPTION"_s).value),
             u"Lotsen ref. %1"_s.arg(PlannedCalendarQuery::reference(m_asa)));
    QCOMPARE(contact.one(u"DTSTART"_s).value, u"20261211"_s);
    QVERIFY(contact.one(u"UID"_s).value.startsWith(u"contact-%1"_s.arg(m_asaContact)));
    // What a shared calendar must never hold (the unfolded text, so that no fold hides a match).
    const QString text = parse.unfoldedLines.join(u'\n');
    for (const QString& secret : { u"Andersson"_s, u"Berg"_s, u"Carlsson"_s, u"200001012384"_s, u"0101-2384"_s,
                                   u"hälsan"_s, u"mycket privat"_s, u"Ett jobb"_s, u"Dan"_s, u"Olle"_s }) {
        QVERIFY2(!text.contains(secret), qPrintable(u"found: "_s + secret));
    }
    // Every VTIMEZONE a time names is there; the zone of this PC.
    QCOMPARE(parse.calendar.components(u"VTIMEZONE"_s).size(), 1);
}

void TestCalendarExport::exportIsLoggedAndOwnerOnly()
{
    const QList<CalendarEvent> events = LOTSEN_VALUE(CalendarExport::myItems(m_fixture->workspace(), kToday, 4));
    const QString path = m_fixture->filePath(u"planned.ics"_s);
    QCOMPARE(LOTSEN_VALUE(CalendarExport::write(m_fixture->workspace(), events, path)), 3);
    QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
    QList<AccessLog::Entry> entries = calendarEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().accountId, m_fixture->session().accountId());
    QCOMPARE(entries.first().youthId, 0);
    QCOMPARE(entries.first().detail, AccessDetail::encode(AccessDetail::Code::CalendarEvents, { u"3"_s }));
    QVERIFY2(AccessDetail::describe(entries.first().detail).startsWith(u"3 calendar event"_s),
             qPrintable(AccessDetail::describe(entries.first().detail)));

    // One item names its youth in the entry.
    const std::optional<CalendarEvent> one
        = LOTSEN_VALUE(PlannedCalendarQuery(m_fixture->database()).plannedContact(m_asaContact));
    QVERIFY(one);
    QCOMPARE(LOTSEN_VALUE(CalendarExport::write(m_fixture->workspace(), { *one }, path)), 1);
    entries = calendarEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(),
                           [this](const AccessLog::Entry& entry) { return entry.youthId == m_asa; }),
             1);
}

void TestCalendarExport::singleItemsAreFound()
{
    PlannedCalendarQuery query(m_fixture->database());
    const std::optional<CalendarEvent> contact = LOTSEN_VALUE(query.plannedContact(m_asaContact));
    QVERIFY(contact);
    QCOMPARE(contact->date, kToday.addDays(7));
    const std::optional<CalendarEvent> review = LOTSEN_VALUE(query.planReview(m_boPlan));
    QVERIFY(review);
    QCOMPARE(review->date, kToday.addDays(10));
    QCOMPARE(review->youthId, m_bo);
    const QList<FollowUp> followUps = LOTSEN_VALUE(m_fixture->workspace().followUps().followUps(m_cia));
    QVERIFY(!followUps.isEmpty());
    const std::optional<CalendarEvent> followUp = LOTSEN_VALUE(query.followUp(followUps.first().id));
    QVERIFY(followUp);
    QCOMPARE(followUp->date, kToday.addDays(5));
    QCOMPARE(followUp->summary, u"Lotsen: follow-up with Cia"_s);
    // The same item, the same UID (the calendar updates it); no item, no value.
    QCOMPARE(LOTSEN_VALUE(query.plannedContact(m_asaContact))->uid, contact->uid);
    QVERIFY(!LOTSEN_VALUE(query.plannedContact(m_asaContact + 1000)));
    // A later contact plans another date: the earlier date is no longer planned and does not go to the calendar.
    const qint64 later = logContact(m_asa, m_karin, kToday.addDays(14), QString());
    QVERIFY(later != 0);
    QVERIFY(!LOTSEN_VALUE(query.plannedContact(m_asaContact)));
    QCOMPARE(LOTSEN_VALUE(query.plannedContact(later))->date, kToday.addDays(14));
}

void TestCalendarExport::nothingIsWrittenWhenTheLogRefuses()
{
    if (TestServer::active()) {
        QSKIP("The refusing trigger is SQLite's TEMP TRIGGER; the rule is the same code on both engines.");
    }
    const QList<CalendarEvent> events = LOTSEN_VALUE(CalendarExport::myItems(m_fixture->workspace(), kToday, 4));
    const QString path = m_fixture->filePath(u"planned.ics"_s);
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.access_log "
                       "BEGIN SELECT RAISE(ABORT, 'log refused'); END"_s));
    const Result<int> written = CalendarExport::write(m_fixture->workspace(), events, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(u"access log"_s), qPrintable(written.message()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(query.exec(u"DROP TRIGGER refuse_log"_s));
    QVERIFY(calendarEntries().isEmpty());
}

void TestCalendarExport::noItemsWithoutAStaffRecord()
{
    const std::optional<Account> admin = LOTSEN_VALUE(m_fixture->workspace().accounts().byUsername(u"admin"_s));
    QVERIFY(admin);
    m_fixture->logInAs(*admin);
    QCOMPARE(m_fixture->session().staffId(), 0);
    QVERIFY(LOTSEN_VALUE(CalendarExport::myItems(m_fixture->workspace(), kToday, 52)).isEmpty());
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
