// The consent rule (validity, scope, guardians), its enforcement for relative contacts and referrals in the
// repositories and in the database itself, partners and the catalogue (deactivate, never delete what is
// referenced; ongoing counts), and the timeline entries these write.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralRepository.h"
#include "youth/YouthRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
const QDate kToday = kNow.date();
} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // ConsentRules, pure.
    void validity_data();
    void validity();
    void scopeMatch_data();
    void scopeMatch();
    void guardianConsentOnlyForMinors();
    void validateRequiresWhatTheScopeNeeds();

    // Repositories and the database.
    void consentsAreNeverDeletedAndWithdrawnOnce();
    void recordingAndWithdrawingWriteTheTimeline();
    void relativeContactNeedsConsentOrOverride();
    void namedRelativeConsentCoversOnlyThatPerson();
    void withdrawnConsentNoLongerCovers();
    void overrideIsStoredWithItsReason();
    void databaseRefusesRelativeContactWithoutConsent();
    void referralNeedsPartnerConsentOrOverride();
    void databaseRefusesReferralWithoutConsent();
    void referralAnswer();
    void partnerReferencedIsDeactivatedNotDeleted();
    void interventionCountsAndTimeline();
    void networkPersonNamedInConsentCannotBeRemoved();

private:
    qint64 addYouth(const QString& first, const QDate& birth);
    qint64 count(const QString& sql) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    qint64 m_adult = 0;
    qint64 m_minor = 0;
    qint64 m_mentor = 0;
    qint64 m_mother = 0;
    qint64 m_brother = 0;
    qint64 m_af = 0; // Arbetsförmedlingen
    qint64 m_fk = 0; // Försäkringskassan
};

void TestConsent::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"consent.lotsen"_s));
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_mentor = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    m_adult = addYouth(u"Vuxen"_s, QDate(2003, 4, 15));
    m_minor = addYouth(u"Ung"_s, QDate(2010, 3, 1)); // 16 today, 18 on 2028-03-01

    NetworkPerson mother;
    mother.youthId = m_adult;
    mother.name = u"Mamma Test"_s;
    mother.relation = Relation::Parent;
    QVERIFY(m_workspace->network().save(mother).ok());
    m_mother = mother.id;
    NetworkPerson brother;
    brother.youthId = m_adult;
    brother.name = u"Bror Test"_s;
    brother.relation = Relation::Sibling;
    QVERIFY(m_workspace->network().save(brother).ok());
    m_brother = brother.id;

    PartnerOrganisation af;
    af.name = u"Arbetsförmedlingen"_s;
    af.kind = PartnerKind::EmploymentService;
    QVERIFY(m_workspace->partners().saveOrganisation(af).ok());
    m_af = af.id;
    PartnerOrganisation fk;
    fk.name = u"Försäkringskassan"_s;
    fk.kind = PartnerKind::SocialInsurance;
    QVERIFY(m_workspace->partners().saveOrganisation(fk).ok());
    m_fk = fk.id;
}

void TestConsent::cleanup()
{
    m_workspace = nullptr;
    m_database = nullptr;
    m_fixture.reset();
}

qint64 TestConsent::addYouth(const QString& first, const QDate& birth)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = u"Testsson"_s;
    youth.birthDate = birth;
    youth.status = YouthStatus::Active;
    youth.startDate = kToday.addDays(-100);
    const Result<qint64> saved = m_workspace->youths().save(youth);
    if (!saved.ok()) {
        qWarning("%s", qPrintable(saved.message()));
    }
    return youth.id;
}

