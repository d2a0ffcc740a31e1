#pragma once

#include "core/Result.h"
#include "core/ServerAddress.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace lotsen {

class Database;
struct AccessLogStatements;

// What an access-log entry records. The codes are stored in the database and in exported logs: never change or
// reuse one, only add new ones.
enum class AccessAction {
    Login,
    LoginFailed,
    Logout,
    Lock,
    Unlock,
    SwitchUser, // another user logged in at the lock screen; the previous user's unsaved edits were discarded
    ChangePassword,
    ChangeAccount, // created, deactivated, role changed, password reset
    OpenYouth,
    ChangeYouth,
    PrintDocument,
    ExportPdf,
    ImportYouths,
    ExportLog,
    VerifyLog,
    BackupDatabase, // a copy of the whole database was written (File → Back up database)
    ChangeSetting, // a centre-wide setting changed; the detail names the key, the old and the new value
    SealLog, // from this entry on the log is sealed with this installation's key (ChainSeal)
    ViewSensitiveCharacteristics, // read a youth's special-category answers (disability, foreign background)
    ExportParticipantList, // the funder's participant list (personal data) was written to a file; the detail: rows
    RestoreDatabase, // the database was replaced by a backup; the detail: the backup's date
    RetentionRun, // personal data was culled under the retention policy; the detail: counts
    EraseYouth, // one youth's personal data was erased on request (GDPR art. 17)
    RegisterExtract, // a register extract (GDPR art. 15/20) of one youth was written; the detail: the format
    ExportList, // a list as shown (the register, Today …) was written to a spreadsheet; the detail: list, rows, format
    ExportCalendar, // planned contacts, reviews or follow-ups (first names) were written to an .ics file; detail: count
};

// The access log: an append-only, hash-chained record of who opened, changed, printed or exported which
// youth's data, and of logins. The database refuses UPDATE and DELETE; the chain makes an edit with another tool
// detectable. Entries are sealed with a key that is not in the database (ChainSeal), so that someone with only the
// file cannot recompute the chain, and an anchor outside the database catches removed newest entries.
class AccessLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 id = 0;
        QString at; // as stored: ISO 8601 local time, see SqlValues::now()
        qint64 accountId = 0; // 0: no account (a failed login with an unknown username)
        QString username;
        AccessAction action = AccessAction::Login;
        QString actionCode; // as stored, also for codes this build does not know
        qint64 youthId = 0; // 0: no youth
        QString detail;
        QString prevHash;
        QString hash;
    };

    struct Filter
    {
        qint64 accountId = 0; // 0: all
        qint64 youthId = 0; // 0: all
        std::optional<AccessAction> action;
        QDate from; // inclusive; invalid: open
        QDate to; // inclusive; invalid: open
        int limit = 0; // 0: no limit
    };

    struct VerifyResult
    {
        bool ok = false;
        qint64 checkedEntries = 0;
        qint64 firstBrokenId = 0; // 0 when ok (or when the log could not be read, or cannot be verified here)
        qint64 unverifiable = 0; // entries sealed with another installation's key: not broken, not checkable here
        qint64 missingNewest = 0; // entries the anchor outside the database knows of that are gone
        QString firstBrokenAt; // that entry's time as stored (so possibly altered too); empty when ok
        QString message; // in the UI language
        qint64 startsAtCut = 0; // the log starts at this entry: older ones were removed under the retention policy
    };

    // One account that opened a youth's card, with its latest open.
    struct Opening
    {
        qint64 accountId = 0;
        QString username;
        QString displayName; // from the account, empty if the account is unknown
        QString lastOpenedAt;
        int count = 0;
    };

    // The prev_hash of the first entry.
    static QString genesisHash() { return QString(64, u'0'); }

    explicit AccessLog(Database& database, QObject* parent = nullptr);
    ~AccessLog() override;

    static QList<AccessAction> actions();
    static QString code(AccessAction action);
    static std::optional<AccessAction> actionFromCode(const QString& code);
    static QString label(AccessAction action);

    // Writes one entry inside the caller's transaction if one is open (it then stands or falls with it), or in a
    // transaction of its own. accountId and youthId 0 are stored as NULL.
    // `detail` names a field or a document, never personal data: only the youth's id identifies the youth.
    // For a failed login with an unknown username, pass an empty username: people type their password there.
    Result<void> append(qint64 accountId, const QString& username, AccessAction action, qint64 youthId = 0,
                        const QString& detail = {});

    // Whether an entry written in its own transaction is synced to disk before append returns (synchronous=FULL).
    // Off by default: the entry then survives a crash of Lotsen but not a power cut right after it, which keeps
    // logging an open under 10% of the open itself. Entries in the caller's transaction share its commit.
    void setSyncEveryEntry(bool sync) { m_syncEveryEntry = sync; }
    bool syncEveryEntry() const { return m_syncEveryEntry; }

    // Recomputes every hash in id order and reports the first entry that does not match.
    VerifyResult verifyChain() const;
    // The same on its own read-only connection to the file, so that it may run in another thread beside the open
    // database: a log can hold hundreds of thousands of entries. Stops early (not ok, firstBrokenId 0) once
    // `cancelled` is set.
    static VerifyResult verifyChain(const QString& path, const std::atomic_bool* cancelled = nullptr);
    // The same on its own connection to a shared database (in one read-only snapshot).
    static VerifyResult verifyChain(const ServerAddress& server, const std::atomic_bool* cancelled = nullptr);

    // Newest first.
    Result<QList<Entry>> entries(const Filter& filter) const;
    // Distinct accounts that opened the youth's card, the most recent first.
    Result<QList<Opening>> whoOpened(qint64 youthId) const;

    // UTF-8 with a BOM (so that Excel reads it as UTF-8), ';' as separator (Swedish Excel), a header row, newest
    // first. Written through QSaveFile.
    Result<void> exportCsv(const Filter& filter, const QString& path) const;

    // The hash of an entry; entry.prevHash must be set. See AccessLog.cpp for the encoding.
    static QString computeHash(const Entry& entry);
    // The hash of an entry as this installation writes it: sealed with the key when there is one.
    static QString sealedHash(const Entry& entry, const QByteArray& key);
    // The seal of a cut (access_log_cut): the oldest entries were removed under the retention policy and the log now
    // starts at firstId, following prevHash. "K" + key id + ":" + MAC; empty without a key (an unsealed log).
    static QString cutSeal(const QByteArray& key, qint64 firstId, const QString& prevHash);

signals:
    void appended(qint64 id);

private:
    static VerifyResult verifyChainOn(const QSqlDatabase& connection, const std::atomic_bool* cancelled,
                                      const QString& databasePath);
    // Moves the anchor outside the database to the newest entry, unless the chain no longer holds the anchored
    // entry (then the anchor is kept as evidence).
    // `chainedOnto` is the hash the new entries followed.
    void advanceAnchor(const Entry& newest, const QString& chainedOnto);
    // append's prepared statements for the current connection; prepared on first use.
    Result<AccessLogStatements*> statements();

    Database& m_database;
    std::unique_ptr<AccessLogStatements> m_statements;
    // The newest entry this object wrote or read, so that append need not read the previous hash again.
    // Checked against the database's last id on every append, since another connection may have appended.
    qint64 m_lastId = -1;
    bool m_syncEveryEntry = false;
    QString m_lastHash;
    bool m_keyLoaded = false;
    QByteArray m_key; // empty: no key could be had, the log is written unsealed
    // The anchor this object last wrote, so that the next append need not read it back: {id, hash}; id 0 unknown.
    qint64 m_anchorId = 0;
    QString m_anchorHash;
};

} // namespace lotsen
