#include "core/DatabaseBackup.h"

#include "lifecycle/BackupVerifier.h"

#include "access/AccessLog.h"
#include "access/Account.h"
#include "access/AccountRepository.h"
#include "access/Permissions.h"
#include "core/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lotsen {

DatabaseBackup::DatabaseBackup(Database& database, AccountRepository& accounts, AccessLog& log)
    : m_database(database), m_accounts(accounts), m_log(log)
{
}

QString DatabaseBackup::suggestedPath(const QString& databasePath, const QDate& date)
{
    // Not translated: a backup moves between PCs whose languages differ, and the date sorts the files.
    return QFileInfo(databasePath)
        .absoluteDir()
        .filePath(QStringLiteral("lotsen-backup-%1.lotsen").arg(date.toString(Qt::ISODate)));
}

Result<void> DatabaseBackup::mayBackUp(const Account& actor) const
{
    const Result<bool> accessControl = m_accounts.hasAccounts();
    if (!accessControl.ok()) {
        return accessControl.error();
    }
    if (!*accessControl) {
        return success();
    }
    // The stored account decides, not the caller's copy: its role or active flag may have changed since login.
    const Result<std::optional<Account>> stored = m_accounts.byId(actor.id);
    if (!stored.ok()) {
        return stored.error();
    }
    if (!stored->has_value() || !Permissions::allows(**stored, Permission::ManageBackups)) {
        return fail(tr("Only an administrator can back up the database."));
    }
    return success();
}

Result<void> DatabaseBackup::backUp(const Account& actor, const QString& targetPath)
{
    if (Result<void> allowed = mayBackUp(actor); !allowed) {
        return allowed;
    }
    const QFileInfo target(targetPath);
    const QString shownPath = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() && target.isFile() && target.size() > 0) {
        return fail(tr("%1 already exists. A backup never replaces a file: choose another name.").arg(shownPath));
    }
    // As the automatic backups: written under a hidden temporary name, verified (integrity, schema, the row counts
    // of this moment: the same connection, so nothing is written between), and only then given its name.
    const QString partial
        = target.absoluteDir().absoluteFilePath(u'.' + target.fileName() + QStringLiteral(".partial"));
    QFile::remove(partial);
    const Result<BackupVerifier::Counts> counts = BackupVerifier::countRows(m_database.connection());
    if (!counts) {
        return fail(tr("The database could not be backed up to %1: %2").arg(shownPath, counts.message()));
    }
    if (const Result<void> copied = m_database.backupTo(partial); !copied) {
        return fail(tr("The database could not be backed up to %1: %2").arg(shownPath, copied.message()));
    }
    const Result<BackupVerifier::Report> verified
        = BackupVerifier::verify(partial, Database::currentSchemaVersion(), *counts);
    if (!verified) {
        QFile::remove(partial);
        return fail(tr("The database could not be backed up to %1: %2").arg(shownPath, verified.message()));
    }
    // An empty file of that name (made by a file dialog) gives way; one with content was refused above.
    if ((target.exists() && !QFile::remove(target.absoluteFilePath()))
        || !QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(tr("The database could not be backed up to %1: the checked copy could not be given its name.")
                        .arg(shownPath));
    }
    // Only the fact: the file name is the user's and may name anyone.
    if (Result<void> logged = m_log.append(actor.id, actor.username, AccessAction::BackupDatabase); !logged) {
        QFile::remove(target.absoluteFilePath());
        return fail(
            tr("The backup was removed again, because the access log could not record it: %1").arg(logged.message()));
    }
    return success();
}

} // namespace lotsen
