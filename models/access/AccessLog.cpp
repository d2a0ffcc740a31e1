#include "access/AccessLog.h"

#include "access/AccessDetail.h"

#include "access/ChainSeal.h"
#include "core/CsvField.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <utility>

namespace lotsen {

namespace {

struct ActionInfo
{
    AccessAction action;
    const char* code;
};

// The stored codes; see AccessAction.
constexpr std::array kActions {
    ActionInfo { AccessAction::Login, "login" },
    ActionInfo { AccessAction::LoginFailed, "login_failed" },
    ActionInfo { AccessAction::Logout, "logout" },
    ActionInfo { AccessAction::Lock, "lock" },
    ActionInfo { AccessAction::Unlock, "unlock" },
    ActionInfo { AccessAction::SwitchUser, "switch_user" },
    ActionInfo { AccessAction::ChangePassword, "change_password" },
    ActionInfo { AccessAction::ChangeAccount, "change_account" },
    ActionInfo { AccessAction::OpenYouth, "open_youth" },
    ActionInfo { AccessAction::ChangeYouth, "change_youth" },
    ActionInfo { AccessAction::PrintDocument, "print_document" },
    ActionInfo { AccessAction::ExportPdf, "export_pdf" },
    ActionInfo { AccessAction::ImportYouths, "import_youths" },
    ActionInfo { AccessAction::ExportLog, "export_log" },
    ActionInfo { AccessAction::VerifyLog, "verify_log" },
    ActionInfo { AccessAction::BackupDatabase, "backup_database" },
    ActionInfo { AccessAction::ChangeSetting, "change_setting" },
    ActionInfo { AccessAction::SealLog, "seal_log" },
    ActionInfo { AccessAction::ViewSensitiveCharacteristics, "view_sensitive_characteristics" },
    ActionInfo { AccessAction::ExportParticipantList, "export_participant_list" },
    ActionInfo { AccessAction::RestoreDatabase, "restore_database" },
    ActionInfo { AccessAction::RetentionRun, "retention_run" },
    ActionInfo { AccessAction::EraseYouth, "erase_youth" },
    ActionInfo { AccessAction::RegisterExtract, "register_extract" },
    ActionInfo { AccessAction::ExportList, "export_list" },
    ActionInfo { AccessAction::ExportCalendar, "export_calendar" },
};

// The hash input, version 1. A fixed tag, then the fields in this order:
//   prev_hash, id, at, account_id, username, action, youth_id, detail
// each written as "<length>:<bytes>;" where bytes is the value's UTF-8 text (integers in decimal) and length is
// its byte count in decimal, or as "N;" for NULL. The length prefix makes the encoding unambiguous: no choice of
// texts lets two different entries produce the same input.
class HashInput
{
public:
    HashInput() { m_bytes = QByteArrayLiteral("lotsen-access-log-v1;"); }
    void add(const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        m_bytes += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    void add(const QVariant& value)
    {
        if (value.isNull()) {
            m_bytes += QByteArrayLiteral("N;");
        } else {
            add(value.toString());
        }
    }
    const QByteArray& bytes() const { return m_bytes; }
    QString sha256Hex() const
    {
        return QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
    }

private:
    QByteArray m_bytes;
};

HashInput hashInput(const QString& prevHash, qint64 id, const QString& at, const QVariant& accountId,
                    const QString& username, const QString& action, const QVariant& youthId, const QString& detail)
{
    HashInput input;
    input.add(prevHash);
    input.add(QString::number(id));
    input.add(at);
    input.add(accountId);
    input.add(username);
    input.add(action);
    input.add(youthId);
    input.add(detail);
    return input;
}

QString hashOf(const QString& prevHash, qint64 id, const QString& at, const QVariant& accountId,
               const QString& username, const QString& action, const QVariant& youthId, const QString& detail)
{
    return hashInput(prevHash, id, at, accountId, username, action, youthId, detail).sha256Hex();
}

// A sealed hash: "K", the key's id, ':' and the keyed BLAKE2b of the same encoding. The key id tells which
// installation's key to check it with.
QString sealedHashOf(const QByteArray& key, const HashInput& input)
{
    return u'K' + ChainSeal::keyId(key) + u':' + ChainSeal::mac(key, input.bytes());
}

bool isSealed(const QString& hash)
{
    return hash.startsWith(u'K');
}

} // namespace

// The statements append runs, prepared once for a connection and reused: preparing them on every append cost about
// as much as running them. Finished statements hold no lock, and closing the connection finalizes them (Qt's driver
// does), so a reopened database simply gets new ones. PRAGMA synchronous is not among them: SQLite reads and sets
// it when the statement is prepared, not when it runs.
struct AccessLogStatements
{
    QString connectionName;
    QSqlQuery begin;
    QSqlQuery savepoint;
    QSqlQuery lastId;
    QSqlQuery hashOfId;
    QSqlQuery insert;
    QSqlQuery commit;

