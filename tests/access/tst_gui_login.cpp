// GUI test of accounts at the door: the first-start dialog creates the administrator (and refuses a short password
// or a mismatched repeat), the login dialog with a wrong then a right password and the wait after repeated
// failures, a reset password that must be changed before continuing, and the access-log entries these write,
// including the opening of a youth's card.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "access/AccountRepository.h"
#include "access/ChangePasswordDialog.h"
#include "access/FirstStartDialog.h"
#include "access/LoginDialog.h"
#include "access/Session.h"
#include "core/AppSettings.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "youth/YouthCard.h"
#include "youth/YouthRepository.h"
#include "youth/YouthsPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
const QString kAdminPassword = u"korvgubbe-på-taket"_s;
} // namespace

class TestGuiLogin : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstStartRefusesShortPasswordAndMismatch();
    void firstStartCreatesAdministratorAndLogsIn();
    void loginWrongThenRight();
    void repeatedFailuresShowTheWait();
    void mustChangePasswordBeforeContinuing();
    void cancellingTheNewPasswordLogsOut();
    void changeOwnPasswordIsLogged();
    void changePasswordMenuActionNeedsALogin();
    void openingYouthCardIsLogged();

private:
    Account createAdministrator();
    QList<AccessLog::Entry> entries(std::optional<AccessAction> action = std::nullopt) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
};

void TestGuiLogin::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"login.lotsen"_s));
    m_workspace = &m_fixture->workspace();
}

void TestGuiLogin::cleanup()
{
    m_workspace = nullptr;
    m_fixture.reset();
}

Account TestGuiLogin::createAdministrator()
{
    Account admin;
    admin.username = u"anna"_s;
    admin.displayName = u"Anna Admin"_s;
    admin.role = Role::Administrator;
    if (const Result<void> created = m_workspace->accounts().createFirstAdministrator(admin, kAdminPassword);
        !created) {
        qWarning() << created.message();
    }
    return admin;
}

QList<AccessLog::Entry> TestGuiLogin::entries(std::optional<AccessAction> action) const
{
    AccessLog::Filter filter;
    filter.action = action;
    return m_workspace->accessLog().entries(filter).value();
}

void TestGuiLogin::firstStartRefusesShortPasswordAndMismatch()
{
    FirstStartDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    GuiTest::child<QLineEdit>(&dialog, "centreName")->setText(u"Mötesplats Väster"_s);
    GuiTest::child<QLineEdit>(&dialog, "adminDisplayName")->setText(u"Anna Admin"_s);
    QTest::keyClicks(GuiTest::child<QLineEdit>(&dialog, "adminUsername"), u"anna"_s);

    // The hint follows the typing.
    auto* strengthLabel = GuiTest::child<QLabel>(&dialog, "passwordStrength");
    const QString emptyHint = strengthLabel->text();
    QVERIFY(emptyHint.contains(u"10"_s));
    auto* passwordEdit = GuiTest::child<QLineEdit>(&dialog, "adminPassword");
    QTest::keyClicks(passwordEdit, u"kort"_s);
    QVERIFY(strengthLabel->text() != emptyHint);
    QVERIFY2(strengthLabel->text().contains(u"now 4"_s), qPrintable(strengthLabel->text()));

    auto* repeatPasswordEdit = GuiTest::child<QLineEdit>(&dialog, "adminRepeatPassword");
    QTest::keyClicks(repeatPasswordEdit, u"kort"_s);
    auto* createButton = GuiTest::child<QPushButton>(&dialog, "createAdministratorButton");
    QTest::mouseClick(createButton, Qt::LeftButton);
    auto* errorLabel = GuiTest::child<QLabel>(&dialog, "firstStartError");
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().contains(u"at least 10"_s), qPrintable(errorLabel->text()));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_workspace->accounts().hasAccounts().value());

    passwordEdit->setText(kAdminPassword);
    repeatPasswordEdit->setText(kAdminPassword + u"x"_s);
    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY2(errorLabel->text().contains(u"differ"_s), qPrintable(errorLabel->text()));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!m_workspace->accounts().hasAccounts().value());
    QVERIFY(!m_workspace->session().isLoggedIn());
    QVERIFY(m_workspace->centre().centreName() != u"Mötesplats Väster"_s);
}

