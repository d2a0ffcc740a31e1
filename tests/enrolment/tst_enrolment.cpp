// Enrolment periods, exits and follow-ups (issue 14): every rule of EnrolmentRules, the repositories' transactions
// and refusals, the triggers that keep the status truthful, reopening, re-enrolment, follow-up attempts, Today's
// follow-up reason, the item models, the logged read of special-category answers, and the migration of a schema-8
// file.
#include "RawSqlite.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentPeriodsModel.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "enrolment/FollowUpRepository.h"
#include "enrolment/FollowUpsModel.h"
#include "today/AttentionQuery.h"
#include "youth/YouthFilter.h"
#include "youth/YouthListModel.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
const QDate kToday = kNow.date();

ExitInput completed(const QDate& on = kToday)
{
    ExitInput exit;
    exit.exitDate = on;
    exit.reason = ExitReason::Completed;
    exit.situation = Situation::Studies;
    exit.studyType = StudyType::Komvux;
    return exit;
}

} // namespace

class TestEnrolment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exitRules_data();
    void exitRules();
    void attemptRules();
    void offsetsAndDueDates();
    void kaaGroup_data();
    void kaaGroup();
    void isced();

    void exitRecordsEverythingInOneTransaction();
    void exitRefusalsChangeNothing();
    void inErrorAndDeclinedGetNoFollowUps();
    void statusExitedOnlyThroughAnExit();
    void reopenNeedsCoordinatorAndReason();
    void reEnrolKeepsTheOldPeriod();
    void followUpAttemptsAndClosing();
    void todayShowsDueFollowUps();
    void modelsFollowTheRepositories();
    void sensitiveAnswersAreLoggedReads();
    void municipalitiesKeptOnWrite();
    void registerShowsExitsAndDueFollowUps();
    void migrationFromVersion8();

private:
    qint64 addActive(const QString& first, const QDate& start = kToday.addDays(-100));
    int scalar(const QString& sql) const;
    QString text(const QString& sql) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr;
    Database* m_database = nullptr;
    Account m_admin;
    qint64 m_mentor = 0;
};

void TestEnrolment::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open());
    m_workspace = &m_fixture->workspace();
    m_database = &m_fixture->database();
    m_admin = m_fixture->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
    m_mentor = m_fixture->addStaff(u"Maja Mentor"_s);
    QVERIFY(m_mentor != 0);
}

void TestEnrolment::cleanup()
{
    m_workspace = nullptr;
    m_database = nullptr;
    m_fixture.reset();
}

qint64 TestEnrolment::addActive(const QString& first, const QDate& start)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = u"Testsson"_s;
    youth.status = YouthStatus::Active;
    youth.mentorId = m_mentor;
    youth.startDate = start;
    return m_workspace->youths().save(youth).ok() ? youth.id : 0;
}

int TestEnrolment::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

QString TestEnrolment::text(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        return u"<no row>"_s;
    }
    return query.value(0).toString();
}

void TestEnrolment::exitRules_data()
{
    QTest::addColumn<int>("daysAfterStart");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("reasonText");
    QTest::addColumn<qint64>("partner");
    QTest::addColumn<QString>("refusedField"); // empty: allowed

    const int completedReason = int(ExitReason::Completed);
    QTest::newRow("on the start day") << 0 << completedReason << QString() << qint64(0) << QString();
    QTest::newRow("before the start") << -1 << completedReason << QString() << qint64(0) << u"exitDate"_s;
    QTest::newRow("in the future") << 11 << completedReason << QString() << qint64(0) << u"exitDate"_s;
    QTest::newRow("today") << 10 << completedReason << QString() << qint64(0) << QString();
    QTest::newRow("other without text") << 5 << int(ExitReason::Other) << u"  "_s << qint64(0) << u"reasonText"_s;
    QTest::newRow("other with text") << 5 << int(ExitReason::Other) << u"Flyttade hem"_s << qint64(0) << QString();
    QTest::newRow("handed over without partner")
        << 5 << int(ExitReason::HandedOver) << QString() << qint64(0) << u"partner"_s;
    QTest::newRow("handed over") << 5 << int(ExitReason::HandedOver) << QString() << qint64(3) << QString();
    QTest::newRow("not recorded is not a choice")
        << 5 << int(ExitReason::NotRecorded) << QString() << qint64(0) << u"reason"_s;
}

void TestEnrolment::exitRules()
{
    QFETCH(int, daysAfterStart);
    QFETCH(int, reason);
    QFETCH(QString, reasonText);
    QFETCH(qint64, partner);
    QFETCH(QString, refusedField);
    const QDate start = kToday.addDays(-10);
    ExitInput exit = completed(start.addDays(daysAfterStart));
    exit.reason = static_cast<ExitReason>(reason);
    exit.reasonText = reasonText;
    exit.partnerOrgId = partner;
    const Result<void> checked = EnrolmentRules::checkExit(exit, start, kToday);
    if (refusedField.isEmpty()) {
        LOTSEN_VERIFY_OK(checked);
    } else {
        QVERIFY(!checked);
        QCOMPARE(checked.error().field, refusedField);
        QVERIFY(!checked.message().isEmpty());
    }
}

