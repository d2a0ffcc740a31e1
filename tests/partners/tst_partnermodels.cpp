// The Interventions & partners page's models: PartnerListModel and InterventionCatalogueModel under
// QAbstractItemModelTester, their rows and labels, the ongoing counts, and that they follow the repositories'
// signals. Also the repository rules the page relies on: a referenced organisation (provider of an intervention,
// referred to, a youth's contact) is deactivated, never deleted; an intervention somebody took part in likewise.
//
// Personal numbers are only Skatteverket's test numbers: births 2000-2009, serials 238 and 239.

#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/StaffRepository.h"
#include "consent/NetworkRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/InterventionCatalogueModel.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerListModel.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralRepository.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestPartnerModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void partnerModelListsEveryOrganisation();
    void partnerModelFollowsChanges();
    void organisationRulesRefuseBadInput();
    void referencedOrganisationIsNotDeleted_data();
    void referencedOrganisationIsNotDeleted();
    void unreferencedOrganisationIsDeletedWithItsPersons();
    void catalogueModelShowsProvidersAndCounts();
    void catalogueCountsFollowParticipations();
    void catalogueFollowsProviderRename();
    void interventionSomebodyTookPartInIsNotDeleted();

private:
    qint64 addOrganisation(const QString& name, PartnerKind kind, bool active = true);
    qint64 addPerson(qint64 organisationId, const QString& name);
    qint64 addIntervention(const QString& name, InterventionCategory category, qint64 providerId);
    qint64 addYouth(const QString& first, const QString& last, const QString& number);
    qint64 addParticipation(qint64 youthId, qint64 interventionId, ParticipationStatus status);
    PartnerRepository& partners() { return m_workspace->partners(); }
    InterventionRepository& interventions() { return m_workspace->interventions(); }

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    qint64 m_staffId = 0;
};

void TestPartnerModels::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"partners.lotsen"_s));
    m_workspace = &m_fixture->workspace();
    m_staffId = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    QVERIFY(m_staffId > 0);
}

void TestPartnerModels::cleanup()
{
    m_workspace = nullptr;
    m_fixture.reset();
}

qint64 TestPartnerModels::addOrganisation(const QString& name, PartnerKind kind, bool active)
{
    PartnerOrganisation organisation;
    organisation.name = name;
    organisation.kind = kind;
    organisation.phone = u"010-486 00 00"_s;
    organisation.email = u"info@example.se"_s;
    organisation.active = active;
    const Result<qint64> result = partners().saveOrganisation(organisation);
    return result.ok() ? organisation.id : 0;
}

qint64 TestPartnerModels::addPerson(qint64 organisationId, const QString& name)
{
    PartnerPerson person;
    person.organisationId = organisationId;
    person.name = name;
    person.role = u"Handläggare"_s;
    return partners().savePerson(person).ok() ? person.id : 0;
}

qint64 TestPartnerModels::addIntervention(const QString& name, InterventionCategory category, qint64 providerId)
{
    Intervention intervention;
    intervention.name = name;
    intervention.category = category;
    intervention.providerId = providerId;
    intervention.typicalLength = u"8 veckor"_s;
    return interventions().saveIntervention(intervention).ok() ? intervention.id : 0;
}

qint64 TestPartnerModels::addYouth(const QString& first, const QString& last, const QString& number)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = last;
    youth.personalNumber = number;
    youth.birthDate = QDate::fromString(number.left(8), u"yyyyMMdd"_s);
    youth.status = YouthStatus::Active;
    youth.mentorId = m_staffId;
    youth.startDate = QDate(2026, 9, 1);
    return m_workspace->youths().save(youth).ok() ? youth.id : 0;
}

qint64 TestPartnerModels::addParticipation(qint64 youthId, qint64 interventionId, ParticipationStatus status)
{
    Participation participation;
    participation.youthId = youthId;
    participation.interventionId = interventionId;
    participation.status = status;
    if (status != ParticipationStatus::Proposed) {
        participation.startDate = QDate(2026, 10, 1);
    }
    return interventions().saveParticipation(participation, m_staffId).ok() ? participation.id : 0;
}

