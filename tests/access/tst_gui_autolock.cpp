// GUI tests of auto-lock: the real main window under the offscreen platform, with an administrator and a
// coordinator account, a youth card with an unsaved edit, and a lock interval of milliseconds.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "core/SettingsPage.h"
#include "core/Workspace.h"
#include "shell/AutoLock.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <memory>

using namespace lotsen;

namespace {
const QString AdminPassword = QStringLiteral("anna-secret-2026");
const QString CoordinatorPassword = QStringLiteral("bosse-secret-2026");
} // namespace

class TestGuiAutoLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inactivityLocksAndHidesTheCard();
    void inputPostponesTheLock();
    void wrongPasswordKeepsItLockedAndRightOneRestoresTheEdit();
    void ctrlLAndToolbarLockOnDemand();
    void otherWindowsAreHiddenAndComeBack();
    void openQuestionIsCancelledNotAnsweredDiscard();
    void anotherUserDiscardsTheEdits();
    void switchingUserLogsWhetherAnythingWasDiscarded();
    void wrongPasswordForAnotherUserDiscardsNothing();
    void nothingLocksWithoutAccessControl();
    void quittingWhileLockedAsksWithoutNames();
    void quitLogsOut();
    void autoLockMinutesIsACentreSetting();

private:
    Session& session() { return m_workspace->session(); }
    YouthsPage* youthsPage() const { return GuiTest::child<YouthsPage>(m_window.get(), "youthsPage"); }
    LockScreen* lockScreen() const { return GuiTest::child<LockScreen>(m_window.get(), "lockScreen"); }
    QLineEdit* lastNameField() const;
    void typeInto(QWidget* widget, const QString& text);
    int logEntries(AccessAction action) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    qint64 m_youthId = 0;
    YouthCard* m_card = nullptr;
};

void TestGuiAutoLock::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open());
    m_workspace = &m_fixture->workspace();

    Account admin;
    admin.username = QStringLiteral("anna");
    admin.displayName = QStringLiteral("Anna Admin");
    QVERIFY(m_fixture->addAdministrator(admin, AdminPassword));
    Account coordinator;
    coordinator.username = QStringLiteral("bosse");
    coordinator.displayName = QStringLiteral("Bosse Koordinator");
    coordinator.role = Role::Coordinator;
    QVERIFY(m_fixture->addAccount(admin, coordinator, CoordinatorPassword));
    QVERIFY(session().hasAccessControl());
    QVERIFY(session().logIn(QStringLiteral("anna"), AdminPassword).ok);

    m_youthId = m_fixture->addYouth(QStringLiteral("Ulla"), QStringLiteral("Osparad"));
    QVERIFY(m_youthId != 0);

    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(MainWindow::YouthsPageIndex);
    m_card = youthsPage()->openYouth(m_youthId);
    QVERIFY(m_card);
    typeInto(lastNameField(), QStringLiteral("x"));
    QVERIFY(m_card->isDirty());
    QVERIFY(m_card->isVisible());
}

void TestGuiAutoLock::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::Discard); // closing the window must not ask
    m_card = nullptr;
    m_window.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_workspace = nullptr;
    m_fixture.reset();
}

QLineEdit* TestGuiAutoLock::lastNameField() const
{
    return m_card ? m_card->personalDataForm()->findChild<QLineEdit*>(QStringLiteral("lastName")) : nullptr;
}

