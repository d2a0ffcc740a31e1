// Retention (gallring) and erasure on request: who the preview lists at the policy's thresholds; that a culling
// leaves none of the youth's identifying strings in the database file or its WAL, the reports' figures unchanged and
// the access-log chain intact (also after its oldest entries were cut); that erasure is refused with an ongoing
// period and for a non-administrator; that a culling that cannot be logged changes nothing; and that re-applying the
// retention log onto an older backup gives the same result.
// On PostgreSQL (the _pg run) "the database file" is every row of every table (the server's files are its own), and
// the older backup is a copy of the database on the server.
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "consent/ConsentRepository.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/OwnerOnlyFile.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "lifecycle/RetentionLog.h"
#include "lifecycle/RetentionPolicy.h"
#include "lifecycle/RetentionRepository.h"
#include "plans/PlanRepository.h"
#include "reports/ReportQuery.h"
#include "youth/YouthFilter.h"
#include "youth/YouthListQuery.h"
#include "youth/YouthRepository.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kSetUp(QDate(2018, 1, 10), QTime(9, 0));
const QDateTime kNow(QDate(2026, 6, 15), QTime(10, 0));

// The culled youth's identifying strings (lower case: the search index keeps its words in lower case).
const QStringList kIdentifying
    = { u"zebulon"_s,     u"quistorpsson"_s,    u"200007012388"_s, u"0007012388"_s,    u"0709988776"_s,
        u"trollgatan"_s,  u"zebulon@example"_s, u"xylofonist"_s,   u"kvastfening"_s,   u"pyramidbyggare"_s,
        u"tandemcykel"_s, u"fiskestege"_s,      u"ottilia"_s,      u"farmorsdotter"_s, u"0735551122"_s,
        u"bergakungen"_s, u"snigelpost"_s,      u"gunvorsdal"_s };
// The prospect's.
const QStringList kProspect = { u"prospero"_s, u"ankarkrona"_s };

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toLower() : QByteArray();
}

// The needles found in the database file and its WAL (ASCII/UTF-8, any case).
QStringList found(const QString& databasePath, const QStringList& needles)
{
    const QByteArray bytes = fileBytes(databasePath) + fileBytes(databasePath + u"-wal"_s);
    QStringList hits;
    for (const QString& needle : needles) {
        if (bytes.contains(needle.toUtf8())) {
            hits.append(needle);
        }
    }
    return hits;
}

// The needles found in the register: in SQLite the bytes of the file and its WAL (above); on PostgreSQL, whose
// files, old row versions and write-ahead log are the server's (autovacuum reclaims them, the server recycles its
// WAL), the text of every row of every table, the search index's words included.
QStringList found(Database& database, const QStringList& needles)
{
    if (!TestServer::active()) {
        return found(database.path(), needles);
    }
    QStringList tables;
    {
        QSqlQuery query(database.connection());
        if (!query.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                        u"AND table_type = 'BASE TABLE' ORDER BY table_name"_s)) {
            qWarning("tables: %s", qPrintable(query.lastError().text()));
            return needles; // fails the comparison after a culling
        }
        while (query.next()) {
            tables.append(query.value(0).toString());
        }
    }
    QStringList hits;
    for (const QString& needle : needles) {
        for (const QString& table : std::as_const(tables)) {
            // The whole row as text; lower-cased as the needles are, compared byte by byte (no collation).
            QSqlQuery query(database.connection());
            query.prepare(u"SELECT EXISTS (SELECT 1 FROM \"%1\" t WHERE strpos(lower(CAST(t AS text)) COLLATE \"C\", "
                          u"CAST(? AS text) COLLATE \"C\") > 0)"_s.arg(table));
            query.addBindValue(needle);
            if (!query.exec() || !query.next()) {
                qWarning("%s: %s", qPrintable(table), qPrintable(query.lastError().text()));
                hits.append(needle);
                break;
            }
            if (query.value(0).toBool()) {
                hits.append(needle);
                break;
            }
        }
    }
    return hits;
}