void TestPartnerModels::partnerModelListsEveryOrganisation()
{
    PartnerListModel model(partners());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PartnerListModel::ColumnCount));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 school = addOrganisation(u"Värnhemsskolan"_s, PartnerKind::School);
    const qint64 af = addOrganisation(u"Arbetsförmedlingen Malmö"_s, PartnerKind::EmploymentService);
    const qint64 old = addOrganisation(u"Nedlagda föreningen"_s, PartnerKind::CivilSociety, false);
    QVERIFY(school > 0 && af > 0 && old > 0);
    QCOMPARE(reset.count(), 3);

    // Every organisation, inactive ones too (the page filters them), sorted by name.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(0), af);
    QCOMPARE(model.idAt(1), old);
    QCOMPARE(model.idAt(2), school);
    QCOMPARE(model.rowOf(school), 2);
    QCOMPARE(model.rowOf(4711), -1);
    QCOMPARE(model.index(0, PartnerListModel::Name).data().toString(), u"Arbetsförmedlingen Malmö"_s);
    QCOMPARE(model.index(0, PartnerListModel::Kind).data().toString(),
             Vocabulary::label(PartnerKind::EmploymentService));
    QCOMPARE(model.index(0, PartnerListModel::Phone).data().toString(), u"010-486 00 00"_s);
    QCOMPARE(model.index(0, PartnerListModel::Email).data().toString(), u"info@example.se"_s);
    QCOMPARE(model.index(0, PartnerListModel::Active).data().toString(), u"Active"_s);
    QCOMPARE(model.index(1, PartnerListModel::Active).data().toString(), u"Inactive"_s);
    QCOMPARE(model.index(1, 0).data(PartnerListModel::ActiveRole).toBool(), false);
    QCOMPARE(model.index(2, 0).data(PartnerListModel::GroupRole).toInt(), int(PartnerKind::School));
    QCOMPARE(model.index(2, 3).data(PartnerListModel::IdRole).toLongLong(), school);
    QCOMPARE(model.headerData(PartnerListModel::Name, Qt::Horizontal).toString(), u"Organisation"_s);
}

