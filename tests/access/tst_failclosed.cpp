// Fail closed (issue 13 §1): nothing that must be logged happens without its access-log entry. With another
// connection holding the write lock (a backup tool, Python's sqlite3 in a transaction) opening a card, exporting a
// plan and logging in are refused with a message that says why, and leave no file; a right and a wrong password are
// refused alike, so a locked database neither skips the failed-login delay nor tells whether a password was right;
// the failed-login count works when only the log cannot be written; and a logged write (an import, a save) commits
// with its entry or not at all, even when the process dies between them.
#include "CommandLine.h"
#include "GuiTest.h"
#include "ImportCommand.h"
#include "PlanExportCommand.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "plans/PlanRepository.h"
#include "shell/MainWindow.h"
#include "youth/YouthRepository.h"
#include "youth/YouthsPage.h"

#include <QFile>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"a long test password"_s;

// A second connection to the file that holds its write lock, as another program would.
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, kName);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
    }
    ~WriteLockHolder()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(kName, false);
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(kName);
    }
    bool held() const { return m_held; }

private:
    static inline const QString kName = u"write-lock-holder"_s;
    bool m_held = false;
};

} // namespace

class TestFailClosed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loginUnderAWriteLockIsRefusedAlikeForAnyPassword();
    void failedLoginsAreCountedWhenOnlyTheLogCannotBeWritten();
    void aCardIsNotOpenedWithoutItsEntry();
    void planExportUnderAWriteLockLeavesNoFile();
    void aSaveAndItsEntryCommitTogether();
    void anImportKilledBeforeItsEntryLeavesNeither();

private:
    qint64 scalar(const QString& sql);
    // Makes every new access-log entry fail, as a full disk or a broken log would, while other writes still work.
    void refuseLogEntries();
    // Runs `lotsen import` in a child process; the exit status, or the signal number + 128 / the _exit code.
    int importInChild(const QString& csvPath, bool dieBeforeLogEntry);
    QString writePasswordFile();

    std::unique_ptr<TestWorkspace> m_fixture;
    Account m_admin;
    Account m_mentor;
    qint64 m_youthId = 0;
};

void TestFailClosed::initTestCase()
{
    // The default 5 s wait for a lock would only make the test slow; the outcome is the same.
    Database::setBusyTimeout(100);
}

void TestFailClosed::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    QVERIFY(m_fixture->open());
    m_admin = m_fixture->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
    const qint64 staff = m_fixture->addStaff(u"Karin Mentorsson"_s);
    m_mentor = m_fixture->addAccount(m_admin, u"karin"_s, u"Karin Mentorsson"_s, Role::Mentor, kPassword, staff);
    QVERIFY(m_mentor.id != 0);
    m_youthId = m_fixture->addYouth(u"Tova"_s, u"Testberg"_s, staff, u"200001012384"_s);
    QVERIFY(m_youthId > 0);
}

void TestFailClosed::cleanup()
{
    GuiTest::closeModalWidgets();
    Session::setBeforeLogEntryHook({});
    m_fixture.reset();
}

qint64 TestFailClosed::scalar(const QString& sql)
{
    // On a connection of its own, so that it also reads after the fixture closed its database for a command.
    const QString name = u"check"_s;
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_fixture->filePath(u"test.lotsen"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next()) {
            value = query.value(0).toLongLong();
        } else {
            qWarning() << sql << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestFailClosed::refuseLogEntries()
{
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.access_log "
                       "BEGIN SELECT RAISE(ABORT, 'log refused'); END"_s));
}

