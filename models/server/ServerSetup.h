#pragma once

#include "core/Result.h"
#include "core/ServerAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lotsen {

class Database;

// `lotsen setup-server`: prepares a PostgreSQL server for Lotsen, once, on a superuser's login. Two roles: the
// owner, which owns the database and every object in it and runs the migrations (a LOGIN role, so that a later
// version's migration can run as it), and the program's own login, which reads and writes the register's rows but
// may change no structure, rewrite no access-log entry and owns nothing: the triggers that keep the records
// append-only then hold for the program, since only an owner may drop or disable them. Run again, it creates
// nothing twice: it re-applies the grants and brings the schema up to this version.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    struct Request
    {
        ServerAddress superuser; // a superuser's login to the server's maintenance database (postgres)
        QString database = QStringLiteral("lotsen");
        QString owner = QStringLiteral("lotsen_owner");
        QString app = QStringLiteral("lotsen_app");
        // Empty: a role created now gets a new random password (in the outcome), an existing one keeps its own.
        // Given: it is set, on an existing role too.
        QString ownerPassword;
        QString appPassword;
    };

    struct Outcome
    {
        QStringList done; // what was done, one sentence each, for the person running it
        QString ownerPassword; // only when made here: shown once, stored nowhere
        QString appPassword;
        ServerAddress appAddress; // what every PC opens (without a password)
        int schemaVersion = 0;
    };

    static Result<Outcome> run(const Request& request);

    // The program role's grants on `database`, opened by its owner role (or a superuser): the database and the
    // schema to use, the rows of every table as its rule says (see the .cpp), the sequences and the owner's
    // functions, and the same by default for what later migrations create. Run after every migration too, so that
    // a new table gets its own rule.
    static Result<void> applyGrants(Database& database, const QString& owner, const QString& app);

    // A role or database name setup-server accepts: lower-case ASCII letters, digits and '_', not starting with a
    // digit, at most 63 characters (PostgreSQL's limit), so that it needs no quoting anywhere.
    static bool isValidName(const QString& name);
    // 24 characters from an alphabet of 54 unambiguous letters and digits (about 138 bits), from the system's
    // random source.
    static QString randomPassword();
    // What PostgreSQL stores for a password (SCRAM-SHA-256, as psql's \password makes it): only this goes to the
    // server, so the password itself appears in no statement and no server log.
    static QString passwordVerifier(const QString& password);
};

} // namespace lotsen
