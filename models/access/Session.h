#pragma once

#include "access/AccessLog.h"
#include "access/Account.h"
#include "access/AccountRepository.h"
#include "access/Permissions.h"

#include <QObject>

#include <functional>
#include <optional>

namespace lotsen {

struct Youth;

// Who is using Lotsen on this PC right now, and whether the screen is locked. Logs in and out through
// AccountRepository, writes every login, lock and unlock to the access log, and answers the views' and the
// repositories' question "may the current user do this?" from the one permission table.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(AccountRepository& accounts, AccessLog& log, QObject* parent = nullptr);

    bool isLoggedIn() const { return m_account.has_value(); }
    bool isLocked() const { return m_locked; }
    // The logged-in account; empty before login.
    const std::optional<Account>& account() const { return m_account; }
    qint64 accountId() const { return m_account ? m_account->id : 0; }
    // The logged-in person's own staff record, the default for "which staff member did it"; 0 when none.
    qint64 staffId() const { return m_account ? m_account->staffId : 0; }

    // Nothing is allowed before login, or while locked; except in a database that has no accounts yet (before the
    // first start has created the administrator, and in tests of other parts), which has no access control.
    bool allows(Permission permission) const;
    bool hasAccessControl() const { return m_accessControl; }
    // The youth's card at all: one's own youths (the account's staff record is their mentor), or every youth.
    bool maySee(const Youth& youth) const;
    // The sensitive notes of this youth.
    bool maySeeSensitiveNotes(const Youth& youth) const;

    // Logs in (and writes Login or LoginFailed). On failure the result says why and the session is unchanged.
    AccountRepository::AuthResult logIn(const QString& username, const QString& password);
    // Starts a session without a password: only for the demo database and for tests.
    [[nodiscard]] Result<void> startWithoutPassword(const Account& account);
    void logOut();
    // Reads the logged-in account again after it changed (a new password clears "must change").
    void reloadAccount();

    // Hides personal data until unlock(); the same user unlocks with the password.
    void lock();
    AccountRepository::AuthResult unlock(const QString& password);
    // Another user logs in at the lock screen; the caller discards the previous user's unsaved edits, if there
    // are any (`unsavedEdits`, which the log records).
    AccountRepository::AuthResult switchUser(const QString& username, const QString& password, bool unsavedEdits);

    // An entry for the current account in the access log. No personal data in `detail`.
    // Fails when the entry could not be written; then the action it records must not happen.
    Result<void> log(AccessAction action, qint64 youthId = 0, const QString& detail = {});

    // The access-log entry of a write; `write` may fill in the youth and the detail once it knows them.
    struct LogEntry
    {
        AccessAction action = AccessAction::ChangeYouth;
        qint64 youthId = 0;
        QString detail;
    };
    // A write and the access-log entry that records it, in one transaction: both or neither. `write` runs first (its
    // repositories' transactions become savepoints of this one), then the entry is appended, then both commit.
    // In a database without accounts there is no one to log, and the write runs alone.
    [[nodiscard]] Result<void> loggedWrite(LogEntry entry, const std::function<Result<void>(LogEntry&)>& write);
    // The same for one user action of several writes, each with its entry: `write` adds an entry per change.
    [[nodiscard]] Result<void> loggedWrites(const std::function<Result<void>(QList<LogEntry>&)>& write);
    // Tests only: runs between a logged write and its entry, e.g. to end the process there.
    static void setBeforeLogEntryHook(std::function<void()> hook);

signals:
    void loggedIn();
    void loggedOut();
    void locked();
    void unlocked();
    // What the user may do has changed (login, logout, unlock, another user, the account was changed): views
    // showing or enabling things by permission update on this one signal.
    void accessChanged();

private:
    bool readAccessControl() const;
    // The one place the logged-in account changes; it also sets the database's author.
    void setAccount(std::optional<Account> account);
    // Writes LoginFailed; if even that fails, the message says so too.
    void logFailure(AccountRepository::AuthResult& result, const QString& username, const QString& detail);
    static AccountRepository::AuthResult refused(const Result<void>& logFailure);
    static AccountRepository::AuthResult unavailable(const QString& reason);

    AccountRepository& m_accounts;
    AccessLog& m_log;
    std::optional<Account> m_account;
    bool m_locked = false;
    bool m_accessControl = false; // the database has accounts (kept up to date from AccountRepository::changed)
};

} // namespace lotsen
