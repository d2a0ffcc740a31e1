// Automatic backups: rotation, the cipher of the encrypted copies, the writer's verification and temporary names,
// the restore (plain and encrypted) and the service that logs each backup.
#include "ResultChecks.h"
#include "TestWorkspace.h"

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
#include "lifecycle/BackupRestore.h"
#include "lifecycle/BackupRotation.h"
#include "lifecycle/BackupSettings.h"
#include "lifecycle/BackupVerifier.h"
#include "lifecycle/BackupWriter.h"
#include "lifecycle/DatabaseIdentity.h"
#include "youth/YouthRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(9, 30));

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString mode(const QString& path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    int owner = 0;
    owner |= p.testFlag(QFileDevice::ReadOwner) ? 4 : 0;
    owner |= p.testFlag(QFileDevice::WriteOwner) ? 2 : 0;
    int group = p.testFlag(QFileDevice::ReadGroup) ? 4 : 0;
    int other = p.testFlag(QFileDevice::ReadOther) ? 4 : 0;
    return QString::number(owner) + QString::number(group) + QString::number(other);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rotationKeepsDailyWeeklyMonthly();
    void rotationKeepsTheNewestAlways();
    void cipherRoundTrip();
    void cipherRefusesWrongPassphraseAndAlteredFiles();
    void writerWritesAVerifiedOwnerOnlyBackup();
    void writerEncryptsTheSecondFolderCopy();
    void writerLeavesNoHalfBackupWithARealName();
    void writerRotatesOnlyItsOwnDatabase();
    void verifierRefusesDamagedAndForeignFiles();
    void restoreReplacesTheFileAndKeepsTheOldOne();
    void restoreOfAnEncryptedCopyNeedsThePassphrase();
    void restoreRefusedWhileOpen();
    void automaticBackupRunsOnceADayAndIsLogged();
    void automaticBackupAtClosingOnlyAfterChanges();
    void backupThatCannotBeLoggedIsRemoved();
    void retentionLogMovesWithTheBackupFolder();
    void backupRunningWhenTheServiceGoesIsStillLogged();
    void rotationLeavesAnotherRegisterOfTheSameNameAlone();

private:
    std::unique_ptr<TestWorkspace> m_test;
    Account m_admin;
    QString backupFolder() const { return m_test->filePath(u"Backups"_s); }
    qint64 addYouth(const QString& first) { return m_test->addYouth(first, u"Testsson"_s, 0, u"200001012384"_s); }
};

void TestBackup::init()
{
    m_test = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_test->open(u"centre.lotsen"_s));
    BackupCipher::setCheapCostForTests(true);
    BackupSettings::setKeyFolderForTests(m_test->filePath(u"keys"_s));
    m_admin = m_test->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
}

void TestBackup::cleanup()
{
    m_test.reset();
    BackupSettings::setKeyFolderForTests({});
}

void TestBackup::rotationKeepsDailyWeeklyMonthly()
{
    // A backup every day for 400 days, newest last.
    QList<QDateTime> times;
    for (int day = 399; day >= 0; --day) {
        times << kNow.addDays(-day);
    }
    const QList<int> deleted = BackupRotation::toDelete(times, {});
    QSet<QDate> kept;
    for (int i = 0; i < times.size(); ++i) {
        if (!deleted.contains(i)) {
            kept.insert(times.at(i).date());
        }
    }
    // 7 daily; 5 weekly (the newest of each ISO week: this week's is today); 12 monthly (the newest of each month:
    // this month's is today). Every one of the last seven days is kept.
    for (int day = 0; day < 7; ++day) {
        QVERIFY2(kept.contains(kNow.date().addDays(-day)), qPrintable(kNow.date().addDays(-day).toString()));
    }
    QVERIFY(!kept.contains(kNow.date().addDays(-8)));
    // Sundays of the four previous weeks stand for their weeks: 2026-11-29 (week 48), 11-22, 11-15, 11-08.
    QVERIFY(kept.contains(QDate(2026, 11, 29)));
    QVERIFY(kept.contains(QDate(2026, 11, 22)));
    QVERIFY(kept.contains(QDate(2026, 11, 15)));
    QVERIFY(kept.contains(QDate(2026, 11, 8)));
    QVERIFY(!kept.contains(QDate(2026, 11, 1)));
    // The last day of each of the 11 months before this one.
    QVERIFY(kept.contains(QDate(2026, 10, 31)));
    QVERIFY(kept.contains(QDate(2026, 1, 31)));
    QVERIFY(!kept.contains(QDate(2025, 12, 31)));
    QVERIFY(!kept.contains(QDate(2026, 10, 30)));
    // 7 days (Nov 30..Dec 6, this week and November's last day) + 4 weeks + 10 months (October..January).
    QCOMPARE(kept.size(), 7 + 4 + 10);
}