// Makes every insert into the access log fail with `message` until allowAccessLog(): a TEMP trigger in SQLite, a
// trigger of the test's own database on PostgreSQL (which has no temporary triggers).
bool refuseAccessLog(Database& database, const QString& message)
{
    QSqlQuery query(database.connection());
    const QString sql = TestServer::active()
        ? u"CREATE TRIGGER no_log BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION lotsen_abort('%1')"_s
        : u"CREATE TEMP TRIGGER no_log BEFORE INSERT ON main.access_log BEGIN SELECT RAISE(ABORT, '%1'); END"_s;
    if (!query.exec(sql.arg(message))) {
        qWarning("refuseAccessLog: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool allowAccessLog(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(TestServer::active() ? u"DROP TRIGGER no_log ON access_log"_s : u"DROP TRIGGER temp.no_log"_s);
}

// Every report's rows (not the on-screen list of names), for before/after comparisons.
QList<QList<QVariantList>> figures(Workspace& workspace)
{
    ReportParameters parameters;
    parameters.from = QDate(2017, 1, 1);
    parameters.to = kNow.date();
    const Result<QList<Report>> all = workspace.reports().all(parameters);
    if (!all) {
        qWarning("reports failed: %s", qPrintable(all.message()));
        return {};
    }
    QList<QList<QVariantList>> rows;
    for (const Report& report : *all) {
        for (const ReportTable& table : report.tables) {
            if (!table.onScreenOnly) {
                rows.append(table.rows);
            }
        }
    }
    return rows;
}

qint64 scalar(Database& database, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void policyDefaultsAndSave();
    void previewThresholds_data();
    void previewThresholds();
    void previewWithoutNamesForCoordinator();
    void cullOnlyWhoWasPreviewed();
    void cullLeavesNoIdentifyingBytes();
    void accessLogCutKeepsChainVerifiable();
    void forgedCutBreaksChain();
    void erasureRefusedWithOngoingPeriod();
    void erasureRefusedForNonAdministrator();
    void erasureWithWrongPasswordChangesNothing();
    void erasureReasonMayNotNameTheYouth_data();
    void erasureReasonMayNotNameTheYouth();
    void erasureOnRequest();
    void cullThatCannotBeLoggedChangesNothing();
    void reapplyOntoOlderBackup();
    void retentionLogFile();

private:
    // The youth with everything: name, number, phone, address, note, a contact note, a frozen and a current plan
    // version with a step, a network person, a consent text; enrolled 2018-01-10, exited 2019-01-15.
    qint64 addFullYouth();
    RetentionRepository repository() { return RetentionRepository(m_fixture->workspace(), m_logPath); }

    std::unique_ptr<TestWorkspace> m_fixture;
    Account m_admin;
    qint64 m_staff = 0;
    QString m_logPath;
};

void TestRetention::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kSetUp);
    QVERIFY(m_fixture->open());
    m_admin = m_fixture->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
    m_staff = m_fixture->addStaff(u"Maja Mentor"_s);
    m_logPath = m_fixture->filePath(u"Backups/retention.log"_s);
}

void TestRetention::cleanup()
{
    m_fixture.reset();
}

qint64 TestRetention::addFullYouth()
{
    Workspace& workspace = m_fixture->workspace();
    Clock::setFixedNow(kSetUp);
    Youth youth;
    youth.firstName = u"Zebulon"_s;
    youth.lastName = u"Quistorpsson"_s;
    youth.personalNumber = u"200007012388"_s;
    youth.birthDate = QDate(2000, 7, 1);
    youth.gender = Gender::Man;
    youth.phone = u"0709988776"_s;
    youth.email = u"zebulon@example.org"_s;
    youth.address = u"Trollgatan 7"_s;
    youth.postalCode = u"123 45"_s;
    youth.postalTown = u"Gunvorsdal"_s;
    youth.municipality = u"Lund"_s;
    youth.note = u"Hemlig anteckning om Xylofonist"_s;
    youth.status = YouthStatus::Active;
    youth.mentorId = m_staff;
    youth.startDate = kSetUp.date();
    const qint64 id = TestWorkspace::saveYouth(workspace, youth);
    if (id == 0) {
        return 0;
    }
    Contact contact;
    contact.youthId = id;
    contact.occurredAt = kSetUp;
    contact.kind = ContactKind::Meeting;
    contact.note = u"Pratade om Kvastfening"_s;
    if (!workspace.contacts().log(contact).ok()) {
        return 0;
    }
    // A plan with text and a step, frozen by a revision; the current version gets a text of its own.
    const Result<qint64> planId = workspace.plans().create(id, m_staff, kSetUp.date(), 4);
    if (!planId.ok()) {
        return 0;
    }
    ActionPlan plan = *LOTSEN_VALUE(workspace.plans().load(*planId));
    plan.myGoal = u"Bli Pyramidbyggare"_s;
    PlanStep step;
    step.description = u"Fiskestege"_s;
    plan.steps.append(step);
    if (!workspace.plans().save(plan).ok()) {
        return 0;
    }
    const Result<qint64> revised = workspace.plans().revise(*planId, m_staff, kSetUp.date(), 4);
    if (!revised.ok()) {
        qWarning("revise: %s", qPrintable(revised.message()));
        return 0;
    }
    ActionPlan current = *LOTSEN_VALUE(workspace.plans().current(id));
    current.strengths = u"Tandemcykel"_s;
    if (!workspace.plans().save(current).ok()) {
        return 0;
    }
    NetworkPerson person;
    person.youthId = id;
    person.name = u"Ottilia Farmorsdotter"_s;
    person.phone = u"0735551122"_s;
    if (!workspace.network().save(person).ok()) {
        return 0;
    }
    Consent consent;
    consent.youthId = id;
    consent.scope = ConsentScope::Other;
    consent.otherText = u"Får visa bilder för Bergakungen"_s;
    consent.givenOn = kSetUp.date();
    if (const Result<qint64> recorded = workspace.consents().record(consent); !recorded.ok()) {
        qWarning("consent: %s", qPrintable(recorded.message()));
        return 0;
    }
    Clock::setFixedNow(QDateTime(QDate(2019, 1, 15), QTime(12, 0)));
    ExitInput exit;
    exit.exitDate = QDate(2019, 1, 15);
    exit.reason = ExitReason::Other;
    exit.reasonText = u"Flyttade, svarar bara med snigelpost"_s;
    exit.situation = Situation::Employed;
    exit.followUpConsent = false;
    if (const Result<qint64> exited = workspace.enrolments().exit(id, exit, {}); !exited.ok()) {
        qWarning("exit: %s", qPrintable(exited.message()));
        return 0;
    }
    return id;
}

