#pragma once

#include "core/Result.h"
#include "core/ServerAddress.h"
#include "core/SqlDialect.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>

namespace lotsen {

// One open Lotsen file: checks it before touching it, migrates the schema, holds the lock and the connection.
class Database : public QObject
{
    Q_OBJECT

public:
    enum class OpenStatus {
        Opened, // an existing file, ready
        Created, // a new file with the current schema
        CannotOpen, // missing folder, no permission, I/O error
        NotLotsen, // not an SQLite file, or an SQLite file of another program
        Corrupt, // PRAGMA integrity_check failed
        TooNew, // written by a newer Lotsen
        ReadOnly, // the file or its folder cannot be written
        Locked, // another Lotsen has it open
        MigrationFailed,
    };
    Q_ENUM(OpenStatus)

    struct OpenResult
    {
        OpenStatus status = OpenStatus::CannotOpen;
        QString message; // for the user, in the UI language
        QString backupPath; // set when a migration backup was written
        bool ok() const { return status == OpenStatus::Opened || status == OpenStatus::Created; }
    };

    // "LTSN": marks the file as Lotsen's in the SQLite header.
    static constexpr int ApplicationId = 0x4C54534E;

    explicit Database(QObject* parent = nullptr);
    ~Database() override;

    enum class Mode {
        ReadWrite, // the program: locks the file, creates and migrates it
        // Archiving and exports: reads an existing, current file, beside a running Lotsen through its -wal and
        // -shm; otherwise as the file is (immutable), holding the lock so that no Lotsen starts writing meanwhile.
        // Creates nothing beside the file.
        ReadOnly,
        // The command line: as ReadWrite, but a missing or empty (0-byte) file is refused, never made a database;
        // only the first-start dialog and "lotsen demo" create one.
        ReadWriteExisting,
    };

    // A file path, or a shared database's address (postgresql://user@host:port/dbname, ServerAddress): the
    // password of a server comes with the address passed to openServer(), never in the text.
    OpenResult open(const QString& path, Mode mode = Mode::ReadWrite);
    // The shared database on a PostgreSQL server. It is never locked (several PCs use it at once) and never
    // created: an empty database is given its schema only when the account may (the owner role, as
    // `lotsen setup-server` does); the program's own role may not change the schema.
    OpenResult openServer(const ServerAddress& address, Mode mode = Mode::ReadWrite);
    // The same as `role` (SET ROLE after the login): lotsen setup-server logs in as a superuser and makes the schema
    // as the database's owner role, so that every object belongs to that role, none to the superuser.
    OpenResult openServerAs(const ServerAddress& address, const QString& role);
    bool isReadOnly() const { return m_readOnly; }
    // True for a shared database on a server, false for a file.
    bool isServer() const { return m_dialect.isPostgres(); }
    const SqlDialect& dialect() const { return m_dialect; }
    // The server's address, without its password (only for a server).
    const ServerAddress& server() const { return m_server; }
    // The same with the password it was opened with (kept in memory only), for a second connection of this program
    // to the same database, such as the access log's check in the background.
    ServerAddress serverWithPassword() const
    {
        ServerAddress address = m_server;
        address.password = m_serverPassword;
        return address;
    }
    // The file's path, or the server database's shown name: for messages and the title bar.
    QString shownName() const;
    void close();
    bool isOpen() const;

    // On a shared database whose connection was lost (the server restarted, the network went away), the first use
    // outside a transaction connects again, at most once per reconnectPause while the server stays away, and
    // reconnected() follows; until then every statement fails and says that the server does not answer.
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // How long after a failed attempt to connect again the next one waits (3 s); for tests.
    static void setReconnectPause(int milliseconds);

    // The account every write names as its author (registered_by): the logged-in account, set by the Session at
    // login, switch of user and logout; 0 before login and in a database without accounts. Repositories bind
    // authorValue(), so no dialog can choose the author.
    void setAuthor(qint64 accountId) { m_author = accountId; }
    qint64 author() const { return m_author; }
    // The author for a bind value: NULL when there is none.
    QVariant authorValue() const;
    int userVersion() const;