void TestBackup::rotationKeepsTheNewestAlways()
{
    const QList<QDateTime> times { kNow.addDays(-40), kNow, kNow.addSecs(-60) };
    const QList<int> deleted = BackupRotation::toDelete(times, { 1, 1, 1 });
    // One of each: today's newest stands for the day, the week and the month.
    QCOMPARE(deleted, (QList<int> { 0, 2 }));
    QVERIFY(!BackupRotation::toDelete({ kNow }, { 1, 1, 1 }).contains(0));
}

void TestBackup::cipherRoundTrip()
{
    const QString plain = m_test->filePath(u"plain.bin"_s);
    QByteArray bytes;
    for (int i = 0; i < 200000; ++i) {
        bytes += char(i * 7);
    }
    QVERIFY(writeAll(plain, bytes));
    const Result<BackupCipher::Key> key = BackupCipher::deriveNew(u"en lång lösenfras"_s);
    LOTSEN_VERIFY_OK(key);
    const QString encrypted = m_test->filePath(u"plain.bin.enc"_s);
    const Result<QByteArray> hash = BackupCipher::encrypt(plain, encrypted, *key);
    LOTSEN_VERIFY_OK(hash);
    QCOMPARE(mode(encrypted), u"600"_s);
    QVERIFY(BackupCipher::isEncrypted(encrypted));
    QVERIFY(!readAll(encrypted).contains(bytes.mid(1000, 64)));
    QCOMPARE(BackupCipher::plainHash(encrypted, *key).value(), *hash);
    const QString decrypted = m_test->filePath(u"decrypted.bin"_s);
    LOTSEN_VERIFY_OK(BackupCipher::decrypt(encrypted, decrypted, u"en lång lösenfras"_s));
    QCOMPARE(readAll(decrypted), bytes);
    // An empty file too (one final chunk).
    QVERIFY(writeAll(m_test->filePath(u"empty"_s), {}));
    LOTSEN_VERIFY_OK(BackupCipher::encrypt(m_test->filePath(u"empty"_s), m_test->filePath(u"empty.enc"_s), *key));
    LOTSEN_VERIFY_OK(BackupCipher::decrypt(m_test->filePath(u"empty.enc"_s), m_test->filePath(u"empty.out"_s), *key));
    QCOMPARE(readAll(m_test->filePath(u"empty.out"_s)), QByteArray());
}

