// Who did what: every row that records work names the logged-in account as its author (registered_by), set by the
// data layer from the session, never by what a dialog passes and never changeable afterwards. Daniel, a coordinator,
// works on Fatima, whose mentor is Jonas: every entry he writes is his, whatever staff member it names.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Account.h"
#include "consent/Consent.h"
#include "consent/ConsentDialog.h"
#include "consent/ConsentRepository.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "meetingplace/MeetingPlaceRepository.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralRepository.h"
#include "plans/PlanRepository.h"
#include "today/AttentionRules.h"
#include "today/SnoozeRepository.h"
#include "youth/YouthRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
} // namespace

class TestAuthorship : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyKindOfEntryNamesTheLoggedInAccount();
    void aCallerCannotChooseTheAuthor();
    void dialogsOfferNoAuthorChoice();
    void editsInPlaceNameWhoChangedThem();
    void theAuthorCannotBeChangedAfterwards();
    void withoutAccountsThereIsNoAuthor();

private:
    // registered_by (or another author column) of one row, 0 for NULL.
    qint64 author(const QString& table, qint64 id, const QString& column = u"registered_by"_s) const;
    // Fatima in a new intervention "Praktik", not saved yet.
    Participation newParticipation();
    // registered_by of the newest youth_event of the youth with this kind.
    qint64 eventAuthor(const QString& kind) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr;
    qint64 m_jonas = 0; // staff: Fatima's mentor
    qint64 m_daniel = 0; // staff: the coordinator who is logged in
    Account m_danielAccount;
    qint64 m_fatima = 0;
};

void TestAuthorship::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open());
    m_workspace = &m_fixture->workspace();
    m_jonas = m_fixture->addStaff(u"Jonas Åkesson"_s);
    m_daniel = m_fixture->addStaff(u"Daniel Bergqvist"_s);
    m_fatima = m_fixture->addYouth(u"Fatima"_s, u"Abdi"_s, m_jonas, u"200001012384"_s);
    QVERIFY(m_fatima != 0);
    m_danielAccount = m_fixture->logInAsStaff(u"daniel"_s, u"Daniel Bergqvist"_s, m_daniel, Role::Coordinator);
    QVERIFY(m_danielAccount.id != 0);
    QCOMPARE(m_workspace->session().staffId(), m_daniel);
    QCOMPARE(m_workspace->database().author(), m_danielAccount.id);
}

void TestAuthorship::cleanup()
{
    m_workspace = nullptr;
    m_fixture.reset();
}

Participation TestAuthorship::newParticipation()
{
    Intervention praktik;
    praktik.name = u"Praktik"_s;
    praktik.category = InterventionCategory::WorkTraining;
    if (!m_workspace->interventions().saveIntervention(praktik).ok()) {
        qWarning("the intervention could not be saved");
    }
    Participation participation;
    participation.youthId = m_fatima;
    participation.interventionId = praktik.id;
    participation.startDate = kNow.date();
    return participation;
}

