// The Today view's attention rules on a fresh database per test, with a fixed "today": each rule at its threshold
// (N-1, N, N+1), attempts that are not contact, escalation, snoozing and its return, exited youths, the mentor
// filter, the order of the list, the wording, and AttentionModel under QAbstractItemModelTester.

#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/StaffRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "plans/PlanRepository.h"
#include "today/AttentionModel.h"
#include "today/AttentionQuery.h"
#include "today/AttentionRules.h"
#include "today/SnoozeRepository.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 27);
const QDateTime kNow(kToday, QTime(10, 30));

} // namespace

class TestAttentionRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void activeNoContact_data();
    void activeNoContact();
    void prospectNoContact_data();
    void prospectNoContact();
    void neverContactedCountsFromStart_data();
    void neverContactedCountsFromStart();
    void attemptsAreNotContact();
    void contactWithRelativeIsNotContactWithYouth();
    void unansweredAttemptsEscalate_data();
    void unansweredAttemptsEscalate();
    void answeredContactEndsTheRun();
    void plannedContact_data();
    void plannedContact();
    void plannedContactResolvedByContact();
    void planReview_data();
    void planReview();
    void frozenPlanVersionsDoNotCount();
    void pauseEnded_data();
    void pauseEnded();
    void pausedYouthWithoutContactIsNotFlagged();
    void referralUnanswered_data();
    void referralUnanswered();
    void answeredReferralIsNotFlagged();
    void consentExpiring_data();
    void consentExpiring();
    void renewedOrWithdrawnConsentIsNotFlagged();
    void exitedNeverAppears();
    void severalReasons();
    void snoozeHidesUntilItsDate();
    void snoozeKeepsOtherReasons();
    void snoozeNeedsExplanationAndLaterDate_data();
    void snoozeNeedsExplanationAndLaterDate();
    void snoozeEventText();
    void mentorFilter();
    void sortedByUrgencyThenDaysOverdue();
    void wording();
    void reasonCodesRoundTrip();

    void modelTester();
    void modelRowDisappearsWhenResolved();
    void modelMentorFilterAndThresholds();
    void modelConsentExpiryFromSettings();

private:
    qint64 addYouth(YouthStatus status, qint64 mentorId = 0, const QDate& start = kToday.addDays(-400),
                    const QDate& pauseUntil = {});
    void logContact(qint64 youthId, int daysAgo, ContactKind kind = ContactKind::Meeting, const QDate& nextPlanned = {},
                    ContactWith with = ContactWith::Youth);
    void addPlan(qint64 youthId, const QDate& nextReview);
    std::optional<AttentionItem> itemFor(qint64 youthId, const QDate& today = kToday,
                                         const AttentionThresholds& thresholds = {}) const;
    bool flagged(qint64 youthId, AttentionReason reason, const QDate& today = kToday,
                 const AttentionThresholds& thresholds = {}) const;
    int scalar(const QString& sql) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    qint64 m_mentorA = 0;
    qint64 m_mentorB = 0;
    int m_names = 0;
};

void TestAttentionRules::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"attention.lotsen"_s));
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_mentorA = m_workspace->staff().add(u"Alva Mentor"_s).valueOr(0);
    m_mentorB = m_workspace->staff().add(u"Bertil Mentor"_s).valueOr(0);
    QVERIFY(m_mentorA != 0 && m_mentorB != 0);
}

void TestAttentionRules::cleanup()
{
    m_workspace = nullptr;
    m_database = nullptr;
    m_fixture.reset();
}

qint64 TestAttentionRules::addYouth(YouthStatus status, qint64 mentorId, const QDate& start, const QDate& pauseUntil)
{
    Youth youth;
    youth.firstName = u"Youth"_s;
    youth.lastName = u"Number%1"_s.arg(QChar(u'A' + (m_names++ % 26)));
    youth.status = status;
    youth.mentorId = mentorId;
    youth.startDate = start;
    youth.pauseUntil = pauseUntil;
    const Result<qint64> saved = m_workspace->youths().save(youth);
    if (!saved.ok()) {
        qWarning() << saved.message();
    }
    return youth.id;
}

void TestAttentionRules::logContact(qint64 youthId, int daysAgo, ContactKind kind, const QDate& nextPlanned,
                                    ContactWith with)
{
    Contact contact;
    contact.youthId = youthId;
    contact.occurredAt = QDateTime(kToday.addDays(-daysAgo), QTime(9, 0));
    contact.kind = kind;
    contact.withWhom = with;
    contact.nextPlanned = nextPlanned;
    if (with == ContactWith::Relative) {
        contact.consentOverride = u"Test: samtycket är inte det som prövas här"_s;
    }
    const Result<qint64> result = m_workspace->contacts().log(contact);
    QVERIFY2(result.ok(), qPrintable(result.message()));
}

