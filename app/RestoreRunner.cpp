#include "RestoreRunner.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/Workspace.h"
#include "lifecycle/BackupSettings.h"
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
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath);
    if (!outcome.keptCopyPath.isEmpty()) {
        QFile::rename(outcome.keptCopyPath, databasePath);
        QFile::rename(outcome.keptCopyPath + QStringLiteral("-wal"), databasePath + QStringLiteral("-wal"));
    }
}

// Culls again, in the restored file, every youth the retention log says was culled after the backup was taken. The
// time of an automatic backup is its sidecar's, written when the copy was taken; any other file may be a copy of a
// copy (its file time later than its content), so every run of the log is applied again (those already culled in
// the backup are skipped). Returns how many runs were applied.
Result<int> reapplyRetention(Workspace& workspace, const QString& databasePath, const BackupInfo& backup)
{
    const QString logPath = BackupSettings::retentionLogPath(databasePath);
    const RetentionLog log(logPath);
    const Result<QList<RetentionLog::Run>> runs = log.runsAfter(backup.automatic ? backup.createdAt : QDateTime());
    if (!runs) {
        return runs.error();
    }
    if (runs->isEmpty()) {
        return 0;
    }
    RetentionRepository retention(workspace, logPath);
    const Result<RetentionRepository::Outcome> applied = retention.reapplyAfterRestore(*runs);
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
    int reapplied = 0;
    {
        Database database;
        const Database::OpenResult opened = database.open(databasePath);
        if (!opened.ok()) {
            failure = opened.message;
        } else {
            Workspace workspace(database);
            // Cullings made after the backup are made again before anyone sees the data (retention log).
            const Result<int> cullings = reapplyRetention(workspace, databasePath, request.backup);
            if (!cullings) {
                failure = cullings.message();
            } else {
                reapplied = *cullings;
                const QString date = request.backup.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                const Result<void> logged = workspace.accessLog().append(
                    request.accountId, request.username, AccessAction::RestoreDatabase, 0,
                    AccessDetail::encode(AccessDetail::Code::RestoredBackup, { date, QString::number(reapplied) }));
                if (!logged) {
                    failure = tr("The restore could not be written to the access log: %1").arg(logged.message());
                }
            }
        }
    }
    QApplication::restoreOverrideCursor();
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
