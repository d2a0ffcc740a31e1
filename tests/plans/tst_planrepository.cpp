// PlanRepository on a fresh database file per test: creating, saving, revising and signing action plans, step
// order and ids, version numbering, the database's own refusal to change a frozen version (whatever program
// tries), deletion rules, signals, and the migration of a schema-version-1 file.

#include "RawSqlite.h"
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "access/Session.h"
#include "access/StaffRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "plans/ActionPlan.h"
#include "plans/PlanRepository.h"
#include "youth/Youth.h"
#include "youth/YouthRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 30));
const QDate kPlanDate(2026, 11, 2);

PlanStep makeStep(const QString& description, StepResponsible responsible, const QString& name, const QDate& start,
                  const QDate& due, StepStatus status, const QString& outcome)
{
    PlanStep step;
    step.description = description;
    step.responsible = responsible;
    step.responsibleName = name;
    step.startDate = start;
    step.dueDate = due;
    step.status = status;
    step.outcome = outcome;
    return step;
}

QStringList descriptions(const QList<PlanStep>& steps)
{
    QStringList result;
    for (const PlanStep& step : steps) {
        result.append(step.description);
    }
    return result;
}

QList<qint64> stepIds(const QList<PlanStep>& steps)
{
    QList<qint64> result;
    for (const PlanStep& step : steps) {
        result.append(step.id);
    }
    return result;
}

QList<int> versionNumbers(const QList<PlanRepository::VersionInfo>& versions)
{
    QList<int> result;
    for (const PlanRepository::VersionInfo& info : versions) {
        result.append(info.version);
    }
    return result;
}

struct RawResult
{
    bool ok = false;
    QString error;
    int rowsAffected = -1;
};

// Runs one statement on a plain QSQLITE connection of its own: another program's view of the file, with none of
// Lotsen's code in between.
RawResult otherProgram(const QString& path, const QString& sql)
{
    const QString name = u"other-program"_s;
    RawResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            result.ok = query.exec(sql);
            result.error = query.lastError().text();
            result.rowsAffected = query.numRowsAffected();
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString fill(QString sql, qint64 plan, qint64 step, qint64 otherPlan, qint64 otherStep)
{
    return sql.replace(u"{plan}"_s, QString::number(plan))
        .replace(u"{step}"_s, QString::number(step))
        .replace(u"{otherPlan}"_s, QString::number(otherPlan))
        .replace(u"{otherStep}"_s, QString::number(otherStep));
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createFirstVersion();
    void createRefusedWhileOpen();
    void reviewWeeksFromCentreSettings();
    void saveRoundTrip();
    void stepIdsKeptAndRemovedStepDeleted();
    void reorderingPersists();
    void stepEndingBeforeStartRefused();
    void saveOfMissingPlanRefused();
    void revise();
    void versionNumbersPerYouth();
    void frozenVersionRefusedByRepository();
    void frozenVersionRefusedByDatabase_data();
    void frozenVersionRefusedByDatabase();
    void openVersionWritableByDatabase_data();
    void openVersionWritableByDatabase();
    void replaceCannotOverwriteFrozenVersion_data();
    void replaceCannotOverwriteFrozenVersion();
    void replaceOnOpenVersionAllowed();
    void markSigned();
    void markSignedFrozenRefused();
    void plansChangedSignal();
    void prospectWithPlanCannotBeDeleted();
    void migrationFromVersion1();
    void aSaveOverAnotherSessionsChangeIsRefused();
    void aRevisionElsewhereRefusesTheStaleSave();

private:
    struct Versions
    {
        qint64 frozenPlan = 0; // Anna's version 1, revised
        qint64 frozenStep = 0;
        qint64 openPlan = 0; // Anna's version 2
        qint64 openStep = 0;
        qint64 otherPlan = 0; // Bo's version 1, open
        qint64 otherStep = 0;
    };

    qint64 addYouth(const QString& firstName, YouthStatus status = YouthStatus::Active);
    ActionPlan createPlan(qint64 youthId, const QDate& date = kPlanDate);
    Versions makeVersions();
    QString tableDump() const;
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const;
    int rows(const QString& sql, const QVariantList& binds = {}) const { return scalar(sql, binds).toInt(); }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<YouthRepository> m_youths;
    std::unique_ptr<StaffRepository> m_staff;
    std::unique_ptr<PlanRepository> m_plans;
    qint64 m_anna = 0;
    qint64 m_bo = 0;
    qint64 m_kim = 0;
    qint64 m_lo = 0;
};

void TestPlanRepository::init()
{
    Clock::setFixedNow(kNow);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    m_file = m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + u"-"_s
                            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".lotsen"_s);
    QFile::remove(m_file);
    QCOMPARE(m_database->open(m_file).status, Database::OpenStatus::Created);
    m_youths = std::make_unique<YouthRepository>(*m_database);
    m_staff = std::make_unique<StaffRepository>(*m_database);
    m_plans = std::make_unique<PlanRepository>(*m_database);
    m_kim = m_staff->add(u"Kim Lind"_s).valueOr(0);
    m_lo = m_staff->add(u"Lo Ek"_s).valueOr(0);
    QVERIFY(m_kim > 0 && m_lo > 0);
    m_anna = addYouth(u"Anna"_s);
    m_bo = addYouth(u"Bo"_s);
    QVERIFY(m_anna > 0 && m_bo > 0);
}

void TestPlanRepository::cleanup()
{
    m_plans.reset();
    m_staff.reset();
    m_youths.reset();
    m_database.reset();
    Clock::reset();
}

qint64 TestPlanRepository::addYouth(const QString& firstName, YouthStatus status)
{
    Youth youth;
    youth.firstName = firstName;
    youth.lastName = u"Östlund"_s;
    youth.status = status;
    const Result<qint64> result = m_youths->save(youth);
    if (!result.ok()) {
        qWarning() << "youth not saved:" << result.message();
    }
    return youth.id;
}

// A created plan, loaded back; empty (id 0) if either failed.
ActionPlan TestPlanRepository::createPlan(qint64 youthId, const QDate& date)
{
    const Result<qint64> result = m_plans->create(youthId, m_kim, date, 4);
    if (!result.ok()) {
        qWarning() << "plan not created:" << result.message();
        return {};
    }
    return LOTSEN_VALUE(m_plans->load(*result)).value_or(ActionPlan());
}

// Anna: version 1 with two steps, revised (frozen), and version 2 open. Bo: version 1 with two steps, open.
TestPlanRepository::Versions TestPlanRepository::makeVersions()
{
    Versions ids;
    ActionPlan anna = createPlan(m_anna);
    anna.myGoal = u"Få ett jobb"_s;
    anna.steps
        = { makeStep(u"CV"_s, StepResponsible::Youth, {}, kPlanDate, QDate(2026, 11, 20), StepStatus::Ongoing, {}),
            makeStep(u"Studiebesök"_s, StepResponsible::Mentor, {}, {}, {}, StepStatus::Planned, {}) };
    if (anna.id == 0 || !m_plans->save(anna).ok()) {
        return {};
    }
    ids.frozenPlan = anna.id;
    ids.frozenStep = anna.steps.first().id;
    const Result<qint64> revised = m_plans->revise(anna.id, m_kim, QDate(2026, 11, 26), 4);
    if (!revised.ok()) {
        return {};
    }
    const std::optional<ActionPlan> open = LOTSEN_VALUE(m_plans->load(*revised));
    if (!open || open->steps.isEmpty()) {
        return {};
    }
    ids.openPlan = open->id;
    ids.openStep = open->steps.first().id;

    ActionPlan bo = createPlan(m_bo);
    bo.steps = { makeStep(u"Bibliotekskort"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}),
                 makeStep(u"Simhall"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}) };
    if (bo.id == 0 || !m_plans->save(bo).ok()) {
        return {};
    }
    ids.otherPlan = bo.id;
    ids.otherStep = bo.steps.first().id;
    return ids;
}

