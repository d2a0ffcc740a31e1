// GUI test of the youth card's Interventions tab, driving the real widgets offscreen: add a participation through
// the dialog (bad input refused in the dialog, nothing saved) and see it in the table with its plan step; start and
// complete it with Enter and a double click; refer the youth to a partner without consent: the plain warning, the
// required written reason, the referral stored with the override; with a consent no question; record the answer.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "contacts/ContactDialog.h"
#include "contacts/TimelineModel.h"
#include "contacts/TimelineTab.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/InterventionsTab.h"
#include "partners/ParticipationDialog.h"
#include "partners/ParticipationModel.h"
#include "partners/ReferralAnswerDialog.h"
#include "partners/ReferralDialog.h"
#include "partners/ReferralModel.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"
#include "youth/YouthCard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
const QDate kToday = kNow.date();
} // namespace

class TestGuiInterventions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tabFollowsTimelineAndWaitsForANewYouth();
    void addParticipationThroughTheDialog();
    void startAndCompleteAParticipation();
    void referralWithoutConsentAsksForAWrittenReason();
    void continueWithoutConsentFromTheRealQuestion();
    void referralWithConsentAsksNothing();
    void recordTheAnswer();

private:
    InterventionsTab* openTab();
    template<typename T> T* waitForDialog(const QString& objectName = {});
    template<typename T> void whenModal(std::function<void(T*)> handler);
    QAction* action(const char* name) const;
    void selectRow(QTableView* view, int row);
    qint64 addParticipation(ParticipationStatus status, const QDate& start);
    qint64 addReferralWithOverride(const QDate& sentOn);
    int timelineRows() const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<YouthCard> m_card;
    qint64 m_maja = 0;
    qint64 m_youthId = 0;
    qint64 m_ips = 0;
    qint64 m_praktik = 0;
    qint64 m_retired = 0; // an intervention no longer offered
    qint64 m_af = 0;
    qint64 m_karin = 0;
    qint64 m_stepId = 0;
    bool m_handled = false;
};

void TestGuiInterventions::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_handled = false;
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"interventions.lotsen"_s));
    m_workspace = &m_fixture->workspace();
    m_maja = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);

    m_youthId = m_fixture->addYouth(u"Tova"_s, u"Testberg"_s, m_maja, u"200001012384"_s); // Skatteverket's test number
    QVERIFY(m_youthId != 0);

    PartnerOrganisation af;
    af.name = u"Arbetsförmedlingen"_s;
    af.kind = PartnerKind::EmploymentService;
    QVERIFY(m_workspace->partners().saveOrganisation(af).ok());
    m_af = af.id;
    PartnerPerson karin;
    karin.organisationId = m_af;
    karin.name = u"Karin Handläggare"_s;
    QVERIFY(m_workspace->partners().savePerson(karin).ok());
    m_karin = karin.id;
    PartnerOrganisation closed;
    closed.name = u"Nedlagda föreningen"_s;
    closed.kind = PartnerKind::CivilSociety;
    closed.active = false;
    QVERIFY(m_workspace->partners().saveOrganisation(closed).ok());

    const auto addIntervention = [this](const QString& name, InterventionCategory category, bool active) {
        Intervention intervention;
        intervention.name = name;
        intervention.category = category;
        intervention.active = active;
        return m_workspace->interventions().saveIntervention(intervention).ok() ? intervention.id : qint64(0);
    };
    m_ips = addIntervention(u"IPS-stöd"_s, InterventionCategory::SupportedEmployment, true);
    m_praktik = addIntervention(u"Praktik via Arbetsförmedlingen"_s, InterventionCategory::WorkTraining, true);
    m_retired = addIntervention(u"Gammal kurs"_s, InterventionCategory::Other, false);
    QVERIFY(m_ips != 0 && m_praktik != 0 && m_retired != 0);

    QVERIFY(m_workspace->plans().create(m_youthId, m_maja, QDate(2026, 11, 1), 8).ok());
    std::optional<ActionPlan> plan = LOTSEN_VALUE(m_workspace->plans().current(m_youthId));
    QVERIFY(plan);
    PlanStep step;
    step.description = u"Hitta en praktikplats inom lager"_s;
    plan->steps.append(step);
    QVERIFY(m_workspace->plans().save(*plan).ok());
    m_stepId = LOTSEN_VALUE(m_workspace->plans().current(m_youthId))->steps.value(0).id;
    QVERIFY(m_stepId != 0);

    m_card = std::make_unique<YouthCard>(*m_workspace, m_youthId);
    m_card->resize(1100, 800);
    m_card->show();
    QVERIFY(QTest::qWaitForWindowActive(m_card.get()));
}