qint64 TestConsent::count(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestConsent::validity_data()
{
    QTest::addColumn<QDate>("given");
    QTest::addColumn<QDate>("validUntil");
    QTest::addColumn<QDate>("withdrawn");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<bool>("valid");

    const QDate d(2026, 11, 10);
    QTest::newRow("given that day") << d << QDate() << QDate() << d << true;
    QTest::newRow("given the day after") << d.addDays(1) << QDate() << QDate() << d << false;
    QTest::newRow("until that day") << d.addDays(-30) << d << QDate() << d << true;
    QTest::newRow("expired the day before") << d.addDays(-30) << d.addDays(-1) << QDate() << d << false;
    QTest::newRow("withdrawn after the contact") << d.addDays(-30) << QDate() << d.addDays(1) << d << true;
    QTest::newRow("withdrawn that day") << d.addDays(-30) << QDate() << d << d << false;
    QTest::newRow("withdrawn before the contact") << d.addDays(-30) << QDate() << d.addDays(-2) << d << false;
}

void TestConsent::validity()
{
    QFETCH(QDate, given);
    QFETCH(QDate, validUntil);
    QFETCH(QDate, withdrawn);
    QFETCH(QDate, on);
    QFETCH(bool, valid);
    Consent consent;
    consent.youthId = 1;
    consent.scope = ConsentScope::Relatives;
    consent.givenOn = given;
    consent.validUntil = validUntil;
    consent.withdrawnOn = withdrawn;
    QCOMPARE(ConsentRules::isValidOn(consent, on, QDate(2000, 1, 1)), valid);
    const ConsentNeed need { ConsentScope::Relatives, 0, 0 };
    QCOMPARE(ConsentRules::findValid({ consent }, need, on, QDate(2000, 1, 1)).has_value(), valid);
}

void TestConsent::scopeMatch_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<qint64>("consentPerson");
    QTest::addColumn<qint64>("consentPartner");
    QTest::addColumn<int>("needScope");
    QTest::addColumn<qint64>("needPerson");
    QTest::addColumn<qint64>("needPartner");
    QTest::addColumn<bool>("covers");

    const int relatives = int(ConsentScope::Relatives);
    const int partner = int(ConsentScope::Partner);
    QTest::newRow("all relatives, named one") << relatives << 0LL << 0LL << relatives << 7LL << 0LL << true;
    QTest::newRow("all relatives, unnamed") << relatives << 0LL << 0LL << relatives << 0LL << 0LL << true;
    QTest::newRow("named relative, same") << relatives << 7LL << 0LL << relatives << 7LL << 0LL << true;
    QTest::newRow("named relative, another") << relatives << 7LL << 0LL << relatives << 8LL << 0LL << false;
    QTest::newRow("named relative, unnamed need") << relatives << 7LL << 0LL << relatives << 0LL << 0LL << false;
    QTest::newRow("partner, same") << partner << 0LL << 3LL << partner << 0LL << 3LL << true;
    QTest::newRow("partner, another") << partner << 0LL << 3LL << partner << 0LL << 4LL << false;
    QTest::newRow("relatives do not cover a partner") << relatives << 0LL << 0LL << partner << 0LL << 3LL << false;
    QTest::newRow("photos do not cover relatives")
        << int(ConsentScope::Photos) << 0LL << 0LL << relatives << 0LL << 0LL << false;
}

void TestConsent::scopeMatch()
{
    QFETCH(int, scope);
    QFETCH(qint64, consentPerson);
    QFETCH(qint64, consentPartner);
    QFETCH(int, needScope);
    QFETCH(qint64, needPerson);
    QFETCH(qint64, needPartner);
    QFETCH(bool, covers);
    Consent consent;
    consent.scope = ConsentScope(scope);
    consent.networkPersonId = consentPerson;
    consent.partnerOrgId = consentPartner;
    const ConsentNeed need { ConsentScope(needScope), needPerson, needPartner };
    QCOMPARE(ConsentRules::covers(consent, need), covers);
}