    explicit AccessLogStatements(const QSqlDatabase& connection)
        : connectionName(connection.connectionName())
        , begin(connection)
        , savepoint(connection)
        , lastId(connection)
        , hashOfId(connection)
        , insert(connection)
        , commit(connection)
    {
    }

    // The SQL error of the statement that could not be prepared, or empty. PostgreSQL prepares no transaction
    // control (BEGIN, SAVEPOINT, COMMIT); there they run as they are (begin() and finish()).
    QString prepare(bool server)
    {
        const std::array<std::pair<QSqlQuery*, QString>, 6> statements { {
            { &begin, QStringLiteral("BEGIN IMMEDIATE") },
            { &savepoint, QStringLiteral("SAVEPOINT access_log_append") },
            { &lastId, QStringLiteral("SELECT max(id) FROM access_log") },
            { &hashOfId, QStringLiteral("SELECT hash FROM access_log WHERE id = ?") },
            { &insert,
              QStringLiteral("INSERT INTO access_log (id, at, account_id, username, action, youth_id, detail, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") },
            { &commit, QStringLiteral("COMMIT") },
        } };
        for (const auto& [query, sql] : statements) {
            query->setForwardOnly(true);
            if (server && (query == &begin || query == &savepoint || query == &commit)) {
                continue;
            }
            if (!query->prepare(sql)) {
                return query->lastError().text();
            }
        }
        return {};
    }
};

namespace {

// How append writes: in its own transaction or in the caller's, and the `synchronous` level to put back.
struct Transaction
{
    enum Kind { Own, Joined, Failed } kind = Failed;
    int restoreSynchronous = -1;
    QSqlError error; // when Failed
};

void putBackSynchronous(const Database& database, int level)
{
    if (level > 0) {
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = %1").arg(level));
    }
}

// sqlite3_get_autocommit() would tell whether a transaction is open, but on Windows Qt's plugin carries its own
// SQLite that we must not link a second time; SQLite's refusal of a nested BEGIN tells the same.
// On a shared server several PCs append at once: this lock, held to the end of the transaction, lets one append
// at a time read the last entry and chain onto it. Any number unique to Lotsen's access log will do.
constexpr qint64 kAppendLock = 0x4C54534E0001;

Transaction beginOnServer(const Database& database)
{
    Transaction transaction;
    QSqlQuery query(database.connection());
    // PostgreSQL only warns about a nested BEGIN, so the caller's transaction is known from the database.
    const bool joined = database.openTransactions() > 0;
    if (!query.exec(joined ? QStringLiteral("SAVEPOINT access_log_append") : QStringLiteral("BEGIN"))) {
        transaction.error = query.lastError();
        return transaction;
    }
    transaction.kind = joined ? Transaction::Joined : Transaction::Own;
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAppendLock))) {
        transaction.error = query.lastError();
        query.exec(joined ? QStringLiteral("ROLLBACK TO access_log_append") : QStringLiteral("ROLLBACK"));
        transaction.kind = Transaction::Failed;
    }
    return transaction;
}

