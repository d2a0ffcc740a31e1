// The reports' figures against a fixture whose every answer was counted by hand (the comments say how), with the
// edge cases the README's report section decides: a youth exited and re-enrolled in the same period, a youth
// without a birth date or gender, a period that starts before the report's period, an exit on its first and last
// day, an exit registered in error; the filters, small-number masking, and refusal for a mentor.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Session.h"
#include "contacts/ContactRepository.h"
#include "core/CentreSettings.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "enrolment/FollowUpRepository.h"
#include "reports/ReportQuery.h"
#include "youth/YouthRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(10, 0));
const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 31);

// The row whose first cell is `label`, as integers from column 1 on (text cells read as -1).
QList<int> countsOf(const ReportTable& table, const QString& label)
{
    for (const QVariantList& row : table.rows) {
        if (row.value(0).toString() == label) {
            QList<int> counts;
            for (qsizetype c = 1; c < row.size(); ++c) {
                counts.append(row.at(c).typeId() == QMetaType::QString ? -1 : row.at(c).toInt());
            }
            return counts;
        }
    }
    qWarning("no row %s in %s", qPrintable(label), qPrintable(table.key));
    return {};
}

QVariant valueAt(const ReportTable& table, const QString& label, int column)
{
    for (const QVariantList& row : table.rows) {
        if (row.value(0).toString() == label) {
            return row.value(column);
        }
    }
    return {};
}

const ReportTable& tableOf(const Report& report, const QString& key)
{
    for (const ReportTable& table : report.tables) {
        if (table.key == key) {
            return table;
        }
    }
    static const ReportTable none;
    qWarning("no table %s", qPrintable(key));
    return none;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void participants();
    void participantsByMentor();
    void situationAtEntry();
    void exitsAndResults();
    void followUps();
    void timeInProgramme();
    void noOneLost();
    void activity();
    void interventionsAndReferrals();
    void outreach();
    void kaa();
    void participantList();
    void smallNumbersMasked();
    void everyReportRuns();
    void refusedForMentor();
    void failedSettingsReadIsAnError();

private:
    qint64 youth(const QString& first, Gender gender, const QDate& birth, const QDate& start,
                 YouthStatus status = YouthStatus::Active, qint64 mentor = 0,
                 ReferralSource source = ReferralSource::None);
    void exit(qint64 youthId, const QDate& on, ExitReason reason, Situation situation, bool followUps = false);
    void contact(qint64 youthId, const QDateTime& at, ContactKind kind, qint64 activityId = 0, bool strike = false);
    void sql(const QString& statement, const QVariantList& binds = {});
    ReportParameters march() const
    {
        ReportParameters parameters;
        parameters.from = kFrom;
        parameters.to = kTo;
        return parameters;
    }

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr;
    qint64 m_mentor = 0;
    qint64 m_other = 0;
    qint64 m_lastContact = 0;
    QHash<QString, qint64> m_ids;
};

qint64 TestReports::youth(const QString& first, Gender gender, const QDate& birth, const QDate& start,
                          YouthStatus status, qint64 mentor, ReferralSource source)
{
    Youth y;
    y.firstName = first;
    y.lastName = u"Testsson"_s;
    y.gender = gender;
    y.birthDate = birth;
    y.status = status;
    y.startDate = start;
    y.mentorId = mentor;
    y.referralSource = source;
    const qint64 id = TestWorkspace::saveYouth(*m_workspace, y);
    m_ids.insert(first, id);
    return id;
}

void TestReports::exit(qint64 youthId, const QDate& on, ExitReason reason, Situation situation, bool followUps)
{
    ExitInput input;
    input.exitDate = on;
    input.reason = reason;
    input.situation = situation;
    input.studyType = situation == Situation::Studies ? StudyType::Komvux : StudyType::None;
    input.followUpConsent = followUps;
    const Result<qint64> done = m_workspace->enrolments().exit(youthId, input, { u"4w"_s, u"6m"_s });
    QVERIFY2(done.ok(), qPrintable(done.message()));
}

void TestReports::contact(qint64 youthId, const QDateTime& at, ContactKind kind, qint64 activityId, bool strike)
{
    Contact c;
    c.youthId = youthId;
    c.occurredAt = at;
    c.kind = kind;
    c.activityId = activityId;
    const Result<qint64> logged = m_workspace->contacts().log(c);
    QVERIFY2(logged.ok(), qPrintable(logged.message()));
    m_lastContact = *logged;
    if (strike) {
        LOTSEN_VERIFY_OK(m_workspace->contacts().strike(*logged, 0, u"Fel ungdom"_s));
    }
}

