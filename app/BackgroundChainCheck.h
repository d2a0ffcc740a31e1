#pragma once

#include "access/AccessLog.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace lotsen {

class MainWindow;
class Workspace;

// Verifies the access log's hash chain after login in a worker thread on its own read-only connection, so
// that a long log does not slow the start, and reports a broken chain: with the first broken entry and a way to the
// Access log page to those who may view the log, as "tell an administrator" to everyone else.
class BackgroundChainCheck : public QObject
{
    Q_OBJECT

public:
    BackgroundChainCheck(Workspace& workspace, MainWindow* window);
    ~BackgroundChainCheck() override;

    // Starts a check; called at start and again after every login (another user at the lock screen), so that what
    // the status bar and the Access log page say is about the log as it is now. A check asked for while one runs
    // follows it.
    void start();
    // Runs a check after every login of the session from now on.
    void followLogins();
    // Valid once finished() was emitted.
    const AccessLog::VerifyResult& result() const { return m_result; }
    // Done, with the report held back until the session is unlocked.
    bool isWaitingForUnlock() const { return m_waitingForUnlock; }

signals:
    // The result has been reported. While the session is locked the report waits for the unlock, so that nothing
    // comes up over the lock screen.
    void finished();

private:
    void report();
    void warnBroken();

    Workspace& m_workspace;
    QPointer<MainWindow> m_window;
    QString m_path;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled { false };
    AccessLog::VerifyResult m_result;
    bool m_waitingForUnlock = false;
    bool m_startAgain = false;
    QMetaObject::Connection m_waitForUnlock;
    QString m_statusShown; // the confirmation this check last put in the status bar
};

} // namespace lotsen