    // Write transactions open on this connection (WriteTransaction); more than one when one user action wraps
    // another's writes, e.g. a save and its access-log entry (Session::loggedWrite).
    int openTransactions() const { return m_openTransactions; }

    // A sentence in the UI language for an SQL failure: "busy" and "read-only" are named as such, since they call
    // for different action than a damaged file. SQLite's own text follows in brackets for the details.
    static QString describeSqlError(const QSqlError& error);
    // The same for a PostgreSQL error (SQLSTATE): an unreachable server, a refused login, missing privileges.
    static QString describeServerError(const QSqlError& error);

    // The schema version this build writes; the number of migration scripts.
    static int currentSchemaVersion();

    // PRAGMA integrity_check reads every page and compares every index with its table (quick_check does not, and
    // misses damaged indexes): about 10-20 ms per MB here. Files up to this size are checked before they are
    // used; a larger file is checked at open only after an unclean shutdown (a leftover WAL), and otherwise by
    // checkIntegrity() in the background, so that opening stays well under a second.
    static constexpr qint64 DefaultFullCheckLimit = 32 * 1024 * 1024;
    static void setFullCheckLimit(qint64 bytes); // for tests
    // How long a write waits for another connection's write lock before it fails as "busy" (5 s); for tests.
    static void setBusyTimeout(int milliseconds);
    // True when open() left the page check to checkIntegrity().
    bool integrityCheckDeferred() const { return m_integrityCheckDeferred; }
    // Runs integrity_check on its own read-only connection, so it may run in another thread beside the open
    // database; it creates no file. Returns an empty string when the file is sound, otherwise a message for the
    // user.
    static QString checkIntegrity(const QString& path);

    // Writes a consistent copy with VACUUM INTO and checks it with integrity_check. The copy is readable by its
    // owner only (OwnerOnlyFile). The target must not exist or be empty: nothing is ever overwritten. A copy that
    // failed is removed.
    Result<void> backupTo(const QString& targetPath);

signals:
    // The connection to the server was lost and a new one is about to be made: statements prepared on the old one
    // must go now (their DEALLOCATE would reach the new connection).
    void connectionLost();
    // The connection to the server was lost and is back: change notices sent meanwhile never arrived, so what is
    // shown must be read again, and listening must start again.
    void reconnected();

private:
    OpenResult fail(OpenStatus status, const QString& message);
    OpenResult failOnSqlError(const QSqlError& error);
    // Opens the connection to m_path through a file: URI (query: "immutable=1", "mode=ro" or "mode=rw").
    bool openConnection(const QString& uriQuery, QSqlError& error);
    void closeConnection();
    OpenResult checkExisting(bool checkPages);
    void restrictExisting();
    bool applyConnectionSettings();
    OpenResult migrate(int fromVersion);
    bool execScript(const QString& script);
    bool exec(const QString& sql);

    OpenResult failOnServerError(const QSqlError& error);
    OpenResult migrateServer(int fromVersion);
    int serverSchemaVersion() const;
    OpenResult openServer(const ServerAddress& address, Mode mode, const QString& role);
    // The session's settings after a connection to the server: time zone, date style, role, read-only.
    bool applyServerSession();
    bool serverConnectionLost() const;
    void reconnectServer();

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    ServerAddress m_server;
    QString m_serverPassword;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastError;
    QSqlError m_lastSqlError;
    bool m_readOnly = false;
    qint64 m_author = 0;
    bool m_integrityCheckDeferred = false;
    int m_openTransactions = 0;
    QString m_serverRole;
    bool m_reconnecting = false;
    QElapsedTimer m_lastReconnectAttempt;
    friend class WriteTransaction;
};

} // namespace lotsen
