// The register extract (issue 16 §3): the extract is compared with the database by walking the foreign keys, so
// that every row that refers to the youth is in it and a table added later cannot be forgotten silently; the hidden
// note is in the PDF (pdftotext) and the JSON file; a mentor is refused; the extract is logged, owner-only, and a
// file whose entry cannot be written never appears; a failed read is an error, never a shorter extract.
// On both engines: the walk reads SQLite's PRAGMAs or PostgreSQL's catalogue.
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "consent/ConsentRepository.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactRepository.h"
#include "core/Database.h"
#include "core/OwnerOnlyFile.h"
#include "core/Workspace.h"
#include "demo/DemoDataGenerator.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/FollowUpRepository.h"
#include "lifecycle/RegisterExtractExport.h"
#include "lifecycle/RegisterExtractQuery.h"
#include "meetingplace/MeetingPlaceRepository.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralRepository.h"
#include "plans/PlanRepository.h"
#include "today/SnoozeRepository.h"
#include "youth/YouthRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0));
const QString kSecret = u"Berättade om svår tid hemma (hemlig anteckning)"_s;
const QString kContactNote = u"Träffades på fiket, pratade om praktik"_s;

// Tables that refer to a youth but are deliberately not in the extract, each with the reason. Any other table that
// refers to a youth and is not in the extract fails the test.
const QHash<QString, QString> kExcluded {
    { u"retention_culling"_s,
      u"a work list filled and emptied inside the culling's own transaction; it never holds data between actions"_s },
    // On PostgreSQL a table with a youth_id; SQLite's FTS5 table has no such column, so the walk never finds it there.
    { u"youth_search"_s,
      u"the search index: the words of the youth's name and numbers, which the youth section holds as stored"_s },
};

// One table's foreign key: table.from → parent.to.
struct ForeignKey
{
    QString from;
    QString parent;
    QString to;
};

QString keyText(const QJsonValue& value)
{
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("JSON: %s", qPrintable(error.errorString()));
    }
    return document.object();
}

} // namespace

class TestRegisterExtract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyRowThatRefersToTheYouthIsInTheExtract();
    void hiddenNoteIsInThePdfAndTheJson();
    void theExtractIsLoggedAndOwnerOnly();
    void aMentorIsRefused();
    void aFailedLogLeavesNoFile();
    void aFailedReadIsAnError();
    void aMissingYouthIsAnError();
    void aDemoYouthsExtractIsCompleteAndPrints();

private:
    // Writes the JSON extract of `youthId` and compares it with every row the foreign-key walk finds for the youth;
    // with everyTableHasRows, a table without a row for the youth fails too. `sections` gets the file's sections.
    void compareWithDatabase(qint64 youthId, bool everyTableHasRows, QJsonObject* sections);
    // Data for `youthId` in every table that refers to a youth.
    void fillEveryTable(qint64 youthId, const QString& tag);
    // table → the primary keys ("5", or "12|uvas" for a composite key) of its rows that refer to `youthId` through
    // any path of foreign keys (or a youth_id column without one, as in the access log), for every table with such
    // a path.
    QHash<QString, QSet<QString>> rowsReferringTo(qint64 youthId);
    QStringList primaryKey(const QString& table);
    QList<ForeignKey> foreignKeys(const QString& table);
    QStringList columns(const QString& table);
    QString pdfText(const QString& pdf);

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr;
    QString m_pdftotext;
    Account m_admin;
    qint64 m_mentor = 0;
    qint64 m_youth = 0;
    qint64 m_other = 0;
};

void TestRegisterExtract::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
}