void TestReports::sql(const QString& statement, const QVariantList& binds)
{
    QSqlQuery query(m_fixture->database().connection());
    // Without binds the statement runs as it is: PostgreSQL prepares only queries and data changes, not the
    // ALTER TABLE of failedSettingsReadIsAnError.
    if (binds.isEmpty()) {
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        return;
    }
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestReports::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open());
    m_workspace = &m_fixture->workspace();
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_mentor = m_fixture->addStaff(u"Maja Mentor"_s);
    m_other = m_fixture->addStaff(u"Otto Annan"_s);
    LOTSEN_VERIFY_OK(m_workspace->centre().save(
        { { CentreSettings::Key::ProjectStart, u"2026-01-01"_s }, { CentreSettings::Key::PlannedParticipants, 10 } }));

    // The report period is March 2026. Age is counted at each period's start.
    // A: woman, 17, enrolled before March, still active: active at start and at end.
    youth(u"A"_s, Gender::Woman, QDate(2008, 5, 10), QDate(2026, 1, 15), YouthStatus::Active, m_mentor);
    // B: man, 21, enrolled in February, exits 10 March completed, employed.
    const qint64 b = youth(u"B"_s, Gender::Man, QDate(2005, 2, 1), QDate(2026, 2, 20));
    exit(b, QDate(2026, 3, 10), ExitReason::Completed, Situation::Employed);
    // C: non-binary, 24, new on 5 March, still active; a full situation at entry.
    const qint64 c = youth(u"C"_s, Gender::Other, QDate(2001, 7, 1), QDate(2026, 3, 5), YouthStatus::Active, m_mentor);
    {
        const QList<EnrolmentPeriod> periods = LOTSEN_VALUE(m_workspace->enrolments().periods(c));
        QCOMPARE(periods.size(), 1);
        EntrySituation entry;
        entry.labour = LabourSituation::Inactive;
        entry.timeWithout = TimeWithout::Over12Months;
        entry.education = Education::Compulsory;
        entry.income = Income::SocialAssistance;
        LOTSEN_VERIFY_OK(m_workspace->enrolments().updateEntry(periods.first().id, entry, false));
    }
    // D: gender not stated, no birth date, new on the last day of March.
    youth(u"D"_s, Gender::NotStated, QDate(), QDate(2026, 3, 31));
    // E: woman, 18 (19 on 20 March), new on the first day, exits on the last day on her own initiative, to studies.
    const qint64 e = youth(u"E"_s, Gender::Woman, QDate(2007, 3, 20), QDate(2026, 3, 1));
    exit(e, QDate(2026, 3, 31), ExitReason::OwnInitiative, Situation::Studies);
    // F: man, 20, enrolled in February, exits 5 March (lost contact, job-seeking), enrolled again on 20 March.
    const qint64 f = youth(u"F"_s, Gender::Man, QDate(2006, 1, 1), QDate(2026, 2, 1));
    exit(f, QDate(2026, 3, 5), ExitReason::LostContact, Situation::JobSeeking);
    {
        EnrolmentRepository::Enrolment again;
        again.startDate = QDate(2026, 3, 20);
        again.mentorId = m_other;
        again.entry.labour = LabourSituation::UnemployedRegistered;
        again.entry.timeWithout = TimeWithout::SixTo12Months;
        again.entry.education = Education::UpperSecondary;
        again.entry.income = Income::None;
        LOTSEN_VERIFY_OK(m_workspace->enrolments().enrol(f, again));
    }
    // G: registered in error: counted nowhere.
    const qint64 g = youth(u"G"_s, Gender::Woman, QDate(2004, 1, 1), QDate(2026, 3, 10));
    exit(g, QDate(2026, 3, 15), ExitReason::InError, Situation::NotKnown);
    // H: man, 22, enrolled 2025, exited in February with follow-ups: the 4-week one is due 15 March, done.
    const qint64 h = youth(u"H"_s, Gender::Man, QDate(2003, 1, 1), QDate(2025, 6, 1));
    exit(h, QDate(2026, 2, 15), ExitReason::LostContact, Situation::NoOccupation, true);
    {
        const QList<FollowUp> due = LOTSEN_VALUE(m_workspace->followUps().followUps(h));
        QCOMPARE(due.size(), 2);
        AttemptInput reached;
        reached.on = QDate(2026, 3, 16);
        reached.result = AttemptResult::Reached;
        reached.situation = Situation::Employed;
        const auto fourWeeks
            = std::find_if(due.cbegin(), due.cend(), [](const FollowUp& u) { return u.offsetCode == u"4w"_s; });
        QVERIFY(fourWeeks != due.cend());
        QCOMPARE(fourWeeks->dueOn, QDate(2026, 3, 15));
        LOTSEN_VERIFY_OK(m_workspace->followUps().recordAttempt(fourWeeks->id, reached));
    }
    // Prospects from outreach: P1 (KAA list, 16, man) contacted; P2 (KAA list, 21) only an attempt; P3 (outreach)
    // first attempt 7 March, enrolled 2 April (26 days).
    const qint64 p1
        = youth(u"P1"_s, Gender::Man, QDate(2009, 6, 1), QDate(), YouthStatus::Prospect, 0, ReferralSource::Kaa);
    const qint64 p2
        = youth(u"P2"_s, Gender::Woman, QDate(2005, 1, 1), QDate(), YouthStatus::Prospect, 0, ReferralSource::Kaa);
    const qint64 p3
        = youth(u"P3"_s, Gender::Woman, QDate(2002, 2, 2), QDate(), YouthStatus::Prospect, 0, ReferralSource::Outreach);
    {
        EnrolmentRepository::Enrolment enrol;
        enrol.startDate = QDate(2026, 4, 2);
        enrol.mentorId = m_other;
        enrol.referralSource = ReferralSource::Outreach;
        LOTSEN_VERIFY_OK(m_workspace->enrolments().enrol(p3, enrol));
    }
    // When they were registered: the old ones long before; E on the day she was enrolled (not through outreach).
    sql(u"UPDATE youth SET created_at = '2025-01-01T09:00:00'"_s);
    sql(u"UPDATE youth SET created_at = '2026-03-01T09:00:00' WHERE id = ?"_s, { e });
    sql(u"UPDATE youth SET created_at = '2026-03-03T09:00:00' WHERE id = ?"_s, { p1 });
    sql(u"UPDATE youth SET created_at = '2026-03-04T09:00:00' WHERE id = ?"_s, { p2 });
    sql(u"UPDATE youth SET created_at = '2026-03-06T09:00:00' WHERE id = ?"_s, { p3 });

    // The timeline in March: meeting 2 (a third struck out), phone 3, attempt 3, drop-in 3 (2 visitors),
    // group activity 2; outside March two more.
    const qint64 a = m_ids.value(u"A"_s);
    contact(a, QDateTime(QDate(2026, 3, 2), QTime(10, 0)), ContactKind::Meeting);
    contact(a, QDateTime(QDate(2026, 3, 3), QTime(10, 0)), ContactKind::Phone);
    // That phone call was a video call: the correction counts, the corrected entry no longer.
    {
        Contact video;
        video.youthId = a;
        video.occurredAt = QDateTime(QDate(2026, 3, 3), QTime(10, 0));
        video.kind = ContactKind::Video;
        LOTSEN_VERIFY_OK(m_workspace->contacts().correct(m_lastContact, video));
    }
    contact(a, QDateTime(QDate(2026, 3, 9), QTime(10, 0)), ContactKind::Meeting, 0, true);
    contact(c, QDateTime(QDate(2026, 3, 4), QTime(10, 0)), ContactKind::Attempt);
    contact(c, QDateTime(QDate(2026, 3, 31), QTime(23, 30)), ContactKind::Phone);
    contact(f, QDateTime(QDate(2026, 3, 6), QTime(14, 0)), ContactKind::DropIn);
    contact(f, QDateTime(QDate(2026, 3, 7), QTime(14, 0)), ContactKind::DropIn);
    contact(e, QDateTime(QDate(2026, 3, 8), QTime(14, 0)), ContactKind::DropIn);
    contact(p1, QDateTime(QDate(2026, 3, 10), QTime(11, 0)), ContactKind::Phone);
    contact(p2, QDateTime(QDate(2026, 3, 5), QTime(11, 0)), ContactKind::Attempt);
    contact(p3, QDateTime(QDate(2026, 3, 7), QTime(11, 0)), ContactKind::Attempt);
    contact(p3, QDateTime(QDate(2026, 3, 9), QTime(11, 0)), ContactKind::Meeting);
    contact(a, QDateTime(QDate(2026, 2, 28), QTime(23, 59)), ContactKind::Meeting);
    contact(a, QDateTime(QDate(2026, 4, 1), QTime(0, 0)), ContactKind::Meeting);
    sql(u"INSERT INTO group_activity (held_on, title, created_at) VALUES ('2026-03-12', 'Studiebesök', '2026-03-01')"_s);
    const qint64 activityId = [this] {
        QSqlQuery q(m_fixture->database().connection());
        return q.exec(u"SELECT max(id) FROM group_activity"_s) && q.next() ? q.value(0).toLongLong() : 0;
    }();
    contact(a, QDateTime(QDate(2026, 3, 12), QTime(13, 0)), ContactKind::GroupActivity, activityId);
    contact(c, QDateTime(QDate(2026, 3, 12), QTime(13, 0)), ContactKind::GroupActivity, activityId);
    sql(u"INSERT INTO anonymous_visit (visited_at, age_group) VALUES ('2026-03-02T10:00:00', '18-19'),"
        " ('2026-03-31T20:00:00', '20-24'), ('2026-02-27T10:00:00', '20-24')"_s);
    // Today (15 June): A reached on 10 June, C only an attempt, F last reached in May.
    contact(a, QDateTime(QDate(2026, 6, 10), QTime(10, 0)), ContactKind::Meeting);
    contact(c, QDateTime(QDate(2026, 6, 12), QTime(10, 0)), ContactKind::Attempt);
    contact(f, QDateTime(QDate(2026, 5, 1), QTime(10, 0)), ContactKind::Meeting);
    // Plans: A's review is ahead, C's has passed.
    sql(u"INSERT INTO action_plan (youth_id, version, plan_date, next_review, created_at, updated_at)"
        " VALUES (?, 1, '2026-02-01', '2026-07-01', '2026-02-01', '2026-02-01'),"
        " (?, 1, '2026-03-06', '2026-06-01', '2026-03-06', '2026-03-06')"_s,
        { a, c });

    // Interventions: A started in March (ongoing); C completed in March; F starts in April.
    sql(u"INSERT INTO intervention (name, category, created_at, updated_at)"
        " VALUES ('Jobbspår', 'work_training', '2025-01-01', '2025-01-01')"_s);
    sql(u"INSERT INTO participation (youth_id, intervention_id, start_date, status, created_at, updated_at)"
        " VALUES (?, 1, '2026-03-03', 'ongoing', '2026-03-03', '2026-03-03'),"
        " (?, 1, '2026-01-10', 'completed', '2026-01-10', '2026-03-20T10:00:00'),"
        " (?, 1, '2026-04-05', 'ongoing', '2026-04-05', '2026-04-05')"_s,
        { a, c, f });
    // Referrals sent in March: the employment service accepts after 10 days, declines after 3, one waits; a school
    // does not answer. One from February is not counted.
    sql(u"INSERT INTO partner_org (name, kind, created_at, updated_at) VALUES ('AF Test', 'employment_service',"
        " '2025-01-01', '2025-01-01'), ('Skolan', 'school', '2025-01-01', '2025-01-01')"_s);
    sql(u"INSERT INTO referral (youth_id, org_id, sent_on, reason, consent_override, status, response_on, created_at,"
        " updated_at) VALUES (?, 1, '2026-03-02', 'Praktik', 'muntligt', 'accepted', '2026-03-12', '2026-03-02',"
        " '2026-03-12'), (?, 1, '2026-03-05', 'Praktik', 'muntligt', 'declined', '2026-03-08', '2026-03-05',"
        " '2026-03-08'), (?, 1, '2026-03-20', 'Praktik', 'muntligt', 'sent', NULL, '2026-03-20', '2026-03-20'),"
        " (?, 2, '2026-03-25', 'Studier', 'muntligt', 'no_answer', NULL, '2026-03-25', '2026-03-25'),"
        " (?, 2, '2026-02-25', 'Studier', 'muntligt', 'accepted', '2026-02-26', '2026-02-25', '2026-02-26')"_s,
        { a, c, m_ids.value(u"D"_s), f, a });
}