// Every row of both plan tables, every column, as text.
QString TestPlanRepository::tableDump() const
{
    QString dump;
    for (const QString& table : { u"action_plan"_s, u"plan_step"_s }) {
        QSqlQuery query(m_database->connection());
        if (!query.exec(u"SELECT * FROM "_s + table + u" ORDER BY id"_s)) {
            return u"query failed: "_s + query.lastError().text();
        }
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                const QVariant value = query.value(column);
                dump += value.isNull() ? u"NULL"_s : value.toString();
                dump += u'|';
            }
            dump += u'\n';
        }
        dump += u"--\n"_s;
    }
    return dump;
}

QVariant TestPlanRepository::scalar(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec() || !query.next()) {
        qWarning() << "query failed" << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

void TestPlanRepository::createFirstVersion()
{
    QVERIFY(LOTSEN_VALUE(m_plans->versions(m_anna)).isEmpty());
    QVERIFY(!LOTSEN_VALUE(m_plans->current(m_anna)).has_value());

    const Result<qint64> result = m_plans->create(m_anna, m_kim, kPlanDate, 4);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(*result > 0);

    const std::optional<ActionPlan> plan = LOTSEN_VALUE(m_plans->load(*result));
    QVERIFY(plan.has_value());
    QCOMPARE(plan->id, *result);
    QCOMPARE(plan->youthId, m_anna);
    QCOMPARE(plan->version, 1);
    QCOMPARE(plan->planDate, QDate(2026, 11, 2));
    QCOMPARE(plan->nextReview, QDate(2026, 11, 30)); // four weeks later
    QCOMPARE(plan->staffId, m_kim);
    QCOMPARE(plan->staffName, u"Kim Lind"_s);
    QVERIFY(!plan->isFrozen());
    QVERIFY(!plan->signedOn.isValid());
    QVERIFY(plan->myGoal.isEmpty());
    QVERIFY(plan->steps.isEmpty());

    QCOMPARE(LOTSEN_VALUE(m_plans->current(m_anna))->id, *result);
    QCOMPARE(LOTSEN_VALUE(m_plans->byVersion(m_anna, 1))->id, *result);
    QVERIFY(!LOTSEN_VALUE(m_plans->byVersion(m_anna, 2)).has_value());
    QVERIFY(!LOTSEN_VALUE(m_plans->current(m_bo)).has_value());
    QCOMPARE(rows(u"SELECT count(*) FROM action_plan"_s), 1);
    QCOMPARE(scalar(u"SELECT next_review FROM action_plan WHERE id = ?"_s, { *result }).toString(), u"2026-11-30"_s);
}

void TestPlanRepository::createRefusedWhileOpen()
{
    const Result<qint64> first = m_plans->create(m_anna, m_kim, kPlanDate, 4);
    QVERIFY(first.ok());

    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    const Result<qint64> second = m_plans->create(m_anna, m_lo, QDate(2026, 11, 20), 2);
    QVERIFY(!second.ok());
    QVERIFY(!second.message().isEmpty());
    QVERIFY(!second);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM action_plan WHERE youth_id = ?"_s, { m_anna }), 1);
    QCOMPARE(LOTSEN_VALUE(m_plans->current(m_anna))->planDate, kPlanDate);

    // Another youth is not affected.
    QVERIFY(m_plans->create(m_bo, m_kim, kPlanDate, 4).ok());
    QCOMPARE(rows(u"SELECT count(*) FROM action_plan"_s), 2);
}

void TestPlanRepository::reviewWeeksFromCentreSettings()
{
    CentreSettings settings(*m_database);
    QCOMPARE(settings.planReviewWeeks(), 4);
    QVERIFY(settings.setValue(CentreSettings::Key::PlanReviewWeeks, 6));
    QCOMPARE(settings.planReviewWeeks(), 6);

    const Result<qint64> result = m_plans->create(m_anna, m_kim, kPlanDate, settings.planReviewWeeks());
    QVERIFY(result.ok());
    QCOMPARE(LOTSEN_VALUE(m_plans->load(*result))->nextReview, QDate(2026, 12, 14));

    // A nonsensical value falls back to the default.
    QVERIFY(settings.setValue(CentreSettings::Key::PlanReviewWeeks, 0));
    QCOMPARE(settings.planReviewWeeks(), 4);
}

void TestPlanRepository::saveRoundTrip()
{
    ActionPlan plan = createPlan(m_anna);
    QVERIFY(plan.id > 0);
    plan.myGoal = u"Jag vill börja på en utbildning.\nHelst i höst."_s;
    plan.strengths = u"Bra på att laga mat, snäll mot djur"_s;
    plan.supportNeeds = u"Att ringa samtal; \"myndighetspapper\""_s;
    plan.wishes = u"Jobba med hästar"_s;
    plan.longTermGoal = u"Eget boende"_s;
    plan.notes = u"Träffas på tisdagar"_s;
    plan.nextReview = QDate(2026, 12, 8);
    plan.steps = {
        makeStep(u"Skriva CV"_s, StepResponsible::Youth, {}, QDate(2026, 11, 3), QDate(2026, 11, 17),
                 StepStatus::Ongoing, u"Halvvägs"_s),
        makeStep(u"Boka möte med SYV"_s, StepResponsible::Mentor, {}, QDate(2026, 11, 4), QDate(2026, 11, 4),
                 StepStatus::Done, u"Bokat till den 10:e"_s),
        makeStep(u"Praktik"_s, StepResponsible::Other, u"Arbetsförmedlingen"_s, QDate(2026, 12, 1), {},
                 StepStatus::Planned, {}),
        makeStep(u"Simkort"_s, StepResponsible::Other, {}, {}, {}, StepStatus::Cancelled, {}),
    };

    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    const Result<qint64> result = m_plans->save(plan);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(*result, plan.id);
    QCOMPARE(changed.count(), 1);

    // The saved plan got its step ids: distinct and real.
    const QList<qint64> ids = stepIds(plan.steps);
    QCOMPARE(ids.size(), 4);
    for (qint64 id : ids) {
        QVERIFY(id > 0);
        QCOMPARE(ids.count(id), 1);
    }

    const std::optional<ActionPlan> loaded = LOTSEN_VALUE(m_plans->load(plan.id));
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, plan);
    // Field by field as well, so that a failure says which.
    QCOMPARE(loaded->myGoal, u"Jag vill börja på en utbildning.\nHelst i höst."_s);
    QCOMPARE(loaded->strengths, u"Bra på att laga mat, snäll mot djur"_s);
    QCOMPARE(loaded->supportNeeds, u"Att ringa samtal; \"myndighetspapper\""_s);
    QCOMPARE(loaded->wishes, u"Jobba med hästar"_s);
    QCOMPARE(loaded->longTermGoal, u"Eget boende"_s);
    QCOMPARE(loaded->notes, u"Träffas på tisdagar"_s);
    QCOMPARE(loaded->nextReview, QDate(2026, 12, 8));
    QCOMPARE(loaded->version, 1);
    QCOMPARE(loaded->planDate, kPlanDate);
    QCOMPARE(descriptions(loaded->steps),
             (QStringList { u"Skriva CV"_s, u"Boka möte med SYV"_s, u"Praktik"_s, u"Simkort"_s }));
    const PlanStep& third = loaded->steps.at(2);
    QCOMPARE(third.responsible, StepResponsible::Other);
    QCOMPARE(third.responsibleName, u"Arbetsförmedlingen"_s);
    QCOMPARE(third.startDate, QDate(2026, 12, 1));
    QVERIFY(!third.dueDate.isValid());
    QCOMPARE(third.status, StepStatus::Planned);
    QCOMPARE(loaded->steps.at(0).status, StepStatus::Ongoing);
    QCOMPARE(loaded->steps.at(0).outcome, u"Halvvägs"_s);
    QCOMPARE(loaded->steps.at(1).responsible, StepResponsible::Mentor);
    QCOMPARE(loaded->steps.at(1).status, StepStatus::Done);
    QCOMPARE(loaded->steps.at(3).status, StepStatus::Cancelled);

    // Stored with the documented codes and positions in list order.
    QCOMPARE(scalar(u"SELECT group_concat(status || ':' || responsible || ':' || position, ',') FROM "
                    "(SELECT * FROM plan_step WHERE plan_id = ? ORDER BY id)"_s,
                    { plan.id })
                 .toString(),
             u"ongoing:youth:0,done:mentor:1,planned:other:2,cancelled:other:3"_s);
    QCOMPARE(scalar(u"SELECT due_date FROM plan_step WHERE id = ?"_s, { ids.at(0) }).toString(), u"2026-11-17"_s);
    QVERIFY(scalar(u"SELECT due_date FROM plan_step WHERE id = ?"_s, { ids.at(2) }).isNull());
}

