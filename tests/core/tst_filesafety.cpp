// Safety of the file: the database with its -wal and -shm, its backups (the administrator's
// and the one before a migration) and the exports are readable by their owner only (0600) under the usual umask
// 022; a Lotsen file that others may read is restricted when Lotsen opens it, a file of another program is not;
// a backup never overwrites a file; only an administrator may back up, and the backup is in the access log.
#include "ResultChecks.h"
#include "access/AccessLog.h"
#include "access/AccountRepository.h"
#include "access/ChainSeal.h"
#include "access/StaffRepository.h"
#include "core/Database.h"
#include "core/DatabaseBackup.h"
#include "core/OwnerOnlyFile.h"
#include "core/Workspace.h"
#include "documents/PagedDocumentRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QString kAdminPassword = u"correct horse battery"_s;
const QString kMentorPassword = u"a long mentor password"_s;

// The file's mode in octal ("600"), or why there is none: easier to read in a failure than QFile::Permissions.
QString mode(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return u"missing"_s;
    }
    return QString::number(info.st_mode & 0777, 8);
#else
    Q_UNUSED(path)
    return u"600"_s;
#endif
}

void writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    QVERIFY(QFile::setPermissions(path, permissions));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs statements on a file with a connection of its own, as another tool would.
bool rawExec(const QString& path, const QStringList& statements)
{
    const QString name = u"raw"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

constexpr QFileDevice::Permissions kReadableByAll
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void createEmptyIsOwnerOnly();
    void createEmptyRefusesContentAndFolders();
    void newDatabaseAndItsWalAreOwnerOnly();
    void emptyExistingFileBecomesOwnerOnly();
    void readableDatabaseIsRestrictedAtOpen();
    void readOnlyModeChangesNoPermissions();
    void otherProgramsFileIsNotTouched();
    void backupIsOwnerOnly();
    void backupIntoEmptyFileIsOwnerOnly();
    void backupRefusesNonEmptyTarget();
    void migrationBackupIsOwnerOnly();
    void csvExportIsOwnerOnly();
    void pdfExportIsOwnerOnly();
    void suggestedBackupName();
    void administratorBacksUpAndIsLogged();
    void mentorIsRefusedInTheDataLayer();
    void databaseWithoutAccountsMayBeBackedUp();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A database with an administrator and a mentor account in m_workspace.
    void openWithAccounts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
    Account m_admin;
    Account m_mentor;
#ifdef Q_OS_UNIX
    mode_t m_umask = 022;
#endif
};

void TestFileSafety::initTestCase()
{
#ifdef Q_OS_UNIX
    // The usual umask, under which a file made without care is readable by everyone (0644). Under 077 every
    // check here would pass whatever Lotsen does.
    m_umask = ::umask(022);
#else
    QSKIP("Owner-only modes are a Unix matter; on Windows the per-user AppData folder gives the equivalent.");
#endif
}

void TestFileSafety::cleanupTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(m_umask);
#endif
}

void TestFileSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The access log's key and anchors in this test's folder, never the user's credential store.
    ChainSeal::setDirectory(m_dir->filePath(u"secrets"_s));
}

void TestFileSafety::cleanup()
{
    m_workspace.reset();
    m_database.reset();
    m_dir.reset();
}

void TestFileSafety::openWithAccounts()
{
    m_database = std::make_unique<Database>();
    QCOMPARE(m_database->open(path(u"centre.lotsen"_s)).status, Database::OpenStatus::Created);
    m_workspace = std::make_unique<Workspace>(*m_database);
    m_admin = {};
    m_admin.username = u"admin"_s;
    m_admin.displayName = u"Ada Admin"_s;
    m_admin.role = Role::Administrator;
    LOTSEN_VERIFY_OK(m_workspace->accounts().createFirstAdministrator(m_admin, kAdminPassword));
    m_mentor = {};
    m_mentor.username = u"maja"_s;
    m_mentor.displayName = u"Maja Mentor"_s;
    m_mentor.role = Role::Mentor;
    LOTSEN_VERIFY_OK(m_workspace->accounts().create(m_admin, m_mentor, kMentorPassword));
}

