#include "TestWorkspace.h"
#include "TestServer.h"
#include "access/ChainSeal.h"

#include "core/EnglishPlurals.h"

#include "access/AccountRepository.h"
#include "access/PasswordHasher.h"
#include "access/Session.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "youth/YouthRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <algorithm>

#include <sodium.h>

namespace lotsen {

namespace {

// In memory where the system has a tmpfs at /dev/shm (Linux): the database runs with synchronous = FULL, and an
// fsync for every commit on a disk is most of a database test's time. Elsewhere the usual temporary folder.
QString temporaryDirTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + QStringLiteral("/lotsen-test-XXXXXX");
}

} // namespace

TestWorkspace::TestWorkspace(const QDateTime& now) : m_dir(temporaryDirTemplate()), m_fixedClock(now.isValid())
{
    // The English UI's plural forms ("1 day", "7 days"), as in the program.
    EnglishPlurals::install();
    if (m_fixedClock) {
        Clock::setFixedNow(now);
    }
    useCheapPasswordHashing();
}

TestWorkspace::~TestWorkspace()
{
    // The workspace before the database it uses, both before the directory they live in.
    m_workspace.reset();
    m_database.reset();
    for (const QString& name : std::as_const(m_serverDatabases)) {
        TestServer::dropDatabase(name);
    }
    // Settings written after the directory is gone would bring it back (QSettings makes the path); this writes
    // the last ones now, and later ones go nowhere.
    AppSettings::useFile(QString());
    if (m_fixedClock) {
        Clock::reset();
    }
}

bool TestWorkspace::open(const QString& fileName)
{
    if (!m_dir.isValid()) {
        qWarning("TestWorkspace: no temporary directory");
        return false;
    }
    // Never the user's own settings, nor the user's access-log key.
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    ChainSeal::setDirectory(m_dir.filePath(QStringLiteral("secrets")));
    m_workspace.reset();
    m_database = std::make_unique<Database>();
    const QString where = location(fileName);
    if (where.isEmpty()) {
        return false;
    }
    if (const Database::OpenResult opened = m_database->open(where); !opened.ok()) {
        qWarning("TestWorkspace: the database did not open: %s", qPrintable(opened.message));
        return false;
    }
    m_workspace = std::make_unique<Workspace>(*m_database);
    return true;
}

QString TestWorkspace::location(const QString& fileName)
{
    if (!TestServer::active()) {
        return m_dir.filePath(fileName);
    }
    if (!m_serverDatabases.contains(fileName)) {
        const QString name = TestServer::uniqueName(fileName);
        if (!TestServer::createLotsenDatabase(name)) {
            return {};
        }
        m_serverDatabases.insert(fileName, name);
    }
    const std::optional<ServerAddress> address = TestServer::address(m_serverDatabases.value(fileName));
    return address ? address->toUrl() : QString();
}

Session& TestWorkspace::session()
{
    return m_workspace->session();
}

qint64 TestWorkspace::addStaff(const QString& name)
{
    return m_workspace->staff().add(name).valueOr(0);
}

qint64 TestWorkspace::addYouth(const QString& firstName, const QString& lastName, qint64 mentorId,
                               const QString& personalNumber)
{
    Youth youth;
    youth.firstName = firstName;
    youth.lastName = lastName;
    youth.status = YouthStatus::Active;
    youth.mentorId = mentorId;
    if (!personalNumber.isEmpty()) {
        youth.personalNumber = personalNumber;
        youth.birthDate = QDate::fromString(personalNumber.left(8), QStringLiteral("yyyyMMdd"));
    }
    return m_workspace->youths().save(youth).ok() ? youth.id : 0;
}

bool TestWorkspace::exitYouth(Workspace& workspace, qint64 youthId, const QDate& exitDate, bool withFollowUps)
{
    ExitInput exit;
    exit.exitDate = exitDate.isValid() ? exitDate : Clock::today();
    exit.reason = ExitReason::Completed;
    exit.situation = Situation::NotKnown;
    exit.followUpConsent = withFollowUps;
    const Result<qint64> done = workspace.enrolments().exit(youthId, exit, workspace.centre().followUpOffsets());
    if (!done.ok()) {
        qWarning("TestWorkspace: the youth could not be exited: %s", qPrintable(done.message()));
        return false;
    }
    return true;
}

qint64 TestWorkspace::saveYouth(Workspace& workspace, Youth& youth)
{
    const bool exited = youth.status == YouthStatus::Exited;
    if (exited) {
        youth.status = YouthStatus::Active;
        if (!youth.startDate.isValid()) {
            youth.startDate = Clock::today().addDays(-30);
        }
    }
    if (const Result<qint64> saved = workspace.youths().save(youth); !saved.ok()) {
        qWarning("TestWorkspace: the youth could not be saved: %s", qPrintable(saved.message()));
        return 0;
    }
    if (exited) {
        if (!exitYouth(workspace, youth.id, std::max(youth.startDate, Clock::today().addDays(-1)))) {
            return 0;
        }
        youth.status = YouthStatus::Exited;
    }
    return youth.id;
}

bool TestWorkspace::addAdministrator(Account& account, const QString& password)
{
    account.role = Role::Administrator;
    if (const Result<void> created = m_workspace->accounts().createFirstAdministrator(account, password); !created) {
        qWarning("TestWorkspace: no administrator: %s", qPrintable(created.message()));
        return false;
    }
    return true;
}

bool TestWorkspace::addAccount(const Account& admin, Account& account, const QString& password)
{
    if (const Result<void> created = m_workspace->accounts().create(admin, account, password); !created) {
        qWarning("TestWorkspace: no account: %s", qPrintable(created.message()));
        return false;
    }
    return true;
}

Account TestWorkspace::addAdministrator(const QString& username, const QString& displayName, const QString& password)
{
    Account account;
    account.username = username;
    account.displayName = displayName;
    return addAdministrator(account, password) ? account : Account {};
}

Account TestWorkspace::addAccount(const Account& admin, const QString& username, const QString& displayName, Role role,
                                  const QString& password, qint64 staffId)
{
    Account account;
    account.username = username;
    account.displayName = displayName;
    account.role = role;
    account.staffId = staffId;
    return addAccount(admin, account, password) ? account : Account {};
}

void TestWorkspace::logInAs(const Account& account)
{
    if (const Result<void> started = session().startWithoutPassword(account); !started) {
        qWarning("TestWorkspace: not logged in: %s", qPrintable(started.message()));
    }
}

Account TestWorkspace::logInAsStaff(const QString& username, const QString& displayName, qint64 staffId, Role role)
{
    Account admin;
    const auto existing = workspace().accounts().byUsername(QStringLiteral("admin"));
    if (existing.ok() && existing.value()) {
        admin = **existing;
    } else {
        admin = addAdministrator(QStringLiteral("admin"), QStringLiteral("Administrator"));
    }
    const Account account = addAccount(admin, username, displayName, role, defaultPassword(), staffId);
    if (account.id == 0) {
        qWarning("TestWorkspace: no account %s", qPrintable(username));
        return account;
    }
    logInAs(account);
    return account;
}

Account TestWorkspace::logInAsAdministrator()
{
    const Account admin = addAdministrator(QStringLiteral("admin"), QStringLiteral("Administrator"));
    if (admin.id != 0) {
        logInAs(admin);
    }
    return admin;
}

void TestWorkspace::useCheapPasswordHashing()
{
    PasswordHasher::setCostForTests(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

void TestWorkspace::useRealPasswordHashing()
{
    PasswordHasher::resetCost();
}

} // namespace lotsen