void TestPlanRepository::stepIdsKeptAndRemovedStepDeleted()
{
    ActionPlan plan = createPlan(m_anna);
    QVERIFY(plan.id > 0);
    plan.steps = { makeStep(u"Ett"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}),
                   makeStep(u"Två"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}),
                   makeStep(u"Tre"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}) };
    QVERIFY(m_plans->save(plan).ok());
    const QList<qint64> first = stepIds(plan.steps);

    // Editing keeps the ids: the rows are updated, not replaced.
    plan.steps[1].description = u"Två, ändrad"_s;
    plan.steps[1].status = StepStatus::Done;
    QVERIFY(m_plans->save(plan).ok());
    QCOMPARE(stepIds(plan.steps), first);
    QCOMPARE(stepIds(LOTSEN_VALUE(m_plans->load(plan.id))->steps), first);
    QCOMPARE(scalar(u"SELECT description FROM plan_step WHERE id = ?"_s, { first.at(1) }).toString(), u"Två, ändrad"_s);
    QCOMPARE(rows(u"SELECT count(*) FROM plan_step"_s), 3);

    // Removing a step deletes its row; the others keep theirs; a new one gets a new id.
    plan.steps.removeAt(1);
    plan.steps.append(makeStep(u"Fyra"_s, StepResponsible::Mentor, {}, {}, {}, StepStatus::Planned, {}));
    QVERIFY(m_plans->save(plan).ok());
    QCOMPARE(rows(u"SELECT count(*) FROM plan_step WHERE id = ?"_s, { first.at(1) }), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM plan_step"_s), 3);
    const std::optional<ActionPlan> loaded = LOTSEN_VALUE(m_plans->load(plan.id));
    QCOMPARE(descriptions(loaded->steps), (QStringList { u"Ett"_s, u"Tre"_s, u"Fyra"_s }));
    QCOMPARE(loaded->steps.at(0).id, first.at(0));
    QCOMPARE(loaded->steps.at(1).id, first.at(2));
    QVERIFY(!first.contains(loaded->steps.at(2).id));
    QCOMPARE(loaded->steps.at(2).id, plan.steps.at(2).id);

    // Removing all of them.
    plan.steps.clear();
    QVERIFY(m_plans->save(plan).ok());
    QCOMPARE(rows(u"SELECT count(*) FROM plan_step"_s), 0);
    QVERIFY(LOTSEN_VALUE(m_plans->load(plan.id))->steps.isEmpty());
}

void TestPlanRepository::reorderingPersists()
{
    ActionPlan plan = createPlan(m_anna);
    QVERIFY(plan.id > 0);
    plan.steps = { makeStep(u"A"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}),
                   makeStep(u"B"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}),
                   makeStep(u"C"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}),
                   makeStep(u"D"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}) };
    QVERIFY(m_plans->save(plan).ok());
    const qint64 idA = plan.steps.at(0).id;
    const qint64 idD = plan.steps.at(3).id;
    QCOMPARE(descriptions(LOTSEN_VALUE(m_plans->load(plan.id))->steps),
             (QStringList { u"A"_s, u"B"_s, u"C"_s, u"D"_s }));

    // Last to first and first to last: the ids go along with the steps.
    plan.steps.move(3, 0);
    plan.steps.move(1, 3);
    QCOMPARE(descriptions(plan.steps), (QStringList { u"D"_s, u"B"_s, u"C"_s, u"A"_s }));
    QVERIFY(m_plans->save(plan).ok());
    const std::optional<ActionPlan> loaded = LOTSEN_VALUE(m_plans->load(plan.id));
    QCOMPARE(descriptions(loaded->steps), (QStringList { u"D"_s, u"B"_s, u"C"_s, u"A"_s }));
    QCOMPARE(loaded->steps.first().id, idD);
    QCOMPARE(loaded->steps.last().id, idA);
    QCOMPARE(scalar(u"SELECT position FROM plan_step WHERE id = ?"_s, { idA }).toInt(), 3);
    QCOMPARE(scalar(u"SELECT position FROM plan_step WHERE id = ?"_s, { idD }).toInt(), 0);

    // Reversed, through a fresh database connection's eyes too.
    std::reverse(plan.steps.begin(), plan.steps.end());
    QVERIFY(m_plans->save(plan).ok());
    QCOMPARE(RawSqlite::column(m_file, u"SELECT description FROM plan_step ORDER BY position"_s),
             (QStringList { u"A"_s, u"C"_s, u"B"_s, u"D"_s }));
}

