// GUI test of the Interventions & partners page, driven offscreen with QTest through the real main window:
// empty states, an organisation with a contact person created in the dialog (bad input refused, nothing saved),
// search and filters, deactivating a referenced organisation, refusing to delete it, deleting one nothing refers
// to, the intervention dialog, and the catalogue's ongoing count with its participants, which open the youth.
//
// Personal numbers are only Skatteverket's test numbers: births 2000-2009, serials 238 and 239.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/InterventionCatalogueModel.h"
#include "partners/InterventionDialog.h"
#include "partners/InterventionsPartnersPage.h"
#include "partners/PartnerDialog.h"
#include "partners/PartnerListModel.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiPartners : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStatesExplainThemselves();
    void createOrganisationWithContactPerson();
    void badContactPersonSavesNothing();
    void editContactPersonsOfAnOrganisation();
    void searchAndFiltersNarrowTheList();
    void deactivateReferencedOrganisation();
    void referencedOrganisationCannotBeDeleted();
    void unreferencedOrganisationIsDeletedAfterConfirming();
    void newInterventionWithProvider();
    void catalogueShowsOngoingCountAndOpensYouth();
    void interventionTakenPartInIsDeactivatedNotDeleted();

private:
    InterventionsPartnersPage* page() const { return m_window->findChild<InterventionsPartnersPage*>(); }
    QPushButton* button(const char* name) const { return page()->findChild<QPushButton*>(QLatin1String(name)); }
    template<typename T> T* waitForDialog();
    // Runs `handler` on the next modal dialog of type T once it is open (for blocking exec() dialogs).
    template<typename T> void whenModal(std::function<void(T*)> handler);
    void clickRow(QTableView* view, int row);
    int proxyRowOf(QSortFilterProxyModel* proxy, qint64 id) const;
    qint64 addOrganisation(const QString& name, PartnerKind kind, bool active = true);
    qint64 addIntervention(const QString& name, InterventionCategory category, qint64 providerId);
    qint64 addYouth(const QString& first, const QString& last, const QString& number);
    qint64 addParticipation(qint64 youthId, qint64 interventionId, ParticipationStatus status);
    void seedPartners();

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    qint64 m_staffId = 0;
    qint64 m_af = 0;
    qint64 m_fk = 0;
    qint64 m_komvux = 0;
    qint64 m_old = 0;
    bool m_handled = false;
};

void TestGuiPartners::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"partners.lotsen"_s));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_workspace = &m_fixture->workspace();
    m_staffId = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    QVERIFY(m_staffId > 0);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(MainWindow::InterventionsPage);
    QVERIFY(page());
    QVERIFY(page()->isVisible());
    m_handled = false;
}

void TestGuiPartners::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

template<typename T> T* TestGuiPartners::waitForDialog()
{
    return GuiTest::waitForDialog<T>();
}

template<typename T> void TestGuiPartners::whenModal(std::function<void(T*)> handler)
{
    GuiTest::whenModal<T>(this, std::move(handler), &m_handled);
}