void TestRegisterExtract::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open());
    m_workspace = &m_fixture->workspace();
    m_admin = m_fixture->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
    m_mentor = m_fixture->addStaff(u"Maja Mentor"_s);
    QVERIFY(m_mentor != 0);

    Youth youth;
    youth.firstName = u"Alva"_s;
    youth.lastName = u"Testsson"_s;
    youth.personalNumber = u"200001012384"_s;
    youth.birthDate = QDate(2000, 1, 1);
    youth.gender = Gender::Woman;
    youth.phone = u"070-123 45 67"_s;
    youth.email = u"alva@example.se"_s;
    youth.address = u"Storgatan 1"_s;
    youth.postalCode = u"123 45"_s;
    youth.postalTown = u"Småstad"_s;
    youth.municipality = u"Småstad"_s;
    youth.status = YouthStatus::Active;
    youth.mentorId = m_mentor;
    youth.startDate = QDate(2025, 11, 3);
    youth.targetGroups = { TargetGroup::Uvas, TargetGroup::LongTermUnemployed };
    youth.note = kSecret;
    m_youth = LOTSEN_VALUE(m_workspace->youths().save(youth));
    QVERIFY(m_youth != 0);

    // Another youth with data of every kind, none of which may appear in Alva's extract.
    Youth other;
    other.firstName = u"Bo"_s;
    other.lastName = u"Annan"_s;
    other.personalNumber = u"200505052399"_s;
    other.birthDate = QDate(2005, 5, 5);
    other.status = YouthStatus::Active;
    other.mentorId = m_mentor;
    other.startDate = QDate(2025, 11, 10);
    other.targetGroups = { TargetGroup::Uvas };
    other.note = u"Bos egen anteckning"_s;
    m_other = LOTSEN_VALUE(m_workspace->youths().save(other));
    QVERIFY(m_other != 0);

    fillEveryTable(m_youth, u"Alva"_s);
    fillEveryTable(m_other, u"Bo"_s);
}

void TestRegisterExtract::cleanup()
{
    m_workspace = nullptr;
    m_fixture.reset();
}

