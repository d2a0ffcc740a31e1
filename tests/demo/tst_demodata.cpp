#include "ResultChecks.h"
#include "contacts/ContactRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "demo/DemoDataGenerator.h"
#include "plans/PlanRepository.h"
#include "youth/PersonalNumber.h"
#include "youth/Youth.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lotsen;

namespace {

const QDate kToday(2026, 11, 27);

// Runs a query that must succeed; a broken query fails the test instead of reading as zero rows.
QSqlQuery run(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning("query failed: %s", qPrintable(sql));
    }
    return query;
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query = run(database, sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoHasTheExpectedShape();
    void demoUsesOnlyTestPersonalNumbers();
    void demoKeepsProspectsDeletable();
    void demoHasActionPlans();
    void demoHasContactHistories();
    void demoExitsAQuarterOfTheYouths();
    void demoHasFollowUpsInEveryState();
    void demoHasAReEnrolledYouth();
    void demoIsDeterministic();
    void syntheticWritesTheRequestedNumberOfYouths();
    void syntheticUsesUniqueTestPersonalNumbers();
    void syntheticSummaryMatchesTheRepository();
    void syntheticHasPeriodsExitsAndFollowUps();

private:
    bool openNew(Database& database, const QString& name);
    // Every stored number must parse, be one of Skatteverket's test numbers and match the birth date column.
    void verifyTestNumbers(Database& database, int minimumCount);

    QTemporaryDir m_dir;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The repositories validate against Clock::today(); pin it so the demo's "today" and the rules agree.
    Clock::setFixedNow(QDateTime(kToday, QTime(10, 0)));
}

void TestDemoData::cleanupTestCase()
{
    Clock::reset();
}

bool TestDemoData::openNew(Database& database, const QString& name)
{
    const Database::OpenResult result = database.open(m_dir.filePath(name));
    if (result.status != Database::OpenStatus::Created) {
        qWarning("open failed: %s", qPrintable(result.message));
        return false;
    }
    return true;
}

void TestDemoData::verifyTestNumbers(Database& database, int minimumCount)
{
    QSqlQuery query = run(database,
                          QStringLiteral("SELECT personal_number, birth_date FROM youth "
                                         "WHERE personal_number IS NOT NULL"));
    int count = 0;
    while (query.next()) {
        const QString stored = query.value(0).toString();
        const PersonalNumber number = PersonalNumber::parse(stored, kToday);
        QVERIFY2(number.isValid(), qPrintable(stored));
        QCOMPARE(number.twelveDigits(), stored);
        QVERIFY2(!number.isCoordinationNumber(), qPrintable(stored));
        const QString serial = stored.mid(8, 3);
        QVERIFY2(serial == QLatin1String("238") || serial == QLatin1String("239"), qPrintable(stored));
        QVERIFY2(number.birthDate().year() >= 2000 && number.birthDate().year() <= 2009, qPrintable(stored));
        QCOMPARE(QDate::fromString(query.value(1).toString(), Qt::ISODate), number.birthDate());
        ++count;
    }
    QVERIFY2(count >= minimumCount, qPrintable(QStringLiteral("only %1 personal numbers").arg(count)));
}

void TestDemoData::demoHasTheExpectedShape()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("shape.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));

    const qint64 youths = scalar(database, QStringLiteral("SELECT count(*) FROM youth"));
    QVERIFY2(youths >= 50 && youths <= 70, qPrintable(QString::number(youths)));

    // Every youth has a birth date, and ages on `today` cover the whole target group 15-29.
    QSqlQuery births = run(database, QStringLiteral("SELECT birth_date FROM youth"));
    int minAge = 1000;
    int maxAge = -1;
    int rows = 0;
    while (births.next()) {
        Youth youth;
        youth.birthDate = QDate::fromString(births.value(0).toString(), Qt::ISODate);
        QVERIFY(youth.birthDate.isValid());
        const int age = youth.ageOn(kToday);
        QVERIFY2(age >= 15 && age <= 29, qPrintable(QString::number(age)));
        minAge = std::min(minAge, age);
        maxAge = std::max(maxAge, age);
        ++rows;
    }
    QCOMPARE(rows, int(youths));
    QVERIFY2(minAge <= 16, qPrintable(QString::number(minAge)));
    QVERIFY2(maxAge >= 28, qPrintable(QString::number(maxAge)));

    QSqlQuery statuses = run(database, QStringLiteral("SELECT DISTINCT status FROM youth"));
    QSet<QString> seen;
    while (statuses.next()) {
        seen.insert(statuses.value(0).toString());
    }
    QCOMPARE(seen,
             (QSet<QString> { QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("paused"),
                              QStringLiteral("exited") }));

    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM staff")) >= 4);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM staff WHERE active = 1")) >= 4);
    // The mentor who has left keeps no one who is still followed.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM staff WHERE active = 0")), 1);
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM youth y JOIN staff s ON s.id = y.mentor_id "
                                   "WHERE s.active = 0 AND y.status <> 'exited'")),
             0);

    QVERIFY(scalar(database, QStringLiteral("SELECT count(DISTINCT municipality) FROM youth WHERE municipality <> ''"))
            >= 5);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(DISTINCT gender) FROM youth")) >= 3);

    QSqlQuery names = run(database, QStringLiteral("SELECT first_name || ' ' || last_name FROM youth"));
    bool swedishLetters = false;
    while (names.next()) {
        const QString name = names.value(0).toString();
        for (QChar c : QStringView(u"åäöÅÄÖ")) {
            swedishLetters = swedishLetters || name.contains(c);
        }
    }
    QVERIFY(swedishLetters);

    // Phones only from the range PTS reserves for fiction (070-174 06 05 to 070-174 06 99).
    QSqlQuery phones = run(database, QStringLiteral("SELECT phone FROM youth WHERE phone <> ''"));
    int phoneCount = 0;
    while (phones.next()) {
        const QString phone = phones.value(0).toString();
        QVERIFY2(phone.startsWith(QLatin1String("070-174 06 ")), qPrintable(phone));
        const int last = phone.right(2).toInt();
        QVERIFY2(phone.size() == 13 && last >= 5 && last <= 99, qPrintable(phone));
        ++phoneCount;
    }
    QVERIFY(phoneCount > 0);
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM youth WHERE email <> '' "
                                   "AND email NOT LIKE '%@example.se'")),
             0);
}