void TestBackup::cipherRefusesWrongPassphraseAndAlteredFiles()
{
    const QString plain = m_test->filePath(u"plain.bin"_s);
    QVERIFY(writeAll(plain, QByteArray(150000, 'x')));
    const BackupCipher::Key key = BackupCipher::deriveNew(u"en lång lösenfras"_s).value();
    const QString encrypted = m_test->filePath(u"plain.bin.enc"_s);
    LOTSEN_VERIFY_OK(BackupCipher::encrypt(plain, encrypted, key));
    const QString out = m_test->filePath(u"out.bin"_s);

    LOTSEN_VERIFY_FAILS(BackupCipher::decrypt(encrypted, out, u"fel lösenfras helt"_s));
    QVERIFY(!QFileInfo::exists(out));

    const QByteArray good = readAll(encrypted);
    QByteArray altered = good;
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 1);
    QVERIFY(writeAll(encrypted, altered));
    LOTSEN_VERIFY_FAILS(BackupCipher::decrypt(encrypted, out, key));
    QVERIFY(!QFileInfo::exists(out));

    // Cut off after the first chunk: every chunk authenticates, but the final one is missing.
    QVERIFY(writeAll(encrypted, good.left(good.size() - 1000)));
    const Result<void> truncated = BackupCipher::decrypt(encrypted, out, key);
    LOTSEN_VERIFY_FAILS(truncated);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(writeAll(encrypted, good + "more"));
    LOTSEN_VERIFY_FAILS(BackupCipher::decrypt(encrypted, out, key));
    QVERIFY(!QFileInfo::exists(out));
}

void TestBackup::writerWritesAVerifiedOwnerOnlyBackup()
{
    QVERIFY(addYouth(u"Alva"_s) != 0);
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.now = kNow;
    const Result<BackupWriter::Outcome> written = BackupWriter::write(m_test->database().path(), options);
    LOTSEN_VERIFY_OK(written);
    QCOMPARE(QFileInfo(written->backup.path).fileName(), u"centre-auto-2026-12-06-093000.lotsen"_s);
    QCOMPARE(mode(written->backup.path), u"600"_s);
    QCOMPARE(mode(BackupCatalogue::sidecarPath(written->backup.path)), u"600"_s);
    QCOMPARE(written->backup.counts.value(u"youth"_s), 1);
    QVERIFY(written->backup.counts.value(u"access_log"_s) >= 1);
    // Nothing else in the folder: no temporary file left.
    QCOMPARE(QDir(backupFolder()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    const QList<BackupInfo> listed = BackupCatalogue::list(backupFolder()).value();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().automatic && listed.first().verified);
    QCOMPARE(listed.first().databaseName, u"centre"_s);
    QCOMPARE(listed.first().createdAt, kNow);
    QCOMPARE(listed.first().counts, written->backup.counts);
    QCOMPARE(listed.first().schemaVersion, Database::currentSchemaVersion());
    LOTSEN_VERIFY_OK(
        BackupVerifier::verify(written->backup.path, Database::currentSchemaVersion(), written->backup.counts));
}

void TestBackup::writerEncryptsTheSecondFolderCopy()
{
    QVERIFY(addYouth(u"Alva"_s) != 0);
    LOTSEN_VERIFY_OK(BackupSettings::setPassphrase(u"en lång lösenfras"_s));
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.secondFolder = m_test->filePath(u"usb"_s);
    options.key = BackupSettings::storedKey().value();
    options.now = kNow;
    const Result<BackupWriter::Outcome> written = BackupWriter::write(m_test->database().path(), options);
    LOTSEN_VERIFY_OK(written);
    QVERIFY2(written->secondFolderProblem.isEmpty(), qPrintable(written->secondFolderProblem));
    QVERIFY(written->encryptedCopy);
    const QString copy = written->encryptedCopy->path;
    QCOMPARE(QFileInfo(copy).fileName(), u"centre-auto-2026-12-06-093000.lotsen.enc"_s);
    // The stick holds no readable personal data: not the name, not the number, not even the SQLite header.
    const QByteArray bytes = readAll(copy);
    QVERIFY(!bytes.contains("Testsson"));
    QVERIFY(!bytes.contains("200001012384"));
    QVERIFY(!bytes.contains("SQLite format 3"));
    const QList<BackupInfo> listed = BackupCatalogue::list(options.secondFolder).value();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().encrypted);
    QCOMPARE(listed.first().counts.value(u"youth"_s), 1);
    const QString out = m_test->filePath(u"decrypted.lotsen"_s);
    LOTSEN_VERIFY_OK(BackupCipher::decrypt(copy, out, u"en lång lösenfras"_s));
    QCOMPARE(readAll(out), readAll(written->backup.path));

    // Without a key the plain backup is still written, and the missing copy is said.
    LOTSEN_VERIFY_OK(BackupSettings::clearKey());
    options.key.reset();
    options.now = kNow.addDays(1);
    const Result<BackupWriter::Outcome> withoutKey = BackupWriter::write(m_test->database().path(), options);
    LOTSEN_VERIFY_OK(withoutKey);
    QVERIFY(!withoutKey->encryptedCopy);
    QVERIFY(withoutKey->secondFolderProblem.contains(u"passphrase"_s));
}