void TestRegisterExtract::fillEveryTable(qint64 youthId, const QString& tag)
{
    const qint64 staff = m_mentor;

    // Contacts: a meeting, an attempt that is struck out, a correction; a check-in and a group activity's
    // attendance at the meeting place.
    Contact meeting;
    meeting.youthId = youthId;
    meeting.occurredAt = kNow.addDays(-60);
    meeting.kind = ContactKind::Meeting;
    meeting.staffId = staff;
    meeting.note = kContactNote;
    const qint64 meetingId = LOTSEN_VALUE(m_workspace->contacts().log(meeting));
    Contact attempt;
    attempt.youthId = youthId;
    attempt.occurredAt = kNow.addDays(-59);
    attempt.kind = ContactKind::Attempt;
    attempt.staffId = staff;
    const qint64 attemptId = LOTSEN_VALUE(m_workspace->contacts().log(attempt));
    LOTSEN_VERIFY_OK(m_workspace->contacts().strike(attemptId, staff, u"Fel ungdom"_s));
    Contact correction = meeting;
    correction.id = 0;
    correction.note = kContactNote + u" (rättad)"_s;
    QVERIFY(LOTSEN_VALUE(m_workspace->contacts().correct(meetingId, correction)) != 0);
    MeetingPlaceRepository& place = m_workspace->meetingPlace();
    QVERIFY(LOTSEN_VALUE(place.checkIn(youthId, staff)) != 0);
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date();
    activity.title = u"Matlagning "_s + tag;
    const qint64 activityId = LOTSEN_VALUE(place.saveActivity(activity));
    QVERIFY(LOTSEN_VALUE(place.setPresent(activityId, youthId, true, staff)) != 0);

    // A postponed reminder.
    LOTSEN_VERIFY_OK(m_workspace->snoozes().snooze(youthId, AttentionReason::NoContact, kNow.date().addDays(7),
                                                   u"Sjuk, hör av sig själv"_s, staff));

    // The network, a partner contact person, a consent and its withdrawal.
    NetworkPerson mother;
    mother.youthId = youthId;
    mother.name = u"Mamma "_s + tag;
    mother.relation = Relation::Parent;
    mother.phone = u"070-765 43 21"_s;
    const qint64 motherId = LOTSEN_VALUE(m_workspace->network().save(mother));
    Consent consent;
    consent.youthId = youthId;
    consent.scope = ConsentScope::Relatives;
    consent.networkPersonId = motherId;
    consent.givenOn = kNow.date().addDays(-50);
    consent.staffId = staff;
    const qint64 consentId = LOTSEN_VALUE(m_workspace->consents().record(consent));
    LOTSEN_VERIFY_OK(m_workspace->consents().withdraw(consentId, kNow.date().addDays(-10), u"Ångrade sig"_s, staff));
    PartnerOrganisation af;
    af.name = u"Arbetsförmedlingen "_s + tag;
    af.kind = PartnerKind::EmploymentService;
    QVERIFY(m_workspace->partners().saveOrganisation(af).ok());
    PartnerPerson handler;
    handler.organisationId = af.id;
    handler.name = u"Handläggare "_s + tag;
    handler.role = u"Arbetsförmedlare"_s;
    QVERIFY(m_workspace->partners().savePerson(handler).ok());
    QVERIFY(m_workspace->network().linkPartnerContact(youthId, handler.id, u"Ansvarig handläggare"_s).ok());

    // A referral with its answer, an intervention.
    Referral referral;
    referral.youthId = youthId;
    referral.organisationId = af.id;
    referral.personId = handler.id;
    referral.sentOn = kNow.date().addDays(-45);
    referral.reason = u"Praktik"_s;
    referral.consentOverride = u"Ungdomen bad själv om det"_s;
    const qint64 referralId = LOTSEN_VALUE(m_workspace->referrals().create(referral, staff));
    QVERIFY(
        m_workspace->referrals()
            .recordResponse(referralId, ReferralStatus::Accepted, kNow.date().addDays(-44), u"Start i januari"_s, staff)
            .ok());

    // Two versions of the action plan, with steps; the first signed and frozen.
    const qint64 planId = LOTSEN_VALUE(m_workspace->plans().create(youthId, staff, kNow.date().addDays(-70), 4));
    ActionPlan plan = *LOTSEN_VALUE(m_workspace->plans().load(planId));
    plan.myGoal = u"Jobba med djur"_s;
    PlanStep step;
    step.description = u"Skriva CV"_s;
    plan.steps.append(step);
    QVERIFY(m_workspace->plans().save(plan).ok());
    QVERIFY(m_workspace->plans().markSigned(planId, kNow.date().addDays(-69)).ok());
    const qint64 revisedId = LOTSEN_VALUE(m_workspace->plans().revise(planId, staff, kNow.date().addDays(-40), 4));
    const ActionPlan revised = *LOTSEN_VALUE(m_workspace->plans().load(revisedId));
    QVERIFY(!revised.steps.isEmpty());

    Intervention praktik;
    praktik.name = u"Praktik "_s + tag;
    praktik.category = InterventionCategory::WorkTraining;
    praktik.providerId = af.id;
    QVERIFY(m_workspace->interventions().saveIntervention(praktik).ok());
    Participation participation;
    participation.youthId = youthId;
    participation.interventionId = praktik.id;
    participation.startDate = kNow.date().addDays(-40);
    participation.status = ParticipationStatus::Ongoing;
    participation.planStepId = revised.steps.first().id;
    QVERIFY(LOTSEN_VALUE(m_workspace->interventions().saveParticipation(participation, staff)) != 0);

    // The exit, with follow-ups, and an attempt at the first one.
    QVERIFY(TestWorkspace::exitYouth(*m_workspace, youthId, kNow.date().addDays(-35), true));
    const QList<FollowUp> followUps = LOTSEN_VALUE(m_workspace->followUps().followUps(youthId));
    QVERIFY(!followUps.isEmpty());
    AttemptInput followUpAttempt;
    followUpAttempt.on = kNow.date().addDays(-3);
    followUpAttempt.channel = FollowUpChannel::Phone;
    followUpAttempt.result = AttemptResult::NoAnswer;
    followUpAttempt.note = u"Inget svar"_s;
    LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(followUps.first().id, followUpAttempt));

    // Someone opened the card.
    LOTSEN_VERIFY_OK(m_workspace->session().log(AccessAction::OpenYouth, youthId));
}