Transaction begin(AccessLogStatements& statements, const Database& database, bool syncToDisk)
{
    if (database.isServer()) {
        return beginOnServer(database);
    }
    Transaction transaction;
    // WAL with synchronous=NORMAL skips the fsync at commit (1 to 10 ms here, up to as much as all the reads of
    // a youth's card) and still keeps the entry through a crash of Lotsen; only a power cut before the next FULL commit
    // or checkpoint can lose it (QT-NOTES.md). SQLite refuses the change inside a transaction, so inside the caller's
    // this fails harmlessly and the entry shares the caller's commit.
    QSqlQuery query(database.connection());
    if (!syncToDisk && query.exec(QStringLiteral("PRAGMA synchronous")) && query.next()) {
        const int level = query.value(0).toInt();
        query.finish();
        if (level > 1 && query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
            transaction.restoreSynchronous = level;
        }
    }
    if (statements.begin.exec()) {
        transaction.kind = Transaction::Own;
        return transaction;
    }
    const QSqlError failure = statements.begin.lastError();
    // SQLITE_ERROR "cannot start a transaction within a transaction": the caller's transaction is open. Our
    // savepoint lets a failed append undo only itself.
    if (failure.nativeErrorCode() == QLatin1String("1") && statements.savepoint.exec()) {
        transaction.kind = Transaction::Joined;
        return transaction;
    }
    transaction.error = failure;
    putBackSynchronous(database, transaction.restoreSynchronous);
    return transaction;
}

// The SQL error when the entry could not be committed (or released into the caller's transaction), or an invalid one.
QSqlError finish(AccessLogStatements& statements, const Database& database, const Transaction& transaction,
                 bool success)
{
    QSqlError error;
    // Only COMMIT runs on every append; the rest is the rare path.
    QSqlQuery query(database.connection());
    bool done = false;
    if (transaction.kind == Transaction::Own) {
        QSqlQuery& commit = database.isServer() ? query : statements.commit;
        done = success && (database.isServer() ? commit.exec(QStringLiteral("COMMIT")) : commit.exec());
        if (!done) {
            if (success) {
                error = commit.lastError();
            }
            query.exec(QStringLiteral("ROLLBACK"));
        }
    } else {
        if (!success) {
            query.exec(QStringLiteral("ROLLBACK TO access_log_append"));
        }
        const bool released = query.exec(QStringLiteral("RELEASE access_log_append"));
        if (success && !released) {
            error = query.lastError();
        }
        done = success && released;
    }
    putBackSynchronous(database, transaction.restoreSynchronous);
    if (!done && !error.isValid()) {
        error = QSqlError(QString(), QStringLiteral("not committed"), QSqlError::TransactionError);
    }
    return done ? QSqlError() : error;
}

// The WHERE clause of a filter, with its values in order.
QString whereClause(const AccessLog::Filter& filter, QVariantList* binds)
{
    QStringList conditions;
    if (filter.accountId != 0) {
        conditions.append(QStringLiteral("l.account_id = ?"));
        binds->append(filter.accountId);
    }
    if (filter.youthId != 0) {
        conditions.append(QStringLiteral("l.youth_id = ?"));
        binds->append(filter.youthId);
    }
    if (filter.action) {
        conditions.append(QStringLiteral("l.action = ?"));
        binds->append(AccessLog::code(*filter.action));
    }
    // `at` is ISO text, so a day's entries sort between the day and the next day.
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("l.at >= ?"));
        binds->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("l.at < ?"));
        binds->append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString idText(qint64 id)
{
    return id == 0 ? QString() : QString::number(id);
}

} // namespace

AccessLog::AccessLog(Database& database, QObject* parent) : QObject(parent), m_database(database)
{
    // The prepared statements belong to the lost connection: freed now, before a new connection could receive their
    // DEALLOCATE inside a transaction (and abort it).
    connect(&database, &Database::connectionLost, this, [this] {
        m_statements.reset();
        m_lastId = -1;
    });
}

QList<AccessAction> AccessLog::actions()
{
    QList<AccessAction> result;
    for (const ActionInfo& info : kActions) {
        result.append(info.action);
    }
    return result;
}

QString AccessLog::code(AccessAction action)
{
    for (const ActionInfo& info : kActions) {
        if (info.action == action) {
            return QString::fromLatin1(info.code);
        }
    }
    return {};
}

std::optional<AccessAction> AccessLog::actionFromCode(const QString& code)
{
    for (const ActionInfo& info : kActions) {
        if (code == QLatin1String(info.code)) {
            return info.action;
        }
    }
    return std::nullopt;
}

