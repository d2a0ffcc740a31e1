// GUI test of consent enforcement and the youth card's Network & consent tab, driving the real widgets offscreen:
// logging a contact with a relative without consent shows the warning; the consent is recorded from the question
// and the contact is saved with it; withdrawing it in the tab brings the warning back; going ahead without consent
// needs a written reason, which is stored. Also the network persons, partner contacts, the consent dialog's rules
// and the consent form's print preview.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "consent/ConsentDialog.h"
#include "consent/ConsentModel.h"
#include "consent/ConsentRules.h"
#include "consent/NetworkModel.h"
#include "consent/NetworkPersonDialog.h"
#include "consent/NetworkTab.h"
#include "contacts/ContactDialog.h"
#include "contacts/TimelineModel.h"
#include "contacts/TimelineTab.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "shell/MessageBox.h"
#include "youth/YouthCard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <functional>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));

ConsentNeed relatives()
{
    ConsentNeed need;
    need.scope = ConsentScope::Relatives;
    return need;
}

} // namespace

class TestGuiConsent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tabFollowsTimelineForASavedYouth();
    void relativeContactWarnsUntilConsentIsRecorded();
    void overrideNeedsAWrittenReason();
    void questionNamesItsChoices();
    void changingKeepsTheReasonGiven();
    void consentDialogRefusesBadInput();
    void guardianOfferedOnlyUnderEighteen();
    void networkPersonsAddChangeRemove();
    void partnerContactsLinkAndUnlink();
    void consentFormPrintPreview();

private:
    NetworkTab* openNetworkTab();
    ContactDialog* openContactDialog();
    void chooseRelative(ContactDialog* dialog, qint64 personId);
    template<typename T> T* waitForChild(QWidget* parent);
    // Runs `handler` on the next modal dialog of type T, once its own event loop runs it (for exec()).
    template<typename T> void whenModal(std::function<void(T*)> handler);
    QPushButton* button(const char* name) const;
    void selectConsent(NetworkTab* tab, qint64 consentId);
    qint64 recordConsent(qint64 networkPersonId = 0);

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<YouthCard> m_card;
    qint64 m_youthId = 0;
    qint64 m_anna = 0;
    qint64 m_maja = 0;
    bool m_handled = false;
};

void TestGuiConsent::init()
{
    m_handled = false;
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"consent.lotsen"_s));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_workspace = &m_fixture->workspace();
    m_maja = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    Youth youth;
    youth.firstName = u"Tova"_s;
    youth.lastName = u"Testberg"_s;
    youth.birthDate = QDate(2009, 5, 1); // 17
    youth.status = YouthStatus::Active;
    youth.mentorId = m_maja;
    QVERIFY(m_workspace->youths().save(youth).ok());
    m_youthId = youth.id;
    NetworkPerson anna;
    anna.youthId = m_youthId;
    anna.name = u"Anna Testberg"_s;
    anna.relation = Relation::Parent;
    anna.legalGuardian = true;
    QVERIFY(m_workspace->network().save(anna).ok());
    m_anna = anna.id;

    m_card = std::make_unique<YouthCard>(*m_workspace, m_youthId);
    m_card->resize(1100, 800);
    m_card->show();
    QVERIFY(QTest::qWaitForWindowActive(m_card.get()));
}

