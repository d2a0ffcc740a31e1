#pragma once

#include "core/Result.h"
#include "lifecycle/BackupInfo.h"
#include "lifecycle/BackupWriter.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>

namespace lotsen {

class Workspace;

// Backups that run by themselves: at the first start of each day (once someone has logged in) and when Lotsen
// closes if anything was written since the last one. The copy and its verification run in a worker thread on a
// connection of their own (BackupWriter); the access-log entry is written here, in the GUI thread, and a backup
// whose entry cannot be written is removed again. Failures are kept for the status bar and Today.
class AutomaticBackup : public QObject
{
    Q_OBJECT

public:
    explicit AutomaticBackup(Workspace& workspace, QObject* parent = nullptr);
    ~AutomaticBackup() override;

    // Off for the demo database, which is made again at every start.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // After a login: starts a backup in the background unless a verified one of today exists.
    void runIfDueToday();
    // Starts a backup in the background now (Settings › Back up now).
    void runNow();
    // At closing: when something was written since the last backup, backs up and waits for it. Returns the
    // failure, if any, for a message.
    Result<void> runBeforeClosing();
    bool isRunning() const { return m_thread != nullptr; }
    // Waits for a running backup (closing, tests).
    void waitForFinished();

    // The newest verified automatic backup, read from the folders; nullopt when none.
    Result<std::optional<BackupInfo>> newestVerified() const;
    // Days since the newest verified backup, counted in calendar days (0: today); nullopt when there is none; an
    // error when the backup folder cannot be read.
    Result<std::optional<int>> daysWithoutVerifiedBackup() const;
    // The last run's failure, empty after a success (or before any run).
    QString lastProblem() const { return m_lastProblem; }
    // A line for the status bar: "Backed up 09:30" or the problem.
    QString statusText() const;

    // Whether anything other than access-log entries was written since the last backup (or since start).
    bool hasChangesSinceBackup() const;

signals:
    // Enabled or disabled, started or finished: what the status bar, Settings and Today show may have changed.
    void stateChanged();
    void started();
    void finished(bool ok, const QString& message);

private:
    void start();
    void complete(const Result<BackupWriter::Outcome>& outcome, const QString& path,
                  const BackupWriter::Options& options);
    BackupWriter::Options options() const;
    qint64 totalChanges() const;
    void markClean();

    Workspace& m_workspace;
    bool m_enabled = true;
    QPointer<QThread> m_thread;
    std::optional<Result<BackupWriter::Outcome>> m_result;
    QString m_lastProblem;
    QDateTime m_lastSuccess;
    qint64 m_changesAtBackup = 0;
    qint64 m_logEntriesSinceBackup = 0;
    qint64 m_changesAtStart = 0;
    qint64 m_logEntriesAtStart = 0;
    QString m_runPath; // the running backup's database and options
    BackupWriter::Options m_runOptions;
    qint64 m_accountId = 0; // who was logged in when the running backup started
    QString m_username;
};

} // namespace lotsen