QString AccessLog::label(AccessAction action)
{
    switch (action) {
    case AccessAction::Login:
        return tr("Logged in");
    case AccessAction::LoginFailed:
        return tr("Failed login");
    case AccessAction::Logout:
        return tr("Logged out");
    case AccessAction::Lock:
        return tr("Locked");
    case AccessAction::Unlock:
        return tr("Unlocked");
    case AccessAction::SwitchUser:
        return tr("Another user logged in at the lock screen");
    case AccessAction::ChangePassword:
        return tr("Changed password");
    case AccessAction::ChangeAccount:
        return tr("Changed an account");
    case AccessAction::OpenYouth:
        return tr("Opened a youth's card");
    case AccessAction::ChangeYouth:
        return tr("Changed a youth's data");
    case AccessAction::PrintDocument:
        return tr("Printed a document");
    case AccessAction::ExportPdf:
        return tr("Exported a PDF");
    case AccessAction::ImportYouths:
        return tr("Imported youths");
    case AccessAction::ExportLog:
        return tr("Exported the access log");
    case AccessAction::VerifyLog:
        return tr("Verified the access log");
    case AccessAction::BackupDatabase:
        return tr("Backed up the database");
    case AccessAction::ChangeSetting:
        return tr("Changed a setting of the centre");
    case AccessAction::SealLog:
        return tr("Sealed the access log with this PC's key");
    case AccessAction::ViewSensitiveCharacteristics:
        return tr("Viewed disability and foreign background");
    case AccessAction::ExportParticipantList:
        return tr("Exported the participant list");
    case AccessAction::RestoreDatabase:
        return tr("Restored the database from a backup");
    case AccessAction::RetentionRun:
        return tr("Culled personal data under the retention policy");
    case AccessAction::EraseYouth:
        return tr("Erased a youth's personal data on request");
    case AccessAction::RegisterExtract:
        return tr("Produced a register extract");
    case AccessAction::ExportList:
        return tr("Exported a list");
    case AccessAction::ExportCalendar:
        return tr("Exported to a calendar file");
    }
    return {};
}

QString AccessLog::sealedHash(const Entry& entry, const QByteArray& key)
{
    if (key.isEmpty()) {
        return computeHash(entry);
    }
    return sealedHashOf(key,
                        hashInput(entry.prevHash, entry.id, entry.at, SqlValues::idOrNull(entry.accountId),
                                  entry.username, entry.actionCode.isEmpty() ? code(entry.action) : entry.actionCode,
                                  SqlValues::idOrNull(entry.youthId), entry.detail));
}

QString AccessLog::cutSeal(const QByteArray& key, qint64 firstId, const QString& prevHash)
{
    if (key.isEmpty()) {
        return {};
    }
    const QByteArray message = "lotsen-access-log-cut\n" + QByteArray::number(firstId) + '\n' + prevHash.toLatin1();
    return u'K' + ChainSeal::keyId(key) + u':' + ChainSeal::mac(key, message);
}

QString AccessLog::computeHash(const Entry& entry)
{
    return hashOf(entry.prevHash, entry.id, entry.at, SqlValues::idOrNull(entry.accountId), entry.username,
                  entry.actionCode.isEmpty() ? code(entry.action) : entry.actionCode,
                  SqlValues::idOrNull(entry.youthId), entry.detail);
}

AccessLog::~AccessLog() = default;

Result<AccessLogStatements*> AccessLog::statements()
{
    // Database::open gives every connection a new name, and close clears it.
    const QSqlDatabase connection = m_database.connection();
    if (!connection.isOpen()) {
        // Closed, or removed: a QSqlQuery on a removed connection would use Qt's default connection instead.
        m_statements.reset();
        qCWarning(lcAccess) << "the access log cannot be written: the database is not open";
        return fail(tr("The access log could not be written: the database is not open."));
    }
    if (!m_statements || m_statements->connectionName != connection.connectionName()) {
        m_statements.reset();
        m_lastId = -1;
        auto prepared = std::make_unique<AccessLogStatements>(connection);
        if (const QString error = prepared->prepare(m_database.isServer()); !error.isEmpty()) {
            qCWarning(lcAccess) << "preparing the access log's statements failed:" << error;
            return fail(tr("The access log could not be written: %1").arg(error));
        }
        m_statements = std::move(prepared);
    }
    return m_statements.get();
}

