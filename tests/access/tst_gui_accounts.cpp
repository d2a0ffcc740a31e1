// GUI test of account management and the access log, driven offscreen with QTest through the real main window:
// an administrator creates a mentor account in the dialog (a short password is refused and nothing is saved),
// resets its password (must change at next login), deactivates it (it stays listed); a mentor sees neither the
// Accounts section nor the Access log page; the access-log page filters by account and action and exports CSV;
// "who has looked" on the youth card lists an account that opened the card.
//
// Personal numbers are only Skatteverket's test numbers.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLogModel.h"
#include "access/AccessLogPage.h"
#include "access/AccountDialog.h"
#include "access/AccountListModel.h"
#include "access/AccountsWidget.h"
#include "access/WhoOpenedDialog.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SettingsPage.h"
#include "core/Workspace.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void administratorCreatesMentorAccount();
    void resetPasswordSetsMustChange();
    void deactivateKeepsAccountListed();
    void mentorSeesNoAccountsNorAccessLog();
    void accessLogFiltersAndExportsCsv();
    void verifyLogReportsIntactChain();
    void brokenChainIsReportedWhenPageFirstShown();
    void whoHasLookedListsAccountThatOpenedCard();

private:
    AccountsWidget* accounts() const
    {
        return GuiTest::child<AccountsWidget>(GuiTest::child<SettingsPage>(m_window.get(), "settingsPage"),
                                              "accountsWidget");
    }
    QPushButton* button(QWidget* parent, const char* name) const
    {
        return parent->findChild<QPushButton*>(QLatin1String(name));
    }
    template<typename T> T* waitForDialog();
    qint64 addMentorAccount(const QString& username, const QString& name, qint64 staffId = 0);
    qint64 addYouth();
    QAction* goAction(const QString& text) const;
    void logInAs(qint64 accountId);
    // Closes the next message box once its exec() runs (the seam answers only one question).
    void closeNextMessageBox();

    std::unique_ptr<TestWorkspace> m_fixture;
    QTemporaryDir* m_dir = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    Account m_admin;
    qint64 m_staffId = 0;
};

void TestGuiAccounts::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"accounts.lotsen"_s));
    m_dir = &m_fixture->dir();
    m_workspace = &m_fixture->workspace();
    m_staffId = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    QVERIFY(m_staffId > 0);
    m_admin = m_fixture->addAdministrator(u"admin"_s, u"Ada Admin"_s, u"correct horse battery"_s);
    QVERIFY(m_admin.id != 0);
    m_fixture->logInAs(m_admin);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiAccounts::cleanup()
{
    GuiTest::resetSeams();
    m_window.reset();
    m_workspace = nullptr;
    m_dir = nullptr;
    m_fixture.reset();
}

template<typename T> T* TestGuiAccounts::waitForDialog()
{
    return GuiTest::waitForDialog<T>();
}

qint64 TestGuiAccounts::addMentorAccount(const QString& username, const QString& name, qint64 staffId)
{
    Account account;
    account.username = username;
    account.displayName = name;
    account.role = Role::Mentor;
    account.staffId = staffId;
    return m_workspace->accounts().create(m_admin, account, u"a long mentor password"_s) ? account.id : 0;
}

qint64 TestGuiAccounts::addYouth()
{
    Youth youth;
    youth.firstName = u"Alva"_s;
    youth.lastName = u"Ek"_s;
    youth.personalNumber = u"200001012384"_s;
    youth.birthDate = QDate(2000, 1, 1);
    youth.status = YouthStatus::Active;
    youth.mentorId = m_staffId;
    youth.startDate = QDate(2026, 9, 1);
    return m_workspace->youths().save(youth).ok() ? youth.id : 0;
}

