#include "server/ServerSetup.h"

#include "core/Database.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <optional>

namespace lotsen {

namespace {

// The program role's rights on the rows of each table; every other table, and every table a later migration adds,
// gets SELECT, INSERT, UPDATE, DELETE. Left out is only what the program itself never does (models/ was searched
// for every UPDATE and DELETE), on the tables whose triggers keep them as a record. A youth's erasure still removes
// its contacts, consents, exits and events: ON DELETE CASCADE runs with the rights of the tables' owner.
struct TableRule
{
    const char* table;
    const char* privileges;
};
const TableRule kTableRules[] = {
    // Written by the migrations, that is by the owner, only.
    { "lotsen_schema_version", "SELECT" },
    // Never changed. DELETE only for the retention policy's cut, which the trigger access_log_no_delete allows only
    // below a recorded cut, and the cut carries the seal of the log's key (outside the database).
    { "access_log", "SELECT, INSERT, DELETE" },
    { "access_log_cut", "SELECT, INSERT" },
    { "retention_run", "SELECT, INSERT" },
    // Deactivated, struck out, withdrawn, frozen, reopened, closed or blanked by an erasure: updated, never deleted
    // on their own.
    { "account", "SELECT, INSERT, UPDATE" },
    { "contact", "SELECT, INSERT, UPDATE" },
    { "consent", "SELECT, INSERT, UPDATE" },
    { "youth_event", "SELECT, INSERT, UPDATE" },
    { "action_plan", "SELECT, INSERT, UPDATE" },
    { "enrolment_exit", "SELECT, INSERT, UPDATE" },
    { "follow_up", "SELECT, INSERT, UPDATE" },
    { "follow_up_attempt", "SELECT, INSERT, UPDATE" },
};

QString privilegesFor(const QString& table)
{
    for (const TableRule& rule : kTableRules) {
        if (table == QLatin1String(rule.table)) {
            return QLatin1String(rule.privileges);
        }
    }
    return QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
}

QString ident(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

Error serverError(const QString& sentence, const QSqlError& error)
{
    // The SQLSTATE only: a statement may carry a password verifier.
    qCWarning(lcDatabase) << "setup-server:" << error.nativeErrorCode();
    return fail(sentence + u' ' + Database::describeServerError(error));
}

Result<void> exec(const QSqlDatabase& db, const QString& sql, const QString& failure, const QVariantList& binds = {})
{
    // Statements without values are sent as they are: PostgreSQL prepares no CREATE ROLE or GRANT.
    QSqlQuery query(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (const QVariant& bind : binds) {
            query.addBindValue(bind);
        }
        ok = query.exec();
    }
    if (!ok) {
        return serverError(failure, query.lastError());
    }
    return success();
}

Result<QList<QVariantList>> rows(const QSqlDatabase& db, const QString& sql, const QVariantList& binds,
                                 const QString& failure)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        return serverError(failure, query.lastError());
    }
    QList<QVariantList> result;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i) {
            row.append(query.value(i));
        }
        result.append(row);
    }
    return result;
}