qint64 TestAuthorship::author(const QString& table, qint64 id, const QString& column) const
{
    QSqlQuery query(m_workspace->database().connection());
    if (!query.exec(u"SELECT %1 FROM %2 WHERE id = %3"_s.arg(column, table).arg(id)) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 TestAuthorship::eventAuthor(const QString& kind) const
{
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(u"SELECT registered_by FROM youth_event WHERE youth_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(m_fatima);
    query.addBindValue(kind);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestAuthorship::everyKindOfEntryNamesTheLoggedInAccount()
{
    const qint64 me = m_danielAccount.id;

    // A youth registered by hand, and one imported.
    Youth youth;
    youth.firstName = u"Noah"_s;
    youth.lastName = u"Persson"_s;
    QVERIFY(LOTSEN_VALUE(m_workspace->youths().save(youth)) != 0);
    QCOMPARE(author(u"youth"_s, youth.id), me);
    QList<Youth> imported(1);
    imported[0].firstName = u"Ida"_s;
    imported[0].lastName = u"Holm"_s;
    LOTSEN_VERIFY_OK(m_workspace->youths().insertAll(imported));
    QCOMPARE(author(u"youth"_s, imported.at(0).id), me);

    // A status change of Jonas's youth.
    Youth fatima = *LOTSEN_VALUE(m_workspace->youths().load(m_fatima));
    fatima.status = YouthStatus::Paused;
    QVERIFY(LOTSEN_VALUE(m_workspace->youths().save(fatima)) != 0);
    QCOMPARE(eventAuthor(u"status_changed"_s), me);

    // A contact that names Jonas as the staff member who had it is still registered by Daniel; so are an attempt,
    // a correction and a strike-out.
    Contact call;
    call.youthId = m_fatima;
    call.occurredAt = kNow.addSecs(-3600);
    call.kind = ContactKind::Phone;
    call.staffId = m_jonas;
    const qint64 callId = LOTSEN_VALUE(m_workspace->contacts().log(call));
    QCOMPARE(author(u"contact"_s, callId), me);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(callId))->staffId, m_jonas);
    Contact attempt;
    attempt.youthId = m_fatima;
    attempt.occurredAt = kNow.addSecs(-1800);
    attempt.kind = ContactKind::Attempt;
    const qint64 attemptId = LOTSEN_VALUE(m_workspace->contacts().log(attempt));
    QCOMPARE(author(u"contact"_s, attemptId), me);
    Contact correction = call;
    correction.id = 0;
    correction.note = u"Rättad"_s;
    const qint64 correctionId = LOTSEN_VALUE(m_workspace->contacts().correct(callId, correction));
    QCOMPARE(author(u"contact"_s, correctionId), me);
    QVERIFY(m_workspace->contacts().strike(attemptId, m_daniel, u"Fel ungdom"_s).ok());
    QCOMPARE(author(u"contact"_s, attemptId, u"struck_registered_by"_s), me);

    // A snooze.
    LOTSEN_VERIFY_OK(m_workspace->snoozes().snooze(m_fatima, AttentionReason::NoContact, kNow.date().addDays(7),
                                                   u"Sjuk, hör av sig själv"_s, m_daniel));
    QCOMPARE(eventAuthor(u"snoozed"_s), me);
    {
        QSqlQuery query(m_workspace->database().connection());
        QVERIFY(query.exec(u"SELECT registered_by FROM attention_snooze"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), me);
    }

    // The network, a consent and its withdrawal.
    NetworkPerson mother;
    mother.youthId = m_fatima;
    mother.name = u"Amina Abdi"_s;
    mother.relation = Relation::Parent;
    const qint64 motherId = LOTSEN_VALUE(m_workspace->network().save(mother));
    QCOMPARE(author(u"network_person"_s, motherId), me);
    Consent consent;
    consent.youthId = m_fatima;
    consent.scope = ConsentScope::Relatives;
    consent.networkPersonId = motherId;
    consent.givenOn = kNow.date();
    consent.staffId = m_jonas;
    const qint64 consentId = LOTSEN_VALUE(m_workspace->consents().record(consent));
    QCOMPARE(author(u"consent"_s, consentId), me);
    QVERIFY(m_workspace->consents().withdraw(consentId, kNow.date(), u"Ångrade sig"_s, m_daniel).ok());
    QCOMPARE(author(u"consent"_s, consentId, u"withdrawn_registered_by"_s), me);

    // A referral and its answer; a participation.
    PartnerOrganisation af;
    af.name = u"Arbetsförmedlingen"_s;
    af.kind = PartnerKind::EmploymentService;
    QVERIFY(m_workspace->partners().saveOrganisation(af).ok());
    Referral referral;
    referral.youthId = m_fatima;
    referral.organisationId = af.id;
    referral.sentOn = kNow.date();
    referral.reason = u"Praktik"_s;
    referral.consentOverride = u"Ungdomen bad själv om det"_s;
    const qint64 referralId = LOTSEN_VALUE(m_workspace->referrals().create(referral, m_jonas));
    QCOMPARE(author(u"referral"_s, referralId), me);
    QVERIFY(m_workspace->referrals()
                .recordResponse(referralId, ReferralStatus::Accepted, kNow.date(), u"Start i januari"_s, m_daniel)
                .ok());
    QCOMPARE(author(u"referral"_s, referralId, u"answer_registered_by"_s), me);
    Participation participation = newParticipation();
    const qint64 participationId = LOTSEN_VALUE(m_workspace->interventions().saveParticipation(participation, m_jonas));
    QCOMPARE(author(u"participation"_s, participationId), me);

    // A plan: its version, a step, the revision (freezing and the new version) and the signature.
    const qint64 planId = LOTSEN_VALUE(m_workspace->plans().create(m_fatima, m_daniel, kNow.date(), 4));
    QCOMPARE(author(u"action_plan"_s, planId), me);
    ActionPlan plan = *LOTSEN_VALUE(m_workspace->plans().load(planId));
    PlanStep step;
    step.description = u"Skriva CV"_s;
    plan.steps.append(step);
    QVERIFY(m_workspace->plans().save(plan).ok());
    plan = *LOTSEN_VALUE(m_workspace->plans().load(planId));
    QCOMPARE(author(u"plan_step"_s, plan.steps.first().id), me);
    QVERIFY(m_workspace->plans().markSigned(planId, kNow.date()).ok());
    QCOMPARE(author(u"action_plan"_s, planId, u"signed_registered_by"_s), me);
    const qint64 revisedId = LOTSEN_VALUE(m_workspace->plans().revise(planId, m_daniel, kNow.date(), 4));
    QCOMPARE(author(u"action_plan"_s, planId, u"frozen_registered_by"_s), me);
    QCOMPARE(author(u"action_plan"_s, revisedId), me);
    QCOMPARE(author(u"action_plan"_s, revisedId, u"staff_id"_s), m_daniel); // "established by" Daniel, not Jonas

    // The meeting place: a check-in (with Daniel as staff), an anonymous visit, a group activity and attendance.
    MeetingPlaceRepository& place = m_workspace->meetingPlace();
    const qint64 checkInId = LOTSEN_VALUE(place.checkIn(m_fatima, m_workspace->session().staffId()));
    QCOMPARE(author(u"contact"_s, checkInId), me);
    QCOMPARE(author(u"contact"_s, checkInId, u"staff_id"_s), m_daniel);
    const qint64 visitId
        = LOTSEN_VALUE(place.addAnonymousVisit(Gender::Woman, MeetingPlaceRepository::AgeGroup::From18To19));
    QCOMPARE(author(u"anonymous_visit"_s, visitId), me);
    MeetingPlaceRepository::GroupActivity activity;
    activity.heldOn = kNow.date();
    activity.title = u"Matlagning"_s;
    const qint64 activityId = LOTSEN_VALUE(place.saveActivity(activity));
    QCOMPARE(author(u"group_activity"_s, activityId), me);
    const qint64 attendanceId = LOTSEN_VALUE(place.setPresent(activityId, m_fatima, true, m_daniel));
    QCOMPARE(author(u"contact"_s, attendanceId), me);
}

void TestAuthorship::aCallerCannotChooseTheAuthor()
{
    // Whatever a dialog puts in the entry, the stored author is the logged-in account.
    Contact contact;
    contact.youthId = m_fatima;
    contact.occurredAt = kNow.addSecs(-600);
    contact.kind = ContactKind::Meeting;
    contact.registeredBy = m_danielAccount.id + 1000;
    const qint64 id = LOTSEN_VALUE(m_workspace->contacts().log(contact));
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(id))->registeredBy, m_danielAccount.id);
    // An edit by another account within the window keeps the original author.
    const Account leila = m_fixture->logInAsStaff(u"leila"_s, u"Leila Haddad"_s, 0, Role::Coordinator);
    Contact edited = *LOTSEN_VALUE(m_workspace->contacts().load(id));
    edited.note = u"Ändrad av Leila"_s;
    edited.registeredBy = leila.id;
    QVERIFY(m_workspace->contacts().edit(edited, 24).ok());
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(id))->registeredBy, m_danielAccount.id);
}