void TestFailClosed::loginUnderAWriteLockIsRefusedAlikeForAnyPassword()
{
    Session& session = m_fixture->session();
    session.logOut();
    const qint64 entries = scalar(u"SELECT count(*) FROM access_log"_s);
    QString rightMessage;
    QString wrongMessage;
    {
        WriteLockHolder lock(m_fixture->database().path());
        QVERIFY(lock.held());
        const AccountRepository::AuthResult right = session.logIn(u"karin"_s, kPassword);
        QVERIFY(!right.ok);
        QVERIFY(!session.isLoggedIn());
        rightMessage = right.message;
        for (int attempt = 0; attempt < 7; ++attempt) {
            const AccountRepository::AuthResult wrong = session.logIn(u"karin"_s, u"not the password"_s);
            QVERIFY(!wrong.ok);
            QVERIFY(!wrong.lockedOut); // not even looked at: the same answer every time
            wrongMessage = wrong.message;
        }
    }
    // The same words for the right and a wrong password: the refusal does not tell which one was right.
    QCOMPARE(wrongMessage, rightMessage);
    QVERIFY2(rightMessage.contains(u"cannot record logins right now"_s), qPrintable(rightMessage));
    QVERIFY2(rightMessage.contains(u"Another program is writing to the database"_s), qPrintable(rightMessage));
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log"_s), entries);
    QCOMPARE(scalar(u"SELECT failed_logins FROM account WHERE username = 'karin'"_s), 0);

    // Once the lock is gone, wrong passwords count and are logged as before.
    for (int attempt = 0; attempt < AccountRepository::FreeFailures + 1; ++attempt) {
        QVERIFY(!session.logIn(u"karin"_s, u"not the password"_s).ok);
    }
    QCOMPARE(scalar(u"SELECT failed_logins FROM account WHERE username = 'karin'"_s),
             AccountRepository::FreeFailures + 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log WHERE action = 'login_failed'"_s),
             AccountRepository::FreeFailures + 1);
}

void TestFailClosed::failedLoginsAreCountedWhenOnlyTheLogCannotBeWritten()
{
    Session& session = m_fixture->session();
    session.logOut();
    refuseLogEntries();
    AccountRepository::AuthResult last;
    for (int attempt = 0; attempt < AccountRepository::FreeFailures + 1; ++attempt) {
        last = session.logIn(u"karin"_s, u"not the password"_s);
        QVERIFY(!last.ok);
    }
    // The count and the delay are the same as with a working log.
    QCOMPARE(scalar(u"SELECT failed_logins FROM account WHERE username = 'karin'"_s),
             AccountRepository::FreeFailures + 1);
    QVERIFY(last.lockedOut);
    QCOMPARE(last.retryAfterSeconds, AccountRepository::FirstDelaySeconds);
    // During the delay even the right password is refused.
    QVERIFY(session.logIn(u"karin"_s, kPassword).lockedOut);
    // And after it, the right password still does not log in while the log cannot record the login.
    Clock::setFixedNow(Clock::now().addSecs(AccountRepository::FirstDelaySeconds + 1));
    const AccountRepository::AuthResult right = session.logIn(u"karin"_s, kPassword);
    QVERIFY(!right.ok);
    QVERIFY2(right.message.contains(u"cannot record this login in the access log"_s), qPrintable(right.message));
    QVERIFY(!session.isLoggedIn());
}