void TestPartnerModels::partnerModelFollowsChanges()
{
    const qint64 af = addOrganisation(u"Arbetsförmedlingen Malmö"_s, PartnerKind::EmploymentService);
    const qint64 fk = addOrganisation(u"Försäkringskassan"_s, PartnerKind::SocialInsurance);
    PartnerListModel model(partners());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Deactivating and editing keep the rows (and so a view's selection): data changes, no reset.
    QVERIFY(partners().setOrganisationActive(fk, false).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(model.rowOf(fk), 0).data(PartnerListModel::ActiveRole).toBool(), false);
    PartnerOrganisation edited = *LOTSEN_VALUE(partners().organisation(af));
    edited.phone = u"0771-416 416"_s;
    QVERIFY(partners().saveOrganisation(edited).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(model.rowOf(af), PartnerListModel::Phone).data().toString(), u"0771-416 416"_s);

    // A contact person changes nothing the table shows, but must not break it either.
    QVERIFY(addPerson(af, u"Lena Lind"_s) > 0);
    QCOMPARE(model.rowCount(), 2);

    // A rename moves the row: the model resets in the new order.
    edited.name = u"Ö-förmedlingen"_s;
    QVERIFY(partners().saveOrganisation(edited).ok());
    QCOMPARE(model.idAt(0), fk);
    QCOMPARE(model.idAt(1), af);

    QVERIFY(partners().removeOrganisation(fk).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(fk), -1);
}

void TestPartnerModels::organisationRulesRefuseBadInput()
{
    const qint64 af = addOrganisation(u"Arbetsförmedlingen Malmö"_s, PartnerKind::EmploymentService);
    QVERIFY(af > 0);
    PartnerOrganisation duplicate;
    duplicate.name = u"arbetsförmedlingen malmö"_s;
    Result<qint64> result = partners().saveOrganisation(duplicate);
    QVERIFY(!result.ok());
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(duplicate.id, 0);

    PartnerOrganisation badMail;
    badMail.name = u"Komvux"_s;
    badMail.email = u"komvux at malmo.se"_s;
    QVERIFY(!partners().saveOrganisation(badMail).ok());
    PartnerOrganisation noName;
    noName.name = u"   "_s;
    QVERIFY(!partners().saveOrganisation(noName).ok());

    PartnerPerson nameless;
    nameless.organisationId = af;
    QVERIFY(!partners().savePerson(nameless).ok());
    QCOMPARE(LOTSEN_VALUE(partners().organisations()).size(), 1);
    QCOMPARE(LOTSEN_VALUE(partners().persons(af)).size(), 0);
}

void TestPartnerModels::referencedOrganisationIsNotDeleted_data()
{
    QTest::addColumn<QString>("reference");
    QTest::newRow("provider of an intervention") << u"provider"_s;
    QTest::newRow("a referral") << u"referral"_s;
    QTest::newRow("a contact person in a youth's network") << u"network"_s;
    QTest::newRow("nothing") << QString();
}

void TestPartnerModels::referencedOrganisationIsNotDeleted()
{
    QFETCH(QString, reference);
    const qint64 org = addOrganisation(u"Socialtjänsten Malmö"_s, PartnerKind::SocialServices);
    const qint64 person = addPerson(org, u"Sara Sjöberg"_s);
    QVERIFY(org > 0 && person > 0);
    const qint64 youth = addYouth(u"Tova"_s, u"Testberg"_s, u"200304152382"_s);
    QVERIFY(youth > 0);
    if (reference == u"provider"_s) {
        QVERIFY(addIntervention(u"Kartläggning"_s, InterventionCategory::Assessment, org) > 0);
    } else if (reference == u"referral"_s) {
        Referral referral;
        referral.youthId = youth;
        referral.organisationId = org;
        referral.sentOn = QDate(2026, 11, 20);
        referral.reason = u"Behöver stöd med boende"_s;
        referral.consentOverride = u"Akut läge, samtycke inhämtas i efterhand"_s;
        const Result<qint64> result = m_workspace->referrals().create(referral, m_staffId);
        QVERIFY2(result.ok(), qPrintable(result.message()));
    } else if (reference == u"network"_s) {
        QVERIFY(m_workspace->network().linkPartnerContact(youth, person).ok());
    }

    PartnerListModel model(partners());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const bool referenced = !reference.isEmpty();
    QCOMPARE(LOTSEN_VALUE(partners().isOrganisationReferenced(org)), referenced);
    const Result<qint64> removed = partners().removeOrganisation(org);
    QCOMPARE(removed.ok(), !referenced);
    if (!referenced) {
        QCOMPARE(model.rowCount(), 0);
        return;
    }
    // Refused in words, nothing is gone, and deactivating is what works.
    QVERIFY(removed.message().contains(u"Deactivate"_s));
    QVERIFY(LOTSEN_VALUE(partners().organisation(org)));
    QCOMPARE(LOTSEN_VALUE(partners().persons(org)).size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(partners().setOrganisationActive(org, false).ok());
    QCOMPARE(model.index(0, PartnerListModel::Active).data().toString(), u"Inactive"_s);
    QCOMPARE(LOTSEN_VALUE(partners().organisations(true)).size(), 0);
}

void TestPartnerModels::unreferencedOrganisationIsDeletedWithItsPersons()
{
    const qint64 org = addOrganisation(u"Folkuniversitetet"_s, PartnerKind::Education);
    QVERIFY(addPerson(org, u"Per Persson"_s) > 0);
    QVERIFY(addPerson(org, u"Pia Persson"_s) > 0);
    QCOMPARE(LOTSEN_VALUE(partners().persons(org)).size(), 2);
    QVERIFY(!LOTSEN_VALUE(partners().isOrganisationReferenced(org)));
    QVERIFY(partners().removeOrganisation(org).ok());
    QVERIFY(!LOTSEN_VALUE(partners().organisation(org)));
    QCOMPARE(LOTSEN_VALUE(partners().persons(0)).size(), 0);
}

void TestPartnerModels::catalogueModelShowsProvidersAndCounts()
{
    const qint64 af = addOrganisation(u"Arbetsförmedlingen Malmö"_s, PartnerKind::EmploymentService);
    const qint64 praktik = addIntervention(u"Praktik via Arbetsförmedlingen"_s, InterventionCategory::WorkTraining, af);
    const qint64 friskvard = addIntervention(u"Friskvård"_s, InterventionCategory::Health, 0);
    const qint64 ips = addIntervention(u"IPS-stöd"_s, InterventionCategory::SupportedEmployment, 0);
    QVERIFY(praktik > 0 && friskvard > 0 && ips > 0);
    QVERIFY(interventions().setInterventionActive(ips, false).ok());

    const qint64 tova = addYouth(u"Tova"_s, u"Testberg"_s, u"200304152382"_s);
    const qint64 anna = addYouth(u"Anna"_s, u"Ask"_s, u"200001012384"_s);
    const qint64 bo = addYouth(u"Bo"_s, u"Berg"_s, u"200001012392"_s);
    QVERIFY(tova > 0 && anna > 0 && bo > 0);
    // Only ongoing participations count: proposed and completed ones do not.
    QVERIFY(addParticipation(tova, praktik, ParticipationStatus::Ongoing) > 0);
    QVERIFY(addParticipation(anna, praktik, ParticipationStatus::Ongoing) > 0);
    QVERIFY(addParticipation(bo, praktik, ParticipationStatus::Proposed) > 0);
    QVERIFY(addParticipation(bo, friskvard, ParticipationStatus::Completed) > 0);

    InterventionCatalogueModel model(interventions(), &partners());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(InterventionCatalogueModel::ColumnCount));
    const int praktikRow = model.rowOf(praktik);
    const int friskvardRow = model.rowOf(friskvard);
    const int ipsRow = model.rowOf(ips);
    QVERIFY(praktikRow >= 0 && friskvardRow >= 0 && ipsRow >= 0);
    // Sorted by name.
    QVERIFY(friskvardRow < ipsRow && ipsRow < praktikRow);

    QCOMPARE(model.index(praktikRow, InterventionCatalogueModel::Name).data().toString(),
             u"Praktik via Arbetsförmedlingen"_s);
    QCOMPARE(model.index(praktikRow, InterventionCatalogueModel::Category).data().toString(),
             Vocabulary::label(InterventionCategory::WorkTraining));
    QCOMPARE(model.index(praktikRow, InterventionCatalogueModel::Provider).data().toString(),
             u"Arbetsförmedlingen Malmö"_s);
    QCOMPARE(model.index(friskvardRow, InterventionCatalogueModel::Provider).data().toString(), u"the centre"_s);
    QCOMPARE(model.index(praktikRow, InterventionCatalogueModel::TypicalLength).data().toString(), u"8 veckor"_s);
    QCOMPARE(model.index(praktikRow, InterventionCatalogueModel::Ongoing).data().toInt(), 2);
    QCOMPARE(model.ongoingCount(praktikRow), 2);
    QCOMPARE(model.index(friskvardRow, InterventionCatalogueModel::Ongoing).data().toInt(), 0);
    QCOMPARE(
        model.index(praktikRow, InterventionCatalogueModel::Ongoing).data(InterventionCatalogueModel::SortRole).toInt(),
        2);
    QCOMPARE(model.index(ipsRow, InterventionCatalogueModel::Active).data().toString(), u"Inactive"_s);
    QCOMPARE(model.index(ipsRow, 0).data(InterventionCatalogueModel::ActiveRole).toBool(), false);
    QCOMPARE(model.index(ipsRow, 0).data(InterventionCatalogueModel::GroupRole).toInt(),
             int(InterventionCategory::SupportedEmployment));
}

void TestPartnerModels::catalogueCountsFollowParticipations()
{
    const qint64 praktik = addIntervention(u"Praktik"_s, InterventionCategory::WorkTraining, 0);
    const qint64 tova = addYouth(u"Tova"_s, u"Testberg"_s, u"200304152382"_s);
    const qint64 anna = addYouth(u"Anna"_s, u"Ask"_s, u"200001012384"_s);
    InterventionCatalogueModel model(interventions(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto count = [&model, praktik] {
        return model.index(model.rowOf(praktik), InterventionCatalogueModel::Ongoing).data().toInt();
    };
    QCOMPARE(count(), 0);

    const qint64 first = addParticipation(tova, praktik, ParticipationStatus::Ongoing);
    QVERIFY(first > 0);
    QCOMPARE(count(), 1);
    QVERIFY(addParticipation(anna, praktik, ParticipationStatus::Proposed) > 0);
    QCOMPARE(count(), 1);
    QCOMPARE(LOTSEN_VALUE(interventions().ongoingParticipants(praktik)).size(), 1);
    QCOMPARE(LOTSEN_VALUE(interventions().ongoingParticipants(praktik)).first().youthId, tova);

    Participation ended = *LOTSEN_VALUE(interventions().participation(first));
    ended.status = ParticipationStatus::Completed;
    ended.plannedEnd = QDate(2026, 11, 26);
    QVERIFY(interventions().saveParticipation(ended, m_staffId).ok());
    QCOMPARE(count(), 0);
    QVERIFY(LOTSEN_VALUE(interventions().ongoingParticipants(praktik)).isEmpty());
    // Counts change the data in place; the rows stay.
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 3);

    // A new intervention is a new row.
    QVERIFY(addIntervention(u"Ateljé"_s, InterventionCategory::Other, 0) > 0);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, InterventionCatalogueModel::Name).data().toString(), u"Ateljé"_s);
}