void TestEnrolment::attemptRules()
{
    FollowUp open;
    open.dueOn = kToday;
    AttemptInput attempt;
    attempt.on = kToday;
    attempt.result = AttemptResult::Reached;
    // A reached youth needs the situation.
    QCOMPARE(EnrolmentRules::checkAttempt(attempt, open, kToday.addDays(-28), kToday).error().field, u"situation"_s);
    attempt.situation = Situation::Employed;
    LOTSEN_VERIFY_OK(EnrolmentRules::checkAttempt(attempt, open, kToday.addDays(-28), kToday));
    // Not in the future, not before the exit.
    attempt.on = kToday.addDays(1);
    QCOMPARE(EnrolmentRules::checkAttempt(attempt, open, kToday.addDays(-28), kToday).error().field, u"date"_s);
    attempt.on = kToday.addDays(-29);
    QCOMPARE(EnrolmentRules::checkAttempt(attempt, open, kToday.addDays(-28), kToday).error().field, u"date"_s);
    // A closed follow-up takes no more attempts.
    attempt.on = kToday;
    FollowUp done = open;
    done.status = FollowUpStatus::Done;
    LOTSEN_VERIFY_FAILS(EnrolmentRules::checkAttempt(attempt, done, kToday.addDays(-28), kToday));

    // Not reached only after enough unanswered attempts; declined and reached ones do not count.
    FollowUp tried = open;
    for (AttemptResult result : { AttemptResult::NoAnswer, AttemptResult::MessageLeft }) {
        FollowUpAttempt a;
        a.result = result;
        tried.attempts.append(a);
    }
    QCOMPARE(tried.unansweredAttempts(), 2);
    LOTSEN_VERIFY_FAILS(EnrolmentRules::checkNotReached(tried, 3));
    FollowUpAttempt wrong;
    wrong.result = AttemptResult::WrongNumber;
    tried.attempts.append(wrong);
    LOTSEN_VERIFY_OK(EnrolmentRules::checkNotReached(tried, 3));
    LOTSEN_VERIFY_FAILS(EnrolmentRules::checkNotReached(done, 0));

    LOTSEN_VERIFY_FAILS(EnrolmentRules::checkReopen(u"   "_s));
    LOTSEN_VERIFY_OK(EnrolmentRules::checkReopen(u"Fel ungdom avslutades"_s));
    LOTSEN_VERIFY_FAILS(EnrolmentRules::checkEnrolment(kToday, kToday.addDays(1), kToday));
    LOTSEN_VERIFY_OK(EnrolmentRules::checkEnrolment(kToday.addDays(1), kToday, kToday));
    LOTSEN_VERIFY_FAILS(EnrolmentRules::checkEnrolment(QDate(), QDate(), kToday));
}

void TestEnrolment::offsetsAndDueDates()
{
    QCOMPARE(EnrolmentRules::parseOffsets(u" 6m, 4w,12M, xx, 0w, 6m, 200w"_s),
             (QStringList { u"4w"_s, u"6m"_s, u"12m"_s }));
    QVERIFY(EnrolmentRules::parseOffsets(u"nonsense"_s).isEmpty());
    QCOMPARE(EnrolmentRules::dueDate(QDate(2026, 1, 31), u"1m"_s), QDate(2026, 2, 28));
    QCOMPARE(EnrolmentRules::dueDate(QDate(2026, 1, 31), u"4w"_s), QDate(2026, 2, 28));
    QCOMPARE(EnrolmentRules::dueDate(QDate(2026, 5, 10), u"6m"_s), QDate(2026, 11, 10));
    QVERIFY(!EnrolmentRules::dueDate(QDate(2026, 5, 10), u"m"_s).isValid());
    // The centre's setting, and the default when it holds nothing readable.
    QCOMPARE(m_workspace->centre().followUpOffsets(), (QStringList { u"4w"_s, u"6m"_s }));
    LOTSEN_VERIFY_OK(m_workspace->centre().setValue(CentreSettings::Key::FollowUpOffsets, u"4w,6m,12m"_s));
    QCOMPARE(m_workspace->centre().followUpOffsets(), (QStringList { u"4w"_s, u"6m"_s, u"12m"_s }));
    LOTSEN_VERIFY_OK(m_workspace->centre().setValue(CentreSettings::Key::FollowUpOffsets, u"ingen"_s));
    QCOMPARE(m_workspace->centre().followUpOffsets(), (QStringList { u"4w"_s, u"6m"_s }));
    QCOMPARE(EnrolmentVocabulary::offsetLabel(u"6m"_s), u"6 months"_s);
    QCOMPARE(EnrolmentVocabulary::offsetLabel(u"1w"_s), u"1 week"_s);
}

void TestEnrolment::kaaGroup_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("education");
    QTest::addColumn<int>("labour");
    QTest::addColumn<bool>("expected");
    const int unknown = int(LabourSituation::NotKnown);
    QTest::newRow("19, compulsory school") << QDate(2007, 11, 28) << int(Education::Compulsory) << unknown << true;
    QTest::newRow("20 today") << QDate(2006, 11, 27) << int(Education::Compulsory) << unknown << false;
    QTest::newRow("17, upper secondary done")
        << QDate(2009, 1, 1) << int(Education::UpperSecondary) << unknown << false;
    QTest::newRow("17, in education") << QDate(2009, 1, 1) << int(Education::Compulsory)
                                      << int(LabourSituation::InEducation) << false;
    QTest::newRow("17, upper secondary not completed")
        << QDate(2009, 1, 1) << int(Education::UpperSecondaryIncomplete) << unknown << true;
    QTest::newRow("no birth date") << QDate() << int(Education::Compulsory) << unknown << false;
}

void TestEnrolment::kaaGroup()
{
    QFETCH(QDate, birth);
    QFETCH(int, education);
    QFETCH(int, labour);
    QFETCH(bool, expected);
    EntrySituation entry;
    entry.education = static_cast<Education>(education);
    entry.labour = static_cast<LabourSituation>(labour);
    QCOMPARE(EnrolmentRules::derivedKaa(birth, entry, kToday), expected);
    QCOMPARE(EnrolmentRules::inKaaGroup(birth, entry, kToday), expected);
    // A mentor who knows better overrides either way.
    entry.kaaOverride = !expected;
    QCOMPARE(EnrolmentRules::inKaaGroup(birth, entry, kToday), !expected);
}