void TestPlanRepository::stepEndingBeforeStartRefused()
{
    ActionPlan plan = createPlan(m_anna);
    QVERIFY(plan.id > 0);
    plan.myGoal = u"Mål"_s;
    plan.steps = { makeStep(u"Bra steg"_s, StepResponsible::Youth, {}, QDate(2026, 11, 3), QDate(2026, 11, 10),
                            StepStatus::Planned, {}) };
    QVERIFY(m_plans->save(plan).ok());
    const QString before = tableDump();

    ActionPlan edited = plan;
    edited.myGoal = u"Nytt mål"_s;
    edited.nextReview = QDate(2027, 1, 1);
    edited.steps.first().description = u"Ändrat steg"_s;
    edited.steps.append(makeStep(u"Baklänges"_s, StepResponsible::Mentor, {}, QDate(2026, 11, 20), QDate(2026, 11, 19),
                                 StepStatus::Planned, {}));
    const ActionPlan attempted = edited;

    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    const Result<qint64> result = m_plans->save(edited);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(u"Baklänges"_s), qPrintable(result.message()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(edited, attempted); // the caller's plan is untouched (no ids given to its new step)
    QCOMPARE(tableDump(), before);
    QCOMPARE(*m_plans->load(plan.id), plan);

    // A one-day step (start = due) is fine.
    edited.steps.last().dueDate = QDate(2026, 11, 20);
    QVERIFY(m_plans->save(edited).ok());
    QCOMPARE(LOTSEN_VALUE(m_plans->load(plan.id))->steps.size(), 2);
}

void TestPlanRepository::saveOfMissingPlanRefused()
{
    ActionPlan plan = createPlan(m_anna);
    QVERIFY(plan.id > 0);
    ActionPlan ghost = plan;
    ghost.id = plan.id + 100;
    ghost.steps = { makeStep(u"Ingenstans"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}) };
    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    const Result<qint64> result = m_plans->save(ghost);
    QVERIFY(!result.ok());
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM plan_step"_s), 0);
}

void TestPlanRepository::revise()
{
    ActionPlan v1 = createPlan(m_anna);
    QVERIFY(v1.id > 0);
    v1.myGoal = u"Få ett jobb"_s;
    v1.strengths = u"Noggrann"_s;
    v1.supportNeeds = u"Passa tider"_s;
    v1.wishes = u"Jobba ute"_s;
    v1.longTermGoal = u"Körkort"_s;
    v1.notes = u"Anteckning"_s;
    v1.steps = { makeStep(u"CV"_s, StepResponsible::Youth, {}, QDate(2026, 11, 3), QDate(2026, 11, 10),
                          StepStatus::Done, u"Klart"_s),
                 makeStep(u"Praktik"_s, StepResponsible::Other, u"Kommunen"_s, QDate(2026, 11, 15), {},
                          StepStatus::Ongoing, {}) };
    QVERIFY(m_plans->save(v1).ok());
    QVERIFY(m_plans->markSigned(v1.id, QDate(2026, 11, 3)).ok());
    v1 = *LOTSEN_VALUE(m_plans->load(v1.id));
    const QList<qint64> v1StepIds = stepIds(v1.steps);

    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    const Result<qint64> result = m_plans->revise(v1.id, m_lo, QDate(2026, 11, 20), 3);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(*result > 0);
    QVERIFY(*result != v1.id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_anna);

    // Version 1 is frozen, with the moment and who revised it, and otherwise as it was.
    const std::optional<ActionPlan> frozen = LOTSEN_VALUE(m_plans->load(v1.id));
    QVERIFY(frozen->isFrozen());
    QCOMPARE(frozen->frozenAt, kNow);
    QCOMPARE(scalar(u"SELECT frozen_at FROM action_plan WHERE id = ?"_s, { v1.id }).toString(),
             u"2026-11-27T10:30:00"_s);
    QCOMPARE(scalar(u"SELECT frozen_by FROM action_plan WHERE id = ?"_s, { v1.id }).toLongLong(), m_lo);
    ActionPlan expectedFrozen = v1;
    expectedFrozen.frozenAt = kNow;
    expectedFrozen.rowVersion = v1.rowVersion + 1; // freezing changes the row: a stale editor's save is refused
    QCOMPARE(*frozen, expectedFrozen);
    QCOMPARE(stepIds(frozen->steps), v1StepIds);

    // Version 2 is open and carries the content, with steps of its own.
    const std::optional<ActionPlan> v2 = LOTSEN_VALUE(m_plans->load(*result));
    QVERIFY(v2.has_value());
    QVERIFY(!v2->isFrozen());
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->youthId, m_anna);
    QCOMPARE(v2->planDate, QDate(2026, 11, 20));
    QCOMPARE(v2->nextReview, QDate(2026, 12, 11)); // three weeks after the new plan date
    QCOMPARE(v2->staffId, m_lo);
    QCOMPARE(v2->staffName, u"Lo Ek"_s);
    QVERIFY(!v2->signedOn.isValid()); // the signatures were on version 1's paper
    QCOMPARE(frozen->signedOn, QDate(2026, 11, 3));
    QCOMPARE(v2->myGoal, u"Få ett jobb"_s);
    QCOMPARE(v2->strengths, u"Noggrann"_s);
    QCOMPARE(v2->supportNeeds, u"Passa tider"_s);
    QCOMPARE(v2->wishes, u"Jobba ute"_s);
    QCOMPARE(v2->longTermGoal, u"Körkort"_s);
    QCOMPARE(v2->notes, u"Anteckning"_s);
    QCOMPARE(v2->steps.size(), 2);
    for (int i = 0; i < v2->steps.size(); ++i) {
        PlanStep copy = v2->steps.at(i);
        QVERIFY(copy.id > 0);
        QVERIFY(!v1StepIds.contains(copy.id));
        copy.id = v1.steps.at(i).id;
        QCOMPARE(copy, v1.steps.at(i));
    }
    QCOMPARE(v2->steps.at(1).responsibleName, u"Kommunen"_s);
    QCOMPARE(rows(u"SELECT count(*) FROM plan_step"_s), 4);

    QCOMPARE(LOTSEN_VALUE(m_plans->current(m_anna))->id, *result);
    QCOMPARE(LOTSEN_VALUE(m_plans->byVersion(m_anna, 1))->id, v1.id);
    QCOMPARE(LOTSEN_VALUE(m_plans->byVersion(m_anna, 2))->id, *result);

    const QList<PlanRepository::VersionInfo> versions = LOTSEN_VALUE(m_plans->versions(m_anna));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).id, *result);
    QCOMPARE(versions.at(0).version, 2);
    QVERIFY(!versions.at(0).isFrozen());
    QCOMPARE(versions.at(0).planDate, QDate(2026, 11, 20));
    QCOMPARE(versions.at(0).staffName, u"Lo Ek"_s);
    QCOMPARE(versions.at(1).id, v1.id);
    QCOMPARE(versions.at(1).version, 1);
    QVERIFY(versions.at(1).isFrozen());
    QCOMPARE(versions.at(1).frozenAt, kNow);
    QCOMPARE(versions.at(1).signedOn, QDate(2026, 11, 3));
    QCOMPARE(versions.at(1).staffName, u"Kim Lind"_s);

    // The new version is editable and independent of the old one.
    ActionPlan edit = *v2;
    edit.myGoal = u"Börja plugga"_s;
    edit.steps.removeFirst();
    QVERIFY(m_plans->save(edit).ok());
    QCOMPARE(LOTSEN_VALUE(m_plans->load(v1.id))->myGoal, u"Få ett jobb"_s);
    QCOMPARE(LOTSEN_VALUE(m_plans->load(v1.id))->steps.size(), 2);
}