void TestGuiInterventions::cleanup()
{
    GuiTest::resetSeams();
    m_card.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

InterventionsTab* TestGuiInterventions::openTab()
{
    auto* tab = m_card->findChild<InterventionsTab*>();
    if (tab) {
        m_card->tabs()->setCurrentWidget(tab);
    }
    return tab;
}

template<typename T> T* TestGuiInterventions::waitForDialog(const QString& objectName)
{
    T* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        const QList<T*> found = m_card->findChildren<T*>(objectName);
        dialog = nullptr;
        for (T* candidate : found) {
            if (candidate->isVisible()) {
                dialog = candidate;
            }
        }
        return dialog != nullptr;
    });
    return shown ? dialog : nullptr;
}

template<typename T> void TestGuiInterventions::whenModal(std::function<void(T*)> handler)
{
    GuiTest::whenModal<T>(this, std::move(handler), &m_handled);
}

QAction* TestGuiInterventions::action(const char* name) const
{
    return m_card->findChild<InterventionsTab*>()->findChild<QAction*>(QLatin1String(name));
}

void TestGuiInterventions::selectRow(QTableView* view, int row)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectRow(row);
}

qint64 TestGuiInterventions::addParticipation(ParticipationStatus status, const QDate& start)
{
    Participation participation;
    participation.youthId = m_youthId;
    participation.interventionId = m_praktik;
    participation.status = status;
    participation.startDate = start;
    return m_workspace->interventions().saveParticipation(participation, m_maja).ok() ? participation.id : 0;
}

qint64 TestGuiInterventions::addReferralWithOverride(const QDate& sentOn)
{
    Referral referral;
    referral.youthId = m_youthId;
    referral.organisationId = m_af;
    referral.personId = m_karin;
    referral.sentOn = sentOn;
    referral.reason = u"Behöver praktikplats"_s;
    referral.consentOverride = u"Muntligt godkänt, papper kommer"_s;
    return m_workspace->referrals().create(referral, m_maja).ok() ? referral.id : 0;
}

int TestGuiInterventions::timelineRows() const
{
    TimelineModel timeline(*m_workspace);
    timeline.setYouthId(m_youthId);
    return timeline.rowCount();
}

void TestGuiInterventions::tabFollowsTimelineAndWaitsForANewYouth()
{
    QTabWidget* tabs = m_card->tabs();
    InterventionsTab* tab = openTab();
    QVERIFY(tab);
    const int index = tabs->indexOf(tab);
    QCOMPARE(index, tabs->indexOf(GuiTest::child<TimelineTab>(m_card.get(), "timelineTab")) + 1);
    QCOMPARE(tabs->tabText(index), u"Interventions"_s);
    QVERIFY(tabs->isTabEnabled(index));
    QCOMPARE(tab->youthId(), m_youthId);
    QVERIFY(action("addParticipationAction")->isEnabled());
    QVERIFY(action("newReferralAction")->isEnabled());
    QVERIFY(!action("editParticipationAction")->isEnabled()); // nothing selected
    QVERIFY(!action("recordAnswerAction")->isEnabled());

    // Empty states explain themselves instead of showing empty tables.
    auto* noParticipations = tab->findChild<QLabel*>(u"participationsEmptyText"_s);
    auto* noReferrals = tab->findChild<QLabel*>(u"referralsEmptyText"_s);
    QVERIFY(noParticipations->isVisible());
    QVERIFY(noParticipations->text().contains(u"written to the timeline"_s));
    QVERIFY(!GuiTest::child<QTableView>(tab, "participationView")->isVisible());
    QVERIFY(noReferrals->isVisible());
    QVERIFY(noReferrals->text().contains(u"consent"_s));
    QVERIFY(noReferrals->text().contains(u"21 days"_s));

    // A youth that is not saved yet has neither.
    YouthCard fresh(*m_workspace, 0);
    auto* freshTab = fresh.findChild<InterventionsTab*>();
    QVERIFY(freshTab);
    QVERIFY(!fresh.tabs()->isTabEnabled(fresh.tabs()->indexOf(freshTab)));
    QCOMPARE(GuiTest::child<ParticipationModel>(freshTab, "participationModel")->rowCount(), 0);
    QVERIFY(!freshTab->findChild<QAction*>(u"addParticipationAction"_s)->isEnabled());
}