void TestGuiAutoLock::typeInto(QWidget* widget, const QString& text)
{
    QVERIFY(widget);
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

int TestGuiAutoLock::logEntries(AccessAction action) const
{
    AccessLog::Filter filter;
    filter.action = action;
    return int(m_workspace->accessLog().entries(filter)->size());
}

void TestGuiAutoLock::inactivityLocksAndHidesTheCard()
{
    auto* autoLock = GuiTest::child<AutoLock>(m_window.get(), "autoLock");
    QVERIFY(autoLock->isArmed());
    autoLock->setIntervalForTest(200);
    QVERIFY(!session().isLocked());

    // No input: within a few intervals the session locks and the card goes out of sight.
    QTRY_VERIFY_WITH_TIMEOUT(session().isLocked(), 3000);
    QVERIFY(m_window->isShowingLockScreen());
    QVERIFY(lockScreen()->isVisible());
    QVERIFY(!m_card->isVisible());
    QVERIFY(!lastNameField()->isVisible());
    QVERIFY(!youthsPage()->isVisible());
    QVERIFY(!autoLock->isArmed());
    QCOMPARE(logEntries(AccessAction::Lock), 1);

    // The lock screen names the user, and nothing else than Quit can be triggered from the menus.
    auto* user = lockScreen()->findChild<QLabel*>(QStringLiteral("lockedUser"));
    QVERIFY(user);
    QVERIFY(user->text().contains(QStringLiteral("Anna Admin")));
    QVERIFY(!user->text().contains(QStringLiteral("Osparad")));
    auto* newYouth = m_window->findChild<QAction*>(QStringLiteral("newYouthAction"));
    QVERIFY(newYouth);
    QVERIFY(!newYouth->isEnabled());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    const bool quitEnabled = std::any_of(actions.begin(), actions.end(), [](const QAction* action) {
        return action->menuRole() == QAction::QuitRole && action->isEnabled();
    });
    QVERIFY(quitEnabled);
    QVERIFY(lockScreen()->passwordField()->hasFocus());
}

void TestGuiAutoLock::inputPostponesTheLock()
{
    // Typing and moving the mouse restarts the countdown each time, and the session stays open; when the input
    // stops, the countdown runs out and locks. (Driven, not waited for: a fixed wait against a short interval
    // fails on a busy machine.)
    AutoLock* autoLock = GuiTest::child<AutoLock>(m_window.get(), "autoLock");
    for (int i = 0; i < 8; ++i) {
        const int restarts = autoLock->restartsByInput();
        if (i % 2 == 0) {
            QTest::keyClick(lastNameField(), Qt::Key_End);
        } else {
            QTest::mouseMove(youthsPage(), QPoint(10 + i, 10 + i));
        }
        QVERIFY2(autoLock->restartsByInput() > restarts, "input did not restart the countdown");
        QVERIFY2(!session().isLocked(), "locked despite input");
    }
    QVERIFY(autoLock->isArmed());
    autoLock->expireForTest();
    QVERIFY(session().isLocked());
}

void TestGuiAutoLock::wrongPasswordKeepsItLockedAndRightOneRestoresTheEdit()
{
    auto* autoLock = GuiTest::child<AutoLock>(m_window.get(), "autoLock");
    autoLock->setIntervalForTest(200);
    QTRY_VERIFY_WITH_TIMEOUT(session().isLocked(), 3000);

    QLabel* error = GuiTest::child<QLabel>(lockScreen(), "lockError");
    QVERIFY(!error->isVisible());
    typeInto(lockScreen()->passwordField(), QStringLiteral("not-the-password"));
    QTest::keyClick(lockScreen()->passwordField(), Qt::Key_Return);
    QVERIFY(session().isLocked());
    QVERIFY(m_window->isShowingLockScreen());
    QVERIFY(!m_card->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(lockScreen()->passwordField()->text().isEmpty());
    QCOMPARE(logEntries(AccessAction::Unlock), 0);

    typeInto(lockScreen()->passwordField(), AdminPassword);
    QTest::keyClick(lockScreen()->passwordField(), Qt::Key_Return);
    QVERIFY(!session().isLocked());
    QVERIFY(!m_window->isShowingLockScreen());
    QCOMPARE(logEntries(AccessAction::Unlock), 1);

    // Exactly as before: the same page, the same card in front, the unsaved edit still in the field.
    QCOMPARE(m_window->currentPage(), MainWindow::YouthsPageIndex);
    QCOMPARE(youthsPage()->cards().size(), 1);
    QCOMPARE(youthsPage()->currentCard(), m_card);
    QVERIFY(m_card->isVisible());
    QVERIFY(lastNameField()->isVisible());
    QCOMPARE(lastNameField()->text(), QStringLiteral("Osparadx"));
    QVERIFY(m_card->isDirty());
    QVERIFY(lastNameField()->hasFocus());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("newYouthAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    QVERIFY(autoLock->isArmed());
    // Nothing was written to the database by the lock.
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_youthId))->lastName, QStringLiteral("Osparad"));
}