void TestPlanRepository::versionNumbersPerYouth()
{
    const qint64 v1 = *m_plans->create(m_anna, m_kim, kPlanDate, 4);
    QVERIFY(v1 > 0);
    const qint64 boV1 = *m_plans->create(m_bo, m_kim, kPlanDate, 4);
    QVERIFY(boV1 > 0);
    const Result<qint64> v2 = m_plans->revise(v1, m_kim, QDate(2026, 11, 10), 4);
    QVERIFY(v2.ok());
    const Result<qint64> v3 = m_plans->revise(*v2, m_kim, QDate(2026, 11, 24), 4);
    QVERIFY(v3.ok());

    QCOMPARE(versionNumbers(LOTSEN_VALUE(m_plans->versions(m_anna))), (QList<int> { 3, 2, 1 }));
    QCOMPARE(versionNumbers(LOTSEN_VALUE(m_plans->versions(m_bo))), QList<int> { 1 });
    QCOMPARE(LOTSEN_VALUE(m_plans->load(*v3))->version, 3);
    QCOMPARE(LOTSEN_VALUE(m_plans->current(m_anna))->id, *v3);
    QCOMPARE(LOTSEN_VALUE(m_plans->current(m_bo))->id, boV1);
    QCOMPARE(rows(u"SELECT count(*) FROM action_plan WHERE youth_id = ? AND frozen_at IS NOT NULL"_s, { m_anna }), 2);

    const Result<qint64> boV2 = m_plans->revise(boV1, m_kim, QDate(2026, 11, 25), 4);
    QVERIFY(boV2.ok());
    QCOMPARE(LOTSEN_VALUE(m_plans->load(*boV2))->version, 2);
    QCOMPARE(versionNumbers(LOTSEN_VALUE(m_plans->versions(m_bo))), (QList<int> { 2, 1 }));
    QCOMPARE(versionNumbers(LOTSEN_VALUE(m_plans->versions(m_anna))), (QList<int> { 3, 2, 1 }));
    QVERIFY(LOTSEN_VALUE(m_plans->versions(addYouth(u"Cecilia"_s))).isEmpty());
}

void TestPlanRepository::frozenVersionRefusedByRepository()
{
    const Versions ids = makeVersions();
    QVERIFY(ids.frozenPlan > 0);
    const QString before = tableDump();

    ActionPlan frozen = *LOTSEN_VALUE(m_plans->load(ids.frozenPlan));
    QVERIFY(frozen.isFrozen());
    ActionPlan edited = frozen;
    edited.myGoal = u"Ändrat i efterhand"_s;
    edited.steps.first().description = u"Ändrat steg"_s;
    edited.steps.removeLast();

    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    Result<qint64> result = m_plans->save(edited);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(u"frozen"_s), qPrintable(result.message()));
    QCOMPARE(tableDump(), before);

    // Steps alone (sections as stored) are refused too.
    ActionPlan stepsOnly = frozen;
    stepsOnly.steps.append(makeStep(u"Nytt"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}));
    result = m_plans->save(stepsOnly);
    QVERIFY(!result.ok());
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(tableDump(), before);

    // Revising it again is refused: its successor exists.
    result = m_plans->revise(ids.frozenPlan, m_kim, QDate(2026, 11, 27), 4);
    QVERIFY(!result.ok());
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(tableDump(), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(*m_plans->load(ids.frozenPlan), frozen);
}

// Statements another program might run. {plan} is the plan under test and {step} one of its steps; {otherPlan}
// and {otherStep} are another youth's open plan and one of its steps.
void TestPlanRepository::frozenVersionRefusedByDatabase_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update section") << u"UPDATE action_plan SET my_goal = 'ändrat' WHERE id = {plan}"_s;
    QTest::newRow("update review") << u"UPDATE action_plan SET next_review = '2027-01-01' WHERE id = {plan}"_s;
    QTest::newRow("sign") << u"UPDATE action_plan SET signed_on = '2026-11-27' WHERE id = {plan}"_s;
    QTest::newRow("unfreeze") << u"UPDATE action_plan SET frozen_at = NULL WHERE id = {plan}"_s;
    QTest::newRow("delete plan") << u"DELETE FROM action_plan WHERE id = {plan}"_s;
    QTest::newRow("insert step")
        << u"INSERT INTO plan_step (plan_id, position, description) VALUES ({plan}, 9, 'insmugglat')"_s;
    QTest::newRow("update step") << u"UPDATE plan_step SET description = 'ändrat' WHERE id = {step}"_s;
    QTest::newRow("update step status") << u"UPDATE plan_step SET status = 'done' WHERE plan_id = {plan}"_s;
    QTest::newRow("reorder steps") << u"UPDATE plan_step SET position = 5 - position WHERE plan_id = {plan}"_s;
    QTest::newRow("delete step") << u"DELETE FROM plan_step WHERE id = {step}"_s;
    QTest::newRow("delete all steps") << u"DELETE FROM plan_step WHERE plan_id = {plan}"_s;
    QTest::newRow("move step out") << u"UPDATE plan_step SET plan_id = {otherPlan} WHERE id = {step}"_s;
    QTest::newRow("move step in") << u"UPDATE plan_step SET plan_id = {plan} WHERE id = {otherStep}"_s;
}

void TestPlanRepository::frozenVersionRefusedByDatabase()
{
    QFETCH(QString, sql);
    const Versions ids = makeVersions();
    QVERIFY(ids.frozenPlan > 0 && ids.otherPlan > 0);
    const QString before = tableDump();
    const std::optional<ActionPlan> frozen = LOTSEN_VALUE(m_plans->load(ids.frozenPlan));

    const RawResult result
        = otherProgram(m_file, fill(sql, ids.frozenPlan, ids.frozenStep, ids.otherPlan, ids.otherStep));
    QVERIFY2(!result.ok, "the database let another program change a frozen version");
    QVERIFY2(result.error.contains(u"action plan version is frozen"_s), qPrintable(result.error));
    QCOMPARE(tableDump(), before);
    QCOMPARE(LOTSEN_VALUE(m_plans->load(ids.frozenPlan)), frozen);

    // Through Lotsen's own connection (foreign keys on) as well.
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(fill(sql, ids.frozenPlan, ids.frozenStep, ids.otherPlan, ids.otherStep)));
    QVERIFY2(query.lastError().text().contains(u"frozen"_s), qPrintable(query.lastError().text()));
    QCOMPARE(tableDump(), before);
}

void TestPlanRepository::openVersionWritableByDatabase_data()
{
    frozenVersionRefusedByDatabase_data();
}

// The same statements on an open version succeed: the triggers refuse frozen versions, not all writes.
void TestPlanRepository::openVersionWritableByDatabase()
{
    QFETCH(QString, sql);
    const Versions ids = makeVersions();
    QVERIFY(ids.openPlan > 0 && ids.otherPlan > 0);

    const RawResult result = otherProgram(m_file, fill(sql, ids.openPlan, ids.openStep, ids.otherPlan, ids.otherStep));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.rowsAffected > 0); // the statement found its rows: the ids are the right ones
}

