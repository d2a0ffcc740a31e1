// The access log: entries and their fields, the database's refusal of UPDATE and DELETE, the hash chain and its
// documented encoding, tampering with the real sqlite3 program (changed fields, removed and reordered entries,
// forged hashes), the filters, "who opened this youth" and the CSV export.
#include "ResultChecks.h"
#include "access/AccessLog.h"
#include "access/ChainSeal.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
}

class TestAccessLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void codesAreStableAndUnique_data();
    void codesAreStableAndUnique();
    void entryIsWrittenWithItsFields();
    void hashEncodingIsAsDocumented();
    void appendJoinsTheCallersTransaction();
    void databaseRefusesUpdateAndDelete();
    void chainVerifiesAfterManyAppends();
    void appendChainsOntoTheFilesLastEntry();
    void alteredEntryIsDetected_data();
    void alteredEntryIsDetected();
    void deletedEntryIsDetected_data();
    void deletedEntryIsDetected();
    void tamperedHashIsDetected();
    void reorderedEntriesAreDetected();
    void newestEntriesRemovedAreReported();
    void rehashedForgeryIsReported();
    void anotherPcsKeyIsUnverifiableNotBroken();
    void anAnchorRewrittenWithoutTheKeyIsReported();
    void unsealedLogIsSealedFromTheNextEntryOn();
    void verifyOnOwnConnectionInAnotherThread();
    void filters();
    void whoOpened();
    void csvExport();

private:
    QString path() const { return m_dir->filePath(u"log.lotsen"_s); }
    void openDatabase();
    void closeDatabase();
    qint64 addAccount(const QString& username, const QString& displayName);
    void appendEntries(int count);
    // Runs SQL in the sqlite3 program on the file, as someone editing it outside Lotsen would.
    void runSqlite3(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccessLog> m_log;
    qint64 m_anna = 0;
    qint64 m_bo = 0;
};

void TestAccessLog::init()
{
    Clock::setFixedNow(kNow);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // This test's own key and anchor, never the user's.
    ChainSeal::setDirectory(m_dir->filePath(u"secrets"_s));
    openDatabase();
    m_anna = addAccount(u"anna"_s, u"Anna Andersson"_s);
    m_bo = addAccount(u"bo"_s, u"Bo Berg"_s);
}

void TestAccessLog::cleanup()
{
    closeDatabase();
    m_dir.reset();
    Clock::reset();
}

void TestAccessLog::openDatabase()
{
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(path()).ok());
    m_log = std::make_unique<AccessLog>(*m_database);
}

void TestAccessLog::closeDatabase()
{
    m_log.reset();
    m_database.reset();
}

qint64 TestAccessLog::addAccount(const QString& username, const QString& displayName)
{
    // Straight into the table: accounts are another class's concern, the log only refers to them.
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO account (username, display_name, role, password_hash, created_at, updated_at) "
                  "VALUES (?, ?, 'mentor', 'x', ?, ?)"_s);
    query.addBindValue(username);
    query.addBindValue(displayName);
    query.addBindValue(kNow.toString(Qt::ISODate));
    query.addBindValue(kNow.toString(Qt::ISODate));
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

void TestAccessLog::appendEntries(int count)
{
    for (int i = 0; i < count; ++i) {
        const bool anna = i % 2 == 0;
        LOTSEN_VERIFY_OK(m_log->append(anna ? m_anna : m_bo, anna ? u"anna"_s : u"bo"_s, AccessAction::OpenYouth,
                                       100 + i % 7, u"card"_s));
    }
}