void TestGuiAutoLock::ctrlLAndToolbarLockOnDemand()
{
    QAction* lock = m_window->findChild<QAction*>(QStringLiteral("lockAction"));
    QVERIFY(lock);
    auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->actions().contains(lock));
    QVERIFY(toolBar->isVisible());

    QVERIFY(!session().isLocked());
    QTest::keyClick(lastNameField(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(session().isLocked());
    QVERIFY(!m_card->isVisible());

    typeInto(lockScreen()->passwordField(), AdminPassword);
    QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen(), "unlockButton"), Qt::LeftButton);
    QVERIFY(!session().isLocked());
    QCOMPARE(lastNameField()->text(), QStringLiteral("Osparadx"));

    // The toolbar button is the same action.
    lock->trigger();
    QVERIFY(session().isLocked());
    QVERIFY(m_window->isShowingLockScreen());
}

void TestGuiAutoLock::otherWindowsAreHiddenAndComeBack()
{
    auto* dialog = new QDialog(m_window.get());
    dialog->setObjectName(QStringLiteral("someDialog"));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    session().lock();
    QVERIFY(!dialog->isVisible());
    typeInto(lockScreen()->passwordField(), AdminPassword);
    QTest::keyClick(lockScreen()->passwordField(), Qt::Key_Return);
    QVERIFY(!session().isLocked());
    QVERIFY(dialog->isVisible());

    // For another user it is closed instead.
    session().lock();
    QVERIFY(!dialog->isVisible());
    QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen(), "switchUserButton"), Qt::LeftButton);
    typeInto(GuiTest::child<QLineEdit>(lockScreen(), "switchUsername"), QStringLiteral("bosse"));
    typeInto(GuiTest::child<QLineEdit>(lockScreen(), "switchPassword"), CoordinatorPassword);
    QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen(), "switchLogInButton"), Qt::LeftButton);
    QVERIFY(!session().isLocked());
    QVERIFY(!dialog->isVisible());
}

void TestGuiAutoLock::openQuestionIsCancelledNotAnsweredDiscard()
{
    // The user asked to close the card with an unsaved edit and left the question open: a real message box, in its
    // own event loop. The lock must not let it end as anything but Cancel. The countdown runs out while the box
    // is open, and only then.
    bool finished = false;
    bool closed = true;
    QTimer::singleShot(0, this, [&] {
        GuiTest::whenModal<QMessageBox>(
            this, [this](QMessageBox*) { GuiTest::child<AutoLock>(m_window.get(), "autoLock")->expireForTest(); });
        closed = youthsPage()->closeCard(GuiTest::child<QTabWidget>(youthsPage(), "youthTabs")->indexOf(m_card));
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QVERIFY(session().isLocked());
    QVERIFY(!closed);
    QCOMPARE(youthsPage()->cards().size(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget* window : windows) {
        QVERIFY2(window == m_window.get() || !window->isVisible() || window->windowType() == Qt::ToolTip,
                 qPrintable(window->objectName() + QStringLiteral(" visible while locked")));
    }

    typeInto(lockScreen()->passwordField(), AdminPassword);
    QTest::keyClick(lockScreen()->passwordField(), Qt::Key_Return);
    QVERIFY(!session().isLocked());
    QCOMPARE(lastNameField()->text(), QStringLiteral("Osparadx"));
    QVERIFY(m_card->isDirty());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_youthId))->lastName, QStringLiteral("Osparad"));
}