void TestConsent::guardianConsentOnlyForMinors()
{
    const QDate birth(2010, 3, 1);
    Consent consent;
    consent.youthId = 1;
    consent.scope = ConsentScope::Relatives;
    consent.givenOn = QDate(2026, 1, 10);
    consent.guardianId = 5;
    QVERIFY(ConsentRules::isValidOn(consent, QDate(2028, 2, 29), birth)); // still 17
    QVERIFY(!ConsentRules::isValidOn(consent, QDate(2028, 3, 1), birth)); // 18: the youth decides now
    QVERIFY(!ConsentRules::isValidOn(consent, QDate(2026, 6, 1), QDate())); // not known to be a minor
    // The youth's own consent does not end at 18.
    consent.guardianId = 0;
    QVERIFY(ConsentRules::isValidOn(consent, QDate(2030, 1, 1), birth));

    // Recording: only a legal guardian, only for a minor.
    NetworkPerson father;
    father.youthId = m_minor;
    father.name = u"Pappa Ung"_s;
    father.relation = Relation::Parent;
    father.legalGuardian = false;
    QVERIFY(m_workspace->network().save(father).ok());
    Consent byFather;
    byFather.youthId = m_minor;
    byFather.scope = ConsentScope::Relatives;
    byFather.givenOn = kToday;
    byFather.guardianId = father.id;
    Result<qint64> result = m_workspace->consents().record(byFather);
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(u"legal guardian"_s));
    father.legalGuardian = true;
    QVERIFY(m_workspace->network().save(father).ok());
    result = m_workspace->consents().record(byFather);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->consents().consent(byFather.id))->guardianName, u"Pappa Ung"_s);
    QVERIFY(LOTSEN_VALUE(m_workspace->consents().findValid(m_minor, { ConsentScope::Relatives, 0, 0 }, kToday))
                .has_value());

    // A guardian of the adult youth cannot consent for them.
    NetworkPerson guardian;
    guardian.youthId = m_adult;
    guardian.name = u"Förmyndare"_s;
    guardian.relation = Relation::Guardian;
    guardian.legalGuardian = true;
    QVERIFY(m_workspace->network().save(guardian).ok());
    Consent forAdult;
    forAdult.youthId = m_adult;
    forAdult.scope = ConsentScope::Relatives;
    forAdult.givenOn = kToday;
    forAdult.guardianId = guardian.id;
    result = m_workspace->consents().record(forAdult);
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(u"under 18"_s));
    QCOMPARE(count(u"SELECT count(*) FROM consent WHERE youth_id = %1"_s.arg(m_adult)), 0);
}

void TestConsent::validateRequiresWhatTheScopeNeeds()
{
    Consent consent;
    consent.youthId = m_adult;
    consent.givenOn = kToday;
    consent.scope = ConsentScope::Partner;
    QVERIFY(ConsentRules::validate(consent, {}, false).contains(u"partner organisation"_s));
    consent.partnerOrgId = m_af;
    QVERIFY(ConsentRules::validate(consent, {}, false).isEmpty());
    consent.scope = ConsentScope::Other;
    consent.partnerOrgId = 0;
    QVERIFY(ConsentRules::validate(consent, {}, false).contains(u"Describe"_s));
    consent.otherText = u"Delta i en film om mötesplatsen"_s;
    QVERIFY(ConsentRules::validate(consent, {}, false).isEmpty());
    consent.form = ConsentForm::Verbal;
    QVERIFY(ConsentRules::validate(consent, {}, false).contains(u"witness"_s));
    consent.witness = u"Kim Kollega"_s;
    QVERIFY(ConsentRules::validate(consent, {}, false).isEmpty());
    consent.validUntil = kToday.addDays(-1);
    QVERIFY(ConsentRules::validate(consent, {}, false).contains(u"end before"_s));
    // Nothing is written for a refused consent.
    QVERIFY(!m_workspace->consents().record(consent).ok());
    QCOMPARE(count(u"SELECT count(*) FROM consent"_s), 0);
}

void TestConsent::consentsAreNeverDeletedAndWithdrawnOnce()
{
    Consent consent;
    consent.youthId = m_adult;
    consent.scope = ConsentScope::Photos;
    consent.givenOn = kToday.addDays(-20);
    QVERIFY(m_workspace->consents().record(consent).ok());

    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"DELETE FROM consent WHERE id = %1"_s.arg(consent.id)));
    QVERIFY(query.lastError().text().contains(u"never deleted"_s));
    // Changing what was consented to is refused; only withdrawing is allowed.
    QVERIFY(!query.exec(u"UPDATE consent SET scope = 'relatives' WHERE id = %1"_s.arg(consent.id)));

    QVERIFY(!m_workspace->consents().withdraw(consent.id, kToday.addDays(-30), u"före"_s, m_mentor).ok());
    QVERIFY(m_workspace->consents().withdraw(consent.id, kToday, u"Vill inte synas på bild"_s, m_mentor).ok());
    const std::optional<Consent> withdrawn = LOTSEN_VALUE(m_workspace->consents().consent(consent.id));
    QCOMPARE(withdrawn->withdrawnOn, kToday);
    QCOMPARE(withdrawn->withdrawnNote, u"Vill inte synas på bild"_s);
    QVERIFY(!m_workspace->consents().withdraw(consent.id, kToday, u"igen"_s, m_mentor).ok());
    QVERIFY(!query.exec(u"UPDATE consent SET withdrawn_on = NULL WHERE id = %1"_s.arg(consent.id)));
    QCOMPARE(count(u"SELECT count(*) FROM consent"_s), 1);
}

