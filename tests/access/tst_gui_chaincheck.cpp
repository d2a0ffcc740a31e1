// GUI test of the access log's chain check at start, driven offscreen through the real main window: an
// entry changed with the sqlite3 program is reported after the background check with its id and time, to an
// administrator with a way to the Access log page and to a mentor as "tell an administrator"; the failure is
// recorded without moving the first broken entry; a report waits for the unlock; an intact chain shows no dialog.
#include "BackgroundChainCheck.h"
#include "GuiTest.h"
#include "ResultChecks.h"
#include "access/AccessLogPage.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
const QString kPassword = u"correct horse battery"_s;
const QString kSentinel = u"no dialog yet"_s;
} // namespace

class TestGuiChainCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void intactChainShowsNoDialog();
    void brokenChainWarnsAdministrator_data();
    void brokenChainWarnsAdministrator();
    void brokenChainAsksMentorToTellAdministrator();
    void reportWaitsForUnlock();
    void anotherUserGetsAFreshCount();

private:
    QString path() const { return m_dir->filePath(u"chain.lotsen"_s); }
    // Entries one minute apart, so that the reported time names one entry.
    void appendEntries(int count);
    // Changes an entry's detail with the sqlite3 program, as someone editing the file outside Lotsen would.
    void tamper(qint64 id);
    // Starts the check and waits until it has reported.
    void runCheck();
    // MessageBox::lastText() is kSentinel until a dialog is shown.
    static void resetLastText();
    qint64 verifyLogEntries() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    BackgroundChainCheck* m_check = nullptr; // owned by the window
    Account m_admin;
    int m_appended = 0;
};

void TestGuiChainCheck::init()
{
    Clock::setFixedNow(kNow);
    m_appended = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppSettings::useFile(m_dir->filePath(u"settings.ini"_s));
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(path()).ok());
    m_workspace = std::make_unique<Workspace>(*m_database);
    m_admin = {};
    m_admin.username = u"ada"_s;
    m_admin.displayName = u"Ada Admin"_s;
    m_admin.role = Role::Administrator;
    LOTSEN_VERIFY_OK(m_workspace->accounts().createFirstAdministrator(m_admin, kPassword));
    LOTSEN_VERIFY_OK(m_workspace->session().startWithoutPassword(m_admin));
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->statusBar()->clearMessage();
    m_check = new BackgroundChainCheck(*m_workspace, m_window.get());
    resetLastText();
}

void TestGuiChainCheck::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_check = nullptr;
    m_window.reset();
    m_workspace.reset();
    m_database.reset();
    m_dir.reset();
    Clock::reset();
}

void TestGuiChainCheck::appendEntries(int count)
{
    for (int i = 0; i < count; ++i) {
        Clock::setFixedNow(kNow.addSecs(60 * ++m_appended));
        QVERIFY(m_workspace->session().log(AccessAction::OpenYouth, 7, u"card"_s));
    }
    Clock::setFixedNow(kNow);
}

void TestGuiChainCheck::tamper(qint64 id)
{
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 program is required (Debian package sqlite3)");
    QProcess process;
    process.start(sqlite3, { u"-batch"_s, u"-bail"_s, path() });
    QVERIFY(process.waitForStarted());
    // WAL lets sqlite3 write beside Lotsen's open connection.
    process.write(u".timeout 5000\nDROP TRIGGER access_log_no_update;\n"
                  "UPDATE access_log SET detail = 'plan' WHERE id = %1;\n"_s.arg(id)
                      .toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestGuiChainCheck::runCheck()
{
    QSignalSpy finished(m_check, &BackgroundChainCheck::finished);
    m_check->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
}

void TestGuiChainCheck::resetLastText()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, QString(), kSentinel);
}

qint64 TestGuiChainCheck::verifyLogEntries() const
{
    AccessLog::Filter filter;
    filter.action = AccessAction::VerifyLog;
    return m_workspace->accessLog().entries(filter)->size();
}

void TestGuiChainCheck::intactChainShowsNoDialog()
{
    appendEntries(5);
    const qint64 total = m_workspace->accessLog().entries({})->size();
    QVERIFY(total >= 5);

    MessageBox::setNextAnswer(QMessageBox::Ok); // a dialog would fail the test below, not block it
    runCheck();
    QVERIFY2(m_check->result().ok, qPrintable(m_check->result().message));
    QCOMPARE(m_check->result().checkedEntries, total);
    QCOMPARE(MessageBox::lastText(), kSentinel);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Access log verified (%1 entries)."_s.arg(total));
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
    QCOMPARE(verifyLogEntries(), 0);
    // The page takes the start result instead of reading the whole log again when first shown.
    const QString label = GuiTest::child<QLabel>(m_window->accessLogPage(), "chainLabel")->text();
    QVERIFY2(label.contains(u"intact at login (%1 entries checked)"_s.arg(total)), qPrintable(label));
}

void TestGuiChainCheck::brokenChainWarnsAdministrator_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<MainWindow::Page>("page");
    QTest::newRow("show the access log") << QMessageBox::Open << MainWindow::AccessLogPageIndex;
    QTest::newRow("close") << QMessageBox::Close << MainWindow::TodayPage;
}

