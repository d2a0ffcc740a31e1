// NetworkModel and ConsentModel: a youth's network persons and consents in words a mentor reads; the consent's
// status today (valid, expiring, expired, withdrawn on a date, a guardian's consent once the youth is 18) with
// the ones that no longer count greyed; refreshing on the repositories' signals for their own youth only.
// QAbstractItemModelTester watches both models throughout.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "consent/ConsentModel.h"
#include "consent/ConsentRepository.h"
#include "consent/NetworkModel.h"
#include "consent/NetworkRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "partners/PartnerRepository.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));

} // namespace

class TestNetworkConsentModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void networkEmptyWithoutYouth();
    void networkColumnsSortedByName();
    void networkRefreshesForItsYouthOnly();
    void consentScopesInWords();
    void consentStatuses();
    void consentNoLongerValidIsGreyed();
    void guardianConsentLapsesAtEighteen();
    void consentRefreshesOnWithdraw();

private:
    qint64 addYouth(const QString& firstName, const QDate& birthDate);
    qint64 addPerson(qint64 youthId, const QString& name, Relation relation, bool legalGuardian);
    qint64 record(Consent consent);
    QString consentCell(qint64 consentId, int column) const;
    QVariant consentData(qint64 consentId, int column, int role) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<NetworkModel> m_network;
    std::unique_ptr<ConsentModel> m_consents;
    std::unique_ptr<QAbstractItemModelTester> m_networkTester;
    std::unique_ptr<QAbstractItemModelTester> m_consentTester;
    qint64 m_youthId = 0;
    qint64 m_otherYouthId = 0;
    qint64 m_anna = 0;
    qint64 m_bertil = 0;
    qint64 m_employmentService = 0;
    qint64 m_maja = 0;
};

