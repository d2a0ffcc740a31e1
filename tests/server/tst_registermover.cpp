// RegisterMover: a demo register moved from its file into an empty database on the test server, whole (every table's
// count and ids, rows field by field), searchable, with its access-log chain; a second move into the same database
// refused without a change; a file whose chain does not verify refused; the file never changed.
#include "ResultChecks.h"
#include "TestServer.h"

#include "access/AccessLog.h"
#include "access/ChainSeal.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "demo/DemoDataGenerator.h"
#include "server/RegisterMover.h"
#include "youth/YouthFilter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace lotsen;

namespace {

const QDate kToday(2026, 11, 27);

QSqlQuery run(Database& database, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    return query;
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query = run(database, sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The file's tables, as the mover copies them.
QStringList fileTables(Database& database)
{
    QStringList tables;
    QSqlQuery query = run(database,
                          QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                         "LIKE 'sqlite%' AND name NOT LIKE 'youth_search%' ORDER BY name"));
    while (query.next()) {
        tables.append(query.value(0).toString());
    }
    return tables;
}

// A value of the file beside the server's (neither NULL): dates and moments as the types the server gives back.
bool sameValue(const QVariant& file, const QVariant& server)
{
    if (server.typeId() == QMetaType::QDate) {
        return QDate::fromString(file.toString(), Qt::ISODate) == server.toDate();
    }
    if (server.typeId() == QMetaType::QDateTime) {
        return QDateTime::fromString(file.toString(), Qt::ISODate) == server.toDateTime();
    }
    return file.toString() == server.toString();
}

} // namespace

class TestRegisterMover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDemoMovesWhole();
    void aSecondMoveIsRefusedAndChangesNothing();
    void aFileWhoseChainIsBrokenIsRefused();
    void theFileIsUnchanged();

private:
    bool openTarget(Database& target, const QString& name);

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_hash;
    QString m_target;
    qint64 m_entries = 0;
    QStringList m_databases;
};

void TestRegisterMover::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Always on the server: without it this test fails rather than skips.
    QVERIFY2(TestServer::active(), "LOTSEN_TEST_PG_STATE must name the test server's state file");
    QVERIFY2(TestServer::address().has_value(), "the test server cannot be reached");
    ChainSeal::setDirectory(m_dir.filePath(QStringLiteral("secrets")));
    Clock::setFixedNow(QDateTime(kToday, QTime(10, 0)));

    m_path = m_dir.filePath(QStringLiteral("demo.lotsen"));
    Database database;
    QCOMPARE(database.open(m_path).status, Database::OpenStatus::Created);
    LOTSEN_VERIFY_OK(DemoDataGenerator::writeDemo(database, kToday));
    // A sealed chain of entries, with and without a youth and a detail.
    AccessLog log(database);
    const qint64 youth = scalar(database, QStringLiteral("SELECT min(id) FROM youth"));
    for (int i = 0; i < 12; ++i) {
        LOTSEN_VERIFY_OK(log.append(0, QStringLiteral("mentor%1").arg(i % 3),
                                    i % 2 ? AccessAction::OpenYouth : AccessAction::Login, i % 2 ? youth + i : 0,
                                    i % 4 == 1 ? QStringLiteral("personal_data") : QString()));
    }
    m_entries = 12;
    QVERIFY(log.verifyChain().ok);
    database.close();
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFile(m_path + QStringLiteral("-wal")).size() == 0);
    m_hash = sha256(m_path);
    QVERIFY(!m_hash.isEmpty());
}

void TestRegisterMover::cleanupTestCase()
{
    Clock::reset();
    for (const QString& name : std::as_const(m_databases)) {
        TestServer::dropDatabase(name);
    }
}

bool TestRegisterMover::openTarget(Database& target, const QString& name)
{
    const std::optional<ServerAddress> address = TestServer::address(name);
    if (!address) {
        return false;
    }
    const Database::OpenResult opened = target.openServer(*address);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message));
    }
    return opened.ok();
}