void TestGuiInterventions::addParticipationThroughTheDialog()
{
    InterventionsTab* tab = openTab();
    action("addParticipationAction")->trigger();
    auto* dialog = waitForDialog<ParticipationDialog>();
    QVERIFY(dialog);

    // Only what the catalogue offers now.
    QComboBox* intervention = GuiTest::child<QComboBox>(dialog, "participationIntervention");
    QVERIFY(intervention->findData(QVariant::fromValue(m_ips)) >= 0);
    QVERIFY(intervention->findData(QVariant::fromValue(m_praktik)) >= 0);
    QCOMPARE(intervention->findData(QVariant::fromValue(m_retired)), -1);
    // The steps of the current plan.
    QComboBox* step = GuiTest::child<QComboBox>(dialog, "participationPlanStep");
    QVERIFY(step->isEnabled());
    const int stepIndex = step->findData(QVariant::fromValue(m_stepId));
    QVERIFY(stepIndex >= 0);
    QCOMPARE(step->itemText(stepIndex), u"Hitta en praktikplats inom lager"_s);

    // Nothing chosen: said in the dialog, nothing saved.
    auto* save = dialog->findChild<QPushButton*>(u"participationSave"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* errorLabel = GuiTest::child<QLabel>(dialog, "participationError");
    QVERIFY(errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), u"Choose the intervention."_s);
    QVERIFY(LOTSEN_VALUE(m_workspace->interventions().participations(m_youthId)).isEmpty());

    // An end before the start: the same.
    intervention->setCurrentIndex(intervention->findData(QVariant::fromValue(m_ips)));
    GuiTest::child<OptionalDateEdit>(dialog, "participationStart")->setOptionalDate(QDate(2026, 12, 1));
    auto* plannedEndEdit = GuiTest::child<OptionalDateEdit>(dialog, "participationPlannedEnd");
    plannedEndEdit->setOptionalDate(QDate(2026, 11, 15));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(errorLabel->text().contains(u"before the start"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->interventions().participations(m_youthId)).isEmpty());

    plannedEndEdit->setOptionalDate(QDate(2027, 2, 28));
    step->setCurrentIndex(stepIndex);
    auto* outcomeEdit = GuiTest::child<QPlainTextEdit>(dialog, "participationOutcome");
    outcomeEdit->setFocus();
    QTest::keyClicks(outcomeEdit, u"Vill prova lagerarbete"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ParticipationDialog*>());

    // Stored as entered.
    const QList<Participation> stored = LOTSEN_VALUE(m_workspace->interventions().participations(m_youthId));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().interventionId, m_ips);
    QCOMPARE(stored.first().startDate, QDate(2026, 12, 1));
    QCOMPARE(stored.first().plannedEnd, QDate(2027, 2, 28));
    QCOMPARE(stored.first().status, ParticipationStatus::Proposed);
    QCOMPARE(stored.first().outcome, u"Vill prova lagerarbete"_s);
    QCOMPARE(stored.first().planStepId, m_stepId);

    // In the table, selected, with the explanation gone.
    ParticipationModel* model = GuiTest::child<ParticipationModel>(tab, "participationModel");
    QCOMPARE(model->rowCount(), 1);
    const auto cell = [model](int column) {
        return model->data(model->index(0, column)).toString();
    };
    QCOMPARE(cell(ParticipationModel::InterventionName), u"IPS-stöd"_s);
    QCOMPARE(cell(ParticipationModel::Category), Vocabulary::label(InterventionCategory::SupportedEmployment));
    QCOMPARE(cell(ParticipationModel::Start), u"2026-12-01"_s);
    QCOMPARE(cell(ParticipationModel::PlannedEnd), u"2027-02-28"_s);
    QCOMPARE(cell(ParticipationModel::Status), Vocabulary::label(ParticipationStatus::Proposed));
    QCOMPARE(cell(ParticipationModel::LinkedStep), u"Hitta en praktikplats inom lager"_s);
    auto* participationView = GuiTest::child<QTableView>(tab, "participationView");
    QCOMPARE(participationView->currentIndex().row(), 0);
    QVERIFY(participationView->isVisible());
    QVERIFY(!tab->findChild<QLabel*>(u"participationsEmptyText"_s)->isVisible());
    QVERIFY(action("editParticipationAction")->isEnabled());
}

