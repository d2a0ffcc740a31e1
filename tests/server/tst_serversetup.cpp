// lotsen setup-server on the test server: the roles and the database, what the program's role may and may not do,
// a second run that changes nothing, and one access-log chain under appends from several connections at once.
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "access/AccountRepository.h"
#include "access/ChainSeal.h"
#include "access/Session.h"
#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "server/ServerSetup.h"
#include "youth/YouthRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace lotsen;

namespace {

// A plain connection as `user` (the test server trusts its socket: a user name is enough).
class RawConnection
{
public:
    RawConnection(const QString& user, const QString& database)
        : m_name(QStringLiteral("setup-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const std::optional<ServerAddress> server = TestServer::address(database);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (server) {
            db.setHostName(server->host);
            db.setPort(server->port);
            db.setDatabaseName(database);
            db.setUserName(user);
            db.open();
        }
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // The first column of every row, as text; an empty list (with a warning) on failure.
    QStringList column(const QString& sql) const
    {
        QSqlQuery query(db());
        QStringList values;
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return values;
        }
        while (query.next()) {
            values << query.value(0).toString();
        }
        return values;
    }
    QString value(const QString& sql) const { return column(sql).value(0); }

private:
    QString m_name;
};

} // namespace

class ServerSetupTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsRolesAndDatabase();
    void programRoleUsesLotsen();
    void programRoleCannot_data();
    void programRoleCannot();
    void secondRunChangesNothing();
    void refusesAnotherProgramsDatabase();
    void concurrentAppendsStayOneChain();

private:
    ServerSetup::Request request(const QString& database) const;
    // The privileges on the database's tables and the database, as text, to compare two runs.
    QStringList privileges(const QString& database) const;

    QTemporaryDir m_dir;
    QString m_database;
    QString m_chainDatabase;
    QString m_foreignDatabase;
    QString m_owner;
    QString m_app;
    ServerSetup::Outcome m_first;
};

ServerSetup::Request ServerSetupTest::request(const QString& database) const
{
    ServerSetup::Request setup;
    setup.superuser = TestServer::address().value_or(ServerAddress());
    setup.database = database;
    setup.owner = m_owner;
    setup.app = m_app;
    return setup;
}

QStringList ServerSetupTest::privileges(const QString& database) const
{
    const RawConnection super(QStringLiteral("lotsen_super"), database);
    return super.column(QStringLiteral("SELECT relname || ' ' || relowner::regrole::text || ' ' || "
                                       "coalesce(relacl::text, '') FROM pg_class WHERE relnamespace = "
                                       "'public'::regnamespace ORDER BY relname"))
        + super.column(QStringLiteral("SELECT datdba::regrole::text || ' ' || coalesce(datacl::text, '') FROM "
                                      "pg_database WHERE datname = current_database()"))
        + super.column(
            QStringLiteral("SELECT defaclobjtype::text || ' ' || defaclacl::text FROM pg_default_acl ORDER BY 1"));
}

void ServerSetupTest::initTestCase()
{
    // This test is about the server: without it, it fails.
    QVERIFY2(TestServer::active(), "LOTSEN_TEST_PG_STATE is not set: the test needs the pg_server fixture");
    QVERIFY(TestServer::address().has_value());
    QVERIFY(m_dir.isValid());
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    ChainSeal::setDirectory(m_dir.filePath(QStringLiteral("secrets")));
    // The log's key made once here, before threads use it.
    QVERIFY(!ChainSeal::key().isEmpty());
    TestWorkspace::useCheapPasswordHashing();

    // Roles are the whole server's: named after this process, and dropped at the end.
    const qint64 pid = QCoreApplication::applicationPid();
    m_database = QStringLiteral("lt_%1_setup").arg(pid);
    m_chainDatabase = QStringLiteral("lt_%1_chain").arg(pid);
    m_foreignDatabase = QStringLiteral("lt_%1_foreign").arg(pid);
    m_owner = QStringLiteral("lt_%1_owner").arg(pid);
    m_app = QStringLiteral("lt_%1_app").arg(pid);

    const Result<ServerSetup::Outcome> outcome = ServerSetup::run(request(m_database));
    LOTSEN_VERIFY_OK(outcome);
    m_first = *outcome;
}

void ServerSetupTest::cleanupTestCase()
{
    for (const QString& database : { m_database, m_chainDatabase, m_foreignDatabase }) {
        TestServer::dropDatabase(database);
    }
    TestServer::run(
        { QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_app), QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_owner) });
}

