#include "TestServer.h"

#include "core/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lotsen {

namespace {

QString quoted(const QString& name)
{
    return u'"' + QString(name).remove(u'"') + u'"';
}

// The template's name carries a hash of the schema scripts, so a changed schema gets a new template.
QString templateName()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& name : QDir(QStringLiteral(":/sql/postgresql")).entryList(QDir::Files, QDir::Name)) {
        QFile script(QStringLiteral(":/sql/postgresql/") + name);
        if (script.open(QIODevice::ReadOnly)) {
            hash.addData(script.readAll());
        }
    }
    hash.addData(QByteArray::number(Database::currentSchemaVersion()));
    return QStringLiteral("lotsen_template_") + QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

bool TestServer::active()
{
    return !qEnvironmentVariableIsEmpty("LOTSEN_TEST_PG_STATE");
}

std::optional<ServerAddress> TestServer::address(const QString& database)
{
    QFile state(qEnvironmentVariable("LOTSEN_TEST_PG_STATE"));
    if (!state.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("TestServer: the test server's state file cannot be read; is the pg_server fixture running?");
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(state.readAll()).trimmed();
    static const QRegularExpression pattern(QStringLiteral("host=(\\S+) port=(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        qWarning("TestServer: the state file is malformed");
        return std::nullopt;
    }
    ServerAddress address;
    address.host = match.captured(1);
    address.port = match.captured(2).toInt();
    address.user = QStringLiteral("lotsen_super");
    address.database = database;
    return address;
}

bool TestServer::run(const QStringList& statements, const QString& database)
{
    const std::optional<ServerAddress> server = address(database);
    if (!server) {
        return false;
    }
    const QString name = QStringLiteral("lotsen-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->database);
        if (!db.open()) {
            qWarning("TestServer: cannot reach the test server: %s", qPrintable(db.lastError().text()));
            ok = false;
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    qWarning("TestServer: %s failed: %s", qPrintable(statement.left(80)),
                             qPrintable(query.lastError().text()));
                    ok = false;
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool TestServer::createDatabase(const QString& name, const QString& owner)
{
    return run({ QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name)),
                 owner.isEmpty() ? QStringLiteral("CREATE DATABASE %1").arg(quoted(name))
                                 : QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(quoted(name), quoted(owner)) });
}

bool TestServer::createLotsenDatabase(const QString& name)
{
    const QString source = templateName();
    // Made once per schema by whichever test gets there first; the others wait for it on the lock.
    bool made = false;
    const QStringList statements = {
        QStringLiteral("SELECT pg_advisory_lock(4242)"),
    };
    const std::optional<ServerAddress> server = address();
    if (!server) {
        return false;
    }
    const QString connection
        = QStringLiteral("lotsen-test-template-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->database);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(statements.first());
            query.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
            query.addBindValue(source);
            const bool exists = query.exec() && query.next() && query.value(0).toInt() == 1;
            made = exists;
            if (!exists && query.exec(QStringLiteral("CREATE DATABASE %1").arg(quoted(source)))) {
                Database database;
                ServerAddress target = *server;
                target.database = source;
                made = database.openServer(target).ok();
                database.close();
                if (!made) {
                    query.exec(QStringLiteral("DROP DATABASE %1").arg(quoted(source)));
                }
            }
            query.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)"));
        } else {
            qWarning("TestServer: cannot reach the test server: %s", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!made) {
        qWarning("TestServer: the template database could not be made");
        return false;
    }
    return run({ QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name)),
                 QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(quoted(name), quoted(source)) });
}

bool TestServer::dropDatabase(const QString& name)
{
    return run({ QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name)) });
}

bool TestServer::refuseInserts(Database& database, const QString& name, const QString& table, const QString& message,
                               const QString& condition)
{
    QString sql;
    if (database.isServer()) {
        sql = QStringLiteral(
                  "CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW %3 EXECUTE FUNCTION lotsen_abort('%4')")
                  .arg(name, table, condition.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(condition),
                       message);
    } else {
        sql = QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE INSERT ON main.%2 %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                  .arg(name, table, condition.isEmpty() ? QString() : QStringLiteral("WHEN %1").arg(condition),
                       message);
    }
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning("TestServer::refuseInserts: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool TestServer::dropTrigger(Database& database, const QString& name, const QString& table)
{
    QSqlQuery query(database.connection());
    const QString sql = database.isServer() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
                                            : QStringLiteral("DROP TRIGGER %1").arg(name);
    if (!query.exec(sql)) {
        qWarning("TestServer::dropTrigger: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QString TestServer::uniqueName(const QString& hint)
{
    static int counter = 0;
    QString cleaned = hint.toLower();
    cleaned.replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_"));
    return QStringLiteral("lt_%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(++counter).arg(cleaned.left(30));
}

} // namespace lotsen