// The schema as the engine describes it: SQLite's PRAGMAs, PostgreSQL's catalogue (the tables of schema public).
QStringList TestRegisterExtract::columns(const QString& table)
{
    QStringList names;
    QSqlQuery query(m_fixture->database().connection());
    if (TestServer::active()) {
        query.prepare(u"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                      u"AND table_name = ? ORDER BY ordinal_position"_s);
        query.addBindValue(table);
    } else {
        query.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
        query.addBindValue(table);
    }
    if (!query.exec()) {
        qWarning("table_info failed: %s", qPrintable(query.lastError().text()));
    }
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    return names;
}

QStringList TestRegisterExtract::primaryKey(const QString& table)
{
    QList<std::pair<int, QString>> keyed;
    QSqlQuery query(m_fixture->database().connection());
    if (TestServer::active()) {
        query.prepare(u"SELECT k.ordinal_position, k.column_name FROM information_schema.table_constraints c"
                      u" JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema"
                      u"  AND k.constraint_name = c.constraint_name"
                      u" WHERE c.table_schema = 'public' AND c.table_name = ? AND c.constraint_type = 'PRIMARY KEY'"_s);
    } else {
        query.prepare(u"SELECT pk, name FROM pragma_table_info(?) WHERE pk > 0"_s);
    }
    query.addBindValue(table);
    if (!query.exec()) {
        qWarning("table_info failed: %s", qPrintable(query.lastError().text()));
    }
    while (query.next()) {
        keyed.append({ query.value(0).toInt(), query.value(1).toString() });
    }
    std::sort(keyed.begin(), keyed.end());
    QStringList key;
    for (const auto& [position, name] : keyed) {
        key.append(name);
    }
    return key;
}

QList<ForeignKey> TestRegisterExtract::foreignKeys(const QString& table)
{
    QList<ForeignKey> keys;
    QSqlQuery query(m_fixture->database().connection());
    if (TestServer::active()) {
        query.prepare(u"SELECT a.attname, p.relname, pa.attname FROM pg_constraint c"
                      u" CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k (col, parent_col)"
                      u" JOIN pg_class p ON p.oid = c.confrelid"
                      u" JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col"
                      u" JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_col"
                      u" WHERE c.contype = 'f' AND c.conrelid = CAST(? AS regclass)"_s);
        query.addBindValue(u"public."_s + table);
    } else {
        query.prepare(u"SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)"_s);
        query.addBindValue(table);
    }
    if (!query.exec()) {
        qWarning("foreign_key_list failed: %s", qPrintable(query.lastError().text()));
    }
    while (query.next()) {
        ForeignKey key { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() };
        if (key.to.isEmpty()) {
            const QStringList parentKey = primaryKey(key.parent);
            key.to = parentKey.size() == 1 ? parentKey.first() : u"rowid"_s;
        }
        keys.append(key);
    }
    return keys;
}

QHash<QString, QSet<QString>> TestRegisterExtract::rowsReferringTo(qint64 youthId)
{
    QStringList tables;
    {
        QSqlQuery query(m_fixture->database().connection());
        const QString sql = TestServer::active()
            ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
              u"AND table_type = 'BASE TABLE' ORDER BY table_name"_s
            : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
              "ESCAPE '\\' ORDER BY name"_s;
        if (!query.exec(sql)) {
            qWarning("the tables cannot be listed: %s", qPrintable(query.lastError().text()));
        }
        while (query.next()) {
            tables.append(query.value(0).toString());
        }
    }
    QHash<QString, QList<ForeignKey>> keys;
    for (const QString& table : std::as_const(tables)) {
        keys.insert(table, foreignKeys(table));
    }

    // The condition, on a table's own columns, that a row refers to the youth: the youth's own row, a youth_id
    // column (with or without a foreign key: the access log has none), or a foreign key to a row that does. A path
    // that comes back to a table already on it adds nothing.
    const QString id = QString::number(youthId);
    std::function<QString(const QString&, QStringList)> condition = [&](const QString& table, QStringList path) {
        QStringList any;
        if (table == u"youth") {
            any.append(u"id = "_s + id);
        }
        if (columns(table).contains(u"youth_id"_s)) {
            any.append(u"youth_id = "_s + id);
        }
        path.append(table);
        for (const ForeignKey& key : keys.value(table)) {
            if (path.contains(key.parent)) {
                continue;
            }
            const QString parent = condition(key.parent, path);
            if (!parent.isEmpty()) {
                any.append(
                    u"\"%1\" IN (SELECT \"%2\" FROM \"%3\" WHERE %4)"_s.arg(key.from, key.to, key.parent, parent));
            }
        }
        return any.isEmpty() ? QString() : u"("_s + any.join(u" OR "_s) + u')';
    };

    QHash<QString, QSet<QString>> rows;
    for (const QString& table : std::as_const(tables)) {
        const QString where = condition(table, {});
        if (where.isEmpty()) {
            continue;
        }
        const QStringList key = primaryKey(table);
        QSet<QString>& found = rows[table];
        if (key.isEmpty()) {
            found.insert(u"<no primary key>"_s); // fails below: the extract cannot name such a row
            continue;
        }
        QSqlQuery query(m_fixture->database().connection());
        QStringList quoted;
        for (const QString& column : key) {
            quoted.append(u"\""_s + column + u'"');
        }
        if (!query.exec(u"SELECT %1 FROM \"%2\" WHERE %3"_s.arg(quoted.join(u", "_s), table, where))) {
            qWarning("%s: %s", qPrintable(table), qPrintable(query.lastError().text()));
            found.insert(u"<read failed>"_s);
            continue;
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < key.size(); ++i) {
                values.append(query.value(i).toString());
            }
            found.insert(values.join(u'|'));
        }
    }
    return rows;
}