void TestDemoData::demoUsesOnlyTestPersonalNumbers()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("numbers.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    verifyTestNumbers(database, 20);
    // Youths born outside 2000-2009 cannot have a test number, so they have none; some prospects neither.
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE personal_number IS NULL")) > 0);
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT count(*) FROM youth WHERE personal_number IS NULL "
                                  "AND status = 'prospect' AND birth_date BETWEEN '2000-01-01' AND "
                                  "'2009-12-31'"))
            > 0);
}

void TestDemoData::demoKeepsProspectsDeletable()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("history.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    // Deletion is only allowed without history: the demo needs prospects that have only their 'created' event.
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT count(*) FROM youth y WHERE y.status = 'prospect' AND NOT EXISTS "
                                  "(SELECT 1 FROM youth_event e WHERE e.youth_id = y.id "
                                  "AND e.kind <> 'created')"))
            >= 3);
    // ...while others show a status change in their history.
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT count(DISTINCT youth_id) FROM youth_event "
                                  "WHERE kind = 'status_changed'"))
            >= 5);
}

void TestDemoData::demoHasActionPlans()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("plans.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));

    // The printed plans carry the centre's own name.
    CentreSettings centre(database);
    QCOMPARE(centre.value(CentreSettings::Key::CentreName).toString(), QStringLiteral("Mötesplats Hisingen"));

    PlanRepository plans(database);
    QSqlQuery active = run(database, QStringLiteral("SELECT id FROM youth WHERE status = 'active' ORDER BY id"));
    int activeCount = 0;
    int overdueSteps = 0;
    int signedCurrent = 0;
    int unsignedCurrent = 0;
    int reviewsDue = 0;
    int reviewsLater = 0;
    QSet<QString> goals;
    QSet<StepStatus> statuses;
    while (active.next()) {
        const qint64 youthId = active.value(0).toLongLong();
        ++activeCount;
        const std::optional<ActionPlan> plan = LOTSEN_VALUE(plans.current(youthId));
        QVERIFY2(plan.has_value(), qPrintable(QStringLiteral("active youth %1 has no plan").arg(youthId)));
        QVERIFY(!plan->isFrozen());
        QVERIFY2(!plan->myGoal.trimmed().isEmpty(), qPrintable(QString::number(youthId)));
        QVERIFY(!plan->strengths.trimmed().isEmpty());
        QVERIFY(!plan->supportNeeds.trimmed().isEmpty());
        QVERIFY(!plan->wishes.trimmed().isEmpty());
        QVERIFY2(plan->steps.size() >= 2 && plan->steps.size() <= 6,
                 qPrintable(QStringLiteral("youth %1: %2 steps").arg(youthId).arg(plan->steps.size())));
        QVERIFY(plan->staffId != 0);
        QVERIFY(plan->planDate.isValid() && plan->planDate <= kToday);
        QVERIFY(plan->nextReview.isValid() && plan->nextReview > plan->planDate);
        goals.insert(plan->myGoal);
        for (const PlanStep& step : plan->steps) {
            QVERIFY(!step.description.trimmed().isEmpty());
            QVERIFY(step.startDate.isValid() && step.dueDate.isValid());
            QVERIFY2(step.startDate <= step.dueDate, qPrintable(step.description));
            QVERIFY(step.responsible != StepResponsible::Other || !step.responsibleName.isEmpty());
            // A step that has not started yet cannot be done or under way.
            QVERIFY(step.startDate <= kToday || step.status == StepStatus::Planned);
            statuses.insert(step.status);
            if (step.isOverdue(kToday)) {
                ++overdueSteps;
            }
        }
        if (plan->signedOn.isValid()) {
            QVERIFY(plan->signedOn >= plan->planDate && plan->signedOn <= kToday);
            ++signedCurrent;
        } else {
            ++unsignedCurrent;
        }
        if (plan->nextReview <= kToday) {
            ++reviewsDue;
        } else {
            ++reviewsLater;
        }
    }
    QVERIFY(activeCount >= 20);
    // Realistic variety: different goals, every step status, some overdue steps and reviews for the Today view.
    QVERIFY2(goals.size() >= 8, qPrintable(QString::number(goals.size())));
    QCOMPARE(statuses,
             (QSet<StepStatus> { StepStatus::Planned, StepStatus::Ongoing, StepStatus::Done, StepStatus::Cancelled }));
    QVERIFY2(overdueSteps >= 1, "no overdue step to highlight");
    QVERIFY2(reviewsDue >= 2 && reviewsLater > reviewsDue,
             qPrintable(QStringLiteral("%1 due, %2 later").arg(reviewsDue).arg(reviewsLater)));
    QVERIFY(signedCurrent >= 5);
    QVERIFY(unsignedCurrent >= 1);

    // Prospects have no plan yet.
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM action_plan p JOIN youth y ON y.id = p.youth_id "
                                   "WHERE y.status = 'prospect'")),
             0);

    // Some youths have two or three versions: numbered 1..N, all but the newest frozen, dated in order.
    QSqlQuery revised = run(database,
                            QStringLiteral("SELECT youth_id, count(*) FROM action_plan GROUP BY youth_id "
                                           "HAVING count(*) >= 2"));
    int multiVersion = 0;
    int threeVersions = 0;
    while (revised.next()) {
        const qint64 youthId = revised.value(0).toLongLong();
        const int count = revised.value(1).toInt();
        ++multiVersion;
        threeVersions += count >= 3 ? 1 : 0;
        const QList<PlanRepository::VersionInfo> versions = LOTSEN_VALUE(plans.versions(youthId)); // newest first
        QCOMPARE(versions.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(versions.at(i).version, count - i);
            QCOMPARE(versions.at(i).isFrozen(), i > 0);
            if (i > 0) {
                QVERIFY(versions.at(i).planDate < versions.at(i - 1).planDate);
            }
        }
        // The first version records what was agreed then: fewer steps or other notes than the current one.
        const std::optional<ActionPlan> first = LOTSEN_VALUE(plans.byVersion(youthId, 1));
        const std::optional<ActionPlan> current = LOTSEN_VALUE(plans.current(youthId));
        QVERIFY(first && current);
        QVERIFY(first->isFrozen());
        QVERIFY(first->steps.size() < current->steps.size() || first->notes != current->notes);
        // A frozen version cannot be changed, even by the demo's own repository.
        ActionPlan changed = *first;
        changed.myGoal = QStringLiteral("changed");
        QVERIFY(!plans.save(changed).ok());
    }
    QVERIFY2(multiVersion >= 3, qPrintable(QString::number(multiVersion)));
    QVERIFY(threeVersions >= 1);
    // One version in force per youth who is still followed; an exit froze the plan of every exited youth.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM action_plan WHERE frozen_at IS NULL")),
             scalar(database,
                    QStringLiteral("SELECT count(DISTINCT p.youth_id) FROM action_plan p JOIN youth y "
                                   "ON y.id = p.youth_id WHERE y.status <> 'exited'")));
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM action_plan p JOIN youth y ON y.id = p.youth_id "
                                   "WHERE y.status = 'exited' AND p.frozen_at IS NULL")),
             0);
}

