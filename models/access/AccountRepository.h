#pragma once

#include "access/Account.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QVariantList>

#include <optional>

namespace lotsen {

class Database;

// Staff accounts: creation, login with a growing delay after wrong passwords, and management. Every management
// method takes the account doing it (`actor`) and refuses unless that account, as stored, may manage accounts;
// so a view that forgot to hide a button still cannot let a mentor change accounts. Accounts are never deleted
// (the access log refers to them; the database refuses DELETE): they are deactivated.
class AccountRepository : public QObject
{
    Q_OBJECT

public:
    struct [[nodiscard]] AuthResult
    {
        bool ok = false;
        // On success the account as stored after the login. On failure only id and username, and only when the
        // username exists, so that the caller can log the attempt.
        Account account;
        QString message; // in the UI language when !ok
        int retryAfterSeconds = 0; // > 0: no try is accepted before then
        bool lockedOut = false; // this failure started or hit a delay; worth its own log entry
    };

    // Wrong passwords in a row that are free; from the next one on each further try waits.
    static constexpr int FreeFailures = 4;
    static constexpr int FirstDelaySeconds = 30;
    static constexpr int MaximumDelaySeconds = 15 * 60;
    // The wait after this many wrong passwords in a row: 0 up to FreeFailures, then 30 s doubling to 15 min.
    static int delaySeconds(int failedLogins);

    explicit AccountRepository(Database& database, QObject* parent = nullptr);

    Database& database() const { return m_database; }

    Result<bool> hasAccounts() const;
    Result<QList<Account>> all() const; // by display name, inactive included
    // nullopt: no such account.
    Result<std::optional<Account>> byId(qint64 id) const;
    // Case-insensitive, also for å, ä and ö (SQLite's NOCASE knows only ASCII).
    Result<std::optional<Account>> byUsername(const QString& username) const;

    // The first administrator of a new database: allowed only while there are no accounts. Sets account.id.
    Result<void> createFirstAdministrator(Account& account, const QString& password);
    // Refuses an empty username or display name, a taken username (in any case) and a short password.
    Result<void> create(const Account& actor, Account& account, const QString& password);

    AuthResult authenticate(const QString& username, const QString& password, const QDateTime& now);

    Result<void> deactivate(const Account& actor, qint64 id);
    Result<void> activate(const Account& actor, qint64 id);
    // The user must change the new password at the next login; also ends a login delay.
    Result<void> resetPassword(const Account& actor, qint64 id, const QString& newPassword);
    // One's own password (or, for an administrator, any, still with the old one); clears must-change.
    Result<void> changePassword(const Account& actor, qint64 id, const QString& oldPassword,
                                const QString& newPassword);
    Result<void> setRole(const Account& actor, qint64 id, Role role);
    Result<void> setWiderAccess(const Account& actor, qint64 id, bool widerAccess);
    // staffId 0 unlinks. A staff record belongs to one account at most.
    Result<void> linkStaff(const Account& actor, qint64 id, qint64 staffId);

signals:
    void changed();

private:
    Result<void> insert(Account& account, const QString& password, bool firstAccount);
    // Success when the actor, as stored now, may manage accounts; otherwise why not.
    Result<void> mayManage(const Account& actor) const;
    // Success when the staff record (0 = none) exists and no other account is linked to it.
    Result<void> staffAvailable(qint64 accountId, qint64 staffId) const;
    static QString tryAgainMessage(int seconds);
    Result<bool> isLastActiveAdministrator(qint64 id) const;
    Result<void> keepsAnAdministrator(const Account& actor, qint64 id) const;
    // nullopt: no such account.
    Result<std::optional<QString>> storedHash(qint64 id) const;
    // One UPDATE of one account row in its own transaction; `assignments` is "column = ?, ...".
    Result<void> update(qint64 id, const QString& assignments, const QVariantList& binds);
    // A management change: checks the actor and that the account exists, then update().
    Result<void> manage(const Account& actor, qint64 id, const QString& assignments, const QVariantList& binds);

    Database& m_database;
};

} // namespace lotsen
