#include "access/Session.h"

#include "access/AccountRepository.h"
#include "core/Clock.h"
#include "youth/Youth.h"

namespace lotsen {

Session::Session(AccountRepository& accounts, AccessLog& log, QObject* parent)
    : QObject(parent), m_accounts(accounts), m_log(log), m_accessControl(accounts.hasAccounts())
{
    connect(&accounts, &AccountRepository::changed, this, [this] { m_accessControl = m_accounts.hasAccounts(); });
    connect(this, &Session::loggedIn, this, &Session::accessChanged);
    connect(this, &Session::loggedOut, this, &Session::accessChanged);
    connect(this, &Session::unlocked, this, &Session::accessChanged);
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
    AccountRepository::AuthResult result = m_accounts.authenticate(username, password, Clock::now());
    if (!result.ok) {
        // An unknown name is logged without it: people type their password into the name field.
        m_log.append(result.account.id, result.account.id != 0 ? result.account.username : QString(),
                     AccessAction::LoginFailed);
        return result;
    }
    m_account = result.account;
    m_locked = false;
    log(AccessAction::Login);
    emit loggedIn();
    return result;
}

void Session::startWithoutPassword(const Account& account)
{
    m_account = account;
    m_locked = false;
    log(AccessAction::Login, 0, QStringLiteral("demo"));
    emit loggedIn();
}

void Session::logOut()
{
    if (!m_account) {
        return;
    }
    log(AccessAction::Logout);
    m_account.reset();
    m_locked = false;
    emit loggedOut();
}

void Session::reloadAccount()
{
    if (m_account) {
        if (const std::optional<Account> stored = m_accounts.byId(m_account->id)) {
            m_account = stored;
            emit accessChanged();
        }
    }
}

void Session::lock()
{
    if (!m_account || m_locked) {
        return;
    }
    log(AccessAction::Lock);
    m_locked = true;
    emit locked();
}

AccountRepository::AuthResult Session::unlock(const QString& password)
{
    AccountRepository::AuthResult result;
    if (!m_account) {
        return result;
    }
    result = m_accounts.authenticate(m_account->username, password, Clock::now());
    if (!result.ok) {
        m_log.append(m_account->id, m_account->username, AccessAction::LoginFailed, 0, QStringLiteral("unlock"));
        return result;
    }
    m_account = result.account;
    m_locked = false;
    log(AccessAction::Unlock);
    emit unlocked();
    return result;
}

AccountRepository::AuthResult Session::switchUser(const QString& username, const QString& password)
{
    const std::optional<Account> previous = m_account;
    AccountRepository::AuthResult result = m_accounts.authenticate(username, password, Clock::now());
    if (!result.ok) {
        m_log.append(result.account.id, result.account.id != 0 ? result.account.username : QString(),
                     AccessAction::LoginFailed, 0, QStringLiteral("switch user"));
        return result;
    }
    if (previous) {
        m_log.append(previous->id, previous->username, AccessAction::SwitchUser, 0,
                     QStringLiteral("unsaved edits discarded"));
    }
    m_account = result.account;
    m_locked = false;
    log(AccessAction::Login);
    emit loggedIn();
    emit unlocked();
    return result;
}

bool Session::log(AccessAction action, qint64 youthId, const QString& detail)
{
    if (!m_account) {
        return false;
    }
    return m_log.append(m_account->id, m_account->username, action, youthId, detail);
}

} // namespace lotsen