void TestDemoData::demoHasContactHistories()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("contacts.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString today = kToday.toString(Qt::ISODate);
    const auto count = [&](const QString& sql) {
        return scalar(database, QString(sql).replace(QStringLiteral("TODAY"), today));
    };

    // Every youth who is followed has a history; it reaches back about six months and never into the future.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth y WHERE y.status IN ('active', 'paused') AND NOT "
                                  "EXISTS (SELECT 1 FROM contact c WHERE c.youth_id = y.id)")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM contact")) >= 300);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM contact WHERE occurred_at < date('TODAY', '-150 days')")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact WHERE occurred_at < date('TODAY', '-190 days')")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact WHERE occurred_at > 'TODAYT10:00:00'")), 0);
    // Varied kinds, with whom, staff, and notes in Swedish.
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT kind) FROM contact")) >= 9);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT with_whom) FROM contact")), 3); // youth, relative, partner
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT staff_id) FROM contact")) >= 4);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM contact WHERE note LIKE '%ä%' OR note LIKE '%å%'")) > 50);

    // Work for the Today view: youths drifting out of contact (the last real contact 20-60 days ago)...
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active' AND last_contact_at "
                                 "BETWEEN date('TODAY', '-60 days') AND date('TODAY', '-20 days')"))
            >= 3);
    // ...runs of two to four unanswered attempts...
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active' AND unanswered_attempts >= 2"))
            >= 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth WHERE unanswered_attempts > 4")), 0);
    // ...planned contacts that are due today or have passed with no contact since...
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active' AND next_planned_contact < "
                                 "'TODAY' AND (last_contact_at IS NULL OR last_contact_at < next_planned_contact)"))
            >= 2);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active' AND next_planned_contact = "
                                 "'TODAY'"))
            >= 1);
    // ...while most active youths are in touch and have their next contact planned.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active' AND last_contact_at >= "
                                 "date('TODAY', '-13 days')"))
            >= 15);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active' AND next_planned_contact > "
                                 "'TODAY'"))
            >= 10);

    // Prospects: some tried without answer only, one not contacted yet (and still deletable); the others came
    // to the meeting place.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth y WHERE y.status = 'prospect' AND EXISTS (SELECT 1 "
                                 "FROM contact c WHERE c.youth_id = y.id) AND NOT EXISTS (SELECT 1 FROM contact c "
                                 "WHERE c.youth_id = y.id AND c.kind <> 'attempt')"))
            >= 2);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth y WHERE y.status = 'prospect' AND NOT EXISTS "
                                 "(SELECT 1 FROM contact c WHERE c.youth_id = y.id)"))
            >= 1);

    // A correction that refers to an entry of the same youth, and an entry struck out with who, when and why.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM contact c JOIN contact o ON o.id = c.corrects_id "
                                 "WHERE o.youth_id = c.youth_id AND o.struck_at IS NULL"))
            >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM contact WHERE struck_at IS NOT NULL AND struck_by IS NOT NULL "
                                 "AND struck_reason <> '' AND struck_at >= occurred_at"))
            >= 1);

    // Entries were written when they happened, so only the last day's can still be changed by anyone.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM contact WHERE created_at < date('TODAY', '-1 day')"))
            > count(QStringLiteral("SELECT count(*) FROM contact")) * 8 / 10);
    // The youths' events happened over time too: registrations on many days, a mentor hand-over.
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT date(occurred_at)) FROM youth_event WHERE kind = 'created'"))
            >= 30);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth_event WHERE occurred_at > 'TODAYT10:00:00'")), 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM youth_event e JOIN staff s ON s.id = "
                                 "CAST(substr(e.detail, 1, instr(e.detail, '>') - 1) AS INTEGER) "
                                 "WHERE e.kind = 'mentor_changed' AND s.active = 0"))
            >= 1);
    // An enrolment comes after the registration as a prospect.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth_event s JOIN youth_event c ON c.youth_id = s.youth_id "
                                  "AND c.kind = 'created' WHERE s.kind = 'status_changed' "
                                  "AND s.occurred_at < c.occurred_at")),
             0);
}

