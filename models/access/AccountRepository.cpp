#include "access/AccountRepository.h"

#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
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

Result<void> AccountRepository::staffAvailable(qint64 accountId, qint64 staffId) const
{
    if (staffId == 0) {
        return success();
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff WHERE id = ?), "
                                 "EXISTS (SELECT 1 FROM account WHERE staff_id = ? AND id <> ?)"));
    query.addBindValue(staffId);
    query.addBindValue(staffId);
    query.addBindValue(accountId);
    if (!query.exec()) {
        return SqlRead::failed(query, "account.staffAvailable");
    }
    if (!query.next() || query.value(0).toInt() == 0) {
        return fail(tr("This staff member no longer exists."));
    }
    if (query.value(1).toInt() != 0) {
        return fail(tr("This staff member is already linked to another account."));
    }
    return success();
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

Result<bool> AccountRepository::hasAccounts() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM account)"))) {
        return SqlRead::failed(query, "account.hasAccounts");
    }
    if (!query.next()) {
        return SqlRead::noRow("account.hasAccounts");
    }
    return query.value(0).toInt() != 0;
}

Result<QList<Account>> AccountRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(kColumns) + QStringLiteral("ORDER BY display_name COLLATE NOCASE, id"))) {
        return SqlRead::failed(query, "account.all");
    }
    QList<Account> result;
    while (query.next()) {
        result.append(accountFrom(query));
    }
    return result;
}

Result<std::optional<Account>> AccountRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "account.byId");
    }
    if (!query.next()) {
        return std::optional<Account>();
    }
    return std::optional<Account>(accountFrom(query));
}