void TestFileSafety::createEmptyIsOwnerOnly()
{
    const QString file = path(u"new.bak"_s);
    const Result<void> created = OwnerOnlyFile::createEmpty(file);
    QVERIFY2(created, qPrintable(created.message()));
    QCOMPARE(mode(file), u"600"_s);
    QCOMPARE(QFileInfo(file).size(), 0);
    QVERIFY(OwnerOnlyFile::isOwnerOnly(file));

    // An empty file that others may read is restricted.
    const QString readable = path(u"readable.bak"_s);
    writeFile(readable, {}, kReadableByAll);
    QCOMPARE(mode(readable), u"644"_s);
    QVERIFY(!OwnerOnlyFile::isOwnerOnly(readable));
    const Result<void> restricted = OwnerOnlyFile::createEmpty(readable);
    QVERIFY2(restricted, qPrintable(restricted.message()));
    QCOMPARE(mode(readable), u"600"_s);
}

void TestFileSafety::createEmptyRefusesContentAndFolders()
{
    const QString file = path(u"someone-elses.txt"_s);
    writeFile(file, "keep me", kReadableByAll);
    const Result<void> refused = OwnerOnlyFile::createEmpty(file);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(u"not empty"_s), qPrintable(refused.message()));
    QCOMPARE(readFile(file), QByteArray("keep me"));
    QCOMPARE(mode(file), u"644"_s); // not ours to change

    const Result<void> folder = OwnerOnlyFile::createEmpty(m_dir->path());
    QVERIFY(!folder);
    QVERIFY(!folder.message().isEmpty());
    const Result<void> missing = OwnerOnlyFile::createEmpty(path(u"no-such-folder/x.bak"_s));
    QVERIFY(!missing);
    QVERIFY(!missing.message().isEmpty());
}

void TestFileSafety::newDatabaseAndItsWalAreOwnerOnly()
{
    const QString file = path(u"new.lotsen"_s);
    Database database;
    QCOMPARE(database.open(file).status, Database::OpenStatus::Created);
    QVERIFY(StaffRepository(database).add(u"Kim Mentor"_s).valueOr(0) > 0);
    // WAL: the write is in the -wal file, and the -shm file exists while the database is open.
    QVERIFY(QFileInfo(file + u"-wal"_s).size() > 0);
    QCOMPARE(mode(file), u"600"_s);
    QCOMPARE(mode(file + u"-wal"_s), u"600"_s);
    QCOMPARE(mode(file + u"-shm"_s), u"600"_s);

    // In a folder Lotsen makes for it, too.
    Database nested;
    const QString deeper = path(u"a/b/nested.lotsen"_s);
    QCOMPARE(nested.open(deeper).status, Database::OpenStatus::Created);
    QCOMPARE(mode(deeper), u"600"_s);
}

void TestFileSafety::emptyExistingFileBecomesOwnerOnly()
{
    const QString file = path(u"empty.lotsen"_s);
    writeFile(file, {}, kReadableByAll);
    Database database;
    QCOMPARE(database.open(file).status, Database::OpenStatus::Created);
    QCOMPARE(mode(file), u"600"_s);
    QCOMPARE(mode(file + u"-wal"_s), u"600"_s);
}

void TestFileSafety::readableDatabaseIsRestrictedAtOpen()
{
    // A Lotsen file copied or restored with the default umask: Lotsen makes it owner-only when it opens it.
    const QString file = path(u"copied.lotsen"_s);
    {
        Database database;
        QCOMPARE(database.open(file).status, Database::OpenStatus::Created);
    }
    QVERIFY(QFile::setPermissions(file, kReadableByAll | QFileDevice::WriteGroup));
    QCOMPARE(mode(file), u"664"_s);
    Database database;
    QCOMPARE(database.open(file).status, Database::OpenStatus::Opened);
    QCOMPARE(mode(file), u"600"_s);
    QVERIFY(StaffRepository(database).add(u"Kim Mentor"_s).valueOr(0) > 0);
    QCOMPARE(mode(file + u"-wal"_s), u"600"_s);
    QCOMPARE(mode(file + u"-shm"_s), u"600"_s);
}

void TestFileSafety::readOnlyModeChangesNoPermissions()
{
    // The read-only mode (archiving and exports beside a running Lotsen) changes nothing, permissions included.
    const QString file = path(u"archive.lotsen"_s);
    {
        Database database;
        QCOMPARE(database.open(file).status, Database::OpenStatus::Created);
    }
    QVERIFY(QFile::setPermissions(file, kReadableByAll));
    Database reader;
    QCOMPARE(reader.open(file, Database::Mode::ReadOnly).status, Database::OpenStatus::Opened);
    QCOMPARE(mode(file), u"644"_s);
}

