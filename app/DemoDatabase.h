#pragma once

#include "access/Account.h"
#include "core/Result.h"

#include <QString>

namespace lotsen {

class Database;

// Writes the demo database to a file: used by "lotsen demo --database FILE" and by "--demo" at each start.
class DemoDatabase
{
public:
    // Refuses an existing file unless `overwrite`, and never touches a file another Lotsen has open.
    static Result<void> write(const QString& path, bool overwrite);
    static QString defaultPath();

    // The demo's accounts: an administrator that "--demo" starts logged in as, and one mentor account per demo
    // staff member (user name = first name in lower case, e.g. "leila"), all with fixed, published passwords.
    static QString administratorUsername() { return QStringLiteral("demo"); }
    static QString administratorPassword() { return QStringLiteral("demo-administratör"); }
    static QString mentorPassword() { return QStringLiteral("mötesplats-demo"); }

private:
    // The administrator first, so that the demo's entries name a registering account (as in real use, where
    // nothing is written without one); the mentors' accounts after their staff records exist.
    static Result<Account> writeAdministrator(Database& database);
    static Result<void> writeMentorAccounts(Database& database, const Account& administrator);
};

} // namespace lotsen
