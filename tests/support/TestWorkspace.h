#pragma once

#include "access/Account.h"
#include "youth/Youth.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lotsen {

class Database;
class Session;
class Workspace;

// A test's own Lotsen: a fresh database in a temporary directory with a Workspace on it, and helpers that seed
// staff, youths and accounts. It makes password hashing cheap (for the rest of the program: a test of the real cost
// asks for it) and points the per-user settings at the directory (in memory where it can: see the .cpp). A test
// opens one in init() and resets it in cleanup(), and sets up only what is particular to it.
class TestWorkspace
{
public:
    // With a valid now, the clock stands still at it until the fixture goes (Clock::setFixedNow, Clock::reset).
    explicit TestWorkspace(const QDateTime& now = {});
    ~TestWorkspace();
    TestWorkspace(const TestWorkspace&) = delete;
    TestWorkspace& operator=(const TestWorkspace&) = delete;

    // Creates the database fileName in the directory and the Workspace on it; false (with a warning) on failure,
    // for QVERIFY. In the PostgreSQL run of a test (TestServer::active()) the database is a new one on the test
    // server instead, named after fileName (the same name opens the same database again) and dropped with the
    // fixture.
    bool open(const QString& fileName = QStringLiteral("test.lotsen"));
    // What open(fileName) opens: the file's path, or the server database's address.
    QString location(const QString& fileName = QStringLiteral("test.lotsen"));

    QTemporaryDir& dir() { return m_dir; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    Database& database() { return *m_database; }
    Workspace& workspace() { return *m_workspace; }
    Session& session();

    // A staff member (mentor); the id, or 0.
    qint64 addStaff(const QString& name);
    // An active youth; a personal number must be one of Skatteverket's test numbers (such as 200001012384), and
    // sets the birth date. The id, or 0.
    qint64 addYouth(const QString& firstName, const QString& lastName, qint64 mentorId = 0,
                    const QString& personalNumber = QString());

    // Ends the youth's running period through EnrolmentRepository::exit (the only way a youth becomes exited):
    // completed according to the plan, situation not known, follow-ups as the centre's settings say (none with
    // withFollowUps false). On `exitDate`, or today. False (with a warning) on failure, for QVERIFY.
    static bool exitYouth(Workspace& workspace, qint64 youthId, const QDate& exitDate = {}, bool withFollowUps = false);
    // Saves `youth`; a youth with status Exited is saved as active and then exited as above. The id, or 0.
    static qint64 saveYouth(Workspace& workspace, Youth& youth);

    // The first administrator; account gets its id (0 on failure, with a warning).
    bool addAdministrator(Account& account, const QString& password);
    bool addAdministrator(Account& account) { return addAdministrator(account, defaultPassword()); }
    // An account made by the administrator admin; account gets its id.
    bool addAccount(const Account& admin, Account& account, const QString& password);
    bool addAccount(const Account& admin, Account& account) { return addAccount(admin, account, defaultPassword()); }
    // The same from names: the account made (id 0 on failure).
    Account addAdministrator(const QString& username, const QString& displayName,
                             const QString& password = defaultPassword());
    Account addAccount(const Account& admin, const QString& username, const QString& displayName, Role role,
                       const QString& password = defaultPassword(), qint64 staffId = 0);
    // Starts a session for the account without its password (Session::startWithoutPassword).
    void logInAs(const Account& account);
    // What the program always has once it runs: an administrator ("admin") logged in, so that the access log
    // can name who did what. The account (id 0 on failure, with a warning).
    Account logInAsAdministrator();
    // An account (a mentor unless role says otherwise) that is the staff record staffId, made by the administrator
    // "admin" (made first when there is none), and logged in: what it writes names it as the author, and its staff
    // record is the default staff.
    Account logInAsStaff(const QString& username, const QString& displayName, qint64 staffId, Role role = Role::Mentor);

    // Long enough for the minimum length; for accounts whose password the test does not type.
    static QString defaultPassword() { return QStringLiteral("a long test password"); }

    // The cost a test's password hashes get: libsodium's minimum (the real cost takes about a second a hash).
    static void useCheapPasswordHashing();
    // The real cost, for a test of the cost itself or of rehashing; the next TestWorkspace makes it cheap again.
    static void useRealPasswordHashing();

private:
    QTemporaryDir m_dir;
    bool m_fixedClock = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
    QHash<QString, QString> m_serverDatabases; // fileName -> database on the test server
};

} // namespace lotsen