void TestBackup::writerLeavesNoHalfBackupWithARealName()
{
    // A leftover of a crash is removed at the next run.
    QDir().mkpath(backupFolder());
    const QString leftover = QDir(backupFolder()).filePath(u".centre-auto-2026-12-05-170000.lotsen.partial"_s);
    QVERIFY(writeAll(leftover, "half a backup"));
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.now = kNow;
    LOTSEN_VERIFY_OK(BackupWriter::write(m_test->database().path(), options));
    QVERIFY(!QFileInfo::exists(leftover));

    // A folder that cannot be made (a file is in the way, as a disconnected share can look): a clear failure and
    // nothing written.
    QVERIFY(writeAll(m_test->filePath(u"blocked"_s), "a file"));
    options.folder = m_test->filePath(u"blocked/Backups"_s);
    const Result<BackupWriter::Outcome> blocked = BackupWriter::write(m_test->database().path(), options);
    LOTSEN_VERIFY_FAILS(blocked);
    QVERIFY(blocked.message().contains(u"cannot be created"_s));
}

void TestBackup::writerRotatesOnlyItsOwnDatabase()
{
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.keep = { 2, 1, 1 };
    // Another database's backups and a manual backup share the folder.
    QDir().mkpath(backupFolder());
    QVERIFY(writeAll(QDir(backupFolder()).filePath(u"other-auto-2026-01-01-120000.lotsen"_s), "x"));
    QVERIFY(writeAll(QDir(backupFolder()).filePath(u"lotsen-backup-2026-01-01.lotsen"_s), "x"));
    for (int day = 4; day >= 0; --day) {
        options.now = kNow.addDays(-day);
        LOTSEN_VERIFY_OK(BackupWriter::write(m_test->database().path(), options));
        // Writing alone removes nothing: rotation comes after the access-log entry.
        QCOMPARE(BackupCatalogue::list(backupFolder())->size(), 2 + std::min(5 - day, 3));
        BackupWriter::rotate(m_test->database().path(), options);
    }
    QStringList names;
    for (const BackupInfo& info : BackupCatalogue::list(backupFolder()).value()) {
        names << QFileInfo(info.path).fileName();
    }
    QCOMPARE(names.size(), 4);
    QVERIFY(names.contains(u"centre-auto-2026-12-06-093000.lotsen"_s));
    QVERIFY(names.contains(u"centre-auto-2026-12-05-093000.lotsen"_s));
    QVERIFY(names.contains(u"other-auto-2026-01-01-120000.lotsen"_s));
    QVERIFY(names.contains(u"lotsen-backup-2026-01-01.lotsen"_s));
    QVERIFY(!QFileInfo::exists(QDir(backupFolder()).filePath(u"centre-auto-2026-12-04-093000.lotsen.json"_s)));
}

