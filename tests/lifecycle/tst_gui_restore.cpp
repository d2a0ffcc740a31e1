// Backups in the window: the restore dialog (list, empty state, encrypted copies), File › Restore from backup…,
// the restore itself (RestoreRunner: replaced, logged, the old file kept), the backup settings and Today's warning.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"

#include "DatabaseOpener.h"
#include "RestoreRunner.h"
#include "access/AccessLog.h"
#include "access/ChainSeal.h"
#include "access/Session.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "lifecycle/AutomaticBackup.h"
#include "lifecycle/BackupCatalogue.h"
#include "lifecycle/BackupCipher.h"
#include "lifecycle/BackupSettings.h"
#include "lifecycle/BackupSettingsWidget.h"
#include "lifecycle/BackupVerifier.h"
#include "lifecycle/BackupWriter.h"
#include "lifecycle/RestoreDialog.h"
#include "lifecycle/RetentionLog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "today/TodayPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(9, 30));

} // namespace

class TestGuiRestore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void restoreDialogListsBackupsNewestFirst();
    void restoreDialogSaysWhenThereAreNone();
    void restoreRunnerRestoresLogsAndKeepsTheOldFile();
    void restoreByAnAccountTheBackupDoesNotKnow();
    void damagedFileIsRestoredFromTheStartDialog();
    void restoreReappliesOnlyThisRegistersCullings();
    void mainWindowRestoreClosesWithTheRequest();
    void settingsApplyAtOnceAndAreLogged();
    void settingsAreForAdministratorsOnly();
    void todayWarnsAdministratorsWithoutARecentBackup();

private:
    BackupInfo writeBackup(const QDateTime& at, bool secondFolder = false);
    QString path() const { return m_test->database().path(); }
    QString backupFolder() const { return BackupSettings::folder(path()); }

    std::unique_ptr<TestWorkspace> m_test;
    Account m_admin;
};

void TestGuiRestore::init()
{
    m_test = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_test->open(u"centre.lotsen"_s));
    BackupCipher::setCheapCostForTests(true);
    BackupSettings::setKeyFolderForTests(m_test->filePath(u"keys"_s));
    m_admin = m_test->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
}

void TestGuiRestore::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
    m_test.reset();
    BackupSettings::setKeyFolderForTests({});
}

BackupInfo TestGuiRestore::writeBackup(const QDateTime& at, bool secondFolder)
{
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.now = at;
    if (secondFolder) {
        options.secondFolder = BackupSettings::secondFolder();
        options.key = BackupSettings::storedKey().value();
    }
    const Result<BackupWriter::Outcome> written = BackupWriter::write(path(), options);
    if (!written) {
        qWarning() << written.message();
        return {};
    }
    return secondFolder && written->encryptedCopy ? *written->encryptedCopy : written->backup;
}

void TestGuiRestore::restoreDialogListsBackupsNewestFirst()
{
    AppSettings::instance()->setValue(AppSettings::Key::SecondBackupFolder, m_test->filePath(u"usb"_s));
    LOTSEN_VERIFY_OK(BackupSettings::setPassphrase(u"a long passphrase"_s));
    QVERIFY(!writeBackup(kNow.addDays(-2)).path.isEmpty());
    const BackupInfo encrypted = writeBackup(kNow, true);
    QVERIFY(encrypted.encrypted);

    RestoreDialog dialog(path());
    dialog.show();
    auto* table = GuiTest::child<QTableView>(&dialog, "backupTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two days ago (plain) and today (plain and its encrypted copy).
    QCOMPARE(dialog.backupCount(), 3);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"2026-12-06 09:30"_s);
    QCOMPARE(table->model()->index(2, 0).data().toString(), u"2026-12-04 09:30"_s);
    QCOMPARE(table->model()->index(2, 3).data().toLongLong(), 0); // youths in the backup
    QVERIFY(!GuiTest::child<QLabel>(&dialog, "emptyLabel")->isVisible());

    int encryptedRow = -1;
    for (int row = 0; row < 2; ++row) {
        if (table->model()->index(row, 1).data().toString().contains(u"encrypted"_s)) {
            encryptedRow = row;
        }
    }
    QVERIFY(encryptedRow >= 0);
    auto* passphrase = GuiTest::child<QLineEdit>(&dialog, "passphraseEdit");
    table->selectRow(encryptedRow);
    QVERIFY(passphrase->isVisible());
    // Without the passphrase the dialog says so and stays open.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    GuiTest::child<QPushButton>(&dialog, "restoreButton")->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(MessageBox::lastText().contains(u"passphrase"_s));
    QTest::keyClicks(passphrase, u"a long passphrase"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    GuiTest::child<QPushButton>(&dialog, "restoreButton")->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.request().backup.path, encrypted.path);
    QCOMPARE(dialog.request().passphrase, u"a long passphrase"_s);
    QVERIFY(MessageBox::lastText().contains(u"before-restore"_s));
}