void TestAccessLog::runSqlite3(const QString& sql)
{
    const QString program = QStandardPaths::findExecutable(u"sqlite3"_s);
    QVERIFY2(!program.isEmpty(), "the sqlite3 program is required (Debian package sqlite3)");
    QProcess process;
    process.start(program, { u"-batch"_s, u"-bail"_s, path() });
    QVERIFY(process.waitForStarted());
    // The app's connection may still be open (WAL mode lets another process write beside it).
    process.write(QByteArrayLiteral(".timeout 5000\n") + sql.toUtf8() + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
}

void TestAccessLog::codesAreStableAndUnique_data()
{
    QTest::addColumn<AccessAction>("action");
    QTest::addColumn<QString>("code");
    // Stored in databases and exported logs: this list may grow, but an existing line never changes.
    QTest::newRow("login") << AccessAction::Login << u"login"_s;
    QTest::newRow("login_failed") << AccessAction::LoginFailed << u"login_failed"_s;
    QTest::newRow("logout") << AccessAction::Logout << u"logout"_s;
    QTest::newRow("lock") << AccessAction::Lock << u"lock"_s;
    QTest::newRow("unlock") << AccessAction::Unlock << u"unlock"_s;
    QTest::newRow("switch_user") << AccessAction::SwitchUser << u"switch_user"_s;
    QTest::newRow("change_password") << AccessAction::ChangePassword << u"change_password"_s;
    QTest::newRow("change_account") << AccessAction::ChangeAccount << u"change_account"_s;
    QTest::newRow("open_youth") << AccessAction::OpenYouth << u"open_youth"_s;
    QTest::newRow("change_youth") << AccessAction::ChangeYouth << u"change_youth"_s;
    QTest::newRow("print_document") << AccessAction::PrintDocument << u"print_document"_s;
    QTest::newRow("export_pdf") << AccessAction::ExportPdf << u"export_pdf"_s;
    QTest::newRow("import_youths") << AccessAction::ImportYouths << u"import_youths"_s;
    QTest::newRow("export_log") << AccessAction::ExportLog << u"export_log"_s;
    QTest::newRow("verify_log") << AccessAction::VerifyLog << u"verify_log"_s;
    QTest::newRow("backup_database") << AccessAction::BackupDatabase << u"backup_database"_s;
    QTest::newRow("change_setting") << AccessAction::ChangeSetting << u"change_setting"_s;
}

void TestAccessLog::codesAreStableAndUnique()
{
    QFETCH(AccessAction, action);
    QFETCH(QString, code);
    QCOMPARE(AccessLog::code(action), code);
    QCOMPARE(AccessLog::actionFromCode(code), std::optional<AccessAction>(action));
    QVERIFY(!AccessLog::label(action).isEmpty());
    QVERIFY(AccessLog::actions().contains(action));

    QSet<QString> codes;
    QSet<QString> labels;
    for (const AccessAction each : AccessLog::actions()) {
        codes.insert(AccessLog::code(each));
        labels.insert(AccessLog::label(each));
    }
    QCOMPARE(codes.size(), AccessLog::actions().size());
    QCOMPARE(labels.size(), AccessLog::actions().size());
    QVERIFY(!AccessLog::actionFromCode(u"no_such_action"_s));
}

void TestAccessLog::entryIsWrittenWithItsFields()
{
    QSignalSpy appended(m_log.get(), &AccessLog::appended);
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 42, u"card"_s));
    Clock::setFixedNow(kNow.addSecs(90));
    QVERIFY(m_log->append(0, u"okänd"_s, AccessAction::LoginFailed, 0, {}));
    QCOMPARE(appended.count(), 2);
    QCOMPARE(appended.at(1).at(0).toLongLong(), 2);

    const QList<AccessLog::Entry> entries = m_log->entries({}).value();
    QCOMPARE(entries.size(), 2);
    const AccessLog::Entry& failed = entries.at(0); // newest first
    const AccessLog::Entry& opened = entries.at(1);

    QCOMPARE(opened.id, 1);
    QCOMPARE(opened.at, u"2026-11-27T10:00:00"_s);
    QCOMPARE(opened.accountId, m_anna);
    QCOMPARE(opened.username, u"anna"_s);
    QCOMPARE(opened.action, AccessAction::OpenYouth);
    QCOMPARE(opened.actionCode, u"open_youth"_s);
    QCOMPARE(opened.youthId, 42);
    QCOMPARE(opened.detail, u"card"_s);
    QCOMPARE(opened.prevHash, QString(64, u'0'));
    // Sealed: "K", the key's id, ':' and a keyed BLAKE2b-256.
    QCOMPARE(opened.hash.size(), 1 + 16 + 1 + 64);
    QVERIFY(opened.hash.startsWith(u'K' + ChainSeal::keyId(ChainSeal::key()) + u':'));
    QCOMPARE(opened.hash, AccessLog::sealedHash(opened, ChainSeal::key()));
    QVERIFY(opened.hash != AccessLog::computeHash(opened));

    QCOMPARE(failed.id, 2);
    QCOMPARE(failed.at, u"2026-11-27T10:01:30"_s);
    QCOMPARE(failed.accountId, 0);
    QCOMPARE(failed.username, u"okänd"_s);
    QCOMPARE(failed.action, AccessAction::LoginFailed);
    QCOMPARE(failed.youthId, 0);
    QCOMPARE(failed.detail, QString());
    QCOMPARE(failed.prevHash, opened.hash);
    QCOMPARE(failed.hash, AccessLog::sealedHash(failed, ChainSeal::key()));

    // No account and no youth are NULL, not 0: 0 would refer to a row that does not exist.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT account_id IS NULL, youth_id IS NULL FROM access_log WHERE id = 2"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 1);
    // The entry's own commit skips the fsync, but the connection is back to FULL for everything else.
    QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestAccessLog::hashEncodingIsAsDocumented()
{
    // The encoding written out by hand from the comment in AccessLog.cpp, so that it cannot drift unnoticed:
    // an auditor must be able to recompute the chain from that description alone.
    AccessLog::Entry entry;
    entry.id = 7;
    entry.at = u"2026-11-27T10:00:00"_s;
    entry.accountId = 3;
    entry.username = u"åsa"_s; // 4 bytes in UTF-8
    entry.action = AccessAction::ExportPdf;
    entry.youthId = 0; // NULL
    entry.detail = u"plan;v2"_s;
    entry.prevHash = QString(64, u'a');
    const QByteArray input = "lotsen-access-log-v1;64:" + QByteArray(64, 'a') + ";1:7;19:2026-11-27T10:00:00;1:3;"
        + "4:" + u"åsa"_s.toUtf8() + ";10:export_pdf;N;7:plan;v2;";
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    QCOMPARE(AccessLog::computeHash(entry), expected);

    // Moving a character between neighbouring fields changes the hash (the length prefixes keep them apart).
    AccessLog::Entry shifted = entry;
    shifted.username = u"ås"_s;
    shifted.detail = u"aplan;v2"_s;
    QVERIFY(AccessLog::computeHash(shifted) != AccessLog::computeHash(entry));
}