QString TestRegisterExtract::pdfText(const QString& pdf)
{
    QProcess process;
    process.start(m_pdftotext, { u"-q"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    // pdftotext wraps lines: compare with whitespace normalised.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestRegisterExtract::compareWithDatabase(qint64 youthId, bool everyTableHasRows, QJsonObject* sectionsOut)
{
    // What the database holds about the youth, before the extract adds its own entry to the log.
    const QHash<QString, QSet<QString>> expected = rowsReferringTo(youthId);
    // The walk finds every table the extract reads (plan_step through action_plan, follow_up_attempt through
    // follow_up, the access log by its youth_id without a foreign key), so that it can be trusted to find a new one.
    for (const QString& table : RegisterExtractQuery::sectionKeys()) {
        QVERIFY2(expected.contains(table), qPrintable(table));
    }

    const QString path = m_fixture->filePath(u"compared.json"_s);
    const int records
        = LOTSEN_VALUE(RegisterExtractExport::write(*m_workspace, youthId, RegisterExtractExport::Format::Json, path));
    const QJsonObject root = readJson(path);
    QCOMPARE(root.value(u"format"_s).toString(), u"lotsen-register-extract"_s);
    QCOMPARE(root.value(u"formatVersion"_s).toInt(), 1);
    QCOMPARE(root.value(u"youthId"_s).toInteger(), youthId);
    QCOMPARE(root.value(u"producedBy"_s).toObject().value(u"role"_s).toString(), u"administrator"_s);
    const QJsonObject sections = root.value(u"sections"_s).toObject();

    int total = 0;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QString& table = it.key();
        if (kExcluded.contains(table)) {
            QVERIFY2(!sections.contains(table), qPrintable(table));
            continue;
        }
        QVERIFY2(sections.contains(table),
                 qPrintable(u"Table %1 refers to a youth but is not in the register extract: read it in "
                            "RegisterExtractQuery (or list it in kExcluded with the reason)"_s.arg(table)));
        QVERIFY2(!everyTableHasRows || !it.value().isEmpty(),
                 qPrintable(u"The fixture has no row of %1 for the youth: add one in fillEveryTable, so that the "
                            "extract is checked against it"_s.arg(table)));
        const QStringList key = primaryKey(table);
        QSet<QString> inExtract;
        const QJsonArray rows = sections.value(table).toArray();
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            QStringList values;
            for (const QString& column : key) {
                QVERIFY2(object.contains(column), qPrintable(table + u'.' + column));
                values.append(keyText(object.value(column)));
            }
            inExtract.insert(values.join(u'|'));
        }
        // Every row of this youth's, and no other youth's.
        QVERIFY2(inExtract == it.value(),
                 qPrintable(u"%1: database %2, extract %3"_s.arg(table, QStringList(it.value().values()).join(u','),
                                                                 QStringList(inExtract.values()).join(u','))));
        total += int(rows.size());
    }
    // No section that the walk does not know of (a table read that does not refer to the youth).
    for (const QString& table : sections.keys()) {
        QVERIFY2(expected.contains(table), qPrintable(table));
    }
    QCOMPARE(records, total);
    *sectionsOut = sections;
}

void TestRegisterExtract::everyRowThatRefersToTheYouthIsInTheExtract()
{
    QJsonObject sections;
    compareWithDatabase(m_youth, true, &sections);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Every column of a row is there: the youth's row has all of the table's columns.
    const QJsonObject youth = sections.value(u"youth"_s).toArray().first().toObject();
    for (const QString& column : columns(u"youth"_s)) {
        QVERIFY2(youth.contains(column), qPrintable(column));
    }
    QCOMPARE(youth.value(u"note"_s).toString(), kSecret);
    QCOMPARE(youth.value(u"mentor_name"_s).toString(), u"Maja Mentor"_s);
    // Dates and moments as the SQLite file stores them, on either engine (PostgreSQL's date and timestamptz too).
    QCOMPARE(youth.value(u"birth_date"_s).toString(), u"2000-01-01"_s);
    QCOMPARE(youth.value(u"created_at"_s).toString(), kNow.toString(Qt::ISODate));

    // The access log names the staff member and the role.
    const QJsonObject opened = sections.value(u"access_log"_s).toArray().last().toObject();
    QCOMPARE(opened.value(u"action"_s).toString(), u"open_youth"_s);
    QCOMPARE(opened.value(u"account_name"_s).toString(), m_admin.displayName);
    QCOMPARE(opened.value(u"account_role"_s).toString(), u"administrator"_s);
    QVERIFY(!opened.contains(u"hash"_s));

    // The struck-out attempt and its reason, and the correction, are in the timeline.
    bool struck = false;
    bool corrects = false;
    const QJsonArray contacts = sections.value(u"contact"_s).toArray();
    for (const QJsonValue& contact : contacts) {
        struck = struck || contact.toObject().value(u"struck_reason"_s).toString() == u"Fel ungdom"_s;
        corrects = corrects || !contact.toObject().value(u"corrects_id"_s).isNull();
    }
    QVERIFY(struck);
    QVERIFY(corrects);
}

void TestRegisterExtract::hiddenNoteIsInThePdfAndTheJson()
{
    const QString pdf = m_fixture->filePath(u"extract.pdf"_s);
    const QString json = m_fixture->filePath(u"extract.json"_s);
    QVERIFY(LOTSEN_VALUE(RegisterExtractExport::write(*m_workspace, m_youth, RegisterExtractExport::Format::Pdf, pdf))
            > 0);
    QVERIFY(LOTSEN_VALUE(RegisterExtractExport::write(*m_workspace, m_youth, RegisterExtractExport::Format::Json, json))
            > 0);
    const QString keep = qEnvironmentVariable("LOTSEN_TEST_KEEP");
    if (!keep.isEmpty()) {
        QFile::remove(keep + u"/registerextract.pdf"_s);
        QFile::copy(pdf, keep + u"/registerextract.pdf"_s);
    }

    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(kSecret), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"Register extract"_s));
    QVERIFY(text.contains(u"Alva Testsson"_s));
    QVERIFY(text.contains(u"20000101-2384"_s));
    QVERIFY(text.contains(kContactNote));
    QVERIFY(text.contains(u"Fel ungdom"_s)); // a struck-out entry's reason
    QVERIFY(text.contains(u"Ångrade sig"_s)); // a consent's withdrawal
    QVERIFY(text.contains(u"Jobba med djur"_s)); // the first (frozen) plan version
    QVERIFY(text.contains(u"Inget svar"_s)); // a follow-up attempt
    QVERIFY(text.contains(u"Handläggare Alva"_s));
    QVERIFY(text.contains(u"Who has opened your data"_s));
    QVERIFY(text.contains(m_admin.displayName));
    QVERIFY(!text.contains(u"Bos egen anteckning"_s));
    QVERIFY(!text.contains(u"Handläggare Bo"_s));

    const QJsonObject root = readJson(json);
    const QJsonObject youth = root.value(u"sections"_s).toObject().value(u"youth"_s).toArray().first().toObject();
    QCOMPARE(youth.value(u"note"_s).toString(), kSecret);
    QCOMPARE(youth.value(u"personal_number"_s).toString(), u"200001012384"_s);
}

