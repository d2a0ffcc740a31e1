#include "core/Database.h"

#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <libpq-fe.h>

namespace lotsen {

namespace {

// Migration N (1-based) takes the schema from version N-1 to N. Append only; never edit a released script.
const QStringList kMigrations = {
    QStringLiteral(":/sql/sqlite/0001_initial.sql"),
    QStringLiteral(":/sql/sqlite/0002_action_plans.sql"),
    QStringLiteral(":/sql/sqlite/0003_contacts.sql"),
    QStringLiteral(":/sql/sqlite/0004_partners_consent.sql"),
    QStringLiteral(":/sql/sqlite/0005_accounts_access_log.sql"),
    QStringLiteral(":/sql/sqlite/0006_authorship.sql"),
    QStringLiteral(":/sql/sqlite/0007_postal_town.sql"),
    QStringLiteral(":/sql/sqlite/0008_text_limits.sql"),
    QStringLiteral(":/sql/sqlite/0009_enrolment.sql"),
    QStringLiteral(":/sql/sqlite/0010_reports.sql"),
    QStringLiteral(":/sql/sqlite/0011_retention.sql"),
    QStringLiteral(":/sql/sqlite/0012_row_versions.sql"),
    QStringLiteral(":/sql/sqlite/0013_plan_setting_versions.sql"),
};

// A shared database on PostgreSQL gets its schema from one script per version step; the first one makes the whole
// schema of that version at once (a server database never held an older one).
struct ServerMigration
{
    int toVersion;
    QString script;
};
const QList<ServerMigration> kServerMigrations = {
    { 11, QStringLiteral(":/sql/postgresql/0011_schema.sql") },
    { 12, QStringLiteral(":/sql/postgresql/0012_row_versions.sql") },
    { 13, QStringLiteral(":/sql/postgresql/0013_plan_setting_versions.sql") },
};

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

qint64 s_fullCheckLimit = Database::DefaultFullCheckLimit;

// SQLite's primary result code of a failed call (Qt gives the extended code, which carries it in its low byte).
int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isDamage(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

// A file: URI for QSQLITE_OPEN_URI. The path is percent-encoded, so '?', '#' and '%' in a folder name stay part
// of it. immutable=1 reads the file as it is, without locks and without a -wal or -shm; mode=ro reads through
// the -wal and -shm of a running writer (and would create them if there were none); mode=rw never creates the
// file itself.
QString fileUri(const QString& absolutePath, const QString& query)
{
    QUrl url = QUrl::fromLocalFile(absolutePath);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

const QString kImmutable = QStringLiteral("immutable=1");
const QString kReadOnly = QStringLiteral("mode=ro");
const QString kReadWrite = QStringLiteral("mode=rw");

// The first finding of integrity_check on one line, for the details in brackets: page and row numbers and index
// names, never a value.
QString firstFinding(const QString& result)
{
    QString line = result.simplified();
    if (line.size() > 200) {
        line = line.left(200) + QStringLiteral("…");
    }
    return line;
}
int s_busyTimeoutMs = 5000;
int s_reconnectPauseMs = 3000;

// Splits a migration script into statements: each ends with ';' at the end of a line, and a
// trigger body (which holds ';' of its own) ends with a line 'END;'.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || (trimmed.isEmpty() && current.isEmpty())) {
            continue;
        }
        current += line + u'\n';
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        const bool ends
            = inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';');
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

} // namespace

Database::Database(QObject* parent) : QObject(parent) { }

void Database::setBusyTimeout(int milliseconds)
{
    s_busyTimeoutMs = milliseconds;
}

void Database::setFullCheckLimit(qint64 bytes)
{
    s_fullCheckLimit = bytes;
}

QString Database::checkIntegrity(const QString& path)
{
    const QString name = QStringLiteral("lotsen-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shownPath = QDir::toNativeSeparators(absolute);
    QString problem;
    {
        // Beside the open database (as the program runs it) the check reads through its -wal and -shm; a file
        // that no Lotsen has open is read as it is, and no -wal or -shm is left beside it.
        const bool writerBeside = QFileInfo::exists(absolute + QStringLiteral("-wal"))
            && QFileInfo::exists(absolute + QStringLiteral("-shm"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(fileUri(absolute, writerBeside ? kReadOnly : kImmutable));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        const QString damaged = tr("The database %1 is damaged. Close Lotsen and restore the latest backup; until "
                                   "then, do not rely on what it shows.")
                                    .arg(shownPath);
        if (!db.open()) {
            problem
                = tr("The database %1 could not be checked.").arg(shownPath) + u' ' + describeSqlError(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
                const QSqlError error = query.lastError();
                problem = isDamage(error)
                    ? tr("%1 (%2)").arg(damaged, error.databaseText())
                    : tr("The database %1 could not be checked.").arg(shownPath) + u' ' + describeSqlError(error);
            } else if (const QString result = query.value(0).toString(); result != QLatin1String("ok")) {
                problem = tr("%1 (%2)").arg(damaged, firstFinding(result));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

Database::~Database()
{
    close();
}

int Database::currentSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    if (m_dialect.isPostgres() && m_openTransactions == 0 && !m_reconnecting && serverConnectionLost()) {
        // Every statement runs through here: the place to notice, between user actions, that the server is back.
        const_cast<Database*>(this)->reconnectServer();
    }
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::setReconnectPause(int milliseconds)
{
    s_reconnectPauseMs = milliseconds;
}

QVariant Database::authorValue() const
{
    return m_author != 0 ? QVariant(m_author) : QVariant(QMetaType::fromType<qint64>());
}

QString Database::describeSqlError(const QSqlError& error)
{
    // PostgreSQL names its errors with a five-character SQLSTATE; SQLite's codes are numbers below 10,000.
    if (error.nativeErrorCode().size() == 5 || error.driverText().startsWith(QLatin1String("QPSQL"))) {
        return describeServerError(error);
    }
    // Qt gives SQLite's result code as text; extended codes carry the primary one in their low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString sentence;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        sentence = tr("Another program is writing to the database (for example a backup tool). Try again in a "
                      "moment.");
        break;
    case 8: // SQLITE_READONLY
        sentence = tr("The database file or its folder is read-only.");
        break;
    case 10: // SQLITE_IOERR
        sentence = tr("The disk could not be read or written.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        sentence = tr("The database file is damaged.");
        break;
    case 13: // SQLITE_FULL
        sentence = tr("The disk is full.");
        break;
    default:
        sentence = tr("The database reported an error.");
        break;
    }
    const QString details = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return details.isEmpty() ? sentence : tr("%1 (%2)").arg(sentence, details);
}

QString Database::describeServerError(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    QString sentence;
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))) {
        sentence = tr("The database server does not answer, or the connection to it was lost. Check the network "
                      "and try again.");
    } else if (state == QLatin1String("28P01") || state == QLatin1String("28000")) {
        sentence = tr("The database server refused the login: the user name or password is wrong.");
    } else if (state == QLatin1String("42501")) {
        sentence = tr("The database server does not allow this account to do that.");
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")) {
        sentence = tr("Someone else is saving the same data at this moment. Try again in a moment.");
    } else if (state == QLatin1String("25006")) {
        sentence = tr("The database server accepts no changes at the moment (read-only).");
    } else if (state == QLatin1String("53100")) {
        sentence = tr("The database server's disk is full.");
    } else if (state == QLatin1String("3D000")) {
        sentence = tr("The database does not exist on the server.");
    } else {
        sentence = tr("The database reported an error.");
    }
    QString details = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    details = details.simplified();
    if (details.startsWith(QLatin1String("ERROR: "))) {
        details = details.mid(7);
    }
    return details.isEmpty() ? sentence : tr("%1 (%2)").arg(sentence, details);
}

QString Database::shownName() const
{
    return isServer() ? m_server.shownName() : QDir::toNativeSeparators(m_path);
}

void Database::close()
{
    closeConnection();
    m_lock.reset();
    m_path.clear();
    m_server = ServerAddress();
    m_serverPassword.clear();
    m_dialect = SqlDialect();
}

void Database::closeConnection()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
}

bool Database::openConnection(const QString& uriQuery, QSqlError& error)
{
    closeConnection();
    m_connectionName = QStringLiteral("lotsen-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // No QSqlDatabase copy may outlive this block: fail() removes the connection, which must be unused then.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(fileUri(m_path, uriQuery));
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_URI").arg(s_busyTimeoutMs);
    if (uriQuery != kReadWrite) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    const bool opened = db.open();
    error = db.lastError();
    return opened;
}

Database::OpenResult Database::fail(OpenStatus status, const QString& message)
{
    close();
    return { status, message, {} };
}

Database::OpenResult Database::failOnSqlError(const QSqlError& error)
{
    // A sentence in the user's language first; SQLite's own text follows in brackets, for the details.
    const QString shownPath = QDir::toNativeSeparators(m_path);
    if (isDamage(error)) {
        return fail(OpenStatus::Corrupt,
                    tr("%1 (%2)").arg(tr("The database %1 is damaged. It has not been changed. Restore the "
                                         "latest backup, or open another file.")
                                          .arg(shownPath),
                                      error.databaseText()));
    }
    // Read-only and busy are named as such: neither calls for a backup.
    const int code = primaryCode(error);
    const OpenStatus status = code == 8 ? OpenStatus::ReadOnly
        : code == 5 || code == 6        ? OpenStatus::Locked
                                        : OpenStatus::CannotOpen;
    return fail(status, tr("The database %1 could not be opened.").arg(shownPath) + u' ' + describeSqlError(error));
}

Database::OpenResult Database::open(const QString& path, Mode mode)
{
    if (ServerAddress::looksLikeUrl(path)) {
        const std::optional<ServerAddress> address = ServerAddress::fromUrl(path);
        if (!address) {
            return fail(OpenStatus::CannotOpen,
                        tr("%1 is not a database address Lotsen understands. Write it as "
                           "postgresql://user@server:5432/database.")
                            .arg(path));
        }
        return openServer(*address, mode);
    }
    close();
    m_readOnly = mode == Mode::ReadOnly;
    const bool mayCreate = mode == Mode::ReadWrite;
    m_integrityCheckDeferred = false;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const bool exists = info.exists();
    const bool hasContent = exists && info.size() > 0;
    const QString shownPath = QDir::toNativeSeparators(absolute);

    if (exists && !info.isFile()) {
        return fail(OpenStatus::CannotOpen, tr("%1 is a folder, not a Lotsen database file.").arg(shownPath));
    }
    // A mistyped path or a file emptied by a failed copy must not quietly become a new, empty register.
    if (!mayCreate && !exists) {
        return fail(OpenStatus::CannotOpen, tr("The database %1 does not exist.").arg(shownPath));
    }
    if (!mayCreate && !hasContent) {
        return fail(OpenStatus::CannotOpen,
                    tr("The database %1 is empty (0 bytes), so it holds no Lotsen data. It has not been changed. "
                       "Check the path, or restore the latest backup.")
                        .arg(shownPath));
    }
    if (!exists) {
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(OpenStatus::CannotOpen,
                        tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
        }
    }
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool writable = folderWritable && (!exists || info.isWritable());
    // WAL needs to create -wal and -shm files beside the database, so the folder must be writable too.
    if (!m_readOnly && !writable) {
        return fail(OpenStatus::ReadOnly,
                    tr("The database %1 is read-only, or its folder is. Lotsen needs to write to it. "
                       "Copy the file to a folder where you may write, or ask for write permission.")
                        .arg(shownPath));
    }
    if (hasContent) {
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(OpenStatus::CannotOpen,
                        tr("The database %1 could not be read: %2").arg(shownPath, file.errorString()));
        }
        if (file.read(kSqliteHeader.size()) != kSqliteHeader) {
            return fail(OpenStatus::NotLotsen,
                        tr("%1 is not a Lotsen database, or its beginning is damaged. It has not been changed.")
                            .arg(shownPath));
        }
    }

    const QString wal = absolute + QStringLiteral("-wal");
    const QString shm = absolute + QStringLiteral("-shm");
    const auto writerRuns = [&wal, &shm] {
        return QFileInfo::exists(wal) && QFileInfo::exists(shm);
    };
    // True while no Lotsen can write to the file: it may then be read as it is (immutable), without a -wal and
    // -shm beside it.
    bool atRest = false;
    if (m_readOnly && !writable) {
        // Lotsen writes only to a file it may write in a folder it may write, so this user's Lotsen cannot change it.
        atRest = true;
    } else {
        m_lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // a crashed Lotsen leaves a stale lock that QLockFile detects by its PID
        if (!m_readOnly) {
            atRest = m_lock->tryLock(100);
        } else {
            // A reader needs no lock beside a running Lotsen: SQLite's WAL lets it read beside the one writer,
            // through the writer's -wal and -shm. Without one, the reader holds the lock while it reads, so that
            // no Lotsen starts writing to the file it reads as it is; another reader holding it is waited for.
            const QDeadlineTimer deadline(s_busyTimeoutMs);
            while (!atRest && !writerRuns() && !deadline.hasExpired()) {
                atRest = m_lock->tryLock(0);
                if (!atRest) {
                    QThread::msleep(10);
                }
            }
            if (!atRest && writerRuns()) {
                m_lock.reset();
            }
        }
        if (m_lock && !atRest) {
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            return fail(OpenStatus::Locked,
                        tr("The database %1 is already open in another Lotsen window (process %2 on %3). "
                           "Close that window first, or open another file.")
                            .arg(shownPath)
                            .arg(pid)
                            .arg(host));
        }
    }

    if (!hasContent) {
        // SQLite would create the file with the default mode (0644 under the usual umask), readable by every
        // login on the PC; created empty and owner-only here, it is so before any data goes in, and SQLite gives
        // the -wal and -shm files the database file's mode.
        if (const Result<void> created = OwnerOnlyFile::createEmpty(absolute); !created) {
            return fail(OpenStatus::CannotOpen,
                        tr("The database %1 could not be created: %2").arg(shownPath, created.message()));
        }
    }

    m_path = absolute;
    QSqlError openError;
    if (hasContent) {
        // The checks read the file without writing anything beside it: a file that is refused is left exactly as
        // it was, with no -wal or -shm (which SQLite would give the database file's mode, 0644 or 0400).
        QString access;
        if (atRest && !QFileInfo::exists(wal)) {
            access = kImmutable;
        } else if (writerRuns()) {
            access = kReadOnly; // beside a running writer, or what a crash left: its -wal and -shm exist
        } else if (!m_readOnly) {
            access = kReadWrite; // a -wal without its -shm: SQLite rebuilds the index, restrictExisting() follows
        } else {
            return fail(OpenStatus::CannotOpen,
                        tr("The database %1 was not closed properly. Open it in Lotsen once, then try again. It "
                           "has not been changed.")
                            .arg(shownPath));
        }
        if (!openConnection(access, openError)) {
            return failOnSqlError(openError);
        }
        // A WAL left behind means the last session did not end cleanly: check every page now.
        const bool uncleanShutdown = QFileInfo(wal).size() > 0;
        const bool checkPages = uncleanShutdown || info.size() <= s_fullCheckLimit;
        m_integrityCheckDeferred = !checkPages;
        OpenResult checked = checkExisting(checkPages);
        if (!checked.message.isEmpty()) {
            return checked;
        }
        if (!m_readOnly) {
            // Owner-only before SQLite makes the -wal and -shm, which take the database file's mode.
            restrictExisting();
            if (access != kReadWrite && !openConnection(kReadWrite, openError)) {
                return failOnSqlError(openError);
            }
        }
    } else if (!openConnection(kReadWrite, openError)) {
        return failOnSqlError(openError);
    }

    if (m_readOnly) {
        if (userVersion() != currentSchemaVersion()) {
            return fail(OpenStatus::MigrationFailed,
                        tr("The database %1 was saved by an older version of Lotsen. Open it in Lotsen once to "
                           "update it, then try again.")
                            .arg(shownPath));
        }
        return { OpenStatus::Opened, {}, {} };
    }
    if (!applyConnectionSettings()) {
        return fail(OpenStatus::CannotOpen,
                    m_lastSqlError.isValid()
                        ? tr("The database %1 could not be prepared.").arg(shownPath) + u' '
                            + describeSqlError(m_lastSqlError)
                        : tr("The database %1 could not be prepared: %2").arg(shownPath, m_lastError));
    }
    const int version = userVersion();
    OpenResult result = migrate(version);
    if (!result.ok()) {
        return result;
    }
    result.status = version == 0 ? OpenStatus::Created : OpenStatus::Opened;
    return result;
}

Database::OpenResult Database::openServer(const ServerAddress& address, Mode mode)
{
    return openServer(address, mode, QString());
}

Database::OpenResult Database::openServerAs(const ServerAddress& address, const QString& role)
{
    return openServer(address, Mode::ReadWrite, role);
}

Database::OpenResult Database::openServer(const ServerAddress& address, Mode mode, const QString& role)
{
    close();
    m_readOnly = mode == Mode::ReadOnly;
    m_dialect = SqlDialect(SqlDialect::Engine::PostgreSQL);
    m_server = address;
    m_server.password.clear();
    m_serverPassword = address.password;
    m_path = address.toUrl();
    m_integrityCheckDeferred = false;
    const QString shown = address.shownName();

    m_connectionName = QStringLiteral("lotsen-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlError connectError;
    bool driverMissing = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        driverMissing = !db.isValid();
        address.configure(db);
        if (!driverMissing && !db.open()) {
            connectError = db.lastError();
        }
    }
    if (driverMissing) {
        return fail(OpenStatus::CannotOpen,
                    tr("This Lotsen cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL) is not "
                       "installed."));
    }
    // Outside the block: failing removes the connection, and no QSqlDatabase copy may be alive then.
    if (connectError.isValid()) {
        qCWarning(lcDatabase) << "server connection failed:" << connectError.nativeErrorCode();
        return failOnServerError(connectError);
    }
    m_serverRole = role;
    if (!applyServerSession()) {
        return failOnServerError(m_lastSqlError);
    }

    // A Lotsen database has the version table; an empty one (no tables at all) may be given the schema.
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral("SELECT to_regclass('lotsen_schema_version') IS NOT NULL, (SELECT count(*) FROM "
                                   "pg_catalog.pg_tables WHERE schemaname = current_schema())"))
        || !probe.next()) {
        return failOnServerError(probe.lastError());
    }
    const bool hasVersionTable = probe.value(0).toBool();
    const qint64 tables = probe.value(1).toLongLong();
    probe.finish();
    int version = 0;
    if (hasVersionTable) {
        version = serverSchemaVersion();
        if (version < 0) {
            return failOnServerError(m_lastSqlError);
        }
    } else if (tables > 0) {
        return fail(OpenStatus::NotLotsen,
                    tr("The database %1 belongs to another program: it has tables, but not Lotsen's. It has not been "
                       "changed.")
                        .arg(shown));
    }
    if (version > currentSchemaVersion()) {
        return fail(OpenStatus::TooNew,
                    tr("The database %1 was set up by a newer version of Lotsen (schema %2; this version "
                       "understands up to %3). Install the newer Lotsen. Nothing has been changed.")
                        .arg(shown)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
    if (version < currentSchemaVersion()) {
        if (m_readOnly || (mode == Mode::ReadWriteExisting && version == 0)) {
            return fail(OpenStatus::MigrationFailed,
                        version == 0 ? tr("The database %1 is empty: it has not been set up for Lotsen yet.").arg(shown)
                                     : tr("The database %1 was set up by an older version of Lotsen. Open it in "
                                          "Lotsen once to update it, then try again.")
                                           .arg(shown));
        }
        OpenResult result = migrateServer(version);
        if (!result.ok()) {
            return result;
        }
        result.status = version == 0 ? OpenStatus::Created : OpenStatus::Opened;
        return result;
    }
    return { OpenStatus::Opened, {}, {} };
}

bool Database::applyServerSession()
{
    // Dates and times as ISO text in the PC's own time zone, as a file keeps them.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (!exec(QStringLiteral("SET DateStyle = 'ISO, YMD'"))
        || !exec(QStringLiteral("SET TimeZone = '%1'").arg(QString::fromLatin1(zone).remove(u'\'').remove(u'\\')))
        || !exec(QStringLiteral("SET client_encoding = 'UTF8'"))) {
        return false;
    }
    if (!m_serverRole.isEmpty()
        && !exec(QStringLiteral("SET ROLE \"%1\"").arg(QString(m_serverRole).replace(u'"', QStringLiteral("\"\""))))) {
        return false;
    }
    return !m_readOnly || exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

bool Database::serverConnectionLost() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid() || db.driver() == nullptr) {
        return false;
    }
    // libpq knows a connection is gone once a statement found it so (CONNECTION_BAD); a closed connection (a failed
    // attempt to connect again) has no handle.
    const QVariant handle = db.driver()->handle();
    // Qt names the type after libpq's struct (pg_conn*); older Qt after its typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0) {
        return false;
    }
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    return connection == nullptr || PQstatus(connection) == CONNECTION_BAD;
}