void TestRetention::policyDefaultsAndSave()
{
    Workspace& workspace = m_fixture->workspace();
    const RetentionPolicy defaults = LOTSEN_VALUE(RetentionPolicy::read(workspace.centre()));
    QCOMPARE(defaults.years, 5);
    QCOMPARE(defaults.prospectMonths, 12);
    QCOMPARE(defaults.accessLogYears, 5);
    QVERIFY(defaults.decision.isEmpty());

    workspace.centre().attachSession(&workspace.session());
    RetentionPolicy policy;
    policy.years = 3;
    policy.prospectMonths = 6;
    policy.accessLogYears = 2;
    policy.decision = u"Styrelsens gallringsbeslut 2026-01-20 §4"_s;
    LOTSEN_VERIFY_OK(policy.save(workspace.centre()));
    const RetentionPolicy stored = LOTSEN_VALUE(RetentionPolicy::read(workspace.centre()));
    QCOMPARE(stored.years, 3);
    QCOMPARE(stored.prospectMonths, 6);
    QCOMPARE(stored.accessLogYears, 2);
    QCOMPARE(stored.decision, policy.decision);
    AccessLog::Filter filter;
    filter.action = AccessAction::ChangeSetting;
    QCOMPARE(LOTSEN_VALUE(workspace.accessLog().entries(filter)).size(), 4);

    policy.years = 0;
    LOTSEN_VERIFY_FAILS(policy.save(workspace.centre()));
}

void TestRetention::previewThresholds_data()
{
    QTest::addColumn<QString>("kind"); // participant, ongoing, prospect, recent_contact
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("listed");
    const QDate d = kSetUp.date();
    QTest::newRow("participant, a day before N years") << u"participant"_s << d.addYears(5).addDays(-1) << false;
    QTest::newRow("participant, exactly N years") << u"participant"_s << d.addYears(5) << false;
    QTest::newRow("participant, a day after N years") << u"participant"_s << d.addYears(5).addDays(1) << true;
    QTest::newRow("ongoing period, 20 years") << u"ongoing"_s << d.addYears(20) << false;
    QTest::newRow("later contact keeps the youth") << u"recent_contact"_s << d.addYears(5).addDays(1) << false;
    QTest::newRow("later contact, a day after N years of it")
        << u"recent_contact"_s << d.addYears(9).addDays(1) << true;
    QTest::newRow("prospect, a day before M months") << u"prospect"_s << d.addMonths(12).addDays(-1) << false;
    QTest::newRow("prospect, exactly M months") << u"prospect"_s << d.addMonths(12) << false;
    QTest::newRow("prospect, a day after M months") << u"prospect"_s << d.addMonths(12).addDays(1) << true;
}

void TestRetention::previewThresholds()
{
    QFETCH(QString, kind);
    QFETCH(QDate, today);
    QFETCH(bool, listed);
    Workspace& workspace = m_fixture->workspace();
    const QDate d = kSetUp.date();
    Youth youth;
    youth.firstName = u"Tröskel"_s;
    youth.lastName = u"Testsson"_s;
    youth.status = kind == u"prospect"_s ? YouthStatus::Prospect : YouthStatus::Active;
    youth.startDate = d;
    const qint64 id = TestWorkspace::saveYouth(workspace, youth);
    QVERIFY(id != 0);
    if (kind == u"participant"_s || kind == u"recent_contact"_s) {
        QVERIFY(TestWorkspace::exitYouth(workspace, id, d));
    }
    if (kind == u"recent_contact"_s) {
        Clock::setFixedNow(QDateTime(d.addYears(4), QTime(10, 0)));
        Contact contact;
        contact.youthId = id;
        contact.occurredAt = Clock::now();
        contact.kind = ContactKind::Phone;
        QVERIFY(workspace.contacts().log(contact).ok());
    }
    Clock::setFixedNow(QDateTime(today, QTime(10, 0)));
    const QList<RetentionRepository::Candidate> candidates = LOTSEN_VALUE(repository().preview(RetentionPolicy {}));
    QCOMPARE(candidates.size(), listed ? 1 : 0);
    if (listed) {
        QCOMPARE(candidates.first().youthId, id);
        QCOMPARE(candidates.first().kind,
                 kind == u"prospect"_s ? RetentionRepository::CandidateKind::Prospect
                                       : RetentionRepository::CandidateKind::Participant);
        QCOMPARE(candidates.first().firstName, u"Tröskel"_s); // an administrator sees names
        QVERIFY(!RetentionRepository::reason(candidates.first(), RetentionPolicy {}).isEmpty());
    }
}