void TestAccessLog::appendJoinsTheCallersTransaction()
{
    {
        WriteTransaction transaction(*m_database);
        QVERIFY(transaction.isActive());
        QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::ChangeYouth, 5, u"phone"_s));
        // Still inside the caller's transaction: the caller can go on writing and then roll back.
        QVERIFY(transaction.isActive());
        transaction.rollback();
    }
    QVERIFY(m_log->entries({})->isEmpty());

    {
        WriteTransaction transaction(*m_database);
        QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::ChangeYouth, 5, u"phone"_s));
        QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::ChangeYouth, 5, u"email"_s));
        QVERIFY(transaction.commit());
    }
    QVERIFY(m_log->append(m_bo, u"bo"_s, AccessAction::OpenYouth, 5, u"card"_s));
    const QList<AccessLog::Entry> entries = m_log->entries({}).value();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).id, 1); // the rolled-back entry left no gap in the ids
    QCOMPARE(entries.at(2).detail, u"phone"_s);
    QCOMPARE(entries.at(0).detail, u"card"_s);
    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.checkedEntries, 3);
}

void TestAccessLog::databaseRefusesUpdateAndDelete()
{
    appendEntries(3);
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"UPDATE access_log SET detail = 'other' WHERE id = 2"_s));
    QVERIFY2(query.lastError().text().contains(u"cannot be changed"_s), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"DELETE FROM access_log WHERE id = 2"_s));
    QVERIFY2(query.lastError().text().contains(u"cannot be deleted"_s), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"DELETE FROM access_log"_s));

    const QList<AccessLog::Entry> entries = m_log->entries({}).value();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).detail, u"card"_s);
    QVERIFY(m_log->verifyChain().ok);
}

