#pragma once

#include "access/Account.h"

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
    struct AuthResult
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

    bool hasAccounts() const;
    QList<Account> all() const; // by display name, inactive included
    std::optional<Account> byId(qint64 id) const;
    // Case-insensitive, also for å, ä and ö (SQLite's NOCASE knows only ASCII).
    std::optional<Account> byUsername(const QString& username) const;

    // The first administrator of a new database: allowed only while there are no accounts. Sets account.id.
    bool createFirstAdministrator(Account& account, const QString& password, QString* error = nullptr);
    // Refuses an empty username or display name, a taken username (in any case) and a short password.
    bool create(const Account& actor, Account& account, const QString& password, QString* error = nullptr);

    AuthResult authenticate(const QString& username, const QString& password, const QDateTime& now);

    bool deactivate(const Account& actor, qint64 id, QString* error = nullptr);
    bool activate(const Account& actor, qint64 id, QString* error = nullptr);
    // The user must change the new password at the next login; also ends a login delay.
    bool resetPassword(const Account& actor, qint64 id, const QString& newPassword, QString* error = nullptr);
    // One's own password (or, for an administrator, any, still with the old one); clears must-change.
    bool changePassword(const Account& actor, qint64 id, const QString& oldPassword, const QString& newPassword,
                        QString* error = nullptr);
    bool setRole(const Account& actor, qint64 id, Role role, QString* error = nullptr);
    bool setWiderAccess(const Account& actor, qint64 id, bool widerAccess, QString* error = nullptr);
    // staffId 0 unlinks. A staff record belongs to one account at most.
    bool linkStaff(const Account& actor, qint64 id, qint64 staffId, QString* error = nullptr);

signals:
    void changed();

private:
    bool insert(Account& account, const QString& password, QString* error, bool firstAccount);
    // Empty when the actor, as stored now, may manage accounts; otherwise why not.
    QString managementRefusal(const Account& actor) const;
    // Empty when the staff record (0 = none) exists and no other account is linked to it.
    QString staffRefusal(qint64 accountId, qint64 staffId) const;
    static QString tryAgainMessage(int seconds);
    bool isLastActiveAdministrator(qint64 id) const;
    std::optional<QString> storedHash(qint64 id) const;
    // One UPDATE of one account row in its own transaction; `assignments` is "column = ?, ...".
    bool update(qint64 id, const QString& assignments, const QVariantList& binds, QString* error);
    // A management change: checks the actor and that the account exists, then update().
    bool manage(const Account& actor, qint64 id, const QString& assignments, const QVariantList& binds, QString* error);

    Database& m_database;
};

} // namespace lotsen