void TestRetention::cullOnlyWhoWasPreviewed()
{
    // Two exited youths past the policy; the administrator previewed only the first (the second exited, say, while
    // the dialog stood open over midnight): only the first is culled.
    Workspace& workspace = m_fixture->workspace();
    const QDate d = kSetUp.date();
    QList<qint64> ids;
    for (const QString& name : { u"Förhands"_s, u"Senare"_s }) {
        Youth youth;
        youth.firstName = name;
        youth.lastName = u"Testsson"_s;
        youth.status = YouthStatus::Active;
        youth.startDate = d;
        const qint64 id = TestWorkspace::saveYouth(workspace, youth);
        QVERIFY(id != 0);
        QVERIFY(TestWorkspace::exitYouth(workspace, id, d));
        ids << id;
    }
    Clock::setFixedNow(QDateTime(d.addYears(6), QTime(10, 0)));
    QCOMPARE(LOTSEN_VALUE(repository().preview(RetentionPolicy {})).size(), 2);
    const RetentionRepository::Outcome outcome = LOTSEN_VALUE(
        repository().cull(RetentionPolicy {}, TestWorkspace::defaultPassword(), QList<qint64> { ids.first() }));
    QCOMPARE(outcome.youthIds, QList<qint64> { ids.first() });
    Database& database = m_fixture->database();
    QCOMPARE(scalar(database, u"SELECT anonymised_at IS NOT NULL FROM youth WHERE id = ?"_s, { ids.first() }), 1);
    QCOMPARE(scalar(database, u"SELECT anonymised_at IS NULL FROM youth WHERE id = ?"_s, { ids.last() }), 1);
}

void TestRetention::previewWithoutNamesForCoordinator()
{
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    const Account coordinator = m_fixture->addAccount(m_admin, u"coord"_s, u"Cora Koordinator"_s, Role::Coordinator);
    QVERIFY(coordinator.id != 0);
    m_fixture->logInAs(coordinator);
    Clock::setFixedNow(kNow);
    const QList<RetentionRepository::Candidate> candidates = LOTSEN_VALUE(repository().preview(RetentionPolicy {}));
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().youthId, id);
    QVERIFY(candidates.first().firstName.isEmpty());
    QCOMPARE(candidates.first().birthYear, 2000);
    // … and may not cull.
    LOTSEN_VERIFY_FAILS(repository().cull(RetentionPolicy {}, TestWorkspace::defaultPassword()));
    const Account mentor = m_fixture->addAccount(m_admin, u"mentor"_s, u"Mia Mentor"_s, Role::Mentor);
    m_fixture->logInAs(mentor);
    LOTSEN_VERIFY_FAILS(repository().preview(RetentionPolicy {}));
}