void TestReports::cleanup()
{
    m_workspace = nullptr;
    m_fixture.reset();
}

void TestReports::participants()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().participants(march()));
    const ReportTable& table = tableOf(report, u"participants"_s);
    // Total | woman man other not-stated | 15–17 18–19 20–24 25–29 other age
    // At start: A (W, 17), B (M, 21), F's first period (M, 20); E starts on the first day and is new.
    QCOMPARE(countsOf(table, u"Active at the start"_s), (QList<int> { 3, 1, 2, 0, 0, 1, 0, 2, 0, 0 }));
    // New: C (O, 24), D (NS, no birth date), E (W, 18), F again (M, 20). G (in error) never counts.
    QCOMPARE(countsOf(table, u"New"_s), (QList<int> { 4, 1, 1, 1, 1, 0, 1, 2, 0, 1 }));
    // Exits: B, E (on the last day), F's first period.
    QCOMPARE(countsOf(table, u"Exits"_s), (QList<int> { 3, 1, 2, 0, 0, 0, 1, 2, 0, 0 }));
    // At the end: A, C, D, F's second period.
    QCOMPARE(countsOf(table, u"Active at the end"_s), (QList<int> { 4, 1, 1, 1, 1, 1, 0, 2, 0, 1 }));
    // Since the project start (1 January): A B C D E F H, each once, aged at their first period in the window.
    QCOMPARE(countsOf(table, u"Participants since the project start (2026-01-01)"_s),
             (QList<int> { 7, 2, 3, 1, 1, 1, 1, 4, 0, 1 }));
    const ReportTable& plan = tableOf(report, u"participants_plan"_s);
    QCOMPARE(valueAt(plan, u"Planned participants"_s, 1).toInt(), 10);
    QCOMPARE(valueAt(plan, u"Participants since the project start"_s, 2).toDouble(), 0.7);
    const ReportTable& months = tableOf(report, u"participants_by_month"_s);
    QCOMPARE(months.rowCount(), 1);
    QCOMPARE(months.rows.first().mid(1), (QVariantList { 4, 3, 4 }));

    // February: B and F start; H exits; at the end A, B, F.
    ReportParameters february;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    const Report feb = LOTSEN_VALUE(m_workspace->reports().participants(february));
    QCOMPARE(countsOf(tableOf(feb, u"participants"_s), u"New"_s).first(), 2);
    QCOMPARE(countsOf(tableOf(feb, u"participants"_s), u"Exits"_s).first(), 1);
    QCOMPARE(countsOf(tableOf(feb, u"participants"_s), u"Active at the end"_s).first(), 3);
    // A quarter, month by month: the running count carries over.
    ReportParameters quarter;
    quarter.from = QDate(2026, 1, 1);
    quarter.to = kTo;
    const ReportTable byMonth
        = tableOf(LOTSEN_VALUE(m_workspace->reports().participants(quarter)), u"participants_by_month"_s);
    QCOMPARE(byMonth.rowCount(), 3);
    // January: A new (H active since 2025): 2 at the end. February: +B +F −H = 3. March: +4 −3 = 4.
    QCOMPARE(byMonth.rows.at(0).mid(1), (QVariantList { 1, 0, 2 }));
    QCOMPARE(byMonth.rows.at(1).mid(1), (QVariantList { 2, 1, 3 }));
    QCOMPARE(byMonth.rows.at(2).mid(1), (QVariantList { 4, 3, 4 }));
}