void TestGuiLogin::firstStartCreatesAdministratorAndLogsIn()
{
    FirstStartDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    GuiTest::child<QLineEdit>(&dialog, "centreName")->setText(u"Mötesplats Väster"_s);
    GuiTest::child<QLineEdit>(&dialog, "adminDisplayName")->setText(u"Anna Admin"_s);
    GuiTest::child<QLineEdit>(&dialog, "adminUsername")->setText(u"anna"_s);
    GuiTest::child<QLineEdit>(&dialog, "adminPassword")->setText(kAdminPassword);
    GuiTest::child<QLineEdit>(&dialog, "adminRepeatPassword")->setText(kAdminPassword);
    QTest::mouseClick(GuiTest::child<QPushButton>(&dialog, "createAdministratorButton"), Qt::LeftButton);

    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_workspace->accounts().hasAccounts().value());
    const std::optional<Account> stored = m_workspace->accounts().byUsername(u"anna"_s).value();
    QVERIFY(stored);
    QCOMPARE(stored->displayName, u"Anna Admin"_s);
    QCOMPARE(stored->role, Role::Administrator);
    QCOMPARE(m_workspace->centre().centreName(), u"Mötesplats Väster"_s);
    QVERIFY(m_workspace->session().isLoggedIn());
    QCOMPARE(m_workspace->session().accountId(), stored->id);
    const QList<AccessLog::Entry> logins = entries(AccessAction::Login);
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.first().accountId, stored->id);
}

void TestGuiLogin::loginWrongThenRight()
{
    const Account admin = createAdministrator();
    QVERIFY(admin.id != 0);
    LoginDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* passwordEdit = GuiTest::child<QLineEdit>(&dialog, "loginPassword");
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);

    QTest::keyClicks(GuiTest::child<QLineEdit>(&dialog, "loginUsername"), u"anna"_s);
    QTest::keyClicks(passwordEdit, u"wrong-password"_s);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    auto* errorLabel = GuiTest::child<QLabel>(&dialog, "loginError");
    QVERIFY(errorLabel->isVisible());
    QVERIFY(!errorLabel->text().isEmpty());
    QVERIFY(passwordEdit->text().isEmpty());
    QVERIFY(!m_workspace->session().isLoggedIn());

    passwordEdit->setText(kAdminPassword);
    QTest::mouseClick(GuiTest::child<QPushButton>(&dialog, "logInButton"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_workspace->session().isLoggedIn());
    QCOMPARE(m_workspace->session().accountId(), admin.id);

    // Newest first: the failure, then the login, both for Anna's account.
    const QList<AccessLog::Entry> all = entries();
    QVERIFY(all.size() >= 2);
    QCOMPARE(all.at(0).action, AccessAction::Login);
    QCOMPARE(all.at(0).accountId, admin.id);
    QCOMPARE(all.at(1).action, AccessAction::LoginFailed);
    QCOMPARE(all.at(1).accountId, admin.id);
}