void Database::reconnectServer()
{
    if (m_lastReconnectAttempt.isValid() && m_lastReconnectAttempt.elapsed() < s_reconnectPauseMs) {
        return;
    }
    m_lastReconnectAttempt.start();
    m_reconnecting = true;
    emit connectionLost();
    bool connected = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
        connected = db.open();
        if (!connected) {
            qCWarning(lcDatabase) << "connecting to the server again failed:" << db.lastError().nativeErrorCode();
        }
    }
    connected = connected && applyServerSession();
    m_reconnecting = false;
    if (!connected) {
        return;
    }
    m_lastReconnectAttempt.invalidate();
    qCInfo(lcDatabase) << "connected to the server again";
    emit reconnected();
}

int Database::serverSchemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM lotsen_schema_version")) || !query.next()) {
        const_cast<Database*>(this)->m_lastSqlError = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

Database::OpenResult Database::failOnServerError(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    const QString shown = m_server.shownName();
    OpenStatus status = OpenStatus::CannotOpen;
    if (state == QLatin1String("42501")) {
        status = OpenStatus::ReadOnly;
    }
    QString message = state.isEmpty() || state.startsWith(QLatin1String("08"))
        ? tr("The database server at %1 does not answer (%2). Check the network and the address, then try again.")
              .arg(m_server.host.startsWith(u'/') ? m_server.host
                                                  : QStringLiteral("%1:%2").arg(m_server.host).arg(m_server.port),
                   error.driverText().isEmpty() ? error.text().simplified() : error.databaseText().simplified())
        : tr("The database %1 could not be opened.").arg(shown) + u' ' + describeServerError(error);
    if (state == QLatin1String("28P01") || state == QLatin1String("28000")) {
        message = tr("The database server refused the login of %1 to %2: the user name or password is wrong.")
                      .arg(m_server.user, shown);
    } else if (error.databaseText().contains(QLatin1String("password authentication failed"))
               || error.databaseText().contains(QLatin1String("no password supplied"))) {
        message = tr("The database server refused the login of %1 to %2: the user name or password is wrong.")
                      .arg(m_server.user, shown);
    }
    return fail(status, message);
}