void TestGuiConsent::cleanup()
{
    // Whatever a failed test left open is closed, so that the next one starts clean.
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
    m_card.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

NetworkTab* TestGuiConsent::openNetworkTab()
{
    auto* tab = m_card->findChild<NetworkTab*>();
    if (tab) {
        m_card->tabs()->setCurrentWidget(tab);
    }
    return tab;
}

ContactDialog* TestGuiConsent::openContactDialog()
{
    auto* timelineTab = GuiTest::child<TimelineTab>(m_card.get(), "timelineTab");
    m_card->tabs()->setCurrentWidget(timelineTab);
    timelineTab->findChild<QAction*>(u"logContactAction"_s)->trigger();
    return waitForChild<ContactDialog>(timelineTab);
}

void TestGuiConsent::chooseRelative(ContactDialog* dialog, qint64 personId)
{
    QComboBox* with = GuiTest::child<QComboBox>(dialog, "contactWith");
    with->setCurrentIndex(with->findData(static_cast<int>(ContactWith::Relative)));
    QComboBox* relative = GuiTest::child<QComboBox>(dialog, "contactRelative");
    relative->setCurrentIndex(relative->findData(QVariant::fromValue(personId)));
}

template<typename T> T* TestGuiConsent::waitForChild(QWidget* parent)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = nullptr;
        const QList<T*> children = parent->findChildren<T*>();
        for (T* child : children) {
            if (child->isVisible()) {
                found = child;
            }
        }
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

template<typename T> void TestGuiConsent::whenModal(std::function<void(T*)> handler)
{
    GuiTest::whenModal<T>(this, std::move(handler), &m_handled);
}

QPushButton* TestGuiConsent::button(const char* name) const
{
    return m_card->findChild<QPushButton*>(QLatin1String(name));
}

void TestGuiConsent::selectConsent(NetworkTab* tab, qint64 consentId)
{
    auto* consentModel = GuiTest::child<ConsentModel>(tab, "consentModel");
    const int row = consentModel->rowOfConsent(consentId);
    QVERIFY(row >= 0);
    auto* consentView = GuiTest::child<QTableView>(tab, "consentView");
    consentView->setFocus();
    consentView->setCurrentIndex(consentModel->index(row, 0));
    consentView->selectRow(row);
}

qint64 TestGuiConsent::recordConsent(qint64 networkPersonId)
{
    Consent consent;
    consent.youthId = m_youthId;
    consent.scope = ConsentScope::Relatives;
    consent.networkPersonId = networkPersonId;
    consent.givenOn = kNow.date().addDays(-10);
    consent.staffId = m_maja;
    return m_workspace->consents().record(consent).ok() ? consent.id : 0;
}

void TestGuiConsent::tabFollowsTimelineForASavedYouth()
{
    auto* tab = m_card->findChild<NetworkTab*>();
    QVERIFY(tab);
    QTabWidget* tabs = m_card->tabs();
    const int index = tabs->indexOf(tab);
    QVERIFY(index > tabs->indexOf(GuiTest::child<TimelineTab>(m_card.get(), "timelineTab")));
    QCOMPARE(tabs->tabText(index), u"Network && consent"_s);
    QVERIFY(tabs->isTabEnabled(index));
    QCOMPARE(GuiTest::child<NetworkModel>(tab, "networkModel")->rowCount(), 1);

    // A youth that is not saved yet has no network.
    YouthCard fresh(*m_workspace, 0);
    auto* freshTab = fresh.findChild<NetworkTab*>();
    QVERIFY(freshTab);
    QVERIFY(!fresh.tabs()->isTabEnabled(fresh.tabs()->indexOf(freshTab)));
    QCOMPARE(GuiTest::child<NetworkModel>(freshTab, "networkModel")->rowCount(), 0);
    QVERIFY(!freshTab->findChild<QPushButton*>(u"recordConsent"_s)->isEnabled());
}

void TestGuiConsent::relativeContactWarnsUntilConsentIsRecorded()
{
    const QString missing = ConsentRules::missingText(relatives());
    QCOMPARE(missing, u"There is no valid consent for contact with relatives."_s);

    // The relative is asked for only when the contact is with a relative.
    ContactDialog* dialog = openContactDialog();
    QVERIFY(dialog);
    QVERIFY(!GuiTest::child<QComboBox>(dialog, "contactRelative")->isVisibleTo(dialog));
    chooseRelative(dialog, m_anna);
    QVERIFY(GuiTest::child<QComboBox>(dialog, "contactRelative")->isVisibleTo(dialog));
    QCOMPARE(GuiTest::child<QComboBox>(dialog, "contactRelative")->count(), 2); // Not named, Anna
    QCOMPARE(GuiTest::child<QComboBox>(dialog, "contactRelative")->itemText(0), u"Not named"_s);
    QVERIFY(GuiTest::child<QLabel>(dialog, "contactConsent")->text().startsWith(missing));
    dialog->noteEdit()->setPlainText(u"Ringde mamma om mötet"_s);

    // Saving without consent: the warning, and Cancel saves nothing and keeps the dialog open.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().startsWith(missing));
    QVERIFY(dialog->isVisible());
    QVERIFY(GuiTest::child<QLabel>(dialog, "contactError")->isVisibleTo(dialog));
    QVERIFY(LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId)).isEmpty());

    // "Record consent now…" opens the consent dialog preset for this relative and this day.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().startsWith(missing));
    auto* consentDialog = waitForChild<ConsentDialog>(dialog);
    QVERIFY(consentDialog);
    QCOMPARE(GuiTest::child<QComboBox>(consentDialog, "consentScope")->currentData().toInt(),
             static_cast<int>(ConsentScope::Relatives));
    QCOMPARE(GuiTest::child<QComboBox>(consentDialog, "consentRelative")->currentData().toLongLong(), m_anna);
    QCOMPARE(GuiTest::child<QDateEdit>(consentDialog, "consentGivenOn")->date(), kNow.date());
    QTest::mouseClick(consentDialog->findChild<QPushButton*>(u"consentSave"_s), Qt::LeftButton);

    // With the consent recorded the contact is saved at once, relying on it.
    QTRY_VERIFY(!GuiTest::child<TimelineTab>(m_card.get(), "timelineTab")->findChild<ContactDialog*>());
    const QList<Consent> consents = LOTSEN_VALUE(m_workspace->consents().consents(m_youthId));
    QCOMPARE(consents.size(), 1);
    const Consent consent = consents.first();
    QCOMPARE(consent.networkPersonId, m_anna);
    // The staff member defaults to the logged-in person (the administrator, who has no staff record), never to the
    // youth's mentor.
    QCOMPARE(consent.staffId, qint64(0));
    QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId));
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().withWhom, ContactWith::Relative);
    QCOMPARE(contacts.first().networkPersonId, m_anna);
    QCOMPARE(contacts.first().consentId, consent.id);
    QVERIFY(contacts.first().consentOverride.isEmpty());

    // The consent shows in the Network & consent tab as valid; withdraw it there, with a date and a note.
    NetworkTab* tab = openNetworkTab();
    QVERIFY(tab);
    ConsentModel* model = GuiTest::child<ConsentModel>(tab, "consentModel");
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ConsentModel::Status)).toString(), u"Valid"_s);
    QCOMPARE(model->data(model->index(0, ConsentModel::Scope)).toString(), u"Contact with relatives: Anna Testberg"_s);
    QVERIFY(!button("withdrawConsent")->isEnabled());
    selectConsent(tab, consent.id);
    QVERIFY(button("withdrawConsent")->isEnabled());
    QTest::mouseClick(button("withdrawConsent"), Qt::LeftButton);
    auto* withdraw = waitForChild<QDialog>(tab);
    QVERIFY(withdraw);
    QCOMPARE(withdraw->objectName(), u"withdrawConsentDialog"_s);
    QCOMPARE(withdraw->findChild<QDateEdit*>(u"withdrawOn"_s)->date(), kNow.date());
    withdraw->findChild<QPlainTextEdit*>(u"withdrawNote"_s)->setPlainText(u"Tova vill inte längre"_s);
    // The confirmation can be declined: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(withdraw->findChild<QPushButton*>(u"withdrawConfirm"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().startsWith(u"Withdraw the consent"_s));
    QVERIFY(withdraw->isVisible());
    QVERIFY(!LOTSEN_VALUE(m_workspace->consents().consent(consent.id))->isWithdrawn());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(withdraw->findChild<QPushButton*>(u"withdrawConfirm"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<QDialog*>(u"withdrawConsentDialog"_s));

    // Kept, greyed, withdrawn on today.
    const std::optional<Consent> withdrawn = LOTSEN_VALUE(m_workspace->consents().consent(consent.id));
    QCOMPARE(withdrawn->withdrawnOn, kNow.date());
    QCOMPARE(withdrawn->withdrawnNote, u"Tova vill inte längre"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ConsentModel::Status)).toString(), u"Withdrawn on 2026-11-27"_s);
    QVERIFY(model->data(model->index(0, ConsentModel::Scope), Qt::ForegroundRole).isValid());
    QCOMPARE(GuiTest::child<QTableView>(tab, "consentView")->currentIndex().row(), 0);
    QVERIFY(!button("withdrawConsent")->isEnabled());

    // Trying again: the warning is back, and nothing is saved.
    dialog = openContactDialog();
    QVERIFY(dialog);
    chooseRelative(dialog, m_anna);
    QVERIFY2(GuiTest::child<QLabel>(dialog, "contactConsent")->text().startsWith(missing),
             qPrintable(GuiTest::child<QLabel>(dialog, "contactConsent")->text()));
    QVERIFY(!MessageBox::lastText().startsWith(missing)); // the withdrawal's question came last
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().startsWith(missing));
    QVERIFY(dialog->isVisible());
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId)).size(), 1);
    dialog->reject();
}