// A superuser's connection of its own: Database would give an empty maintenance database Lotsen's schema.
class AdminConnection
{
public:
    explicit AdminConnection(const ServerAddress& address)
        : m_name(QStringLiteral("lotsen-setup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(address.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;sslmode=%1;application_name=Lotsen-setup")
                                 .arg(address.effectiveSslMode()));
        if (!db.open()) {
            m_error = db.lastError();
            qCWarning(lcDatabase) << "setup-server: connection failed:" << m_error.nativeErrorCode();
        }
    }
    ~AdminConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    AdminConnection(const AdminConnection&) = delete;
    AdminConnection& operator=(const AdminConnection&) = delete;

    bool isOpen() const { return db().isOpen(); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QSqlError& error() const { return m_error; }

private:
    QString m_name;
    QSqlError m_error;
};

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Creates the role, or checks an existing one: LOGIN, and none of the rights that would let it past the grants.
Result<void> ensureRole(const QSqlDatabase& db, const QString& role, const QString& given, QString& generated,
                        QStringList& done)
{
    const Result<QList<QVariantList>> found
        = rows(db,
               QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls, "
                              "rolcanlogin FROM pg_roles WHERE rolname = ?"),
               { role }, ServerSetup::tr("The role %1 could not be looked up.").arg(role));
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        QString password = given;
        if (password.isEmpty()) {
            generated = ServerSetup::randomPassword();
            password = generated;
        }
        if (Result<void> created
            = exec(db,
                   QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                                  "NOBYPASSRLS PASSWORD '%2'")
                       .arg(ident(role), ServerSetup::passwordVerifier(password)),
                   ServerSetup::tr("The role %1 could not be created.").arg(role));
            !created) {
            return created;
        }
        done << ServerSetup::tr("Created the role %1.").arg(role);
        return success();
    }
    if (found->first().at(0).toBool()) {
        return fail(ServerSetup::tr("The role %1 exists already with rights Lotsen's roles must not have (superuser, "
                                    "creating roles or databases, replication or bypassing row security). Remove "
                                    "those rights, or choose another name.")
                        .arg(role));
    }
    if (!given.isEmpty()) {
        if (Result<void> changed = exec(db,
                                        QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'")
                                            .arg(ident(role), ServerSetup::passwordVerifier(given)),
                                        ServerSetup::tr("The password of the role %1 could not be set.").arg(role));
            !changed) {
            return changed;
        }
        done << ServerSetup::tr("The role %1 exists already; its password was set to the one given.").arg(role);
        return success();
    }
    if (!found->first().at(1).toBool()) {
        if (Result<void> changed = exec(db, QStringLiteral("ALTER ROLE %1 LOGIN").arg(ident(role)),
                                        ServerSetup::tr("The role %1 could not be allowed to log in.").arg(role));
            !changed) {
            return changed;
        }
    }
    done << ServerSetup::tr("The role %1 exists already; its password is unchanged.").arg(role);
    return success();
}

// Creates the database owned by the owner role; an existing one must be that role's, or empty (then it is given to
// the role). Whether it holds Lotsen's tables or another program's is checked when it is opened (Database).
Result<void> ensureDatabase(const QSqlDatabase& db, const ServerSetup::Request& request, QStringList& done)
{
    const Result<QList<QVariantList>> found
        = rows(db, QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?"),
               { request.database }, ServerSetup::tr("The database %1 could not be looked up.").arg(request.database));
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        // UTF-8 whatever the server's default: Lotsen's texts are Unicode. template0, since template1 may hold
        // objects someone added for other databases.
        if (Result<void> created = exec(db,
                                        QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8'")
                                            .arg(ident(request.database), ident(request.owner)),
                                        ServerSetup::tr("The database %1 could not be created.").arg(request.database));
            !created) {
            return created;
        }
        done << ServerSetup::tr("Created the database %1, owned by %2.").arg(request.database, request.owner);
        return success();
    }
    const QString currentOwner = found->first().at(0).toString();
    if (currentOwner == request.owner) {
        done << ServerSetup::tr("The database %1 exists already.").arg(request.database);
        return success();
    }
    ServerAddress inside = request.superuser;
    inside.database = request.database;
    const AdminConnection existing(inside);
    if (!existing.isOpen()) {
        return serverError(ServerSetup::tr("The database %1 could not be opened.").arg(request.database),
                           existing.error());
    }
    const Result<QList<QVariantList>> content
        = rows(existing.db(),
               QStringLiteral("SELECT count(*), to_regclass('public.lotsen_schema_version') IS NOT NULL FROM pg_class "
                              "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'f')"),
               {}, ServerSetup::tr("The database %1 could not be read.").arg(request.database));
    if (!content) {
        return content.error();
    }
    if (content->first().at(1).toBool()) {
        return fail(ServerSetup::tr("The database %1 is a Lotsen database that belongs to the role %2. Run "
                                    "setup-server again with --owner %2.")
                        .arg(request.database, currentOwner));
    }
    if (content->first().at(0).toLongLong() > 0) {
        return fail(ServerSetup::tr("The database %1 exists already and holds another program's tables. It has not "
                                    "been changed; choose another name with --database.")
                        .arg(request.database));
    }
    if (Result<void> given
        = exec(db, QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(ident(request.database), ident(request.owner)),
               ServerSetup::tr("The database %1 could not be given to %2.").arg(request.database, request.owner));
        !given) {
        return given;
    }
    done << ServerSetup::tr("The empty database %1 now belongs to %2.").arg(request.database, request.owner);
    return success();
}

} // namespace