void TestGuiInterventions::startAndCompleteAParticipation()
{
    const qint64 id = addParticipation(ParticipationStatus::Proposed, {});
    QVERIFY(id != 0);
    const int timelineBefore = timelineRows();
    InterventionsTab* tab = openTab();
    QTableView* view = GuiTest::child<QTableView>(tab, "participationView");
    selectRow(view, 0);

    // Enter opens it for a change; choosing "ongoing" fills in today as the start.
    QTest::keyClick(view, Qt::Key_Return);
    auto* dialog = waitForDialog<ParticipationDialog>();
    QVERIFY(dialog);
    QVERIFY(!GuiTest::child<OptionalDateEdit>(dialog, "participationStart")->optionalDate().isValid());
    QComboBox* status = GuiTest::child<QComboBox>(dialog, "participationStatus");
    status->setCurrentIndex(status->findData(int(ParticipationStatus::Ongoing)));
    QCOMPARE(GuiTest::child<OptionalDateEdit>(dialog, "participationStart")->optionalDate(), kToday);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"participationSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ParticipationDialog*>());

    ParticipationModel* model = GuiTest::child<ParticipationModel>(tab, "participationModel");
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ParticipationModel::Status)).toString(),
             Vocabulary::label(ParticipationStatus::Ongoing));
    QCOMPARE(model->data(model->index(0, ParticipationModel::Start)).toString(), u"2026-11-27"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->interventions().participation(id))->status, ParticipationStatus::Ongoing);
    // Starting is written to the timeline.
    QCOMPARE(timelineRows(), timelineBefore + 1);

    // A week later: a double click, completed, with the outcome.
    Clock::setFixedNow(kNow.addDays(7));
    const int row = model->rowOfParticipation(id);
    const QRect cellRect = view->visualRect(model->index(row, ParticipationModel::InterventionName));
    // A real double click: the first press, then the double click (QTest sends no press with it).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cellRect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cellRect.center());
    dialog = waitForDialog<ParticipationDialog>();
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QComboBox>(dialog, "participationStatus")->currentData().toInt(),
             int(ParticipationStatus::Ongoing));
    status = GuiTest::child<QComboBox>(dialog, "participationStatus");
    status->setCurrentIndex(status->findData(int(ParticipationStatus::Completed)));
    auto* outcomeEdit = GuiTest::child<QPlainTextEdit>(dialog, "participationOutcome");
    QCOMPARE(GuiTest::child<OptionalDateEdit>(dialog, "participationStart")->optionalDate(),
             kToday); // kept, not moved to the new today
    outcomeEdit->setPlainText(u"Fick förlängd praktik"_s);
    // Ctrl+Enter saves from the outcome field too.
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    outcomeEdit->setFocus();
    QTest::keyClick(outcomeEdit, Qt::Key_Return, Qt::ControlModifier);
    const QPointer<ParticipationDialog> open(dialog);
    QTRY_VERIFY2(!open, qPrintable(open ? GuiTest::child<QLabel>(open, "participationError")->text() : QString()));

    const std::optional<Participation> stored = LOTSEN_VALUE(m_workspace->interventions().participation(id));
    QVERIFY(stored);
    QCOMPARE(stored->status, ParticipationStatus::Completed);
    QCOMPARE(stored->outcome, u"Fick förlängd praktik"_s);
    QCOMPARE(model->data(model->index(0, ParticipationModel::Status)).toString(),
             Vocabulary::label(ParticipationStatus::Completed));
    QCOMPARE(model->data(model->index(0, ParticipationModel::Outcome)).toString(), u"Fick förlängd praktik"_s);
    // Ending too.
    QCOMPARE(timelineRows(), timelineBefore + 2);
}