void TestEnrolment::isced()
{
    QCOMPARE(EnrolmentVocabulary::isced(Education::CompulsoryIncomplete), IscedBand::Isced1To2);
    QCOMPARE(EnrolmentVocabulary::isced(Education::Compulsory), IscedBand::Isced1To2);
    QCOMPARE(EnrolmentVocabulary::isced(Education::UpperSecondaryIncomplete), IscedBand::Isced3To4);
    QCOMPARE(EnrolmentVocabulary::isced(Education::UpperSecondary), IscedBand::Isced3To4);
    QCOMPARE(EnrolmentVocabulary::isced(Education::PostSecondary), IscedBand::Isced5To8);
    QCOMPARE(EnrolmentVocabulary::isced(Education::NotKnown), IscedBand::NotKnown);
    // Every code reads back, and the database accepts exactly these.
    for (Situation situation : EnrolmentVocabulary::all<Situation>()) {
        QCOMPARE(EnrolmentVocabulary::fromCode<Situation>(EnrolmentVocabulary::code(situation)), situation);
    }
    for (ExitReason reason : EnrolmentVocabulary::all<ExitReason>()) {
        QCOMPARE(EnrolmentVocabulary::fromCode<ExitReason>(EnrolmentVocabulary::code(reason)), reason);
        QVERIFY(!EnrolmentVocabulary::label(reason).isEmpty());
    }
}

void TestEnrolment::exitRecordsEverythingInOneTransaction()
{
    const qint64 youth = addActive(u"Alva"_s);
    QVERIFY(youth != 0);
    QSqlQuery seed(m_database->connection());
    const QString now = kNow.toString(Qt::ISODate);
    QVERIFY(seed.exec(u"INSERT INTO action_plan (id, youth_id, version, plan_date, created_at, updated_at) "
                      "VALUES (50, %1, 1, '2026-09-01', '%2', '%2')"_s.arg(youth)
                          .arg(now)));
    QVERIFY(seed.exec(u"INSERT INTO plan_step (id, plan_id, position, description, status) VALUES "
                      "(501, 50, 0, 'Söka Komvux', 'ongoing'), (502, 50, 1, 'Praktik', 'planned'), "
                      "(503, 50, 2, 'CV', 'done')"_s));
    QVERIFY(seed.exec(u"INSERT INTO partner_org (id, name, kind, created_at, updated_at) VALUES "
                      "(3, 'Arbetsförmedlingen', 'employment_service', '%1', '%1')"_s.arg(now)));
    QVERIFY(seed.exec(u"INSERT INTO intervention (id, name, category, created_at, updated_at) VALUES "
                      "(7, 'Arbetsträning', 'work_training', '%1', '%1')"_s.arg(now)));
    QVERIFY(seed.exec(u"INSERT INTO participation (id, youth_id, intervention_id, start_date, status, created_at, "
                      "updated_at) VALUES (70, %1, 7, '2026-10-01', 'ongoing', '%2', '%2')"_s.arg(youth)
                          .arg(now)));
    QVERIFY(seed.exec(u"INSERT INTO referral (youth_id, org_id, sent_on, reason, consent_override, created_at, "
                      "updated_at) VALUES (%1, 3, '2026-11-01', 'Inskrivning', 'Muntligt', '%2', '%2')"_s.arg(youth)
                          .arg(now)));

    const EnrolmentRepository::OpenWork work = LOTSEN_VALUE(m_workspace->enrolments().openWork(youth));
    QCOMPARE(work.steps.size(), 2);
    QCOMPARE(work.steps.first().text, u"Söka Komvux"_s);
    QCOMPARE(work.participations.size(), 1);
    QCOMPARE(work.participations.first().text, u"Arbetsträning"_s);
    QCOMPARE(work.referrals.size(), 1);
    QCOMPARE(work.referrals.first().text, u"Arbetsförmedlingen"_s);

    QSignalSpy changed(&m_workspace->enrolments(), &EnrolmentRepository::changed);
    QSignalSpy saved(&m_workspace->youths(), &YouthRepository::youthSaved);
    ExitInput exit = completed(kToday.addDays(-1));
    exit.qualification = true;
    exit.qualificationText = u"Betyg i svenska"_s;
    exit.steps = { { 501, true }, { 502, false } };
    exit.participations = { { 70, true } };
    const qint64 exitId = LOTSEN_VALUE(m_workspace->enrolments().exit(youth, exit, { u"4w"_s, u"6m"_s }));
    QVERIFY(exitId > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(saved.count(), 1); // lists of youths refresh

    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(youth))->status, YouthStatus::Exited);
    const QList<EnrolmentPeriod> periods = LOTSEN_VALUE(m_workspace->enrolments().periods(youth));
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first().endDate, kToday.addDays(-1));
    QCOMPARE(periods.first().days(kToday), 99);
    const std::optional<ExitRecord> record = periods.first().currentExit();
    QVERIFY(record);
    QCOMPARE(record->reason, ExitReason::Completed);
    QCOMPARE(record->situation, Situation::Studies);
    QCOMPARE(record->studyType, StudyType::Komvux);
    QCOMPARE(record->qualification, std::optional<bool>(true));
    QCOMPARE(record->qualificationText, u"Betyg i svenska"_s);
    // The author is the logged-in account, set by the data layer.
    QCOMPARE(record->registeredByName, m_admin.displayName);
    QCOMPARE(scalar(u"SELECT registered_by FROM enrolment_exit WHERE id = %1"_s.arg(exitId)), int(m_admin.id));
    // The plan frozen with the steps as chosen; the participation ended, in the timeline.
    QVERIFY(!text(u"SELECT frozen_at FROM action_plan WHERE id = 50"_s).isEmpty());
    QStringList statuses;
    QSqlQuery steps(m_fixture->database().connection());
    QVERIFY(steps.exec(u"SELECT status FROM plan_step WHERE plan_id = 50 ORDER BY position"_s));
    while (steps.next()) {
        statuses.append(steps.value(0).toString());
    }
    QCOMPARE(statuses.join(u','), u"done,cancelled,done"_s);
    QCOMPARE(text(u"SELECT status FROM participation WHERE id = 70"_s), u"completed"_s);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM youth_event WHERE youth_id = %1 AND kind = 'intervention_ended'"_s.arg(youth)),
        1);
    // The referral stays open.
    QCOMPARE(text(u"SELECT status FROM referral WHERE youth_id = %1"_s.arg(youth)), u"sent"_s);
    // Follow-ups 4 weeks and 6 months after the exit date.
    const QList<FollowUp> followUps = LOTSEN_VALUE(m_workspace->followUps().followUps(youth));
    QCOMPARE(followUps.size(), 2);
    QCOMPARE(followUps.at(0).dueOn, kToday.addDays(-1).addDays(28));
    QCOMPARE(followUps.at(1).dueOn, kToday.addDays(-1).addMonths(6));
    QCOMPARE(followUps.at(1).status, FollowUpStatus::Open);
}