void TestRetention::cullLeavesNoIdentifyingBytes()
{
    Workspace& workspace = m_fixture->workspace();
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    // A prospect who never enrolled, and an active youth who stays.
    Youth prospect;
    prospect.firstName = u"Prospero"_s;
    prospect.lastName = u"Ankarkrona"_s;
    prospect.status = YouthStatus::Prospect;
    Clock::setFixedNow(kSetUp);
    const qint64 prospectId = TestWorkspace::saveYouth(workspace, prospect);
    QVERIFY(prospectId != 0);
    Clock::setFixedNow(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
    const qint64 stays = m_fixture->addYouth(u"Stina"_s, u"Kvarblivande"_s, m_staff, u"200203032388"_s);
    QVERIFY(stays != 0);
    // The culled youth's card was opened recently: that entry stays, pointing to the anonymised row.
    LOTSEN_VERIFY_OK(workspace.session().log(AccessAction::OpenYouth, id));

    Clock::setFixedNow(kNow);
    if (!TestServer::active()) {
        // Every page in the file itself (PostgreSQL's files are the server's: found() reads its rows).
        QSqlQuery checkpoint(database.connection());
        QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    // The test can fail: before the culling every string is in the file (or the server's tables).
    QCOMPARE(found(database, kIdentifying), kIdentifying);
    QCOMPARE(found(database, kProspect), kProspect);

    const QList<QList<QVariantList>> before = figures(workspace);
    QVERIFY(!before.isEmpty());
    const QList<RetentionRepository::Candidate> preview = LOTSEN_VALUE(repository().preview(RetentionPolicy {}));
    QCOMPARE(preview.size(), 2);

    RetentionRepository retention = repository();
    LOTSEN_VERIFY_FAILS(retention.cull(RetentionPolicy {}, u"not the password"_s));
    QCOMPARE(scalar(database, u"SELECT count(*) FROM youth WHERE anonymised_at IS NOT NULL"_s), 0);

    RetentionPolicy policy;
    policy.decision = u"Styrelsens beslut 2026-01-20"_s;
    const RetentionRepository::Outcome outcome = LOTSEN_VALUE(retention.cull(policy, TestWorkspace::defaultPassword()));
    QCOMPARE(outcome.youths, 1);
    QCOMPARE(outcome.prospects, 1);
    QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(u'\n')));

    QCOMPARE(found(database, kIdentifying), QStringList());
    QCOMPARE(found(database, kProspect), QStringList());
    QVERIFY(!found(database, { u"kvarblivande"_s }).isEmpty());
    QCOMPARE(figures(workspace), before);

    // Never a person again: not loaded, not listed, not found.
    QVERIFY(!LOTSEN_VALUE(workspace.youths().load(id)).has_value());
    YouthListQuery list(database);
    const YouthListQuery::Counts counts = LOTSEN_VALUE(list.counts(YouthFilter {}));
    QCOMPARE(counts.matching, 1);
    QCOMPARE(counts.total, 1);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM youth WHERE id IN (?, ?) AND anonymised_at IS NOT NULL"_s,
                    { id, prospectId }),
             2);
    QCOMPARE(scalar(database, u"SELECT birth_date = '2000-07-01' FROM youth WHERE id = ?"_s, { id }), 1);

    // Logged in the access log and in retention_run; the chain holds and still names the youth's id.
    AccessLog::Filter filter;
    filter.action = AccessAction::RetentionRun;
    const QList<AccessLog::Entry> runs = LOTSEN_VALUE(workspace.accessLog().entries(filter));
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().detail,
             AccessDetail::encode(AccessDetail::Code::RetentionCounts,
                                  { u"1"_s, u"1"_s, QString::number(outcome.logEntries) }));
    filter.action = AccessAction::OpenYouth;
    filter.youthId = id;
    QCOMPARE(LOTSEN_VALUE(workspace.accessLog().entries(filter)).size(), 1);
    const AccessLog::VerifyResult verified = workspace.accessLog().verifyChain();
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(scalar(database,
                    u"SELECT count(*) FROM retention_run WHERE kind = 'policy' AND youths = 1 AND "
                    u"prospects = 1 AND decision = ?"_s,
                    { policy.decision }),
             1);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM retention_culling"_s), 0);
    // … and outside it.
    const QList<RetentionLog::Run> logged = LOTSEN_VALUE(RetentionLog(m_logPath).runsAfter(QDateTime()));
    QCOMPARE(logged.size(), 1);
    QList<qint64> loggedIds = logged.first().youthIds;
    std::sort(loggedIds.begin(), loggedIds.end());
    QCOMPARE(loggedIds, (QList<qint64> { std::min(id, prospectId), std::max(id, prospectId) }));
    QCOMPARE(logged.first().decision, policy.decision);
    QCOMPARE(logged.first().username, u"admin"_s);
    QVERIFY(OwnerOnlyFile::isOwnerOnly(m_logPath));

    // Nothing left to cull.
    QVERIFY(LOTSEN_VALUE(repository().preview(RetentionPolicy {})).isEmpty());
}

void TestRetention::accessLogCutKeepsChainVerifiable()
{
    Workspace& workspace = m_fixture->workspace();
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    // Entries in 2018 (the set-up above) and in 2024.
    Clock::setFixedNow(QDateTime(QDate(2024, 2, 1), QTime(8, 0)));
    LOTSEN_VERIFY_OK(workspace.session().log(AccessAction::OpenYouth, id));
    const qint64 total = scalar(database, u"SELECT count(*) FROM access_log"_s);
    const qint64 old = scalar(database, u"SELECT count(*) FROM access_log WHERE at < '2021-06-15'"_s);
    QVERIFY(old > 0);
    QVERIFY(total > old);

    Clock::setFixedNow(kNow);
    QCOMPARE(LOTSEN_VALUE(repository().accessLogEntriesPastPolicy(RetentionPolicy {})), old);
    const RetentionRepository::Outcome outcome
        = LOTSEN_VALUE(repository().cull(RetentionPolicy {}, TestWorkspace::defaultPassword()));
    QCOMPARE(outcome.logEntries, old);
    QCOMPARE(outcome.accessLogCutoff, QDateTime(QDate(2021, 6, 15), QTime(0, 0)));
    QCOMPARE(scalar(database, u"SELECT count(*) FROM access_log WHERE at < '2021-06-15'"_s), 0);
    // The rest plus the run's own entry.
    QCOMPARE(scalar(database, u"SELECT count(*) FROM access_log"_s), total - old + 1);
    const AccessLog::VerifyResult verified = workspace.accessLog().verifyChain();
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QVERIFY(verified.startsAtCut > 0);
    if (!TestServer::active()) {
        // The same on its own read-only connection to the file, as the access-log page checks a file.
        const AccessLog::VerifyResult again = AccessLog::verifyChain(database.path());
        QVERIFY2(again.ok, qPrintable(again.message));
    }
    QCOMPARE(scalar(database, u"SELECT count(*) FROM retention_run WHERE log_entries = ? AND log_cutoff IS NOT NULL"_s,
                    { old }),
             1);
    // The youth's entry from 2024 stays, pointing to the anonymised row.
    QCOMPARE(scalar(database,
                    u"SELECT count(*) FROM access_log l JOIN youth y ON y.id = l.youth_id WHERE "
                    u"l.action = ? AND y.id = ? AND y.anonymised_at IS NOT NULL"_s,
                    { AccessLog::code(AccessAction::OpenYouth), id }),
             1);
    // Other entries still cannot be deleted.
    QSqlQuery remove(database.connection());
    QVERIFY(!remove.exec(u"DELETE FROM access_log WHERE id = (SELECT max(id) FROM access_log)"_s));
}