void TestReports::participantsByMentor()
{
    ReportParameters parameters = march();
    parameters.mentorId = m_mentor;
    const ReportTable table = tableOf(LOTSEN_VALUE(m_workspace->reports().participants(parameters)), u"participants"_s);
    QCOMPARE(countsOf(table, u"Active at the start"_s).first(), 1); // A
    QCOMPARE(countsOf(table, u"New"_s).first(), 1); // C
    QCOMPARE(countsOf(table, u"Exits"_s).first(), 0);
    QCOMPARE(countsOf(table, u"Active at the end"_s).first(), 2);
}

void TestReports::situationAtEntry()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().situationAtEntry(march()));
    // The periods that began in March: C, D, E, F's second.
    const ReportTable& labour = tableOf(report, u"entry_labour"_s);
    QCOMPARE(countsOf(labour, u"All new participants"_s), (QList<int> { 4, 1, 1, 1, 1 }));
    QCOMPARE(countsOf(labour, EnrolmentVocabulary::label(LabourSituation::Inactive)), (QList<int> { 1, 0, 0, 1, 0 }));
    QCOMPARE(countsOf(labour, EnrolmentVocabulary::label(LabourSituation::UnemployedRegistered)),
             (QList<int> { 1, 0, 1, 0, 0 }));
    QCOMPARE(countsOf(labour, EnrolmentVocabulary::label(LabourSituation::NotKnown)), (QList<int> { 2, 1, 0, 0, 1 }));
    const ReportTable& education = tableOf(report, u"entry_education"_s);
    QCOMPARE(countsOf(education, EnrolmentVocabulary::label(IscedBand::Isced1To2)).first(), 1);
    QCOMPARE(countsOf(education, EnrolmentVocabulary::label(IscedBand::Isced3To4)).first(), 1);
    QCOMPARE(countsOf(education, EnrolmentVocabulary::label(IscedBand::NotKnown)).first(), 2);
    QCOMPARE(countsOf(tableOf(report, u"entry_time"_s), EnrolmentVocabulary::label(TimeWithout::Over12Months)).first(),
             1);
    QCOMPARE(countsOf(tableOf(report, u"entry_income"_s), EnrolmentVocabulary::label(Income::SocialAssistance)).first(),
             1);
    // KAA at entry: only E (18, education not known, not in education).
    QCOMPARE(countsOf(tableOf(report, u"entry_kaa"_s), u"In the KAA group"_s), (QList<int> { 1, 1, 0, 0, 0 }));
}