Result<void> AccessLog::append(qint64 accountId, const QString& username, AccessAction action, qint64 youthId,
                               const QString& detail)
{
    const Result<AccessLogStatements*> prepared = this->statements();
    if (!prepared) {
        return prepared.error();
    }
    AccessLogStatements* statements = *prepared;
    const auto failed = [&](const QSqlError& sqlError) -> Result<void> {
        qCWarning(lcAccess) << "an access log entry could not be written:" << code(action) << sqlError.text();
        m_statements.reset(); // prepared afresh next time, in case the failure was theirs
        m_lastId = -1;
        return fail(tr("Lotsen cannot write the access log right now. %1").arg(Database::describeSqlError(sqlError)));
    };
    const Transaction transaction = begin(*statements, m_database, m_syncEveryEntry);
    if (transaction.kind == Transaction::Failed) {
        return failed(transaction.error);
    }
    const auto queryFailed = [&](QSqlQuery& query) {
        const QSqlError sqlError = query.lastError();
        query.finish();
        (void)finish(*statements, m_database, transaction, false); // rolls back; the first error is the one told
        return failed(sqlError);
    };

    // The ids are given here, not by SQLite, because the hash covers them. Inside the write transaction no other
    // connection can append between this read and the insert, and comparing the last id with the one this object
    // wrote (an index lookup of a few µs) keeps the cached hash from forking the chain if one did before.
    QSqlQuery& last = statements->lastId;
    if (!last.exec() || !last.next()) {
        return queryFailed(last);
    }
    const qint64 lastId = last.value(0).toLongLong();
    last.finish();
    if (lastId != m_lastId) {
        m_lastHash = genesisHash();
        if (lastId != 0) {
            QSqlQuery& previous = statements->hashOfId;
            previous.bindValue(0, lastId);
            if (!previous.exec() || !previous.next()) {
                return queryFailed(previous);
            }
            m_lastHash = previous.value(0).toString();
            previous.finish();
        }
        m_lastId = lastId;
    }

    if (!m_keyLoaded) {
        m_key = ChainSeal::key();
        m_keyLoaded = true;
    }
    QSqlQuery& insert = statements->insert;
    const auto write = [&](Entry& entry) {
        entry.prevHash = m_lastHash;
        entry.hash = sealedHash(entry, m_key);
        insert.bindValue(0, entry.id);
        insert.bindValue(1, entry.at);
        insert.bindValue(2, SqlValues::idOrNull(entry.accountId));
        insert.bindValue(3, SqlValues::text(entry.username));
        insert.bindValue(4, entry.actionCode);
        insert.bindValue(5, SqlValues::idOrNull(entry.youthId));
        insert.bindValue(6, SqlValues::text(entry.detail));
        insert.bindValue(7, entry.prevHash);
        insert.bindValue(8, entry.hash);
        if (!insert.exec()) {
            return false;
        }
        insert.finish();
        m_lastHash = entry.hash;
        return true;
    };
    const QString previousHash = m_lastHash;
    qint64 nextId = lastId + 1;
    // The first entry sealed with the key after unsealed ones says so in the log itself.
    if (!m_key.isEmpty() && lastId > 0 && !isSealed(m_lastHash)) {
        Entry notice;
        notice.id = nextId++;
        notice.at = SqlValues::now();
        notice.accountId = accountId;
        notice.username = username;
        notice.action = AccessAction::SealLog;
        notice.actionCode = code(AccessAction::SealLog);
        if (!write(notice)) {
            m_lastHash = previousHash;
            return queryFailed(insert);
        }
    }
    Entry entry;
    entry.id = nextId;
    entry.at = SqlValues::now();
    entry.accountId = accountId;
    entry.username = username;
    entry.action = action;
    entry.actionCode = code(action);
    entry.youthId = youthId;
    entry.detail = detail;
    if (!write(entry)) {
        m_lastHash = previousHash;
        return queryFailed(insert);
    }
    if (const QSqlError error = finish(*statements, m_database, transaction, true); error.isValid()) {
        return failed(error);
    }
    // Inside the caller's transaction the entry may still be rolled back with it, so the next append reads again,
    // and the anchor waits for an entry of its own.
    if (transaction.kind == Transaction::Own) {
        m_lastId = entry.id;
        m_lastHash = entry.hash;
        advanceAnchor(entry, previousHash);
    } else {
        m_lastId = -1;
    }
    emit appended(entry.id);
    return success();
}