void TestRetention::forgedCutBreaksChain()
{
    Workspace& workspace = m_fixture->workspace();
    Database& database = m_fixture->database();
    for (int i = 0; i < 5; ++i) {
        LOTSEN_VERIFY_OK(workspace.session().log(AccessAction::OpenYouth, 0));
    }
    QVERIFY(workspace.accessLog().verifyChain().ok);
    // Someone with only the file records a cut without the key and removes the oldest entries.
    const qint64 firstKept = scalar(database, u"SELECT min(id) + 3 FROM access_log"_s);
    QSqlQuery query(database.connection());
    QVERIFY(
        query.prepare(u"INSERT INTO access_log_cut (first_id, prev_hash, mac, cut_at, removed) "
                      u"SELECT id, prev_hash, 'K0000000000000000:00', '2026-01-01', 3 FROM access_log WHERE id = ?"_s));
    query.addBindValue(firstKept);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"DELETE FROM access_log WHERE id < %1"_s.arg(firstKept)));
    const AccessLog::VerifyResult verified = workspace.accessLog().verifyChain();
    QVERIFY(!verified.ok);
    // Entries sealed with this PC's key: a cut under a key no one knows is a forgery, not "cannot be checked here".
    QCOMPARE(verified.firstBrokenId, firstKept);
}

void TestRetention::erasureRefusedWithOngoingPeriod()
{
    Database& database = m_fixture->database();
    const qint64 id = m_fixture->addYouth(u"Pågående"_s, u"Periodsson"_s, m_staff);
    QVERIFY(id != 0);
    QVERIFY(LOTSEN_VALUE(repository().hasOngoingPeriod(id)));
    const Result<RetentionRepository::Outcome> erased
        = repository().erase(id, TestWorkspace::defaultPassword(), u"Begärde radering 2026-06-01"_s);
    LOTSEN_VERIFY_FAILS(erased);
    QVERIFY2(erased.message().contains(u"ongoing"_s), qPrintable(erased.message()));
    QCOMPARE(scalar(database, u"SELECT anonymised_at IS NULL FROM youth WHERE id = ?"_s, { id }), 1);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM retention_run"_s), 0);
}

void TestRetention::erasureRefusedForNonAdministrator()
{
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    const QString password = u"the coordinator's password"_s;
    const Account coordinator
        = m_fixture->addAccount(m_admin, u"coord"_s, u"Cora Koordinator"_s, Role::Coordinator, password);
    m_fixture->logInAs(coordinator);
    LOTSEN_VERIFY_FAILS(repository().erase(id, password, u"Begärde radering"_s));
    QCOMPARE(scalar(database, u"SELECT anonymised_at IS NULL FROM youth WHERE id = ?"_s, { id }), 1);
}

void TestRetention::erasureWithWrongPasswordChangesNothing()
{
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    LOTSEN_VERIFY_FAILS(repository().erase(id, u"wrong password!"_s, u"Begärde radering"_s));
    LOTSEN_VERIFY_FAILS(repository().erase(id, TestWorkspace::defaultPassword(), u"   "_s));
    QCOMPARE(scalar(database, u"SELECT anonymised_at IS NULL FROM youth WHERE id = ?"_s, { id }), 1);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM retention_run"_s), 0);
}

void TestRetention::erasureReasonMayNotNameTheYouth_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("refused");
    QTest::newRow("first name") << u"zebulon ringde och begärde radering"_s << true;
    QTest::newRow("last name") << u"Brev från QUISTORPSSON 2019-05-28"_s << true;
    QTest::newRow("personal number") << u"Begäran gäller 000701-2388"_s << true;
    QTest::newRow("phone") << u"Ringde från 070-998 87 76"_s << true;
    QTest::newRow("date and case number") << u"Begäran per brev 2019-05-28, dnr 2019/123"_s << false;
}