void TestConsent::recordingAndWithdrawingWriteTheTimeline()
{
    Consent consent;
    consent.youthId = m_adult;
    consent.scope = ConsentScope::Partner;
    consent.partnerOrgId = m_af;
    consent.givenOn = kToday;
    consent.staffId = m_mentor;
    QVERIFY(m_workspace->consents().record(consent).ok());
    QVERIFY(m_workspace->consents().withdraw(consent.id, kToday, QString(), m_mentor).ok());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
        u"SELECT kind, detail FROM youth_event WHERE youth_id = %1 AND kind LIKE 'consent%' ORDER BY id"_s.arg(
            m_adult)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"consent_given"_s);
    QCOMPARE(query.value(1).toString(), u"partner:Arbetsförmedlingen"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"consent_withdrawn"_s);
    QVERIFY(!query.next());
}

void TestConsent::relativeContactNeedsConsentOrOverride()
{
    Contact contact;
    contact.youthId = m_adult;
    contact.occurredAt = kNow.addSecs(-600);
    contact.kind = ContactKind::Phone;
    contact.withWhom = ContactWith::Relative;
    contact.networkPersonId = m_mother;
    Result<qint64> result = m_workspace->contacts().log(contact);
    QVERIFY(!result.ok());
    QVERIFY(ConsentRules::isMissing(result.error()));
    QCOMPARE(count(u"SELECT count(*) FROM contact"_s), 0);

    // A consent given after the contact's day does not cover it.
    Consent consent;
    consent.youthId = m_adult;
    consent.scope = ConsentScope::Relatives;
    consent.givenOn = kToday;
    QVERIFY(m_workspace->consents().record(consent).ok());
    contact.occurredAt = kNow.addDays(-3);
    QVERIFY(ConsentRules::isMissing(m_workspace->contacts().log(contact).error()));
    contact.occurredAt = kNow.addSecs(-600);
    result = m_workspace->contacts().log(contact);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(*result))->consentId, consent.id);

    // Contact with the youth or a partner needs no consent here.
    Contact withYouth = contact;
    withYouth.id = 0;
    withYouth.withWhom = ContactWith::Youth;
    withYouth.networkPersonId = m_mother;
    result = m_workspace->contacts().log(withYouth);
    QVERIFY(result.ok());
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(*result))->consentId, 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(*result))->networkPersonId, 0);
}

void TestConsent::namedRelativeConsentCoversOnlyThatPerson()
{
    Consent consent;
    consent.youthId = m_adult;
    consent.scope = ConsentScope::Relatives;
    consent.networkPersonId = m_mother;
    consent.givenOn = kToday.addDays(-10);
    QVERIFY(m_workspace->consents().record(consent).ok());
    QCOMPARE(LOTSEN_VALUE(m_workspace->consents().consent(consent.id))->networkPersonName, u"Mamma Test"_s);

    Contact contact;
    contact.youthId = m_adult;
    contact.occurredAt = kNow.addSecs(-600);
    contact.kind = ContactKind::Phone;
    contact.withWhom = ContactWith::Relative;
    contact.networkPersonId = m_brother;
    QVERIFY(ConsentRules::isMissing(m_workspace->contacts().log(contact).error()));
    contact.networkPersonId = 0; // "a relative", not named: the named consent does not say which
    QVERIFY(ConsentRules::isMissing(m_workspace->contacts().log(contact).error()));
    contact.networkPersonId = m_mother;
    QVERIFY(m_workspace->contacts().log(contact).ok());

    // Someone else's relative cannot be named.
    NetworkPerson stranger;
    stranger.youthId = m_minor;
    stranger.name = u"Annans mamma"_s;
    QVERIFY(m_workspace->network().save(stranger).ok());
    contact.id = 0;
    contact.networkPersonId = stranger.id;
    const Result<qint64> result = m_workspace->contacts().log(contact);
    QVERIFY(!result.ok());
    QVERIFY(!ConsentRules::isMissing(result.error()));
}