void TestPartnerModels::catalogueFollowsProviderRename()
{
    const qint64 fhs = addOrganisation(u"Folkhögskolan"_s, PartnerKind::Education);
    const qint64 course
        = addIntervention(u"Studiemotiverande folkhögskolekurs"_s, InterventionCategory::FolkHighSchool, fhs);
    InterventionCatalogueModel model(interventions(), &partners());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(course);
    QCOMPARE(model.index(row, InterventionCatalogueModel::Provider).data().toString(), u"Folkhögskolan"_s);
    PartnerOrganisation renamed = *LOTSEN_VALUE(partners().organisation(fhs));
    renamed.name = u"Malmö folkhögskola"_s;
    QVERIFY(partners().saveOrganisation(renamed).ok());
    QCOMPARE(model.index(row, InterventionCatalogueModel::Provider).data().toString(), u"Malmö folkhögskola"_s);

    // Without the partner repository, the name follows at the next catalogue change only.
    InterventionCatalogueModel detached(interventions(), nullptr);
    renamed.name = u"Folkhögskolan i Malmö"_s;
    QVERIFY(partners().saveOrganisation(renamed).ok());
    QCOMPARE(detached.index(row, InterventionCatalogueModel::Provider).data().toString(), u"Malmö folkhögskola"_s);
    QCOMPARE(model.index(row, InterventionCatalogueModel::Provider).data().toString(), u"Folkhögskolan i Malmö"_s);
}