void ServerSetupTest::createsRolesAndDatabase()
{
    QCOMPARE(m_first.schemaVersion, Database::currentSchemaVersion());
    // New roles, so new random passwords, shown once.
    QCOMPARE(m_first.ownerPassword.size(), 24);
    QCOMPARE(m_first.appPassword.size(), 24);
    QVERIFY(m_first.ownerPassword != m_first.appPassword);
    QCOMPARE(m_first.appAddress.user, m_app);
    QCOMPARE(m_first.appAddress.database, m_database);
    QVERIFY(m_first.appAddress.password.isEmpty());

    const RawConnection super(QStringLiteral("lotsen_super"), m_database);
    QVERIFY(super.db().isOpen());
    // Both log in, neither has any right beyond the grants; only a SCRAM verifier is stored, never the password.
    for (const QString& role : { m_owner, m_app }) {
        QCOMPARE(super.value(QStringLiteral("SELECT rolcanlogin AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR "
                                            "rolreplication OR rolbypassrls) FROM pg_roles WHERE rolname = '%1'")
                                 .arg(role)),
                 QStringLiteral("true"));
        QVERIFY(super.value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(role))
                    .startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
    }
    QCOMPARE(super.value(QStringLiteral("SELECT datdba::regrole::text FROM pg_database WHERE datname = "
                                        "current_database()")),
             m_owner);
    // Everything Lotsen made belongs to the owner (unaccent's functions to the extension's installer).
    QCOMPARE(super.column(QStringLiteral("SELECT DISTINCT relowner::regrole::text FROM pg_class WHERE relnamespace = "
                                         "'public'::regnamespace")),
             QStringList { m_owner });
    QCOMPARE(super.value(QStringLiteral("SELECT extowner::regrole::text FROM pg_extension WHERE extname = "
                                        "'unaccent'")),
             m_owner);
    QCOMPARE(super.value(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND "
                                        "proowner::regrole::text = 'lotsen_super' AND proname NOT LIKE 'unaccent%'")),
             QStringLiteral("0"));
    // The program's role owns nothing anywhere.
    QCOMPARE(super.value(QStringLiteral("SELECT count(*) FROM pg_shdepend WHERE deptype = 'o' AND refobjid = "
                                        "'%1'::regrole")
                             .arg(m_app)),
             QStringLiteral("0"));
    // The rules of the append-only tables, as granted.
    const auto has = [&super, this](const QString& table, const QString& privilege) {
        return super.value(QStringLiteral("SELECT has_table_privilege('%1', '%2', '%3')").arg(m_app, table, privilege))
            == QLatin1String("true");
    };
    QVERIFY(has(QStringLiteral("youth"), QStringLiteral("DELETE")));
    QVERIFY(has(QStringLiteral("access_log"), QStringLiteral("INSERT")));
    QVERIFY(!has(QStringLiteral("access_log"), QStringLiteral("UPDATE")));
    QVERIFY(!has(QStringLiteral("access_log"), QStringLiteral("TRUNCATE")));
    QVERIFY(!has(QStringLiteral("access_log_cut"), QStringLiteral("DELETE")));
    QVERIFY(has(QStringLiteral("contact"), QStringLiteral("UPDATE")));
    QVERIFY(!has(QStringLiteral("contact"), QStringLiteral("DELETE")));
    QVERIFY(!has(QStringLiteral("retention_run"), QStringLiteral("UPDATE")));
    QVERIFY(!has(QStringLiteral("lotsen_schema_version"), QStringLiteral("INSERT")));
    QVERIFY(has(QStringLiteral("lotsen_schema_version"), QStringLiteral("SELECT")));
    QCOMPARE(super.value(QStringLiteral("SELECT has_database_privilege('%1', current_database(), 'TEMP')").arg(m_app)),
             QStringLiteral("false"));
}