void TestFailClosed::aCardIsNotOpenedWithoutItsEntry()
{
    MainWindow window(m_fixture->workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* youths = GuiTest::child<YouthsPage>(&window, "youthsPage");
    const qint64 opens = scalar(u"SELECT count(*) FROM access_log WHERE action = 'open_youth'"_s);
    QString said;
    bool handled = false;
    {
        WriteLockHolder lock(m_fixture->database().path());
        QVERIFY(lock.held());
        GuiTest::whenModal<QMessageBox>(
            this,
            [&](QMessageBox* box) {
                said = box->text();
                box->accept();
            },
            &handled);
        QVERIFY(youths->openYouth(m_youthId) == nullptr);
    }
    QVERIFY(handled);
    QVERIFY2(said.contains(u"the card is not opened"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Another program is writing to the database"_s), qPrintable(said));
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log WHERE action = 'open_youth'"_s), opens);
    // With the lock gone, the card opens and its opening is logged.
    QVERIFY(youths->openYouth(m_youthId) != nullptr);
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log WHERE action = 'open_youth'"_s), opens + 1);
}

QString TestFailClosed::writePasswordFile()
{
    const QString path = m_fixture->filePath(u"password.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(kPassword.toUtf8() + '\n');
    return path;
}

void TestFailClosed::planExportUnderAWriteLockLeavesNoFile()
{
    LOTSEN_VERIFY_OK(m_fixture->workspace().plans().create(m_youthId, 0, QDate(2026, 12, 5), 8));
    // The command opens the file itself, as it would beside no running Lotsen.
    m_fixture->database().close();
    const QString passwordFile = writePasswordFile();
    QVERIFY(!passwordFile.isEmpty());
    CommandLine command;
    command.command = CommandLine::Command::ExportPlan;
    command.databasePath = m_fixture->filePath(u"test.lotsen"_s);
    command.youth = QString::number(m_youthId);
    command.pdfPath = m_fixture->filePath(u"plan.pdf"_s);
    command.user = u"karin"_s;
    const qint64 entries = scalar(u"SELECT count(*) FROM access_log"_s);
    {
        WriteLockHolder lock(m_fixture->filePath(u"test.lotsen"_s));
        QVERIFY(lock.held());
        QVERIFY(std::freopen(qPrintable(passwordFile), "r", stdin));
        QVERIFY(PlanExportCommand::run(command) != 0);
    }
    QVERIFY(!QFile::exists(command.pdfPath));
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log"_s), entries);
    QCOMPARE(scalar(u"SELECT failed_logins FROM account WHERE username = 'karin'"_s), 0);
    // Without the lock the same command writes the PDF and logs the login and the export.
    QVERIFY(std::freopen(qPrintable(passwordFile), "r", stdin));
    QCOMPARE(PlanExportCommand::run(command), 0);
    QVERIFY(QFile::exists(command.pdfPath));
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log WHERE action = 'export_pdf'"_s), 1);
}

void TestFailClosed::aSaveAndItsEntryCommitTogether()
{
    refuseLogEntries();
    Youth youth = *LOTSEN_VALUE(m_fixture->workspace().youths().load(m_youthId));
    youth.phone = u"070-1740605"_s;
    const Result<void> saved = m_fixture->session().loggedWrite(
        { AccessAction::ChangeYouth, m_youthId, {} }, [&](Session::LogEntry&) -> Result<void> {
            const Result<qint64> written = m_fixture->workspace().youths().save(youth);
            if (!written) {
                return written.error();
            }
            return success();
        });
    QVERIFY(!saved.ok());
    QVERIFY2(saved.message().contains(u"Nothing was saved"_s), qPrintable(saved.message()));
    // The youth's phone is as before: the save went with its missing entry.
    QCOMPARE(scalar(u"SELECT count(*) FROM youth WHERE phone = '070-1740605'"_s), 0);
    QCOMPARE(m_fixture->database().openTransactions(), 0);
}

int TestFailClosed::importInChild(const QString& csvPath, bool dieBeforeLogEntry)
{
    const QString passwordFile = writePasswordFile();
    const QString databasePath = m_fixture->filePath(u"test.lotsen"_s);
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        // The child opens the file on its own connection: SQLite connections must not cross a fork.
        if (dieBeforeLogEntry) {
            // As `kill -9` between the import's rows and its entry: no destructor, no rollback, no commit.
            Session::setBeforeLogEntryHook([] { ::_exit(99); });
        }
        if (!std::freopen(qPrintable(passwordFile), "r", stdin)) {
            ::_exit(98);
        }
        CommandLine command;
        command.command = CommandLine::Command::Import;
        command.databasePath = databasePath;
        command.importSource = u"kaa"_s;
        command.csvPath = csvPath;
        command.user = u"admin"_s; // a mentor may not import
        ::_exit(ImportCommand::run(command));
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void TestFailClosed::anImportKilledBeforeItsEntryLeavesNeither()
{
    const QString csv = m_fixture->filePath(u"kaa.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Förnamn;Efternamn;Personnummer\n"
                   "Ada;Testsson;20040101-2380\n"
                   "Bo;Testsson;20040102-2389\n"
                   "Cia;Testsson;20040103-2388\n");
    }
    const qint64 youths = scalar(u"SELECT count(*) FROM youth"_s);
    // The child opens the file for writing, as `lotsen import` beside no running Lotsen.
    m_fixture->database().close();
    QCOMPARE(importInChild(csv, true), 99);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth"_s), youths);
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log WHERE action = 'import_youths'"_s), 0);
    // Not killed: both.
    QCOMPARE(importInChild(csv, false), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth"_s), youths + 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM access_log WHERE action = 'import_youths'"_s), 1);
}

QTEST_MAIN(TestFailClosed)
#include "tst_failclosed.moc"