void TestEnrolment::exitRefusalsChangeNothing()
{
    const qint64 youth = addActive(u"Bea"_s, kToday.addDays(-10));
    const auto counts = [this] {
        return QList<int> { scalar(u"SELECT count(*) FROM enrolment_exit"_s),
                            scalar(u"SELECT count(*) FROM follow_up"_s),
                            scalar(u"SELECT count(*) FROM youth WHERE status = 'exited'"_s),
                            scalar(u"SELECT count(*) FROM enrolment_period WHERE end_date IS NOT NULL"_s) };
    };
    const QList<int> before = counts();
    // Before the start, in the future.
    LOTSEN_VERIFY_FAILS(m_workspace->enrolments().exit(youth, completed(kToday.addDays(-11)), { u"4w"_s }));
    LOTSEN_VERIFY_FAILS(m_workspace->enrolments().exit(youth, completed(kToday.addDays(1)), { u"4w"_s }));
    QCOMPARE(counts(), before);
    // Never enrolled: a prospect.
    Youth prospect;
    prospect.firstName = u"Cilla"_s;
    prospect.lastName = u"Prospekt"_s;
    QVERIFY(m_workspace->youths().save(prospect).ok());
    const Result<qint64> refused = m_workspace->enrolments().exit(prospect.id, completed(), { u"4w"_s });
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(u"never been enrolled"_s));
    QCOMPARE(counts(), before);
    // A second exit of an exited youth.
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(youth, completed(), { u"4w"_s }));
    const QList<int> after = counts();
    const Result<qint64> second = m_workspace->enrolments().exit(youth, completed(), { u"4w"_s });
    QVERIFY(!second.ok());
    QVERIFY(second.message().contains(u"already exited"_s));
    QCOMPARE(counts(), after);
}

void TestEnrolment::inErrorAndDeclinedGetNoFollowUps()
{
    const qint64 inError = addActive(u"Dan"_s);
    ExitInput exit = completed();
    exit.reason = ExitReason::InError;
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(inError, exit, { u"4w"_s, u"6m"_s }));
    QCOMPARE(LOTSEN_VALUE(m_workspace->followUps().followUps(inError)).size(), 0);
    QVERIFY(!EnrolmentRules::countsInResults(ExitReason::InError));
    QVERIFY(EnrolmentRules::countsInResults(ExitReason::LostContact));

    const qint64 declined = addActive(u"Eva"_s);
    exit = completed();
    exit.followUpConsent = false;
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(declined, exit, { u"4w"_s, u"6m"_s }));
    QCOMPARE(LOTSEN_VALUE(m_workspace->followUps().followUps(declined)).size(), 0);
}

void TestEnrolment::statusExitedOnlyThroughAnExit()
{
    const qint64 id = addActive(u"Fia"_s);
    Youth youth = *LOTSEN_VALUE(m_workspace->youths().load(id));
    youth.status = YouthStatus::Exited;
    const Result<qint64> refused = m_workspace->youths().save(youth);
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(u"Exit…"_s));
    // Nor back to prospect.
    youth.status = YouthStatus::Prospect;
    QVERIFY(!m_workspace->youths().save(youth).ok());
    // Another program writing the file is refused by the triggers.
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"UPDATE youth SET status = 'exited' WHERE id = %1"_s.arg(id)));
    QVERIFY(query.lastError().text().contains(u"exit"_s));
    QVERIFY(!query.exec(u"INSERT INTO youth (first_name, last_name, status, created_at, updated_at) "
                        "VALUES ('Gun', 'G', 'exited', '2026-01-01', '2026-01-01')"_s));
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->status, YouthStatus::Active);
    // Once exited, back only by re-enrolment or reopening.
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(id, completed(), {}));
    QVERIFY(!query.exec(u"UPDATE youth SET status = 'active' WHERE id = %1"_s.arg(id)));
    youth = *LOTSEN_VALUE(m_workspace->youths().load(id));
    youth.status = YouthStatus::Active;
    QVERIFY(!m_workspace->youths().save(youth).ok());
    // An exit is a fact: it cannot be edited or deleted.
    QVERIFY(!query.exec(u"UPDATE enrolment_exit SET reason = 'moved'"_s));
    QVERIFY(!query.exec(u"DELETE FROM enrolment_exit"_s));
    // A participant saved as active on the card gets their period.
    const qint64 direct = addActive(u"Hanna"_s, kToday.addDays(-5));
    QCOMPARE(LOTSEN_VALUE(m_workspace->enrolments().periods(direct)).size(), 1);
    QCOMPARE(LOTSEN_VALUE(m_workspace->enrolments().periods(direct)).first().startDate, kToday.addDays(-5));
}