void TestGuiConsent::overrideNeedsAWrittenReason()
{
    ContactDialog* dialog = openContactDialog();
    QVERIFY(dialog);
    chooseRelative(dialog, 0); // not named
    MessageBox::setNextAnswer(QMessageBox::Ignore);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().startsWith(ConsentRules::missingText(relatives())));

    auto* ask = waitForChild<QInputDialog>(dialog);
    QVERIFY(ask);
    QCOMPARE(ask->objectName(), u"consentOverrideDialog"_s);
    QPushButton* ok = ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a reason is required
    ask->setTextValue(u"   "_s);
    QVERIFY(!ok->isEnabled());
    ask->setTextValue(u"Mamma ringde, orolig för Tova"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(!GuiTest::child<TimelineTab>(m_card.get(), "timelineTab")->findChild<ContactDialog*>());
    const QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId));
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().withWhom, ContactWith::Relative);
    QCOMPARE(contacts.first().networkPersonId, 0);
    QCOMPARE(contacts.first().consentId, 0);
    QCOMPARE(contacts.first().consentOverride, u"Mamma ringde, orolig för Tova"_s);
    QVERIFY(LOTSEN_VALUE(m_workspace->consents().consents(m_youthId)).isEmpty());
}

void TestGuiConsent::questionNamesItsChoices()
{
    ContactDialog* dialog = openContactDialog();
    QVERIFY(dialog);
    chooseRelative(dialog, m_anna);
    // No seam answer: the real question appears, with buttons that say what they do.
    QStringList texts;
    whenModal<QMessageBox>([&texts](QMessageBox* box) {
        for (QAbstractButton* choice : box->buttons()) {
            texts.append(choice->text());
        }
        texts.append(box->text());
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QVERIFY(m_handled);
    QVERIFY2(texts.contains(u"&Record consent now…"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.contains(u"Continue &without consent…"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.last().startsWith(ConsentRules::missingText(relatives())));
    QVERIFY(dialog->isVisible());
    QVERIFY(LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId)).isEmpty());

    // With a valid consent for all relatives, the dialog says so and saves without asking.
    const qint64 consentId = recordConsent(0);
    QVERIFY(consentId != 0);
    dialog->reject();
    dialog = openContactDialog();
    QVERIFY(dialog);
    chooseRelative(dialog, m_anna);
    QCOMPARE(GuiTest::child<QLabel>(dialog, "contactConsent")->text(),
             u"Consent given on 2026-11-17 for contact with relatives."_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel); // must not be used
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!GuiTest::child<TimelineTab>(m_card.get(), "timelineTab")->findChild<ContactDialog*>());
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId)).first().consentId, consentId);
}

