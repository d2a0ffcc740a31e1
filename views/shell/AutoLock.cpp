#include "shell/AutoLock.h"

#include "core/Workspace.h"

#include <QCoreApplication>
#include <QEvent>

namespace lotsen {

AutoLock::AutoLock(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::timeout);
    connect(&workspace.centre(), &CentreSettings::changed, this, [this](CentreSettings::Key key) {
        if (key == CentreSettings::Key::AutoLockMinutes) {
            updateInterval();
        }
    });
    Session& session = workspace.session();
    connect(&session, &Session::loggedIn, this, &AutoLock::updateArmed);
    connect(&session, &Session::loggedOut, this, &AutoLock::updateArmed);
    connect(&session, &Session::locked, this, &AutoLock::updateArmed);
    connect(&session, &Session::unlocked, this, &AutoLock::updateArmed);
    // Session keeps hasAccessControl() up to date from the same signal; it was connected first, so it runs first.
    connect(&workspace.accounts(), &AccountRepository::changed, this, &AutoLock::updateArmed);
    updateInterval();
    updateArmed();
    QCoreApplication::instance()->installEventFilter(this);
}

AutoLock::~AutoLock()
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void AutoLock::setIntervalForTest(int ms)
{
    m_testIntervalMs = ms;
    updateInterval();
}

void AutoLock::expireForTest()
{
    m_timer.stop();
    timeout();
}

void AutoLock::updateInterval()
{
    const int ms = m_testIntervalMs > 0 ? m_testIntervalMs : m_workspace.centre().autoLockMinutes() * 60 * 1000;
    // setInterval on a running timer restarts it with the new interval, which is what a changed setting means.
    m_timer.setInterval(ms);
}

void AutoLock::updateArmed()
{
    const Session& session = m_workspace.session();
    if (session.isLoggedIn() && session.hasAccessControl() && !session.isLocked()) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    // Called for every event in the program: a cheap check first. Only input from the user counts (spontaneous
    // events), not events the program sends itself.
    if (m_timer.isActive() && event->spontaneous()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::HoverMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
            m_timer.start();
            ++m_restartsByInput;
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::timeout()
{
    const Session& session = m_workspace.session();
    if (session.isLoggedIn() && session.hasAccessControl()) {
        m_workspace.session().lock();
    }
}

} // namespace lotsen