void AccessLog::advanceAnchor(const Entry& newest, const QString& chainedOnto)
{
    if (m_key.isEmpty()) {
        return;
    }
    const QString path = m_database.path();
    // The common case costs one small file write: this entry chains onto the entry this object anchored last.
    if (m_anchorId == 0 || chainedOnto != m_anchorHash) {
        bool tampered = false;
        const std::optional<ChainSeal::Anchor> current = ChainSeal::anchor(path, m_key, &tampered);
        if (tampered) {
            return; // kept for the check to report
        }
        if (current) {
            if (current->id >= newest.id) {
                return; // the log is shorter than the anchor remembers: evidence, kept
            }
            QSqlQuery read(m_database.connection());
            read.prepare(QStringLiteral("SELECT hash FROM access_log WHERE id = ?"));
            read.addBindValue(current->id);
            if (!read.exec() || !read.next() || read.value(0).toString() != current->hash) {
                return; // the anchored entry is gone or changed: evidence, kept
            }
        }
    }
    if (!ChainSeal::storeAnchor(path, m_key, { newest.id, newest.hash })) {
        qCWarning(lcAccess) << "the access log's anchor could not be written";
        m_anchorId = 0;
        return;
    }
    m_anchorId = newest.id;
    m_anchorHash = newest.hash;
}

AccessLog::VerifyResult AccessLog::verifyChain() const
{
    return verifyChainOn(m_database.connection(), nullptr, m_database.path());
}