void TestFileSafety::otherProgramsFileIsNotTouched()
{
    const QString file = path(u"other.sqlite"_s);
    QVERIFY(rawExec(file, { u"PRAGMA application_id = 42"_s, u"CREATE TABLE t (x)"_s }));
    QVERIFY(QFile::setPermissions(file, kReadableByAll));
    Database database;
    QCOMPARE(database.open(file).status, Database::OpenStatus::NotLotsen);
    QCOMPARE(mode(file), u"644"_s);
}

void TestFileSafety::backupIsOwnerOnly()
{
    Database database;
    QCOMPARE(database.open(path(u"source.lotsen"_s)).status, Database::OpenStatus::Created);
    QVERIFY(StaffRepository(database).add(u"Kim Mentor"_s).valueOr(0) > 0);
    const QString target = path(u"copy.lotsen"_s);
    LOTSEN_VERIFY_OK(database.backupTo(target));
    QCOMPARE(mode(target), u"600"_s);
    QVERIFY(!QFileInfo::exists(target + u"-journal"_s));
    QVERIFY(!QFileInfo::exists(target + u"-wal"_s));

    Database copy;
    QCOMPARE(copy.open(target, Database::Mode::ReadOnly).status, Database::OpenStatus::Opened);
    QCOMPARE(StaffRepository(copy).all()->size(), 1);
}

void TestFileSafety::backupIntoEmptyFileIsOwnerOnly()
{
    Database database;
    QCOMPARE(database.open(path(u"source.lotsen"_s)).status, Database::OpenStatus::Created);
    QVERIFY(StaffRepository(database).add(u"Kim Mentor"_s).valueOr(0) > 0);
    // An empty file chosen as the target (say, made by the file dialog) is used, and restricted first.
    const QString target = path(u"chosen.lotsen"_s);
    writeFile(target, {}, kReadableByAll);
    LOTSEN_VERIFY_OK(database.backupTo(target));
    QCOMPARE(mode(target), u"600"_s);
    QVERIFY(QFileInfo(target).size() > 0);
    Database copy;
    QCOMPARE(copy.open(target, Database::Mode::ReadOnly).status, Database::OpenStatus::Opened);
    QCOMPARE(StaffRepository(copy).all()->size(), 1);
}

void TestFileSafety::backupRefusesNonEmptyTarget()
{
    Database database;
    QCOMPARE(database.open(path(u"source.lotsen"_s)).status, Database::OpenStatus::Created);
    const QString target = path(u"someone-elses.txt"_s);
    writeFile(target, "keep me", kReadableByAll);
    const Result<void> refused = database.backupTo(target);
    LOTSEN_VERIFY_FAILS(refused);
    QVERIFY2(refused.message().contains(u"not empty"_s), qPrintable(refused.message()));
    QCOMPARE(readFile(target), QByteArray("keep me"));
    QCOMPARE(mode(target), u"644"_s);

    // Nor an earlier backup.
    const QString earlier = path(u"earlier.lotsen"_s);
    QVERIFY(database.backupTo(earlier));
    const QByteArray before = readFile(earlier);
    QVERIFY(StaffRepository(database).add(u"Kim Mentor"_s).valueOr(0) > 0);
    QVERIFY(!database.backupTo(earlier));
    QCOMPARE(readFile(earlier), before);
}

void TestFileSafety::migrationBackupIsOwnerOnly()
{
    // A file one schema version behind. Made here by lowering user_version, so the last migration then fails
    // (its tables exist); the backup before it is written all the same, and that is what is checked.
    const QString file = path(u"older.lotsen"_s);
    {
        Database database;
        QCOMPARE(database.open(file).status, Database::OpenStatus::Created);
    }
    const int previous = Database::currentSchemaVersion() - 1;
    QVERIFY(rawExec(file, { u"PRAGMA user_version = %1"_s.arg(previous) }));
    Database database;
    database.open(file);
    const QStringList backups
        = QDir(m_dir->path()).entryList({ u"older.lotsen.before-v%1-*.bak"_s.arg(Database::currentSchemaVersion()) });
    QCOMPARE(backups.size(), 1);
    QCOMPARE(mode(path(backups.first())), u"600"_s);
}

void TestFileSafety::csvExportIsOwnerOnly()
{
    openWithAccounts();
    AccessLog& log = m_workspace->accessLog();
    QVERIFY(log.append(m_admin.id, m_admin.username, AccessAction::Login));
    const QString csv = path(u"log.csv"_s);
    LOTSEN_VERIFY_OK(log.exportCsv({}, csv));
    QCOMPARE(mode(csv), u"600"_s);

    // QSaveFile would keep the mode of a file it replaces: it is restricted all the same.
    const QString replaced = path(u"replaced.csv"_s);
    writeFile(replaced, "old", kReadableByAll);
    LOTSEN_VERIFY_OK(log.exportCsv({}, replaced));
    QCOMPARE(mode(replaced), u"600"_s);
    QVERIFY(readFile(replaced).contains("login"));
}