void TestAccessLog::chainVerifiesAfterManyAppends()
{
    const AccessLog::VerifyResult empty = m_log->verifyChain();
    QVERIFY(empty.ok);
    QCOMPARE(empty.checkedEntries, 0);

    appendEntries(500);
    // A second writer on the same file (another AccessLog here, another connection in practice) appends between
    // the first one's appends; each must chain onto the other's entries, not onto a cached hash.
    AccessLog other(*m_database);
    QVERIFY(other.append(m_bo, u"bo"_s, AccessAction::PrintDocument, 101, u"plan"_s));
    appendEntries(2);
    QVERIFY(other.append(m_bo, u"bo"_s, AccessAction::ExportPdf, 101, u"plan"_s));

    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.checkedEntries, 504);
    QCOMPARE(result.firstBrokenId, 0);
    QVERIFY2(result.message.contains(u"504"_s), qPrintable(result.message));

    // The chain also survives closing and opening the file.
    closeDatabase();
    openDatabase();
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::Logout, 0, {}));
    QVERIFY(m_log->verifyChain().ok);
    QCOMPARE(m_log->verifyChain().checkedEntries, 505);
}

void TestAccessLog::appendChainsOntoTheFilesLastEntry()
{
    // append keeps the last hash between entries; whatever else wrote meanwhile, the next entry chains onto the
    // file's last entry, never onto the kept hash.
    appendEntries(2);
    const QString foreignHash(64, u'b');
    runSqlite3(u"INSERT INTO access_log (id, at, username, action, prev_hash, hash) "
               "VALUES (3, '2026-11-27T10:00:00', 'tool', 'login', 'x', '%1');"_s.arg(foreignHash));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 7, u"card"_s));
    QList<AccessLog::Entry> entries = m_log->entries({}).value();
    // After the unsealed foreign entry the log says that it is sealed again (entry 4), then the entry itself.
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.first().id, 5);
    QCOMPARE(entries.at(1).action, AccessAction::SealLog);
    QCOMPARE(entries.at(1).prevHash, foreignHash);

    // The same AccessLog over a closed and reopened file: refused while closed, then prepared again.
    m_database->close();
    QVERIFY(!m_log->append(m_bo, u"bo"_s, AccessAction::OpenYouth, 7, u"card"_s));
    QVERIFY(m_database->open(path()).ok());
    LOTSEN_VERIFY_OK(m_log->append(m_bo, u"bo"_s, AccessAction::OpenYouth, 8, u"card"_s));
    entries = m_log->entries({}).value();
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries.at(0).prevHash, entries.at(1).hash);

    // An entry of its own is committed with synchronous=NORMAL; the connection is then FULL again.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestAccessLog::alteredEntryIsDetected_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::newRow("detail") << u"detail = 'something else'"_s;
    QTest::newRow("username") << u"username = 'anna'"_s; // entry 4 is Bo's
    QTest::newRow("time") << u"at = '2026-11-27T09:00:00'"_s;
    QTest::newRow("account") << u"account_id = NULL"_s;
    QTest::newRow("action") << u"action = 'logout'"_s;
    QTest::newRow("youth") << u"youth_id = 999"_s;
    QTest::newRow("youth removed") << u"youth_id = NULL"_s;
}

void TestAccessLog::alteredEntryIsDetected()
{
    QFETCH(QString, assignment);
    appendEntries(10);
    QVERIFY(m_log->verifyChain().ok);

    // As an attacker would: close Lotsen, drop the trigger that protects the log, change one entry.
    closeDatabase();
    runSqlite3(u"DROP TRIGGER access_log_no_update;\nUPDATE access_log SET %1 WHERE id = 4;"_s.arg(assignment));
    openDatabase();

    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 4);
    QCOMPARE(result.checkedEntries, 3);
    QVERIFY2(result.message.contains(u"entry 4"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"changed"_s), qPrintable(result.message));
}

void TestAccessLog::deletedEntryIsDetected_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<qint64>("brokenAt");
    QTest::newRow("in the middle") << u"id = 6"_s << qint64(7);
    QTest::newRow("several") << u"id BETWEEN 3 AND 5"_s << qint64(6);
    QTest::newRow("the first") << u"id = 1"_s << qint64(2);
}

void TestAccessLog::deletedEntryIsDetected()
{
    QFETCH(QString, where);
    QFETCH(qint64, brokenAt);
    appendEntries(10);

    // With Lotsen's connection still open: WAL mode lets sqlite3 write beside it.
    runSqlite3(u"DROP TRIGGER access_log_no_delete;\nDELETE FROM access_log WHERE %1;"_s.arg(where));

    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, brokenAt);
    QVERIFY2(result.message.contains(u"entry %1"_s.arg(brokenAt)), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"removed"_s), qPrintable(result.message));
}

