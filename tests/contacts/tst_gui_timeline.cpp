// GUI test of the youth card's Timeline tab: log a contact through the dialog and see it in the timeline and as
// "Last contact" in the register; an attempt in two keystrokes; change within the edit window, correct after it;
// strike out with a reason.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Account.h"
#include "contacts/ContactDialog.h"
#include "contacts/TimelineModel.h"
#include "contacts/TimelineTab.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"
#include "youth/RegisterWidget.h"
#include "youth/YouthCard.h"
#include "youth/YouthListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
} // namespace

class TestGuiTimeline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void timelineTabFollowsPlanAndWaitsForANewYouth();
    void logContactShowsInTimelineAndRegister();
    void attemptInTwoKeystrokes();
    void changeWithinWindowThenCorrect();
    void strikeOutAsksWhyAndKeepsTheEntry();

private:
    TimelineTab* openTimeline();
    ContactDialog* waitForContactDialog();
    void selectRow(int row);
    QString registerCell(int column) const;
    QAction* action(const char* name) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<YouthCard> m_card;
    std::unique_ptr<RegisterWidget> m_register;
    qint64 m_youthId = 0;
    qint64 m_maja = 0;
    qint64 m_olle = 0;
};

void TestGuiTimeline::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"timeline.lotsen"_s));
    m_workspace = &m_fixture->workspace();
    m_maja = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    m_olle = m_workspace->staff().add(u"Olle Coach"_s).valueOr(0);
    m_youthId = m_fixture->addYouth(u"Tova"_s, u"Testberg"_s, m_maja);
    QVERIFY(m_youthId != 0);

    m_register = std::make_unique<RegisterWidget>(*m_workspace);
    m_card = std::make_unique<YouthCard>(*m_workspace, m_youthId);
    m_card->resize(1100, 800);
    m_card->show();
    QVERIFY(QTest::qWaitForWindowActive(m_card.get()));
}