void TestDemoData::demoExitsAQuarterOfTheYouths()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("exits.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString today = kToday.toString(Qt::ISODate);
    const auto count = [&](const QString& sql) {
        return scalar(database, QString(sql).replace(QStringLiteral("TODAY"), today));
    };

    // About a quarter of the youths have exited, each through an exit in force on their latest period.
    const qint64 youths = count(QStringLiteral("SELECT count(*) FROM youth"));
    const qint64 exited = count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'exited'"));
    QVERIFY2(exited * 5 >= youths && exited * 10 <= youths * 3,
             qPrintable(QStringLiteral("%1 of %2 exited").arg(exited).arg(youths)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth y WHERE y.status = 'exited' AND NOT EXISTS (SELECT 1 "
                                  "FROM enrolment_period p JOIN enrolment_exit x ON x.period_id = p.id WHERE "
                                  "p.youth_id = y.id AND x.reopened_at IS NULL AND p.end_date = x.exit_date "
                                  "AND p.start_date = (SELECT max(start_date) FROM enrolment_period "
                                  "WHERE youth_id = y.id))")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth y WHERE y.status = 'exited' AND EXISTS (SELECT 1 "
                                  "FROM enrolment_period p WHERE p.youth_id = y.id AND p.end_date IS NULL)")),
             0);
    // Every participant has a period, running for those who take part now; prospects have none.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth y WHERE y.status IN ('active', 'paused') AND NOT "
                                  "EXISTS (SELECT 1 FROM enrolment_period p WHERE p.youth_id = y.id AND "
                                  "p.end_date IS NULL)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_period p JOIN youth y ON y.id = p.youth_id "
                                  "WHERE y.status = 'prospect'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE exit_date > 'TODAY'")), 0);

    // Realistic reasons: mostly completed as planned, into work, studies (with the kind) or job seeking; some lost
    // contact, moved or left on their own; one registered in error.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE reason = 'completed'")) * 2
            > count(QStringLiteral("SELECT count(*) FROM enrolment_exit")));
    for (const char* reason : { "lost_contact", "moved", "own_initiative" }) {
        QVERIFY2(
            count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE reason = '%1'").arg(QLatin1String(reason)))
                >= 1,
            reason);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE reason = 'in_error'")), 1);
    for (const char* situation : { "employed", "studies", "job_seeking" }) {
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE reason = 'completed' "
                                      "AND situation = '%1'")
                           .arg(QLatin1String(situation)))
                     >= 1,
                 situation);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE situation = 'studies' "
                                  "AND study_type = ''")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE qualification = 1 "
                                 "AND qualification_text <> ''"))
            >= 2);
    // Consent to follow-up mostly given; no follow-ups without it, nor for the exit registered in error.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM enrolment_exit WHERE follow_up_consent = 1")) * 4
            > count(QStringLiteral("SELECT count(*) FROM enrolment_exit")) * 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM follow_up f JOIN enrolment_exit x ON x.id = f.exit_id "
                                  "WHERE x.follow_up_consent = 0 OR x.reason = 'in_error'")),
             0);

    // Their history ends at the exit: no contact after it, a plan (frozen) made before it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact c JOIN youth y ON y.id = c.youth_id "
                                  "JOIN enrolment_period p ON p.youth_id = y.id AND p.end_date IS NOT NULL "
                                  "WHERE y.status = 'exited' AND date(c.occurred_at) > p.end_date")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM action_plan a JOIN youth y ON y.id = a.youth_id "
                                  "JOIN enrolment_period p ON p.youth_id = y.id AND p.end_date IS NOT NULL "
                                  "WHERE y.status = 'exited' AND (a.plan_date > p.end_date "
                                  "OR a.signed_on > p.end_date)")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM action_plan a JOIN youth y ON y.id = a.youth_id "
                                 "WHERE y.status = 'exited' AND a.frozen_at IS NOT NULL"))
            >= 10);

    // The situation at entry is known for most periods.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM enrolment_period WHERE labour_situation <> '' "
                                 "AND education <> ''"))
                * 4
            >= count(QStringLiteral("SELECT count(*) FROM enrolment_period")) * 3);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT labour_situation) FROM enrolment_period")) >= 4);
}