void TestGuiRestore::restoreDialogSaysWhenThereAreNone()
{
    RestoreDialog dialog(path());
    dialog.show();
    QCOMPARE(dialog.backupCount(), 0);
    auto* empty = GuiTest::child<QLabel>(&dialog, "emptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"no backups"_s));
    QVERIFY(!GuiTest::child<QPushButton>(&dialog, "restoreButton")->isEnabled());
}

void TestGuiRestore::restoreRunnerRestoresLogsAndKeepsTheOldFile()
{
    QVERIFY(m_test->addYouth(u"Alva"_s, u"Testsson"_s) != 0);
    const BackupInfo backup = writeBackup(kNow);
    QVERIFY(!backup.path.isEmpty());
    QVERIFY(m_test->addYouth(u"Bertil"_s, u"Testsson"_s) != 0);
    const QString databasePath = path();
    m_test->database().close();

    BackupRestore::Request request;
    request.backup = backup;
    request.accountId = m_admin.id;
    request.username = m_admin.username;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY2(RestoreRunner::run(databasePath, request, nullptr), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"2026-12-06 09:30"_s));
    QVERIFY(MessageBox::lastText().contains(u"before-restore"_s));

    Database restored;
    QCOMPARE(restored.open(databasePath).status, Database::OpenStatus::Opened);
    QCOMPARE(BackupVerifier::countRows(restored.connection())->value(u"youth"_s), 1);
    AccessLog log(restored);
    AccessLog::Filter filter;
    filter.action = AccessAction::RestoreDatabase;
    const QList<AccessLog::Entry> entries = log.entries(filter).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().accountId, m_admin.id);
    QVERIFY(entries.first().detail.startsWith(u"restored_backup:"_s));
    // The restored log is whole: its chain holds, and the anchor of the replaced (longer) log does not accuse it.
    const AccessLog::VerifyResult verified = log.verifyChain();
    QVERIFY2(verified.ok, qPrintable(verified.message));
    restored.close();
    QCOMPARE(QDir(m_test->dir().path()).entryList({ u"centre-before-restore-*.lotsen"_s }).size(), 1);
}

void TestGuiRestore::restoreByAnAccountTheBackupDoesNotKnow()
{
    // The backup is older than the administrator who restores it: the entry names the user, without an account
    // (an id of the current file would point to nobody, or to someone else, in the restored one).
    const BackupInfo backup = writeBackup(kNow);
    QVERIFY(!backup.path.isEmpty());
    const Account later = m_test->addAccount(m_admin, u"later"_s, u"Later Administratör"_s, Role::Administrator);
    QVERIFY(later.id != 0);
    const QString databasePath = path();
    m_test->database().close();
    BackupRestore::Request request;
    request.backup = backup;
    request.accountId = later.id;
    request.username = later.username;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY2(RestoreRunner::run(databasePath, request, nullptr), qPrintable(MessageBox::lastText()));
    Database restored;
    QCOMPARE(restored.open(databasePath).status, Database::OpenStatus::Opened);
    AccessLog log(restored);
    AccessLog::Filter filter;
    filter.action = AccessAction::RestoreDatabase;
    const QList<AccessLog::Entry> entries = log.entries(filter).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().accountId, 0);
    QCOMPARE(entries.first().username, u"later"_s);
}