void TestFileSafety::pdfExportIsOwnerOnly()
{
    QTextDocument document;
    document.setHtml(u"<h1>Handlingsplan</h1><p>Mål: en praktikplats.</p>"_s);
    const QString pdf = path(u"plan.pdf"_s);
    const Result<int> written = PagedDocumentRenderer::writePdf(document, pdf, QDate(2026, 11, 27));
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    QCOMPARE(mode(pdf), u"600"_s);
}

void TestFileSafety::suggestedBackupName()
{
    QCOMPARE(DatabaseBackup::suggestedPath(path(u"data/centre.lotsen"_s), QDate(2026, 11, 27)),
             path(u"data/lotsen-backup-2026-11-27.lotsen"_s));
}

void TestFileSafety::administratorBacksUpAndIsLogged()
{
    openWithAccounts();
    DatabaseBackup backup(*m_database, m_workspace->accounts(), m_workspace->accessLog());
    LOTSEN_VERIFY_OK(backup.mayBackUp(m_admin));
    const QString target = path(u"lotsen-backup-2026-11-27.lotsen"_s);
    LOTSEN_VERIFY_OK(backup.backUp(m_admin, target));
    QCOMPARE(mode(target), u"600"_s);

    AccessLog::Filter filter;
    filter.action = AccessAction::BackupDatabase;
    const QList<AccessLog::Entry> entries = m_workspace->accessLog().entries(filter).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().accountId, m_admin.id);
    QCOMPARE(entries.first().actionCode, u"backup_database"_s);
    QVERIFY(entries.first().detail.isEmpty()); // the file name is the user's and may name anyone
    QVERIFY(m_workspace->accessLog().verifyChain().ok);

    // The copy is a Lotsen database with the accounts in it.
    {
        Database copy;
        QCOMPARE(copy.open(target, Database::Mode::ReadOnly).status, Database::OpenStatus::Opened);
        QCOMPARE(AccountRepository(copy).all()->size(), 2);
    }
    QVERIFY2(AccessLog::verifyChain(target).ok, qPrintable(AccessLog::verifyChain(target).message));

    // A second backup to the same file is refused with a message that says what to do, and not logged.
    const QByteArray before = readFile(target);
    const Result<void> second = backup.backUp(m_admin, target);
    LOTSEN_VERIFY_FAILS(second);
    QVERIFY2(second.message().contains(u"already exists"_s) && second.message().contains(u"choose another name"_s),
             qPrintable(second.message()));
    QCOMPARE(readFile(target), before);
    QCOMPARE(m_workspace->accessLog().entries(filter)->size(), 1);
}

void TestFileSafety::mentorIsRefusedInTheDataLayer()
{
    openWithAccounts();
    DatabaseBackup backup(*m_database, m_workspace->accounts(), m_workspace->accessLog());
    const QString target = path(u"mentor.lotsen"_s);
    const Result<void> refused = backup.backUp(m_mentor, target);
    LOTSEN_VERIFY_FAILS(refused);
    QVERIFY2(refused.message().contains(u"administrator"_s), qPrintable(refused.message()));
    QVERIFY(!QFileInfo::exists(target));

    // The stored account decides, not the caller's copy of it.
    Account forged = m_mentor;
    forged.role = Role::Administrator;
    QVERIFY(!backup.backUp(forged, target));
    QVERIFY(!QFileInfo::exists(target));
    // Nor an account that does not exist.
    QVERIFY(!backup.backUp(Account(), target));
    QVERIFY(!QFileInfo::exists(target));

    AccessLog::Filter filter;
    filter.action = AccessAction::BackupDatabase;
    QVERIFY(m_workspace->accessLog().entries(filter)->isEmpty());
}

void TestFileSafety::databaseWithoutAccountsMayBeBackedUp()
{
    // No access control before the first administrator exists, as Session::allows.
    Database database;
    QCOMPARE(database.open(path(u"new.lotsen"_s)).status, Database::OpenStatus::Created);
    AccountRepository accounts(database);
    AccessLog log(database);
    DatabaseBackup backup(database, accounts, log);
    const QString target = path(u"copy.lotsen"_s);
    LOTSEN_VERIFY_OK(backup.backUp(Account(), target));
    QCOMPARE(mode(target), u"600"_s);
}

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