void TestDemoData::demoHasFollowUpsInEveryState()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("follow-ups.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString today = kToday.toString(Qt::ISODate);
    const auto count = [&](const QString& sql) {
        return scalar(database, QString(sql).replace(QStringLiteral("TODAY"), today));
    };

    // Done: the youth was reached, with their situation.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_up f WHERE f.status = 'done' AND f.situation IS NOT "
                                 "NULL AND EXISTS (SELECT 1 FROM follow_up_attempt a WHERE a.follow_up_id = f.id "
                                 "AND a.result = 'reached')"))
            >= 3);
    // Not reached: three unanswered attempts, then closed.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_up f WHERE f.status = 'not_reached' AND (SELECT "
                                 "count(*) FROM follow_up_attempt a WHERE a.follow_up_id = f.id AND a.result IN "
                                 "('no_answer', 'message_left', 'wrong_number')) >= 3"))
            >= 1);
    // Open and due today, and open a few days overdue: follow-ups on the Today list.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_up WHERE status = 'open' AND due_on = 'TODAY'")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_up WHERE status = 'open' AND due_on < 'TODAY' "
                                 "AND due_on >= date('TODAY', '-7 days')"))
            >= 2);
    // And open ones not yet due; every one falls due after its exit.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_up WHERE status = 'open' AND due_on > 'TODAY'")) >= 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM follow_up f JOIN enrolment_exit x ON x.id = f.exit_id "
                                  "WHERE f.due_on <= x.exit_date")),
             0);
    // Attempts were made between the exit and today.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM follow_up_attempt a JOIN follow_up f ON f.id = "
                                  "a.follow_up_id JOIN enrolment_exit x ON x.id = f.exit_id "
                                  "WHERE a.attempted_on < x.exit_date OR a.attempted_on > 'TODAY'")),
             0);
}

