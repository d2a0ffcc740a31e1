#pragma once

#include "core/ServerAddress.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lotsen {

class Database;

// The throw-away PostgreSQL server of a test run (scripts/pg-test-server, started by CTest's pg_server fixture).
// A test binary runs against it when LOTSEN_TEST_PG_STATE names the server's state file; CTest registers every
// parametrised test twice, once per engine. A test that should use the server but cannot reach it fails.
class TestServer
{
public:
    // True when this run is the PostgreSQL one.
    static bool active();
    // The superuser's address of database `database` on the test server; nothing (with a warning) when the state
    // file is missing or unreadable.
    static std::optional<ServerAddress> address(const QString& database = QStringLiteral("postgres"));
    // Makes a new, empty database (dropping one of the same name first) owned by `owner` (the superuser when
    // empty); false with a warning on failure.
    static bool createDatabase(const QString& name, const QString& owner = QString());
    // A new database holding Lotsen's current schema, copied from a template made once per schema.
    static bool createLotsenDatabase(const QString& name);
    static bool dropDatabase(const QString& name);
    // Runs statements as the superuser on `database`; false with a warning on the first failure.
    static bool run(const QStringList& statements, const QString& database = QStringLiteral("postgres"));
    // A trigger `name` that makes every insert into `table` fail with `message` (only rows for which `condition`,
    // SQL on new.<column>, holds, when given): as a constraint or a locked table would. In SQLite a temporary
    // trigger, on PostgreSQL one on the table (the test's own database). False with a warning on failure.
    static bool refuseInserts(Database& database, const QString& name, const QString& table, const QString& message,
                              const QString& condition = QString());
    static bool dropTrigger(Database& database, const QString& name, const QString& table);
    // A database name no other test of this run uses: "lt_<process>_<counter>_<hint>".
    static QString uniqueName(const QString& hint);
};

} // namespace lotsen
