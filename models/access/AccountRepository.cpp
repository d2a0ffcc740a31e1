#include "access/AccountRepository.h"

#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "core/Database.h"
#include "core/SqlValues.h"
#include "core/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lotsen {

namespace {

const char* const kColumns = "SELECT id, username, display_name, role, must_change_password, wider_access, active, "
                             "staff_id, failed_logins, last_failed_at FROM account ";

Account accountFrom(const QSqlQuery& query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.username = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.role = Permissions::roleFromCode(query.value(3).toString());
    account.mustChangePassword = query.value(4).toInt() != 0;
    account.widerAccess = query.value(5).toInt() != 0;
    account.active = query.value(6).toInt() != 0;
    account.staffId = query.value(7).toLongLong();
    account.failedLogins = query.value(8).toInt();
    account.lastFailedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    return account;
}

void setError(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
}

// Seconds still to wait before the next try is accepted.
int remainingDelay(const Account& account, const QDateTime& now)
{
    const int delay = AccountRepository::delaySeconds(account.failedLogins);
    if (delay == 0 || !account.lastFailedAt.isValid()) {
        return 0;
    }
    const qint64 elapsed = account.lastFailedAt.secsTo(now);
    // A clock set back must not make the wait longer than the delay itself.
    return static_cast<int>(std::clamp<qint64>(delay - elapsed, 0, delay));
}

// A hash to verify against when the username is unknown, so that an unknown name takes as long as a wrong
// password and the timing does not tell which names exist.
const QString& unknownUserHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("no such user in Lotsen"));
    return hash;
}

} // namespace

QString AccountRepository::tryAgainMessage(int seconds)
{
    if (seconds < 60) {
        return tr("Too many wrong passwords. Try again in %n second(s).", nullptr, seconds);
    }
    return tr("Too many wrong passwords. Try again in %n minute(s).", nullptr, (seconds + 59) / 60);
}

QString AccountRepository::staffRefusal(qint64 accountId, qint64 staffId) const
{
    if (staffId == 0) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff WHERE id = ?), "
                                 "EXISTS (SELECT 1 FROM account WHERE staff_id = ? AND id <> ?)"));
    query.addBindValue(staffId);
    query.addBindValue(staffId);
    query.addBindValue(accountId);
    if (!query.exec() || !query.next() || query.value(0).toInt() == 0) {
        return tr("This staff member no longer exists.");
    }
    if (query.value(1).toInt() != 0) {
        return tr("This staff member is already linked to another account.");
    }
    return {};
}

int AccountRepository::delaySeconds(int failedLogins)
{
    const int beyond = failedLogins - FreeFailures - 1;
    if (beyond < 0) {
        return 0;
    }
    if (beyond >= 10) { // well past the cap; keeps the shift small
        return MaximumDelaySeconds;
    }
    return std::min(FirstDelaySeconds << beyond, MaximumDelaySeconds);
}

AccountRepository::AccountRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

bool AccountRepository::hasAccounts() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)")) && query.next()
        && query.value(0).toInt() != 0;
}

QList<Account> AccountRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<Account> result;
    if (query.exec(QString::fromLatin1(kColumns) + QStringLiteral("ORDER BY display_name COLLATE NOCASE, id"))) {
        while (query.next()) {
            result.append(accountFrom(query));
        }
    }
    return result;
}

std::optional<Account> AccountRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return accountFrom(query);
    }
    return std::nullopt;
}