void ServerSetupTest::programRoleUsesLotsen()
{
    // What every PC does: open the address setup-server printed, as the program's role; nothing to migrate.
    ServerAddress address = m_first.appAddress;
    Database database;
    const Database::OpenResult opened = database.open(address.toUrl());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.status, Database::OpenStatus::Opened);
    {
        Workspace workspace(database);
        Account admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Administrator");
        admin.role = Role::Administrator;
        LOTSEN_VERIFY_OK(workspace.accounts().createFirstAdministrator(admin, TestWorkspace::defaultPassword()));
        LOTSEN_VERIFY_OK(workspace.session().startWithoutPassword(admin));

        Youth youth;
        youth.firstName = QStringLiteral("Alva");
        youth.lastName = QStringLiteral("Berg");
        youth.status = YouthStatus::Active;
        const qint64 youthId = TestWorkspace::saveYouth(workspace, youth);
        QVERIFY(youthId > 0);
        LOTSEN_VERIFY_OK(workspace.session().log(AccessAction::OpenYouth, youthId));

        // A prospect without history may be deleted: its events go with it through the cascade, which runs with
        // the owner's rights (the program's role may not delete events itself).
        Youth prospect;
        prospect.firstName = QStringLiteral("Kim");
        prospect.lastName = QStringLiteral("Ek");
        prospect.status = YouthStatus::Prospect;
        const qint64 prospectId = TestWorkspace::saveYouth(workspace, prospect);
        QVERIFY(prospectId > 0);
        LOTSEN_VERIFY_OK(workspace.youths().remove(prospectId));

        const AccessLog::VerifyResult chain = workspace.accessLog().verifyChain();
        QVERIFY2(chain.ok, qPrintable(chain.message));
        workspace.session().logOut();
    }
    database.close();
}

void ServerSetupTest::programRoleCannot_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("state");
    const QString denied = QStringLiteral("42501");
    QTest::newRow("alter table") << QStringLiteral("ALTER TABLE youth ADD COLUMN x int") << denied;
    QTest::newRow("create table") << QStringLiteral("CREATE TABLE t (i int)") << denied;
    QTest::newRow("create temp table") << QStringLiteral("CREATE TEMP TABLE t (i int)") << denied;
    QTest::newRow("create function") << QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'")
                                     << denied;
    QTest::newRow("drop table") << QStringLiteral("DROP TABLE access_log") << denied;
    QTest::newRow("update access_log") << QStringLiteral("UPDATE access_log SET detail = 'x'") << denied;
    QTest::newRow("drop trigger") << QStringLiteral("DROP TRIGGER access_log_no_update ON access_log") << denied;
    QTest::newRow("disable triggers") << QStringLiteral("ALTER TABLE access_log DISABLE TRIGGER ALL") << denied;
    QTest::newRow("truncate access_log") << QStringLiteral("TRUNCATE access_log") << denied;
    QTest::newRow("triggers off for the session") << QStringLiteral("SET session_replication_role = replica") << denied;
    QTest::newRow("update access_log_cut") << QStringLiteral("UPDATE access_log_cut SET removed = 1") << denied;
    QTest::newRow("delete retention_run") << QStringLiteral("DELETE FROM retention_run") << denied;
    QTest::newRow("delete contact") << QStringLiteral("DELETE FROM contact") << denied;
    QTest::newRow("update lotsen_schema_version")
        << QStringLiteral("UPDATE lotsen_schema_version SET version = 99") << denied;
    QTest::newRow("insert lotsen_schema_version")
        << QStringLiteral("INSERT INTO lotsen_schema_version (version) VALUES (99)") << denied;
    // The retention policy's cut deletes old entries as the program, so DELETE is granted: the trigger refuses every
    // entry not below a recorded cut (P0001, its message).
    QTest::newRow("delete access_log") << QStringLiteral("DELETE FROM access_log") << QStringLiteral("P0001");
}

void ServerSetupTest::programRoleCannot()
{
    QFETCH(QString, statement);
    QFETCH(QString, state);
    const RawConnection app(m_app, m_database);
    QVERIFY2(app.db().isOpen(), qPrintable(app.db().lastError().text()));
    QVERIFY(app.value(QStringLiteral("SELECT count(*) FROM access_log")).toInt() > 0);
    QSqlQuery query(app.db());
    QVERIFY2(!query.exec(statement), "the program's role was allowed to do it");
    QCOMPARE(query.lastError().nativeErrorCode(), state);
    // The log is as it was.
    const RawConnection super(QStringLiteral("lotsen_super"), m_database);
    QCOMPARE(super.value(QStringLiteral("SELECT count(*) FROM access_log WHERE detail = 'x'")), QStringLiteral("0"));
}