void TestDemoData::demoHasAReEnrolledYouth()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("re-enrolled.lotsen")));
    const Result<void> written = DemoDataGenerator::writeDemo(database, kToday);
    QVERIFY2(written.ok(), qPrintable(written.message()));

    // An active youth with an earlier period that ended with an exit, and a running one that began after it.
    QSqlQuery query = run(database,
                          QStringLiteral("SELECT y.id, y.start_date, o.start_date, o.end_date, n.start_date "
                                         "FROM youth y JOIN enrolment_period o ON o.youth_id = y.id "
                                         "AND o.end_date IS NOT NULL JOIN enrolment_exit x ON x.period_id = o.id "
                                         "AND x.reopened_at IS NULL JOIN enrolment_period n ON n.youth_id = y.id "
                                         "AND n.end_date IS NULL WHERE y.status = 'active'"));
    int reEnrolled = 0;
    while (query.next()) {
        ++reEnrolled;
        const QDate earlierEnd = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        const QDate start = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        QVERIFY(start > earlierEnd);
        QCOMPARE(query.value(1).toString(), query.value(4).toString()); // the youth's start date is the new one
        // A current plan of the new period.
        QCOMPARE(scalar(database,
                        QStringLiteral("SELECT count(*) FROM action_plan WHERE youth_id = %1 AND frozen_at IS NULL "
                                       "AND plan_date >= '%2'")
                            .arg(query.value(0).toLongLong())
                            .arg(query.value(4).toString())),
                 1);
    }
    QVERIFY2(reEnrolled >= 1, "no re-enrolled youth");
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM (SELECT youth_id FROM enrolment_period GROUP BY youth_id "
                                   "HAVING count(*) = 2)")),
             reEnrolled);
}