void TestBackup::verifierRefusesDamagedAndForeignFiles()
{
    for (int i = 0; i < 50; ++i) {
        QVERIFY(addYouth(u"Youth%1"_s.arg(i)) != 0 || i > 0);
    }
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.now = kNow;
    const BackupWriter::Outcome written = BackupWriter::write(m_test->database().path(), options).value();

    // Counts that differ.
    BackupVerifier::Counts counts = written.backup.counts;
    counts[u"youth"_s] += 1;
    const Result<BackupVerifier::Report> differ = BackupVerifier::verify(written.backup.path, 0, counts);
    LOTSEN_VERIFY_FAILS(differ);
    QVERIFY(differ.message().contains(u"youth"_s));
    // Another schema version than asked.
    LOTSEN_VERIFY_FAILS(BackupVerifier::verify(written.backup.path, Database::currentSchemaVersion() + 1));

    // Damaged pages: the headers of every page after the first.
    const QString damaged = m_test->filePath(u"damaged.lotsen"_s);
    QByteArray bytes = readAll(written.backup.path);
    for (qsizetype page = 4096; page < bytes.size(); page += 4096) {
        for (int i = 0; i < 12; ++i) {
            bytes[page + i] = char(0x5a);
        }
    }
    QVERIFY(writeAll(damaged, bytes));
    LOTSEN_VERIFY_FAILS(BackupVerifier::verify(damaged));

    // Not a Lotsen file.
    const QString foreign = m_test->filePath(u"foreign.lotsen"_s);
    QVERIFY(writeAll(foreign, "just text"));
    LOTSEN_VERIFY_FAILS(BackupVerifier::verify(foreign));
    LOTSEN_VERIFY_FAILS(BackupVerifier::verify(m_test->filePath(u"missing.lotsen"_s)));
}

void TestBackup::restoreReplacesTheFileAndKeepsTheOldOne()
{
    QVERIFY(addYouth(u"Alva"_s) != 0);
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.now = kNow;
    const BackupWriter::Outcome written = BackupWriter::write(m_test->database().path(), options).value();
    Youth later;
    later.firstName = u"Bertil"_s;
    later.lastName = u"Testsson"_s;
    QVERIFY(TestWorkspace::saveYouth(m_test->workspace(), later) != 0);
    const QString path = m_test->database().path();
    QVERIFY(QFileInfo::exists(ChainSeal::anchorPath(path)));
    m_test->database().close();

    const BackupInfo info = BackupCatalogue::list(backupFolder()).value().first();
    const Result<BackupRestore::Outcome> restored = BackupRestore::restore(path, info, {}, kNow.addSecs(3600));
    LOTSEN_VERIFY_OK(restored);
    QCOMPARE(QFileInfo(restored->keptCopyPath).fileName(), u"centre-before-restore-2026-12-06-103000.lotsen"_s);
    QCOMPARE(mode(path), u"600"_s);
    // The anchor of the replaced file is set aside, so the shorter restored log is not reported as cut off.
    QVERIFY(!QFileInfo::exists(ChainSeal::anchorPath(path)));

    Database reopened;
    QCOMPARE(reopened.open(path).status, Database::OpenStatus::Opened);
    QCOMPARE(BackupVerifier::countRows(reopened.connection()).value(), written.backup.counts);
    reopened.close();
    // The kept copy still has the later youth.
    Database kept;
    QCOMPARE(kept.open(restored->keptCopyPath, Database::Mode::ReadOnly).status, Database::OpenStatus::Opened);
    QCOMPARE(BackupVerifier::countRows(kept.connection())->value(u"youth"_s), 2);
}

void TestBackup::restoreOfAnEncryptedCopyNeedsThePassphrase()
{
    QVERIFY(addYouth(u"Alva"_s) != 0);
    LOTSEN_VERIFY_OK(BackupSettings::setPassphrase(u"en lång lösenfras"_s));
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.secondFolder = m_test->filePath(u"usb"_s);
    options.key = BackupSettings::storedKey().value();
    options.now = kNow;
    LOTSEN_VERIFY_OK(BackupWriter::write(m_test->database().path(), options));
    const QString path = m_test->database().path();
    m_test->database().close();
    const QByteArray before = readAll(path);

    const BackupInfo info = BackupCatalogue::list(options.secondFolder).value().first();
    QVERIFY(info.encrypted);
    const Result<BackupRestore::Outcome> wrong = BackupRestore::restore(path, info, u"fel lösenfras helt"_s, kNow);
    LOTSEN_VERIFY_FAILS(wrong);
    QCOMPARE(readAll(path), before); // nothing changed
    QCOMPARE(QDir(m_test->dir().path()).entryList({ u"*before-restore*"_s }).size(), 0);
    LOTSEN_VERIFY_OK(BackupRestore::restore(path, info, u"en lång lösenfras"_s, kNow));
    Database reopened;
    QCOMPARE(reopened.open(path).status, Database::OpenStatus::Opened);
    QCOMPARE(BackupVerifier::countRows(reopened.connection())->value(u"youth"_s), 1);
}