void TestGuiPartners::clickRow(QTableView* view, int row)
{
    QVERIFY(row >= 0);
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

int TestGuiPartners::proxyRowOf(QSortFilterProxyModel* proxy, qint64 id) const
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(PartnerListModel::IdRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}

qint64 TestGuiPartners::addOrganisation(const QString& name, PartnerKind kind, bool active)
{
    PartnerOrganisation organisation;
    organisation.name = name;
    organisation.kind = kind;
    organisation.active = active;
    return m_workspace->partners().saveOrganisation(organisation).ok() ? organisation.id : 0;
}

qint64 TestGuiPartners::addIntervention(const QString& name, InterventionCategory category, qint64 providerId)
{
    Intervention intervention;
    intervention.name = name;
    intervention.category = category;
    intervention.providerId = providerId;
    return m_workspace->interventions().saveIntervention(intervention).ok() ? intervention.id : 0;
}

qint64 TestGuiPartners::addYouth(const QString& first, const QString& last, const QString& number)
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

qint64 TestGuiPartners::addParticipation(qint64 youthId, qint64 interventionId, ParticipationStatus status)
{
    Participation participation;
    participation.youthId = youthId;
    participation.interventionId = interventionId;
    participation.status = status;
    participation.startDate = QDate(2026, 10, 5);
    participation.plannedEnd = QDate(2026, 12, 18);
    return m_workspace->interventions().saveParticipation(participation, m_staffId).ok() ? participation.id : 0;
}

void TestGuiPartners::seedPartners()
{
    m_af = addOrganisation(u"Arbetsförmedlingen Malmö"_s, PartnerKind::EmploymentService);
    m_fk = addOrganisation(u"Försäkringskassan"_s, PartnerKind::SocialInsurance);
    m_komvux = addOrganisation(u"Komvux Malmö"_s, PartnerKind::Education);
    m_old = addOrganisation(u"Gamla föreningen"_s, PartnerKind::CivilSociety, false);
    QVERIFY(m_af > 0 && m_fk > 0 && m_komvux > 0 && m_old > 0);
}

void TestGuiPartners::emptyStatesExplainThemselves()
{
    QCOMPARE(m_window->currentPage(), MainWindow::InterventionsPage);
    auto* tabs = GuiTest::child<QTabWidget>(page(), "interventionsPartnersTabs");
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), u"&Partners"_s);
    auto* partnerEmptyLabel = GuiTest::child<QLabel>(page(), "partnerEmpty");
    QVERIFY(partnerEmptyLabel->isVisible());
    auto* partnerTable = GuiTest::child<QTableView>(page(), "partnerTable");
    QVERIFY(!partnerTable->isVisible());
    QVERIFY(partnerEmptyLabel->text().contains(u"No partner organisations yet"_s));
    QVERIFY(!button("partnerEdit")->isEnabled());
    QVERIFY(!button("partnerDelete")->isEnabled());

    page()->showCatalogue();
    auto* catalogueEmptyLabel = GuiTest::child<QLabel>(page(), "catalogueEmpty");
    QVERIFY(catalogueEmptyLabel->isVisible());
    QVERIFY(catalogueEmptyLabel->text().contains(u"The catalogue is empty"_s));
    QVERIFY(GuiTest::child<QLabel>(page(), "participantsLabel")->text().contains(u"Select an intervention"_s));
    QVERIFY(!button("interventionEdit")->isEnabled());

    // Data arriving from elsewhere (another page, the demo) replaces the empty state at once.
    page()->showPartners();
    seedPartners();
    QVERIFY(!partnerEmptyLabel->isVisible());
    QVERIFY(partnerTable->isVisible());
    QCOMPARE(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy")->rowCount(), 3);
    QCOMPARE(page()->findChild<QLabel*>(u"partnerCount"_s)->text(), u"3 of 4 organisations shown"_s);
    QVERIFY(page()->currentPartnerId() != 0);
    QVERIFY(button("partnerEdit")->isEnabled());
}