void TestNetworkConsentModels::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"network.lotsen"_s));
    m_workspace = &m_fixture->workspace();
    m_maja = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    // 17 on the day the guardian's consent below is given, 18 today.
    m_youthId = addYouth(u"Tova"_s, QDate(2008, 11, 1));
    m_otherYouthId = addYouth(u"Ali"_s, QDate(2004, 3, 3));
    m_anna = addPerson(m_youthId, u"Anna Testberg"_s, Relation::Parent, true);
    m_bertil = addPerson(m_youthId, u"Bertil Testberg"_s, Relation::Sibling, false);
    PartnerOrganisation organisation;
    organisation.name = u"Arbetsförmedlingen"_s;
    organisation.kind = PartnerKind::EmploymentService;
    QVERIFY(m_workspace->partners().saveOrganisation(organisation).ok());
    m_employmentService = organisation.id;
    QVERIFY(m_employmentService != 0);

    m_network = std::make_unique<NetworkModel>(m_workspace->network());
    m_networkTester = std::make_unique<QAbstractItemModelTester>(
        m_network.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_consents = std::make_unique<ConsentModel>(m_workspace->consents());
    m_consentTester = std::make_unique<QAbstractItemModelTester>(
        m_consents.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestNetworkConsentModels::cleanup()
{
    m_consentTester.reset();
    m_networkTester.reset();
    m_consents.reset();
    m_network.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

qint64 TestNetworkConsentModels::addYouth(const QString& firstName, const QDate& birthDate)
{
    Youth youth;
    youth.firstName = firstName;
    youth.lastName = u"Testberg"_s;
    youth.birthDate = birthDate;
    youth.status = YouthStatus::Active;
    const auto result = m_workspace->youths().save(youth);
    if (!result.ok()) {
        qWarning() << result.message();
    }
    return youth.id;
}

qint64 TestNetworkConsentModels::addPerson(qint64 youthId, const QString& name, Relation relation, bool legalGuardian)
{
    NetworkPerson person;
    person.youthId = youthId;
    person.name = name;
    person.relation = relation;
    person.legalGuardian = legalGuardian;
    person.phone = u"070-123 45 67"_s;
    const Result<qint64> result = m_workspace->network().save(person);
    if (!result.ok()) {
        qWarning() << result.message();
    }
    return person.id;
}

qint64 TestNetworkConsentModels::record(Consent consent)
{
    if (consent.youthId == 0) {
        consent.youthId = m_youthId;
    }
    consent.staffId = m_maja;
    const Result<qint64> result = m_workspace->consents().record(consent);
    if (!result.ok()) {
        qWarning() << result.message();
        return 0;
    }
    return consent.id;
}

QString TestNetworkConsentModels::consentCell(qint64 consentId, int column) const
{
    return consentData(consentId, column, Qt::DisplayRole).toString();
}

QVariant TestNetworkConsentModels::consentData(qint64 consentId, int column, int role) const
{
    const int row = m_consents->rowOfConsent(consentId);
    return row < 0 ? QVariant(u"<missing>"_s) : m_consents->data(m_consents->index(row, column), role);
}

void TestNetworkConsentModels::networkEmptyWithoutYouth()
{
    QCOMPARE(m_network->rowCount(), 0);
    QCOMPARE(m_network->columnCount(), int(NetworkModel::ColumnCount));
    QCOMPARE(m_consents->rowCount(), 0);
    QCOMPARE(m_network->headerData(NetworkModel::LegalGuardian, Qt::Horizontal).toString(), u"Legal guardian"_s);
    QCOMPARE(m_consents->headerData(ConsentModel::Status, Qt::Horizontal).toString(), u"Status"_s);
}

void TestNetworkConsentModels::networkColumnsSortedByName()
{
    addPerson(m_youthId, u"Aaron Vän"_s, Relation::Friend, false);
    m_network->setYouthId(m_youthId);
    QCOMPARE(m_network->rowCount(), 3);
    QCOMPARE(m_network->data(m_network->index(0, NetworkModel::Name)).toString(), u"Aaron Vän"_s);
    const int anna = m_network->rowOfPerson(m_anna);
    QCOMPARE(anna, 1);
    QCOMPARE(m_network->data(m_network->index(anna, NetworkModel::Relation)).toString(), u"Parent"_s);
    QCOMPARE(m_network->data(m_network->index(anna, NetworkModel::Phone)).toString(), u"070-123 45 67"_s);
    QCOMPARE(m_network->data(m_network->index(anna, NetworkModel::LegalGuardian)).toString(), u"Yes"_s);
    QVERIFY(m_network->data(m_network->index(anna, 0), NetworkModel::LegalGuardianRole).toBool());
    QCOMPARE(m_network->data(m_network->index(anna, 0), NetworkModel::PersonIdRole).toLongLong(), m_anna);
    const int bertil = m_network->rowOfPerson(m_bertil);
    QCOMPARE(m_network->data(m_network->index(bertil, NetworkModel::Relation)).toString(), u"Sibling"_s);
    QCOMPARE(m_network->data(m_network->index(bertil, NetworkModel::LegalGuardian)).toString(), u"No"_s);
    QCOMPARE(m_network->personAt(bertil)->name, u"Bertil Testberg"_s);
    QVERIFY(!m_network->personAt(3));
    QVERIFY(!m_network->personAt(-1));
}

void TestNetworkConsentModels::networkRefreshesForItsYouthOnly()
{
    m_network->setYouthId(m_youthId);
    QSignalSpy reset(m_network.get(), &QAbstractItemModel::modelReset);
    addPerson(m_otherYouthId, u"Someone Else"_s, Relation::Other, false);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_network->rowCount(), 2);

    const qint64 cecilia = addPerson(m_youthId, u"Cecilia Testberg"_s, Relation::Guardian, true);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_network->rowCount(), 3);
    QVERIFY(m_network->rowOfPerson(cecilia) >= 0);

    QVERIFY(m_workspace->network().remove(cecilia).ok());
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_network->rowCount(), 2);
    QCOMPARE(m_network->rowOfPerson(cecilia), -1);
}

void TestNetworkConsentModels::consentScopesInWords()
{
    Consent all;
    all.scope = ConsentScope::Relatives;
    all.givenOn = QDate(2026, 1, 10);
    const qint64 allId = record(all);
    Consent named = all;
    named.networkPersonId = m_anna;
    named.form = ConsentForm::Verbal;
    named.witness = u"Olle Coach"_s;
    const qint64 namedId = record(named);
    Consent partner;
    partner.scope = ConsentScope::Partner;
    partner.partnerOrgId = m_employmentService;
    partner.givenOn = QDate(2026, 2, 1);
    const qint64 partnerId = record(partner);
    Consent other;
    other.scope = ConsentScope::Other;
    other.otherText = u"Filmning till kommunens webb"_s;
    other.givenOn = QDate(2026, 2, 2);
    const qint64 otherId = record(other);
    Consent photos;
    photos.scope = ConsentScope::Photos;
    photos.givenOn = QDate(2026, 2, 3);
    const qint64 photosId = record(photos);
    for (qint64 id : { allId, namedId, partnerId, otherId, photosId }) {
        QVERIFY(id != 0);
    }

    m_consents->setYouth(m_youthId, QDate(2008, 11, 1));
    QCOMPARE(m_consents->rowCount(), 5);
    QCOMPARE(consentCell(allId, ConsentModel::Scope), u"Contact with relatives: all relatives"_s);
    QCOMPARE(consentCell(namedId, ConsentModel::Scope), u"Contact with relatives: Anna Testberg"_s);
    QCOMPARE(consentCell(partnerId, ConsentModel::Scope), u"Sharing information with a partner: Arbetsförmedlingen"_s);
    QCOMPARE(consentCell(otherId, ConsentModel::Scope), u"Other: Filmning till kommunens webb"_s);
    QCOMPARE(consentCell(photosId, ConsentModel::Scope), u"Photos at activities"_s);
    QCOMPARE(consentCell(allId, ConsentModel::GivenOn), u"2026-01-10"_s);
    QCOMPARE(consentCell(allId, ConsentModel::Form), u"Written"_s);
    QCOMPARE(consentCell(namedId, ConsentModel::Form), u"Verbal (witness: Olle Coach)"_s);
    QCOMPARE(consentCell(allId, ConsentModel::ValidUntil), u"Until withdrawn"_s);
    QCOMPARE(consentCell(allId, ConsentModel::GivenBy), u"The youth"_s);
    QCOMPARE(consentData(allId, 0, ConsentModel::ConsentIdRole).toLongLong(), allId);
}