void TestGuiAutoLock::anotherUserDiscardsTheEdits()
{
    auto* autoLock = GuiTest::child<AutoLock>(m_window.get(), "autoLock");
    autoLock->setIntervalForTest(200);
    QTRY_VERIFY_WITH_TIMEOUT(session().isLocked(), 3000);

    auto* switchUsernameField = GuiTest::child<QLineEdit>(lockScreen(), "switchUsername");
    QVERIFY(!switchUsernameField->isVisible());
    QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen(), "switchUserButton"), Qt::LeftButton);
    QVERIFY(switchUsernameField->isVisible());
    typeInto(switchUsernameField, QStringLiteral("bosse"));
    auto* switchPasswordField = GuiTest::child<QLineEdit>(lockScreen(), "switchPassword");
    typeInto(switchPasswordField, CoordinatorPassword);
    QTest::keyClick(switchPasswordField, Qt::Key_Return);

    QVERIFY(!session().isLocked());
    QVERIFY(!m_window->isShowingLockScreen());
    QVERIFY(session().account());
    QCOMPARE(session().account()->username, QStringLiteral("bosse"));
    // The card with Anna's unsaved edit is gone, without a question, and nothing was saved.
    QVERIFY(youthsPage()->cards().isEmpty());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_youthId))->lastName, QStringLiteral("Osparad"));
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
    QCOMPARE(logEntries(AccessAction::SwitchUser), 1);
    AccessLog::Filter filter;
    filter.action = AccessAction::SwitchUser;
    QCOMPARE(m_workspace->accessLog().entries(filter)->constFirst().username, QStringLiteral("anna"));
    QCOMPARE(m_workspace->accessLog().entries(filter)->constFirst().detail, QStringLiteral("unsaved_edits_discarded"));

    // The new user's session auto-locks too, and unlocks with the new user's password.
    QVERIFY(autoLock->isArmed());
    QTRY_VERIFY_WITH_TIMEOUT(session().isLocked(), 3000);
    QVERIFY(lockScreen()
                ->findChild<QLabel*>(QStringLiteral("lockedUser"))
                ->text()
                .contains(QStringLiteral("Bosse Koordinator")));
    typeInto(lockScreen()->passwordField(), CoordinatorPassword);
    QTest::keyClick(lockScreen()->passwordField(), Qt::Key_Return);
    QVERIFY(!session().isLocked());
}

void TestGuiAutoLock::switchingUserLogsWhetherAnythingWasDiscarded()
{
    // Nothing unsaved: the log says so ("unsaved edits discarded" was logged even then).
    youthsPage()->discardAllCards();
    const auto switchTo = [this](const QString& username, const QString& password) {
        session().lock();
        QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen(), "switchUserButton"), Qt::LeftButton);
        typeInto(GuiTest::child<QLineEdit>(lockScreen(), "switchUsername"), username);
        typeInto(GuiTest::child<QLineEdit>(lockScreen(), "switchPassword"), password);
        QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen(), "switchLogInButton"), Qt::LeftButton);
        QVERIFY(!session().isLocked());
    };
    AccessLog::Filter filter;
    filter.action = AccessAction::SwitchUser;
    switchTo(QStringLiteral("bosse"), CoordinatorPassword);
    QCOMPARE(m_workspace->accessLog().entries(filter)->constFirst().detail, QStringLiteral("no_unsaved_edits"));

    // An unsaved change of the centre's settings counts, and is discarded, not saved.
    switchTo(QStringLiteral("anna"), AdminPassword);
    m_window->showPage(MainWindow::SettingsPageIndex);
    auto* spin = GuiTest::child<QSpinBox>(m_window.get(), "autoLockMinutes");
    spin->setValue(33);
    switchTo(QStringLiteral("bosse"), CoordinatorPassword);
    QCOMPARE(m_workspace->accessLog().entries(filter)->constFirst().detail, QStringLiteral("unsaved_edits_discarded"));
    QCOMPARE(m_workspace->centre().autoLockMinutes(), CentreSettings::DefaultAutoLockMinutes);
    QCOMPARE(spin->value(), CentreSettings::DefaultAutoLockMinutes);
}

void TestGuiAutoLock::wrongPasswordForAnotherUserDiscardsNothing()
{
    session().lock();
    QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen(), "switchUserButton"), Qt::LeftButton);
    auto* switchUsernameField = GuiTest::child<QLineEdit>(lockScreen(), "switchUsername");
    typeInto(switchUsernameField, QStringLiteral("bosse"));
    auto* switchPasswordField = GuiTest::child<QLineEdit>(lockScreen(), "switchPassword");
    typeInto(switchPasswordField, QStringLiteral("wrong-password-1"));
    auto* switchLogInButton = GuiTest::child<QPushButton>(lockScreen(), "switchLogInButton");
    QTest::mouseClick(switchLogInButton, Qt::LeftButton);
    QVERIFY(session().isLocked());
    QCOMPARE(session().account()->username, QStringLiteral("anna"));
    QVERIFY(GuiTest::child<QLabel>(lockScreen(), "lockError")->isVisible());
    QCOMPARE(youthsPage()->cards().size(), 1);
    QCOMPARE(logEntries(AccessAction::SwitchUser), 0);

    // The locked user's own name at "another user" is a plain unlock: the edit survives.
    switchUsernameField->clear();
    typeInto(switchUsernameField, QStringLiteral("Anna"));
    typeInto(switchPasswordField, AdminPassword);
    QTest::mouseClick(switchLogInButton, Qt::LeftButton);
    QVERIFY(!session().isLocked());
    QCOMPARE(logEntries(AccessAction::SwitchUser), 0);
    QCOMPARE(lastNameField()->text(), QStringLiteral("Osparadx"));
    QVERIFY(m_card->isVisible());
}