void TestGuiPartners::createOrganisationWithContactPerson()
{
    seedPartners();
    QTest::mouseClick(button("partnerNew"), Qt::LeftButton);
    PartnerDialog* dialog = waitForDialog<PartnerDialog>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->windowTitle(), u"New partner organisation"_s);
    QVERIFY(GuiTest::child<QCheckBox>(dialog, "partnerActive")->isChecked());

    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "partnerName"), u"Studieforbundet Vuxenskolan"_s);
    auto* kindCombo = GuiTest::child<QComboBox>(dialog, "partnerKind");
    kindCombo->setCurrentIndex(kindCombo->findData(int(PartnerKind::Education)));
    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "partnerPhone"), u"040-12 34 56"_s);
    auto* emailEdit = GuiTest::child<QLineEdit>(dialog, "partnerEmail");
    QTest::keyClicks(emailEdit, u"malmo(at)sv.se"_s);
    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "partnerAddress"), u"Storgatan 1, Malmo"_s);
    GuiTest::child<QPlainTextEdit>(dialog, "partnerNotes")->setPlainText(u"Cirklar i svenska och data."_s);

    // Contact person: Add starts typing the name, Tab moves on to the role.
    QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "partnerAddPerson"), Qt::LeftButton);
    auto* personsTable = GuiTest::child<QTableWidget>(dialog, "partnerPersons");
    QTRY_VERIFY(QApplication::focusWidget() != nullptr
                && QApplication::focusWidget()->parentWidget() == personsTable->viewport());
    QTest::keyClicks(QApplication::focusWidget(), u"Lena Larsson"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget()->parentWidget() == personsTable->viewport());
    QTest::keyClicks(QApplication::focusWidget(), u"Verksamhetsutvecklare"_s);

    // A malformed e-mail address: said in the dialog, nothing saved.
    QPushButton* save = dialog->findChild<QPushButton*>(u"partnerSave"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* errorLabel = GuiTest::child<QLabel>(dialog, "partnerError");
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().contains(u"not an e-mail address"_s), qPrintable(errorLabel->text()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().organisations()).size(), 4);
    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().persons(0)).size(), 0);

    emailEdit->clear();
    QTest::keyClicks(emailEdit, u"malmo@sv.se"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    const QList<PartnerOrganisation> organisations = LOTSEN_VALUE(m_workspace->partners().organisations());
    QCOMPARE(organisations.size(), 5);
    const auto saved = std::find_if(organisations.cbegin(), organisations.cend(), [](const auto& organisation) {
        return organisation.name == u"Studieforbundet Vuxenskolan"_s;
    });
    QVERIFY(saved != organisations.cend());
    QCOMPARE(saved->kind, PartnerKind::Education);
    QCOMPARE(saved->phone, u"040-12 34 56"_s);
    QCOMPARE(saved->email, u"malmo@sv.se"_s);
    QCOMPARE(saved->address, u"Storgatan 1, Malmo"_s);
    QCOMPARE(saved->notes, u"Cirklar i svenska och data."_s);
    QVERIFY(saved->active);
    const QList<PartnerPerson> persons = LOTSEN_VALUE(m_workspace->partners().persons(saved->id));
    QCOMPARE(persons.size(), 1);
    QCOMPARE(persons.first().name, u"Lena Larsson"_s);
    QCOMPARE(persons.first().role, u"Verksamhetsutvecklare"_s);
    QVERIFY(persons.first().active);

    // The new organisation is listed and selected.
    QCOMPARE(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy")->rowCount(), 4);
    QCOMPARE(page()->currentPartnerId(), saved->id);
}

void TestGuiPartners::badContactPersonSavesNothing()
{
    QTest::mouseClick(button("partnerNew"), Qt::LeftButton);
    PartnerDialog* dialog = waitForDialog<PartnerDialog>();
    QVERIFY(dialog);
    GuiTest::child<QLineEdit>(dialog, "partnerName")->setText(u"Hyresgästföreningen"_s);
    dialog->addPerson();
    const int row = dialog->addPerson();
    QCOMPARE(row, 1);
    QTableWidget* table = GuiTest::child<QTableWidget>(dialog, "partnerPersons");
    table->item(0, PartnerDialog::PersonName)->setText(u"Hans Hyresgäst"_s);
    table->item(0, PartnerDialog::PersonEmail)->setText(u"hans@hgf"_s);
    table->item(1, PartnerDialog::PersonPhone)->setText(u"070-123 45 67"_s);
    QPushButton* save = dialog->findChild<QPushButton*>(u"partnerSave"_s);

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* errorLabel = GuiTest::child<QLabel>(dialog, "partnerError");
    QVERIFY2(errorLabel->text().contains(u"hans@hgf"_s), qPrintable(errorLabel->text()));
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisations()).isEmpty());

    table->item(0, PartnerDialog::PersonEmail)->setText(u"hans@hgf.se"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorLabel->text().contains(u"Contact person 2 has no name"_s), qPrintable(errorLabel->text()));
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisations()).isEmpty());

    // A row not saved yet is removed rather than deactivated; then the save goes through.
    table->setCurrentCell(1, PartnerDialog::PersonName);
    auto* togglePersonButton = GuiTest::child<QPushButton>(dialog, "partnerTogglePerson");
    QCOMPARE(togglePersonButton->text(), u"Remove pe&rson"_s);
    QTest::mouseClick(togglePersonButton, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().organisations()).size(), 1);
    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().persons(0)).size(), 1);
    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().persons(0)).first().email, u"hans@hgf.se"_s);
}