void TestAttentionRules::addPlan(qint64 youthId, const QDate& nextReview)
{
    const Result<qint64> created = m_workspace->plans().create(youthId, m_mentorA, kToday.addDays(-60), 4);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QSqlQuery query(m_database->connection());
    query.prepare(u"UPDATE action_plan SET next_review = ? WHERE id = ?"_s);
    query.addBindValue(nextReview.toString(Qt::ISODate));
    query.addBindValue(*created);
    QVERIFY(query.exec());
}

std::optional<AttentionItem> TestAttentionRules::itemFor(qint64 youthId, const QDate& today,
                                                         const AttentionThresholds& thresholds) const
{
    const QList<AttentionItem> items = LOTSEN_VALUE(AttentionQuery(*m_database).items(today, thresholds, 0, 0));
    // The one-youth query must agree with the whole list.
    const QList<AttentionItem> one = LOTSEN_VALUE(AttentionQuery(*m_database).items(today, thresholds, 0, youthId));
    for (const AttentionItem& item : items) {
        if (item.youthId == youthId) {
            if (one.size() != 1 || one.first().causes != item.causes) {
                qWarning() << "single-youth query disagrees";
                return std::nullopt;
            }
            return item;
        }
    }
    if (!one.isEmpty()) {
        qWarning() << "single-youth query found an item the list does not have";
    }
    return std::nullopt;
}

bool TestAttentionRules::flagged(qint64 youthId, AttentionReason reason, const QDate& today,
                                 const AttentionThresholds& thresholds) const
{
    const std::optional<AttentionItem> item = itemFor(youthId, today, thresholds);
    return item && item->has(reason);
}

int TestAttentionRules::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// ---- No contact for too long ----

void TestAttentionRules::activeNoContact_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("expected");
    QTest::newRow("N-1 (14)") << 14 << 13 << false;
    QTest::newRow("N (14)") << 14 << 14 << false;
    QTest::newRow("N+1 (14)") << 14 << 15 << true;
    QTest::newRow("N-1 (30)") << 30 << 29 << false;
    QTest::newRow("N (30)") << 30 << 30 << false;
    QTest::newRow("N+1 (30)") << 30 << 31 << true;
}

void TestAttentionRules::activeNoContact()
{
    QFETCH(int, threshold);
    QFETCH(int, daysAgo);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, daysAgo);
    AttentionThresholds thresholds;
    thresholds.activeNoContactDays = threshold;
    const std::optional<AttentionItem> item = itemFor(youth, kToday, thresholds);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QCOMPARE(item->causes.size(), 1);
        const AttentionCause& cause = item->causes.first();
        QCOMPARE(cause.reason, AttentionReason::NoContact);
        QCOMPARE(cause.days, daysAgo);
        QCOMPARE(cause.daysOverdue, daysAgo - threshold);
        QCOMPARE(cause.since, kToday.addDays(-daysAgo));
        QVERIFY(!cause.neverContacted);
        QVERIFY(!item->urgent);
    }
    // The prospect threshold does not apply to an active youth.
    thresholds.prospectNoContactDays = 1;
    QCOMPARE(flagged(youth, AttentionReason::NoContact, kToday, thresholds), expected);
}

void TestAttentionRules::prospectNoContact_data()
{
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("expected");
    QTest::newRow("M-1") << 6 << false;
    QTest::newRow("M") << 7 << false;
    QTest::newRow("M+1") << 8 << true;
}

void TestAttentionRules::prospectNoContact()
{
    QFETCH(int, daysAgo);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Prospect);
    logContact(youth, daysAgo, ContactKind::Phone);
    QCOMPARE(flagged(youth, AttentionReason::NoContact), expected);
    if (expected) {
        QCOMPARE(itemFor(youth)->causes.first().daysOverdue, daysAgo - 7);
    }
}

void TestAttentionRules::neverContactedCountsFromStart_data()
{
    QTest::addColumn<int>("startDaysAgo");
    QTest::addColumn<bool>("expected");
    QTest::newRow("N-1") << 13 << false;
    QTest::newRow("N") << 14 << false;
    QTest::newRow("N+1") << 15 << true;
}

void TestAttentionRules::neverContactedCountsFromStart()
{
    QFETCH(int, startDaysAgo);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA, kToday.addDays(-startDaysAgo));
    const std::optional<AttentionItem> item = itemFor(youth);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QVERIFY(item->causes.first().neverContacted);
        QCOMPARE(item->causes.first().days, startDaysAgo);
    }
    // Without a start date the registration counts; registered just now, so not yet.
    const qint64 noStart = addYouth(YouthStatus::Active, m_mentorA, QDate());
    QVERIFY(!itemFor(noStart));
    QSqlQuery query(m_database->connection());
    // Every participant has a start date now (their period's); one from before version 9 may not.
    QVERIFY(query.exec(
        u"UPDATE youth SET created_at = '2026-10-01T08:00:00', start_date = NULL WHERE id = %1"_s.arg(noStart)));
    QVERIFY(flagged(noStart, AttentionReason::NoContact));
    QCOMPARE(itemFor(noStart)->causes.first().days, 57);
}

