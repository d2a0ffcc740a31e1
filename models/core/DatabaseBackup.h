#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lotsen {

struct Account;
class AccessLog;
class AccountRepository;
class Database;

// The administrator's backup of the open database: a consistent, checked, owner-only copy at a place
// the user chooses, refused to anyone else in the data layer, and written to the access log.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    DatabaseBackup(Database& database, AccountRepository& accounts, AccessLog& log);

    // "lotsen-backup-YYYY-MM-DD.lotsen" in the database's folder.
    static QString suggestedPath(const QString& databasePath, const QDate& date);

    // Empty when `actor`, as stored now, may back up the database; otherwise why not, in the UI language. A
    // database without accounts has no access control yet (as Session::allows).
    Result<void> mayBackUp(const Account& actor) const;

    // Writes the copy with Database::backupTo, which never overwrites a file with content, then logs it for the
    // actor. A copy that cannot be logged is removed again: no copy of everyone's data leaves unrecorded.
    Result<void> backUp(const Account& actor, const QString& targetPath);

private:
    Database& m_database;
    AccountRepository& m_accounts;
    AccessLog& m_log;
};

} // namespace lotsen
