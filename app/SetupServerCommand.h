#pragma once

#include <QCoreApplication>

namespace lotsen {

struct CommandLine;

// "lotsen setup-server --server postgresql://SUPERUSER@host:port/postgres [--database lotsen] [--owner lotsen_owner]
// [--app-user lotsen_app]", run once by whoever looks after the server (ServerSetup). Standard input, when piped,
// holds three lines: the superuser's password (empty when the server asks for none), the owner role's and the
// program role's (empty: a new role gets a random one). On a terminal the superuser's password is asked for, and
// new roles get random passwords, printed once.
class SetupServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetupServerCommand)

public:
    static int run(const CommandLine& command);
};

} // namespace lotsen