void TestAccessLog::tamperedHashIsDetected()
{
    appendEntries(6);
    const QString forged = QString(64, u'f');
    runSqlite3(u"DROP TRIGGER access_log_no_update;\nUPDATE access_log SET hash = '%1' WHERE id = 3;"_s.arg(forged));
    AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 3);

    // A more careful attacker changes entry 3 and gives it a new hash by the documented encoding: without the key
    // the hash cannot be sealed, and the unsealed entry among sealed ones is reported at once.
    closeDatabase();
    QFile::remove(path());
    QFile::remove(path() + u"-wal"_s);
    QFile::remove(path() + u"-shm"_s);
    openDatabase();
    m_anna = addAccount(u"anna"_s, u"Anna Andersson"_s);
    m_bo = addAccount(u"bo"_s, u"Bo Berg"_s);
    appendEntries(6);
    AccessLog::Entry third;
    for (const AccessLog::Entry& entry : m_log->entries({}).value()) {
        if (entry.id == 3) {
            third = entry;
        }
    }
    QCOMPARE(third.id, 3);
    third.detail = u"nothing to see"_s;
    third.hash = AccessLog::computeHash(third);
    runSqlite3(
        u"DROP TRIGGER access_log_no_update;\nUPDATE access_log SET detail = '%1', hash = '%2' WHERE id = 3;"_s.arg(
            third.detail, third.hash));
    result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 3);
    QVERIFY2(result.message.contains(u"entry 3"_s) && result.message.contains(u"not sealed"_s),
             qPrintable(result.message));
}

void TestAccessLog::newestEntriesRemovedAreReported()
{
    appendEntries(10);
    QVERIFY(m_log->verifyChain().ok);
    // The newest three go; what is left is a perfect chain.
    runSqlite3(u"DROP TRIGGER access_log_no_delete;\nDELETE FROM access_log WHERE id > 7;"_s);
    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.missingNewest, 3);
    QCOMPARE(result.firstBrokenId, 8);
    QVERIFY2(result.message.contains(u"newest 3 entries are missing"_s), qPrintable(result.message));
    // Lotsen writing on does not wipe the evidence: the anchor stays on entry 10.
    LOTSEN_VERIFY_OK(m_log->append(m_anna, u"anna"_s, AccessAction::Logout));
    QVERIFY(!m_log->verifyChain().ok);
}

void TestAccessLog::rehashedForgeryIsReported()
{
    appendEntries(8);
    // Entry 4 is removed and the whole log rewritten with the documented (unkeyed) encoding, renumbered, so that it
    // is a perfect chain again: the attacker has the database file, not the key.
    const QList<AccessLog::Entry> newestFirst = m_log->entries({}).value();
    QList<AccessLog::Entry> kept;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        if (it->id != 4) {
            kept.append(*it);
        }
    }
    QString sql = u"DROP TRIGGER access_log_no_delete;\nDELETE FROM access_log;\n"_s;
    QString previous = AccessLog::genesisHash();
    for (qsizetype i = 0; i < kept.size(); ++i) {
        AccessLog::Entry entry = kept.at(i);
        entry.id = i + 1;
        entry.prevHash = previous;
        entry.hash = AccessLog::computeHash(entry);
        previous = entry.hash;
        sql += u"INSERT INTO access_log (id, at, account_id, username, action, youth_id, detail, prev_hash, hash) "
               "VALUES (%1, '%2', %3, '%4', '%5', %6, '%7', '%8', '%9');\n"_s.arg(entry.id)
                   .arg(entry.at)
                   .arg(entry.accountId)
                   .arg(entry.username, entry.actionCode)
                   .arg(entry.youthId)
                   .arg(entry.detail, entry.prevHash, entry.hash);
    }
    runSqlite3(sql);
    AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    // The chain in the file is consistent; the anchor outside it knows there were 8 entries.
    QCOMPARE(result.missingNewest, 1);
    QVERIFY2(result.message.contains(u"newest 1 entries are missing"_s) || result.message.contains(u"newest entry"_s)
                 || result.message.contains(u"missing"_s),
             qPrintable(result.message));

    // The forger adds an eighth entry to match the count: it is not the entry the anchor recorded.
    AccessLog::Entry extra = kept.last();
    extra.id = 8;
    extra.prevHash = previous;
    extra.hash = AccessLog::computeHash(extra);
    runSqlite3(u"INSERT INTO access_log (id, at, account_id, username, action, youth_id, detail, prev_hash, hash) "
               "VALUES (8, '%1', %2, '%3', '%4', %5, '%6', '%7', '%8');"_s.arg(extra.at)
                   .arg(extra.accountId)
                   .arg(extra.username, extra.actionCode)
                   .arg(extra.youthId)
                   .arg(extra.detail, extra.prevHash, extra.hash));
    result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 8);
    QVERIFY2(result.message.contains(u"replaced"_s), qPrintable(result.message));
}