void TestRegisterExtract::theExtractIsLoggedAndOwnerOnly()
{
    for (const RegisterExtractExport::Format format :
         { RegisterExtractExport::Format::Pdf, RegisterExtractExport::Format::Json }) {
        const bool pdf = format == RegisterExtractExport::Format::Pdf;
        const QString path = m_fixture->filePath(pdf ? u"logged.pdf"_s : u"logged.json"_s);
        QVERIFY(LOTSEN_VALUE(RegisterExtractExport::write(*m_workspace, m_youth, format, path)) > 0);
        QVERIFY(QFile::exists(path));
        QVERIFY(OwnerOnlyFile::isOwnerOnly(path));

        AccessLog::Filter filter;
        filter.youthId = m_youth;
        filter.action = AccessAction::RegisterExtract;
        const QList<AccessLog::Entry> entries = LOTSEN_VALUE(m_workspace->accessLog().entries(filter));
        QVERIFY(!entries.isEmpty());
        const AccessLog::Entry& newest = entries.first().id > entries.last().id ? entries.first() : entries.last();
        QCOMPARE(newest.accountId, m_admin.id);
        QCOMPARE(newest.youthId, m_youth);
        QCOMPARE(newest.detail,
                 AccessDetail::encode(pdf ? AccessDetail::Code::RegisterExtractPdf
                                          : AccessDetail::Code::RegisterExtractJson));
        QCOMPARE(entries.size(), pdf ? 1 : 2);
    }
    QCOMPARE(RegisterExtractExport::formatOf(u"/tmp/x.JSON"_s), RegisterExtractExport::Format::Json);
    QCOMPARE(RegisterExtractExport::formatOf(u"/tmp/x.pdf"_s), RegisterExtractExport::Format::Pdf);
}