void TestNetworkConsentModels::consentStatuses()
{
    Consent valid;
    valid.scope = ConsentScope::Relatives;
    valid.givenOn = QDate(2026, 1, 10);
    const qint64 validId = record(valid);
    Consent expiring = valid;
    expiring.scope = ConsentScope::SensitiveNotes;
    expiring.validUntil = QDate(2026, 12, 5);
    const qint64 expiringId = record(expiring);
    Consent lastDay = expiring;
    lastDay.scope = ConsentScope::Photos;
    lastDay.validUntil = kNow.date();
    const qint64 lastDayId = record(lastDay);
    Consent expired = valid;
    expired.networkPersonId = m_bertil;
    expired.validUntil = QDate(2026, 6, 30);
    const qint64 expiredId = record(expired);
    Consent withdrawn;
    withdrawn.scope = ConsentScope::Partner;
    withdrawn.partnerOrgId = m_employmentService;
    withdrawn.givenOn = QDate(2026, 2, 1);
    const qint64 withdrawnId = record(withdrawn);
    QVERIFY(m_workspace->consents().withdraw(withdrawnId, QDate(2026, 10, 1), u"Vill inte längre"_s, m_maja).ok());
    for (qint64 id : { validId, expiringId, lastDayId, expiredId, withdrawnId }) {
        QVERIFY(id != 0);
    }

    m_consents->setYouth(m_youthId, QDate(2008, 11, 1));
    QCOMPARE(consentCell(validId, ConsentModel::Status), u"Valid"_s);
    QCOMPARE(consentCell(expiringId, ConsentModel::Status), u"Valid, expires in 8 days"_s);
    QCOMPARE(consentCell(expiringId, ConsentModel::ValidUntil), u"2026-12-05"_s);
    QCOMPARE(consentCell(lastDayId, ConsentModel::Status), u"Valid, last day today"_s);
    QCOMPARE(consentCell(expiredId, ConsentModel::Status), u"Expired"_s);
    QCOMPARE(consentCell(withdrawnId, ConsentModel::Status), u"Withdrawn on 2026-10-01"_s);
    QVERIFY(consentData(withdrawnId, ConsentModel::Scope, Qt::ToolTipRole)
                .toString()
                .contains(u"Withdrawn on 2026-10-01: Vill inte längre"_s));
    QCOMPARE(consentData(validId, 0, ConsentModel::StatusRole).toInt(), int(ConsentModel::State::Valid));
    QCOMPARE(consentData(expiredId, 0, ConsentModel::StatusRole).toInt(), int(ConsentModel::State::Expired));
    QCOMPARE(consentData(withdrawnId, 0, ConsentModel::StatusRole).toInt(), int(ConsentModel::State::Withdrawn));
    QVERIFY(consentData(validId, 0, ConsentModel::ValidRole).toBool());
    QVERIFY(consentData(lastDayId, 0, ConsentModel::ValidRole).toBool());
    QVERIFY(!consentData(expiredId, 0, ConsentModel::ValidRole).toBool());

    // The next day the last-day consent has expired.
    Clock::setFixedNow(kNow.addDays(1));
    LOTSEN_VERIFY_OK(m_consents->refresh());
    QCOMPARE(consentCell(expiringId, ConsentModel::Status), u"Valid, expires in 7 days"_s);
    QCOMPARE(consentCell(lastDayId, ConsentModel::Status), u"Expired"_s);
    Clock::setFixedNow(QDateTime(QDate(2026, 12, 4), QTime(9, 0)));
    LOTSEN_VERIFY_OK(m_consents->refresh());
    QCOMPARE(consentCell(expiringId, ConsentModel::Status), u"Valid, expires tomorrow"_s);
    // The warning starts 14 days ahead by default (the centre's setting); before that it is only "Valid".
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
    LOTSEN_VERIFY_OK(m_consents->refresh());
    QCOMPARE(consentCell(expiringId, ConsentModel::Status), u"Valid, expires in 14 days"_s);
    QVERIFY(consentData(expiringId, ConsentModel::Status, Qt::ForegroundRole).isValid());
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    LOTSEN_VERIFY_OK(m_consents->refresh());
    QCOMPARE(consentCell(expiringId, ConsentModel::Status), u"Valid"_s);
    QVERIFY(!consentData(expiringId, ConsentModel::Status, Qt::ForegroundRole).isValid());
    // The card passes the centre's warning period, the same as Today's.
    m_consents->setExpiryWarningDays(15);
    LOTSEN_VERIFY_OK(m_consents->refresh());
    QCOMPARE(consentCell(expiringId, ConsentModel::Status), u"Valid, expires in 15 days"_s);
    QVERIFY(consentData(expiringId, ConsentModel::Status, Qt::ForegroundRole).isValid());
}