void TestAccessLog::anotherPcsKeyIsUnverifiableNotBroken()
{
    appendEntries(3);
    // The database moved to a PC with another key (and no anchor for it).
    closeDatabase();
    ChainSeal::setDirectory(m_dir->filePath(u"other-pc"_s));
    openDatabase();
    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 0);
    QCOMPARE(result.unverifiable, 3);
    QVERIFY2(result.message.contains(u"cannot be verified on this PC"_s), qPrintable(result.message));

    // The administrator exported the first PC's key with a passphrase; imported here, the log verifies.
    const QString exported = m_dir->filePath(u"key.lotsenkey"_s);
    ChainSeal::setDirectory(m_dir->filePath(u"secrets"_s));
    LOTSEN_VERIFY_FAILS(ChainSeal::exportKey(exported, u"short"_s));
    LOTSEN_VERIFY_OK(ChainSeal::exportKey(exported, u"a long passphrase"_s));
    QCOMPARE(QFile::permissions(exported) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    ChainSeal::setDirectory(m_dir->filePath(u"other-pc"_s));
    const Result<QString> wrong = ChainSeal::importKey(exported, u"not the passphrase"_s);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.message().contains(u"passphrase is wrong"_s), qPrintable(wrong.message()));
    QVERIFY(!m_log->verifyChain().ok);
    LOTSEN_VERIFY_OK(ChainSeal::importKey(exported, u"a long passphrase"_s));
    const AccessLog::VerifyResult verified = m_log->verifyChain();
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(verified.checkedEntries, 3);
}

void TestAccessLog::anAnchorRewrittenWithoutTheKeyIsReported()
{
    appendEntries(5);
    const QStringList anchors = QDir(ChainSeal::directory()).entryList({ u"anchor-*"_s }, QDir::Files);
    QCOMPARE(anchors.size(), 1);
    // Someone shortens the log and rewrites the anchor to match, without the key for its MAC.
    runSqlite3(u"DROP TRIGGER access_log_no_delete;\nDELETE FROM access_log WHERE id > 3;"_s);
    QFile anchor(QDir(ChainSeal::directory()).filePath(anchors.first()));
    QVERIFY(anchor.open(QIODevice::ReadWrite));
    QList<QByteArray> lines = anchor.readAll().split('\n');
    lines[0] = "3";
    anchor.resize(0);
    anchor.write(lines.join('\n'));
    anchor.close();
    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"was changed"_s), qPrintable(result.message));
}

void TestAccessLog::unsealedLogIsSealedFromTheNextEntryOn()
{
    // Without a key (a database from before sealing) entries are unsealed, as in version 1.
    ChainSeal::setDirectory(m_dir->filePath(u"log.lotsen/no-such-folder"_s));
    closeDatabase();
    openDatabase();
    appendEntries(3);
    QCOMPARE(m_log->entries({}).value().first().hash.size(), 64);
    // With a key the next entry is preceded by one that says the log is sealed from here on.
    ChainSeal::setDirectory(m_dir->filePath(u"secrets"_s));
    closeDatabase();
    openDatabase();
    LOTSEN_VERIFY_OK(m_log->append(m_anna, u"anna"_s, AccessAction::Login));
    const QList<AccessLog::Entry> entries = m_log->entries({}).value();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(1).action, AccessAction::SealLog);
    QVERIFY(entries.at(1).hash.startsWith(u'K'));
    QVERIFY(entries.at(0).hash.startsWith(u'K'));
    QVERIFY2(m_log->verifyChain().ok, qPrintable(m_log->verifyChain().message));
}