void TestAttentionRules::attemptsAreNotContact()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 20);
    QVERIFY(flagged(youth, AttentionReason::NoContact));
    logContact(youth, 1, ContactKind::Attempt);
    const std::optional<AttentionItem> item = itemFor(youth);
    QVERIFY(item);
    QVERIFY(item->has(AttentionReason::NoContact));
    QCOMPARE(item->causes.first().days, 20);
    // One attempt alone does not escalate.
    QVERIFY(!item->has(AttentionReason::UnansweredAttempts));
    QVERIFY(!item->urgent);
    // A contact that is struck out is no contact either.
    logContact(youth, 0);
    QVERIFY(!itemFor(youth));
    const qint64 latest = LOTSEN_VALUE(m_workspace->contacts().contacts(youth)).first().id;
    QVERIFY(m_workspace->contacts().strike(latest, m_mentorA, u"Wrong youth"_s).ok());
    QVERIFY(flagged(youth, AttentionReason::NoContact));
}

void TestAttentionRules::contactWithRelativeIsNotContactWithYouth()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 30);
    logContact(youth, 2, ContactKind::Phone, {}, ContactWith::Relative);
    QVERIFY(flagged(youth, AttentionReason::NoContact));
}

// ---- Attempts without answer ----

void TestAttentionRules::unansweredAttemptsEscalate_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("expected");
    QTest::newRow("1 attempt") << 1 << false;
    QTest::newRow("2 attempts") << 2 << true;
    QTest::newRow("3 attempts") << 3 << true;
}

void TestAttentionRules::unansweredAttemptsEscalate()
{
    QFETCH(int, attempts);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 5); // recent contact: no other reason
    for (int i = 0; i < attempts; ++i) {
        logContact(youth, 4 - i, ContactKind::Attempt);
    }
    const std::optional<AttentionItem> item = itemFor(youth);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QCOMPARE(item->causes.size(), 1);
        const AttentionCause& cause = item->causes.first();
        QCOMPARE(cause.reason, AttentionReason::UnansweredAttempts);
        QCOMPARE(cause.attempts, attempts);
        QCOMPARE(cause.since, kToday.addDays(-4));
        QVERIFY(item->urgent);
    }
}

void TestAttentionRules::answeredContactEndsTheRun()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 6, ContactKind::Attempt);
    logContact(youth, 5, ContactKind::Attempt);
    logContact(youth, 4, ContactKind::Attempt);
    QVERIFY(itemFor(youth)->urgent);
    logContact(youth, 3, ContactKind::Sms);
    QVERIFY(!itemFor(youth));
    // A new attempt starts a new run of one: not yet escalated.
    logContact(youth, 1, ContactKind::Attempt);
    QVERIFY(!itemFor(youth));
}

// ---- Planned contact ----

void TestAttentionRules::plannedContact_data()
{
    QTest::addColumn<int>("plannedInDays");
    QTest::addColumn<bool>("expected");
    QTest::newRow("tomorrow") << 1 << false;
    QTest::newRow("today") << 0 << true;
    QTest::newRow("yesterday") << -1 << true;
}

void TestAttentionRules::plannedContact()
{
    QFETCH(int, plannedInDays);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 10, ContactKind::Meeting, kToday.addDays(plannedInDays));
    const std::optional<AttentionItem> item = itemFor(youth);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QCOMPARE(item->causes.size(), 1);
        QCOMPARE(item->causes.first().reason, AttentionReason::PlannedContact);
        QCOMPARE(item->causes.first().since, kToday.addDays(plannedInDays));
        QCOMPARE(item->causes.first().daysOverdue, -plannedInDays);
    }
}

void TestAttentionRules::plannedContactResolvedByContact()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 10, ContactKind::Meeting, kToday.addDays(-3));
    QVERIFY(flagged(youth, AttentionReason::PlannedContact));
    // An attempt on the day is not the contact that was planned.
    logContact(youth, 3, ContactKind::Attempt);
    QVERIFY(flagged(youth, AttentionReason::PlannedContact));
    // A contact on the planned day resolves it.
    logContact(youth, 3, ContactKind::Phone);
    QVERIFY(!itemFor(youth));
}

// ---- Plan review ----

void TestAttentionRules::planReview_data()
{
    QTest::addColumn<int>("reviewInDays");
    QTest::addColumn<bool>("expected");
    QTest::newRow("tomorrow") << 1 << false;
    QTest::newRow("today") << 0 << true;
    QTest::newRow("yesterday") << -1 << true;
}

