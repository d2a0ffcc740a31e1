#pragma once

#include "core/Result.h"
#include "core/ServerAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lotsen {

// The backup of a shared database on a PostgreSQL server (issue 17 §4): pg_dump's custom format (--no-owner, so it
// restores under any role) written under a temporary name in the folder, readable by its owner only, checked with
// pg_restore --list (a table of contents that holds the access log), and only then given its name
// <database>-YYYY-MM-DD-HHMMSS.dump. The password reaches pg_dump through its environment (PGPASSWORD), never its
// command line. Nothing is ever overwritten; a dump that failed is removed.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    struct Outcome
    {
        QString path;
        qint64 size = 0;
        int tocEntries = 0; // the entries pg_restore --list shows
    };

    // pg_dump or pg_restore: from PATH, else the newest /usr/lib/postgresql/*/bin; empty when not installed.
    static QString findProgram(const QString& name);
    // "<database>-YYYY-MM-DD-HHMMSS.dump"
    static QString fileName(const ServerAddress& address, const QDateTime& at);
    static Result<Outcome> write(const ServerAddress& address, const QString& folder, const QDateTime& at);
};

} // namespace lotsen