void TestGuiInterventions::referralWithoutConsentAsksForAWrittenReason()
{
    InterventionsTab* tab = openTab();
    action("newReferralAction")->trigger();
    auto* dialog = waitForDialog<ReferralDialog>();
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QDateEdit>(dialog, "referralDate")->date(), kToday);
    // Active partners only.
    QComboBox* organisation = GuiTest::child<QComboBox>(dialog, "referralOrganisation");
    QVERIFY(organisation->findText(u"Arbetsförmedlingen"_s) >= 0);
    QCOMPARE(organisation->findText(u"Nedlagda föreningen"_s), -1);
    auto* person = GuiTest::child<QComboBox>(dialog, "referralPerson");
    QVERIFY(!person->isEnabled()); // no organisation chosen yet

    organisation->setCurrentIndex(organisation->findData(QVariant::fromValue(m_af)));
    QVERIFY(person->isEnabled());
    person->setCurrentIndex(person->findData(QVariant::fromValue(m_karin)));
    // Said before saving already.
    auto* consentLabel = GuiTest::child<QLabel>(dialog, "referralConsent");
    QVERIFY(consentLabel->isVisible());
    QVERIFY(
        consentLabel->text().contains(u"There is no valid consent to share information with Arbetsförmedlingen."_s));

    // The reason is required.
    auto* save = dialog->findChild<QPushButton*>(u"referralSave"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* errorLabel = GuiTest::child<QLabel>(dialog, "referralError");
    QCOMPARE(errorLabel->text(), u"Write the reason for the referral."_s);
    QVERIFY(LOTSEN_VALUE(m_workspace->referrals().referrals(m_youthId)).isEmpty());
    auto* reasonEdit = GuiTest::child<QPlainTextEdit>(dialog, "referralReason");
    reasonEdit->setFocus();
    QTest::keyClicks(reasonEdit, u"Behover stod att hitta praktik"_s);

    // Cancel at the question: nothing saved, the dialog stays.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().startsWith(
        u"There is no valid consent to share information with Arbetsförmedlingen."_s));
    QVERIFY(MessageBox::lastText().contains(u"Network & consent"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(errorLabel->isVisible());
    QVERIFY(!dialog->findChild<QDialog*>(u"consentOverrideDialog"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->referrals().referrals(m_youthId)).isEmpty());

    // Continue without consent: the reason is asked for, and required.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(save, Qt::LeftButton);
    auto* ask = waitForDialog<QDialog>(u"consentOverrideDialog"_s);
    QVERIFY(ask);
    auto* ok = ask->findChild<QPushButton*>(u"consentOverrideOk"_s);
    QVERIFY(!ok->isEnabled());
    auto* reason = ask->findChild<QPlainTextEdit*>(u"consentOverrideReason"_s);
    QTest::keyClicks(reason, u"   "_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(LOTSEN_VALUE(m_workspace->referrals().referrals(m_youthId)).isEmpty());
    reason->setPlainText(u"Ungdomen gav muntligt samtycke i telefon; skriftligt kommer"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ReferralDialog*>());

    // Stored with the override, shown in the table.
    const QList<Referral> stored = LOTSEN_VALUE(m_workspace->referrals().referrals(m_youthId));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().organisationId, m_af);
    QCOMPARE(stored.first().personId, m_karin);
    QCOMPARE(stored.first().sentOn, kToday);
    QCOMPARE(stored.first().reason, u"Behover stod att hitta praktik"_s);
    QCOMPARE(stored.first().consentId, 0);
    QCOMPARE(stored.first().consentOverride, u"Ungdomen gav muntligt samtycke i telefon; skriftligt kommer"_s);
    QCOMPARE(stored.first().status, ReferralStatus::Sent);

    ReferralModel* model = GuiTest::child<ReferralModel>(tab, "referralModel");
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ReferralModel::ConsentBasis)).toString(),
             u"Without consent: Ungdomen gav muntligt samtycke i telefon; skriftligt kommer"_s);
    QCOMPARE(model->data(model->index(0, ReferralModel::ContactPerson)).toString(), u"Karin Handläggare"_s);
    QCOMPARE(GuiTest::child<QTableView>(tab, "referralView")->currentIndex().row(), 0);
    QVERIFY(!tab->findChild<QLabel*>(u"referralsEmptyText"_s)->isVisible());
}

