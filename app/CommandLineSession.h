#pragma once

#include "core/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace lotsen {

struct CommandLine;
class Workspace;

// The database and login of a command that runs without a window (import, export-plan). A database with staff
// accounts gets the same protection as in the window: the command needs --user NAME, the password is read from
// standard input (without echo on a terminal), the login and the command's action go into the access log, and
// the data layer applies the user's role. Such a file is therefore opened for writing even for a read-only
// command; a database without accounts is opened as the command asks.
class CommandLineSession
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineSession)

public:
    CommandLineSession();
    ~CommandLineSession(); // logs out

    // Empty on success, otherwise the message for the terminal (in the UI language, without personal data).
    QString open(const CommandLine& command, Database::Mode mode);
    Workspace& workspace() const { return *m_workspace; }

    // One line from standard input; on a terminal after a prompt that names `whose`, without echo.
    static QString readPassword(const QString& whose);

private:
    Database m_database;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace lotsen