Database::OpenResult Database::migrateServer(int fromVersion)
{
    const QString shown = m_server.shownName();
    // Every step in one transaction with its version row: a failed step leaves the database as it was.
    if (!exec(QStringLiteral("BEGIN"))) {
        return failOnServerError(m_lastSqlError);
    }
    const auto abandon = [this](const QString& message) {
        exec(QStringLiteral("ROLLBACK"));
        return fail(OpenStatus::MigrationFailed, message);
    };
    // Two PCs that start a new Lotsen at once: the second waits here, then finds the schema done.
    if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId))) {
        return abandon(tr("The database %1 could not be updated: %2").arg(shown, describeServerError(m_lastSqlError)));
    }
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS lotsen_schema_version (version integer PRIMARY KEY, "
                             "applied_at timestamptz NOT NULL DEFAULT now())"))) {
        const bool notAllowed = m_lastSqlError.nativeErrorCode() == QLatin1String("42501");
        return abandon(
            notAllowed
                ? tr("The database %1 has not been set up for this version of Lotsen, and this "
                     "account may not change its structure. Ask whoever looks after the server "
                     "to run \"lotsen setup-server\" with this version.")
                      .arg(shown)
                : tr("The database %1 could not be updated: %2").arg(shown, describeServerError(m_lastSqlError)));
    }
    const int current = serverSchemaVersion();
    if (current < 0) {
        return abandon(tr("The database %1 could not be updated: %2").arg(shown, describeServerError(m_lastSqlError)));
    }
    for (const ServerMigration& migration : kServerMigrations) {
        if (migration.toVersion <= std::max(current, fromVersion)) {
            continue;
        }
        QFile file(migration.script);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return abandon(tr("Migration %1 is missing from this build.").arg(migration.toVersion));
        }
        // One string, as libpq runs it: PL/pgSQL bodies hold semicolons of their own.
        if (!exec(QString::fromUtf8(file.readAll()))
            || !exec(
                QStringLiteral("INSERT INTO lotsen_schema_version (version) VALUES (%1)").arg(migration.toVersion))) {
            const bool notAllowed = m_lastSqlError.nativeErrorCode() == QLatin1String("42501");
            return abandon(notAllowed ? tr("The database %1 has not been set up for this version of Lotsen, and this "
                                           "account may not change its structure. Ask whoever looks after the "
                                           "server to run \"lotsen setup-server\" with this version.")
                                            .arg(shown)
                                      : tr("The database could not be updated to version %1: %2. Nothing was "
                                           "changed.")
                                            .arg(migration.toVersion)
                                            .arg(describeServerError(m_lastSqlError)));
        }
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        return abandon(tr("The database %1 could not be updated: %2").arg(shown, describeServerError(m_lastSqlError)));
    }
    return { OpenStatus::Opened, {}, {} };
}