bool ServerSetup::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QString ServerSetup::randomPassword()
{
    // No 0/O, 1/l/I: it may be read off a screen and typed.
    static const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 24; ++i) {
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    }
    return password;
}

QString ServerSetup::passwordVerifier(const QString& password)
{
    // RFC 5802/7677 as PostgreSQL stores it: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>. libpq
    // prepares the password with SASLprep at login; NFKC is that for every password but those with control or
    // unassigned characters.
    constexpr int iterations = 4096;
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    // PBKDF2-HMAC-SHA-256 with one block of 32 bytes.
    QByteArray block = hmac(secret, salt + QByteArray("\0\0\0\1", 4));
    QByteArray salted = block;
    for (int i = 1; i < iterations; ++i) {
        block = hmac(secret, block);
        for (int j = 0; j < salted.size(); ++j) {
            salted[j] = char(salted.at(j) ^ block.at(j));
        }
    }
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<ServerSetup::Outcome> ServerSetup::run(const Request& request)
{
    for (const QString& name : { request.database, request.owner, request.app }) {
        if (!isValidName(name)) {
            return fail(tr("%1 is not a name setup-server accepts: use lower-case letters, digits and _ (at most 63), "
                           "beginning with a letter.")
                            .arg(name));
        }
    }
    if (request.owner == request.app) {
        return fail(tr("The owner role and the program's role must be two different roles."));
    }
    if (request.database == request.superuser.database) {
        return fail(tr("setup-server connects to %1, so it cannot create it for Lotsen. Connect to the server's "
                       "maintenance database (postgres) and name Lotsen's database with --database.")
                        .arg(request.database));
    }
    if (request.owner == request.superuser.user || request.app == request.superuser.user) {
        return fail(
            tr("The owner role and the program's role must not be the superuser %1.").arg(request.superuser.user));
    }

    Outcome outcome;
    {
        const AdminConnection admin(request.superuser);
        if (!admin.isOpen()) {
            return serverError(tr("The server %1 could not be reached as %2.")
                                   .arg(request.superuser.shownName(), request.superuser.user),
                               admin.error());
        }
        const Result<QList<QVariantList>> superuser
            = rows(admin.db(), QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"), {},
                   tr("The rights of %1 could not be read.").arg(request.superuser.user));
        if (!superuser) {
            return superuser.error();
        }
        if (superuser->isEmpty() || !superuser->first().at(0).toBool()) {
            return fail(tr("%1 is not a superuser on the server. setup-server needs one, for example postgres.")
                            .arg(request.superuser.user));
        }
        if (Result<void> owner
            = ensureRole(admin.db(), request.owner, request.ownerPassword, outcome.ownerPassword, outcome.done);
            !owner) {
            return owner.error();
        }
        if (Result<void> app
            = ensureRole(admin.db(), request.app, request.appPassword, outcome.appPassword, outcome.done);
            !app) {
            return app.error();
        }
        // A member of the owner role would have the owner's rights.
        const Result<QList<QVariantList>> member
            = rows(admin.db(), QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"), { request.app, request.owner },
                   tr("The role %1 could not be looked up.").arg(request.app));
        if (!member) {
            return member.error();
        }
        if (member->first().at(0).toBool()) {
            return fail(tr("The role %1 is a member of %2 and would have the rights of the database's owner. Remove "
                           "it from %2 (REVOKE %2 FROM %1), or choose another name.")
                            .arg(request.app, request.owner));
        }
        if (Result<void> database = ensureDatabase(admin.db(), request, outcome.done); !database) {
            return database.error();
        }
    }

    // The schema as the owner, on the superuser's login (SET ROLE): everything it makes belongs to the owner, and
    // CREATE EXTENSION unaccent (a trusted extension) is allowed to it as the database's owner.
    ServerAddress target = request.superuser;
    target.database = request.database;
    Database database;
    const Database::OpenResult opened = database.openServerAs(target, request.owner);
    if (!opened.ok()) {
        return fail(opened.message);
    }
    outcome.schemaVersion = database.userVersion();
    outcome.done << (opened.status == Database::OpenStatus::Created
                         ? tr("Created Lotsen's tables (schema version %1), owned by %2.")
                               .arg(outcome.schemaVersion)
                               .arg(request.owner)
                         : tr("Lotsen's tables are at schema version %1.").arg(outcome.schemaVersion));
    if (Result<void> granted = applyGrants(database, request.owner, request.app); !granted) {
        return granted.error();
    }
    outcome.done
        << tr("Granted %1 the use of the rows (no changes of structure, the access log append-only).").arg(request.app);
    database.close();

    outcome.appAddress = request.superuser;
    outcome.appAddress.password.clear();
    outcome.appAddress.user = request.app;
    outcome.appAddress.database = request.database;
    return outcome;
}

Result<void> ServerSetup::applyGrants(Database& database, const QString& owner, const QString& app)
{
    if (!isValidName(owner) || !isValidName(app)) {
        return fail(tr("%1 or %2 is not a name setup-server accepts.").arg(owner, app));
    }
    const QSqlDatabase db = database.connection();
    const QString failure = tr("The rights of %1 could not be set.").arg(app);
    const Result<QList<QVariantList>> current = rows(db, QStringLiteral("SELECT current_database()"), {}, failure);
    if (!current) {
        return current.error();
    }
    const QString name = ident(current->first().at(0).toString());
    const QString role = ident(app);

    // All or nothing: a failure leaves the rights as they were.
    if (Result<void> begun = exec(db, QStringLiteral("BEGIN"), failure); !begun) {
        return begun;
    }
    const auto abandon = [&db](const Error& error) -> Result<void> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    // No temporary tables either (they would need TEMP); other roles of the server may not even connect.
    QStringList statements = {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(name),
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM %2").arg(name, role),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(name, role),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM %1").arg(role),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
    };
    const Result<QList<QVariantList>> tables
        = rows(db,
               QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                              "AND relkind IN ('r', 'p') ORDER BY relname"),
               {}, failure);
    if (!tables) {
        return abandon(tables.error());
    }
    for (const QVariantList& table : *tables) {
        const QString tableName = table.first().toString();
        statements
            << QStringLiteral("REVOKE ALL ON TABLE %1 FROM PUBLIC, %2").arg(ident(tableName), role)
            << QStringLiteral("GRANT %1 ON TABLE %2 TO %3").arg(privilegesFor(tableName), ident(tableName), role);
    }
    statements << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %1").arg(role)
               << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role);
    // The owner's functions (search, triggers); unaccent's belong to the extension and are everyone's already.
    const Result<QList<QVariantList>> functions
        = rows(db,
               QStringLiteral("SELECT oid::regprocedure::text FROM pg_proc WHERE pronamespace = "
                              "'public'::regnamespace AND pg_get_userbyid(proowner) = ? ORDER BY 1"),
               { owner }, failure);
    if (!functions) {
        return abandon(functions.error());
    }
    for (const QVariantList& function : *functions) {
        statements << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(function.first().toString(), role);
    }
    // What later migrations (run by the owner) create gets the default rule at once; setup-server run again after
    // a migration applies the table rules above to it.
    const QString defaults = QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public ").arg(ident(owner));
    statements << defaults + QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1").arg(role)
               << defaults + QStringLiteral("GRANT USAGE, SELECT ON SEQUENCES TO %1").arg(role)
               << defaults + QStringLiteral("GRANT EXECUTE ON FUNCTIONS TO %1").arg(role);
    for (const QString& statement : std::as_const(statements)) {
        if (Result<void> done = exec(db, statement, failure); !done) {
            return abandon(done.error());
        }
    }
    // The program's role owns nothing anywhere on the server: an owner could drop the triggers.
    const Result<QList<QVariantList>> owned
        = rows(db,
               QStringLiteral("SELECT count(*) FROM pg_shdepend WHERE deptype = 'o' AND refclassid = "
                              "'pg_authid'::regclass AND refobjid = (SELECT oid FROM pg_roles WHERE rolname = ?)"),
               { app }, failure);
    if (!owned) {
        return abandon(owned.error());
    }
    if (owned->first().at(0).toLongLong() > 0) {
        return abandon(fail(tr("The role %1 owns objects on the server, so it could change them. Give them to another "
                               "role (REASSIGN OWNED BY %1 TO %2) and run setup-server again.")
                                .arg(app, owner)));
    }
    if (Result<void> committed = exec(db, QStringLiteral("COMMIT"), failure); !committed) {
        return abandon(committed.error());
    }
    return success();
}

} // namespace lotsen