void TestGuiPartners::editContactPersonsOfAnOrganisation()
{
    seedPartners();
    PartnerPerson lena;
    lena.organisationId = m_af;
    lena.name = u"Lena Lind"_s;
    lena.role = u"Handläggare"_s;
    QVERIFY(m_workspace->partners().savePerson(lena).ok());
    PartnerPerson omar;
    omar.organisationId = m_af;
    omar.name = u"Omar Olsson"_s;
    QVERIFY(m_workspace->partners().savePerson(omar).ok());

    // Double-click edits.
    QTableView* table = GuiTest::child<QTableView>(page(), "partnerTable");
    const int row = proxyRowOf(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy"), m_af);
    clickRow(table, row);
    QCOMPARE(page()->currentPartnerId(), m_af);
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    PartnerDialog* dialog = waitForDialog<PartnerDialog>();
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QLineEdit>(dialog, "partnerName")->text(), u"Arbetsförmedlingen Malmö"_s);
    QTableWidget* persons = GuiTest::child<QTableWidget>(dialog, "partnerPersons");
    QCOMPARE(persons->rowCount(), 2);
    QCOMPARE(persons->item(0, PartnerDialog::PersonName)->text(), u"Lena Lind"_s);

    // Deactivate Omar, give Lena a phone number.
    persons->setCurrentCell(1, PartnerDialog::PersonName);
    auto* togglePersonButton = GuiTest::child<QPushButton>(dialog, "partnerTogglePerson");
    QCOMPARE(togglePersonButton->text(), u"Deactivate pe&rson"_s);
    QTest::mouseClick(togglePersonButton, Qt::LeftButton);
    QCOMPARE(persons->item(1, PartnerDialog::PersonStatus)->text(), u"Inactive"_s);
    QCOMPARE(togglePersonButton->text(), u"Activate pe&rson"_s);
    persons->setCurrentCell(0, PartnerDialog::PersonPhone);
    QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "partnerEditPerson"), Qt::LeftButton);
    QTRY_VERIFY(QApplication::focusWidget()->parentWidget() == persons->viewport());
    QTest::keyClicks(QApplication::focusWidget(), u"010-486 12 34"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"partnerSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().person(lena.id))->phone, u"010-486 12 34"_s);
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().person(lena.id))->active);
    QVERIFY(!LOTSEN_VALUE(m_workspace->partners().person(omar.id))->active);
    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().persons(m_af, true)).size(), 1);

    // Enter on the table edits too.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    PartnerDialog* again = waitForDialog<PartnerDialog>();
    QVERIFY(again);
    QCOMPARE(GuiTest::child<QTableWidget>(again, "partnerPersons")->item(1, PartnerDialog::PersonStatus)->text(),
             u"Inactive"_s);
    again->reject();
}

void TestGuiPartners::searchAndFiltersNarrowTheList()
{
    seedPartners();
    QSortFilterProxyModel* proxy = GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy");
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Inactive organisations are left out until asked for.
    QCOMPARE(proxy->rowCount(), 3);
    QCOMPARE(proxyRowOf(proxy, m_old), -1);

    auto* partnerSearch = GuiTest::child<QLineEdit>(page(), "partnerSearch");
    QTest::keyClicks(partnerSearch, u"malm"_s);
    QCOMPARE(proxy->rowCount(), 2);
    QVERIFY(proxyRowOf(proxy, m_af) >= 0);
    QVERIFY(proxyRowOf(proxy, m_komvux) >= 0);
    QComboBox* kind = GuiTest::child<QComboBox>(page(), "partnerKindFilter");
    kind->setCurrentIndex(kind->findData(int(PartnerKind::Education)));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(page()->currentPartnerId(), m_komvux);

    // Nothing matches: the page says why and what to do.
    partnerSearch->clear();
    QTest::keyClicks(partnerSearch, u"zzz"_s);
    QCOMPARE(proxy->rowCount(), 0);
    auto* partnerEmptyLabel = GuiTest::child<QLabel>(page(), "partnerEmpty");
    QVERIFY(partnerEmptyLabel->isVisible());
    QVERIFY(partnerEmptyLabel->text().contains(u"No organisation matches"_s));
    QVERIFY(!button("partnerEdit")->isEnabled());

    partnerSearch->clear();
    kind->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 3);
    auto* showInactivePartners = GuiTest::child<QCheckBox>(page(), "partnerShowInactive");
    QTest::mouseClick(showInactivePartners, Qt::LeftButton);
    QVERIFY(showInactivePartners->isChecked());
    QCOMPARE(proxy->rowCount(), 4);
    QTest::keyClicks(partnerSearch, u"GAMLA"_s);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(page()->currentPartnerId(), m_old);
    QCOMPARE(button("partnerToggleActive")->text(), u"Ac&tivate"_s);
}