void TestPartnerModels::interventionSomebodyTookPartInIsNotDeleted()
{
    const qint64 used = addIntervention(u"Studiebesök Komvux"_s, InterventionCategory::StudyVisit, 0);
    const qint64 unused = addIntervention(u"Föreläsning"_s, InterventionCategory::Lecture, 0);
    const qint64 tova = addYouth(u"Tova"_s, u"Testberg"_s, u"200304152382"_s);
    // Even a completed (not ongoing) participation is history that keeps the intervention.
    QVERIFY(addParticipation(tova, used, ParticipationStatus::Completed) > 0);
    InterventionCatalogueModel model(interventions(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);

    const Result<qint64> refused = interventions().removeIntervention(used);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.message().isEmpty());
    QVERIFY(LOTSEN_VALUE(interventions().intervention(used)));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(interventions().setInterventionActive(used, false).ok());
    QCOMPARE(model.index(model.rowOf(used), InterventionCatalogueModel::Active).data().toString(), u"Inactive"_s);
    QCOMPARE(LOTSEN_VALUE(interventions().interventions(true)).size(), 1);

    QVERIFY(interventions().removeIntervention(unused).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(unused), -1);
}

QTEST_GUILESS_MAIN(TestPartnerModels)
#include "tst_partnermodels.moc"