void TestEnrolment::reopenNeedsCoordinatorAndReason()
{
    const qint64 id = addActive(u"Ida"_s);
    const qint64 exitId = LOTSEN_VALUE(m_workspace->enrolments().exit(id, completed(), { u"4w"_s, u"6m"_s }));
    const Account mentor = m_fixture->addAccount(m_admin, u"maja"_s, u"Maja Mentor"_s, Role::Mentor,
                                                 TestWorkspace::defaultPassword(), m_mentor);
    const Account coordinator = m_fixture->addAccount(m_admin, u"olle"_s, u"Olle Samordnare"_s, Role::Coordinator);
    m_fixture->logInAs(mentor);
    const Result<void> notAllowed = m_workspace->enrolments().reopen(exitId, u"Fel"_s);
    QVERIFY(!notAllowed);
    QVERIFY(notAllowed.message().contains(u"coordinators"_s));
    m_fixture->logInAs(coordinator);
    LOTSEN_VERIFY_FAILS(m_workspace->enrolments().reopen(exitId, u"  "_s));
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->status, YouthStatus::Exited);

    LOTSEN_VERIFY_OK(m_workspace->enrolments().reopen(exitId, u"Avslutades av misstag"_s));
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->status, YouthStatus::Active);
    const QList<EnrolmentPeriod> periods = LOTSEN_VALUE(m_workspace->enrolments().periods(id));
    QCOMPARE(periods.size(), 1);
    QVERIFY(periods.first().isOpen());
    QVERIFY(!periods.first().currentExit());
    QCOMPARE(periods.first().exits.size(), 1); // kept, struck out
    QVERIFY(periods.first().exits.first().isReopened());
    QCOMPARE(periods.first().exits.first().reopenReason, u"Avslutades av misstag"_s);
    QCOMPARE(periods.first().exits.first().reopenedByName, u"Olle Samordnare"_s);
    // Its follow-ups are cancelled, and off Today.
    for (const FollowUp& followUp : LOTSEN_VALUE(m_workspace->followUps().followUps(id))) {
        QCOMPARE(followUp.status, FollowUpStatus::Cancelled);
    }
    // Once only.
    LOTSEN_VERIFY_FAILS(m_workspace->enrolments().reopen(exitId, u"Igen"_s));
    // The period can be ended again, with a new exit.
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(id, completed(), {}));
    QCOMPARE(LOTSEN_VALUE(m_workspace->enrolments().periods(id)).first().exits.size(), 2);
}

void TestEnrolment::reEnrolKeepsTheOldPeriod()
{
    const qint64 id = addActive(u"Jon"_s, kToday.addDays(-300));
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(id, completed(kToday.addDays(-200)), {}));
    EnrolmentRepository::Enrolment again;
    again.mentorId = m_mentor;
    again.startDate = kToday.addDays(-201); // before the last end
    LOTSEN_VERIFY_FAILS(m_workspace->enrolments().enrol(id, again));
    again.startDate = kToday.addDays(-7);
    again.referralSource = ReferralSource::SocialServices;
    again.entry.labour = LabourSituation::UnemployedRegistered;
    again.entry.education = Education::UpperSecondaryIncomplete;
    again.entry.income = Income::SocialAssistance;
    again.entry.timeWithout = TimeWithout::Over12Months;
    LOTSEN_VERIFY_OK(m_workspace->enrolments().enrol(id, again));
    const Youth youth = *LOTSEN_VALUE(m_workspace->youths().load(id));
    QCOMPARE(youth.status, YouthStatus::Active);
    QCOMPARE(youth.startDate, kToday.addDays(-7));
    QCOMPARE(youth.referralSource, ReferralSource::SocialServices);
    const QList<EnrolmentPeriod> periods = LOTSEN_VALUE(m_workspace->enrolments().periods(id));
    QCOMPARE(periods.size(), 2);
    QVERIFY(!periods.first().isOpen());
    QVERIFY(periods.first().currentExit());
    QVERIFY(periods.last().isOpen());
    QCOMPARE(periods.last().entry.labour, LabourSituation::UnemployedRegistered);
    QCOMPARE(periods.last().entry.income, Income::SocialAssistance);
    // An active youth is not enrolled twice.
    LOTSEN_VERIFY_FAILS(m_workspace->enrolments().enrol(id, again));
    // The situation at entry is editable later.
    EntrySituation entry = periods.last().entry;
    entry.kaaOverride = true;
    entry.income = Income::Wage;
    LOTSEN_VERIFY_OK(m_workspace->enrolments().updateEntry(periods.last().id, entry, false));
    QCOMPARE(LOTSEN_VALUE(m_workspace->enrolments().periods(id)).last().entry, entry);
}

