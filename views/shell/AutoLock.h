#pragma once

#include <QObject>
#include <QTimer>

namespace lotsen {

class Workspace;

// Locks the session after a while without input, like KeePassXC's InactivityTimer: an event filter on the
// application restarts a single-shot timer on every key, mouse and wheel event in any Lotsen window. It only runs
// while someone is logged in, unlocked, in a database with access control: otherwise there is no one to unlock as.
class AutoLock : public QObject
{
    Q_OBJECT

public:
    explicit AutoLock(Workspace& workspace, QObject* parent = nullptr);
    ~AutoLock() override;

    // The interval in use: the centre's AutoLockMinutes, or the test's.
    int intervalMs() const { return m_timer.interval(); }
    // Whether the inactivity timer is counting (someone to lock is logged in and unlocked).
    bool isArmed() const { return m_timer.isActive(); }
    // Tests wait milliseconds, not minutes; 0 goes back to the centre setting.
    void setIntervalForTest(int ms);
    // Tests drive the countdown instead of waiting for it: how many times input has restarted it, and it running
    // out now (as the single-shot timer does: stopped, then the timeout).
    int restartsByInput() const { return m_restartsByInput; }
    void expireForTest();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateInterval();
    // Starts or stops the timer according to the session.
    void updateArmed();
    void timeout();

    Workspace& m_workspace;
    QTimer m_timer;
    int m_testIntervalMs = 0;
    int m_restartsByInput = 0;
};

} // namespace lotsen