void TestGuiPartners::deactivateReferencedOrganisation()
{
    seedPartners();
    QVERIFY(addIntervention(u"Praktik via Arbetsförmedlingen"_s, InterventionCategory::WorkTraining, m_af) > 0);
    clickRow(GuiTest::child<QTableView>(page(), "partnerTable"),
             proxyRowOf(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy"), m_af));
    QCOMPARE(page()->currentPartnerId(), m_af);
    QPushButton* toggle = button("partnerToggleActive");
    QCOMPARE(toggle->text(), u"Deac&tivate"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);

    QVERIFY(!LOTSEN_VALUE(m_workspace->partners().organisation(m_af))->active);
    // The row stays in sight, greyed, so that a slip can be undone at once.
    QCOMPARE(page()->currentPartnerId(), m_af);
    QVERIFY(GuiTest::child<QCheckBox>(page(), "partnerShowInactive")->isChecked());
    const int row = proxyRowOf(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy"), m_af);
    QCOMPARE(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy")
                 ->index(row, PartnerListModel::Active)
                 .data()
                 .toString(),
             u"Inactive"_s);
    QCOMPARE(toggle->text(), u"Ac&tivate"_s);

    // An inactive organisation is no longer offered as a provider.
    page()->showCatalogue();
    InterventionDialog* dialog = page()->newIntervention();
    QVERIFY(dialog);
    auto* providerCombo = GuiTest::child<QComboBox>(dialog, "interventionProvider");
    QCOMPARE(providerCombo->findData(QVariant::fromValue(m_af)), -1);
    QVERIFY(providerCombo->findData(QVariant::fromValue(m_fk)) > 0);
    dialog->reject();

    page()->showPartners();
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisation(m_af))->active);
    QCOMPARE(toggle->text(), u"Deac&tivate"_s);
}

void TestGuiPartners::referencedOrganisationCannotBeDeleted()
{
    seedPartners();
    QVERIFY(addIntervention(u"Praktik via Arbetsförmedlingen"_s, InterventionCategory::WorkTraining, m_af) > 0);
    page()->selectPartner(m_af);
    QCOMPARE(page()->currentPartnerId(), m_af);

    // The answer is no: nothing changes, but the user was told plainly why and what to do.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button("partnerDelete"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"cannot be deleted"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"Deactivate it instead?"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisation(m_af)));
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisation(m_af))->active);

    // Yes deactivates it; it is still there.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("partnerDelete"), Qt::LeftButton);
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisation(m_af)));
    QVERIFY(!LOTSEN_VALUE(m_workspace->partners().organisation(m_af))->active);

    // Already inactive: only the explanation.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button("partnerDelete"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"already inactive"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisation(m_af)));
}

void TestGuiPartners::unreferencedOrganisationIsDeletedAfterConfirming()
{
    seedPartners();
    PartnerPerson person;
    person.organisationId = m_fk;
    person.name = u"Fia Fors"_s;
    QVERIFY(m_workspace->partners().savePerson(person).ok());
    page()->selectPartner(m_fk);

    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page()->deletePartner());
    QVERIFY(MessageBox::lastText().contains(u"Delete “Försäkringskassan” and its 1 contact person?"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->partners().organisation(m_fk)));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("partnerDelete"), Qt::LeftButton);
    QVERIFY(!LOTSEN_VALUE(m_workspace->partners().organisation(m_fk)));
    QCOMPARE(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy")->rowCount(), 2);
    QCOMPARE(proxyRowOf(GuiTest::child<QSortFilterProxyModel>(page(), "partnerProxy"), m_fk), -1);
    // Another row is selected, so that the buttons keep working.
    QVERIFY(page()->currentPartnerId() != 0);
}