void TestDemoData::demoIsDeterministic()
{
    const auto snapshot = [this](const QString& name) {
        Database database;
        QStringList rows;
        if (!openNew(database, name) || !DemoDataGenerator::writeDemo(database, kToday).ok()) {
            return rows;
        }
        QSqlQuery query = run(database,
                              QStringLiteral("SELECT first_name, last_name, personal_number, birth_date, "
                                             "status, start_date FROM youth ORDER BY id"));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < 6; ++i) {
                fields.append(query.value(i).toString());
            }
            rows.append(fields.join(u'|'));
        }
        QSqlQuery contacts = run(database,
                                 QStringLiteral("SELECT youth_id, occurred_at, kind, with_whom, staff_id, note, "
                                                "next_planned, corrects_id, struck_at FROM contact ORDER BY id"));
        while (contacts.next()) {
            QStringList fields;
            for (int i = 0; i < 9; ++i) {
                fields.append(contacts.value(i).toString());
            }
            rows.append(fields.join(u'|'));
        }
        QSqlQuery plans = run(database,
                              QStringLiteral("SELECT p.youth_id, p.version, p.plan_date, p.my_goal, p.notes, "
                                             "p.next_review, p.signed_on, s.description, s.start_date, s.due_date, "
                                             "s.status FROM action_plan p LEFT JOIN plan_step s ON s.plan_id = p.id "
                                             "ORDER BY p.youth_id, p.version, s.position"));
        while (plans.next()) {
            QStringList fields;
            for (int i = 0; i < 11; ++i) {
                fields.append(plans.value(i).toString());
            }
            rows.append(fields.join(u'|'));
        }
        QSqlQuery enrolments = run(
            database,
            QStringLiteral("SELECT p.youth_id, p.start_date, p.end_date, p.labour_situation, p.time_without, "
                           "p.education, p.income, x.exit_date, x.reason, x.situation, x.study_type, f.offset_code, "
                           "f.due_on, f.status, f.situation, (SELECT group_concat(a.attempted_on || a.result, ',') "
                           "FROM follow_up_attempt a WHERE a.follow_up_id = f.id) FROM enrolment_period p "
                           "LEFT JOIN enrolment_exit x ON x.period_id = p.id LEFT JOIN follow_up f ON f.exit_id = x.id "
                           "ORDER BY p.id, x.id, f.id"));
        while (enrolments.next()) {
            QStringList fields;
            for (int i = 0; i < 16; ++i) {
                fields.append(enrolments.value(i).toString());
            }
            rows.append(fields.join(u'|'));
        }
        return rows;
    };
    const QStringList first = snapshot(QStringLiteral("first.lotsen"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(snapshot(QStringLiteral("second.lotsen")), first);
}

void TestDemoData::syntheticWritesTheRequestedNumberOfYouths()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("synthetic-count.lotsen")));
    const Result<void> written = DemoDataGenerator::writeSynthetic(database, 2000);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth")), 2000);
    // Marked as generated, one by one, and found by the search index that the triggers keep.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE note = 'GENERERAD TESTDATA'")), 2000);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth_search")), 2000);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM youth_search WHERE youth_search MATCH 'anders*'"))
            > 0);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM staff")) >= 10);

    // Every status occurs, in roughly the intended shares (10/55/10/25 %).
    const qint64 active = scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active'"));
    QVERIFY2(active > 950 && active < 1250, qPrintable(QString::number(active)));
    const qint64 exited = scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE status = 'exited'"));
    QVERIFY2(exited > 400 && exited < 600, qPrintable(QString::number(exited)));
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(DISTINCT status) FROM youth")), 4);
}