void TestGuiConsent::changingKeepsTheReasonGiven()
{
    Contact contact;
    contact.youthId = m_youthId;
    contact.occurredAt = kNow.addSecs(-600);
    contact.kind = ContactKind::Phone;
    contact.withWhom = ContactWith::Relative;
    contact.networkPersonId = m_anna;
    contact.staffId = m_maja;
    contact.consentOverride = u"Akut oro, Tova nåddes inte"_s;
    QVERIFY(m_workspace->contacts().log(contact).ok());

    // Changing the note of the entry keeps the relative and the reason it was saved with, and asks nothing.
    auto* timeline = GuiTest::child<TimelineTab>(m_card.get(), "timelineTab");
    m_card->tabs()->setCurrentWidget(timeline);
    auto* model = GuiTest::child<TimelineModel>(timeline, "model");
    const int row = model->rowOfContact(contact.id);
    QVERIFY(row >= 0);
    GuiTest::child<QTableView>(timeline, "timelineView")->setCurrentIndex(model->index(row, 0));
    timeline->findChild<QAction*>(u"changeEntryAction"_s)->trigger();
    auto* dialog = waitForChild<ContactDialog>(timeline);
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QComboBox>(dialog, "contactRelative")->currentData().toLongLong(), m_anna);
    QCOMPARE(GuiTest::child<QLabel>(dialog, "contactConsent")->text(),
             u"Without consent. Reason: Akut oro, Tova nåddes inte"_s);
    dialog->noteEdit()->setPlainText(u"Mamma ringer tillbaka i morgon"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel); // must not be used
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!timeline->findChild<ContactDialog*>());
    const std::optional<Contact> changed = LOTSEN_VALUE(m_workspace->contacts().load(contact.id));
    QCOMPARE(changed->note, u"Mamma ringer tillbaka i morgon"_s);
    QCOMPARE(changed->networkPersonId, m_anna);
    QCOMPARE(changed->consentOverride, u"Akut oro, Tova nåddes inte"_s);
}

