#include "CommandLineSession.h"

#include "CommandLine.h"
#include "core/Workspace.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace lotsen {

CommandLineSession::CommandLineSession() = default;

CommandLineSession::~CommandLineSession()
{
    if (m_workspace) {
        m_workspace->session().logOut();
    }
}

QString CommandLineSession::open(const CommandLine& command, Database::Mode mode)
{
    // A command never makes a database: a missing or empty (0-byte) file is refused and left as it is.
    const Database::Mode existing = mode == Database::Mode::ReadOnly ? mode : Database::Mode::ReadWriteExisting;
    Database::OpenResult opened = m_database.open(command.databasePath, existing);
    if (!opened.ok()) {
        return opened.message;
    }
    m_workspace = std::make_unique<Workspace>(m_database);
    if (!m_workspace->session().hasAccessControl()) {
        // --user names an account, so the file given was meant to have accounts: it is not used unprotected.
        if (!command.user.isEmpty()) {
            return tr("This database has no staff accounts, so --user cannot be checked. Check that this is the "
                      "right file; leave out --user only for a database without accounts.");
        }
        return {};
    }
    if (command.user.isEmpty()) {
        return tr("This database has staff accounts. Give your username with --user NAME; the password is read "
                  "from standard input.");
    }
    if (mode == Database::Mode::ReadOnly) {
        // The login and the action must reach the access log.
        m_workspace.reset();
        m_database.close();
        opened = m_database.open(command.databasePath, Database::Mode::ReadWriteExisting);
        if (!opened.ok()) {
            return opened.message;
        }
        m_workspace = std::make_unique<Workspace>(m_database);
    }
    const AccountRepository::AuthResult result = m_workspace->session().logIn(command.user, readPassword(command.user));
    if (!result.ok) {
        return result.message;
    }
    if (result.account.mustChangePassword) {
        m_workspace->session().logOut();
        return tr("Your password must be changed before you can use Lotsen. Log in in Lotsen's window first.");
    }
    return {};
}

QString CommandLineSession::readPassword(const QString& username)
{
    QTextStream in(stdin);
#ifdef Q_OS_UNIX
    // On a terminal: a prompt, and no echo of what is typed. Piped input is read as it is.
    if (isatty(STDIN_FILENO)) {
        QTextStream(stderr) << tr("Password for %1: ").arg(username) << Qt::flush;
        termios saved {};
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        const QString password = in.readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << '\n';
        return password;
    }
#else
    Q_UNUSED(username)
#endif
    return in.readLine();
}

} // namespace lotsen