void TestRegisterMover::aDemoMovesWhole()
{
    m_target = TestServer::uniqueName(QStringLiteral("mover"));
    m_databases.append(m_target);
    QVERIFY(TestServer::createDatabase(m_target));

    Database source;
    QVERIFY(source.open(m_path, Database::Mode::ReadOnly).ok());
    {
        Database target;
        QVERIFY(openTarget(target, m_target)); // an empty database is given the schema here
        RegisterMover mover(source, target);
        QHash<QString, qint64> progress;
        mover.setProgress([&progress](const QString& table, qint64 rows) { progress[table] = rows; });
        mover.setRowsPerStatement(7); // several batches and a remainder in the demo's tables
        const RegisterMover::Outcome outcome = LOTSEN_VALUE(mover.move());
        QCOMPARE(outcome.accessLogEntries, m_entries);

        QStringList moved;
        for (const RegisterMover::TableCount& table : outcome.tables) {
            moved.append(table.table);
            QCOMPARE(table.rows, scalar(source, QStringLiteral("SELECT count(*) FROM %1").arg(table.table)));
            QCOMPARE(progress.value(table.table, -1), table.rows);
        }
        moved.sort();
        QCOMPARE(moved, fileTables(source));
        QVERIFY(moved.contains(QStringLiteral("municipality_use")));
        QVERIFY(moved.contains(QStringLiteral("access_log")));
    }

    // Read again on a connection of its own: what was committed.
    Database target;
    QVERIFY(openTarget(target, m_target));
    for (const QString& table : fileTables(source)) {
        QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                 scalar(source, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        const QSqlRecord columns = source.connection().record(table);
        if (columns.contains(QStringLiteral("id"))) {
            // Every id kept.
            QCOMPARE(scalar(target, QStringLiteral("SELECT coalesce(sum(id * id), 0) FROM %1").arg(table)),
                     scalar(source, QStringLiteral("SELECT coalesce(sum(id * id), 0) FROM %1").arg(table)));
        }
    }
    QVERIFY(scalar(source, QStringLiteral("SELECT count(*) FROM youth")) > 40);
    QVERIFY(scalar(source, QStringLiteral("SELECT count(*) FROM municipality_use")) > 0);

    // Rows field by field: the first and last of the tables with dates, moments, flags and texts.
    for (const QString& table :
         { QStringLiteral("youth"), QStringLiteral("contact"), QStringLiteral("consent"), QStringLiteral("action_plan"),
           QStringLiteral("access_log"), QStringLiteral("enrolment_exit") }) {
        for (const QString& which : { QStringLiteral("min"), QStringLiteral("max") }) {
            const qint64 id = scalar(source, QStringLiteral("SELECT %1(id) FROM %2").arg(which, table));
            QSqlQuery fileRow = run(source, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), { id });
            QSqlQuery serverRow = run(target, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), { id });
            QVERIFY(fileRow.next());
            QVERIFY(serverRow.next());
            const QSqlRecord fileRecord = fileRow.record();
            for (int i = 0; i < fileRecord.count(); ++i) {
                const QString column = fileRecord.fieldName(i);
                const int serverColumn = serverRow.record().indexOf(column);
                QCOMPARE(serverRow.isNull(serverColumn), fileRow.isNull(i));
                QVERIFY2(fileRow.isNull(i) || sameValue(fileRow.value(i), serverRow.value(serverColumn)),
                         qPrintable(QStringLiteral("%1.%2 of %3").arg(table, column).arg(id)));
            }
        }
    }
    // A date and a moment, explicitly.
    QSqlQuery birth = run(source, QStringLiteral("SELECT id, birth_date, created_at FROM youth ORDER BY id LIMIT 1"));
    QVERIFY(birth.next());
    QSqlQuery serverBirth
        = run(target, QStringLiteral("SELECT birth_date, created_at FROM youth WHERE id = ?"), { birth.value(0) });
    QVERIFY(serverBirth.next());
    QCOMPARE(serverBirth.value(0).toDate(), QDate::fromString(birth.value(1).toString(), Qt::ISODate));
    QCOMPARE(serverBirth.value(1).toDateTime(), QDateTime::fromString(birth.value(2).toString(), Qt::ISODate));
    QSqlQuery occurred = run(source, QStringLiteral("SELECT id, occurred_at FROM contact ORDER BY id DESC LIMIT 1"));
    QVERIFY(occurred.next());
    QSqlQuery serverOccurred = run(target,
                                   QStringLiteral("SELECT to_char(occurred_at, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM "
                                                  "contact WHERE id = ?"),
                                   { occurred.value(0) });
    QVERIFY(serverOccurred.next());
    QCOMPARE(serverOccurred.value(0).toString(), occurred.value(1).toString().left(19));
    // The file's identity, not the one the new database was given.
    QCOMPARE(run(target, QStringLiteral("SELECT value FROM setting WHERE key = 'database_id'")).next(), true);
    QSqlQuery fileId = run(source, QStringLiteral("SELECT value FROM setting WHERE key = 'database_id'"));
    QSqlQuery serverId = run(target, QStringLiteral("SELECT value FROM setting WHERE key = 'database_id'"));
    QVERIFY(fileId.next() && serverId.next());
    QCOMPARE(serverId.value(0).toString(), fileId.value(0).toString());

    // The search finds the same youths on both, by a name's prefix and by personal number.
    QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM youth_search")),
             scalar(target, QStringLiteral("SELECT count(*) FROM youth")));
    QSqlQuery samples = run(source,
                            QStringLiteral("SELECT first_name, last_name, personal_number FROM youth WHERE id % 7 = 1 "
                                           "AND personal_number IS NOT NULL"));
    int searched = 0;
    while (samples.next()) {
        for (const QString& typed : { samples.value(0).toString().left(3),
                                      samples.value(1).toString().left(4) + u' ' + samples.value(0).toString().left(1),
                                      samples.value(2).toString().mid(2, 6) }) {
            QSet<qint64> found[2];
            Database* databases[2] = { &source, &target };
            for (int i = 0; i < 2; ++i) {
                const SqlDialect& dialect = databases[i]->dialect();
                QSqlQuery search = run(*databases[i],
                                       QStringLiteral("SELECT id FROM youth WHERE ")
                                           + dialect.youthSearchCondition(QStringLiteral("id")),
                                       { dialect.searchValue(YouthFilter::matchExpression(typed)) });
                while (search.next()) {
                    found[i].insert(search.value(0).toLongLong());
                }
            }
            QVERIFY2(!found[0].isEmpty(), qPrintable(QStringLiteral("sample %1").arg(searched)));
            QCOMPARE(found[1], found[0]);
            ++searched;
        }
    }
    QVERIFY(searched >= 9);

    // The chain verifies on the server, on a connection of its own.
    const AccessLog::VerifyResult chain = AccessLog(target).verifyChain();
    QVERIFY2(chain.ok, qPrintable(chain.message));
    QCOMPARE(chain.checkedEntries, m_entries);

    // The triggers are on again, and new rows continue after the copied ids.
    QCOMPARE(scalar(target,
                    QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                   "WHERE NOT t.tgisinternal AND t.tgenabled <> 'O'")),
             0);
    QVERIFY(scalar(target, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")) > 50);
    const qint64 maxStaff = scalar(source, QStringLiteral("SELECT max(id) FROM staff"));
    QSqlQuery added = run(target, QStringLiteral("INSERT INTO staff (name) VALUES ('Ny') RETURNING id"));
    QVERIFY(added.next());
    QCOMPARE(added.value(0).toLongLong(), maxStaff + 1);
    run(target, QStringLiteral("DELETE FROM staff WHERE id = ?"), { maxStaff + 1 });
    // A trigger fires again: an access-log entry cannot be changed.
    QSqlQuery change(target.connection());
    QVERIFY(!change.exec(QStringLiteral("UPDATE access_log SET detail = 'x' WHERE id = 1")));
}

void TestRegisterMover::aSecondMoveIsRefusedAndChangesNothing()
{
    QVERIFY(!m_target.isEmpty());
    const QString fingerprintSql = QStringLiteral(
        "SELECT (SELECT count(*) FROM youth) || '/' || (SELECT count(*) FROM contact) || '/' || "
        "(SELECT count(*) FROM access_log) || '/' || (SELECT max(hash) FROM access_log) || '/' || "
        "(SELECT count(*) FROM youth_search) || '/' || (SELECT string_agg(value, ',' ORDER BY key) FROM setting)");
    Database target;
    QVERIFY(openTarget(target, m_target));
    QSqlQuery before = run(target, fingerprintSql);
    QVERIFY(before.next());

    Database source;
    QVERIFY(source.open(m_path, Database::Mode::ReadOnly).ok());
    RegisterMover mover(source, target);
    const Result<RegisterMover::Outcome> moved = mover.move();
    QVERIFY(!moved.ok());
    QVERIFY2(moved.message().contains(QLatin1String("is not empty")), qPrintable(moved.message()));

    QSqlQuery after = run(target, fingerprintSql);
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toString(), before.value(0).toString());
    QCOMPARE(scalar(target,
                    QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> "
                                   "'O'")),
             0);
    // Nothing left open on the connection: it still writes.
    QSqlQuery write(target.connection());
    QVERIFY2(write.exec(QStringLiteral("INSERT INTO account_preference (account_id, key, value) SELECT min(id), "
                                       "'mover_test', '1' FROM account HAVING min(id) IS NOT NULL")),
             qPrintable(write.lastError().text()));
}

