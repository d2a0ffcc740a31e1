#pragma once

#include <QCoreApplication>

namespace lotsen {

struct CommandLine;

// "lotsen backup --database FILE --to DIR [--user NAME]" and "lotsen verify-backup FILE", for a scheduled task.
// backup writes the same verified backup as the automatic one (BackupWriter), rotates that folder, and on a
// database with staff accounts needs an administrator and writes the access-log entry (a backup that cannot be
// logged is removed again). For a shared database (postgresql://…) it writes pg_dump's custom format instead
// (ServerBackup), with the same login and access-log entry. verify-backup exits with 0 only for a sound backup.
class BackupCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommandLine)

public:
    static int runBackup(const CommandLine& command);
    static int runVerify(const CommandLine& command);

private:
    // "lotsen backup --database postgresql://… --to DIR": pg_dump, see ServerBackup.
    static int runServerBackup(const CommandLine& command);
};

} // namespace lotsen