void TestReports::exitsAndResults()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().exits(march()));
    // B completed (employed), E own initiative (studies), F lost contact (job-seeking); G's error is not counted.
    const ReportTable& reasons = tableOf(report, u"exits_reason"_s);
    QCOMPARE(countsOf(reasons, u"All exits"_s), (QList<int> { 3, 1, 2, 0, 0 }));
    QCOMPARE(countsOf(reasons, EnrolmentVocabulary::label(ExitReason::LostContact)).first(), 1);
    for (const QVariantList& row : reasons.rows) {
        QVERIFY(row.first().toString() != EnrolmentVocabulary::label(ExitReason::InError));
    }
    QCOMPARE(countsOf(tableOf(report, u"exits_situation"_s), EnrolmentVocabulary::label(Situation::Studies)),
             (QList<int> { 1, 1, 0, 0, 0 }));
    const ReportTable& results = tableOf(report, u"exits_results"_s);
    QCOMPARE(valueAt(results, u"In work or studies"_s, 1).toInt(), 2);
    QCOMPARE(valueAt(results, u"In work or studies"_s, 2).toDouble(), 2.0 / 3.0);
    QCOMPARE(valueAt(results, u"Closer to the labour market"_s, 2).toDouble(), 1.0);
}

void TestReports::followUps()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().followUps(march()));
    // Only H's 4-week follow-up is due in March, and it was done.
    const ReportTable& status = tableOf(report, u"follow_ups_status"_s);
    QCOMPARE(countsOf(status, EnrolmentVocabulary::offsetLabel(u"4w"_s)), (QList<int> { 1, 1, 0, 0, 1 }));
    QCOMPARE(valueAt(status, u"All follow-ups"_s, 5).toDouble(), 1.0);
    const ReportTable& situations = tableOf(report, u"follow_ups_situation"_s);
    QCOMPARE(situations.columnCount(), 3);
    QCOMPARE(countsOf(situations, EnrolmentVocabulary::label(Situation::NoOccupation)), (QList<int> { 1, 0 }));
    QCOMPARE(countsOf(situations, EnrolmentVocabulary::label(Situation::Employed)), (QList<int> { 0, 1 }));
}