void TestConsent::withdrawnConsentNoLongerCovers()
{
    Consent consent;
    consent.youthId = m_adult;
    consent.scope = ConsentScope::Relatives;
    consent.givenOn = kToday.addDays(-60);
    QVERIFY(m_workspace->consents().record(consent).ok());
    QVERIFY(m_workspace->consents().withdraw(consent.id, kToday.addDays(-5), u"Vill inte"_s, m_mentor).ok());

    Contact contact;
    contact.youthId = m_adult;
    contact.kind = ContactKind::Phone;
    contact.withWhom = ContactWith::Relative;
    contact.occurredAt = kNow.addDays(-10); // before the withdrawal: covered
    const Result<qint64> before = m_workspace->contacts().log(contact);
    QVERIFY2(before.ok(), qPrintable(before.message()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(*before))->consentId, consent.id);
    contact.id = 0;
    contact.occurredAt = kNow.addDays(-1); // after it: not covered
    QVERIFY(ConsentRules::isMissing(m_workspace->contacts().log(contact).error()));
}

void TestConsent::overrideIsStoredWithItsReason()
{
    Contact contact;
    contact.youthId = m_adult;
    contact.occurredAt = kNow.addSecs(-600);
    contact.kind = ContactKind::Phone;
    contact.withWhom = ContactWith::Relative;
    contact.consentOverride = u"   "_s; // blank is no reason
    QVERIFY(ConsentRules::isMissing(m_workspace->contacts().log(contact).error()));
    contact.consentOverride = u"  Mamma ringde oss; ungdomen låg på sjukhus.  "_s;
    const Result<qint64> result = m_workspace->contacts().log(contact);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const std::optional<Contact> stored = LOTSEN_VALUE(m_workspace->contacts().load(*result));
    QCOMPARE(stored->consentId, 0);
    QCOMPARE(stored->consentOverride, u"Mamma ringde oss; ungdomen låg på sjukhus."_s);
}

void TestConsent::databaseRefusesRelativeContactWithoutConsent()
{
    // Whatever program writes to the file: neither a consent nor an override is refused.
    QSqlQuery query(m_database->connection());
    const QString insert = u"INSERT INTO contact (youth_id, occurred_at, kind, with_whom, created_at, updated_at, "
                           "consent_override) VALUES (%1, '2026-11-26T10:00:00', 'phone', 'relative', "
                           "'2026-11-26T10:00:00', '2026-11-26T10:00:00', '%2')"_s;
    QVERIFY(!query.exec(insert.arg(m_adult).arg(QString())));
    QVERIFY(query.lastError().text().contains(u"consent"_s));
    QVERIFY(query.exec(insert.arg(m_adult).arg(u"skäl"_s)));
    QVERIFY(query.exec(insert.arg(m_adult).arg(QString()).replace(u"'relative'"_s, u"'youth'"_s)));
    // Nor can a contact with the youth become one with a relative without consent.
    const qint64 youthContact = query.lastInsertId().toLongLong();
    QVERIFY(!query.exec(u"UPDATE contact SET with_whom = 'relative' WHERE id = %1"_s.arg(youthContact)));
    QCOMPARE(count(u"SELECT count(*) FROM contact WHERE with_whom = 'relative'"_s), 1);
}

void TestConsent::referralNeedsPartnerConsentOrOverride()
{
    Referral referral;
    referral.youthId = m_adult;
    referral.organisationId = m_af;
    referral.sentOn = kToday;
    referral.reason = u"Inskrivning"_s;
    Result<qint64> result = m_workspace->referrals().create(referral, m_mentor);
    QVERIFY(!result.ok());
    QVERIFY(ConsentRules::isMissing(result.error()));
    QCOMPARE(result.message(), u"There is no valid consent to share information with Arbetsförmedlingen."_s);

    // A consent for another partner does not help.
    Consent other;
    other.youthId = m_adult;
    other.scope = ConsentScope::Partner;
    other.partnerOrgId = m_fk;
    other.givenOn = kToday.addDays(-3);
    QVERIFY(m_workspace->consents().record(other).ok());
    QVERIFY(ConsentRules::isMissing(m_workspace->referrals().create(referral, m_mentor).error()));

    Consent af = other;
    af.id = 0;
    af.partnerOrgId = m_af;
    QVERIFY(m_workspace->consents().record(af).ok());
    result = m_workspace->referrals().create(referral, m_mentor);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->referrals().referral(*result))->consentId, af.id);
    QCOMPARE(LOTSEN_VALUE(m_workspace->referrals().referral(*result))->status, ReferralStatus::Sent);

    // Without consent, an override with a reason, stored and shown in the timeline.
    Referral urgent;
    urgent.youthId = m_minor;
    urgent.organisationId = m_fk;
    urgent.sentOn = kToday;
    urgent.reason = u"Ersättningen"_s;
    urgent.consentOverride = u"Akut, samtycke inhämtas i morgon"_s;
    result = m_workspace->referrals().create(urgent, m_mentor);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->referrals().referral(*result))->consentOverride,
             u"Akut, samtycke inhämtas i morgon"_s);
    QCOMPARE(count(u"SELECT count(*) FROM youth_event WHERE youth_id = %1 AND kind = "
                   "'referral_sent_without_consent' AND detail LIKE '%%Akut%%'"_s.arg(m_minor)),
             1);
}