void TestAttentionRules::planReview()
{
    QFETCH(int, reviewInDays);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 2);
    addPlan(youth, kToday.addDays(reviewInDays));
    const std::optional<AttentionItem> item = itemFor(youth);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QCOMPARE(item->causes.size(), 1);
        QCOMPARE(item->causes.first().reason, AttentionReason::PlanReview);
        QCOMPARE(item->causes.first().since, kToday.addDays(reviewInDays));
    }
}

void TestAttentionRules::frozenPlanVersionsDoNotCount()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 2);
    addPlan(youth, kToday.addDays(-20));
    QVERIFY(flagged(youth, AttentionReason::PlanReview));
    // Revising freezes the old version (with its passed review date) and opens one reviewed later.
    const std::optional<ActionPlan> current = LOTSEN_VALUE(m_workspace->plans().current(youth));
    QVERIFY(current);
    QVERIFY(m_workspace->plans().revise(current->id, m_mentorA, kToday, 4).ok());
    QVERIFY(!itemFor(youth));
    QCOMPARE(scalar(u"SELECT count(*) FROM action_plan WHERE next_review <= '2026-11-27'"_s), 1);
}

// ---- Pause ----

void TestAttentionRules::pauseEnded_data()
{
    QTest::addColumn<int>("endsInDays");
    QTest::addColumn<bool>("expected");
    QTest::newRow("tomorrow") << 1 << false;
    QTest::newRow("today") << 0 << true;
    QTest::newRow("yesterday") << -1 << true;
}

void TestAttentionRules::pauseEnded()
{
    QFETCH(int, endsInDays);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Paused, m_mentorA, kToday.addDays(-400), kToday.addDays(endsInDays));
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(youth))->pauseUntil, kToday.addDays(endsInDays));
    const std::optional<AttentionItem> item = itemFor(youth);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QCOMPARE(item->causes.size(), 1);
        QCOMPARE(item->causes.first().reason, AttentionReason::PauseEnded);
    }
    // Back to active: the pause date is cleared, and the youth is judged as active.
    Youth record = *LOTSEN_VALUE(m_workspace->youths().load(youth));
    record.status = YouthStatus::Active;
    QVERIFY(m_workspace->youths().save(record).ok());
    QVERIFY(!LOTSEN_VALUE(m_workspace->youths().load(youth))->pauseUntil.isValid());
    QVERIFY(!flagged(youth, AttentionReason::PauseEnded));
}

void TestAttentionRules::pausedYouthWithoutContactIsNotFlagged()
{
    // Paused: no contact is expected, and the plan waits too, until the pause ends.
    const qint64 youth = addYouth(YouthStatus::Paused, m_mentorA, kToday.addDays(-400), kToday.addDays(30));
    logContact(youth, 90);
    addPlan(youth, kToday.addDays(-5));
    QVERIFY(!itemFor(youth));
}

// ---- Referrals and consents ----

void TestAttentionRules::referralUnanswered_data()
{
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("expected");
    QTest::newRow("N-1 days") << 20 << false;
    QTest::newRow("N days") << 21 << true;
    QTest::newRow("N+1 days") << 22 << true;
}

void TestAttentionRules::referralUnanswered()
{
    QFETCH(int, daysAgo);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 1); // in contact: the referral is the only reason
    PartnerOrganisation af;
    af.name = u"Arbetsförmedlingen"_s;
    QVERIFY(m_workspace->partners().saveOrganisation(af).ok());
    Referral referral;
    referral.youthId = youth;
    referral.organisationId = af.id;
    referral.sentOn = kToday.addDays(-daysAgo);
    referral.reason = u"Praktik"_s;
    referral.consentOverride = u"Test"_s;
    QVERIFY(m_workspace->referrals().create(referral, m_mentorA).ok());
    const std::optional<AttentionItem> item = itemFor(youth);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QCOMPARE(item->causes.size(), 1);
        const AttentionCause& cause = item->causes.first();
        QCOMPARE(cause.reason, AttentionReason::ReferralUnanswered);
        QCOMPARE(cause.days, daysAgo);
        QCOMPARE(cause.daysOverdue, daysAgo - 21);
        QCOMPARE(
            AttentionRules::describe(cause),
            u"Referral of %1 without an answer for %2 days"_s.arg(referral.sentOn.toString(Qt::ISODate)).arg(daysAgo));
    }
    // The threshold is the centre's setting.
    AttentionThresholds longer;
    longer.referralNoAnswerDays = 30;
    QVERIFY(!flagged(youth, AttentionReason::ReferralUnanswered, kToday, longer));
}