void TestGuiLogin::repeatedFailuresShowTheWait()
{
    createAdministrator();
    LoginDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    GuiTest::child<QLineEdit>(&dialog, "loginUsername")->setText(u"anna"_s);
    auto* passwordEdit = GuiTest::child<QLineEdit>(&dialog, "loginPassword");
    auto* logInButton = GuiTest::child<QPushButton>(&dialog, "logInButton");
    for (int i = 0; i <= AccountRepository::FreeFailures; ++i) {
        passwordEdit->setText(u"wrong-password"_s);
        QTest::mouseClick(logInButton, Qt::LeftButton);
    }
    auto* errorLabel = GuiTest::child<QLabel>(&dialog, "loginError");
    QVERIFY2(errorLabel->text().contains(u"Try again in 30 second"_s), qPrintable(errorLabel->text()));
    // During the wait even the right password is refused, and the dialog stays open.
    passwordEdit->setText(kAdminPassword);
    QTest::mouseClick(logInButton, Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!m_workspace->session().isLoggedIn());
    QVERIFY(errorLabel->text().contains(u"Try again"_s));

    // After the wait the right password works.
    Clock::setFixedNow(kNow.addSecs(AccountRepository::FirstDelaySeconds + 1));
    passwordEdit->setText(kAdminPassword);
    QTest::mouseClick(logInButton, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_workspace->session().isLoggedIn());
}

void TestGuiLogin::mustChangePasswordBeforeContinuing()
{
    const Account admin = createAdministrator();
    Account mentor;
    mentor.username = u"leila"_s;
    mentor.displayName = u"Leila Mentor"_s;
    mentor.role = Role::Mentor;
    mentor.mustChangePassword = true;
    LOTSEN_VERIFY_OK(m_workspace->accounts().create(admin, mentor, u"satt-av-admin"_s));

    LoginDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    GuiTest::child<QLineEdit>(&dialog, "loginUsername")->setText(u"leila"_s);
    GuiTest::child<QLineEdit>(&dialog, "loginPassword")->setText(u"satt-av-admin"_s);
    QTest::mouseClick(GuiTest::child<QPushButton>(&dialog, "logInButton"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    // The dialog deletes itself once closed; the QPointer sees it go.
    const QPointer<ChangePasswordDialog> change = GuiTest::child<ChangePasswordDialog>(&dialog, "changePasswordDialog");
    QVERIFY(QTest::qWaitForWindowExposed(change));
    QVERIFY(!GuiTest::child<QLineEdit>(change, "currentPassword")->isVisible()); // just typed: not asked again

    auto* newPasswordEdit = GuiTest::child<QLineEdit>(change, "newPassword");
    newPasswordEdit->setText(u"kort"_s);
    auto* repeatEdit = GuiTest::child<QLineEdit>(change, "repeatPassword");
    repeatEdit->setText(u"kort"_s);
    auto* changeButton = GuiTest::child<QPushButton>(change, "changePasswordButton");
    QTest::mouseClick(changeButton, Qt::LeftButton);
    auto* errorLabel = GuiTest::child<QLabel>(change, "changePasswordError");
    QVERIFY(errorLabel->text().contains(u"at least 10"_s));
    newPasswordEdit->setText(u"mitt-eget-lösen"_s);
    repeatEdit->setText(u"mitt-eget-lösem"_s);
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QVERIFY(errorLabel->text().contains(u"differ"_s));
    QCOMPARE(accepted.count(), 0);

    repeatEdit->setText(u"mitt-eget-lösen"_s);
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QTRY_VERIFY(change.isNull());
    QVERIFY(m_workspace->session().isLoggedIn());
    QCOMPARE(m_workspace->session().accountId(), mentor.id);
    QVERIFY(!m_workspace->accounts().byId(mentor.id).value()->mustChangePassword);
    const QList<AccessLog::Entry> changes = entries(AccessAction::ChangePassword);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().accountId, mentor.id);
    QVERIFY(m_workspace->accounts().authenticate(u"leila"_s, u"mitt-eget-lösen"_s, Clock::now()).ok);
}

void TestGuiLogin::cancellingTheNewPasswordLogsOut()
{
    const Account admin = createAdministrator();
    Account mentor;
    mentor.username = u"leila"_s;
    mentor.displayName = u"Leila Mentor"_s;
    mentor.mustChangePassword = true;
    QVERIFY(m_workspace->accounts().create(admin, mentor, u"satt-av-admin"_s));

    LoginDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    GuiTest::child<QLineEdit>(&dialog, "loginUsername")->setText(u"leila"_s);
    GuiTest::child<QLineEdit>(&dialog, "loginPassword")->setText(u"satt-av-admin"_s);
    QTest::mouseClick(GuiTest::child<QPushButton>(&dialog, "logInButton"), Qt::LeftButton);
    const QPointer<ChangePasswordDialog> change = GuiTest::child<ChangePasswordDialog>(&dialog, "changePasswordDialog");
    change->reject();
    QTRY_VERIFY(change.isNull());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_workspace->session().isLoggedIn());
    QVERIFY(GuiTest::child<QLabel>(&dialog, "loginError")->isVisible());
    QCOMPARE(entries(AccessAction::Logout).size(), 1);
}