void TestRegisterExtract::aMentorIsRefused()
{
    const qint64 staff = m_fixture->addStaff(u"Mira Mentor"_s);
    m_fixture->logInAsStaff(u"mira"_s, u"Mira Mentor"_s, staff);
    const QString path = m_fixture->filePath(u"refused.pdf"_s);
    LOTSEN_VERIFY_FAILS(RegisterExtractExport::write(*m_workspace, m_youth, RegisterExtractExport::Format::Pdf, path));
    LOTSEN_VERIFY_FAILS(RegisterExtractExport::read(*m_workspace, m_youth));
    QVERIFY(!QFile::exists(path));
    AccessLog::Filter filter;
    filter.action = AccessAction::RegisterExtract;
    QVERIFY(LOTSEN_VALUE(m_workspace->accessLog().entries(filter)).isEmpty());

    // A coordinator may.
    const Account coordinator = m_fixture->logInAsStaff(u"cora"_s, u"Cora Koordinator"_s, 0, Role::Coordinator);
    QVERIFY(coordinator.id != 0);
    QVERIFY(LOTSEN_VALUE(RegisterExtractExport::write(*m_workspace, m_youth, RegisterExtractExport::Format::Pdf, path))
            > 0);
}

void TestRegisterExtract::aFailedLogLeavesNoFile()
{
    // A temporary trigger in SQLite; PostgreSQL has none, and this test's database goes with the test.
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY2(query.exec(TestServer::active() ? u"CREATE TRIGGER refuse_log BEFORE INSERT ON access_log FOR EACH ROW "
                                               "EXECUTE FUNCTION lotsen_abort('log refused')"_s
                                             : u"CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.access_log "
                                               "BEGIN SELECT RAISE(ABORT, 'log refused'); END"_s),
             qPrintable(query.lastError().text()));
    QDir dir(m_fixture->filePath(u"out"_s));
    QVERIFY(dir.mkpath(u"."_s));
    for (const RegisterExtractExport::Format format :
         { RegisterExtractExport::Format::Pdf, RegisterExtractExport::Format::Json }) {
        const QString path = dir.filePath(u"unlogged"_s);
        const Result<int> written = RegisterExtractExport::write(*m_workspace, m_youth, format, path);
        QVERIFY(!written.ok());
        QVERIFY2(written.message().contains(u"access log"_s), qPrintable(written.message()));
        // Neither the file nor QSaveFile's temporary one.
        QVERIFY2(dir.entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty(),
                 qPrintable(dir.entryList(QDir::Files | QDir::Hidden).join(u',')));
    }
}