void TestDemoData::syntheticUsesUniqueTestPersonalNumbers()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("synthetic-numbers.lotsen")));
    const Result<void> written = DemoDataGenerator::writeSynthetic(database, 2000);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    verifyTestNumbers(database, 500);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(DISTINCT personal_number) FROM youth")),
             scalar(database, QStringLiteral("SELECT count(personal_number) FROM youth")));
    // The ones without a number still have a birth date, for the age column.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE birth_date IS NULL")), 0);
}

void TestDemoData::syntheticSummaryMatchesTheRepository()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("synthetic-summary.lotsen")));
    QString error;
    const Result<void> written = DemoDataGenerator::writeSynthetic(database, 400, 20);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const auto snapshot = [&database] {
        QStringList rows;
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT id, last_contact_at, next_planned_contact, unanswered_attempts, "
                                      "first_unanswered_at FROM youth ORDER BY id"))) {
            while (query.next()) {
                QStringList row;
                for (int column = 0; column < 5; ++column) {
                    row.append(query.value(column).toString());
                }
                rows.append(row.join(u'|'));
            }
        }
        return rows;
    };
    const QStringList generated = snapshot();
    QCOMPARE(generated.size(), 400);
    // Not a comparison of empty columns: each figure occurs.
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE last_contact_at IS NOT NULL")) > 0);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE next_planned_contact IS NOT NULL")) > 0);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE unanswered_attempts > 0")) > 0);

    ContactRepository contacts(database);
    QSqlQuery ids(database.connection());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM youth")));
    QList<qint64> youthIds;
    while (ids.next()) {
        youthIds.append(ids.value(0).toLongLong());
    }
    for (const qint64 id : youthIds) {
        const Result<void> refreshed = contacts.refreshSummary(id);
        QVERIFY2(refreshed, qPrintable(refreshed.message()));
    }
    QCOMPARE(snapshot(), generated);
}

void TestDemoData::syntheticHasPeriodsExitsAndFollowUps()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("synthetic-exits.lotsen")));
    const Result<void> written = DemoDataGenerator::writeSynthetic(database, 2000, 5);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString today = Clock::today().toString(Qt::ISODate);
    const auto count = [&](const QString& sql) {
        return scalar(database, QString(sql).replace(QStringLiteral("TODAY"), today));
    };

    // One period per participant, running unless the youth has exited; an exit for every exited youth.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_period")),
             count(QStringLiteral("SELECT count(*) FROM youth WHERE status <> 'prospect'")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_period WHERE end_date IS NULL")),
             count(QStringLiteral("SELECT count(*) FROM youth WHERE status IN ('active', 'paused')")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM youth y JOIN enrolment_period p ON p.youth_id = y.id "
                                  "JOIN enrolment_exit x ON x.period_id = p.id AND x.exit_date = p.end_date "
                                  "WHERE y.status = 'exited'")),
             count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'exited'")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_exit")),
             count(QStringLiteral("SELECT count(*) FROM youth WHERE status = 'exited'")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrolment_exit x JOIN enrolment_period p ON p.id = "
                                  "x.period_id WHERE x.exit_date < p.start_date OR x.exit_date > 'TODAY'")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT reason) FROM enrolment_exit")) >= 6);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM enrolment_period WHERE labour_situation <> ''")) * 10
            > count(QStringLiteral("SELECT count(*) FROM enrolment_period")) * 7);
    // The contacts of an exited youth end before the exit.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact c JOIN enrolment_period p ON p.youth_id = "
                                  "c.youth_id WHERE p.end_date IS NOT NULL AND date(c.occurred_at) > p.end_date")),
             0);

    // Follow-ups after the exits: done, not reached and open, some of the open ones due (on Today).
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_up")) > 600);
    for (const char* status : { "done", "not_reached", "open" }) {
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM follow_up WHERE status = '%1'").arg(QLatin1String(status)))
                     > 20,
                 status);
    }
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM follow_up WHERE status = 'open' AND due_on <= 'TODAY'")) > 10);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM follow_up f WHERE f.status <> 'open' AND NOT EXISTS "
                                  "(SELECT 1 FROM follow_up_attempt a WHERE a.follow_up_id = f.id)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM follow_up_attempt WHERE attempted_on > 'TODAY'")), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