void TestGuiTimeline::cleanup()
{
    GuiTest::resetSeams();
    m_card.reset();
    m_register.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

TimelineTab* TestGuiTimeline::openTimeline()
{
    auto* timelineTab = GuiTest::child<TimelineTab>(m_card.get(), "timelineTab");
    m_card->tabs()->setCurrentWidget(timelineTab);
    GuiTest::child<QTableView>(timelineTab, "timelineView")->setFocus();
    return timelineTab;
}

ContactDialog* TestGuiTimeline::waitForContactDialog()
{
    ContactDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = GuiTest::child<TimelineTab>(m_card.get(), "timelineTab")->findChild<ContactDialog*>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void TestGuiTimeline::selectRow(int row)
{
    QTableView* view
        = GuiTest::child<QTableView>(GuiTest::child<TimelineTab>(m_card.get(), "timelineTab"), "timelineView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectRow(row);
}

QString TestGuiTimeline::registerCell(int column) const
{
    YouthListModel* model = m_register->model();
    const int row = model->rowOf(m_youthId);
    return row < 0 ? u"<missing>"_s : model->data(model->index(row, column)).toString();
}

QAction* TestGuiTimeline::action(const char* name) const
{
    return GuiTest::child<TimelineTab>(m_card.get(), "timelineTab")->findChild<QAction*>(QLatin1String(name));
}

void TestGuiTimeline::timelineTabFollowsPlanAndWaitsForANewYouth()
{
    QTabWidget* tabs = m_card->tabs();
    QCOMPARE(tabs->tabText(0), u"Personal data"_s);
    QCOMPARE(tabs->tabText(1), u"Action plan"_s);
    QCOMPARE(tabs->tabText(2), u"Timeline"_s);
    QCOMPARE(tabs->widget(2), GuiTest::child<TimelineTab>(m_card.get(), "timelineTab"));
    QVERIFY(tabs->isTabEnabled(2));
    QCOMPARE(action("logContactAction")->shortcut(), QKeySequence(u"Ctrl+K"_s));

    // A youth that is not saved yet has no timeline.
    YouthCard fresh(*m_workspace, 0);
    QVERIFY(!fresh.tabs()->isTabEnabled(fresh.tabs()->indexOf(GuiTest::child<TimelineTab>(&fresh, "timelineTab"))));
    QCOMPARE(GuiTest::child<TimelineModel>(GuiTest::child<TimelineTab>(&fresh, "timelineTab"), "model")->rowCount(), 0);
}

void TestGuiTimeline::logContactShowsInTimelineAndRegister()
{
    // Olle, a coordinator, logs a contact with Maja's youth: the contact is his, and he registered it.
    const Account olle = m_fixture->logInAsStaff(u"olle"_s, u"Olle Coach"_s, m_olle, Role::Coordinator);
    QVERIFY(olle.id != 0);
    TimelineTab* tab = openTimeline();
    auto* emptyText = tab->findChild<QLabel*>(u"timelineEmptyText"_s);
    QVERIFY(emptyText->isVisible());
    QVERIFY(emptyText->text().contains(u"never deleted"_s));
    // "Registered as Active" and the participation period that started.
    QCOMPARE(GuiTest::child<TimelineModel>(tab, "model")->rowCount(), 2);
    QVERIFY(registerCell(YouthListModel::LastContact).isEmpty());

    // Ctrl+K from the timeline opens the dialog with the logged-in person preset, not the youth's mentor.
    auto* view = GuiTest::child<QTableView>(tab, "timelineView");
    QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
    ContactDialog* dialog = waitForContactDialog();
    QVERIFY(dialog);
    auto* staff = dialog->findChild<QComboBox*>(u"contactStaff"_s);
    QCOMPARE(staff->currentText(), u"Olle Coach"_s);
    QComboBox* kind = GuiTest::child<QComboBox>(dialog, "contactKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(ContactKind::Phone)));
    dialog->noteEdit()->setFocus();
    QTest::keyClicks(dialog->noteEdit(), u"Pratade om CV och praktik"_s);
    GuiTest::child<OptionalDateEdit>(dialog, "contactNextPlanned")->setOptionalDate(QDate(2026, 12, 4));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ContactDialog*>());

    // In the timeline, on top and selected, with the note and the planned date.
    TimelineModel* model = GuiTest::child<TimelineModel>(tab, "model");
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->data(model->index(0, TimelineModel::Kind)).toString(), u"Phone call"_s);
    QCOMPARE(model->data(model->index(0, TimelineModel::When)).toString(), u"2026-11-27 10:00"_s);
    QCOMPARE(model->data(model->index(0, TimelineModel::Staff)).toString(), u"Olle Coach"_s);
    QCOMPARE(model->data(model->index(0, TimelineModel::RegisteredBy)).toString(), u"Olle Coach"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId)).first().registeredBy, olle.id);
    QCOMPARE(model->data(model->index(0, TimelineModel::Note)).toString(),
             u"Pratade om CV och praktik\nNext planned: 2026-12-04"_s);
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!emptyText->isVisible());

    // And in the register, at once.
    QCOMPARE(registerCell(YouthListModel::LastContact), u"2026-11-27"_s);
    QCOMPARE(registerCell(YouthListModel::NextPlanned), u"2026-12-04"_s);
}

void TestGuiTimeline::attemptInTwoKeystrokes()
{
    TimelineTab* tab = openTimeline();
    QTest::keyClick(GuiTest::child<QTableView>(tab, "timelineView"), Qt::Key_K,
                    Qt::ControlModifier | Qt::ShiftModifier);
    ContactDialog* dialog = waitForContactDialog();
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QComboBox>(dialog, "contactKind")->currentData().toInt(),
             static_cast<int>(ContactKind::Attempt));
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!tab->findChild<ContactDialog*>());

    TimelineModel* model = GuiTest::child<TimelineModel>(tab, "model");
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->data(model->index(0, 0), TimelineModel::AttemptRole).toBool());
    QCOMPARE(model->data(model->index(0, TimelineModel::Kind)).toString(), u"Attempt without answer"_s);
    // An attempt is not contact: the register's "Last contact" stays empty.
    QVERIFY(registerCell(YouthListModel::LastContact).isEmpty());
}