AccessLog::VerifyResult AccessLog::verifyChain(const ServerAddress& server, const std::atomic_bool* cancelled)
{
    const QString name = QStringLiteral("lotsen-chain-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    VerifyResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        server.configure(db);
        if (!db.open()) {
            result.message = tr("The access log could not be read: %1").arg(Database::describeSqlError(db.lastError()));
        } else {
            // One snapshot for the whole check, read-only: entries appended meanwhile are neither half seen nor
            // mistaken for a break, and this connection can never add to what it checks.
            QSqlQuery(db).exec(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            result = verifyChainOn(db, cancelled, server.toUrl());
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

AccessLog::VerifyResult AccessLog::verifyChain(const QString& path, const std::atomic_bool* cancelled)
{
    const QString name = QStringLiteral("lotsen-chain-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    VerifyResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Read-only: this connection never writes, and so can never add to what it is checking.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result.message = tr("The access log could not be read: %1").arg(db.lastError().text());
        } else {
            result = verifyChainOn(db, cancelled, path);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

AccessLog::VerifyResult AccessLog::verifyChainOn(const QSqlDatabase& connection, const std::atomic_bool* cancelled,
                                                 const QString& databasePath)
{
    VerifyResult result;
    const QByteArray key = ChainSeal::key();
    const QHash<QString, QByteArray> keys = ChainSeal::knownKeys();
    bool anchorTampered = false;
    const std::optional<ChainSeal::Anchor> anchor = ChainSeal::anchor(databasePath, key, &anchorTampered);
    // The latest cut (read first: PostgreSQL's driver streams the entries below, and a second statement on the
    // connection meanwhile would end that stream), if the retention policy removed the oldest entries: the log then
    // starts at its entry and follows its hash. A cut in a sealed log carries a MAC, so that it cannot be made up with
    // only the file.
    struct Cut
    {
        qint64 firstId = 0;
        QString prevHash;
        QString mac;
    };
    std::optional<Cut> cut;
    {
        QSqlQuery cuts(connection);
        if (cuts.exec(QStringLiteral("SELECT first_id, prev_hash, mac FROM access_log_cut ORDER BY first_id DESC "
                                     "LIMIT 1"))
            && cuts.next()) {
            cut = Cut { cuts.value(0).toLongLong(), cuts.value(1).toString(), cuts.value(2).toString() };
        }
    }
    // One statement: under WAL it reads one snapshot, so entries appended meanwhile are neither half seen nor
    // mistaken for a break.
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, at, account_id, username, action, youth_id, detail, prev_hash, hash "
                                   "FROM access_log ORDER BY id"))) {
        result.message = tr("The access log could not be read: %1").arg(query.lastError().text());
        return result;
    }
    const auto broken = [&](qint64 id, const QString& message) {
        result.firstBrokenId = id;
        result.firstBrokenAt = query.value(1).toString();
        result.message = message;
        return result;
    };
    QString expectedPrev = genesisHash();
    qint64 previousId = 0;
    bool sealedSeen = false;
    while (query.next()) {
        if (previousId == 0 && cut && query.value(0).toLongLong() == cut->firstId) {
            const qint64 id = cut->firstId;
            const QString keyId = cut->mac.mid(1, 16);
            // The first kept entry sealed with a key this PC knows: its log's cut must be sealed with a known key
            // too, or it was made up with only the file.
            const QString firstHash = query.value(8).toString();
            const bool firstKnown = isSealed(firstHash) && keys.contains(firstHash.mid(1, 16));
            if (cut->mac.isEmpty() ? isSealed(cut->prevHash) || firstKnown : !keys.contains(keyId)) {
                // Unsealed in a sealed log: made up; sealed with an unknown key: not checkable here.
                if (!cut->mac.isEmpty() && !firstKnown) {
                    ++result.unverifiable;
                } else {
                    return broken(id,
                                  tr("The access log is broken at entry %1: earlier entries were removed without "
                                     "Lotsen.")
                                      .arg(id));
                }
            } else if (!cut->mac.isEmpty() && cutSeal(keys.value(keyId), id, cut->prevHash) != cut->mac) {
                return broken(
                    id,
                    tr("The access log is broken at entry %1: earlier entries were removed without Lotsen.").arg(id));
            }
            expectedPrev = cut->prevHash;
            result.startsAtCut = id;
        }
        if (cancelled && cancelled->load(std::memory_order_relaxed)) {
            result.message = tr("The check of the access log was cancelled.");
            return result;
        }
        const qint64 id = query.value(0).toLongLong();
        const QString prevHash = query.value(7).toString();
        const QString hash = query.value(8).toString();
        // A removed entry, or entries put in another order, leave an entry whose prev_hash is not its
        // predecessor's hash.
        if (prevHash != expectedPrev) {
            return broken(id,
                          previousId == 0
                              ? tr("The access log is broken at entry %1: it is the first entry but does not start "
                                   "the log. Earlier entries were removed.")
                                    .arg(id)
                              : tr("The access log is broken at entry %1: it does not follow entry %2. Entries "
                                   "between them were removed or the order was changed.")
                                    .arg(id)
                                    .arg(previousId));
        }
        const HashInput input
            = hashInput(prevHash, id, query.value(1).toString(), query.value(2), query.value(3).toString(),
                        query.value(4).toString(), query.value(5), query.value(6).toString());
        if (isSealed(hash)) {
            sealedSeen = true;
            // "K" + 16 hex characters of key id + ':' + the MAC.
            const QByteArray sealingKey = keys.value(hash.mid(1, 16));
            if (sealingKey.isEmpty()) {
                ++result.unverifiable;
            } else if (sealedHashOf(sealingKey, input) != hash) {
                return broken(
                    id,
                    tr("The access log is broken at entry %1: its contents were changed after it was written.")
                        .arg(id));
            }
        } else if (sealedSeen) {
            // Once sealed, always sealed: an unsealed entry after sealed ones was written by someone without the key.
            return broken(id,
                          tr("The access log is broken at entry %1: it is not sealed with the key, although "
                             "earlier entries are. The log was rewritten without Lotsen.")
                              .arg(id));
        } else if (input.sha256Hex() != hash) {
            return broken(
                id,
                tr("The access log is broken at entry %1: its contents were changed after it was written.").arg(id));
        }
        if (anchor && id == anchor->id && hash != anchor->hash) {
            return broken(id,
                          tr("The access log is broken at entry %1: it is not the entry this PC recorded "
                             "there. The log was replaced from this entry on.")
                              .arg(id));
        }
        ++result.checkedEntries;
        expectedPrev = hash;
        previousId = id;
    }
    if (query.lastError().isValid()) {
        result.message = tr("The access log could not be read: %1").arg(query.lastError().text());
        return result;
    }
    if (anchor && previousId < anchor->id) {
        result.missingNewest = anchor->id - previousId;
        result.firstBrokenId = previousId + 1;
        result.message = tr("The access log is broken: the newest %n entries are missing. This PC recorded entry "
                            "%1 as the newest, and the log ends at entry %2.",
                            nullptr, int(result.missingNewest))
                             .arg(anchor->id)
                             .arg(previousId);
        return result;
    }
    if (anchorTampered) {
        result.message = tr("The record of the access log kept outside the database on this PC was changed, so "
                            "removed newest entries cannot be ruled out. %n entries were checked.",
                            nullptr, int(result.checkedEntries));
        return result;
    }
    if (result.unverifiable > 0) {
        result.message = tr("The access log cannot be verified on this PC: %n entries are sealed with another PC's "
                            "key. Import that key to check them. The order of all entries is intact.",
                            nullptr, int(result.unverifiable));
        return result;
    }
    result.ok = true;
    result.message = tr("The access log is intact: %n entries checked.", nullptr, int(result.checkedEntries));
    return result;
}

Result<QList<AccessLog::Entry>> AccessLog::entries(const Filter& filter) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT l.id, l.at, l.account_id, l.username, l.action, l.youth_id, l.detail, "
                                 "l.prev_hash, l.hash FROM access_log l")
        + whereClause(filter, &binds) + QStringLiteral(" ORDER BY l.id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(binds)) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return SqlRead::failed(query, "accessLog.entries");
    }
    QList<Entry> result;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.accountId = query.value(2).toLongLong();
        entry.username = query.value(3).toString();
        entry.actionCode = query.value(4).toString();
        entry.action = actionFromCode(entry.actionCode).value_or(AccessAction::Login);
        entry.youthId = query.value(5).toLongLong();
        entry.detail = query.value(6).toString();
        entry.prevHash = query.value(7).toString();
        entry.hash = query.value(8).toString();
        result.append(entry);
    }
    return result;
}