void TestRegisterMover::aFileWhoseChainIsBrokenIsRefused()
{
    // A copy of the file with one entry's detail changed behind Lotsen's back.
    const QString copy = m_dir.filePath(QStringLiteral("broken.lotsen"));
    QVERIFY(QFile::copy(m_path, copy));
    {
        const QString name = QStringLiteral("raw-broken");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(copy);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER access_log_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE access_log SET detail = 'changed' WHERE id = 3")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QString name = TestServer::uniqueName(QStringLiteral("broken"));
    m_databases.append(name);
    QVERIFY(TestServer::createDatabase(name));
    Database source;
    QVERIFY(source.open(copy, Database::Mode::ReadOnly).ok());
    Database target;
    QVERIFY(openTarget(target, name));
    const Result<RegisterMover::Outcome> moved = RegisterMover(source, target).move();
    QVERIFY(!moved.ok());
    QVERIFY2(moved.message().contains(QLatin1String("access log")), qPrintable(moved.message()));
    QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM youth")), 0);
    QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM setting")), 1); // only the new database's identity
}

void TestRegisterMover::theFileIsUnchanged()
{
    QCOMPARE(sha256(m_path), m_hash);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFile(m_path + QStringLiteral("-wal")).size() == 0);
}

QTEST_GUILESS_MAIN(TestRegisterMover)
#include "tst_registermover.moc"