void TestGuiPartners::newInterventionWithProvider()
{
    seedPartners();
    page()->showCatalogue();
    QTest::mouseClick(button("interventionNew"), Qt::LeftButton);
    InterventionDialog* dialog = waitForDialog<InterventionDialog>();
    QVERIFY(dialog);
    auto* providerCombo = GuiTest::child<QComboBox>(dialog, "interventionProvider");
    QCOMPARE(providerCombo->itemText(0), u"The centre itself"_s);
    // Active organisations only: three of four.
    QCOMPARE(providerCombo->count(), 4);
    QPushButton* save = dialog->findChild<QPushButton*>(u"interventionSave"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(GuiTest::child<QLabel>(dialog, "interventionError")->text().contains(u"needs a name"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->interventions().interventions()).isEmpty());

    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "interventionName"), u"Studiebesok Komvux"_s);
    auto* categoryCombo = GuiTest::child<QComboBox>(dialog, "interventionCategory");
    categoryCombo->setCurrentIndex(categoryCombo->findData(int(InterventionCategory::StudyVisit)));
    providerCombo->setCurrentIndex(providerCombo->findData(QVariant::fromValue(m_komvux)));
    GuiTest::child<QPlainTextEdit>(dialog, "interventionDescription")
        ->setPlainText(u"Vi besöker Komvux och träffar en studievägledare."_s);
    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "interventionLength"), u"en dag"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    const QList<Intervention> all = LOTSEN_VALUE(m_workspace->interventions().interventions());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().category, InterventionCategory::StudyVisit);
    QCOMPARE(all.first().providerId, m_komvux);
    QCOMPARE(all.first().typicalLength, u"en dag"_s);
    QVERIFY(all.first().active);
    QCOMPARE(page()->currentInterventionId(), all.first().id);
    QSortFilterProxyModel* proxy = GuiTest::child<QSortFilterProxyModel>(page(), "catalogueProxy");
    QCOMPARE(proxy->index(0, InterventionCatalogueModel::Provider).data().toString(), u"Komvux Malmö"_s);
    QCOMPARE(proxy->index(0, InterventionCatalogueModel::Category).data().toString(),
             Vocabulary::label(InterventionCategory::StudyVisit));

    // Enter edits; the provider is chosen in the combo.
    auto* catalogueTable = GuiTest::child<QTableView>(page(), "catalogueTable");
    catalogueTable->setFocus();
    QTest::keyClick(catalogueTable, Qt::Key_Enter);
    InterventionDialog* edit = waitForDialog<InterventionDialog>();
    QVERIFY(edit);
    QCOMPARE(GuiTest::child<QLineEdit>(edit, "interventionName")->text(), u"Studiebesok Komvux"_s);
    QCOMPARE(GuiTest::child<QComboBox>(edit, "interventionProvider")->currentData().toLongLong(), m_komvux);
    GuiTest::child<QComboBox>(edit, "interventionProvider")->setCurrentIndex(0);
    QTest::mouseClick(edit->findChild<QPushButton*>(u"interventionSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!edit->isVisible());
    QCOMPARE(LOTSEN_VALUE(m_workspace->interventions().intervention(all.first().id))->providerId, 0);
    QCOMPARE(proxy->index(0, InterventionCatalogueModel::Provider).data().toString(), u"the centre"_s);
}

void TestGuiPartners::catalogueShowsOngoingCountAndOpensYouth()
{
    const qint64 praktik = addIntervention(u"Praktik"_s, InterventionCategory::WorkTraining, 0);
    const qint64 friskvard = addIntervention(u"Friskvård"_s, InterventionCategory::Health, 0);
    const qint64 tova = addYouth(u"Tova"_s, u"Testberg"_s, u"200304152382"_s);
    const qint64 anna = addYouth(u"Anna"_s, u"Ask"_s, u"200001012384"_s);
    const qint64 bo = addYouth(u"Bo"_s, u"Berg"_s, u"200001012392"_s);
    QVERIFY(praktik > 0 && friskvard > 0 && tova > 0 && anna > 0 && bo > 0);
    QVERIFY(addParticipation(tova, praktik, ParticipationStatus::Ongoing) > 0);
    QVERIFY(addParticipation(anna, praktik, ParticipationStatus::Ongoing) > 0);
    QVERIFY(addParticipation(bo, praktik, ParticipationStatus::Completed) > 0);

    page()->showCatalogue();
    QSortFilterProxyModel* proxy = GuiTest::child<QSortFilterProxyModel>(page(), "catalogueProxy");
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int praktikRow = proxyRowOf(proxy, praktik);
    QCOMPARE(proxy->index(praktikRow, InterventionCatalogueModel::Ongoing).data().toInt(), 2);
    QCOMPARE(proxy->index(proxyRowOf(proxy, friskvard), InterventionCatalogueModel::Ongoing).data().toInt(), 0);

    // The first intervention that arrived stays selected as more arrive.
    QCOMPARE(page()->currentInterventionId(), praktik);
    page()->selectIntervention(friskvard);
    QCOMPARE(page()->currentInterventionId(), friskvard);
    auto* list = GuiTest::child<QListWidget>(page(), "participantsList");
    QCOMPARE(list->count(), 0);
    auto* participantsLabel = GuiTest::child<QLabel>(page(), "participantsLabel");
    QVERIFY(participantsLabel->text().contains(u"Nobody takes part"_s));

    clickRow(GuiTest::child<QTableView>(page(), "catalogueTable"), praktikRow);
    QCOMPARE(page()->currentInterventionId(), praktik);
    QCOMPARE(list->count(), 2);
    QVERIFY(participantsLabel->text().contains(u"2 youths"_s));
    // By last name: Ask before Testberg.
    QCOMPARE(list->item(0)->text(), u"Anna Ask (2026-10-05 – 2026-12-18)"_s);

    // Starting a participation elsewhere updates the count and the list.
    QVERIFY(addParticipation(bo, praktik, ParticipationStatus::Ongoing) > 0);
    QCOMPARE(proxy->index(proxyRowOf(proxy, praktik), InterventionCatalogueModel::Ongoing).data().toInt(), 3);
    QCOMPARE(list->count(), 3);
    QCOMPARE(page()->currentInterventionId(), praktik);

    // Double-clicking a participant opens the youth's card.
    QSignalSpy open(page(), &InterventionsPartnersPage::openYouthRequested);
    const QRect rect = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), anna);
    QCOMPARE(m_window->currentPage(), MainWindow::YouthsPageIndex);
    auto* youthsPage = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage");
    QVERIFY(youthsPage->currentCard());
    QCOMPARE(youthsPage->currentCard()->youthId(), anna);

    // The button opens the chosen one.
    m_window->showPage(MainWindow::InterventionsPage);
    list->setCurrentRow(2);
    QTest::mouseClick(button("participantOpen"), Qt::LeftButton);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().first().toLongLong(), tova);
    QCOMPARE(youthsPage->currentCard()->youthId(), tova);
}