void TestGuiRestore::damagedFileIsRestoredFromTheStartDialog()
{
    QVERIFY(m_test->addYouth(u"Alva"_s, u"Testsson"_s) != 0);
    QVERIFY(!writeBackup(kNow).path.isEmpty());
    const QString databasePath = path();
    m_test->database().close();
    // Damage every page after the first: the start finds it damaged and offers the backup.
    {
        QFile file(databasePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page = 4096; page < file.size(); page += 4096) {
            file.seek(page);
            file.write(QByteArray(12, char(0x5a)));
        }
    }
    bool offered = false;
    bool chosen = false;
    bool told = false;
    GuiTest::whenModal<QMessageBox>(
        this,
        [this, &chosen, &told](QMessageBox* box) {
            GuiTest::whenModal<RestoreDialog>(
                this,
                [this, &told](RestoreDialog* dialog) {
                    // What was restored, said once the file is in place.
                    GuiTest::whenModal<QMessageBox>(
                        this, [](QMessageBox* info) { info->button(QMessageBox::Ok)->click(); }, &told);
                    MessageBox::setNextAnswer(QMessageBox::Yes);
                    GuiTest::child<QPushButton>(dialog, "restoreButton")->click();
                },
                &chosen);
            GuiTest::child<QPushButton>(box, "restoreButton")->click();
        },
        &offered);
    const std::unique_ptr<Database> opened = DatabaseOpener::open(databasePath);
    QVERIFY(offered);
    QVERIFY(chosen);
    QVERIFY(told);
    QVERIFY(opened);
    QCOMPARE(BackupVerifier::countRows(opened->connection())->value(u"youth"_s), 1);
    QCOMPARE(QDir(m_test->dir().path()).entryList({ u"centre-before-restore-*.lotsen"_s }).size(), 1);
}

void TestGuiRestore::restoreReappliesOnlyThisRegistersCullings()
{
    // The retention log beside the backups has a line of another register with the same file name (a shared
    // folder): its youth ids are not this register's youths, and must not be culled here.
    const qint64 id = m_test->addYouth(u"Alva"_s, u"Testsson"_s);
    QVERIFY(id != 0);
    const BackupInfo backup = writeBackup(kNow);
    QVERIFY(!backup.path.isEmpty());
    const QString databasePath = path();
    RetentionLog::Run foreign;
    foreign.at = kNow.addSecs(60);
    foreign.kind = RetentionLog::Kind::Erasure;
    foreign.youthIds = { id };
    foreign.databaseId = QString(32, u'f');
    LOTSEN_VERIFY_OK(RetentionLog(BackupSettings::retentionLogPath(databasePath)).append(foreign));
    m_test->database().close();
    BackupRestore::Request request;
    request.backup = backup;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY2(RestoreRunner::run(databasePath, request, nullptr), qPrintable(MessageBox::lastText()));
    Database restored;
    QCOMPARE(restored.open(databasePath).status, Database::OpenStatus::Opened);
    QSqlQuery query(restored.connection());
    QVERIFY(query.exec(u"SELECT anonymised_at IS NULL FROM youth WHERE id = %1"_s.arg(id)) && query.next());
    QVERIFY(query.value(0).toBool());
}