Result<std::optional<Account>> AccountRepository::byUsername(const QString& username) const
{
    const QString wanted = username.trimmed();
    // A centre has a handful of accounts: comparing in Qt is cheap and folds non-ASCII case correctly.
    const Result<QList<Account>> accounts = all();
    if (!accounts) {
        return accounts.error();
    }
    const auto found = std::find_if(accounts->cbegin(), accounts->cend(), [&wanted](const Account& account) {
        return account.username.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (found == accounts->cend()) {
        return std::optional<Account>();
    }
    return std::optional<Account>(*found);
}

Result<std::optional<QString>> AccountRepository::storedHash(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT password_hash FROM account WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "account.storedHash");
    }
    if (!query.next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(query.value(0).toString());
}

Result<void> AccountRepository::createFirstAdministrator(Account& account, const QString& password)
{
    account.role = Role::Administrator;
    account.active = true;
    return insert(account, password, true);
}

Result<void> AccountRepository::create(const Account& actor, Account& account, const QString& password)
{
    if (Result<void> allowed = mayManage(actor); !allowed) {
        return allowed;
    }
    return insert(account, password, false);
}

Result<void> AccountRepository::insert(Account& account, const QString& password, bool firstAccount)
{
    const QString username = account.username.trimmed();
    const QString displayName = account.displayName.trimmed();
    if (username.isEmpty()) {
        return fail(tr("Enter a user name."));
    }
    if (displayName.isEmpty()) {
        return fail(tr("Enter the person's name."));
    }
    if (password.size() < PasswordHasher::MinimumLength) {
        return fail(tr("The password must have at least %1 characters.").arg(PasswordHasher::MinimumLength));
    }
    // Hashing takes a noticeable moment: do it before taking the write lock.
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        return fail(tr("The password could not be protected (not enough memory)."));
    }

    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return fail(tr("The account could not be saved: %1").arg(transaction.error()));
    }
    // Checked inside the transaction, so that two Lotsen instances cannot both pass.
    if (firstAccount) {
        const Result<bool> existing = hasAccounts();
        if (!existing.ok()) {
            return existing.error();
        }
        if (*existing) {
            return fail(tr("This database already has accounts; ask an administrator for one."));
        }
    }
    const Result<std::optional<Account>> taken = byUsername(username);
    if (!taken.ok()) {
        return taken.error();
    }
    if (taken->has_value()) {
        return fail(tr("The user name %1 is already taken.").arg(username));
    }
    if (Result<void> available = staffAvailable(0, account.staffId); !available) {
        return available;
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
        qCWarning(lcSql) << "inserting an account failed:" << query.lastError().text();
        return fail(tr("The account could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        return fail(tr("The account could not be saved: %1").arg(transaction.error()));
    }
    account.id = id;
    account.username = username;
    account.displayName = displayName;
    account.failedLogins = 0;
    account.lastFailedAt = {};
    emit changed();
    return success();
}

AccountRepository::AuthResult AccountRepository::authenticate(const QString& username, const QString& password,
                                                              const QDateTime& now)
{
    // One message for an unknown name and a wrong password: the login must not tell which names exist.
    const QString wrong = tr("Unknown user name or wrong password.");
    AuthResult result;
    const Result<std::optional<Account>> lookup = byUsername(username);
    if (!lookup.ok()) {
        result.message = lookup.message();
        return result;
    }
    const std::optional<Account>& found = *lookup;
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

    const Result<std::optional<QString>> hash = storedHash(found->id);
    if (!hash.ok()) {
        result.message = hash.message();
        return result;
    }
    const QString stored = hash->value_or(QString());
    if (!PasswordHasher::verify(stored, password)) {
        const int failures = found->failedLogins + 1;
        // The count is what slows down guessing: a wrong password that cannot be counted is refused as such,
        // but the caller is told why, so that the lock-out cannot be bypassed by a locked database.
        if (Result<void> counted = update(found->id, QStringLiteral("failed_logins = ?, last_failed_at = ?"),
                                          { failures, now.toString(Qt::ISODate) });
            !counted) {
            qCWarning(lcAccess) << "a failed login could not be counted for account" << found->id;
            result.message
                = tr("Lotsen could not record the failed login, so it accepts no login now: %1").arg(counted.message());
            return result;
        }
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
    if (PasswordHasher::needsRehash(stored)) {
        const QString upgraded = PasswordHasher::hash(password);
        if (!upgraded.isEmpty()) {
            assignments += QStringLiteral(", password_hash = ?");
            binds.append(upgraded);
        }
    }
    if (found->failedLogins != 0 || !binds.isEmpty()) {
        if (Result<void> reset = update(found->id, assignments, binds); !reset) {
            // The password was right; a count left standing only delays a later wrong one. Logged, not fatal.
            qCWarning(lcAccess) << "the failed-login count could not be reset for account" << found->id;
        }
    }
    const Result<std::optional<Account>> storedAccount = byId(found->id);
    result.ok = true;
    result.account = storedAccount.ok() && storedAccount->has_value() ? **storedAccount : *found;
    return result;
}

Result<void> AccountRepository::mayManage(const Account& actor) const
{
    // The stored account decides, not the caller's copy: its role or active flag may have changed since login.
    const Result<std::optional<Account>> stored = byId(actor.id);
    if (!stored.ok()) {
        return stored.error();
    }
    if (!stored->has_value() || !Permissions::allows(**stored, Permission::ManageAccounts)) {
        return fail(tr("Only an administrator can manage accounts."));
    }
    return success();
}

Result<bool> AccountRepository::isLastActiveAdministrator(qint64 id) const
{
    const Result<std::optional<Account>> account = byId(id);
    if (!account.ok()) {
        return account.error();
    }
    if (!account->has_value() || !(*account)->active || (*account)->role != Role::Administrator) {
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM account WHERE role = 'administrator' AND active = 1 "
                                 "AND id <> ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "account.isLastActiveAdministrator");
    }
    if (!query.next()) {
        return SqlRead::noRow("account.isLastActiveAdministrator");
    }
    return query.value(0).toInt() == 0;
}

Result<void> AccountRepository::update(qint64 id, const QString& assignments, const QVariantList& binds)
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
        qCWarning(lcSql) << "updating account" << id << "failed:" << reason;
        return fail(tr("The account could not be saved: %1").arg(reason));
    }
    if (!transaction.commit()) {
        return fail(tr("The account could not be saved: %1").arg(transaction.error()));
    }
    emit changed();
    return success();
}