void TestAttentionRules::answeredReferralIsNotFlagged()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 1);
    PartnerOrganisation fk;
    fk.name = u"Försäkringskassan"_s;
    QVERIFY(m_workspace->partners().saveOrganisation(fk).ok());
    Referral referral;
    referral.youthId = youth;
    referral.organisationId = fk.id;
    referral.sentOn = kToday.addDays(-40);
    referral.reason = u"Ersättning"_s;
    referral.consentOverride = u"Test"_s;
    QVERIFY(m_workspace->referrals().create(referral, m_mentorA).ok());
    QVERIFY(flagged(youth, AttentionReason::ReferralUnanswered));
    QVERIFY(m_workspace->referrals()
                .recordResponse(referral.id, ReferralStatus::NoAnswer, kToday, u"Ringde, inget svar"_s, m_mentorA)
                .ok());
    QVERIFY(!itemFor(youth));
}

void TestAttentionRules::consentExpiring_data()
{
    QTest::addColumn<int>("endsInDays");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ended yesterday") << -1 << false;
    QTest::newRow("ends today") << 0 << true;
    QTest::newRow("in 14 days") << 14 << true;
    QTest::newRow("in 15 days") << 15 << false;
}

void TestAttentionRules::consentExpiring()
{
    QFETCH(int, endsInDays);
    QFETCH(bool, expected);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 1);
    Consent consent;
    consent.youthId = youth;
    consent.scope = ConsentScope::Photos;
    consent.givenOn = kToday.addDays(-100);
    consent.validUntil = kToday.addDays(endsInDays);
    QVERIFY(m_workspace->consents().record(consent).ok());
    const std::optional<AttentionItem> item = itemFor(youth);
    QCOMPARE(bool(item), expected);
    if (expected) {
        QCOMPARE(item->causes.first().reason, AttentionReason::ConsentExpiring);
        QCOMPARE(item->causes.first().days, endsInDays);
        QCOMPARE(item->causes.first().daysOverdue, 0);
    }
}

void TestAttentionRules::renewedOrWithdrawnConsentIsNotFlagged()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 1);
    Consent ending;
    ending.youthId = youth;
    ending.scope = ConsentScope::Relatives;
    ending.givenOn = kToday.addDays(-300);
    ending.validUntil = kToday.addDays(5);
    QVERIFY(m_workspace->consents().record(ending).ok());
    QVERIFY(flagged(youth, AttentionReason::ConsentExpiring));
    // Renewed: a new consent of the same scope that lasts longer takes over.
    Consent renewed = ending;
    renewed.id = 0;
    renewed.givenOn = kToday;
    renewed.validUntil = kToday.addDays(365);
    QVERIFY(m_workspace->consents().record(renewed).ok());
    QVERIFY(!itemFor(youth));

    // Withdrawn: nothing to renew, so no reminder.
    const qint64 other = addYouth(YouthStatus::Active, m_mentorA);
    logContact(other, 1);
    Consent photos;
    photos.youthId = other;
    photos.scope = ConsentScope::Photos;
    photos.givenOn = kToday.addDays(-30);
    photos.validUntil = kToday.addDays(3);
    QVERIFY(m_workspace->consents().record(photos).ok());
    QVERIFY(flagged(other, AttentionReason::ConsentExpiring));
    QVERIFY(m_workspace->consents().withdraw(photos.id, kToday, u"Vill inte"_s, m_mentorA).ok());
    QVERIFY(!itemFor(other));
}

// ---- Exited ----

void TestAttentionRules::exitedNeverAppears()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 100, ContactKind::Meeting, kToday.addDays(-50));
    logContact(youth, 40, ContactKind::Attempt);
    logContact(youth, 30, ContactKind::Attempt);
    logContact(youth, 20, ContactKind::Attempt);
    addPlan(youth, kToday.addDays(-10));
    QCOMPARE(itemFor(youth)->causes.size(), 4);
    Youth record = *LOTSEN_VALUE(m_workspace->youths().load(youth));
    QVERIFY(TestWorkspace::exitYouth(*m_workspace, record.id));
    QVERIFY(!itemFor(youth));
    QVERIFY(!itemFor(youth, kToday.addDays(365)));
}

void TestAttentionRules::severalReasons()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 23, ContactKind::Meeting, kToday.addDays(-7));
    logContact(youth, 3, ContactKind::Attempt);
    logContact(youth, 2, ContactKind::Attempt);
    addPlan(youth, kToday.addDays(-1));
    const std::optional<AttentionItem> item = itemFor(youth);
    QVERIFY(item);
    QCOMPARE(item->causes.size(), 4);
    QVERIFY(item->has(AttentionReason::NoContact));
    QVERIFY(item->has(AttentionReason::UnansweredAttempts));
    QVERIFY(item->has(AttentionReason::PlannedContact));
    QVERIFY(item->has(AttentionReason::PlanReview));
    QVERIFY(item->urgent);
    // The largest: no contact 23 days, 9 past the threshold; the planned contact 7 days ago.
    QCOMPARE(item->daysOverdue, 9);
}

// ---- Snooze ----