void TestGuiChainCheck::brokenChainWarnsAdministrator()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(MainWindow::Page, page);
    appendEntries(6);
    const qint64 brokenId = m_workspace->accessLog().entries({})->at(2).id; // the fourth newest
    tamper(brokenId);
    const AccessLog::Entry broken = [&] {
        const QList<AccessLog::Entry> all = m_workspace->accessLog().entries({}).value();
        return *std::find_if(all.begin(), all.end(), [&](const AccessLog::Entry& e) { return e.id == brokenId; });
    }();

    MessageBox::setNextAnswer(answer);
    runCheck();
    QCOMPARE(m_check->result().firstBrokenId, brokenId);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"number %1, dated %2"_s.arg(brokenId).arg(QString(broken.at).replace(u'T', u' '))),
             qPrintable(text));
    QVERIFY2(text.contains(u"Entry %1 and every entry after it cannot be trusted"_s.arg(brokenId)), qPrintable(text));
    QVERIFY2(text.contains(u"Keep a copy"_s), qPrintable(text));
    // No personal data: not who wrote the entry.
    QVERIFY2(!text.contains(m_admin.displayName) && !text.contains(m_admin.username), qPrintable(text));
    QCOMPARE(m_window->currentPage(), page);
    const QString label = GuiTest::child<QLabel>(m_window->accessLogPage(), "chainLabel")->text();
    QVERIFY2(label.contains(u"altered"_s) && label.contains(u"entry %1"_s.arg(brokenId)), qPrintable(label));

    // Recorded in the log, after the broken entry, without moving the first break.
    AccessLog::Filter filter;
    filter.action = AccessAction::VerifyLog;
    const QList<AccessLog::Entry> recorded = m_workspace->accessLog().entries(filter).value();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().detail, u"broken_at_start:%1"_s.arg(brokenId));
    QCOMPARE(recorded.first().accountId, m_admin.id);
    QCOMPARE(m_workspace->accessLog().verifyChain().firstBrokenId, brokenId);
}

void TestGuiChainCheck::brokenChainAsksMentorToTellAdministrator()
{
    Account mentor;
    mentor.username = u"maja"_s;
    mentor.displayName = u"Maja Mentor"_s;
    mentor.role = Role::Mentor;
    QVERIFY(m_workspace->accounts().create(m_admin, mentor, u"a long mentor password"_s));
    m_workspace->session().logOut();
    LOTSEN_VERIFY_OK(m_workspace->session().startWithoutPassword(mentor));
    appendEntries(3);
    const qint64 brokenId = m_workspace->accessLog().entries({})->at(1).id;
    tamper(brokenId);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    runCheck();
    QCOMPARE(m_check->result().firstBrokenId, brokenId);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"tell an administrator"_s), qPrintable(text));
    QVERIFY2(!text.contains(QString::number(brokenId)), qPrintable(text));
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
    QCOMPARE(verifyLogEntries(), 1);
}

void TestGuiChainCheck::reportWaitsForUnlock()
{
    appendEntries(3);
    const qint64 brokenId = m_workspace->accessLog().entries({})->at(0).id;
    tamper(brokenId);
    m_workspace->session().lock();

    MessageBox::setNextAnswer(QMessageBox::Close); // answers the report after the unlock
    QSignalSpy finished(m_check, &BackgroundChainCheck::finished);
    m_check->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_check->isWaitingForUnlock(), 30000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(MessageBox::lastText(), kSentinel);

    QVERIFY(m_workspace->session().unlock(kPassword).ok);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(MessageBox::lastText().contains(u"number %1,"_s.arg(brokenId)), qPrintable(MessageBox::lastText()));
}

void TestGuiChainCheck::anotherUserGetsAFreshCount()
{
    // The status bar said "1 entry checked" after another user logged in at the lock screen, with 6 in the log:
    // every login checks again, and the new count replaces the old one.
    Account mentor;
    mentor.username = u"mats"_s;
    mentor.displayName = u"Mats Mentor"_s;
    mentor.role = Role::Mentor;
    LOTSEN_VERIFY_OK(m_workspace->accounts().create(m_admin, mentor, kPassword));
    m_check->followLogins();
    runCheck();
    const qint64 before = m_check->result().checkedEntries;
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Access log verified (%1 entries)."_s.arg(before));

    appendEntries(4);
    m_workspace->session().lock();
    QSignalSpy finished(m_check, &BackgroundChainCheck::finished);
    QVERIFY(m_workspace->session().switchUser(u"mats"_s, kPassword, false).ok);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const qint64 total = m_workspace->accessLog().entries({})->size();
    QVERIFY(total >= before + 4);
    QCOMPARE(m_check->result().checkedEntries, total);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Access log verified (%1 entries)."_s.arg(total));
    const QString label = GuiTest::child<QLabel>(m_window->accessLogPage(), "chainLabel")->text();
    QVERIFY2(label.contains(u"(%1 entries checked)"_s.arg(total)), qPrintable(label));
}

QTEST_MAIN(TestGuiChainCheck)
#include "tst_gui_chaincheck.moc"
