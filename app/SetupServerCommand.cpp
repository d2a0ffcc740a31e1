#include "SetupServerCommand.h"

#include "CommandLine.h"
#include "CommandLineSession.h"
#include "ServerPassword.h"
#include "server/ServerSetup.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace lotsen {

namespace {

int exitWithError(const QString& message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

// The next line of piped standard input, read line by line (as ServerPassword does), so that nothing after it is
// lost in a buffer.
QString nextInputLine()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    return QString::fromUtf8(input.readLine().trimmed());
}

} // namespace

int SetupServerCommand::run(const CommandLine& command)
{
    const std::optional<ServerAddress> address = ServerAddress::fromUrl(command.serverUrl);
    if (!address) {
        return exitWithError(tr("%1 is not a server address Lotsen understands. Write it as "
                                "postgresql://postgres@server:5432/postgres.")
                                 .arg(command.serverUrl));
    }
    ServerSetup::Request request;
    request.superuser = *address;
    if (!command.databasePath.isEmpty()) {
        request.database = command.databasePath;
    }
    if (!command.ownerRole.isEmpty()) {
        request.owner = command.ownerRole;
    }
    if (!command.appRole.isEmpty()) {
        request.app = command.appRole;
    }
    const bool piped = !isatty(fileno(stdin));
    ServerPassword::complete(request.superuser);
    if (piped) {
        request.ownerPassword = nextInputLine();
        request.appPassword = nextInputLine();
    } else if (request.superuser.password.isEmpty()) {
        // Nothing stored for this server: asked for, and an empty answer for a server that trusts this login.
        request.superuser.password = CommandLineSession::readPassword(request.superuser.user);
    }

    const Result<ServerSetup::Outcome> outcome = ServerSetup::run(request);
    if (!outcome) {
        return exitWithError(tr("The server was not set up: %1").arg(outcome.message()));
    }
    QTextStream out(stdout);
    for (const QString& line : outcome->done) {
        out << line << '\n';
    }
    if (!outcome->ownerPassword.isEmpty() || !outcome->appPassword.isEmpty()) {
        out << '\n'
            << tr("New passwords, shown only this once. Store them now, for example in the office's password "
                  "manager:")
            << '\n';
        if (!outcome->ownerPassword.isEmpty()) {
            out << "  " << request.owner << ": " << outcome->ownerPassword << "  "
                << tr("(the owner: for updating the database with a later version of Lotsen)") << '\n';
        }
        if (!outcome->appPassword.isEmpty()) {
            out << "  " << request.app << ": " << outcome->appPassword << "  "
                << tr("(the program: typed once on each PC at Lotsen's first start there)") << '\n';
        }
    }
    out << '\n' << tr("Each PC opens the shared database as: %1").arg(outcome->appAddress.toUrl()) << '\n';
    if (outcome->appAddress.isLocalHost()) {
        out << tr("(Write the server's name, as the PCs reach it, instead of %1.)").arg(outcome->appAddress.host)
            << '\n';
    }
    return 0;
}

} // namespace lotsen