void TestReports::timeInProgramme()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().timeInProgramme(march()));
    // Exited: B 18 days, E 30, F 32. Still running on 31 March: A 75, C 26, D 0, F again 11.
    const ReportTable& distribution = tableOf(report, u"time_distribution"_s);
    QCOMPARE(countsOf(distribution, u"Under 1 month"_s), (QList<int> { 2, 3 }));
    QCOMPARE(countsOf(distribution, u"1–3 months"_s), (QList<int> { 1, 1 }));
    QCOMPARE(countsOf(distribution, u"All periods"_s), (QList<int> { 3, 4 }));
    const ReportTable& medians = tableOf(report, u"time_median"_s);
    QCOMPARE(valueAt(medians, u"Exited in the period"_s, 2).toDouble(), 30.0);
    QCOMPARE(valueAt(medians, u"Still enrolled at the end"_s, 2).toDouble(), 18.5);
}

void TestReports::noOneLost()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().noOneLost(march()));
    // Active today: A, C, D, F, P3. Plans: A (in time), C (overdue). Contact in 30 days: only A.
    const ReportTable& shares = tableOf(report, u"no_one_lost"_s);
    QCOMPARE(valueAt(shares, u"Active youths"_s, 1).toInt(), 5);
    QCOMPARE(valueAt(shares, u"With an action plan"_s, 2).toDouble(), 0.4);
    QCOMPARE(valueAt(shares, u"With the plan reviewed in time"_s, 2).toDouble(), 0.2);
    QCOMPARE(valueAt(shares, u"With a successful contact in the last 30 days"_s, 2).toDouble(), 0.2);
    const ReportTable& names = tableOf(report, u"no_one_lost_names"_s);
    QVERIFY(names.onScreenOnly);
    QCOMPARE(names.rowCount(), 4); // C, D, F, P3
    QCOMPARE(valueAt(names, u"C Testsson"_s, 3).toString(), u"Overdue"_s);
}