void TestConsent::databaseRefusesReferralWithoutConsent()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"INSERT INTO referral (youth_id, org_id, sent_on, reason, created_at, updated_at) "
                        "VALUES (%1, %2, '2026-11-27', 'x', '2026-11-27', '2026-11-27')"_s.arg(m_adult)
                            .arg(m_af)));
    QCOMPARE(count(u"SELECT count(*) FROM referral"_s), 0);
}

void TestConsent::referralAnswer()
{
    Referral referral;
    referral.youthId = m_adult;
    referral.organisationId = m_af;
    referral.sentOn = kToday.addDays(-10);
    referral.reason = u"Praktik"_s;
    referral.consentOverride = u"Muntligt samtycke, skrivs in"_s;
    QVERIFY(m_workspace->referrals().create(referral, m_mentor).ok());
    QVERIFY(!m_workspace->referrals()
                 .recordResponse(referral.id, ReferralStatus::Accepted, kToday.addDays(-11), {}, m_mentor)
                 .ok());
    QVERIFY(!m_workspace->referrals().recordResponse(referral.id, ReferralStatus::Sent, kToday, {}, m_mentor).ok());
    QVERIFY(m_workspace->referrals()
                .recordResponse(referral.id, ReferralStatus::Declined, kToday, u"Inte nu"_s, m_mentor)
                .ok());
    const std::optional<Referral> stored = LOTSEN_VALUE(m_workspace->referrals().referral(referral.id));
    QCOMPARE(stored->status, ReferralStatus::Declined);
    QCOMPARE(stored->responseOn, kToday);
    QCOMPARE(stored->responseNote, u"Inte nu"_s);
}

void TestConsent::partnerReferencedIsDeactivatedNotDeleted()
{
    PartnerRepository& partners = m_workspace->partners();
    PartnerOrganisation duplicate;
    duplicate.name = u"arbetsförmedlingen"_s;
    QVERIFY(!partners.saveOrganisation(duplicate).ok());
    PartnerOrganisation badMail;
    badMail.name = u"Skolan"_s;
    badMail.email = u"skolan.se"_s;
    QVERIFY(!partners.saveOrganisation(badMail).ok());

    // Unreferenced: deleted, with its contact persons.
    PartnerOrganisation loose;
    loose.name = u"Tillfällig partner"_s;
    QVERIFY(partners.saveOrganisation(loose).ok());
    PartnerPerson person;
    person.organisationId = loose.id;
    person.name = u"Kim"_s;
    QVERIFY(partners.savePerson(person).ok());
    QVERIFY(!LOTSEN_VALUE(partners.isOrganisationReferenced(loose.id)));
    QVERIFY(partners.removeOrganisation(loose.id).ok());
    QVERIFY(!LOTSEN_VALUE(partners.organisation(loose.id)));
    QVERIFY(!LOTSEN_VALUE(partners.person(person.id)));

    // Referenced by an intervention: refused in words, and by the foreign key underneath.
    Intervention praktik;
    praktik.name = u"Praktik"_s;
    praktik.providerId = m_af;
    QVERIFY(m_workspace->interventions().saveIntervention(praktik).ok());
    QVERIFY(LOTSEN_VALUE(partners.isOrganisationReferenced(m_af)));
    const Result<qint64> refused = partners.removeOrganisation(m_af);
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(u"Deactivate"_s));
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"DELETE FROM partner_org WHERE id = %1"_s.arg(m_af)));
    QVERIFY(partners.setOrganisationActive(m_af, false).ok());
    QVERIFY(!LOTSEN_VALUE(partners.organisation(m_af))->active);
    QCOMPARE(LOTSEN_VALUE(partners.organisations(true)).size(), 1);
    QCOMPARE(LOTSEN_VALUE(partners.organisations(false)).size(), 2);
}

