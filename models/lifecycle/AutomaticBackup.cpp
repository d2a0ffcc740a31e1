#include "lifecycle/AutomaticBackup.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/Workspace.h"
#include "lifecycle/BackupCatalogue.h"
#include "lifecycle/BackupSettings.h"
#include "lifecycle/DatabaseIdentity.h"

#include <QEventLoop>
#include <QLocale>
#include <QSqlQuery>

namespace lotsen {

AutomaticBackup::AutomaticBackup(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    // Every access-log entry is also a change: those alone (logins, openings) do not call for a backup.
    connect(&m_workspace.accessLog(), &AccessLog::appended, this, [this] { ++m_logEntriesSinceBackup; });
    markClean();
}

AutomaticBackup::~AutomaticBackup()
{
    // No one hears of a backup that ends while this goes (the window it would update is being destroyed), but it
    // is still recorded, or removed if it cannot be: the thread is joined and the backup completed here.
    disconnect(this, nullptr, nullptr, nullptr);
    if (QThread* thread = m_thread) {
        thread->wait();
        m_thread = nullptr;
        delete thread;
        if (m_result) {
            complete(*m_result, m_runPath, m_runOptions);
        }
    }
}

void AutomaticBackup::setEnabled(bool enabled)
{
    m_enabled = enabled;
    emit stateChanged();
}

qint64 AutomaticBackup::totalChanges() const
{
    QSqlQuery query(m_workspace.database().connection());
    return query.exec(QStringLiteral("SELECT total_changes()")) && query.next() ? query.value(0).toLongLong() : 0;
}

void AutomaticBackup::markClean()
{
    m_changesAtBackup = totalChanges();
    m_logEntriesSinceBackup = 0;
}

bool AutomaticBackup::hasChangesSinceBackup() const
{
    return totalChanges() - m_changesAtBackup > m_logEntriesSinceBackup;
}

BackupWriter::Options AutomaticBackup::options() const
{
    BackupWriter::Options options;
    const QString path = m_workspace.database().path();
    options.folder = BackupSettings::folder(path);
    options.secondFolder = BackupSettings::secondFolder();
    if (const Result<std::optional<BackupCipher::Key>> key = BackupSettings::storedKey(); key.ok()) {
        options.key = *key;
    }
    options.keep = BackupSettings::keep();
    options.databaseId = DatabaseIdentity::read(m_workspace.database().connection());
    // Whole seconds: the name carries the time to the second, and the sidecar the same time.
    const QDateTime now = Clock::now();
    options.now = now.addMSecs(-now.time().msec());
    return options;
}

Result<std::optional<BackupInfo>> AutomaticBackup::newestVerified() const
{
    const QString path = m_workspace.database().path();
    return BackupCatalogue::newestVerified(BackupSettings::folders(path), BackupCatalogue::databaseName(path));
}

Result<std::optional<int>> AutomaticBackup::daysWithoutVerifiedBackup() const
{
    const Result<std::optional<BackupInfo>> newest = newestVerified();
    if (!newest.ok()) {
        return newest.error();
    }
    if (!newest->has_value()) {
        return std::optional<int>();
    }
    return std::optional<int>(static_cast<int>((*newest)->createdAt.date().daysTo(Clock::today())));
}

QString AutomaticBackup::statusText() const
{
    if (!m_enabled) {
        return {};
    }
    if (isRunning()) {
        return tr("Backing up…");
    }
    if (!m_lastProblem.isEmpty()) {
        return tr("Backup failed: %1").arg(m_lastProblem);
    }
    QDateTime last = m_lastSuccess;
    if (!last.isValid()) {
        // No backup in this session yet: the newest one in the folders (e.g. from this morning's first start).
        if (const Result<std::optional<BackupInfo>> newest = newestVerified(); newest.ok() && newest->has_value()) {
            last = (*newest)->createdAt;
        }
    }
    if (last.isValid()) {
        return tr("Backed up %1").arg(last.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return tr("No verified backup yet");
}

void AutomaticBackup::runIfDueToday()
{
    if (!m_enabled || isRunning()) {
        return;
    }
    const Result<std::optional<BackupInfo>> newest = newestVerified();
    if (newest.ok() && newest->has_value() && (*newest)->createdAt.date() == Clock::today()) {
        return;
    }
    start();
}

void AutomaticBackup::runNow()
{
    if (!isRunning()) {
        start();
    }
}

void AutomaticBackup::start()
{
    const QString path = m_workspace.database().path();
    const BackupWriter::Options writerOptions = options();
    m_result.reset();
    // What the backup will hold: the changes so far (anything written while it runs is not in it), and who is
    // logged in now, who its entry names even if they log out before it ends.
    m_changesAtStart = totalChanges();
    m_logEntriesAtStart = m_logEntriesSinceBackup;
    const std::optional<Account>& account = m_workspace.session().account();
    m_accountId = account ? account->id : 0;
    m_username = account ? account->username : QString();
    m_runPath = path;
    m_runOptions = writerOptions;
    m_thread = QThread::create([this, path, writerOptions] { m_result = BackupWriter::write(path, writerOptions); });
    connect(m_thread, &QThread::finished, this, [this] {
        QThread* thread = m_thread;
        if (thread == nullptr) {
            return; // completed by the destructor
        }
        m_thread = nullptr;
        thread->deleteLater();
        if (m_result) {
            complete(*m_result, m_runPath, m_runOptions);
        }
    });
    emit started();
    emit stateChanged();
    m_thread->start(QThread::LowPriority);
}

void AutomaticBackup::waitForFinished()
{
    if (!m_thread) {
        return;
    }
    QEventLoop loop;
    connect(this, &AutomaticBackup::finished, &loop, &QEventLoop::quit);
    if (m_thread) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

void AutomaticBackup::complete(const Result<BackupWriter::Outcome>& outcome, const QString& path,
                               const BackupWriter::Options& options)
{
    const auto failed = [this](const QString& problem) {
        m_lastProblem = problem;
        qCWarning(lcDatabase) << "automatic backup failed";
        emit finished(false, m_lastProblem);
        emit stateChanged();
    };
    if (!outcome) {
        failed(outcome.message());
        return;
    }
    // No copy of everyone's data exists unrecorded: a backup whose entry cannot be written is removed again. A
    // database without accounts has no one to record.
    if (m_workspace.session().hasAccessControl()) {
        const Result<void> logged = m_accountId == 0
            ? Result<void>(fail(tr("no one was logged in")))
            : m_workspace.accessLog().append(m_accountId, m_username, AccessAction::BackupDatabase, 0,
                                             AccessDetail::encode(AccessDetail::Code::AutomaticBackup));
        if (!logged) {
            BackupWriter::remove(outcome->backup.path);
            if (outcome->encryptedCopy) {
                BackupWriter::remove(outcome->encryptedCopy->path);
            }
            failed(tr("The backup could not be recorded in the access log and was removed: %1").arg(logged.message()));
            return;
        }
    }
    // Older backups go only now that this one is recorded.
    BackupWriter::rotate(path, options);
    m_changesAtBackup = m_changesAtStart;
    m_logEntriesSinceBackup -= m_logEntriesAtStart;
    m_lastSuccess = outcome->backup.createdAt;
    m_lastProblem = outcome->secondFolderProblem;
    emit finished(m_lastProblem.isEmpty(), m_lastProblem.isEmpty() ? statusText() : m_lastProblem);
    emit stateChanged();
}

Result<void> AutomaticBackup::runBeforeClosing()
{
    if (!m_enabled) {
        return success();
    }
    waitForFinished();
    if (!hasChangesSinceBackup()) {
        return success();
    }
    start();
    waitForFinished();
    if (!m_lastProblem.isEmpty()) {
        return fail(m_lastProblem);
    }
    return success();
}

} // namespace lotsen