void TestReports::activity()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().activity(march()));
    const ReportTable& contacts = tableOf(report, u"activity_contacts"_s);
    QCOMPARE(contacts.rowCount(), 2); // March and the total
    // Total 13: meeting 2, phone 2, video 1 (the corrected phone call), drop-in 3, group activity 2, attempt 3.
    const QStringList headers = contacts.headers;
    const QVariantList march = contacts.rows.first();
    QCOMPARE(march.at(1).toInt(), 13);
    QCOMPARE(march.at(headers.indexOf(Vocabulary::label(ContactKind::Meeting))).toInt(), 2);
    QCOMPARE(march.at(headers.indexOf(Vocabulary::label(ContactKind::Phone))).toInt(), 2);
    QCOMPARE(march.at(headers.indexOf(Vocabulary::label(ContactKind::Video))).toInt(), 1);
    QCOMPARE(march.at(headers.indexOf(Vocabulary::label(ContactKind::Attempt))).toInt(), 3);
    QCOMPARE(march.at(headers.indexOf(Vocabulary::label(ContactKind::DropIn))).toInt(), 3);
    QCOMPARE(march.at(headers.indexOf(Vocabulary::label(ContactKind::GroupActivity))).toInt(), 2);
    QVERIFY(!headers.contains(Vocabulary::label(ContactKind::Letter))); // no letters: no column
    const ReportTable& place = tableOf(report, u"activity_meeting_place"_s);
    // Named drop-in 3, unique visitors 2, anonymous 2, activities 1, attendance 2.
    QCOMPARE(place.rows.first().mid(1), (QVariantList { 3, 2, 2, 1, 2 }));
}

void TestReports::interventionsAndReferrals()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().interventions(march()));
    QCOMPARE(countsOf(tableOf(report, u"interventions"_s), u"Jobbspår"_s), (QList<int> { 1, 1, 1 }));
    const ReportTable& referrals = tableOf(report, u"referrals"_s);
    const QString employment = Vocabulary::label(PartnerKind::EmploymentService);
    QCOMPARE(countsOf(referrals, employment).mid(0, 4), (QList<int> { 3, 1, 1, 1 }));
    QCOMPARE(valueAt(referrals, employment, 5).toDouble(), 6.5); // 10 and 3 days
    QCOMPARE(countsOf(referrals, Vocabulary::label(PartnerKind::School)).mid(0, 4), (QList<int> { 1, 0, 0, 1 }));
    QVERIFY(valueAt(referrals, Vocabulary::label(PartnerKind::School), 5).isNull());
    QCOMPARE(countsOf(referrals, u"All referrals"_s).mid(0, 4), (QList<int> { 4, 1, 1, 2 }));
}

void TestReports::outreach()
{
    const ReportTable funnel = tableOf(LOTSEN_VALUE(m_workspace->reports().outreach(march())), u"outreach"_s);
    // KAA list: P1 contacted, P2 only tried. Outreach: P3, enrolled 26 days after the first attempt. E was
    // registered on the day she was enrolled: not a prospect.
    QCOMPARE(countsOf(funnel, Vocabulary::label(ReferralSource::Kaa)).mid(0, 3), (QList<int> { 2, 1, 0 }));
    QCOMPARE(countsOf(funnel, Vocabulary::label(ReferralSource::Outreach)).mid(0, 3), (QList<int> { 1, 1, 1 }));
    QCOMPARE(valueAt(funnel, Vocabulary::label(ReferralSource::Outreach), 5).toDouble(), 26.0);
    QCOMPARE(countsOf(funnel, u"All prospects"_s).mid(0, 3), (QList<int> { 3, 2, 1 }));
    QCOMPARE(valueAt(funnel, u"All prospects"_s, 4).toDouble(), 1.0 / 3.0);
}

void TestReports::kaa()
{
    const Report report = LOTSEN_VALUE(m_workspace->reports().kaa(march()));
    // Under 20 on 31 March and in the group: A (derived at entry), E (derived), P1 (KAA list). P2 is 21.
    const ReportTable& overview = tableOf(report, u"kaa"_s);
    QCOMPARE(countsOf(overview, u"Youths under 20 in the KAA group"_s), (QList<int> { 3, 2, 1, 0, 0 }));
    QCOMPARE(countsOf(overview, u"Contacted in the period"_s).first(), 3);
    QCOMPARE(countsOf(overview, u"With a first measure"_s).first(), 2);
    QCOMPARE(countsOf(overview, u"Declined to take part"_s).first(), 1);
    QCOMPARE(countsOf(overview, u"Ended"_s).first(), 1);
    QCOMPARE(countsOf(tableOf(report, u"kaa_ended"_s), EnrolmentVocabulary::label(ExitReason::OwnInitiative)).first(),
             1);
}