void TestRegisterExtract::aFailedReadIsAnError()
{
    // A TEMP table of the same name hides the real one from the read: the read fails, and so does the extract,
    // instead of leaving the referrals out.
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"CREATE TEMP TABLE referral (x INTEGER)"_s));
    const Result<RegisterExtract> read = RegisterExtractQuery(m_fixture->database()).read(m_youth);
    QVERIFY(!read.ok());
    QVERIFY(!read.message().isEmpty());
    const QString path = m_fixture->filePath(u"failed.json"_s);
    LOTSEN_VERIFY_FAILS(RegisterExtractExport::write(*m_workspace, m_youth, RegisterExtractExport::Format::Json, path));
    QVERIFY(!QFile::exists(path));
}

void TestRegisterExtract::aMissingYouthIsAnError()
{
    LOTSEN_VERIFY_FAILS(RegisterExtractQuery(m_fixture->database()).read(m_youth + m_other + 100));
}

void TestRegisterExtract::aDemoYouthsExtractIsCompleteAndPrints()
{
    // The demo centre: the youth with the longest history. The old fixture goes first: its end resets the clock.
    m_workspace = nullptr;
    m_fixture.reset();
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"demo.lotsen"_s));
    m_workspace = &m_fixture->workspace();
    LOTSEN_VERIFY_OK(DemoDataGenerator::writeDemo(m_fixture->database(), kNow.date()));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"SELECT youth_id FROM contact GROUP BY youth_id ORDER BY count(*) DESC, youth_id LIMIT 1"_s));
    QVERIFY(query.next());
    const qint64 youthId = query.value(0).toLongLong();
    LOTSEN_VERIFY_OK(m_workspace->session().log(AccessAction::OpenYouth, youthId));

    QJsonObject sections;
    compareWithDatabase(youthId, false, &sections);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(sections.value(u"contact"_s).toArray().size() > 5);

    // To look at the pages: LOTSEN_TEST_KEEP=/tmp/dir, then pdftoppm -r 60 -png /tmp/dir/registerextract-demo.pdf p.
    const QString keep = qEnvironmentVariable("LOTSEN_TEST_KEEP");
    const QString pdf = (keep.isEmpty() ? m_fixture->dir().path() : keep) + u"/registerextract-demo.pdf"_s;
    QFile::remove(pdf);
    QVERIFY(LOTSEN_VALUE(RegisterExtractExport::write(*m_workspace, youthId, RegisterExtractExport::Format::Pdf, pdf))
            > 0);
    const QString text = pdfText(pdf);
    const QJsonObject youth = sections.value(u"youth"_s).toArray().first().toObject();
    QVERIFY(text.contains(youth.value(u"first_name"_s).toString() + u' ' + youth.value(u"last_name"_s).toString()));
    // Every contact's note, as the timeline holds it, is in the document.
    for (const QJsonValue& contact : sections.value(u"contact"_s).toArray()) {
        const QString note = contact.toObject().value(u"note"_s).toString().simplified();
        QVERIFY2(text.contains(note), qPrintable(note));
    }
}

QTEST_MAIN(TestRegisterExtract)
#include "tst_registerextract.moc"