void Database::restrictExisting()
{
    // A Lotsen file that other logins may read (copied or restored with the default umask, or made before
    // Lotsen restricted its files) is made owner-only when Lotsen opens it, and so are its -wal and -shm files,
    // which keep the mode they were made with. Lotsen's own accounts share one file under one system login, so no
    // other login needs it. Only after checkExisting(): a file of another program is never touched. Best effort:
    // a file of another owner cannot be changed, and that is no reason not to open it.
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString file = m_path + suffix;
        if (QFileInfo::exists(file) && !OwnerOnlyFile::isOwnerOnly(file)) {
            OwnerOnlyFile::restrict(file);
        }
    }
}

Database::OpenResult Database::checkExisting(bool checkPages)
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    // integrity_check reads every page and compares every index with its table; a damaged file is reported before
    // anything writes to it. Without it, reading the schema still catches a damaged beginning of the file.
    const QString check = checkPages
        ? QStringLiteral("PRAGMA integrity_check")
        : QStringLiteral("SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_master");
    if (!query.exec(check) || !query.next()) {
        // Damage, but also a read-only place or another program's lock: each is named as what it is.
        return failOnSqlError(query.lastError());
    }
    if (const QString result = query.value(0).toString(); result != QLatin1String("ok")) {
        return fail(OpenStatus::Corrupt,
                    tr("%1 (%2)").arg(tr("The database %1 is damaged. It has not been changed. Restore the "
                                         "latest backup, or open another file.")
                                          .arg(shownPath),
                                      firstFinding(result)));
    }
    query.finish();

    const auto pragma = [this](const QString& name) {
        QSqlQuery q(connection());
        return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 applicationId = pragma(QStringLiteral("application_id"));
    const qint64 version = pragma(QStringLiteral("user_version"));
    const qint64 tables = [this] {
        QSqlQuery q(connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() ? q.value(0).toLongLong() : -1;
    }();
    const bool empty = applicationId == 0 && version == 0 && tables == 0;
    if (!empty && applicationId != ApplicationId) {
        return fail(
            OpenStatus::NotLotsen,
            tr("%1 is a database of another program, not a Lotsen database. It has not been changed.").arg(shownPath));
    }
    if (version > currentSchemaVersion()) {
        return fail(OpenStatus::TooNew,
                    tr("The database %1 was saved by a newer version of Lotsen (schema %2; this version "
                       "understands up to %3). Install the newer Lotsen, or open another file. The file has not "
                       "been changed.")
                        .arg(shownPath)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
    return { OpenStatus::Opened, {}, {} };
}

bool Database::applyConnectionSettings()
{
    m_lastSqlError = QSqlError();
    // Per connection; foreign_keys cannot be changed inside a transaction, so this runs first.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !exec(QStringLiteral("PRAGMA secure_delete = ON"))
        // 32 MiB instead of SQLite's 2 MiB: the youth table and its indexes at 100,000 youths stay in memory, so
        // that Today and the register do not read them from the file again at every refresh.
        || !exec(QStringLiteral("PRAGMA cache_size = -32768"))) {
        return false;
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        m_lastSqlError = query.lastError();
        m_lastError = query.lastError().text();
        if (m_lastError.trimmed().isEmpty()) {
            m_lastError = tr("the file system does not support WAL journaling");
        }
        return false;
    }
    return true;
}

Database::OpenResult Database::migrate(int fromVersion)
{
    OpenResult result { OpenStatus::Opened, {}, {} };
    if (fromVersion >= currentSchemaVersion()) {
        return result;
    }
    if (fromVersion > 0) {
        const QString backup = m_path
            + QStringLiteral(".before-v%1-%2.bak")
                  .arg(currentSchemaVersion())
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (const Result<void> backedUp = backupTo(backup); !backedUp) {
            return fail(OpenStatus::MigrationFailed,
                        tr("Before updating the database Lotsen makes a backup, and that failed: %1. "
                           "The database has not been changed.")
                            .arg(backedUp.message()));
        }
        result.backupPath = backup;
    }
    for (int version = fromVersion + 1; version <= currentSchemaVersion(); ++version) {
        QFile file(kMigrations.at(version - 1));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return fail(OpenStatus::MigrationFailed, tr("Migration %1 is missing from this build.").arg(version));
        }
        const QString script = QString::fromUtf8(file.readAll());
        if (!exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return fail(OpenStatus::MigrationFailed, tr("The database could not be updated: %1").arg(m_lastError));
        }
        const bool ok = execScript(script) && exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
            && exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) && exec(QStringLiteral("COMMIT"));
        if (!ok) {
            const QString error = m_lastError;
            exec(QStringLiteral("ROLLBACK"));
            return fail(OpenStatus::MigrationFailed,
                        tr("The database could not be updated to version %1: %2. Nothing was changed.")
                            .arg(version)
                            .arg(error));
        }
    }
    QSqlQuery check(connection());
    if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next()) {
        return fail(OpenStatus::MigrationFailed, tr("The updated database has broken references."));
    }
    return result;
}