QAction* TestGuiAccounts::goAction(const QString& text) const
{
    const QList<QAction*> actions = m_window->menuBar()->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

void TestGuiAccounts::logInAs(qint64 accountId)
{
    m_workspace->session().logOut();
    const std::optional<Account> account = m_workspace->accounts().byId(accountId).value();
    QVERIFY(account);
    LOTSEN_VERIFY_OK(m_workspace->session().startWithoutPassword(*account));
}

void TestGuiAccounts::closeNextMessageBox()
{
    GuiTest::whenModal<QMessageBox>(this, [](QMessageBox* box) { box->reject(); });
}

void TestGuiAccounts::administratorCreatesMentorAccount()
{
    m_window->showPage(MainWindow::SettingsPageIndex);
    QVERIFY(accounts());
    QVERIFY(accounts()->isVisible());
    auto* model = GuiTest::child<AccountListModel>(accounts(), "model");
    QCOMPARE(model->rowCount(), 1);

    QTest::mouseClick(button(accounts(), "newAccountButton"), Qt::LeftButton);
    auto* dialog = waitForDialog<AccountDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), AccountDialog::Mode::Create);
    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "displayName"), u"Maja Mentor"_s);
    QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "username"), u"maja"_s);
    auto* roleCombo = GuiTest::child<QComboBox>(dialog, "role");
    roleCombo->setCurrentIndex(roleCombo->findData(int(Role::Mentor)));
    auto* mentorCombo = GuiTest::child<QComboBox>(dialog, "mentor");
    mentorCombo->setCurrentIndex(mentorCombo->findData(m_staffId));
    QVERIFY(mentorCombo->currentIndex() > 0);

    // A short password is refused: the dialog stays, says why, and nothing is saved.
    auto* passwordEdit = GuiTest::child<QLineEdit>(dialog, "password");
    QTest::keyClicks(passwordEdit, u"short"_s);
    auto* repeatEdit = GuiTest::child<QLineEdit>(dialog, "repeatPassword");
    QTest::keyClicks(repeatEdit, u"short"_s);
    QVERIFY(GuiTest::child<QLabel>(dialog, "passwordHint")->text().contains(u"at least 10"_s));
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    auto* errorLabel = GuiTest::child<QLabel>(dialog, "errorLabel");
    QVERIFY(errorLabel->isVisible());
    QVERIFY(errorLabel->text().contains(u"at least 10"_s));
    QVERIFY(!m_workspace->accounts().byUsername(u"maja"_s).value());
    QCOMPARE(model->rowCount(), 1);

    // Two different passwords are refused too.
    passwordEdit->setText(u"a long mentor password"_s);
    repeatEdit->setText(u"a long mentor passwort"_s);
    QVERIFY(!dialog->save());
    QVERIFY(!m_workspace->accounts().byUsername(u"maja"_s).value());

    repeatEdit->setText(u"a long mentor password"_s);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    const std::optional<Account> maja = m_workspace->accounts().byUsername(u"maja"_s).value();
    QVERIFY(maja);
    QCOMPARE(maja->role, Role::Mentor);
    QCOMPARE(maja->staffId, m_staffId);
    QCOMPARE(maja->displayName, u"Maja Mentor"_s);
    QVERIFY(!maja->mustChangePassword);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(accounts()->currentAccountId(), maja->id);

    // Logged as a change of accounts by the administrator, without personal data.
    AccessLog::Filter filter;
    filter.action = AccessAction::ChangeAccount;
    const QList<AccessLog::Entry> entries = m_workspace->accessLog().entries(filter).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().accountId, m_admin.id);
    QCOMPARE(entries.first().detail, u"account_created:%1"_s.arg(maja->id));
}

void TestGuiAccounts::resetPasswordSetsMustChange()
{
    const qint64 maja = addMentorAccount(u"maja"_s, u"Maja Mentor"_s);
    QVERIFY(maja > 0);
    m_window->showPage(MainWindow::SettingsPageIndex);
    QPushButton* reset = button(accounts(), "resetPasswordButton");
    QVERIFY(!reset->isEnabled());
    accounts()->selectAccount(maja);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    auto* dialog = waitForDialog<AccountDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), AccountDialog::Mode::ResetPassword);
    QCOMPARE(dialog->accountId(), maja);
    GuiTest::child<QLineEdit>(dialog, "password")->setText(u"new temporary password"_s);
    GuiTest::child<QLineEdit>(dialog, "repeatPassword")->setText(u"new temporary password"_s);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());

    QVERIFY(m_workspace->accounts().byId(maja).value()->mustChangePassword);
    auto* model = GuiTest::child<AccountListModel>(accounts(), "model");
    const int row = model->rowOf(maja);
    QCOMPARE(model->index(row, AccountListModel::MustChangePassword).data().toString(), u"At next login"_s);
    const AccountRepository::AuthResult login
        = m_workspace->accounts().authenticate(u"maja"_s, u"new temporary password"_s, Clock::now());
    QVERIFY(login.ok);
    AccessLog::Filter filter;
    filter.action = AccessAction::ChangeAccount;
    QCOMPARE(m_workspace->accessLog().entries(filter)->first().detail, u"password_reset:%1"_s.arg(maja));
}