// REPLACE deletes the rows it collides with without firing their delete triggers. {frozenPlan} and {frozenStep}
// are Anna's version 1 and one of its steps; {openPlan} and {openStep} are her version 2 and one of its steps.
void TestPlanRepository::replaceCannotOverwriteFrozenVersion_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("replace plan, same id")
        << u"INSERT OR REPLACE INTO action_plan (id, youth_id, version, plan_date, my_goal, created_at, updated_at) "
           "SELECT id, youth_id, version, plan_date, 'skrivet över', created_at, updated_at FROM action_plan "
           "WHERE id = {frozenPlan}"_s;
    QTest::newRow("replace plan, same version")
        << u"REPLACE INTO action_plan (youth_id, version, plan_date, created_at, updated_at) "
           "SELECT youth_id, version, plan_date, created_at, updated_at FROM action_plan WHERE id = {frozenPlan}"_s;
    QTest::newRow("replace step into the open version")
        << u"REPLACE INTO plan_step (id, plan_id, position, description) VALUES ({frozenStep}, {openPlan}, 0, 'x')"_s;
    QTest::newRow("renumber the open version onto it")
        << u"UPDATE OR REPLACE action_plan SET version = version - 1 WHERE id = {openPlan}"_s;
    QTest::newRow("give the open version its id")
        << u"UPDATE OR REPLACE action_plan SET id = {frozenPlan} WHERE id = {openPlan}"_s;
    QTest::newRow("give an open step a frozen step's id")
        << u"UPDATE OR REPLACE plan_step SET id = {frozenStep} WHERE id = {openStep}"_s;
}

void TestPlanRepository::replaceCannotOverwriteFrozenVersion()
{
    QFETCH(QString, sql);
    const Versions ids = makeVersions();
    QVERIFY(ids.frozenPlan > 0 && ids.openPlan > 0);
    sql.replace(u"{frozenPlan}"_s, QString::number(ids.frozenPlan))
        .replace(u"{frozenStep}"_s, QString::number(ids.frozenStep))
        .replace(u"{openPlan}"_s, QString::number(ids.openPlan))
        .replace(u"{openStep}"_s, QString::number(ids.openStep));
    const QString before = tableDump();
    const std::optional<ActionPlan> frozen = LOTSEN_VALUE(m_plans->load(ids.frozenPlan));

    const RawResult result = otherProgram(m_file, sql);
    QVERIFY2(!result.ok, "REPLACE changed a frozen version");
    QVERIFY2(result.error.contains(u"action plan version is frozen"_s), qPrintable(result.error));
    QCOMPARE(tableDump(), before);
    QCOMPARE(LOTSEN_VALUE(m_plans->load(ids.frozenPlan)), frozen);
}

// The REPLACE guards look at frozen versions only.
void TestPlanRepository::replaceOnOpenVersionAllowed()
{
    const Versions ids = makeVersions();
    QVERIFY(ids.openPlan > 0);
    RawResult result = otherProgram(
        m_file,
        u"REPLACE INTO plan_step (id, plan_id, position, description) VALUES (%1, %2, 0, 'ersatt')"_s.arg(ids.openStep)
            .arg(ids.openPlan));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(LOTSEN_VALUE(m_plans->load(ids.openPlan))->steps.first().description, u"ersatt"_s);
    result = otherProgram(m_file,
                          u"INSERT OR REPLACE INTO action_plan (id, youth_id, version, plan_date, my_goal, "
                          "created_at, updated_at) SELECT id, youth_id, version, plan_date, 'nytt', "
                          "created_at, updated_at FROM action_plan WHERE id = %1"_s.arg(ids.otherPlan));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(LOTSEN_VALUE(m_plans->load(ids.otherPlan))->myGoal, u"nytt"_s);
    // Lotsen's own flows still work: saving the open version with its steps, and revising it.
    ActionPlan open = *LOTSEN_VALUE(m_plans->load(ids.openPlan));
    open.steps.move(0, 1);
    QVERIFY(m_plans->save(open).ok());
    QVERIFY(m_plans->revise(ids.openPlan, m_kim, QDate(2026, 11, 27), 4).ok());
}

void TestPlanRepository::markSigned()
{
    ActionPlan plan = createPlan(m_anna);
    QVERIFY(plan.id > 0);
    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);

    // Tomorrow (the clock says 2026-11-27), before the plan's date, and no date at all are refused.
    for (const QDate& date : { QDate(2026, 11, 28), QDate(2027, 1, 1), QDate(2026, 11, 1), QDate() }) {
        const Result<qint64> refused = m_plans->markSigned(plan.id, date);
        QVERIFY2(!refused.ok(), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(!refused.message().isEmpty());
        QVERIFY(scalar(u"SELECT signed_on FROM action_plan WHERE id = ?"_s, { plan.id }).isNull());
    }
    QCOMPARE(changed.count(), 0);

    // The plan's own date and today are the limits.
    Result<qint64> result = m_plans->markSigned(plan.id, QDate(2026, 11, 2));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_plans->load(plan.id))->signedOn, QDate(2026, 11, 2));
    result = m_plans->markSigned(plan.id, QDate(2026, 11, 27));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_plans->load(plan.id))->signedOn, QDate(2026, 11, 27));
    QCOMPARE(scalar(u"SELECT signed_on FROM action_plan WHERE id = ?"_s, { plan.id }).toString(), u"2026-11-27"_s);
    QCOMPARE(LOTSEN_VALUE(m_plans->versions(m_anna)).first().signedOn, QDate(2026, 11, 27));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toLongLong(), m_anna);

    QVERIFY(!m_plans->markSigned(plan.id + 100, QDate(2026, 11, 20)).ok());
}