void TestGuiAutoLock::nothingLocksWithoutAccessControl()
{
    // A database without accounts: nobody to unlock as, so neither the timer nor Ctrl+L locks.
    TestWorkspace fixture;
    QVERIFY(fixture.open(QStringLiteral("open.lotsen")));
    Workspace& workspace = fixture.workspace();
    QVERIFY(!workspace.session().hasAccessControl());
    MainWindow window(workspace, false);
    auto* autoLock = GuiTest::child<AutoLock>(&window, "autoLock");
    autoLock->setIntervalForTest(100);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!autoLock->isArmed());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    // Even if the countdown ran out, nobody is locked out.
    autoLock->expireForTest();
    QVERIFY(!workspace.session().isLocked());
    QVERIFY(!window.isShowingLockScreen());
}

void TestGuiAutoLock::autoLockMinutesIsACentreSetting()
{
    CentreSettings& centre = m_workspace->centre();
    QCOMPARE(centre.autoLockMinutes(), 10);
    auto* autoLock = GuiTest::child<AutoLock>(m_window.get(), "autoLock");
    QCOMPARE(autoLock->intervalMs(), 10 * 60 * 1000);
    QVERIFY(centre.setValue(CentreSettings::Key::AutoLockMinutes, 3));
    QCOMPARE(autoLock->intervalMs(), 3 * 60 * 1000);
    QVERIFY(centre.setValue(CentreSettings::Key::AutoLockMinutes, 0));
    QCOMPARE(centre.autoLockMinutes(), 10);

    // The administrator sets it on the Settings page.
    m_window->showPage(MainWindow::SettingsPageIndex);
    auto* spin
        = GuiTest::child<QSpinBox>(GuiTest::child<SettingsPage>(m_window.get(), "settingsPage"), "autoLockMinutes");
    QCOMPARE(spin->value(), 10);
    spin->setValue(25);
    QCOMPARE(centre.autoLockMinutes(), 10); // nothing is written before Save
    QTest::mouseClick(GuiTest::child<QPushButton>(m_window.get(), "saveCentreSettings"), Qt::LeftButton);
    QCOMPARE(centre.autoLockMinutes(), 25);
    QCOMPARE(autoLock->intervalMs(), 25 * 60 * 1000);
}

void TestGuiAutoLock::quittingWhileLockedAsksWithoutNames()
{
    session().lock();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("Ulla")));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("Osparad")));
    QCOMPARE(youthsPage()->cards().size(), 1);
    QVERIFY(!m_card->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QCOMPARE(logEntries(AccessAction::Logout), 0);
    QVERIFY(m_window->close());
    QVERIFY(youthsPage()->cards().isEmpty());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_youthId))->lastName, QStringLiteral("Osparad"));
    // Quitting ends the session in the access log (issue 13: File › Quit wrote no logout entry).
    QCOMPARE(logEntries(AccessAction::Logout), 1);
    QVERIFY(!session().isLoggedIn());
}

void TestGuiAutoLock::quitLogsOut()
{
    // Cancelled: still logged in, nothing logged; quit for real: one logout entry for the user.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(session().isLoggedIn());
    QCOMPARE(logEntries(AccessAction::Logout), 0);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    GuiTest::child<QAction>(m_window.get(), "quitAction")->trigger();
    QVERIFY(!m_window->isVisible());
    QCOMPARE(logEntries(AccessAction::Logout), 1);
    AccessLog::Filter filter;
    filter.action = AccessAction::Logout;
    QCOMPARE(m_workspace->accessLog().entries(filter)->constFirst().username, QStringLiteral("anna"));
}

QTEST_MAIN(TestGuiAutoLock)
#include "tst_gui_autolock.moc"