void TestAccessLog::reorderedEntriesAreDetected()
{
    appendEntries(6);
    // Swap entries 3 and 4 by their ids, as if entry 4 had happened first.
    runSqlite3(u"DROP TRIGGER access_log_no_update;\nUPDATE access_log SET id = -3 WHERE id = 3;\n"
               "UPDATE access_log SET id = 3 WHERE id = 4;\nUPDATE access_log SET id = 4 WHERE id = -3;"_s);
    const AccessLog::VerifyResult result = m_log->verifyChain();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenId, 3);
}

void TestAccessLog::verifyOnOwnConnectionInAnotherThread()
{
    appendEntries(6);
    AccessLog::VerifyResult onFile = AccessLog::verifyChain(path());
    QVERIFY2(onFile.ok, qPrintable(onFile.message));
    QCOMPARE(onFile.checkedEntries, 6);

    runSqlite3(u"DROP TRIGGER access_log_no_update;\nUPDATE access_log SET at = '2026-11-27T09:00:00' WHERE id = 4;"_s);
    // As BackgroundChainCheck runs it: in a worker thread, beside Lotsen's open connection.
    std::unique_ptr<QThread> worker(QThread::create([&onFile, this] { onFile = AccessLog::verifyChain(path()); }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(!onFile.ok);
    QCOMPARE(onFile.firstBrokenId, 4);
    QCOMPARE(onFile.checkedEntries, 3);
    QCOMPARE(onFile.firstBrokenAt, u"2026-11-27T09:00:00"_s); // as stored: the time can be altered too
    QCOMPARE(onFile.message, m_log->verifyChain().message);

    // Quitting Lotsen stops the check early; that is no finding about the chain.
    const std::atomic_bool cancelled { true };
    const AccessLog::VerifyResult stopped = AccessLog::verifyChain(path(), &cancelled);
    QVERIFY(!stopped.ok);
    QCOMPARE(stopped.firstBrokenId, 0);

    const AccessLog::VerifyResult missing = AccessLog::verifyChain(m_dir->filePath(u"missing.lotsen"_s));
    QVERIFY(!missing.ok);
    QCOMPARE(missing.firstBrokenId, 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"missing.lotsen"_s))); // read-only: never creates a file
}

void TestAccessLog::filters()
{
    // Anna on the 1st and 3rd, Bo on the 2nd; three youths.
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::Login, 0, {}));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 1, u"card"_s));
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 2), QTime(23, 59, 59)));
    QVERIFY(m_log->append(m_bo, u"bo"_s, AccessAction::OpenYouth, 2, u"card"_s));
    QVERIFY(m_log->append(m_bo, u"bo"_s, AccessAction::PrintDocument, 2, u"plan"_s));
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 3), QTime(0, 0)));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::ChangeYouth, 1, u"phone"_s));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 3, u"card"_s));

    const auto ids = [this](const AccessLog::Filter& filter) {
        QList<qint64> result;
        for (const AccessLog::Entry& entry : m_log->entries(filter).value()) {
            result.append(entry.id);
        }
        return result;
    };
    QCOMPARE(ids({}), (QList<qint64> { 6, 5, 4, 3, 2, 1 }));

    AccessLog::Filter filter;
    filter.accountId = m_bo;
    QCOMPARE(ids(filter), (QList<qint64> { 4, 3 }));

    filter = {};
    filter.youthId = 1;
    QCOMPARE(ids(filter), (QList<qint64> { 5, 2 }));

    filter = {};
    filter.action = AccessAction::OpenYouth;
    QCOMPARE(ids(filter), (QList<qint64> { 6, 3, 2 }));

    // Whole days, both ends included: the 2nd at 23:59:59 is in, the 3rd at midnight is out.
    filter = {};
    filter.from = QDate(2026, 11, 2);
    filter.to = QDate(2026, 11, 2);
    QCOMPARE(ids(filter), (QList<qint64> { 4, 3 }));
    filter.to = {};
    QCOMPARE(ids(filter), (QList<qint64> { 6, 5, 4, 3 }));
    filter.from = {};
    filter.to = QDate(2026, 11, 1);
    QCOMPARE(ids(filter), (QList<qint64> { 2, 1 }));

    filter = {};
    filter.accountId = m_anna;
    filter.action = AccessAction::OpenYouth;
    filter.from = QDate(2026, 11, 1);
    QCOMPARE(ids(filter), (QList<qint64> { 6, 2 }));
    filter.limit = 1;
    QCOMPARE(ids(filter), (QList<qint64> { 6 }));

    filter = {};
    filter.youthId = 999;
    QVERIFY(ids(filter).isEmpty());
}