void TestGuiAccounts::deactivateKeepsAccountListed()
{
    const qint64 maja = addMentorAccount(u"maja"_s, u"Maja Mentor"_s);
    m_window->showPage(MainWindow::SettingsPageIndex);
    accounts()->selectAccount(maja);
    QPushButton* toggle = button(accounts(), "accountActiveButton");
    QCOMPARE(toggle->text(), u"Deac&tivate"_s);

    // Cancelling the question changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_workspace->accounts().byId(maja).value()->active);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_workspace->accounts().byId(maja).value()->active);
    QCOMPARE(GuiTest::child<AccountListModel>(accounts(), "model")->rowCount(), 2);
    QCOMPARE(accounts()->currentAccountId(), maja);
    QCOMPARE(toggle->text(), u"Ac&tivate"_s);
    QVERIFY(!button(accounts(), "resetPasswordButton")->isEnabled());

    // The last active administrator cannot be deactivated; the repository's refusal is shown plainly.
    accounts()->selectAccount(m_admin.id);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    closeNextMessageBox();
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_workspace->accounts().byId(m_admin.id).value()->active);
    QVERIFY(!MessageBox::lastText().isEmpty());
    QVERIFY(!MessageBox::lastText().startsWith(u"Deactivate the account"_s));

    accounts()->selectAccount(maja);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_workspace->accounts().byId(maja).value()->active);
}

void TestGuiAccounts::mentorSeesNoAccountsNorAccessLog()
{
    const qint64 maja = addMentorAccount(u"maja"_s, u"Maja Mentor"_s, m_staffId);
    auto* navigation = m_window->findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation);
    QVERIFY(!navigation->item(MainWindow::AccessLogPageIndex)->isHidden());
    QVERIFY(goAction(u"Access log"_s)->isVisible());
    m_window->showPage(MainWindow::AccessLogPageIndex);
    QCOMPARE(m_window->currentPage(), MainWindow::AccessLogPageIndex);

    logInAs(maja);
    // The page the mentor may not see is left.
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
    QVERIFY(navigation->item(MainWindow::AccessLogPageIndex)->isHidden());
    QVERIFY(!goAction(u"Access log"_s)->isVisible());
    QVERIFY(!m_window->accessLogPage()->isEnabled());
    m_window->showPage(MainWindow::SettingsPageIndex);
    QVERIFY(accounts()->isHidden());

    logInAs(m_admin.id);
    QVERIFY(!navigation->item(MainWindow::AccessLogPageIndex)->isHidden());
    QVERIFY(accounts()->isVisible());
}

void TestGuiAccounts::accessLogFiltersAndExportsCsv()
{
    const qint64 maja = addMentorAccount(u"maja"_s, u"Maja Mentor"_s);
    AccessLog& log = m_workspace->accessLog();
    QVERIFY(log.append(maja, u"maja"_s, AccessAction::OpenYouth, 7, u"card"_s));
    QVERIFY(log.append(maja, u"maja"_s, AccessAction::PrintDocument, 7, u"plan"_s));
    QVERIFY(log.append(m_admin.id, m_admin.username, AccessAction::OpenYouth, 8, u"card"_s));

    m_window->showPage(MainWindow::AccessLogPageIndex);
    AccessLogPage* page = m_window->accessLogPage();
    QVERIFY(page->isVisible());
    QAbstractItemModel* model = GuiTest::child<QTableView>(page, "accessLogTable")->model();
    const int all = model->rowCount();
    QVERIFY(all >= 4); // the administrator's login as well

    auto* accountFilter = GuiTest::child<QComboBox>(page, "accountFilter");
    accountFilter->setCurrentIndex(accountFilter->findData(maja));
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(AccessLogModel::AccountIdRole).toLongLong(), maja);
    }
    auto* actionFilter = GuiTest::child<QComboBox>(page, "actionFilter");
    actionFilter->setCurrentIndex(actionFilter->findData(AccessLog::code(AccessAction::OpenYouth)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AccessLogModel::Action).data().toString(), AccessLog::label(AccessAction::OpenYouth));

    accountFilter->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 2);
    auto* youthFilter = GuiTest::child<QLineEdit>(page, "youthFilter");
    QTest::keyClicks(youthFilter, u"8"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(AccessLogModel::AccountIdRole).toLongLong(), m_admin.id);
    youthFilter->clear();

    // Export what the filter shows: OpenYouth by everyone.
    const QString path = m_dir->filePath(u"log.csv"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(button(page, "exportLogButton"), Qt::LeftButton);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"Entry;Time;Account id;Username;Action;Action code;Youth id;Detail;Detail code"_s);
    QVERIFY(lines.at(1).contains(u";admin;"_s));
    QVERIFY(lines.at(1).contains(u";open_youth;8;card"_s));
    QVERIFY(lines.at(2).contains(u";maja;"_s));
    QVERIFY(lines.at(2).contains(u";open_youth;7;card"_s));

    // The export is logged; the filter hides it, showing all shows it.
    AccessLog::Filter exports;
    exports.action = AccessAction::ExportLog;
    QCOMPARE(log.entries(exports)->size(), 1);
    QCOMPARE(log.entries(exports)->first().accountId, m_admin.id);
    QCOMPARE(model->rowCount(), 2);
    page->clearFilter();
    QCOMPARE(model->rowCount(), all + 1);

    // A cancelled file dialog writes and logs nothing.
    FileDialog::setNextFileName({});
    QVERIFY(!page->exportCsv());
    QCOMPARE(log.entries(exports)->size(), 1);
}