void TestAttentionRules::snoozeHidesUntilItsDate()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 20);
    QVERIFY(flagged(youth, AttentionReason::NoContact));
    QSignalSpy snoozed(&m_workspace->snoozes(), &SnoozeRepository::snoozed);
    const Result<void> result
        = m_workspace->snoozes().snooze(youth, AttentionReason::NoContact, kToday.addDays(3),
                                        u"  On holiday with the family, back on Monday. "_s, m_mentorA);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(snoozed.count(), 1);
    QCOMPARE(snoozed.first().first().toLongLong(), youth);

    QVERIFY(!itemFor(youth));
    QVERIFY(!itemFor(youth, kToday.addDays(2)));
    // It returns on its date; the reason was never resolved.
    QVERIFY(flagged(youth, AttentionReason::NoContact, kToday.addDays(3)));
    QVERIFY(flagged(youth, AttentionReason::NoContact, kToday.addDays(4)));

    // Written with its explanation (trimmed) and in the timeline, in the same transaction.
    QCOMPARE(scalar(u"SELECT count(*) FROM attention_snooze WHERE reason = 'no_contact' AND until_date = "
                    "'2026-11-30' AND explanation = 'On holiday with the family, back on Monday.'"_s),
             1);
    QSqlQuery event(m_database->connection());
    QVERIFY(
        event.exec(u"SELECT detail, staff_id FROM youth_event WHERE kind = 'snoozed' AND youth_id = %1"_s.arg(youth)));
    QVERIFY(event.next());
    QCOMPARE(event.value(0).toString(), u"2026-11-30 no_contact: On holiday with the family, back on Monday."_s);
    QCOMPARE(event.value(1).toLongLong(), m_mentorA);
}

void TestAttentionRules::snoozeKeepsOtherReasons()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 20);
    addPlan(youth, kToday.addDays(-2));
    QVERIFY(
        m_workspace->snoozes()
            .snooze(youth, AttentionReason::PlanReview, kToday.addDays(14), u"Review booked for the 11th"_s, m_mentorA)
            .ok());
    const std::optional<AttentionItem> item = itemFor(youth);
    QVERIFY(item);
    QCOMPARE(item->causes.size(), 1);
    QCOMPARE(item->causes.first().reason, AttentionReason::NoContact);
    // A snooze for another youth hides nothing here.
    const qint64 other = addYouth(YouthStatus::Active, m_mentorA);
    logContact(other, 2);
    QVERIFY(m_workspace->snoozes()
                .snooze(other, AttentionReason::NoContact, kToday.addDays(14), u"Reason"_s, m_mentorA)
                .ok());
    QVERIFY(flagged(youth, AttentionReason::NoContact));
}

void TestAttentionRules::snoozeNeedsExplanationAndLaterDate_data()
{
    QTest::addColumn<int>("untilInDays");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty explanation") << 7 << QString() << false;
    QTest::newRow("blank explanation") << 7 << u" \n\t "_s << false;
    QTest::newRow("today") << 0 << u"Reason"_s << false;
    QTest::newRow("yesterday") << -1 << u"Reason"_s << false;
    QTest::newRow("tomorrow") << 1 << u"Reason"_s << true;
}

void TestAttentionRules::snoozeNeedsExplanationAndLaterDate()
{
    QFETCH(int, untilInDays);
    QFETCH(QString, explanation);
    QFETCH(bool, ok);
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 20);
    QSignalSpy snoozed(&m_workspace->snoozes(), &SnoozeRepository::snoozed);
    const Result<void> result = m_workspace->snoozes().snooze(youth, AttentionReason::NoContact,
                                                              kToday.addDays(untilInDays), explanation, m_mentorA);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.message().isEmpty(), ok);
    QCOMPARE(SnoozeRepository::check(kToday.addDays(untilInDays), explanation, kToday).isEmpty(), ok);
    QCOMPARE(snoozed.count(), ok ? 1 : 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM attention_snooze"_s), ok ? 1 : 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth_event WHERE kind = 'snoozed'"_s), ok ? 1 : 0);
    QCOMPARE(flagged(youth, AttentionReason::NoContact), !ok);
}

void TestAttentionRules::snoozeEventText()
{
    const QString detail
        = SnoozeRepository::eventDetail(AttentionReason::PlannedContact, QDate(2026, 12, 1), u" Ill: call later "_s);
    QCOMPARE(detail, u"2026-12-01 planned_contact: Ill: call later"_s);
    QCOMPARE(SnoozeRepository::eventText(detail), u"Snoozed “Planned contact” until 2026-12-01: Ill: call later"_s);
    QCOMPARE(SnoozeRepository::eventText(u"something else"_s), u"something else"_s);
}

// ---- The list ----