void TestPlanRepository::markSignedFrozenRefused()
{
    const Versions ids = makeVersions();
    QVERIFY(ids.frozenPlan > 0);
    const QString before = tableDump();
    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    const Result<qint64> result = m_plans->markSigned(ids.frozenPlan, QDate(2026, 11, 20));
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(u"frozen"_s), qPrintable(result.message()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(tableDump(), before);
    QVERIFY(!LOTSEN_VALUE(m_plans->load(ids.frozenPlan))->signedOn.isValid());

    // The refusal closed its transaction: the open version can be signed right after.
    QVERIFY(m_plans->markSigned(ids.openPlan, QDate(2026, 11, 26)).ok());
    QCOMPARE(LOTSEN_VALUE(m_plans->load(ids.openPlan))->signedOn, QDate(2026, 11, 26));
}

void TestPlanRepository::plansChangedSignal()
{
    QSignalSpy changed(m_plans.get(), &PlanRepository::plansChanged);
    QVERIFY(changed.isValid());
    const qint64 annaPlan = *m_plans->create(m_anna, m_kim, kPlanDate, 4);
    QVERIFY(annaPlan > 0);
    const qint64 boPlan = *m_plans->create(m_bo, m_kim, kPlanDate, 4);
    QVERIFY(boPlan > 0);
    ActionPlan bo = *LOTSEN_VALUE(m_plans->load(boPlan));
    bo.notes = u"x"_s;
    QVERIFY(m_plans->save(bo).ok());
    QVERIFY(m_plans->markSigned(annaPlan, QDate(2026, 11, 5)).ok());
    const Result<qint64> revised = m_plans->revise(annaPlan, m_kim, QDate(2026, 11, 27), 4);
    QVERIFY(revised.ok());

    QList<qint64> youths;
    for (const QList<QVariant>& arguments : std::as_const(changed)) {
        youths.append(arguments.at(0).toLongLong());
    }
    QCOMPARE(youths, (QList<qint64> { m_anna, m_bo, m_bo, m_anna, m_anna }));

    // Refused operations are silent.
    changed.clear();
    QVERIFY(!m_plans->create(m_anna, m_kim, kPlanDate, 4).ok());
    QVERIFY(!m_plans->revise(annaPlan, m_kim, QDate(2026, 11, 27), 4).ok());
    QVERIFY(!m_plans->markSigned(*revised, QDate(2026, 12, 24)).ok());
    ActionPlan frozen = *LOTSEN_VALUE(m_plans->load(annaPlan));
    frozen.notes = u"y"_s;
    QVERIFY(!m_plans->save(frozen).ok());
    QCOMPARE(changed.count(), 0);
}

void TestPlanRepository::prospectWithPlanCannotBeDeleted()
{
    const qint64 prospect = addYouth(u"Dani"_s, YouthStatus::Prospect);
    QVERIFY(prospect > 0);
    LOTSEN_VERIFY_OK(m_youths->checkRemovable(prospect)); // deletable before the plan

    QVERIFY(m_plans->create(prospect, m_kim, kPlanDate, 4).ok());
    const QString blocker = m_youths->checkRemovable(prospect).message();
    QVERIFY(!blocker.isEmpty());
    QVERIFY2(blocker.contains(u"plan"_s), qPrintable(blocker));
    QSignalSpy removed(m_youths.get(), &YouthRepository::youthRemoved);
    const Result<void> removal = m_youths->remove(prospect);
    QVERIFY(!removal);
    QVERIFY(!removal.message().isEmpty());
    QCOMPARE(removed.count(), 0);
    QVERIFY(LOTSEN_VALUE(m_youths->load(prospect)).has_value());
    QCOMPARE(rows(u"SELECT count(*) FROM action_plan WHERE youth_id = ?"_s, { prospect }), 1);

    // Another new prospect without a plan is still deletable.
    const qint64 other = addYouth(u"Eli"_s, YouthStatus::Prospect);
    QVERIFY(m_youths->remove(other));
}

void TestPlanRepository::migrationFromVersion1()
{
    const QString file = m_dir.filePath(u"version1.lotsen"_s);
    // The backup is named after the schema version the file is migrated to.
    const QString backupPattern = u"version1.lotsen.before-v%1-*.bak"_s.arg(Database::currentSchemaVersion());
    QFile::remove(file);
    for (const QString& old : QDir(m_dir.path()).entryList({ backupPattern })) {
        QFile::remove(m_dir.filePath(old));
    }

    // A file as Lotsen with schema version 1 left it, with one youth in it.
    QStringList statements = RawSqlite::scriptStatements(u":/sql/sqlite/0001_initial.sql"_s);
    QVERIFY(statements.size() > 5);
    statements << u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId) << u"PRAGMA user_version = 1"_s
               << u"PRAGMA journal_mode = WAL"_s
               << u"INSERT INTO youth (first_name, last_name, personal_number, birth_date, status, created_at, "
                  "updated_at) VALUES ('Åsa', 'Öberg', '200304152382', '2003-04-15', 'active', "
                  "'2025-03-01T09:00:00', '2025-03-01T09:00:00')"_s;
    QString error;
    QVERIFY2(RawSqlite::exec(file, statements, &error), qPrintable(error));
    QCOMPARE(RawSqlite::column(file, u"PRAGMA user_version"_s), QStringList { u"1"_s });
    QCOMPARE(RawSqlite::column(file, u"SELECT count(*) FROM sqlite_master WHERE name = 'action_plan'"_s),
             QStringList { u"0"_s });
    const QStringList youthId = RawSqlite::column(file, u"SELECT id FROM youth"_s);
    QCOMPARE(youthId.size(), 1);
    const qint64 id = youthId.first().toLongLong();

    Database database;
    const Database::OpenResult result = database.open(file);
    QVERIFY2(result.status == Database::OpenStatus::Opened, qPrintable(result.message));
    QVERIFY(Database::currentSchemaVersion() >= 2);
    QCOMPARE(database.userVersion(), Database::currentSchemaVersion());

    // The backup beside the file is the database as it was.
    const QStringList backups = QDir(m_dir.path()).entryList({ backupPattern });
    QCOMPARE(backups.size(), 1);
    const QString backup = m_dir.filePath(backups.first());
    QCOMPARE(QFileInfo(result.backupPath).absoluteFilePath(), QFileInfo(backup).absoluteFilePath());
    QCOMPARE(RawSqlite::column(backup, u"PRAGMA user_version"_s), QStringList { u"1"_s });
    QCOMPARE(RawSqlite::column(backup, u"SELECT first_name || ' ' || last_name FROM youth"_s),
             QStringList { u"Åsa Öberg"_s });
    QCOMPARE(RawSqlite::column(backup, u"SELECT count(*) FROM sqlite_master WHERE name = 'action_plan'"_s),
             QStringList { u"0"_s });

    // The youth is still there, and plans work, triggers included.
    YouthRepository youths(database);
    const std::optional<Youth> youth = LOTSEN_VALUE(youths.load(id));
    QVERIFY(youth.has_value());
    QCOMPARE(youth->firstName, u"Åsa"_s);
    QCOMPARE(youth->lastName, u"Öberg"_s);
    QCOMPARE(youth->personalNumber, u"200304152382"_s);
    QCOMPARE(LOTSEN_VALUE(youths.count()), 1);
    {
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                           "tbl_name IN ('action_plan', 'plan_step')"_s));
        QVERIFY(query.next());
        // Version 2's nine, version 6's four that keep who registered a version, a step, its freezing and its
        // signature, and version 8's four text limits.
        QCOMPARE(query.value(0).toInt(), 17);
    }
    PlanRepository plans(database);
    const Result<qint64> created = plans.create(id, 0, kPlanDate, 4);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QCOMPARE(LOTSEN_VALUE(plans.load(*created))->version, 1);
    database.close();

    // Opened again: no second migration, no second backup.
    Database again;
    const Database::OpenResult reopened = again.open(file);
    QCOMPARE(reopened.status, Database::OpenStatus::Opened);
    QVERIFY(reopened.backupPath.isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList({ backupPattern }).size(), 1);
}