void TestGuiTimeline::changeWithinWindowThenCorrect()
{
    Contact contact;
    contact.youthId = m_youthId;
    contact.occurredAt = kNow.addSecs(-1800);
    contact.kind = ContactKind::Meeting;
    contact.staffId = m_olle;
    contact.note = u"Forsta anteckningen"_s;
    QVERIFY(m_workspace->contacts().log(contact).ok());

    TimelineTab* tab = openTimeline();
    TimelineModel* model = GuiTest::child<TimelineModel>(tab, "model");
    selectRow(model->rowOfContact(contact.id));
    QVERIFY(action("changeEntryAction")->isEnabled());
    QVERIFY(action("correctEntryAction")->isEnabled());

    // Enter on an entry still in its window changes it.
    auto* view = GuiTest::child<QTableView>(tab, "timelineView");
    QTest::keyClick(view, Qt::Key_Return);
    ContactDialog* dialog = waitForContactDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->noteEdit()->toPlainText(), u"Forsta anteckningen"_s);
    dialog->noteEdit()->setPlainText(u"Ändrad anteckning"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ContactDialog*>());
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId)).size(), 1);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(contact.id))->note, u"Ändrad anteckning"_s);
    QCOMPARE(model->data(model->index(model->rowOfContact(contact.id), TimelineModel::Note)).toString(),
             u"Ändrad anteckning"_s);

    // Two days later Maja, who did not write it, can only correct it.
    Clock::setFixedNow(kNow.addDays(2));
    LOTSEN_VERIFY_OK(model->refresh());
    const int row = model->rowOfContact(contact.id);
    selectRow(row);
    QVERIFY(!action("changeEntryAction")->isEnabled());
    QVERIFY(action("correctEntryAction")->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(MessageBox::lastText().contains(u"can no longer be changed"_s));
    dialog = waitForContactDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().startsWith(u"Correct entry"_s));
    // The correction starts from the original's time, not from now.
    QCOMPARE(GuiTest::child<QDateTimeEdit>(dialog, "contactWhen")->dateTime(), contact.occurredAt);
    dialog->noteEdit()->setPlainText(u"Mötet var på biblioteket"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<ContactDialog*>());

    const QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(m_youthId));
    QCOMPARE(contacts.size(), 2);
    const qint64 correctionId = contacts.first().correctsId == contact.id ? contacts.first().id : contacts.last().id;
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(correctionId))->correctsId, contact.id);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(correctionId))->occurredAt, contact.occurredAt);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().load(contact.id))->note,
             u"Ändrad anteckning"_s); // the original stays
    const int correctionRow = model->rowOfContact(correctionId);
    QCOMPARE(view->currentIndex().row(), correctionRow);
    QVERIFY(model->data(model->index(correctionRow, 0), TimelineModel::CorrectsRole)
                .toString()
                .startsWith(u"Corrects the entry of 2026-11-27 09:30"_s));
}

void TestGuiTimeline::strikeOutAsksWhyAndKeepsTheEntry()
{
    Contact contact;
    contact.youthId = m_youthId;
    contact.occurredAt = kNow.addDays(-3);
    contact.kind = ContactKind::Sms;
    QVERIFY(m_workspace->contacts().log(contact).ok());
    QCOMPARE(registerCell(YouthListModel::LastContact), u"2026-11-24"_s);
    // Olle is logged in: the strike-out names him.
    QVERIFY(m_fixture->logInAsStaff(u"olle"_s, u"Olle Coach"_s, m_olle).id != 0);

    TimelineTab* tab = openTimeline();
    TimelineModel* model = GuiTest::child<TimelineModel>(tab, "model");
    selectRow(model->rowOfContact(contact.id));
    QVERIFY(action("strikeEntryAction")->isEnabled());
    action("strikeEntryAction")->trigger();
    QInputDialog* ask = nullptr;
    QTRY_VERIFY((ask = tab->findChild<QInputDialog*>()) && ask->isVisible());
    QVERIFY(ask->labelText().contains(u"2026-11-24 10:00"_s));
    ask->setTextValue(u"Fel ungdom"_s);
    QTest::mouseClick(ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!tab->findChild<QInputDialog*>());

    // Still there, struck, with who and why; nothing more to do with it.
    const int row = model->rowOfContact(contact.id);
    QVERIFY(row >= 0);
    QVERIFY(model->data(model->index(row, 0), TimelineModel::StruckRole).toBool());
    QVERIFY(model->data(model->index(row, 0), Qt::ToolTipRole).toString().contains(u"by Olle Coach: Fel ungdom"_s));
    QCOMPARE(GuiTest::child<QTableView>(tab, "timelineView")->currentIndex().row(), row);
    QVERIFY(!action("strikeEntryAction")->isEnabled());
    QVERIFY(!action("correctEntryAction")->isEnabled());
    QVERIFY(!action("changeEntryAction")->isEnabled());
    QVERIFY(registerCell(YouthListModel::LastContact).isEmpty());
}

QTEST_MAIN(TestGuiTimeline)
#include "tst_gui_timeline.moc"