void TestEnrolment::followUpAttemptsAndClosing()
{
    const qint64 id = addActive(u"Kim"_s);
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(id, completed(kToday.addDays(-40)), { u"4w"_s, u"6m"_s }));
    const QList<FollowUp> followUps = LOTSEN_VALUE(m_workspace->followUps().followUps(id));
    const qint64 first = followUps.at(0).id;
    const qint64 second = followUps.at(1).id;
    QSignalSpy changed(&m_workspace->followUps(), &FollowUpRepository::changed);

    AttemptInput attempt;
    attempt.on = kToday.addDays(-3);
    attempt.result = AttemptResult::NoAnswer;
    LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(first, attempt));
    attempt.result = AttemptResult::MessageLeft;
    LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(first, attempt));
    LOTSEN_VERIFY_FAILS(m_workspace->followUps().closeNotReached(first, 3));
    attempt.result = AttemptResult::NoAnswer;
    attempt.channel = FollowUpChannel::Sms;
    LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(first, attempt));
    LOTSEN_VERIFY_OK(m_workspace->followUps().closeNotReached(first, 3));
    QCOMPARE(changed.count(), 4);
    FollowUp closed = *LOTSEN_VALUE(m_workspace->followUps().followUp(first));
    QCOMPARE(closed.status, FollowUpStatus::NotReached);
    QCOMPARE(closed.attempts.size(), 3);
    QCOMPARE(closed.attempts.last().channel, FollowUpChannel::Sms);
    QCOMPARE(closed.attempts.last().registeredByName, m_admin.displayName);
    QCOMPARE(closed.closedByName, m_admin.displayName);
    // Closed: no more attempts.
    LOTSEN_VERIFY_FAILS(m_workspace->followUps().recordAttempt(first, attempt));

    // Reached without a situation: refused, nothing written.
    attempt.result = AttemptResult::Reached;
    const int attempts = scalar(u"SELECT count(*) FROM follow_up_attempt"_s);
    const Result<void> noSituation = m_workspace->followUps().recordAttempt(second, attempt);
    QVERIFY(!noSituation);
    QCOMPARE(noSituation.error().field, u"situation"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM follow_up_attempt"_s), attempts);
    attempt.situation = Situation::Employed;
    attempt.note = u"Jobbar på lager"_s;
    LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(second, attempt));
    const FollowUp done = *LOTSEN_VALUE(m_workspace->followUps().followUp(second));
    QCOMPARE(done.status, FollowUpStatus::Done);
    QCOMPARE(done.situation, std::optional<Situation>(Situation::Employed));
    QCOMPARE(done.note, u"Jobbar på lager"_s);
    // The database refuses a done follow-up without a situation, and any change to a closed one.
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"UPDATE follow_up SET note = 'x' WHERE id = %1"_s.arg(second)));
    QVERIFY(!query.exec(u"UPDATE follow_up_attempt SET result = 'reached'"_s));
}

void TestEnrolment::todayShowsDueFollowUps()
{
    const qint64 id = addActive(u"Lo"_s);
    const qint64 other = addActive(u"My"_s);
    // The 4-week follow-up falls due today, the 6-month one later.
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(id, completed(kToday.addDays(-28)), { u"4w"_s, u"6m"_s }));
    const AttentionQuery query(*m_database);
    const auto itemFor = [&](qint64 youth, const QDate& on, qint64 mentor = 0) -> std::optional<AttentionItem> {
        const QList<AttentionItem> items = LOTSEN_VALUE(query.items(on, AttentionThresholds(), mentor));
        for (const AttentionItem& item : items) {
            if (item.youthId == youth) {
                return item;
            }
        }
        return std::nullopt;
    };
    QVERIFY(!itemFor(id, kToday.addDays(-1)));
    std::optional<AttentionItem> item = itemFor(id, kToday);
    QVERIFY(item);
    QCOMPARE(item->status, YouthStatus::Exited);
    QCOMPARE(item->causes.size(), 1);
    QCOMPARE(item->causes.first().reason, AttentionReason::FollowUpDue);
    QCOMPARE(item->causes.first().followUpOffset, u"4w"_s);
    QCOMPARE(AttentionRules::describe(item->causes.first()), u"Follow-up 4 wk after exit, due today"_s);
    item = itemFor(id, kToday.addDays(5));
    QCOMPARE(AttentionRules::describe(item->causes.first()), u"Follow-up 4 wk after exit, overdue by 5 days"_s);
    QCOMPARE(item->daysOverdue, 5);
    // For the mentor of the last period only.
    QVERIFY(itemFor(id, kToday, m_mentor));
    QVERIFY(!itemFor(id, kToday, m_mentor + 1000));
    const std::optional<AttentionItem> otherItem = itemFor(other, kToday); // no contact, but no follow-up due
    QVERIFY(otherItem && !otherItem->has(AttentionReason::FollowUpDue));
    // The same snooze rule as the other reasons.
    LOTSEN_VERIFY_OK(
        m_workspace->snoozes().snooze(id, AttentionReason::FollowUpDue, kToday.addDays(3), u"På semester"_s, m_mentor));
    QVERIFY(!itemFor(id, kToday));
    QVERIFY(itemFor(id, kToday.addDays(3)));
    // Recorded: gone.
    const qint64 followUpId = LOTSEN_VALUE(m_workspace->followUps().followUps(id)).first().id;
    AttemptInput reached;
    reached.on = kToday;
    reached.result = AttemptResult::Reached;
    reached.situation = Situation::JobSeeking;
    LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(followUpId, reached));
    QVERIFY(!itemFor(id, kToday.addDays(3)));
    // Six months on, the second one.
    item = itemFor(id, kToday.addDays(-28).addMonths(6));
    QVERIFY(item);
    QCOMPARE(item->causes.first().followUpOffset, u"6m"_s);
}

void TestEnrolment::modelsFollowTheRepositories()
{
    const qint64 id = addActive(u"Nils"_s);
    EnrolmentPeriodsModel periods(*m_workspace);
    QAbstractItemModelTester periodsTester(&periods, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FollowUpsModel followUps(*m_workspace);
    QAbstractItemModelTester followUpsTester(&followUps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    periods.setYouthId(id);
    followUps.setYouthId(id);
    QCOMPARE(periods.rowCount(), 1);
    QCOMPARE(periods.index(0, EnrolmentPeriodsModel::End).data().toString(), u"ongoing"_s);
    QCOMPARE(followUps.rowCount(), 0);

    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(id, completed(kToday.addDays(-30)), { u"4w"_s, u"6m"_s }));
    QCOMPARE(periods.rowCount(), 1);
    QCOMPARE(periods.index(0, EnrolmentPeriodsModel::End).data().toString(), kToday.addDays(-30).toString(Qt::ISODate));
    QCOMPARE(periods.index(0, EnrolmentPeriodsModel::Reason).data().toString(), u"Completed according to the plan"_s);
    QCOMPARE(periods.index(0, EnrolmentPeriodsModel::ExitSituation).data().toString(), u"Studies"_s);
    QCOMPARE(periods.index(0, EnrolmentPeriodsModel::Days).data().toInt(), 70);
    QCOMPARE(followUps.rowCount(), 2);
    QCOMPARE(followUps.index(0, FollowUpsModel::Which).data().toString(), u"4 weeks after exit"_s);
    QVERIFY(followUps.index(0, 0).data(FollowUpsModel::DueRole).toBool()); // due 2 days ago
    QVERIFY(!followUps.index(1, 0).data(FollowUpsModel::DueRole).toBool());

    AttemptInput attempt;
    attempt.on = kToday;
    LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(followUps.idAt(0), attempt));
    QCOMPARE(followUps.index(0, FollowUpsModel::Attempts).data().toInt(), 1);

    EnrolmentRepository::Enrolment again;
    again.mentorId = m_mentor;
    again.startDate = kToday;
    LOTSEN_VERIFY_OK(m_workspace->enrolments().enrol(id, again));
    QCOMPARE(periods.rowCount(), 2);
    QVERIFY(periods.index(1, 0).data(EnrolmentPeriodsModel::OpenRole).toBool());
    periods.setYouthId(0);
    QCOMPARE(periods.rowCount(), 0);
}