std::optional<Account> AccountRepository::byUsername(const QString& username) const
{
    const QString wanted = username.trimmed();
    // A centre has a handful of accounts: comparing in Qt is cheap and folds non-ASCII case correctly.
    const QList<Account> accounts = all();
    const auto found = std::find_if(accounts.cbegin(), accounts.cend(), [&wanted](const Account& account) {
        return account.username.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (found == accounts.cend()) {
        return std::nullopt;
    }
    return *found;
}

std::optional<QString> AccountRepository::storedHash(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT password_hash FROM account WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return std::nullopt;
}

bool AccountRepository::createFirstAdministrator(Account& account, const QString& password, QString* error)
{
    account.role = Role::Administrator;
    account.active = true;
    return insert(account, password, error, true);
}

bool AccountRepository::create(const Account& actor, Account& account, const QString& password, QString* error)
{
    const QString refusal = managementRefusal(actor);
    if (!refusal.isEmpty()) {
        setError(error, refusal);
        return false;
    }
    return insert(account, password, error, false);
}

bool AccountRepository::insert(Account& account, const QString& password, QString* error, bool firstAccount)
{
    const QString username = account.username.trimmed();
    const QString displayName = account.displayName.trimmed();
    if (username.isEmpty()) {
        setError(error, tr("Enter a user name."));
        return false;
    }
    if (displayName.isEmpty()) {
        setError(error, tr("Enter the person's name."));
        return false;
    }
    if (password.size() < PasswordHasher::MinimumLength) {
        setError(error, tr("The password must have at least %1 characters.").arg(PasswordHasher::MinimumLength));
        return false;
    }
    // Hashing takes a noticeable moment: do it before taking the write lock.
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        setError(error, tr("The password could not be protected (not enough memory)."));
        return false;
    }

    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        setError(error, tr("The account could not be saved: %1").arg(transaction.error()));
        return false;
    }
    // Checked inside the transaction, so that two Lotsen instances cannot both pass.
    if (firstAccount && hasAccounts()) {
        setError(error, tr("This database already has accounts; ask an administrator for one."));
        return false;
    }
    if (byUsername(username)) {
        setError(error, tr("The user name %1 is already taken.").arg(username));
        return false;
    }
    if (const QString refusal = staffRefusal(0, account.staffId); !refusal.isEmpty()) {
        setError(error, refusal);
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO account (username, display_name, role, password_hash, must_change_password, wider_access, "
        "active, staff_id, failed_logins, last_failed_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)"));
    const QString now = SqlValues::now();
    query.addBindValue(username);
    query.addBindValue(displayName);
    query.addBindValue(Permissions::code(account.role));
    query.addBindValue(hash);
    query.addBindValue(account.mustChangePassword ? 1 : 0);
    query.addBindValue(account.widerAccess ? 1 : 0);
    query.addBindValue(account.active ? 1 : 0);
    query.addBindValue(SqlValues::idOrNull(account.staffId));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        setError(error, tr("The account could not be saved: %1").arg(query.lastError().text()));
        return false;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        setError(error, tr("The account could not be saved: %1").arg(transaction.error()));
        return false;
    }
    account.id = id;
    account.username = username;
    account.displayName = displayName;
    account.failedLogins = 0;
    account.lastFailedAt = {};
    emit changed();
    return true;
}

AccountRepository::AuthResult AccountRepository::authenticate(const QString& username, const QString& password,
                                                              const QDateTime& now)
{
    // One message for an unknown name and a wrong password: the login must not tell which names exist.
    const QString wrong = tr("Unknown user name or wrong password.");
    AuthResult result;
    const std::optional<Account> found = byUsername(username);
    if (!found) {
        PasswordHasher::verify(unknownUserHash(), password);
        result.message = wrong;
        return result;
    }
    result.account.id = found->id;
    result.account.username = found->username;

    const int wait = remainingDelay(*found, now);
    if (wait > 0) {
        // Not counted as another failure: otherwise anyone could keep a colleague locked out for good.
        result.message = tryAgainMessage(wait);
        result.retryAfterSeconds = wait;
        result.lockedOut = true;
        return result;
    }

    const QString hash = storedHash(found->id).value_or(QString());
    if (!PasswordHasher::verify(hash, password)) {
        const int failures = found->failedLogins + 1;
        update(found->id, QStringLiteral("failed_logins = ?, last_failed_at = ?"),
               { failures, now.toString(Qt::ISODate) }, nullptr);
        result.retryAfterSeconds = delaySeconds(failures);
        result.lockedOut = result.retryAfterSeconds > 0;
        result.message = result.lockedOut ? tryAgainMessage(result.retryAfterSeconds) : wrong;
        return result;
    }
    // Only after the password: a deactivated account is not told to strangers.
    if (!found->active) {
        result.message = tr("This account has been deactivated. Ask an administrator.");
        return result;
    }

    QString assignments = QStringLiteral("failed_logins = 0, last_failed_at = NULL");
    QVariantList binds;
    // A hash made with weaker limits (an older Lotsen or libsodium) is replaced while the password is at hand.
    if (PasswordHasher::needsRehash(hash)) {
        const QString upgraded = PasswordHasher::hash(password);
        if (!upgraded.isEmpty()) {
            assignments += QStringLiteral(", password_hash = ?");
            binds.append(upgraded);
        }
    }
    if (found->failedLogins != 0 || !binds.isEmpty()) {
        update(found->id, assignments, binds, nullptr);
    }
    result.ok = true;
    result.account = byId(found->id).value_or(*found);
    return result;
}

QString AccountRepository::managementRefusal(const Account& actor) const
{
    // The stored account decides, not the caller's copy: its role or active flag may have changed since login.
    const std::optional<Account> stored = byId(actor.id);
    if (!stored || !Permissions::allows(*stored, Permission::ManageAccounts)) {
        return tr("Only an administrator can manage accounts.");
    }
    return {};
}

bool AccountRepository::isLastActiveAdministrator(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM account WHERE role = 'administrator' AND active = 1 "
                                 "AND id <> ?"));
    query.addBindValue(id);
    const std::optional<Account> account = byId(id);
    return account && account->active && account->role == Role::Administrator && query.exec() && query.next()
        && query.value(0).toInt() == 0;
}

