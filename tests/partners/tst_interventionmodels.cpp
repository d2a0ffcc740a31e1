// ParticipationModel and ReferralModel: a youth's interventions and referrals as the Interventions tab shows them
// (names, categories, dates, status, outcome, the linked plan step; the consent or the override a referral relies
// on, the answer), the red no-answer rule at its threshold with a fixed today, and refreshing on the repositories'
// signals for the youth shown only. QAbstractItemModelTester watches both models throughout.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/StaffRepository.h"
#include "consent/ConsentRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/InterventionRepository.h"
#include "partners/ParticipationModel.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralModel.h"
#include "partners/ReferralRepository.h"
#include "plans/PlanRepository.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
const QDate kToday = kNow.date();
} // namespace

class TestInterventionModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyWithoutYouth();
    void participationsShowWhatAndHow();
    void participationShowsItsPlanStepAcrossRevisions();
    void participationsRefreshForTheirYouthOnly();
    void referralsShowConsentOrOverrideAndAnswer();
    void noAnswerRule_data();
    void noAnswerRule();
    void overdueReferralIsRedAtTheThreshold_data();
    void overdueReferralIsRedAtTheThreshold();
    void thresholdFollowsTheCentreSetting();
    void referralsRefreshForTheirYouthOnly();

private:
    qint64 addIntervention(const QString& name, InterventionCategory category, qint64 providerId = 0);
    qint64 addParticipation(qint64 youthId, qint64 interventionId, const QDate& start, ParticipationStatus status,
                            const QString& outcome = {}, qint64 planStepId = 0);
    qint64 addConsent(const QDate& givenOn);
    qint64 refer(const QDate& sentOn, const QString& reason, const QString& override = {}, qint64 youthId = 0);
    QString participationCell(int row, int column) const;
    QString referralCell(int row, int column) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<ParticipationModel> m_participations;
    std::unique_ptr<ReferralModel> m_referrals;
    std::unique_ptr<QAbstractItemModelTester> m_participationTester;
    std::unique_ptr<QAbstractItemModelTester> m_referralTester;
    qint64 m_staffId = 0;
    qint64 m_youthId = 0;
    qint64 m_otherYouthId = 0;
    qint64 m_af = 0; // Arbetsförmedlingen
    qint64 m_handlaggare = 0; // a contact person there
    qint64 m_soc = 0; // the social services
};