void TestEnrolment::sensitiveAnswersAreLoggedReads()
{
    LOTSEN_VERIFY_OK(m_workspace->centre().setValue(CentreSettings::Key::CollectSensitiveCharacteristics, 1));
    QVERIFY(m_workspace->centre().collectsSensitiveCharacteristics());
    Youth prospect;
    prospect.firstName = u"Olga"_s;
    prospect.lastName = u"O"_s;
    QVERIFY(m_workspace->youths().save(prospect).ok());
    EnrolmentRepository::Enrolment enrolment;
    enrolment.mentorId = m_mentor;
    enrolment.startDate = kToday;
    enrolment.entry.disability = SensitiveAnswer::Yes;
    enrolment.entry.foreignBackground = SensitiveAnswer::NotStated;
    const qint64 period = LOTSEN_VALUE(m_workspace->enrolments().enrol(prospect.id, enrolment));
    // Not in the ordinary read.
    QCOMPARE(LOTSEN_VALUE(m_workspace->enrolments().periods(prospect.id)).first().entry.disability,
             SensitiveAnswer::NotAsked);
    const auto reads = [this] {
        return scalar(u"SELECT count(*) FROM access_log WHERE action = 'view_sensitive_characteristics'"_s);
    };
    QCOMPARE(reads(), 0);
    // A coordinator sees them, and the read is logged.
    const EntrySituation answers = LOTSEN_VALUE(m_workspace->enrolments().sensitive(period));
    QCOMPARE(answers.disability, SensitiveAnswer::Yes);
    QCOMPARE(answers.foreignBackground, SensitiveAnswer::NotStated);
    QCOMPARE(reads(), 1);
    // Another youth's mentor does not.
    const qint64 otherStaff = m_fixture->addStaff(u"Pelle Annan"_s);
    const Account other = m_fixture->addAccount(m_admin, u"pelle"_s, u"Pelle Annan"_s, Role::Mentor,
                                                TestWorkspace::defaultPassword(), otherStaff);
    m_fixture->logInAs(other);
    LOTSEN_VERIFY_FAILS(m_workspace->enrolments().sensitive(period));
    QCOMPARE(reads(), 1);
    // The youth's own mentor does.
    const Account own = m_fixture->addAccount(m_admin, u"maja"_s, u"Maja Mentor"_s, Role::Mentor,
                                              TestWorkspace::defaultPassword(), m_mentor);
    m_fixture->logInAs(own);
    LOTSEN_VERIFY_OK(m_workspace->enrolments().sensitive(period));
    QCOMPARE(reads(), 2);
    // Saving without them keeps the stored answers.
    LOTSEN_VERIFY_OK(m_workspace->enrolments().updateEntry(period, EntrySituation(), false));
    QCOMPARE(text(u"SELECT disability FROM enrolment_period WHERE id = %1"_s.arg(period)), u"yes"_s);
}

void TestEnrolment::municipalitiesKeptOnWrite()
{
    const auto add = [this](const QString& name, const QString& municipality) {
        Youth youth;
        youth.firstName = name;
        youth.lastName = u"K"_s;
        youth.municipality = municipality;
        return m_workspace->youths().save(youth).ok() ? youth.id : 0;
    };
    const qint64 a = add(u"A"_s, u"Malmö"_s);
    add(u"B"_s, u"Lund"_s);
    add(u"C"_s, u"Lund"_s);
    add(u"D"_s, QString());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().municipalities()), (QStringList { u"Lund"_s, u"Malmö"_s }));
    Youth moved = *LOTSEN_VALUE(m_workspace->youths().load(a));
    moved.municipality = u"Eslöv"_s;
    QVERIFY(m_workspace->youths().save(moved).ok());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().municipalities()), (QStringList { u"Eslöv"_s, u"Lund"_s }));
    LOTSEN_VERIFY_OK(m_workspace->youths().remove(a));
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().municipalities()), (QStringList { u"Lund"_s }));
    QCOMPARE(scalar(u"SELECT youths FROM municipality_use WHERE name = 'Lund'"_s), 2);
}