bool AccountRepository::update(qint64 id, const QString& assignments, const QVariantList& binds, QString* error)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE account SET ") + assignments
                  + QStringLiteral(", updated_at = ? WHERE id = ?"));
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    query.addBindValue(SqlValues::now());
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || query.numRowsAffected() != 1) {
        const QString reason = query.lastError().isValid() ? query.lastError().text() : transaction.error();
        setError(error, tr("The account could not be saved: %1").arg(reason));
        return false;
    }
    if (!transaction.commit()) {
        setError(error, tr("The account could not be saved: %1").arg(transaction.error()));
        return false;
    }
    emit changed();
    return true;
}

bool AccountRepository::manage(const Account& actor, qint64 id, const QString& assignments, const QVariantList& binds,
                               QString* error)
{
    const QString refusal = managementRefusal(actor);
    if (!refusal.isEmpty()) {
        setError(error, refusal);
        return false;
    }
    if (!byId(id)) {
        setError(error, tr("This account no longer exists."));
        return false;
    }
    return update(id, assignments, binds, error);
}

bool AccountRepository::deactivate(const Account& actor, qint64 id, QString* error)
{
    if (managementRefusal(actor).isEmpty() && isLastActiveAdministrator(id)) {
        setError(error, tr("Lotsen needs at least one active administrator."));
        return false;
    }
    return manage(actor, id, QStringLiteral("active = 0"), {}, error);
}

bool AccountRepository::activate(const Account& actor, qint64 id, QString* error)
{
    return manage(actor, id, QStringLiteral("active = 1"), {}, error);
}

bool AccountRepository::resetPassword(const Account& actor, qint64 id, const QString& newPassword, QString* error)
{
    const QString refusal = managementRefusal(actor);
    if (!refusal.isEmpty()) {
        setError(error, refusal);
        return false;
    }
    if (newPassword.size() < PasswordHasher::MinimumLength) {
        setError(error, tr("The password must have at least %1 characters.").arg(PasswordHasher::MinimumLength));
        return false;
    }
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty()) {
        setError(error, tr("The password could not be protected (not enough memory)."));
        return false;
    }
    return manage(actor, id,
                  QStringLiteral("password_hash = ?, must_change_password = 1, failed_logins = 0, "
                                 "last_failed_at = NULL"),
                  { hash }, error);
}

bool AccountRepository::changePassword(const Account& actor, qint64 id, const QString& oldPassword,
                                       const QString& newPassword, QString* error)
{
    const std::optional<Account> storedActor = byId(actor.id);
    const bool own = storedActor && storedActor->active && actor.id == id;
    if (!own && !managementRefusal(actor).isEmpty()) {
        setError(error, tr("You can only change your own password."));
        return false;
    }
    const std::optional<QString> oldHash = storedHash(id);
    if (!oldHash) {
        setError(error, tr("This account no longer exists."));
        return false;
    }
    if (!PasswordHasher::verify(*oldHash, oldPassword)) {
        setError(error, tr("The current password is wrong."));
        return false;
    }
    if (newPassword.size() < PasswordHasher::MinimumLength) {
        setError(error, tr("The password must have at least %1 characters.").arg(PasswordHasher::MinimumLength));
        return false;
    }
    if (newPassword == oldPassword) {
        setError(error, tr("Choose a new password that differs from the current one."));
        return false;
    }
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty()) {
        setError(error, tr("The password could not be protected (not enough memory)."));
        return false;
    }
    return update(id, QStringLiteral("password_hash = ?, must_change_password = 0"), { hash }, error);
}

bool AccountRepository::setRole(const Account& actor, qint64 id, Role role, QString* error)
{
    if (role != Role::Administrator && managementRefusal(actor).isEmpty() && isLastActiveAdministrator(id)) {
        setError(error, tr("Lotsen needs at least one active administrator."));
        return false;
    }
    return manage(actor, id, QStringLiteral("role = ?"), { Permissions::code(role) }, error);
}

bool AccountRepository::setWiderAccess(const Account& actor, qint64 id, bool widerAccess, QString* error)
{
    return manage(actor, id, QStringLiteral("wider_access = ?"), { widerAccess ? 1 : 0 }, error);
}

bool AccountRepository::linkStaff(const Account& actor, qint64 id, qint64 staffId, QString* error)
{
    if (managementRefusal(actor).isEmpty()) {
        const QString refusal = staffRefusal(id, staffId);
        if (!refusal.isEmpty()) {
            setError(error, refusal);
            return false;
        }
    }
    return manage(actor, id, QStringLiteral("staff_id = ?"), { SqlValues::idOrNull(staffId) }, error);
}

} // namespace lotsen