void TestGuiAccounts::verifyLogReportsIntactChain()
{
    m_window->showPage(MainWindow::AccessLogPageIndex);
    AccessLogPage* page = m_window->accessLogPage();
    // Checked once when first shown.
    QVERIFY(GuiTest::child<QLabel>(page, "chainLabel")->text().contains(u"intact"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(page, "verifyLogButton"), Qt::LeftButton);
    QVERIFY(!MessageBox::lastText().isEmpty());
    AccessLog::Filter filter;
    filter.action = AccessAction::VerifyLog;
    QCOMPARE(m_workspace->accessLog().entries(filter)->size(), 1);
    QCOMPARE(m_workspace->accessLog().entries(filter)->first().detail, u"intact"_s);
}

void TestGuiAccounts::brokenChainIsReportedWhenPageFirstShown()
{
    QVERIFY(m_workspace->accessLog().append(m_admin.id, m_admin.username, AccessAction::OpenYouth, 7, u"card"_s));
    // As someone editing the file with another tool would (WAL lets sqlite3 write beside Lotsen's connection).
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 program is required (Debian package sqlite3)");
    QProcess process;
    process.start(sqlite3, { u"-batch"_s, u"-bail"_s, m_dir->filePath(u"accounts.lotsen"_s) });
    QVERIFY(process.waitForStarted());
    process.write(QByteArrayLiteral(".timeout 5000\nDROP TRIGGER access_log_no_update;\n"
                                    "UPDATE access_log SET detail = 'plan' WHERE action = 'open_youth';\n"));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    m_window->showPage(MainWindow::AccessLogPageIndex);
    AccessLogPage* page = m_window->accessLogPage();
    auto* chainLabel = GuiTest::child<QLabel>(page, "chainLabel");
    QVERIFY2(chainLabel->text().contains(u"altered"_s), qPrintable(chainLabel->text()));

    closeNextMessageBox();
    QVERIFY(!page->verifyLog().ok);
    QVERIFY(!MessageBox::lastText().isEmpty());
    AccessLog::Filter filter;
    filter.action = AccessAction::VerifyLog;
    QCOMPARE(m_workspace->accessLog().entries(filter)->first().detail, u"broken"_s);
}

void TestGuiAccounts::whoHasLookedListsAccountThatOpenedCard()
{
    const qint64 youthId = addYouth();
    QVERIFY(youthId > 0);
    const qint64 maja = addMentorAccount(u"maja"_s, u"Maja Mentor"_s, m_staffId);
    logInAs(maja);
    QVERIFY(m_workspace->session().log(AccessAction::OpenYouth, youthId, u"card"_s));
    logInAs(m_admin.id);

    m_window->showPage(MainWindow::YouthsPageIndex);
    YouthCard* card = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage")->openYouth(youthId);
    QVERIFY(card);
    auto* who = card->findChild<QPushButton*>(u"whoOpenedButton"_s);
    QVERIFY(who);
    QTRY_VERIFY(who->isVisible());
    QTest::mouseClick(who, Qt::LeftButton);
    auto* dialog = waitForDialog<WhoOpenedDialog>();
    QVERIFY(dialog);
    QTableWidget* table = GuiTest::child<QTableWidget>(dialog, "whoOpenedTable");
    QVERIFY(table->rowCount() >= 1);
    bool listed = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == u"maja"_s) {
            listed = true;
            QCOMPARE(table->item(row, 0)->text(), u"Maja Mentor"_s);
            QCOMPARE(table->item(row, 3)->text(), u"1"_s);
        }
    }
    QVERIFY(listed);
    dialog->reject();

    // A mentor does not get the button.
    logInAs(maja);
    QVERIFY(!who->isVisible());
}

QTEST_MAIN(TestGuiAccounts)
#include "tst_gui_accounts.moc"