void TestAttentionRules::mentorFilter()
{
    const qint64 a = addYouth(YouthStatus::Active, m_mentorA);
    const qint64 b = addYouth(YouthStatus::Active, m_mentorB);
    const qint64 none = addYouth(YouthStatus::Prospect);
    logContact(a, 20);
    logContact(b, 30);
    logContact(none, 10);
    const auto ids = [this](qint64 mentor) {
        QList<qint64> result;
        for (const AttentionItem& item : LOTSEN_VALUE(AttentionQuery(*m_database).items(kToday, {}, mentor))) {
            result.append(item.youthId);
        }
        return result;
    };
    QCOMPARE(ids(0), (QList<qint64> { b, a, none }));
    QCOMPARE(ids(m_mentorA), QList<qint64> { a });
    QCOMPARE(ids(m_mentorB), QList<qint64> { b });
    const QList<AttentionItem> all = LOTSEN_VALUE(AttentionQuery(*m_database).items(kToday, {}));
    QCOMPARE(all.first().mentorName, u"Bertil Mentor"_s);
    QVERIFY(all.last().mentorName.isEmpty());
}

void TestAttentionRules::sortedByUrgencyThenDaysOverdue()
{
    const qint64 long_ = addYouth(YouthStatus::Active, m_mentorA);
    logContact(long_, 60); // 46 days overdue
    const qint64 short_ = addYouth(YouthStatus::Active, m_mentorA);
    logContact(short_, 16); // 2 days overdue
    const qint64 urgent = addYouth(YouthStatus::Active, m_mentorA);
    logContact(urgent, 3);
    logContact(urgent, 2, ContactKind::Attempt);
    logContact(urgent, 1, ContactKind::Attempt); // urgent, 2 days
    const qint64 review = addYouth(YouthStatus::Active, m_mentorA);
    logContact(review, 1);
    addPlan(review, kToday.addDays(-10)); // 10 days overdue
    QList<qint64> order;
    for (const AttentionItem& item : LOTSEN_VALUE(AttentionQuery(*m_database).items(kToday, {}))) {
        order.append(item.youthId);
    }
    QCOMPARE(order, (QList<qint64> { urgent, long_, review, short_ }));

    AttentionItem x;
    x.lastName = u"Berg"_s;
    AttentionItem y;
    y.lastName = u"Andersson"_s;
    QVERIFY(AttentionRules::before(y, x));
    x.daysOverdue = 1;
    QVERIFY(AttentionRules::before(x, y));
    y.urgent = true;
    QVERIFY(AttentionRules::before(y, x));
}

void TestAttentionRules::wording()
{
    AttentionCause cause;
    cause.reason = AttentionReason::NoContact;
    cause.days = 23;
    QCOMPARE(AttentionRules::describe(cause), u"No contact for 23 days"_s);
    cause.neverContacted = true;
    QCOMPARE(AttentionRules::describe(cause), u"Never contacted, 23 days since the start"_s);
    cause = {};
    cause.reason = AttentionReason::UnansweredAttempts;
    cause.attempts = 3;
    cause.since = QDate(2026, 11, 2);
    QCOMPARE(AttentionRules::describe(cause), u"3 unanswered contact attempts since 2026-11-02"_s);
    cause = {};
    cause.reason = AttentionReason::PlannedContact;
    cause.since = QDate(2026, 11, 20);
    cause.daysOverdue = 7;
    QCOMPARE(AttentionRules::describe(cause), u"Planned contact 2026-11-20 passed"_s);
    cause.daysOverdue = 0;
    QCOMPARE(AttentionRules::describe(cause), u"Planned contact today"_s);
    cause.reason = AttentionReason::PlanReview;
    QCOMPARE(AttentionRules::describe(cause), u"Plan review due 2026-11-20"_s);
    cause.reason = AttentionReason::PauseEnded;
    QCOMPARE(AttentionRules::describe(cause), u"Pause ended 2026-11-20"_s);
}

void TestAttentionRules::reasonCodesRoundTrip()
{
    QSet<QString> codes;
    for (AttentionReason reason : AttentionRules::reasons()) {
        QCOMPARE(AttentionRules::reasonFromCode(AttentionRules::code(reason)), reason);
        QVERIFY(!AttentionRules::label(reason).isEmpty());
        codes.insert(AttentionRules::code(reason));
    }
    QCOMPARE(codes.size(), 8);
    QVERIFY(!AttentionRules::reasonFromCode(u"nonsense"_s));
}

// ---- AttentionModel ----