void TestBackup::restoreRefusedWhileOpen()
{
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.now = kNow;
    LOTSEN_VERIFY_OK(BackupWriter::write(m_test->database().path(), options));
    const BackupInfo info = BackupCatalogue::list(backupFolder()).value().first();
    const Result<BackupRestore::Outcome> refused = BackupRestore::restore(m_test->database().path(), info, {}, kNow);
    LOTSEN_VERIFY_FAILS(refused);
    QVERIFY(refused.message().contains(u"open"_s));
}

void TestBackup::automaticBackupRunsOnceADayAndIsLogged()
{
    AutomaticBackup backup(m_test->workspace());
    QSignalSpy finished(&backup, &AutomaticBackup::finished);
    QCOMPARE(backup.daysWithoutVerifiedBackup().value(), std::nullopt);
    backup.runIfDueToday();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(backup.daysWithoutVerifiedBackup().value(), 0);
    QVERIFY(backup.statusText().contains(u"2026-12-06 09:30"_s));

    AccessLog::Filter filter;
    filter.action = AccessAction::BackupDatabase;
    const QList<AccessLog::Entry> entries = m_test->workspace().accessLog().entries(filter).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().accountId, m_admin.id);
    QCOMPARE(entries.first().detail, u"automatic_backup"_s);

    // Once a day: the second start of the day backs nothing up.
    backup.runIfDueToday();
    QVERIFY(!backup.isRunning());
    QCOMPARE(BackupCatalogue::list(backupFolder())->size(), 1);

    // Three days later the first start makes one; before it, Today's warning has its count of days.
    Clock::setFixedNow(kNow.addDays(3));
    QCOMPARE(backup.daysWithoutVerifiedBackup().value(), 3);
    backup.runIfDueToday();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(BackupCatalogue::list(backupFolder())->size(), 2);
    QCOMPARE(backup.daysWithoutVerifiedBackup().value(), 0);
}

void TestBackup::automaticBackupAtClosingOnlyAfterChanges()
{
    AutomaticBackup backup(m_test->workspace());
    // Only access-log entries (an opened card, a login) are not changes that call for a backup.
    LOTSEN_VERIFY_OK(m_test->session().log(AccessAction::OpenYouth, 0));
    QVERIFY(!backup.hasChangesSinceBackup());
    LOTSEN_VERIFY_OK(backup.runBeforeClosing());
    QCOMPARE(BackupCatalogue::list(backupFolder())->size(), 0);

    QVERIFY(addYouth(u"Alva"_s) != 0);
    QVERIFY(backup.hasChangesSinceBackup());
    LOTSEN_VERIFY_OK(backup.runBeforeClosing());
    const QList<BackupInfo> listed = BackupCatalogue::list(backupFolder()).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().counts.value(u"youth"_s), 1);
    QVERIFY(!backup.hasChangesSinceBackup());
}

void TestBackup::backupThatCannotBeLoggedIsRemoved()
{
    AutomaticBackup backup(m_test->workspace());
    QSignalSpy finished(&backup, &AutomaticBackup::finished);
    // The log refuses (as when the disk is full or the file read-only): a trigger on the log, as a test seam.
    {
        QSqlQuery query(m_test->database().connection());
        QVERIFY(query.exec(
            u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'full'); END"_s));
    }
    // Eight older backups, more than the 7 days kept: a backup that cannot be logged costs none of them.
    BackupWriter::Options options;
    options.folder = backupFolder();
    for (int day = 8; day >= 1; --day) {
        options.now = kNow.addDays(-day);
        LOTSEN_VERIFY_OK(BackupWriter::write(m_test->database().path(), options));
    }
    backup.runNow();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(u"access log"_s));
    QCOMPARE(BackupCatalogue::list(backupFolder())->size(), 8);
    QVERIFY(!backup.lastProblem().isEmpty());
}