Result<QList<AccessLog::Opening>> AccessLog::whoOpened(qint64 youthId) const
{
    QList<Opening> result;
    if (youthId == 0) {
        return result;
    }
    // SQLite takes the bare columns (username) from the row where max(at) is found, i.e. the latest open.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.account_id, l.username, max(l.at) AS last_at, count(*), a.display_name FROM access_log l "
        "LEFT JOIN account a ON a.id = l.account_id WHERE l.youth_id = ? AND l.action = ? "
        "GROUP BY l.account_id ORDER BY last_at DESC, l.account_id"));
    query.addBindValue(youthId);
    query.addBindValue(code(AccessAction::OpenYouth));
    if (!query.exec()) {
        qCWarning(lcAccess) << "reading who opened youth" << youthId << "failed:" << query.lastError().text();
        return fail(tr("The access log could not be read: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        Opening opening;
        opening.accountId = query.value(0).toLongLong();
        opening.username = query.value(1).toString();
        opening.lastOpenedAt = query.value(2).toString();
        opening.count = query.value(3).toInt();
        opening.displayName = query.value(4).toString();
        result.append(opening);
    }
    return result;
}

Result<void> AccessLog::exportCsv(const Filter& filter, const QString& path) const
{
    const Result<QList<Entry>> read = entries(filter);
    if (!read) {
        return read.error();
    }
    const QList<Entry>& rows = *read;
    QString text;
    const QStringList header { tr("Entry"),       tr("Time"),     tr("Account id"), tr("Username"),   tr("Action"),
                               tr("Action code"), tr("Youth id"), tr("Detail"),     tr("Detail code") };
    QStringList headerFields;
    for (const QString& title : header) {
        headerFields.append(CsvField::escaped(title));
    }
    text += headerFields.join(u';') + QStringLiteral("\r\n");
    for (const Entry& entry : rows) {
        const std::optional<AccessAction> known = actionFromCode(entry.actionCode);
        const QStringList fields {
            QString::number(entry.id),
            CsvField::escaped(QString(entry.at).replace(u'T', u' ')),
            idText(entry.accountId),
            CsvField::escaped(entry.username),
            CsvField::escaped(known ? label(*known) : entry.actionCode),
            CsvField::escaped(entry.actionCode),
            idText(entry.youthId),
            CsvField::escaped(AccessDetail::describe(entry.detail)),
            CsvField::escaped(entry.detail),
        };
        text += fields.join(u';') + QStringLiteral("\r\n");
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("The file %1 could not be written: %2").arg(path, file.errorString()));
    }
    // Personal data: owner-only before anything is written (best effort: a FAT USB stick has no modes).
    OwnerOnlyFile::restrict(file);
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit()) {
        return fail(tr("The file %1 could not be written: %2").arg(path, file.errorString()));
    }
    return success();
}

} // namespace lotsen