void TestAttentionRules::modelTester()
{
    const qint64 a = addYouth(YouthStatus::Active, m_mentorA);
    logContact(a, 20);
    const qint64 b = addYouth(YouthStatus::Active, m_mentorB);
    logContact(b, 4);
    logContact(b, 3, ContactKind::Attempt);
    logContact(b, 2, ContactKind::Attempt);

    AttentionModel model(*m_workspace);
    LOTSEN_VERIFY_OK(model.refresh());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AttentionModel::ColumnCount));
    QCOMPARE(model.index(0, AttentionModel::Youth).data(AttentionModel::YouthIdRole).toLongLong(), b);
    QVERIFY(model.index(0, AttentionModel::Youth).data(AttentionModel::UrgentRole).toBool());
    QVERIFY(!model.index(1, AttentionModel::Youth).data(AttentionModel::UrgentRole).toBool());
    QCOMPARE(model.index(0, AttentionModel::Mentor).data().toString(), u"Bertil Mentor"_s);
    QCOMPARE(model.index(0, AttentionModel::Reasons).data().toString(),
             u"2 unanswered contact attempts since 2026-11-24"_s);
    QCOMPARE(model.index(1, AttentionModel::Reasons).data().toString(), u"No contact for 20 days"_s);
    QCOMPARE(model.index(1, AttentionModel::DaysOverdue).data().toInt(), 6);
    QCOMPARE(model.urgentCount(), 1);

    // Changes through the repositories move rows in and out with the tester watching.
    const qint64 c = addYouth(YouthStatus::Active, m_mentorA);
    logContact(c, 40);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfYouth(c), 1); // 26 days overdue, after the urgent one
    logContact(b, 0, ContactKind::Phone);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfYouth(b), -1);
    model.setMentorId(m_mentorB);
    QCOMPARE(model.rowCount(), 0);
    model.setMentorId(0);
    QCOMPARE(model.rowCount(), 2);
}

void TestAttentionRules::modelRowDisappearsWhenResolved()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 20);
    AttentionModel model(*m_workspace);
    LOTSEN_VERIFY_OK(model.refresh());
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    logContact(youth, 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    // Snoozing removes an item too, and a plan review that comes due brings the youth back.
    const qint64 other = addYouth(YouthStatus::Active, m_mentorA);
    logContact(other, 10, ContactKind::Meeting, kToday.addDays(-2));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_workspace->snoozes()
                .snooze(other, AttentionReason::PlannedContact, kToday.addDays(1), u"Meets tomorrow"_s, m_mentorA)
                .ok());
    QCOMPARE(model.rowCount(), 0);
    addPlan(other, kToday);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.itemAt(0)->causes.size(), 1);
    // The next day the snooze is over: both reasons.
    Clock::setFixedNow(kNow.addDays(1));
    LOTSEN_VERIFY_OK(model.refreshYouth(other));
    QCOMPARE(model.today(), kToday.addDays(1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.itemAt(0)->causes.size(), 2);
}

void TestAttentionRules::modelMentorFilterAndThresholds()
{
    const qint64 a = addYouth(YouthStatus::Active, m_mentorA);
    logContact(a, 20);
    const qint64 b = addYouth(YouthStatus::Active, m_mentorB);
    logContact(b, 20);
    AttentionModel model(*m_workspace);
    LOTSEN_VERIFY_OK(model.refresh());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMentorId(m_mentorA);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(AttentionModel::YouthIdRole).toLongLong(), a);
    // A youth moved to another mentor leaves this mentor's list at once.
    Youth record = *LOTSEN_VALUE(m_workspace->youths().load(a));
    record.mentorId = m_mentorB;
    QVERIFY(m_workspace->youths().save(record).ok());
    QCOMPARE(model.rowCount(), 0);
    model.setMentorId(0);
    QCOMPARE(model.rowCount(), 2);
    // The centre's threshold is read from the settings, and a change recomputes the list.
    QVERIFY(m_workspace->centre().setValue(CentreSettings::Key::ActiveNoContactDays, 30));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_workspace->centre().setValue(CentreSettings::Key::ActiveNoContactDays, 19));
    QCOMPARE(model.rowCount(), 2);
}

void TestAttentionRules::modelConsentExpiryFromSettings()
{
    const qint64 youth = addYouth(YouthStatus::Active, m_mentorA);
    logContact(youth, 1);
    Consent consent;
    consent.youthId = youth;
    consent.scope = ConsentScope::Photos;
    consent.givenOn = kToday.addDays(-100);
    consent.validUntil = kToday.addDays(20);
    QVERIFY(m_workspace->consents().record(consent).ok());
    AttentionModel model(*m_workspace);
    LOTSEN_VERIFY_OK(model.refresh());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // By default a consent is a reason 14 days before it ends: 20 days is not yet.
    QCOMPARE(m_workspace->centre().consentExpiryDays(), 14);
    QCOMPARE(model.rowCount(), 0);
    // The centre's warning period is read from the settings, and a change recomputes the list.
    QVERIFY(m_workspace->centre().setValue(CentreSettings::Key::ConsentExpiryDays, 20));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(AttentionModel::YouthIdRole).toLongLong(), youth);
    QVERIFY(m_workspace->centre().setValue(CentreSettings::Key::ConsentExpiryDays, 19));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAttentionRules)
#include "tst_attentionrules.moc"