void TestAccessLog::whoOpened()
{
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 1, u"card"_s));
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    QVERIFY(m_log->append(m_bo, u"bo"_s, AccessAction::OpenYouth, 1, u"card"_s));
    QVERIFY(m_log->append(m_bo, u"bo"_s, AccessAction::ChangeYouth, 1, u"phone"_s));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 2, u"card"_s)); // another youth
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 3), QTime(14, 30)));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 1, u"card"_s));
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 4), QTime(8, 0)));
    QVERIFY(m_log->append(m_bo, u"bo"_s, AccessAction::PrintDocument, 1, u"plan"_s)); // not an open

    const QList<AccessLog::Opening> openings = m_log->whoOpened(1).valueOr({});
    QCOMPARE(openings.size(), 2);
    QCOMPARE(openings.at(0).accountId, m_anna);
    QCOMPARE(openings.at(0).username, u"anna"_s);
    QCOMPARE(openings.at(0).displayName, u"Anna Andersson"_s);
    QCOMPARE(openings.at(0).lastOpenedAt, u"2026-11-03T14:30:00"_s);
    QCOMPARE(openings.at(0).count, 2);
    QCOMPARE(openings.at(1).accountId, m_bo);
    QCOMPARE(openings.at(1).displayName, u"Bo Berg"_s);
    QCOMPARE(openings.at(1).lastOpenedAt, u"2026-11-02T09:00:00"_s);
    QCOMPARE(openings.at(1).count, 1);

    QCOMPARE(m_log->whoOpened(2)->size(), 1);
    QVERIFY(m_log->whoOpened(3)->isEmpty());
    QVERIFY(m_log->whoOpened(0)->isEmpty());
}

void TestAccessLog::csvExport()
{
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    QVERIFY(m_log->append(m_anna, u"anna"_s, AccessAction::OpenYouth, 7, u"card"_s));
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 2), QTime(10, 15, 5)));
    QVERIFY(m_log->append(m_bo, u"bo"_s, AccessAction::ExportPdf, 7, u"plan; version \"2\""_s));
    QVERIFY(m_log->append(0, u"=cmd"_s, AccessAction::LoginFailed, 0, {}));

    const QString file = m_dir->filePath(u"log.csv"_s);
    LOTSEN_VERIFY_OK(m_log->exportCsv({}, file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 5); // header, three rows, and the empty rest after the last line break
    QCOMPARE(lines.at(0), u"Entry;Time;Account id;Username;Action;Action code;Youth id;Detail;Detail code"_s);
    QCOMPARE(lines.at(1), u"3;2026-11-02 10:15:05;;'=cmd;Failed login;login_failed;;;"_s);
    QCOMPARE(
        lines.at(2),
        u"2;2026-11-02 10:15:05;%1;bo;Exported a PDF;export_pdf;7;\"plan; version \"\"2\"\"\";\"plan; version \"\"2\"\"\""_s
            .arg(m_bo));
    QCOMPARE(lines.at(3), u"1;2026-11-01 09:00:00;%1;anna;Opened a youth's card;open_youth;7;card;card"_s.arg(m_anna));
    QVERIFY(lines.at(4).isEmpty());

    // The filter applies; an unwritable path is an error, not a crash.
    AccessLog::Filter filter;
    filter.accountId = m_anna;
    LOTSEN_VERIFY_OK(m_log->exportCsv(filter, file));
    csv.close();
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll().mid(3)).split(u"\r\n"_s).size(), 3);
    LOTSEN_VERIFY_FAILS(m_log->exportCsv({}, m_dir->filePath(u"no/such/folder/log.csv"_s)));
}

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