void TestBackup::retentionLogMovesWithTheBackupFolder()
{
    // A restore looks for the retention log beside the backups: when they move, it moves.
    const QString databasePath = m_test->database().path();
    const QString before = BackupSettings::retentionLogPath(databasePath);
    QCOMPARE(QFileInfo(before).fileName(), u"centre-retention.log"_s);
    QDir().mkpath(QFileInfo(before).absolutePath());
    QVERIFY(writeAll(before, "{\"line\":1}\n"));
    const QString elsewhere = m_test->filePath(u"elsewhere"_s);
    LOTSEN_VERIFY_OK(BackupSettings::setFolder(databasePath, elsewhere));
    QCOMPARE(BackupSettings::folder(databasePath), elsewhere);
    const QString after = BackupSettings::retentionLogPath(databasePath);
    QCOMPARE(QFileInfo(after).absolutePath(), QFileInfo(elsewhere).absoluteFilePath());
    QCOMPARE(readAll(after), QByteArray("{\"line\":1}\n"));
    QVERIFY(!QFileInfo::exists(before));
    QCOMPARE(mode(after), u"600"_s);

    // A folder that already has this database's log is refused, and nothing moves.
    const QString third = m_test->filePath(u"third"_s);
    QDir().mkpath(third);
    QVERIFY(writeAll(QDir(third).filePath(u"centre-retention.log"_s), "other"));
    LOTSEN_VERIFY_FAILS(BackupSettings::setFolder(databasePath, third));
    QCOMPARE(BackupSettings::folder(databasePath), elsewhere);
    QVERIFY(QFileInfo::exists(after));
}

void TestBackup::backupRunningWhenTheServiceGoesIsStillLogged()
{
    // The window (and with it the service) goes while the worker still copies: the backup is completed, and so
    // recorded, all the same; no backup stays without its entry.
    {
        AutomaticBackup backup(m_test->workspace());
        backup.runNow();
    }
    QCOMPARE(BackupCatalogue::list(backupFolder())->size(), 1);
    AccessLog::Filter filter;
    filter.action = AccessAction::BackupDatabase;
    QCOMPARE(m_test->workspace().accessLog().entries(filter)->size(), 1);
}

void TestBackup::rotationLeavesAnotherRegisterOfTheSameNameAlone()
{
    // Another PC's register, also called centre.lotsen, backs up into the same (shared) folder.
    const QString otherPath = m_test->filePath(u"other/centre.lotsen"_s);
    QDir().mkpath(QFileInfo(otherPath).absolutePath());
    {
        Database other;
        QCOMPARE(other.open(otherPath).status, Database::OpenStatus::Created);
        const QString otherId = DatabaseIdentity::read(other.connection());
        QCOMPARE(otherId.size(), 32);
        QVERIFY(otherId != DatabaseIdentity::read(m_test->database().connection()));
    }
    BackupWriter::Options options;
    options.folder = backupFolder();
    options.keep = { 1, 1, 1 };
    for (int day = 3; day >= 1; --day) {
        options.now = kNow.addDays(-day);
        const BackupWriter::Outcome written = BackupWriter::write(otherPath, options).value();
        QCOMPARE(written.backup.databaseId.size(), 32);
    }
    options.databaseId = DatabaseIdentity::read(m_test->database().connection());
    for (int day = 1; day >= 0; --day) {
        options.now = kNow.addDays(-day).addSecs(60);
        LOTSEN_VERIFY_OK(BackupWriter::write(m_test->database().path(), options));
        BackupWriter::rotate(m_test->database().path(), options);
    }
    // This register keeps its newest; the other's three are untouched.
    QCOMPARE(BackupCatalogue::list(backupFolder())->size(), 4);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