void TestGuiInterventions::continueWithoutConsentFromTheRealQuestion()
{
    // Without the seam's answer the real question shows, and its button says what it does.
    InterventionsTab* tab = openTab();
    action("newReferralAction")->trigger();
    auto* dialog = waitForDialog<ReferralDialog>();
    QVERIFY(dialog);
    auto* organisationCombo = GuiTest::child<QComboBox>(dialog, "referralOrganisation");
    organisationCombo->setCurrentIndex(organisationCombo->findData(QVariant::fromValue(m_af)));
    GuiTest::child<QPlainTextEdit>(dialog, "referralReason")->setPlainText(u"Behöver praktikplats"_s);

    QString continueText;
    QString boxText;
    whenModal<QMessageBox>([&continueText, &boxText](QMessageBox* box) {
        boxText = box->text();
        QAbstractButton* yes = box->button(QMessageBox::Yes);
        QVERIFY(yes);
        QVERIFY(box->button(QMessageBox::Cancel));
        continueText = yes->text();
        yes->click();
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"referralSave"_s), Qt::LeftButton);
    auto* ask = waitForDialog<QDialog>(u"consentOverrideDialog"_s);
    QVERIFY(m_handled);
    QCOMPARE(continueText, u"Continue without consent…"_s);
    QVERIFY(boxText.startsWith(u"There is no valid consent to share information with Arbetsförmedlingen."_s));
    QVERIFY(ask);
    ask->findChild<QPlainTextEdit*>(u"consentOverrideReason"_s)->setPlainText(u"Akut"_s);
    // Cancelling the reason saves nothing either.
    QTest::mouseClick(ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QDialog*>(u"consentOverrideDialog"_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(LOTSEN_VALUE(m_workspace->referrals().referrals(m_youthId)).isEmpty());
    dialog->reject();
    QTRY_VERIFY(!tab->findChild<ReferralDialog*>());
}

void TestGuiInterventions::referralWithConsentAsksNothing()
{
    Consent consent;
    consent.youthId = m_youthId;
    consent.scope = ConsentScope::Partner;
    consent.partnerOrgId = m_af;
    consent.givenOn = QDate(2026, 10, 1);
    consent.form = ConsentForm::Written;
    consent.staffId = m_maja;
    QVERIFY(m_workspace->consents().record(consent).ok());

    InterventionsTab* tab = openTab();
    action("newReferralAction")->trigger();
    auto* dialog = waitForDialog<ReferralDialog>();
    QVERIFY(dialog);
    auto* organisationCombo = GuiTest::child<QComboBox>(dialog, "referralOrganisation");
    organisationCombo->setCurrentIndex(organisationCombo->findData(QVariant::fromValue(m_af)));
    QVERIFY(GuiTest::child<QLabel>(dialog, "referralConsent")->text().contains(u"consent of 2026-10-01"_s));
    GuiTest::child<QPlainTextEdit>(dialog, "referralReason")->setPlainText(u"Behöver praktikplats"_s);
    // Were the question asked, this answer would stop the save.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"referralSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ReferralDialog*>());

    const QList<Referral> stored = LOTSEN_VALUE(m_workspace->referrals().referrals(m_youthId));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().consentId, consent.id);
    QVERIFY(stored.first().consentOverride.isEmpty());
    auto* referralModel = GuiTest::child<ReferralModel>(tab, "referralModel");
    QCOMPARE(referralModel->data(referralModel->index(0, ReferralModel::ConsentBasis)).toString(),
             u"Consent of 2026-10-01"_s);
}

void TestGuiInterventions::recordTheAnswer()
{
    const qint64 id = addReferralWithOverride(QDate(2026, 10, 20));
    QVERIFY(id != 0);
    InterventionsTab* tab = openTab();
    ReferralModel* model = GuiTest::child<ReferralModel>(tab, "referralModel");
    QCOMPARE(model->rowCount(), 1);
    // 38 days without an answer: red.
    QVERIFY(model->data(model->index(0, 0), ReferralModel::OverdueRole).toBool());
    QVERIFY(model->data(model->index(0, 0), Qt::ForegroundRole).isValid());

    auto* referralView = GuiTest::child<QTableView>(tab, "referralView");
    selectRow(referralView, 0);
    QVERIFY(action("recordAnswerAction")->isEnabled());
    action("recordAnswerAction")->trigger();
    auto* dialog = waitForDialog<ReferralAnswerDialog>();
    QVERIFY(dialog);
    QComboBox* status = GuiTest::child<QComboBox>(dialog, "answerStatus");
    QCOMPARE(status->findData(int(ReferralStatus::Sent)), -1); // an answer, not "sent"
    QCOMPARE(status->count(), 3);
    status->setCurrentIndex(status->findData(int(ReferralStatus::Accepted)));
    QCOMPARE(GuiTest::child<QDateEdit>(dialog, "answerDate")->date(), kToday);
    GuiTest::child<QDateEdit>(dialog, "answerDate")->setDate(QDate(2026, 11, 24));
    GuiTest::child<QPlainTextEdit>(dialog, "answerNote")->setPlainText(u"Karin ringer Tova på måndag"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"answerSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ReferralAnswerDialog*>());

    const std::optional<Referral> stored = LOTSEN_VALUE(m_workspace->referrals().referral(id));
    QVERIFY(stored);
    QCOMPARE(stored->status, ReferralStatus::Accepted);
    QCOMPARE(stored->responseOn, QDate(2026, 11, 24));
    QCOMPARE(stored->responseNote, u"Karin ringer Tova på måndag"_s);
    QCOMPARE(model->data(model->index(0, ReferralModel::Status)).toString(),
             Vocabulary::label(ReferralStatus::Accepted));
    QCOMPARE(model->data(model->index(0, ReferralModel::ResponseOn)).toString(), u"2026-11-24"_s);
    QCOMPARE(model->data(model->index(0, ReferralModel::ResponseNote)).toString(), u"Karin ringer Tova på måndag"_s);
    // Answered: no longer red.
    QVERIFY(!model->data(model->index(0, 0), ReferralModel::OverdueRole).toBool());
    QCOMPARE(referralView->currentIndex().row(), 0);

    // Enter on it opens the answer again, starting from what was recorded.
    selectRow(referralView, 0);
    QTest::keyClick(referralView, Qt::Key_Return);
    dialog = waitForDialog<ReferralAnswerDialog>();
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QComboBox>(dialog, "answerStatus")->currentData().toInt(), int(ReferralStatus::Accepted));
    QCOMPARE(GuiTest::child<QDateEdit>(dialog, "answerDate")->date(), QDate(2026, 11, 24));
    dialog->reject();
    QTRY_VERIFY(!tab->findChild<ReferralAnswerDialog*>());
}

QTEST_MAIN(TestGuiInterventions)
#include "tst_gui_interventions.moc"