void TestConsent::interventionCountsAndTimeline()
{
    InterventionRepository& interventions = m_workspace->interventions();
    Intervention ips;
    ips.name = u"IPS-stöd"_s;
    ips.category = InterventionCategory::SupportedEmployment;
    QVERIFY(interventions.saveIntervention(ips).ok());
    QCOMPARE(LOTSEN_VALUE(interventions.intervention(ips.id))->providerName, QString()); // the centre itself

    Participation first;
    first.youthId = m_adult;
    first.interventionId = ips.id;
    first.status = ParticipationStatus::Proposed;
    QVERIFY(interventions.saveParticipation(first, m_mentor).ok());
    QVERIFY(LOTSEN_VALUE(interventions.ongoingCounts()).isEmpty());
    first.status = ParticipationStatus::Ongoing;
    QVERIFY(!interventions.saveParticipation(first, m_mentor).ok()); // started needs a start date
    first.startDate = kToday.addDays(-7);
    first.plannedEnd = kToday.addDays(-8);
    QVERIFY(!interventions.saveParticipation(first, m_mentor).ok()); // ends before it starts
    first.plannedEnd = kToday.addDays(60);
    QVERIFY(interventions.saveParticipation(first, m_mentor).ok());
    Participation second;
    second.youthId = m_minor;
    second.interventionId = ips.id;
    second.status = ParticipationStatus::Ongoing;
    second.startDate = kToday;
    QVERIFY(interventions.saveParticipation(second, m_mentor).ok());
    QCOMPARE(LOTSEN_VALUE(interventions.ongoingCounts()).value(ips.id), 2);
    QCOMPARE(LOTSEN_VALUE(interventions.ongoingParticipants(ips.id)).size(), 2);

    first.status = ParticipationStatus::Completed;
    first.outcome = u"Fick anställning"_s;
    QVERIFY(interventions.saveParticipation(first, m_mentor).ok());
    QCOMPARE(LOTSEN_VALUE(interventions.ongoingCounts()).value(ips.id), 1);
    QCOMPARE(LOTSEN_VALUE(interventions.ongoingParticipants(ips.id)).first().youthId, m_minor);
    QCOMPARE(
        count(u"SELECT count(*) FROM youth_event WHERE youth_id = %1 AND kind = 'intervention_started'"_s.arg(m_adult)),
        1);
    QCOMPARE(count(u"SELECT count(*) FROM youth_event WHERE youth_id = %1 AND kind = 'intervention_ended' AND "
                   "detail = 'completed:IPS-stöd'"_s.arg(m_adult)),
             1);

    // Taken part in: cannot be deleted, only deactivated.
    QVERIFY(!interventions.removeIntervention(ips.id).ok());
    QVERIFY(interventions.setInterventionActive(ips.id, false).ok());
    QVERIFY(LOTSEN_VALUE(interventions.interventions(true)).isEmpty());
    Intervention unused;
    unused.name = u"Oanvänd"_s;
    QVERIFY(interventions.saveIntervention(unused).ok());
    QVERIFY(interventions.removeIntervention(unused.id).ok());
}

void TestConsent::networkPersonNamedInConsentCannotBeRemoved()
{
    Consent consent;
    consent.youthId = m_adult;
    consent.scope = ConsentScope::Relatives;
    consent.networkPersonId = m_mother;
    consent.givenOn = kToday;
    QVERIFY(m_workspace->consents().record(consent).ok());
    const Result<qint64> refused = m_workspace->network().remove(m_mother);
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(u"Mamma Test"_s));
    QVERIFY(m_workspace->network().remove(m_brother).ok());
    QCOMPARE(LOTSEN_VALUE(m_workspace->network().persons(m_adult)).size(), 1);
}

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