void TestGuiPartners::interventionTakenPartInIsDeactivatedNotDeleted()
{
    const qint64 used = addIntervention(u"IPS-stöd"_s, InterventionCategory::SupportedEmployment, 0);
    const qint64 unused = addIntervention(u"Ateljé"_s, InterventionCategory::Other, 0);
    const qint64 tova = addYouth(u"Tova"_s, u"Testberg"_s, u"200304152382"_s);
    QVERIFY(addParticipation(tova, used, ParticipationStatus::Ongoing) > 0);
    page()->showCatalogue();
    page()->selectIntervention(used);
    QCOMPARE(page()->currentInterventionId(), used);

    // One question: it cannot be deleted, deactivate instead? The answer is yes.
    whenModal<QMessageBox>([](QMessageBox* box) {
        QVERIFY(box->text().contains(u"cannot be deleted"_s));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(button("interventionDelete"), Qt::LeftButton);
    QVERIFY(m_handled);
    QVERIFY(LOTSEN_VALUE(m_workspace->interventions().intervention(used)));
    QVERIFY(!LOTSEN_VALUE(m_workspace->interventions().intervention(used))->active);
    QCOMPARE(page()->currentInterventionId(), used);
    QCOMPARE(button("interventionToggleActive")->text(), u"Ac&tivate"_s);

    page()->selectIntervention(unused);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(page()->deleteIntervention());
    QVERIFY(!LOTSEN_VALUE(m_workspace->interventions().intervention(unused)));
    QCOMPARE(GuiTest::child<InterventionCatalogueModel>(page(), "catalogueModel")->rowCount(), 1);
}

QTEST_MAIN(TestGuiPartners)
#include "tst_gui_partners.moc"
