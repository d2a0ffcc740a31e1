// GUI test of File → Back up database…, the real main window under the offscreen platform: an
// administrator writes an owner-only copy through the file dialog seam and is told where it went, the backup is in
// the access log, an existing file is never overwritten; for a mentor the action is disabled, also after a mentor
// took over at the lock screen from an administrator.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QString kAdminPassword = u"correct horse battery"_s;
const QString kMentorPassword = u"a long mentor password"_s;
} // namespace

class TestGuiBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void actionIsInTheFileMenuWithItsOwnMnemonic();
    void administratorBacksUpThroughTheMenu();
    void existingFileIsNotOverwritten();
    void cancelWritesNothing();
    void disabledForMentor();
    void disabledWhileLockedAndBackAfterUnlock();
    void disabledForMentorWhoTookOverAtTheLockScreen();

private:
    QMenu* fileMenu() const;
    QAction* backupAction() const { return m_window->findChild<QAction*>(u"backupDatabaseAction"_s); }
    int backupEntries() const;
    void logInAsMentor();

    std::unique_ptr<TestWorkspace> m_fixture;
    QTemporaryDir* m_dir = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    Account m_admin;
    Account m_mentor;
#ifdef Q_OS_UNIX
    mode_t m_umask = 022;
#endif
};

void TestGuiBackup::initTestCase()
{
#ifdef Q_OS_UNIX
    m_umask = ::umask(022); // the usual umask: a copy made without care would be 0644
#endif
}

void TestGuiBackup::cleanupTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(m_umask);
#endif
}

void TestGuiBackup::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"centre.lotsen"_s));
    m_dir = &m_fixture->dir();
    m_workspace = &m_fixture->workspace();
    m_admin = m_fixture->addAdministrator(u"admin"_s, u"Ada Admin"_s, kAdminPassword);
    QVERIFY(m_admin.id != 0);
    m_mentor = m_fixture->addAccount(m_admin, u"maja"_s, u"Maja Mentor"_s, Role::Mentor, kMentorPassword);
    QVERIFY(m_mentor.id != 0);
    m_fixture->logInAs(m_admin);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiBackup::cleanup()
{
    GuiTest::resetSeams();
    m_window.reset();
    m_workspace = nullptr;
    m_dir = nullptr;
    m_fixture.reset();
}

QMenu* TestGuiBackup::fileMenu() const
{
    const QList<QAction*> menus = m_window->menuBar()->actions();
    return menus.isEmpty() ? nullptr : menus.first()->menu();
}

int TestGuiBackup::backupEntries() const
{
    AccessLog::Filter filter;
    filter.action = AccessAction::BackupDatabase;
    return static_cast<int>(m_workspace->accessLog().entries(filter)->size());
}

void TestGuiBackup::logInAsMentor()
{
    m_workspace->session().logOut();
    const std::optional<Account> mentor = m_workspace->accounts().byId(m_mentor.id).value();
    QVERIFY(mentor);
    LOTSEN_VERIFY_OK(m_workspace->session().startWithoutPassword(*mentor));
}

void TestGuiBackup::actionIsInTheFileMenuWithItsOwnMnemonic()
{
    QMenu* file = fileMenu();
    QVERIFY(file);
    QVERIFY(backupAction());
    QVERIFY(file->actions().contains(backupAction()));
    QCOMPARE(backupAction()->text(), u"&Back up database…"_s);
    // No two entries of the File menu share an accelerator key.
    QSet<QChar> keys;
    const QList<QAction*> actions = file->actions();
    for (const QAction* action : actions) {
        const QString text = action->text();
        const qsizetype amp = text.indexOf(u'&');
        if (action->isSeparator() || amp < 0 || amp + 1 >= text.size()) {
            continue;
        }
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!keys.contains(key), qPrintable(u"&%1 twice in the File menu"_s.arg(key)));
        keys.insert(key);
    }
}

void TestGuiBackup::administratorBacksUpThroughTheMenu()
{
    QAction* action = backupAction();
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    const QString target = m_dir->filePath(u"lotsen-backup-2026-11-27.lotsen"_s);
    FileDialog::setNextFileName(target);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();

    QVERIFY(QFileInfo::exists(target));
    QVERIFY2(MessageBox::lastText().contains(u"backed up to"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(target)));
#ifdef Q_OS_UNIX
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &info), 0);
    QCOMPARE(QString::number(info.st_mode & 0777, 8), u"600"_s);
#endif
    QCOMPARE(backupEntries(), 1);

    // The copy opens as a Lotsen database with the same accounts.
    Database copy;
    QCOMPARE(copy.open(target, Database::Mode::ReadOnly).status, Database::OpenStatus::Opened);
    QCOMPARE(AccountRepository(copy).all()->size(), 2);
}

void TestGuiBackup::existingFileIsNotOverwritten()
{
    const QString target = m_dir->filePath(u"important.lotsen"_s);
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier backup");
    }
    FileDialog::setNextFileName(target);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    backupAction()->trigger();

    QVERIFY2(MessageBox::lastText().contains(u"already exists"_s), qPrintable(MessageBox::lastText()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an earlier backup"));
    QCOMPARE(backupEntries(), 0);
}

void TestGuiBackup::cancelWritesNothing()
{
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
    FileDialog::setNextFileName({}); // Cancel
    backupAction()->trigger();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
    QCOMPARE(backupEntries(), 0);
}

void TestGuiBackup::disabledForMentor()
{
    logInAsMentor();
    QAction* action = backupAction();
    QVERIFY(!action->isEnabled());
    QVERIFY(fileMenu()->actions().contains(action)); // shown, so the mentor knows it exists, but disabled

    const QString target = m_dir->filePath(u"mentor.lotsen"_s);
    FileDialog::setNextFileName(target);
    action->trigger();
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(backupEntries(), 0);

    // The administrator's next login enables it again.
    m_workspace->session().logOut();
    QVERIFY(!action->isEnabled());
    LOTSEN_VERIFY_OK(
        m_workspace->session().startWithoutPassword(m_workspace->accounts().byId(m_admin.id).value().value()));
    QVERIFY(action->isEnabled());
}

void TestGuiBackup::disabledWhileLockedAndBackAfterUnlock()
{
    QAction* action = backupAction();
    QVERIFY(action->isEnabled());
    m_workspace->session().lock();
    QVERIFY(m_window->isShowingLockScreen());
    QVERIFY(!action->isEnabled());
    QVERIFY(m_workspace->session().unlock(kAdminPassword).ok);
    QVERIFY(!m_window->isShowingLockScreen());
    QTRY_VERIFY(action->isEnabled());
}

void TestGuiBackup::disabledForMentorWhoTookOverAtTheLockScreen()
{
    QAction* action = backupAction();
    QVERIFY(action->isEnabled());
    m_workspace->session().lock();
    QVERIFY(!action->isEnabled());
    // The main window gives back what the lock disabled; for another user the permission decides.
    QVERIFY(m_workspace->session().switchUser(m_mentor.username, kMentorPassword, false).ok);
    QVERIFY(!m_window->isShowingLockScreen());
    QTRY_VERIFY(!action->isEnabled());
    // Nothing still queued (a deferred re-enable) turns it back on.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!action->isEnabled());

    // And the administrator who takes over again gets it back.
    m_workspace->session().lock();
    QVERIFY(m_workspace->session().switchUser(m_admin.username, kAdminPassword, false).ok);
    QTRY_VERIFY(action->isEnabled());
}

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