void TestGuiConsent::consentDialogRefusesBadInput()
{
    NetworkTab* tab = openNetworkTab();
    QTest::mouseClick(button("recordConsent"), Qt::LeftButton);
    auto* dialog = waitForChild<ConsentDialog>(tab);
    QVERIFY(dialog);
    QPushButton* save = dialog->findChild<QPushButton*>(u"consentSave"_s);

    // A verbal consent needs a witness; the witness field shows only for a verbal one.
    auto* witnessEdit = GuiTest::child<QLineEdit>(dialog, "consentWitness");
    QVERIFY(!witnessEdit->isVisibleTo(dialog));
    auto* formCombo = GuiTest::child<QComboBox>(dialog, "consentForm");
    formCombo->setCurrentIndex(formCombo->findData(static_cast<int>(ConsentForm::Verbal)));
    QVERIFY(witnessEdit->isVisibleTo(dialog));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* errorLabel = GuiTest::child<QLabel>(dialog, "consentError");
    QVERIFY(errorLabel->isVisibleTo(dialog));
    QVERIFY(errorLabel->text().contains(u"witness"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->consents().consents(m_youthId)).isEmpty());

    // A partner consent names the organisation.
    witnessEdit->setText(u"Olle Coach"_s);
    auto* scopeCombo = GuiTest::child<QComboBox>(dialog, "consentScope");
    scopeCombo->setCurrentIndex(scopeCombo->findData(static_cast<int>(ConsentScope::Partner)));
    QVERIFY(GuiTest::child<QComboBox>(dialog, "consentPartner")->isVisibleTo(dialog));
    QVERIFY(!GuiTest::child<QComboBox>(dialog, "consentRelative")->isVisibleTo(dialog));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(errorLabel->text().contains(u"partner organisation"_s));
    QVERIFY(LOTSEN_VALUE(m_workspace->consents().consents(m_youthId)).isEmpty());

    // "Other" needs a description.
    scopeCombo->setCurrentIndex(scopeCombo->findData(static_cast<int>(ConsentScope::Other)));
    auto* otherTextEdit = GuiTest::child<QLineEdit>(dialog, "consentOtherText");
    QVERIFY(otherTextEdit->isVisibleTo(dialog));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(errorLabel->text(), u"Describe what the consent covers."_s);
    QVERIFY(LOTSEN_VALUE(m_workspace->consents().consents(m_youthId)).isEmpty());

    // Filled in, it is saved, listed and selected.
    otherTextEdit->setText(u"Medverkan i lokaltidningen"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ConsentDialog*>());
    const QList<Consent> consents = LOTSEN_VALUE(m_workspace->consents().consents(m_youthId));
    QCOMPARE(consents.size(), 1);
    QCOMPARE(consents.first().form, ConsentForm::Verbal);
    QCOMPARE(consents.first().witness, u"Olle Coach"_s);
    QCOMPARE(consents.first().otherText, u"Medverkan i lokaltidningen"_s);
    auto* consentModel = GuiTest::child<ConsentModel>(tab, "consentModel");
    QCOMPARE(GuiTest::child<QTableView>(tab, "consentView")->currentIndex().row(),
             consentModel->rowOfConsent(consents.first().id));
    QCOMPARE(consentModel->data(consentModel->index(0, ConsentModel::Form)).toString(),
             u"Verbal (witness: Olle Coach)"_s);
    // No way to delete a consent.
    QVERIFY(!tab->findChild<QPushButton*>(u"deleteConsent"_s));
}