void TestAuthorship::dialogsOfferNoAuthorChoice()
{
    // The contact and consent dialogs preset "which staff member" to the logged-in person (Daniel), not to the
    // youth's mentor (Jonas), and have no control at all for who registers the entry.
    ContactDialog contactDialog(*m_workspace, m_fatima, ContactDialog::Mode::New);
    ConsentDialog consentDialog(*m_workspace, m_fatima);
    for (QDialog* dialog : std::initializer_list<QDialog*> { &contactDialog, &consentDialog }) {
        const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            QVERIFY2(!label->text().contains(u"Registered by"_s, Qt::CaseInsensitive)
                         && !label->text().contains(u"author"_s, Qt::CaseInsensitive),
                     qPrintable(label->text()));
        }
        int staffCombos = 0;
        const QList<QComboBox*> combos = dialog->findChildren<QComboBox*>();
        for (const QComboBox* combo : combos) {
            if (combo->findData(m_jonas) >= 0 && combo->findText(u"Jonas Åkesson"_s) >= 0) {
                ++staffCombos;
                QCOMPARE(combo->currentData().toLongLong(), m_daniel);
            }
        }
        QCOMPARE(staffCombos, 1);
    }
}

void TestAuthorship::editsInPlaceNameWhoChangedThem()
{
    // Daniel writes a plan, a network person and a participation; Leila, another account, edits each of them:
    // who wrote it stays Daniel, who changed it last is Leila (the plan's text had no author at all before).
    const qint64 planId = LOTSEN_VALUE(m_workspace->plans().create(m_fatima, m_daniel, kNow.date(), 4));
    NetworkPerson mother;
    mother.youthId = m_fatima;
    mother.name = u"Amal Abdi"_s;
    mother.relation = Relation::Parent;
    const qint64 motherId = LOTSEN_VALUE(m_workspace->network().save(mother));
    Participation participation = newParticipation();
    const qint64 participationId
        = LOTSEN_VALUE(m_workspace->interventions().saveParticipation(participation, m_daniel));
    QCOMPARE(author(u"action_plan"_s, planId, u"changed_by"_s), 0);

    const Account leila = m_fixture->logInAsStaff(u"leila"_s, u"Leila Haddad"_s, 0, Role::Coordinator);
    ActionPlan plan = *LOTSEN_VALUE(m_workspace->plans().load(planId));
    plan.myGoal = u"Bli elektriker"_s;
    QVERIFY(m_workspace->plans().save(plan).ok());
    mother = *LOTSEN_VALUE(m_workspace->network().person(motherId));
    mother.phone = u"070-1740600"_s;
    QVERIFY(m_workspace->network().save(mother).ok());
    participation.id = participationId;
    participation.outcome = u"Bra start"_s;
    QVERIFY(m_workspace->interventions().saveParticipation(participation, m_jonas).ok());
    Youth fatima = *LOTSEN_VALUE(m_workspace->youths().load(m_fatima));
    fatima.phone = u"070-1740601"_s;
    QVERIFY(m_workspace->youths().save(fatima).ok());

    for (const auto& [table, id] :
         { std::pair { u"action_plan"_s, planId }, std::pair { u"network_person"_s, motherId },
           std::pair { u"participation"_s, participationId }, std::pair { u"youth"_s, m_fatima } }) {
        QVERIFY2(author(table, id, u"changed_by"_s) == leila.id, qPrintable(table));
        if (table != u"youth"_s) {
            QVERIFY2(author(table, id) == m_danielAccount.id, qPrintable(table));
        }
    }
}