Result<void> AccountRepository::manage(const Account& actor, qint64 id, const QString& assignments,
                                       const QVariantList& binds)
{
    if (Result<void> allowed = mayManage(actor); !allowed) {
        return allowed;
    }
    const Result<std::optional<Account>> account = byId(id);
    if (!account.ok()) {
        return account.error();
    }
    if (!account->has_value()) {
        return fail(tr("This account no longer exists."));
    }
    return update(id, assignments, binds);
}

// Refuses to leave Lotsen without an active administrator; only asked for an actor who may manage accounts,
// so that others get the plain refusal from manage().
Result<void> AccountRepository::keepsAnAdministrator(const Account& actor, qint64 id) const
{
    if (!mayManage(actor)) {
        return success();
    }
    const Result<bool> last = isLastActiveAdministrator(id);
    if (!last.ok()) {
        return last.error();
    }
    if (*last) {
        return fail(tr("Lotsen needs at least one active administrator."));
    }
    return success();
}

Result<void> AccountRepository::deactivate(const Account& actor, qint64 id)
{
    if (Result<void> kept = keepsAnAdministrator(actor, id); !kept) {
        return kept;
    }
    return manage(actor, id, QStringLiteral("active = 0"), {});
}

Result<void> AccountRepository::activate(const Account& actor, qint64 id)
{
    return manage(actor, id, QStringLiteral("active = 1"), {});
}

Result<void> AccountRepository::resetPassword(const Account& actor, qint64 id, const QString& newPassword)
{
    if (Result<void> allowed = mayManage(actor); !allowed) {
        return allowed;
    }
    if (newPassword.size() < PasswordHasher::MinimumLength) {
        return fail(tr("The password must have at least %1 characters.").arg(PasswordHasher::MinimumLength));
    }
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty()) {
        return fail(tr("The password could not be protected (not enough memory)."));
    }
    return manage(actor, id,
                  QStringLiteral("password_hash = ?, must_change_password = 1, failed_logins = 0, "
                                 "last_failed_at = NULL"),
                  { hash });
}

Result<void> AccountRepository::changePassword(const Account& actor, qint64 id, const QString& oldPassword,
                                               const QString& newPassword)
{
    const Result<std::optional<Account>> storedActor = byId(actor.id);
    if (!storedActor.ok()) {
        return storedActor.error();
    }
    const bool own = storedActor->has_value() && (*storedActor)->active && actor.id == id;
    if (!own && !mayManage(actor)) {
        return fail(tr("You can only change your own password."));
    }
    const Result<std::optional<QString>> oldHash = storedHash(id);
    if (!oldHash.ok()) {
        return oldHash.error();
    }
    if (!oldHash->has_value()) {
        return fail(tr("This account no longer exists."));
    }
    if (!PasswordHasher::verify(**oldHash, oldPassword)) {
        return fail(tr("The current password is wrong."));
    }
    if (newPassword.size() < PasswordHasher::MinimumLength) {
        return fail(tr("The password must have at least %1 characters.").arg(PasswordHasher::MinimumLength));
    }
    if (newPassword == oldPassword) {
        return fail(tr("Choose a new password that differs from the current one."));
    }
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty()) {
        return fail(tr("The password could not be protected (not enough memory)."));
    }
    return update(id, QStringLiteral("password_hash = ?, must_change_password = 0"), { hash });
}

Result<void> AccountRepository::setRole(const Account& actor, qint64 id, Role role)
{
    if (role != Role::Administrator) {
        if (Result<void> kept = keepsAnAdministrator(actor, id); !kept) {
            return kept;
        }
    }
    return manage(actor, id, QStringLiteral("role = ?"), { Permissions::code(role) });
}

Result<void> AccountRepository::setWiderAccess(const Account& actor, qint64 id, bool widerAccess)
{
    return manage(actor, id, QStringLiteral("wider_access = ?"), { widerAccess ? 1 : 0 });
}

Result<void> AccountRepository::linkStaff(const Account& actor, qint64 id, qint64 staffId)
{
    if (mayManage(actor)) {
        if (Result<void> available = staffAvailable(id, staffId); !available) {
            return available;
        }
    }
    return manage(actor, id, QStringLiteral("staff_id = ?"), { SqlValues::idOrNull(staffId) });
}

} // namespace lotsen