void TestNetworkConsentModels::consentNoLongerValidIsGreyed()
{
    Consent valid;
    valid.scope = ConsentScope::Relatives;
    valid.givenOn = QDate(2026, 1, 10);
    const qint64 validId = record(valid);
    Consent expired = valid;
    expired.validUntil = QDate(2026, 6, 30);
    const qint64 expiredId = record(expired);
    Consent withdrawn = valid;
    const qint64 withdrawnId = record(withdrawn);
    QVERIFY(m_workspace->consents().withdraw(withdrawnId, QDate(2026, 11, 27), {}, m_maja).ok());
    m_consents->setYouth(m_youthId, QDate(2008, 11, 1));

    for (int column = 0; column < ConsentModel::ColumnCount; ++column) {
        QVERIFY2(!consentData(validId, column, Qt::ForegroundRole).isValid(), qPrintable(QString::number(column)));
        for (qint64 id : { expiredId, withdrawnId }) {
            const QVariant foreground = consentData(id, column, Qt::ForegroundRole);
            QVERIFY2(foreground.canConvert<QBrush>(), qPrintable(QString::number(column)));
            QCOMPARE(foreground.value<QBrush>().color(), QColor(0x88, 0x88, 0x88));
        }
    }
    QCOMPARE(consentCell(withdrawnId, ConsentModel::Status), u"Withdrawn on 2026-11-27"_s);
}

void TestNetworkConsentModels::guardianConsentLapsesAtEighteen()
{
    // Given by Anna, the legal guardian, while Tova was 17.
    Consent byGuardian;
    byGuardian.scope = ConsentScope::Photos;
    byGuardian.givenOn = QDate(2026, 4, 1);
    byGuardian.guardianId = m_anna;
    const qint64 id = record(byGuardian);
    QVERIFY(id != 0);

    // A day before the 18th birthday it is valid…
    Clock::setFixedNow(QDateTime(QDate(2026, 10, 31), QTime(12, 0)));
    m_consents->setYouth(m_youthId, QDate(2008, 11, 1));
    QCOMPARE(consentCell(id, ConsentModel::GivenBy), u"Anna Testberg (guardian)"_s);
    QCOMPARE(consentCell(id, ConsentModel::Status), u"Valid"_s);

    // …and from then on the youth decides.
    Clock::setFixedNow(kNow);
    LOTSEN_VERIFY_OK(m_consents->refresh());
    QCOMPARE(consentData(id, 0, ConsentModel::StatusRole).toInt(), int(ConsentModel::State::GuardianLapsed));
    QCOMPARE(consentCell(id, ConsentModel::Status), u"No longer valid: the youth decides from 18"_s);
    QVERIFY(consentData(id, ConsentModel::Status, Qt::ForegroundRole).isValid());
}

void TestNetworkConsentModels::consentRefreshesOnWithdraw()
{
    Consent consent;
    consent.scope = ConsentScope::Relatives;
    consent.givenOn = QDate(2026, 1, 10);
    const qint64 id = record(consent);
    m_consents->setYouth(m_youthId, QDate(2008, 11, 1));
    QCOMPARE(m_consents->rowCount(), 1);
    QSignalSpy reset(m_consents.get(), &QAbstractItemModel::modelReset);

    // Another youth's consent does not touch this model.
    Consent others = consent;
    others.youthId = m_otherYouthId;
    QVERIFY(record(others) != 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_consents->rowCount(), 1);

    QVERIFY(m_workspace->consents().withdraw(id, QDate(2026, 11, 20), u"Ångrade sig"_s, m_maja).ok());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_consents->rowCount(), 1); // never deleted
    QCOMPARE(consentCell(id, ConsentModel::Status), u"Withdrawn on 2026-11-20"_s);

    QVERIFY(record(consent) != 0);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_consents->rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestNetworkConsentModels)
#include "tst_networkconsentmodels.moc"