void TestRetention::erasureReasonMayNotNameTheYouth()
{
    // The reason is kept for good (retention_run, the retention log): it must not bring the erased data back.
    QFETCH(QString, reason);
    QFETCH(bool, refused);
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    Clock::setFixedNow(QDateTime(QDate(2019, 6, 1), QTime(9, 0)));
    const Result<RetentionRepository::Outcome> erased
        = repository().erase(id, TestWorkspace::defaultPassword(), reason);
    QCOMPARE(!erased.ok(), refused);
    QCOMPARE(scalar(database, u"SELECT anonymised_at IS NULL FROM youth WHERE id = ?"_s, { id }), refused ? 1 : 0);
    if (refused) {
        QCOMPARE(erased.field(), u"reason"_s);
        QCOMPARE(scalar(database, u"SELECT count(*) FROM retention_run"_s), 0);
    }
}

void TestRetention::erasureOnRequest()
{
    Workspace& workspace = m_fixture->workspace();
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    // Exited only last year: not a candidate of the policy, but erased on request.
    Clock::setFixedNow(QDateTime(QDate(2019, 6, 1), QTime(9, 0)));
    QVERIFY(LOTSEN_VALUE(repository().preview(RetentionPolicy {})).isEmpty());
    const QList<QList<QVariantList>> before = figures(workspace);
    const RetentionRepository::Outcome outcome
        = LOTSEN_VALUE(repository().erase(id, TestWorkspace::defaultPassword(), u"Begäran per brev 2019-05-28"_s));
    QCOMPARE(outcome.youths, 1);
    QCOMPARE(outcome.youthIds, QList<qint64> { id });
    QCOMPARE(found(database, kIdentifying), QStringList());
    QCOMPARE(figures(workspace), before);
    AccessLog::Filter filter;
    filter.action = AccessAction::EraseYouth;
    const QList<AccessLog::Entry> entries = LOTSEN_VALUE(workspace.accessLog().entries(filter));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().youthId, id);
    QCOMPARE(entries.first().detail, AccessDetail::encode(AccessDetail::Code::ErasureOnRequest));
    QCOMPARE(scalar(database, u"SELECT count(*) FROM retention_run WHERE kind = 'erasure' AND reason = ?"_s,
                    { u"Begäran per brev 2019-05-28"_s }),
             1);
    const QList<RetentionLog::Run> logged = LOTSEN_VALUE(RetentionLog(m_logPath).runsAfter(QDateTime()));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().kind, RetentionLog::Kind::Erasure);
    QVERIFY(workspace.accessLog().verifyChain().ok);
    // Once is enough.
    LOTSEN_VERIFY_FAILS(repository().erase(id, TestWorkspace::defaultPassword(), u"Igen"_s));
}

void TestRetention::cullThatCannotBeLoggedChangesNothing()
{
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    Clock::setFixedNow(kNow);
    const qint64 entries = scalar(database, u"SELECT count(*) FROM access_log"_s);
    QVERIFY(refuseAccessLog(database, u"the log is full"_s));
    const Result<RetentionRepository::Outcome> culled
        = repository().cull(RetentionPolicy {}, TestWorkspace::defaultPassword());
    LOTSEN_VERIFY_FAILS(culled);
    QVERIFY(allowAccessLog(database));
    QCOMPARE(scalar(database,
                    u"SELECT count(*) FROM youth WHERE id = ? AND first_name = 'Zebulon' AND "
                    u"anonymised_at IS NULL"_s,
                    { id }),
             1);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM action_plan WHERE my_goal LIKE '%Pyramidbyggare%'"_s), 2);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM retention_run"_s), 0);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM access_log"_s), entries);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM access_log_cut"_s), 0);
    QVERIFY(!QFile::exists(m_logPath));
}