void TestGuiLogin::changeOwnPasswordIsLogged()
{
    const Account admin = createAdministrator();
    QVERIFY(m_workspace->session().logIn(u"anna"_s, kAdminPassword).ok);
    ChangePasswordDialog dialog(*m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* currentPasswordEdit = GuiTest::child<QLineEdit>(&dialog, "currentPassword");
    QVERIFY(currentPasswordEdit->isVisible());
    currentPasswordEdit->setText(u"not-the-password"_s);
    GuiTest::child<QLineEdit>(&dialog, "newPassword")->setText(u"ett-nytt-lösenord"_s);
    GuiTest::child<QLineEdit>(&dialog, "repeatPassword")->setText(u"ett-nytt-lösenord"_s);
    auto* changeButton = GuiTest::child<QPushButton>(&dialog, "changePasswordButton");
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    auto* errorLabel = GuiTest::child<QLabel>(&dialog, "changePasswordError");
    QVERIFY2(errorLabel->text().contains(u"current password is wrong"_s), qPrintable(errorLabel->text()));
    QCOMPARE(entries(AccessAction::ChangePassword).size(), 0);

    currentPasswordEdit->setText(kAdminPassword);
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const QList<AccessLog::Entry> changes = entries(AccessAction::ChangePassword);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().accountId, admin.id);
    QVERIFY(m_workspace->accounts().authenticate(u"anna"_s, u"ett-nytt-lösenord"_s, Clock::now()).ok);
}

void TestGuiLogin::changePasswordMenuActionNeedsALogin()
{
    createAdministrator();
    MainWindow window(*m_workspace, false);
    auto* action = window.findChild<QAction*>(u"changePasswordAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(m_workspace->session().logIn(u"anna"_s, kAdminPassword).ok);
    QVERIFY(action->isEnabled());
    m_workspace->session().logOut();
    QVERIFY(!action->isEnabled());
}

void TestGuiLogin::openingYouthCardIsLogged()
{
    const Account admin = createAdministrator();
    QVERIFY(m_workspace->session().logIn(u"anna"_s, kAdminPassword).ok);
    Youth youth;
    youth.firstName = u"Tova"_s;
    youth.lastName = u"Testberg"_s;
    youth.status = YouthStatus::Active;
    QVERIFY(m_workspace->youths().save(youth).ok());
    Youth other;
    other.firstName = u"Olof"_s;
    other.lastName = u"Annan"_s;
    other.status = YouthStatus::Active;
    QVERIFY(m_workspace->youths().save(other).ok());
    QCOMPARE(entries(AccessAction::OpenYouth).size(), 0);

    YouthsPage page(*m_workspace);
    page.resize(1100, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    YouthCard* card = page.openYouth(youth.id);
    QVERIFY(card);
    QCOMPARE(card->youthId(), youth.id);

    const QList<AccessLog::Entry> opened = entries(AccessAction::OpenYouth);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().youthId, youth.id);
    QCOMPARE(opened.first().accountId, admin.id);
    QCOMPARE(opened.first().username, u"anna"_s);
    // A youth's name never goes into the detail.
    QVERIFY(!opened.first().detail.contains(u"Tova"_s));
}

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