void TestInterventionModels::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"interventions.lotsen"_s));
    m_workspace = &m_fixture->workspace();
    m_staffId = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    QVERIFY(m_staffId != 0);

    m_youthId = m_fixture->addYouth(u"Tova"_s, u"Testberg"_s, m_staffId, u"200001012384"_s); // a test number
    m_otherYouthId = m_fixture->addYouth(u"Otto"_s, u"Annan"_s);
    QVERIFY(m_youthId != 0 && m_otherYouthId != 0);

    PartnerOrganisation af;
    af.name = u"Arbetsförmedlingen"_s;
    af.kind = PartnerKind::EmploymentService;
    QVERIFY(m_workspace->partners().saveOrganisation(af).ok());
    m_af = af.id;
    PartnerPerson person;
    person.organisationId = m_af;
    person.name = u"Karin Handläggare"_s;
    person.role = u"Handläggare"_s;
    QVERIFY(m_workspace->partners().savePerson(person).ok());
    m_handlaggare = person.id;
    PartnerOrganisation soc;
    soc.name = u"Socialtjänsten"_s;
    soc.kind = PartnerKind::SocialServices;
    QVERIFY(m_workspace->partners().saveOrganisation(soc).ok());
    m_soc = soc.id;

    m_participations = std::make_unique<ParticipationModel>(*m_workspace);
    m_participationTester = std::make_unique<QAbstractItemModelTester>(
        m_participations.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_referrals = std::make_unique<ReferralModel>(*m_workspace);
    m_referralTester = std::make_unique<QAbstractItemModelTester>(
        m_referrals.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_participations->setYouthId(m_youthId);
    m_referrals->setYouthId(m_youthId);
}

void TestInterventionModels::cleanup()
{
    m_participationTester.reset();
    m_referralTester.reset();
    m_participations.reset();
    m_referrals.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

qint64 TestInterventionModels::addIntervention(const QString& name, InterventionCategory category, qint64 providerId)
{
    Intervention intervention;
    intervention.name = name;
    intervention.category = category;
    intervention.providerId = providerId;
    const Result<qint64> result = m_workspace->interventions().saveIntervention(intervention);
    if (!result.ok()) {
        qWarning("saveIntervention failed: %s", qPrintable(result.message()));
    }
    return intervention.id;
}

qint64 TestInterventionModels::addParticipation(qint64 youthId, qint64 interventionId, const QDate& start,
                                                ParticipationStatus status, const QString& outcome, qint64 planStepId)
{
    Participation participation;
    participation.youthId = youthId;
    participation.interventionId = interventionId;
    participation.startDate = start;
    participation.plannedEnd = start.isValid() ? start.addDays(56) : QDate();
    participation.status = status;
    participation.outcome = outcome;
    participation.planStepId = planStepId;
    const Result<qint64> result = m_workspace->interventions().saveParticipation(participation, m_staffId);
    if (!result.ok()) {
        qWarning("saveParticipation failed: %s", qPrintable(result.message()));
    }
    return participation.id;
}

qint64 TestInterventionModels::addConsent(const QDate& givenOn)
{
    Consent consent;
    consent.youthId = m_youthId;
    consent.scope = ConsentScope::Partner;
    consent.partnerOrgId = m_af;
    consent.givenOn = givenOn;
    consent.form = ConsentForm::Written;
    consent.staffId = m_staffId;
    const Result<qint64> result = m_workspace->consents().record(consent);
    if (!result.ok()) {
        qWarning("record consent failed: %s", qPrintable(result.message()));
    }
    return consent.id;
}

qint64 TestInterventionModels::refer(const QDate& sentOn, const QString& reason, const QString& override,
                                     qint64 youthId)
{
    Referral referral;
    referral.youthId = youthId != 0 ? youthId : m_youthId;
    referral.organisationId = override.isEmpty() ? m_af : m_soc;
    referral.personId = override.isEmpty() ? m_handlaggare : 0;
    referral.sentOn = sentOn;
    referral.reason = reason;
    referral.consentOverride = override;
    const Result<qint64> result = m_workspace->referrals().create(referral, m_staffId);
    if (!result.ok()) {
        qWarning("create referral failed: %s", qPrintable(result.message()));
    }
    return referral.id;
}

QString TestInterventionModels::participationCell(int row, int column) const
{
    return m_participations->data(m_participations->index(row, column)).toString();
}

QString TestInterventionModels::referralCell(int row, int column) const
{
    return m_referrals->data(m_referrals->index(row, column)).toString();
}

void TestInterventionModels::emptyWithoutYouth()
{
    addParticipation(m_youthId, addIntervention(u"IPS-stöd"_s, InterventionCategory::SupportedEmployment), kToday,
                     ParticipationStatus::Ongoing);
    QCOMPARE(m_participations->rowCount(), 1);
    m_participations->setYouthId(0);
    m_referrals->setYouthId(0);
    QCOMPARE(m_participations->rowCount(), 0);
    QCOMPARE(m_referrals->rowCount(), 0);
    QCOMPARE(m_participations->columnCount(), int(ParticipationModel::ColumnCount));
    QCOMPARE(m_referrals->columnCount(), int(ReferralModel::ColumnCount));
    QVERIFY(!m_participations->participationAt(0).has_value());
    QVERIFY(!m_referrals->referralAt(-1).has_value());
    QCOMPARE(m_participations->headerData(ParticipationModel::LinkedStep, Qt::Horizontal).toString(),
             u"Action-plan step"_s);
    QCOMPARE(m_referrals->headerData(ReferralModel::ConsentBasis, Qt::Horizontal).toString(), u"Consent"_s);
}

void TestInterventionModels::participationsShowWhatAndHow()
{
    const qint64 praktik
        = addIntervention(u"Praktik via Arbetsförmedlingen"_s, InterventionCategory::WorkTraining, m_af);
    const qint64 kartlaggning = addIntervention(u"Kartläggning hos arbetsterapeut"_s, InterventionCategory::Assessment);
    const qint64 older = addParticipation(m_youthId, kartlaggning, QDate(2026, 9, 1), ParticipationStatus::Completed,
                                          u"Klar: vill arbeta med djur\nRekommenderar praktik"_s);
    const qint64 newer = addParticipation(m_youthId, praktik, QDate(2026, 11, 2), ParticipationStatus::Ongoing);
    QVERIFY(older != 0 && newer != 0);

    QCOMPARE(m_participations->rowCount(), 2);
    // Newest start first.
    const int rowNew = m_participations->rowOfParticipation(newer);
    const int rowOld = m_participations->rowOfParticipation(older);
    QCOMPARE(rowNew, 0);
    QCOMPARE(rowOld, 1);
    QCOMPARE(participationCell(rowNew, ParticipationModel::InterventionName), u"Praktik via Arbetsförmedlingen"_s);
    QCOMPARE(participationCell(rowNew, ParticipationModel::Category),
             Vocabulary::label(InterventionCategory::WorkTraining));
    QCOMPARE(participationCell(rowNew, ParticipationModel::Start), u"2026-11-02"_s);
    QCOMPARE(participationCell(rowNew, ParticipationModel::PlannedEnd), u"2026-12-28"_s);
    QCOMPARE(participationCell(rowNew, ParticipationModel::Status), Vocabulary::label(ParticipationStatus::Ongoing));
    QVERIFY(participationCell(rowNew, ParticipationModel::Outcome).isEmpty());
    QVERIFY(participationCell(rowNew, ParticipationModel::LinkedStep).isEmpty());

    QCOMPARE(participationCell(rowOld, ParticipationModel::Category),
             Vocabulary::label(InterventionCategory::Assessment));
    QCOMPARE(participationCell(rowOld, ParticipationModel::Status), Vocabulary::label(ParticipationStatus::Completed));
    // A long outcome shows its first line; all of it in the tooltip.
    QCOMPARE(participationCell(rowOld, ParticipationModel::Outcome), u"Klar: vill arbeta med djur …"_s);
    QCOMPARE(m_participations->data(m_participations->index(rowOld, ParticipationModel::Outcome), Qt::ToolTipRole)
                 .toString(),
             u"Klar: vill arbeta med djur\nRekommenderar praktik"_s);
    QCOMPARE(m_participations->data(m_participations->index(rowOld, 0), ParticipationModel::ParticipationIdRole)
                 .toLongLong(),
             older);
    QCOMPARE(m_participations->data(m_participations->index(rowOld, 0), ParticipationModel::StatusRole).toInt(),
             int(ParticipationStatus::Completed));
    QCOMPARE(m_participations->participationAt(rowNew)->interventionId, praktik);
}

void TestInterventionModels::participationShowsItsPlanStepAcrossRevisions()
{
    const Result<qint64> created = m_workspace->plans().create(m_youthId, m_staffId, QDate(2026, 10, 1), 8);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    std::optional<ActionPlan> plan = LOTSEN_VALUE(m_workspace->plans().current(m_youthId));
    QVERIFY(plan);
    PlanStep step;
    step.description = u"Prova på praktik inom djurvård"_s;
    plan->steps.append(step);
    QVERIFY(m_workspace->plans().save(*plan).ok());
    plan = LOTSEN_VALUE(m_workspace->plans().current(m_youthId));
    QCOMPARE(plan->steps.size(), 1);
    const qint64 stepId = plan->steps.first().id;
    QVERIFY(stepId != 0);

    const qint64 praktik = addIntervention(u"Praktik via Arbetsförmedlingen"_s, InterventionCategory::WorkTraining);
    const qint64 id
        = addParticipation(m_youthId, praktik, QDate(2026, 11, 2), ParticipationStatus::Proposed, {}, stepId);
    QVERIFY(id != 0);
    const int row = m_participations->rowOfParticipation(id);
    QCOMPARE(participationCell(row, ParticipationModel::LinkedStep), u"Prova på praktik inom djurvård"_s);
    QCOMPARE(m_participations->data(m_participations->index(row, 0), ParticipationModel::PlanStepIdRole).toLongLong(),
             stepId);

    // After a revision the link still points at the step of version 1, and says so.
    QSignalSpy resets(m_participations.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_workspace->plans().revise(plan->id, m_staffId, kToday, 8).ok());
    QVERIFY(resets.count() >= 1);
    QCOMPARE(participationCell(m_participations->rowOfParticipation(id), ParticipationModel::LinkedStep),
             u"Prova på praktik inom djurvård (plan version 1)"_s);
}

void TestInterventionModels::participationsRefreshForTheirYouthOnly()
{
    const qint64 ips = addIntervention(u"IPS-stöd"_s, InterventionCategory::SupportedEmployment);
    QSignalSpy resets(m_participations.get(), &QAbstractItemModel::modelReset);
    addParticipation(m_otherYouthId, ips, kToday, ParticipationStatus::Ongoing);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_participations->rowCount(), 0);

    const qint64 id = addParticipation(m_youthId, ips, {}, ParticipationStatus::Proposed);
    QVERIFY(resets.count() >= 1);
    QCOMPARE(m_participations->rowCount(), 1);
    QCOMPARE(participationCell(0, ParticipationModel::Status), Vocabulary::label(ParticipationStatus::Proposed));
    QVERIFY(participationCell(0, ParticipationModel::Start).isEmpty());

    // The status changes as the youth starts and ends.
    std::optional<Participation> participation = m_participations->participationAt(0);
    QVERIFY(participation);
    participation->status = ParticipationStatus::Ongoing;
    participation->startDate = kToday;
    QVERIFY(m_workspace->interventions().saveParticipation(*participation, m_staffId).ok());
    QCOMPARE(participationCell(m_participations->rowOfParticipation(id), ParticipationModel::Status),
             Vocabulary::label(ParticipationStatus::Ongoing));
    QCOMPARE(participationCell(m_participations->rowOfParticipation(id), ParticipationModel::Start),
             kToday.toString(Qt::ISODate));

    // A renamed catalogue entry shows at once.
    std::optional<Intervention> intervention = LOTSEN_VALUE(m_workspace->interventions().intervention(ips));
    QVERIFY(intervention);
    intervention->name = u"IPS – individanpassat stöd till arbete"_s;
    QVERIFY(m_workspace->interventions().saveIntervention(*intervention).ok());
    QCOMPARE(participationCell(0, ParticipationModel::InterventionName), u"IPS – individanpassat stöd till arbete"_s);
}

void TestInterventionModels::referralsShowConsentOrOverrideAndAnswer()
{
    const qint64 consentId = addConsent(QDate(2026, 10, 1));
    QVERIFY(consentId != 0);
    const qint64 withConsent = refer(QDate(2026, 11, 20), u"Behöver praktikplats"_s);
    const qint64 withoutConsent = refer(QDate(2026, 11, 25), u"Orosanmälan"_s, u"Akut läge, ungdomen kunde inte nås"_s);
    QVERIFY(withConsent != 0 && withoutConsent != 0);
    QCOMPARE(m_referrals->rowCount(), 2);

    const int rowConsent = m_referrals->rowOfReferral(withConsent);
    const int rowOverride = m_referrals->rowOfReferral(withoutConsent);
    QCOMPARE(rowOverride, 0); // newest first
    QCOMPARE(rowConsent, 1);
    QCOMPARE(referralCell(rowConsent, ReferralModel::SentOn), u"2026-11-20"_s);
    QCOMPARE(referralCell(rowConsent, ReferralModel::Organisation), u"Arbetsförmedlingen"_s);
    QCOMPARE(referralCell(rowConsent, ReferralModel::ContactPerson), u"Karin Handläggare"_s);
    QCOMPARE(referralCell(rowConsent, ReferralModel::Reason), u"Behöver praktikplats"_s);
    QCOMPARE(referralCell(rowConsent, ReferralModel::ConsentBasis), u"Consent of 2026-10-01"_s);
    QCOMPARE(referralCell(rowConsent, ReferralModel::Status), Vocabulary::label(ReferralStatus::Sent));
    QVERIFY(referralCell(rowConsent, ReferralModel::ResponseOn).isEmpty());
    QVERIFY(!m_referrals->data(m_referrals->index(rowConsent, 0), ReferralModel::OverrideRole).toBool());

    QCOMPARE(referralCell(rowOverride, ReferralModel::Organisation), u"Socialtjänsten"_s);
    QVERIFY(referralCell(rowOverride, ReferralModel::ContactPerson).isEmpty());
    QCOMPARE(referralCell(rowOverride, ReferralModel::ConsentBasis),
             u"Without consent: Akut läge, ungdomen kunde inte nås"_s);
    QVERIFY(m_referrals->data(m_referrals->index(rowOverride, 0), ReferralModel::OverrideRole).toBool());

    // The answer.
    QSignalSpy resets(m_referrals.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_workspace->referrals()
                .recordResponse(withConsent, ReferralStatus::Accepted, QDate(2026, 11, 26), u"Start 1 dec"_s, m_staffId)
                .ok());
    QVERIFY(resets.count() >= 1);
    const int row = m_referrals->rowOfReferral(withConsent);
    QCOMPARE(referralCell(row, ReferralModel::Status), Vocabulary::label(ReferralStatus::Accepted));
    QCOMPARE(referralCell(row, ReferralModel::ResponseOn), u"2026-11-26"_s);
    QCOMPARE(referralCell(row, ReferralModel::ResponseNote), u"Start 1 dec"_s);
    QCOMPARE(m_referrals->data(m_referrals->index(row, 0), ReferralModel::StatusRole).toInt(),
             int(ReferralStatus::Accepted));
    QCOMPARE(m_referrals->data(m_referrals->index(row, 0), ReferralModel::ReferralIdRole).toLongLong(), withConsent);
}

void TestInterventionModels::noAnswerRule_data()
{
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("sent today") << 0 << int(ReferralStatus::Sent) << 21 << false;
    QTest::newRow("sent 20 days ago") << 20 << int(ReferralStatus::Sent) << 21 << false;
    QTest::newRow("sent exactly 21 days ago") << 21 << int(ReferralStatus::Sent) << 21 << true;
    QTest::newRow("sent 22 days ago") << 22 << int(ReferralStatus::Sent) << 21 << true;
    QTest::newRow("accepted long ago") << 60 << int(ReferralStatus::Accepted) << 21 << false;
    QTest::newRow("declined long ago") << 60 << int(ReferralStatus::Declined) << 21 << false;
    QTest::newRow("marked no answer") << 60 << int(ReferralStatus::NoAnswer) << 21 << false;
    QTest::newRow("shorter threshold") << 7 << int(ReferralStatus::Sent) << 7 << true;
    QTest::newRow("just before a shorter threshold") << 6 << int(ReferralStatus::Sent) << 7 << false;
}

void TestInterventionModels::noAnswerRule()
{
    QFETCH(int, daysAgo);
    QFETCH(int, status);
    QFETCH(int, threshold);
    QFETCH(bool, overdue);
    Referral referral;
    referral.sentOn = kToday.addDays(-daysAgo);
    referral.status = static_cast<ReferralStatus>(status);
    QCOMPARE(ReferralModel::isOverdue(referral, kToday, threshold), overdue);
}

void TestInterventionModels::overdueReferralIsRedAtTheThreshold_data()
{
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<bool>("red");
    QTest::newRow("20 days") << 20 << false;
    QTest::newRow("21 days: at the threshold") << 21 << true;
    QTest::newRow("22 days") << 22 << true;
    QTest::newRow("40 days") << 40 << true;
}

void TestInterventionModels::overdueReferralIsRedAtTheThreshold()
{
    QFETCH(int, daysLater);
    QFETCH(bool, red);
    QCOMPARE(m_workspace->centre().referralNoAnswerDays(), CentreSettings::DefaultReferralNoAnswerDays);
    QVERIFY(addConsent(QDate(2026, 10, 1)) != 0);
    const qint64 id = refer(kToday, u"Behöver praktikplats"_s);
    QVERIFY(id != 0);
    QVERIFY(!m_referrals->data(m_referrals->index(0, 0), ReferralModel::OverdueRole).toBool());

    Clock::setFixedNow(kNow.addDays(daysLater));
    LOTSEN_VERIFY_OK(m_referrals->refresh());
    QCOMPARE(m_referrals->data(m_referrals->index(0, 0), ReferralModel::OverdueRole).toBool(), red);
    for (int column = 0; column < ReferralModel::ColumnCount; ++column) {
        const QVariant foreground = m_referrals->data(m_referrals->index(0, column), Qt::ForegroundRole);
        QCOMPARE(foreground.isValid(), red);
        if (red) {
            QCOMPARE(foreground.value<QColor>(), QColor(0xc0, 0x39, 0x2b));
        }
    }
    const QString tooltip = m_referrals->data(m_referrals->index(0, ReferralModel::Status), Qt::ToolTipRole).toString();
    QCOMPARE(tooltip.contains(u"No answer for %1 days"_s.arg(daysLater)), red);

    // An answer ends the red, whenever it comes.
    QVERIFY(m_workspace->referrals()
                .recordResponse(id, ReferralStatus::Declined, kNow.addDays(daysLater).date(), {}, m_staffId)
                .ok());
    QVERIFY(!m_referrals->data(m_referrals->index(0, 0), ReferralModel::OverdueRole).toBool());
    QVERIFY(!m_referrals->data(m_referrals->index(0, 0), Qt::ForegroundRole).isValid());
}

void TestInterventionModels::thresholdFollowsTheCentreSetting()
{
    QVERIFY(addConsent(QDate(2026, 10, 1)) != 0);
    QVERIFY(refer(kToday.addDays(-10), u"Behöver praktikplats"_s) != 0);
    QVERIFY(!m_referrals->data(m_referrals->index(0, 0), ReferralModel::OverdueRole).toBool());
    QSignalSpy resets(m_referrals.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_workspace->centre().setValue(CentreSettings::Key::ReferralNoAnswerDays, 7));
    QCOMPARE(resets.count(), 1);
    QVERIFY(m_referrals->data(m_referrals->index(0, 0), ReferralModel::OverdueRole).toBool());
    QVERIFY(m_referrals->data(m_referrals->index(0, ReferralModel::Reason), Qt::ForegroundRole).isValid());
}

void TestInterventionModels::referralsRefreshForTheirYouthOnly()
{
    QSignalSpy resets(m_referrals.get(), &QAbstractItemModel::modelReset);
    QVERIFY(refer(kToday, u"Annan ungdom"_s, u"Brådskande"_s, m_otherYouthId) != 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_referrals->rowCount(), 0);
    QVERIFY(refer(kToday, u"Orosanmälan"_s, u"Brådskande"_s) != 0);
    QVERIFY(resets.count() >= 1);
    QCOMPARE(m_referrals->rowCount(), 1);

    // A renamed organisation shows at once.
    std::optional<PartnerOrganisation> soc = LOTSEN_VALUE(m_workspace->partners().organisation(m_soc));
    QVERIFY(soc);
    soc->name = u"Socialtjänsten Norrköping"_s;
    QVERIFY(m_workspace->partners().saveOrganisation(*soc).ok());
    QCOMPARE(referralCell(0, ReferralModel::Organisation), u"Socialtjänsten Norrköping"_s);
}

QTEST_MAIN(TestInterventionModels)
#include "tst_interventionmodels.moc"