namespace {

// A second connection to the test's database, as a second PC has. On PostgreSQL simply so. A file is refused to a
// second Lotsen by its lock file (one writer per file); SQLite itself lets two connections share it under WAL, so
// the lock file is taken away here to open the file a second time.
Database::OpenResult openSecondConnection(TestWorkspace& fixture, Database& second)
{
    if (!TestServer::active()) {
        QFile::remove(fixture.location() + u".lock"_s);
    }
    return second.open(fixture.location());
}

// Two sessions on one database, as two PCs: the desk (an administrator) and a mentor on a connection of their own
// (on SQLite a second connection to the same file, on PostgreSQL to the same server database).
struct TwoSessions
{
    TestWorkspace desk;
    std::unique_ptr<Database> mentorDatabase;
    std::unique_ptr<Workspace> mentor;
    Account admin;
    Account maja;
    qint64 youth = 0;
    qint64 staff = 0;

    bool open()
    {
        if (!desk.open()) {
            return false;
        }
        admin = desk.logInAsAdministrator();
        staff = desk.addStaff(u"Maja Mentor"_s);
        maja = desk.addAccount(admin, u"maja"_s, u"Maja Mentor"_s, Role::Mentor, TestWorkspace::defaultPassword(),
                               staff);
        youth = desk.addYouth(u"Cleo"_s, u"Holm"_s, staff);
        if (admin.id == 0 || maja.id == 0 || youth == 0) {
            return false;
        }
        mentorDatabase = std::make_unique<Database>();
        const Database::OpenResult opened = openSecondConnection(desk, *mentorDatabase);
        if (!opened.ok()) {
            qWarning() << "second connection:" << opened.message;
            return false;
        }
        mentor = std::make_unique<Workspace>(*mentorDatabase);
        return mentor->session().startWithoutPassword(maja).ok();
    }
};

} // namespace

void TestPlanRepository::aSaveOverAnotherSessionsChangeIsRefused()
{
    TwoSessions pcs;
    QVERIFY(pcs.open());
    PlanRepository& desk = pcs.desk.workspace().plans();
    PlanRepository& mentor = pcs.mentor->plans();
    const qint64 planId = LOTSEN_VALUE(desk.create(pcs.youth, pcs.staff, kPlanDate, 4));

    // Both open the plan.
    std::optional<ActionPlan> atDesk = LOTSEN_VALUE(desk.load(planId));
    std::optional<ActionPlan> atMentor = LOTSEN_VALUE(mentor.load(planId));
    QVERIFY(atDesk && atMentor);
    QCOMPARE(atDesk->rowVersion, 1);
    QCOMPARE(atMentor->rowVersion, 1);

    // The mentor saves first; the version goes up.
    atMentor->myGoal = u"Få ett jobb"_s;
    atMentor->steps = { makeStep(u"CV"_s, StepResponsible::Youth, {}, {}, {}, StepStatus::Planned, {}) };
    LOTSEN_VERIFY_OK(mentor.save(*atMentor));
    QCOMPARE(atMentor->rowVersion, 2);
    QCOMPARE(LOTSEN_VALUE(desk.load(planId))->rowVersion, 2);

    // The desk's save from version 1 is refused: nothing written (the steps neither), no signal, and it says who
    // changed the plan and when.
    atDesk->myGoal = u"Börja plugga"_s;
    atDesk->notes = u"Ringa skolan"_s;
    atDesk->steps = { makeStep(u"Studiebesök"_s, StepResponsible::Mentor, {}, {}, {}, StepStatus::Planned, {}) };
    QSignalSpy changed(&desk, &PlanRepository::plansChanged);
    const Result<qint64> refused = desk.save(*atDesk);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.field(), PlanRepository::conflictField());
    QVERIFY2(refused.message().contains(u"Maja Mentor"_s), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QLocale().toString(Clock::now(), QLocale::ShortFormat)),
             qPrintable(refused.message()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(atDesk->rowVersion, 1);
    std::optional<ActionPlan> stored = LOTSEN_VALUE(mentor.load(planId));
    QVERIFY(stored);
    QCOMPARE(stored->myGoal, u"Få ett jobb"_s);
    QCOMPARE(stored->notes, QString());
    QCOMPARE(descriptions(stored->steps), QStringList { u"CV"_s });
    QCOMPARE(stored->rowVersion, 2);

    // Signing and revising from the stale version are refused alike.
    const Result<qint64> notSigned = desk.markSigned(planId, kPlanDate.addDays(1), atDesk->rowVersion);
    QCOMPARE(notSigned.field(), PlanRepository::conflictField());
    const Result<qint64> notRevised = desk.revise(planId, pcs.staff, kNow.date(), 4, atDesk->rowVersion);
    QCOMPARE(notRevised.field(), PlanRepository::conflictField());
    stored = LOTSEN_VALUE(desk.load(planId));
    QVERIFY(!stored->signedOn.isValid());
    QVERIFY(!stored->isFrozen());
    QCOMPARE(stored->rowVersion, 2);

    // Read again, the desk's change goes through on top of the mentor's and raises the version.
    stored->notes = u"Ringa skolan"_s;
    LOTSEN_VERIFY_OK(desk.save(*stored));
    QCOMPARE(stored->rowVersion, 3);
    stored = LOTSEN_VALUE(mentor.load(planId));
    QCOMPARE(stored->myGoal, u"Få ett jobb"_s);
    QCOMPARE(stored->notes, u"Ringa skolan"_s);
    QCOMPARE(stored->rowVersion, 3);

    // Now the mentor's copy is the stale one, and the refusal names the desk's account.
    atMentor->wishes = u"Jobba ute"_s;
    const Result<qint64> mentorRefused = mentor.save(*atMentor);
    QCOMPARE(mentorRefused.field(), PlanRepository::conflictField());
    QVERIFY2(mentorRefused.message().contains(pcs.admin.displayName), qPrintable(mentorRefused.message()));

    // Signing with the current version goes through and raises it.
    LOTSEN_VERIFY_OK(mentor.markSigned(planId, kPlanDate.addDays(1), stored->rowVersion));
    QCOMPARE(LOTSEN_VALUE(desk.load(planId))->rowVersion, 4);
}

void TestPlanRepository::aRevisionElsewhereRefusesTheStaleSave()
{
    TwoSessions pcs;
    QVERIFY(pcs.open());
    PlanRepository& desk = pcs.desk.workspace().plans();
    PlanRepository& mentor = pcs.mentor->plans();
    const qint64 planId = LOTSEN_VALUE(desk.create(pcs.youth, pcs.staff, kPlanDate, 4));
    std::optional<ActionPlan> atDesk = LOTSEN_VALUE(desk.load(planId));
    std::optional<ActionPlan> atMentor = LOTSEN_VALUE(mentor.load(planId));
    QVERIFY(atDesk && atMentor);

    // The mentor revises: version 1 is frozen, version 2 open.
    LOTSEN_VERIFY_OK(mentor.revise(planId, pcs.staff, kNow.date(), 4, atMentor->rowVersion));

    // The desk's save of version 1 is refused as a conflict that names the revision, not as a database error.
    atDesk->myGoal = u"Börja plugga"_s;
    const Result<qint64> refused = desk.save(*atDesk);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.field(), PlanRepository::conflictField());
    QVERIFY2(refused.message().contains(u"Maja Mentor"_s) && refused.message().contains(u"revised"_s),
             qPrintable(refused.message()));
    QCOMPARE(LOTSEN_VALUE(desk.load(planId))->myGoal, QString());
}
QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