void TestRetention::reapplyOntoOlderBackup()
{
    Workspace& workspace = m_fixture->workspace();
    Database& database = m_fixture->database();
    const qint64 id = addFullYouth();
    QVERIFY(id != 0);
    Clock::setFixedNow(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    LOTSEN_VERIFY_OK(workspace.session().log(AccessAction::BackupDatabase));
    // The backup: a file (Database::backupTo). On PostgreSQL, whose backups pg_dump makes, a copy of the database on
    // the server stands in for the restored one.
    QString backupPath = m_fixture->filePath(u"backup.lotsen"_s);
    QString backupDatabase;
    const auto dropCopy = qScopeGuard([&backupDatabase] {
        if (!backupDatabase.isEmpty()) {
            TestServer::dropDatabase(backupDatabase);
        }
    });
    if (TestServer::active()) {
        // CREATE DATABASE … TEMPLATE copies a database no one is connected to: the register closes for a moment.
        const QString address = database.path();
        const QString original = database.server().database;
        database.close();
        backupDatabase = TestServer::uniqueName(u"backup"_s);
        QVERIFY(TestServer::run({ u"CREATE DATABASE \"%1\" TEMPLATE \"%2\""_s.arg(backupDatabase, original) }));
        QVERIFY(database.open(address).ok());
        backupPath = TestServer::address(backupDatabase)->toUrl();
    } else {
        LOTSEN_VERIFY_OK(database.backupTo(backupPath));
    }
    const QDateTime backupTime = Clock::now();

    Clock::setFixedNow(kNow);
    const QList<QList<QVariantList>> before = figures(workspace);
    const RetentionRepository::Outcome outcome
        = LOTSEN_VALUE(repository().cull(RetentionPolicy {}, TestWorkspace::defaultPassword()));
    QCOMPARE(outcome.youthIds, QList<qint64> { id });
    QVERIFY(outcome.logEntries > 0);
    const QList<QList<QVariantList>> culledFigures = figures(workspace);
    QCOMPARE(culledFigures, before);

    // The backup holds the youth as a person; the retention log after the backup's date culls it again, before
    // anyone has logged in.
    const QList<RetentionLog::Run> runs = LOTSEN_VALUE(RetentionLog(m_logPath).runsAfter(backupTime));
    QCOMPARE(runs.size(), 1);
    QVERIFY(LOTSEN_VALUE(RetentionLog(m_logPath).runsAfter(kNow.addSecs(1))).isEmpty());
    {
        Database restored;
        QVERIFY(restored.open(backupPath).ok());
        QCOMPARE(found(restored, kIdentifying), kIdentifying);
        Workspace restoredWorkspace(restored);
        RetentionRepository retention(restoredWorkspace, m_logPath);
        const RetentionRepository::Outcome again = LOTSEN_VALUE(retention.reapplyAfterRestore(runs));
        QCOMPARE(again.youthIds, QList<qint64> { id });
        QCOMPARE(again.reappliedRuns, 1);
        QVERIFY(again.logEntries > 0);
        QVERIFY2(again.warnings.isEmpty(), qPrintable(again.warnings.join(u'\n')));
        QCOMPARE(found(restored, kIdentifying), QStringList());
        const AccessLog::VerifyResult verified = restoredWorkspace.accessLog().verifyChain();
        QVERIFY2(verified.ok, qPrintable(verified.message));
        AccessLog::Filter filter;
        filter.action = AccessAction::RetentionRun;
        const QList<AccessLog::Entry> entries = LOTSEN_VALUE(restoredWorkspace.accessLog().entries(filter));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().accountId, 0);
        QCOMPARE(entries.first().detail, AccessDetail::encode(AccessDetail::Code::RetentionReapplied, { u"1"_s }));
        // A second re-application finds nothing left to cull.
        QVERIFY(LOTSEN_VALUE(retention.reapplyAfterRestore(runs)).youthIds.isEmpty());
        // The same figures as the culled original.
        const Account admin = *LOTSEN_VALUE(restoredWorkspace.accounts().byUsername(u"admin"_s));
        LOTSEN_VERIFY_OK(restoredWorkspace.session().startWithoutPassword(admin));
        QCOMPARE(figures(restoredWorkspace), culledFigures);
    }
}

void TestRetention::retentionLogFile()
{
    const QString path = m_fixture->filePath(u"elsewhere/retention.log"_s);
    RetentionLog log(path);
    QVERIFY(LOTSEN_VALUE(log.runsAfter(QDateTime())).isEmpty());
    RetentionLog::Run run;
    run.at = QDateTime(QDate(2026, 1, 1), QTime(10, 0, 0, 250));
    run.username = u"admin"_s;
    run.decision = u"Beslut"_s;
    run.youthIds = { 3, 7 };
    run.accessLogCutoff = QDateTime(QDate(2021, 1, 1), QTime(0, 0));
    LOTSEN_VERIFY_OK(log.append(run));
    run.at = run.at.addDays(10);
    run.kind = RetentionLog::Kind::Erasure;
    run.reason = u"Begäran"_s;
    run.youthIds = { 9 };
    run.accessLogCutoff = {};
    LOTSEN_VERIFY_OK(log.append(run));
    QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
    const QList<RetentionLog::Run> all = LOTSEN_VALUE(log.runsAfter(QDateTime()));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().at, QDateTime(QDate(2026, 1, 1), QTime(10, 0, 0, 250)));
    QCOMPARE(all.first().youthIds, (QList<qint64> { 3, 7 }));
    QCOMPARE(all.first().accessLogCutoff, QDateTime(QDate(2021, 1, 1), QTime(0, 0)));
    QCOMPARE(all.last().kind, RetentionLog::Kind::Erasure);
    QCOMPARE(all.last().reason, u"Begäran"_s);
    QVERIFY(!all.last().accessLogCutoff.isValid());
    QCOMPARE(LOTSEN_VALUE(log.runsAfter(QDateTime(QDate(2026, 1, 5), QTime(0, 0)))).size(), 1);
    // A damaged line is an error, not a shorter list.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{not json\n");
    file.close();
    LOTSEN_VERIFY_FAILS(log.runsAfter(QDateTime()));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