void TestAuthorship::theAuthorCannotBeChangedAfterwards()
{
    Contact contact;
    contact.youthId = m_fatima;
    contact.occurredAt = kNow.addSecs(-600);
    const qint64 id = LOTSEN_VALUE(m_workspace->contacts().log(contact));
    QSqlQuery query(m_workspace->database().connection());
    for (const QString& table : { u"youth"_s, u"contact"_s }) {
        const qint64 row = table == u"youth"_s ? m_fatima : id;
        QVERIFY2(
            !query.exec(
                u"UPDATE %1 SET registered_by = %2 WHERE id = %3"_s.arg(table).arg(m_danielAccount.id + 1).arg(row)),
            qPrintable(table));
    }
    QCOMPARE(author(u"contact"_s, id), m_danielAccount.id);
}

void TestAuthorship::withoutAccountsThereIsNoAuthor()
{
    // A database without accounts keeps working as before: no author.
    TestWorkspace plain(kNow);
    QVERIFY(plain.open(u"plain.lotsen"_s));
    QCOMPARE(plain.database().author(), 0);
    const qint64 youthId = plain.addYouth(u"Tova"_s, u"Testberg"_s);
    Contact contact;
    contact.youthId = youthId;
    contact.occurredAt = kNow.addSecs(-600);
    const qint64 id = LOTSEN_VALUE(plain.workspace().contacts().log(contact));
    QCOMPARE(LOTSEN_VALUE(plain.workspace().contacts().load(id))->registeredBy, 0);
}

QTEST_MAIN(TestAuthorship)
#include "tst_authorship.moc"