void TestReports::participantList()
{
    const ReportTable list = LOTSEN_VALUE(m_workspace->reports().participantList(march()));
    // A, B, C, D, E, F twice; not G (in error), not H (ended in February).
    QCOMPARE(list.rowCount(), 7);
    QCOMPARE(list.rows.first().at(4).toDate(), QDate(2026, 1, 15)); // A first, by start date
    QCOMPARE(list.rows.first().at(3).typeId(), QMetaType::Int); // a birth year, not 2008.0
    QCOMPARE(list.rows.first().at(3).toInt(), 2008);
    // Without a personal number: the birth date in the funder's form, and the identity column says so.
    QCOMPARE(list.rows.first().at(0).toString(), u"20080510"_s);
    QCOMPARE(list.rows.first().at(1).toString(), u"Birth date (no personal number)"_s);
    int withSixMonths = 0;
    for (const QVariantList& row : list.rows) {
        withSixMonths += row.at(8).toString().isEmpty() ? 0 : 1;
    }
    QCOMPARE(withSixMonths, 0); // no exit in March asked for follow-ups
}

void TestReports::smallNumbersMasked()
{
    const ReportTable table = tableOf(LOTSEN_VALUE(m_workspace->reports().participants(march())), u"participants"_s);
    const ReportTable masked = table.maskedSmallNumbers();
    // "New": 4 in all, 1 of each gender: the total stays, the genders become "<5", zeros stay zero.
    QCOMPARE(valueAt(masked, u"New"_s, 1).toInt(), 4);
    QCOMPARE(valueAt(masked, u"New"_s, 2).toString(), u"<5"_s);
    QCOMPARE(valueAt(masked, u"New"_s, 6).toInt(), 0);
    QCOMPARE(valueAt(table, u"New"_s, 2).toInt(), 1);
    // A share next to a masked count would give the count back: it becomes "..".
    const ReportTable results
        = tableOf(LOTSEN_VALUE(m_workspace->reports().exits(march())), u"exits_results"_s).maskedSmallNumbers();
    QCOMPARE(valueAt(results, u"In work or studies"_s, 1).toString(), u"<5"_s);
    QCOMPARE(valueAt(results, u"In work or studies"_s, 2).toString(), u".."_s);
    QCOMPARE(valueAt(results, u"All exits"_s, 1).toInt(), 3); // the total stays exact
}

void TestReports::everyReportRuns()
{
    const QList<Report> reports = LOTSEN_VALUE(m_workspace->reports().all(march()));
    QCOMPARE(reports.size(), ReportQuery::keys().size());
    for (const Report& report : reports) {
        QVERIFY(!report.definition.isEmpty());
        QVERIFY(!report.tables.isEmpty());
        for (const ReportTable& table : report.tables) {
            QCOMPARE(table.kinds.size(), table.headers.size());
            for (const QVariantList& row : table.rows) {
                QCOMPARE(row.size(), table.headers.size());
            }
        }
    }
    // With every filter at once, still no failure.
    ReportParameters filtered = march();
    filtered.mentorId = m_mentor;
    filtered.municipality = u"Testkommun"_s;
    filtered.referralSource = u"kaa"_s;
    filtered.interventionId = 1;
    LOTSEN_VERIFY_OK(m_workspace->reports().all(filtered));
    LOTSEN_VERIFY_FAILS(m_workspace->reports().report(u"nonsense"_s, march()));
}

void TestReports::refusedForMentor()
{
    const qint64 staff = m_fixture->addStaff(u"Mira Mentor"_s);
    m_fixture->logInAsStaff(u"mira"_s, u"Mira Mentor"_s, staff);
    LOTSEN_VERIFY_FAILS(m_workspace->reports().participants(march()));
    LOTSEN_VERIFY_FAILS(m_workspace->reports().participantList(march()));
    LOTSEN_VERIFY_FAILS(m_workspace->reports().all(march()));
    m_fixture->logInAsStaff(u"cora"_s, u"Cora Coordinator"_s, m_fixture->addStaff(u"Cora Coordinator"_s),
                            Role::Coordinator);
    LOTSEN_VERIFY_OK(m_workspace->reports().all(march()));
}

void TestReports::failedSettingsReadIsAnError()
{
    // Without the settings the figures since the project start cannot be counted: an error, not a shorter table.
    sql(u"ALTER TABLE setting RENAME TO setting_unreadable"_s);
    LOTSEN_VERIFY_FAILS(m_workspace->reports().participants(march()));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
