#include "access/Session.h"

#include "access/AccessDetail.h"
#include "core/Database.h"

#include "access/AccountRepository.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/WriteTransaction.h"
#include "youth/Youth.h"

namespace lotsen {

Session::Session(AccountRepository& accounts, AccessLog& log, QObject* parent)
    : QObject(parent), m_accounts(accounts), m_log(log), m_accessControl(readAccessControl())
{
    connect(&accounts, &AccountRepository::changed, this, [this] { m_accessControl = readAccessControl(); });
    connect(this, &Session::loggedIn, this, &Session::accessChanged);
    connect(this, &Session::loggedOut, this, &Session::accessChanged);
    connect(this, &Session::unlocked, this, &Session::accessChanged);
}

bool Session::readAccessControl() const
{
    // Fails closed: a database whose accounts cannot be read is treated as one that has them.
    return m_accounts.hasAccounts().valueOr(true);
}

bool Session::allows(Permission permission) const
{
    if (!m_accessControl) {
        return true;
    }
    return m_account && !m_locked && Permissions::allows(*m_account, permission);
}

bool Session::maySee(const Youth& youth) const
{
    Q_UNUSED(youth) // every role sees every card; the notes are what differ (maySeeSensitiveNotes)
    return allows(Permission::ViewYouths);
}

bool Session::maySeeSensitiveNotes(const Youth& youth) const
{
    if (allows(Permission::ViewAllSensitiveNotes)) {
        return true;
    }
    return allows(Permission::ViewSensitiveNotesOfOwnYouths) && m_account && m_account->staffId != 0
        && youth.mentorId == m_account->staffId;
}

AccountRepository::AuthResult Session::logIn(const QString& username, const QString& password)
{
    // The password check, the failed-login count and the log entry are one transaction, begun before the password
    // is looked at: a database that cannot be written refuses every login alike, so that a locked database
    // neither skips the failed-login delay nor tells whether a password was right.
    WriteTransaction transaction(m_accounts.database());
    if (!transaction.isActive()) {
        return unavailable(transaction.error());
    }
    AccountRepository::AuthResult result = m_accounts.authenticate(username, password, Clock::now());
    if (!result.ok) {
        // An unknown name is logged without it: people type their password into the name field.
        logFailure(result, result.account.id != 0 ? result.account.username : QString(), {});
        // The count stands even if its log entry could not be written.
        if (!transaction.commit()) {
            return unavailable(transaction.error());
        }
        return result;
    }
    // No login without its entry in the access log.
    if (Result<void> logged = m_log.append(result.account.id, result.account.username, AccessAction::Login); !logged) {
        return refused(logged);
    }
    if (!transaction.commit()) {
        return unavailable(transaction.error());
    }
    setAccount(result.account);
    m_locked = false;
    emit loggedIn();
    return result;
}

void Session::logFailure(AccountRepository::AuthResult& result, const QString& username, const QString& detail)
{
    if (Result<void> logged = m_log.append(result.account.id, username, AccessAction::LoginFailed, 0, detail);
        !logged) {
        result.message += u'\n' + logged.message();
    }
}

AccountRepository::AuthResult Session::refused(const Result<void>& logFailure)
{
    AccountRepository::AuthResult result;
    result.message = tr("Lotsen cannot record this login in the access log, so it does not log you in. %1")
                         .arg(logFailure.message());
    return result;
}

AccountRepository::AuthResult Session::unavailable(const QString& reason)
{
    AccountRepository::AuthResult result;
    result.message = tr("Lotsen cannot record logins right now, so it does not log anyone in. %1").arg(reason);
    return result;
}

Result<void> Session::startWithoutPassword(const Account& account)
{
    if (Result<void> logged = m_log.append(account.id, account.username, AccessAction::Login, 0,
                                           AccessDetail::encode(AccessDetail::Code::Demo));
        !logged) {
        return logged;
    }
    setAccount(account);
    m_locked = false;
    emit loggedIn();
    return success();
}

void Session::setAccount(std::optional<Account> account)
{
    m_account = std::move(account);
    // Every write from now on names this account as its author.
    m_accounts.database().setAuthor(m_account ? m_account->id : 0);
}

void Session::logOut()
{
    if (!m_account) {
        return;
    }
    // Logging out always happens: refusing it would keep a session open that the user wants closed.
    if (Result<void> logged = log(AccessAction::Logout); !logged) {
        qCWarning(lcAccess) << "a logout could not be logged for account" << m_account->id;
    }
    setAccount(std::nullopt);
    m_locked = false;
    emit loggedOut();
}

void Session::reloadAccount()
{
    if (!m_account) {
        return;
    }
    const Result<std::optional<Account>> stored = m_accounts.byId(m_account->id);
    if (stored.ok() && stored->has_value()) {
        setAccount(**stored);
        emit accessChanged();
    }
}

void Session::lock()
{
    if (!m_account || m_locked) {
        return;
    }
    // Locking always happens: it hides personal data, which must not wait for the log.
    if (Result<void> logged = log(AccessAction::Lock); !logged) {
        qCWarning(lcAccess) << "a lock could not be logged for account" << m_account->id;
    }
    m_locked = true;
    emit locked();
}

AccountRepository::AuthResult Session::unlock(const QString& password)
{
    AccountRepository::AuthResult result;
    if (!m_account) {
        return result;
    }
    // As logIn: one transaction, begun before the password is looked at.
    WriteTransaction transaction(m_accounts.database());
    if (!transaction.isActive()) {
        return unavailable(transaction.error());
    }
    result = m_accounts.authenticate(m_account->username, password, Clock::now());
    if (!result.ok) {
        logFailure(result, m_account->username, AccessDetail::encode(AccessDetail::Code::Unlock));
        if (!transaction.commit()) {
            return unavailable(transaction.error());
        }
        return result;
    }
    if (Result<void> logged = m_log.append(result.account.id, result.account.username, AccessAction::Unlock); !logged) {
        return refused(logged);
    }
    if (!transaction.commit()) {
        return unavailable(transaction.error());
    }
    setAccount(result.account);
    m_locked = false;
    emit unlocked();
    return result;
}

AccountRepository::AuthResult Session::switchUser(const QString& username, const QString& password, bool unsavedEdits)
{
    const std::optional<Account> previous = m_account;
    WriteTransaction transaction(m_accounts.database());
    if (!transaction.isActive()) {
        return unavailable(transaction.error());
    }
    AccountRepository::AuthResult result = m_accounts.authenticate(username, password, Clock::now());
    if (!result.ok) {
        logFailure(result, result.account.id != 0 ? result.account.username : QString(),
                   AccessDetail::encode(AccessDetail::Code::SwitchUser));
        if (!transaction.commit()) {
            return unavailable(transaction.error());
        }
        return result;
    }
    if (previous) {
        if (Result<void> logged
            = m_log.append(previous->id, previous->username, AccessAction::SwitchUser, 0,
                           AccessDetail::encode(unsavedEdits ? AccessDetail::Code::UnsavedEditsDiscarded
                                                             : AccessDetail::Code::NoUnsavedEdits));
            !logged) {
            return refused(logged);
        }
    }
    if (Result<void> logged = m_log.append(result.account.id, result.account.username, AccessAction::Login); !logged) {
        return refused(logged);
    }
    if (!transaction.commit()) {
        return unavailable(transaction.error());
    }
    setAccount(result.account);
    m_locked = false;
    emit loggedIn();
    emit unlocked();
    return result;
}

Result<void> Session::log(AccessAction action, qint64 youthId, const QString& detail)
{
    if (!m_account) {
        return fail(tr("No one is logged in."));
    }
    return m_log.append(m_account->id, m_account->username, action, youthId, detail);
}

namespace {
std::function<void()>& beforeLogEntryHook()
{
    static std::function<void()> hook;
    return hook;
}
} // namespace

void Session::setBeforeLogEntryHook(std::function<void()> hook)
{
    beforeLogEntryHook() = std::move(hook);
}

Result<void> Session::loggedWrite(LogEntry entry, const std::function<Result<void>(LogEntry&)>& write)
{
    return loggedWrites([&](QList<LogEntry>& entries) {
        const Result<void> written = write(entry);
        entries.append(entry);
        return written;
    });
}

Result<void> Session::loggedWrites(const std::function<Result<void>(QList<LogEntry>&)>& write)
{
    QList<LogEntry> entries;
    if (!m_account && !m_accessControl) {
        return write(entries);
    }
    if (!m_account) {
        return fail(tr("No one is logged in."));
    }
    WriteTransaction transaction(m_accounts.database());
    if (!transaction.isActive()) {
        return fail(
            tr("Lotsen cannot write the access log right now, so nothing was saved. %1").arg(transaction.error()));
    }
    if (Result<void> written = write(entries); !written) {
        return written;
    }
    if (beforeLogEntryHook()) {
        beforeLogEntryHook()();
    }
    for (const LogEntry& entry : std::as_const(entries)) {
        if (Result<void> logged = log(entry.action, entry.youthId, entry.detail); !logged) {
            return fail(tr("Nothing was saved. %1").arg(logged.message()));
        }
    }
    if (!transaction.commit()) {
        return fail(tr("Nothing was saved. %1").arg(transaction.error()));
    }
    return success();
}
} // namespace lotsen