void ServerSetupTest::secondRunChangesNothing()
{
    const QStringList before = privileges(m_database);
    QVERIFY(before.size() > 30); // the tables, the database and the three default privileges
    const RawConnection super(QStringLiteral("lotsen_super"), m_database);
    const QString youthsBefore = super.value(QStringLiteral("SELECT count(*) FROM youth"));
    const QStringList verifiersBefore
        = super.column(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname IN ('%1', '%2') ORDER BY 1")
                           .arg(m_owner, m_app));

    const Result<ServerSetup::Outcome> again = ServerSetup::run(request(m_database));
    LOTSEN_VERIFY_OK(again);
    // Existing roles keep their passwords; nothing new to show.
    QVERIFY(again->ownerPassword.isEmpty());
    QVERIFY(again->appPassword.isEmpty());
    QCOMPARE(again->schemaVersion, Database::currentSchemaVersion());
    QCOMPARE(privileges(m_database), before);
    QCOMPARE(super.value(QStringLiteral("SELECT count(*) FROM youth")), youthsBefore);
    QCOMPARE(super.column(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname IN ('%1', '%2') ORDER BY 1")
                              .arg(m_owner, m_app)),
             verifiersBefore);
}

void ServerSetupTest::refusesAnotherProgramsDatabase()
{
    QVERIFY(TestServer::createDatabase(m_foreignDatabase));
    QVERIFY(TestServer::run({ QStringLiteral("CREATE TABLE invoices (id int)") }, m_foreignDatabase));
    const Result<ServerSetup::Outcome> refused = ServerSetup::run(request(m_foreignDatabase));
    LOTSEN_VERIFY_FAILS(refused);
    QVERIFY2(refused.message().contains(QLatin1String("another program")), qPrintable(refused.message()));
    // Untouched: still the superuser's, no Lotsen table.
    const RawConnection super(QStringLiteral("lotsen_super"), m_foreignDatabase);
    QCOMPARE(super.value(QStringLiteral("SELECT datdba::regrole::text FROM pg_database WHERE datname = "
                                        "current_database()")),
             QStringLiteral("lotsen_super"));
    QCOMPARE(super.column(QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                                         "AND relkind = 'r'")),
             QStringList { QStringLiteral("invoices") });
}

void ServerSetupTest::concurrentAppendsStayOneChain()
{
    // A database of its own, so that the log starts empty; the roles exist already.
    const Result<ServerSetup::Outcome> setup = ServerSetup::run(request(m_chainDatabase));
    LOTSEN_VERIFY_OK(setup);
    const QString url = setup->appAddress.toUrl();

    // Four PCs: each thread has its own connection (QSqlDatabase connections belong to their thread), and all
    // append at once.
    constexpr int threads = 4;
    constexpr int perThread = 50;
    std::latch start(threads);
    std::atomic_int opened { 0 };
    std::atomic_int written { 0 };
    std::vector<std::thread> pcs;
    for (int t = 0; t < threads; ++t) {
        pcs.emplace_back([&, t] {
            Database database;
            const bool ok = database.open(url).ok();
            opened += ok ? 1 : 0;
            start.arrive_and_wait();
            if (!ok) {
                return;
            }
            AccessLog log(database);
            for (int i = 0; i < perThread; ++i) {
                if (log.append(0, QStringLiteral("pc%1").arg(t), AccessAction::OpenYouth, i + 1).ok()) {
                    ++written;
                }
            }
        });
    }
    for (std::thread& pc : pcs) {
        pc.join();
    }
    QCOMPARE(opened.load(), threads);
    QCOMPARE(written.load(), threads * perThread);

    const RawConnection super(QStringLiteral("lotsen_super"), m_chainDatabase);
    QCOMPARE(super.value(QStringLiteral("SELECT count(*) || ' ' || min(id) || ' ' || max(id) FROM access_log")),
             QStringLiteral("200 1 200"));
    // Each entry follows the one before it: one chain, no fork.
    QCOMPARE(super.value(QStringLiteral("SELECT count(*) FROM access_log a JOIN access_log b ON b.id = a.id + 1 "
                                        "WHERE b.prev_hash = a.hash")),
             QStringLiteral("199"));
    Database database;
    QVERIFY(database.open(url).ok());
    const AccessLog log(database);
    const AccessLog::VerifyResult chain = log.verifyChain();
    QVERIFY2(chain.ok, qPrintable(chain.message));
    QCOMPARE(chain.checkedEntries, qint64(threads * perThread));
}

QTEST_GUILESS_MAIN(ServerSetupTest)
#include "tst_serversetup.moc"
