#include "RestoreRunner.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/AccountRepository.h"
#include "access/ChainSeal.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/Workspace.h"
#include "lifecycle/BackupSettings.h"
#include "lifecycle/DatabaseIdentity.h"
#include "lifecycle/RetentionLog.h"
#include "lifecycle/RetentionRepository.h"
#include "shell/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFile>

namespace lotsen {

namespace {

// Puts the file as it was before the restore back in its place.
void undo(const QString& databasePath, const BackupRestore::Outcome& outcome)
{
    // The restored file's anchor goes, and the replaced file's comes back.
    const QString anchor = ChainSeal::anchorPath(databasePath);
    QFile::remove(anchor);
    if (!outcome.anchorSetAside.isEmpty()) {
        QFile::rename(outcome.anchorSetAside, anchor);
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath);
    if (!outcome.keptCopyPath.isEmpty()) {
        QFile::rename(outcome.keptCopyPath, databasePath);
        QFile::rename(outcome.keptCopyPath + QStringLiteral("-wal"), databasePath + QStringLiteral("-wal"));
    }
}

// Culls again, in the restored file, every youth the retention log names. Every run is applied, not only those
// after the backup's time: clocks are set wrong and corrected, and a backup's file time can be later than its
// content; youths the backup already has culled are skipped, so the result is the same. Returns how many runs the
// log holds.
Result<int> reapplyRetention(Workspace& workspace, const QString& databasePath)
{
    const QString logPath = BackupSettings::retentionLogPath(databasePath);
    const RetentionLog log(logPath);
    const Result<QList<RetentionLog::Run>> runs = log.runsAfter(QDateTime());
    if (!runs) {
        return runs.error();
    }
    // Only this register's runs: another register of the same file name may share the backup folder.
    const QString identity = DatabaseIdentity::read(workspace.database().connection());
    QList<RetentionLog::Run> ours;
    for (const RetentionLog::Run& run : *runs) {
        if (DatabaseIdentity::matches(run.databaseId, identity)) {
            ours.append(run);
        }
    }
    if (ours.isEmpty()) {
        return 0;
    }
    RetentionRepository retention(workspace, logPath);
    const Result<RetentionRepository::Outcome> applied = retention.reapplyAfterRestore(ours);
    if (!applied) {
        return applied.error();
    }
    return applied->reappliedRuns;
}

} // namespace

bool RestoreRunner::run(const QString& databasePath, const BackupRestore::Request& request, QWidget* parent)
{
    const QString title = tr("Restore from backup");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupRestore::Outcome> restored
        = BackupRestore::restore(databasePath, request.backup, request.passphrase, Clock::now());
    if (!restored) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(parent, title, restored.message());
        return false;
    }
    QString failure;
    QString migrationCopy;
    int reapplied = 0;
    {
        Database database;
        const Database::OpenResult opened = database.open(databasePath);
        if (!opened.ok()) {
            failure = opened.message;
        } else {
            // An older backup was updated to this schema, and open() kept a copy of it as it was: that copy has
            // the persons culled since, so it goes once the retention log has been applied again below.
            migrationCopy = opened.backupPath;
            Workspace workspace(database);
            // Cullings made after the backup are made again before anyone sees the data (retention log).
            const Result<int> cullings = reapplyRetention(workspace, databasePath);
            if (!cullings) {
                failure = cullings.message();
            } else {
                reapplied = *cullings;
                const QString date = request.backup.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                // The account as the restored file knows it: one made after the backup is not in it, and the
                // entry then names the user without an account.
                qint64 accountId = 0;
                if (!request.username.isEmpty()) {
                    const Result<std::optional<Account>> account = workspace.accounts().byUsername(request.username);
                    if (account.ok() && account->has_value()) {
                        accountId = (*account)->id;
                    }
                }
                const Result<void> logged = workspace.accessLog().append(
                    accountId, request.username, AccessAction::RestoreDatabase, 0,
                    AccessDetail::encode(AccessDetail::Code::RestoredBackup, { date, QString::number(reapplied) }));
                if (!logged) {
                    failure = tr("The restore could not be written to the access log: %1").arg(logged.message());
                }
            }
        }
    }
    QApplication::restoreOverrideCursor();
    if (!migrationCopy.isEmpty()) {
        QFile::remove(migrationCopy);
    }
    if (!failure.isEmpty()) {
        undo(databasePath, *restored);
        qCWarning(lcDatabase) << "restore undone";
        MessageBox::critical(parent, title,
                             tr("The backup was not restored: %1\n\nThe database is as it was before.").arg(failure));
        return false;
    }
    QString text = tr("The backup of %1 was restored.")
                       .arg(request.backup.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (reapplied > 0) {
        text += u' '
            + tr("%n culling(s) from after the backup applied again, so no culled person came back.", nullptr,
                 reapplied);
    }
    if (!restored->keptCopyPath.isEmpty()) {
        text += QStringLiteral("\n\n")
            + tr("The database as it was before is kept as %1.").arg(QDir::toNativeSeparators(restored->keptCopyPath));
    }
    MessageBox::information(parent, title, text);
    return true;
}

} // namespace lotsen