bool Database::execScript(const QString& script)
{
    const QStringList statements = splitStatements(script);
    for (const QString& statement : statements) {
        if (!exec(statement)) {
            return false;
        }
    }
    return true;
}

bool Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        m_lastSqlError = query.lastError();
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

int Database::userVersion() const
{
    if (isServer()) {
        return serverSchemaVersion();
    }
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

Result<void> Database::backupTo(const QString& targetPath)
{
    // Database::fail() is the open() failure; this is lotsen::fail, logged (the reason only, never the path).
    const auto setError = [](const QString& message) -> Result<void> {
        qCWarning(lcDatabase) << "backup failed:" << message;
        return lotsen::fail(message);
    };
    if (!isOpen()) {
        return setError(tr("no database is open"));
    }
    if (isServer()) {
        return setError(tr("a shared database on a server is backed up with \"lotsen backup\" (pg_dump)"));
    }
    // The copy goes into an empty owner-only file made first (VACUUM INTO accepts an empty file): VACUUM INTO
    // would create it with the default mode, readable by every login on the PC until a chmod afterwards. A file
    // with content (an earlier backup, or any other file) is refused: a backup never replaces anything.
    const bool existed = QFileInfo::exists(targetPath);
    if (const Result<void> created = OwnerOnlyFile::createEmpty(targetPath); !created) {
        return setError(created.message());
    }
    QString error;
    // A failed or damaged copy is worse than none: it could be restored one day.
    const auto discard = [&targetPath, existed] {
        if (existed) {
            QFile::resize(targetPath, 0);
        } else {
            QFile::remove(targetPath);
        }
    };

    {
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(targetPath);
        if (!query.exec()) {
            error = query.lastError().text();
            query.finish();
            // A file that was there before is left alone: VACUUM INTO may have failed because someone else has
            // written to it meanwhile.
            if (!existed) {
                discard();
            }
            return setError(error);
        }
    }

    const QString checkName = m_connectionName + QStringLiteral("-backup-check");
    bool intact = false;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        copy.setDatabaseName(targetPath);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (copy.open()) {
            QSqlQuery check(copy);
            intact = check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()
                && check.value(0).toString() == QLatin1String("ok");
        }
        copy.close();
    }
    QSqlDatabase::removeDatabase(checkName);
    if (!intact) {
        discard();
        return setError(tr("the backup copy failed its integrity check"));
    }
    return success();
}

} // namespace lotsen