void TestGuiConsent::guardianOfferedOnlyUnderEighteen()
{
    // Tova is 17: her legal guardian can give consent.
    ConsentDialog minor(*m_workspace, m_youthId);
    QVERIFY(minor.offersGuardians());
    auto* givenByCombo = GuiTest::child<QComboBox>(&minor, "consentGivenBy");
    QVERIFY(givenByCombo->isVisibleTo(&minor));
    QCOMPARE(givenByCombo->count(), 2);
    QCOMPARE(givenByCombo->itemData(1).toLongLong(), m_anna);
    givenByCombo->setCurrentIndex(1);
    auto* scopeCombo = GuiTest::child<QComboBox>(&minor, "consentScope");
    scopeCombo->setCurrentIndex(scopeCombo->findData(static_cast<int>(ConsentScope::Photos)));
    minor.accept();
    QCOMPARE(minor.result(), int(QDialog::Accepted));
    QCOMPARE(LOTSEN_VALUE(m_workspace->consents().consent(minor.savedId()))->guardianId, m_anna);
    NetworkTab* tab = openNetworkTab();
    auto* consentModel = GuiTest::child<ConsentModel>(tab, "consentModel");
    QCOMPARE(consentModel->data(consentModel->index(0, ConsentModel::GivenBy)).toString(),
             u"Anna Testberg (guardian)"_s);

    // A youth of 22: the youth gives consent, a guardian is not offered.
    Youth adult;
    adult.firstName = u"Vuxen"_s;
    adult.lastName = u"Testberg"_s;
    adult.birthDate = QDate(2004, 1, 1);
    QVERIFY(m_workspace->youths().save(adult).ok());
    NetworkPerson parent;
    parent.youthId = adult.id;
    parent.name = u"Förälder Testberg"_s;
    parent.legalGuardian = true;
    QVERIFY(m_workspace->network().save(parent).ok());
    ConsentDialog grownUp(*m_workspace, adult.id);
    QVERIFY(!grownUp.offersGuardians());
    QVERIFY(!GuiTest::child<QComboBox>(&grownUp, "consentGivenBy")->isVisibleTo(&grownUp));
    QCOMPARE(grownUp.consent().guardianId, 0);

    // Unknown birth date: not known to be a minor, so no guardian either.
    Youth unknown;
    unknown.firstName = u"Okänd"_s;
    unknown.lastName = u"Testberg"_s;
    QVERIFY(m_workspace->youths().save(unknown).ok());
    ConsentDialog noDate(*m_workspace, unknown.id);
    QVERIFY(!noDate.offersGuardians());
}

void TestGuiConsent::networkPersonsAddChangeRemove()
{
    NetworkTab* tab = openNetworkTab();
    QTest::mouseClick(button("addNetworkPerson"), Qt::LeftButton);
    auto* dialog = waitForChild<NetworkPersonDialog>(tab);
    QVERIFY(dialog);
    QPushButton* save = dialog->findChild<QPushButton*>(u"networkPersonSave"_s);
    // Nothing is saved without a name, or with a broken e-mail address.
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(GuiTest::child<QLabel>(dialog, "networkPersonError")->isVisibleTo(dialog));
    QVERIFY(!GuiTest::child<QLabel>(dialog, "networkPersonError")->text().isEmpty());
    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "networkPersonName"), u"Bo Testberg"_s);
    GuiTest::child<QComboBox>(dialog, "networkPersonRelation")
        ->setCurrentIndex(
            GuiTest::child<QComboBox>(dialog, "networkPersonRelation")->findData(static_cast<int>(Relation::Sibling)));
    GuiTest::child<QLineEdit>(dialog, "networkPersonEmail")->setText(u"bo@"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(LOTSEN_VALUE(m_workspace->network().persons(m_youthId)).size(), 1);
    GuiTest::child<QLineEdit>(dialog, "networkPersonEmail")->setText(u"bo@example.se"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<NetworkPersonDialog*>());

    NetworkModel* model = GuiTest::child<NetworkModel>(tab, "networkModel");
    QCOMPARE(model->rowCount(), 2);
    const int bo = model->rowOfPerson(model->personAt(1)->id);
    QCOMPARE(model->data(model->index(bo, NetworkModel::Name)).toString(), u"Bo Testberg"_s);
    QCOMPARE(model->data(model->index(bo, NetworkModel::Relation)).toString(), u"Sibling"_s);
    QCOMPARE(model->data(model->index(bo, NetworkModel::Email)).toString(), u"bo@example.se"_s);
    auto* networkView = GuiTest::child<QTableView>(tab, "networkView");
    QCOMPARE(networkView->currentIndex().row(), bo);

    // Change: Enter on the row opens him; make him a legal guardian.
    QTest::keyClick(networkView, Qt::Key_Return);
    dialog = waitForChild<NetworkPersonDialog>(tab);
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QLineEdit>(dialog, "networkPersonName")->text(), u"Bo Testberg"_s);
    GuiTest::child<QCheckBox>(dialog, "networkPersonLegalGuardian")->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"networkPersonSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<NetworkPersonDialog*>());
    QCOMPARE(
        model->data(model->index(model->rowOfPerson(model->personAt(bo)->id), NetworkModel::LegalGuardian)).toString(),
        u"Yes"_s);

    // Bo is named by nothing: he can be removed.
    const qint64 boId = model->personAt(bo)->id;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button("removeNetworkPerson"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"Bo Testberg"_s));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOfPerson(boId), -1);

    // Anna is named by a consent: the repository refuses, and the tab says why.
    QVERIFY(recordConsent(m_anna) != 0);
    networkView->setCurrentIndex(model->index(model->rowOfPerson(m_anna), 0));
    QString warning;
    whenModal<QMessageBox>([&warning](QMessageBox* box) {
        warning = box->text();
        box->accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Yes); // the question; the warning then shows itself
    QTest::mouseClick(button("removeNetworkPerson"), Qt::LeftButton);
    QVERIFY(m_handled);
    QVERIFY2(warning.contains(u"Anna Testberg"_s), qPrintable(warning));
    QCOMPARE(model->rowCount(), 1);
}