void TestEnrolment::registerShowsExitsAndDueFollowUps()
{
    const qint64 due = addActive(u"Rut"_s);
    const qint64 later = addActive(u"Siv"_s);
    addActive(u"Tor"_s);
    ExitInput exit = completed(kToday.addDays(-30));
    exit.situation = Situation::JobSeeking;
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(due, exit, { u"4w"_s, u"6m"_s }));
    LOTSEN_VERIFY_OK(m_workspace->enrolments().exit(later, completed(kToday.addDays(-3)), { u"4w"_s }));
    YouthListModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    YouthFilter exited;
    exited.status = YouthStatus::Exited;
    model.setFilter(exited);
    QCOMPARE(model.rowCount(), 2);
    model.sort(YouthListModel::ExitDate, Qt::AscendingOrder);
    QCOMPARE(model.idAt(0), due);
    QCOMPARE(model.index(0, YouthListModel::ExitDate).data().toString(), kToday.addDays(-30).toString(Qt::ISODate));
    QCOMPARE(model.index(0, YouthListModel::ExitSituation).data().toString(), u"Job-seeking at Arbetsförmedlingen"_s);
    QCOMPARE(model.index(1, YouthListModel::ExitSituation).data().toString(), u"Studies"_s);
    // "Follow-up due": only the youth whose 4-week follow-up has come.
    YouthFilter followUps;
    followUps.followUpDue = kToday;
    model.setFilter(followUps);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), due);
    // Active youths have no exit columns.
    model.setFilter(YouthFilter());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, YouthListModel::Status).data().toString() == u"Active"_s) {
            QVERIFY(model.index(row, YouthListModel::ExitDate).data().isNull());
        }
    }
}

void TestEnrolment::migrationFromVersion8()
{
    const QString file = m_fixture->filePath(u"version8.lotsen"_s);
    QStringList statements;
    for (int version = 1; version <= 8; ++version) {
        const QStringList names = QDir(u":/sql/sqlite"_s).entryList({ u"%1_*.sql"_s.arg(version, 4, 10, QChar(u'0')) });
        QCOMPARE(names.size(), 1);
        statements << RawSqlite::scriptStatements(u":/sql/sqlite/"_s + names.first());
    }
    // As schema 8 left them: a prospect, two participants (one without a start date), one exited with the day it
    // happened in its history, and one exited without.
    statements << u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId) << u"PRAGMA user_version = 8"_s
               << u"INSERT INTO staff (id, name) VALUES (1, 'Maja Mentor')"_s
               << u"INSERT INTO youth (id, first_name, last_name, status, municipality, created_at, updated_at) "
                  "VALUES (1, 'Pia', 'Prospekt', 'prospect', 'Lund', '2025-01-01T09:00:00', '2025-01-01T09:00:00')"_s
               << u"INSERT INTO youth (id, first_name, last_name, status, mentor_id, start_date, referral_source, "
                  "municipality, created_at, updated_at) VALUES (2, 'Ali', 'Aktiv', 'active', 1, '2025-02-01', "
                  "'kaa', 'Lund', '2025-01-15T09:00:00', '2025-02-01T09:00:00')"_s
               << u"INSERT INTO youth (id, first_name, last_name, status, created_at, updated_at) "
                  "VALUES (3, 'Utan', 'Start', 'paused', '2025-03-01T09:00:00', '2025-03-01T09:00:00')"_s
               << u"INSERT INTO youth (id, first_name, last_name, status, start_date, municipality, created_at, "
                  "updated_at) VALUES (4, 'Eli', 'Ex', 'exited', '2025-01-10', 'Malmö', '2025-01-05T09:00:00', "
                  "'2025-09-30T09:00:00')"_s
               << u"INSERT INTO youth_event (youth_id, occurred_at, kind, detail) VALUES "
                  "(4, '2025-06-15T14:00:00', 'status_changed', 'active>exited')"_s
               << u"INSERT INTO youth (id, first_name, last_name, status, start_date, created_at, updated_at) "
                  "VALUES (5, 'Sam', 'Sen', 'exited', '2025-04-01', '2025-04-01T09:00:00', '2025-08-01T09:00:00')"_s;
    QString error;
    QVERIFY2(RawSqlite::exec(file, statements, &error), qPrintable(error));
    QCOMPARE(RawSqlite::column(file, u"PRAGMA user_version"_s), QStringList { u"8"_s });

    Database database;
    const Database::OpenResult opened = database.open(file);
    QVERIFY2(opened.status == Database::OpenStatus::Opened, qPrintable(opened.message));
    QCOMPARE(database.userVersion(), Database::currentSchemaVersion());
    QVERIFY(Database::currentSchemaVersion() >= 9);
    const auto column = [&database](const QString& sql) {
        QStringList values;
        QSqlQuery query(database.connection());
        if (!query.exec(sql)) {
            return QStringList { query.lastError().text() };
        }
        while (query.next()) {
            values << query.value(0).toString();
        }
        return values;
    };
    // One period for each participant; none for the prospect.
    QCOMPARE(column(u"SELECT youth_id || ':' || start_date || ':' || coalesce(end_date, '-') || ':' || "
                    "coalesce(mentor_id, 0) || ':' || referral_source FROM enrolment_period ORDER BY youth_id"_s),
             (QStringList { u"2:2025-02-01:-:1:kaa"_s, u"3:2025-03-01:-:0:"_s, u"4:2025-01-10:2025-06-15:0:"_s,
                            u"5:2025-04-01:2025-08-01:0:"_s }));
    // The exits, not guessed: reason not recorded, situation not known, no follow-ups.
    QCOMPARE(column(u"SELECT reason || ':' || situation || ':' || follow_up_consent FROM enrolment_exit"_s),
             (QStringList { u"not_recorded:not_known:0"_s, u"not_recorded:not_known:0"_s }));
    QCOMPARE(column(u"SELECT count(*) FROM follow_up"_s), QStringList { u"0"_s });
    QCOMPARE(column(u"SELECT name || ':' || youths FROM municipality_use ORDER BY name"_s),
             (QStringList { u"Lund:2"_s, u"Malmö:1"_s }));
    // The rules hold on the migrated file.
    QSqlQuery query(database.connection());
    QVERIFY(!query.exec(u"UPDATE youth SET status = 'exited' WHERE id = 2"_s));
    QVERIFY(!query.exec(u"UPDATE youth SET status = 'active' WHERE id = 4"_s));
}

QTEST_GUILESS_MAIN(TestEnrolment)
#include "tst_enrolment.moc"