void TestGuiRestore::mainWindowRestoreClosesWithTheRequest()
{
    QVERIFY(!writeBackup(kNow).path.isEmpty());
    MainWindow window(m_test->workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = GuiTest::child<QAction>(&window, "restoreAction");
    QVERIFY(action->isEnabled());
    bool handled = false;
    GuiTest::whenModal<RestoreDialog>(
        this,
        [](RestoreDialog* dialog) {
            MessageBox::setNextAnswer(QMessageBox::Yes);
            GuiTest::child<QPushButton>(dialog, "restoreButton")->click();
        },
        &handled);
    action->trigger();
    QVERIFY(handled);
    QVERIFY(window.pendingRestore().has_value());
    QCOMPARE(window.pendingRestore()->accountId, m_admin.id);
    QVERIFY(window.pendingRestore()->backup.path.endsWith(u"centre-auto-2026-12-06-093000.lotsen"_s));
    QVERIFY(!window.isVisible());
}

void TestGuiRestore::settingsApplyAtOnceAndAreLogged()
{
    AutomaticBackup backup(m_test->workspace());
    BackupSettingsWidget widget(m_test->workspace(), &backup);
    widget.show();
    auto* second = GuiTest::child<QLineEdit>(&widget, "secondBackupFolderEdit");
    const QString usb = m_test->filePath(u"usb"_s);
    second->setFocus();
    QTest::keyClicks(second, usb);
    QTest::keyClick(second, Qt::Key_Return);
    QCOMPARE(BackupSettings::secondFolder(), usb);
    AccessLog::Filter filter;
    filter.action = AccessAction::ChangeSetting;
    const QList<AccessLog::Entry> entries = m_test->workspace().accessLog().entries(filter).value();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().detail.startsWith(u"setting:backup_second_folder"_s));

    // The passphrase: set in its dialog (twice alike), then shown as set.
    bool handled = false;
    GuiTest::whenModal<QDialog>(
        this,
        [](QDialog* dialog) {
            QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "passphraseEdit"), u"a long passphrase"_s);
            QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "passphraseRepeatEdit"), u"a long passphrase"_s);
            dialog->accept();
        },
        &handled);
    GuiTest::child<QPushButton>(&widget, "setPassphraseButton")->click();
    QVERIFY(handled);
    QVERIFY(BackupSettings::hasKey());
    QVERIFY(GuiTest::child<QLabel>(&widget, "passphraseState")->text().contains(u"is set"_s));

    // Back up now: a verified backup, and its copy on the "USB stick".
    backup.setEnabled(true);
    GuiTest::child<QPushButton>(&widget, "backUpNowButton")->click();
    QTRY_VERIFY(!backup.isRunning());
    QTRY_VERIFY(GuiTest::child<QLabel>(&widget, "backupStatusLabel")->text().contains(u"verified"_s));
    QCOMPARE(BackupCatalogue::list(usb)->size(), 1);
}

void TestGuiRestore::settingsAreForAdministratorsOnly()
{
    const qint64 staff = m_test->addStaff(u"Karin Mentorsson"_s);
    m_test->logInAsStaff(u"karin"_s, u"Karin Mentorsson"_s, staff);
    AutomaticBackup backup(m_test->workspace());
    BackupSettingsWidget widget(m_test->workspace(), &backup);
    QVERIFY(!widget.isEnabled());
    MainWindow window(m_test->workspace(), false);
    QVERIFY(!GuiTest::child<QAction>(&window, "restoreAction")->isEnabled());
}

void TestGuiRestore::todayWarnsAdministratorsWithoutARecentBackup()
{
    TodayPage page(m_test->workspace());
    AutomaticBackup backup(m_test->workspace());
    backup.setEnabled(true);
    page.setBackupStatus(&backup);
    page.show();
    auto* warning = GuiTest::child<QLabel>(&page, "backupWarning");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"no verified backup"_s));

    backup.runNow();
    QTRY_VERIFY(!backup.isRunning());
    QTRY_VERIFY(!warning->isVisible());

    // Three days on without a backup (the PC was off, or every attempt failed).
    Clock::setFixedNow(kNow.addDays(3));
    page.hide();
    page.show();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"No verified backup for 3 days."_s), qPrintable(warning->text()));

    // A mentor is not asked to see to backups.
    const qint64 staff = m_test->addStaff(u"Karin Mentorsson"_s);
    m_test->logInAsStaff(u"karin"_s, u"Karin Mentorsson"_s, staff);
    QTRY_VERIFY(!warning->isVisible());
}

QTEST_MAIN(TestGuiRestore)
#include "tst_gui_restore.moc"