void TestGuiConsent::partnerContactsLinkAndUnlink()
{
    PartnerOrganisation organisation;
    organisation.name = u"Arbetsförmedlingen"_s;
    organisation.kind = PartnerKind::EmploymentService;
    QVERIFY(m_workspace->partners().saveOrganisation(organisation).ok());
    PartnerPerson person;
    person.organisationId = organisation.id;
    person.name = u"Karin Handläggare"_s;
    person.role = u"Handläggare"_s;
    QVERIFY(m_workspace->partners().savePerson(person).ok());

    NetworkTab* tab = openNetworkTab();
    QListWidget* list = GuiTest::child<QListWidget>(tab, "partnerContactList");
    QCOMPARE(list->count(), 0);
    QVERIFY(!button("unlinkPartnerContact")->isEnabled());
    QTest::mouseClick(button("linkPartnerContact"), Qt::LeftButton);
    auto* ask = waitForChild<QInputDialog>(tab);
    QVERIFY(ask);
    QCOMPARE(ask->comboBoxItems(), QStringList { u"Karin Handläggare, Handläggare – Arbetsförmedlingen"_s });
    QTest::mouseClick(ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Karin Handläggare, Handläggare – Arbetsförmedlingen"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->network().partnerContacts(m_youthId)).size(), 1);

    // Everyone is linked now: nothing more to choose.
    QTRY_VERIFY(!tab->findChild<QInputDialog*>());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button("linkPartnerContact"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"no other contact person"_s));

    list->setCurrentRow(0);
    QVERIFY(button("unlinkPartnerContact")->isEnabled());
    QTest::mouseClick(button("unlinkPartnerContact"), Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(LOTSEN_VALUE(m_workspace->network().partnerContacts(m_youthId)).isEmpty());
}

void TestGuiConsent::consentFormPrintPreview()
{
    QVERIFY(recordConsent(0) != 0);
    NetworkTab* tab = openNetworkTab();
    const std::unique_ptr<QTextDocument> document = LOTSEN_VALUE(tab->consentDocument());
    QVERIFY(document);
    const QString text = document->toPlainText();
    QVERIFY2(text.contains(u"Tova Testberg"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"Anna Testberg"_s), qPrintable(text.left(400))); // the guardian signs too

    bool previewShown = false;
    whenModal<QPrintPreviewDialog>([&previewShown](QPrintPreviewDialog* preview) {
        previewShown = true;
        preview->reject();
    });
    QTest::mouseClick(button("printConsentForm"), Qt::LeftButton);
    QVERIFY(previewShown);
}

QTEST_MAIN(TestGuiConsent)
#include "tst_gui_consent.moc"
