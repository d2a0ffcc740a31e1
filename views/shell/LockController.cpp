#include "shell/LockController.h"

#include "core/Workspace.h"
#include "shell/LockScreen.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace lotsen {

LockController::LockController(Workspace& workspace, QMainWindow* window, QStackedWidget* lockStack,
                               LockScreen* lockScreen, QAction* lockAction)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_lockStack(lockStack)
    , m_lockScreen(lockScreen)
    , m_lockAction(lockAction)
{
    connect(m_lockAction, &QAction::triggered, this, [this] {
        Session& session = m_workspace.session();
        if (session.isLoggedIn() && session.hasAccessControl()) {
            session.lock();
        }
    });
    Session& session = m_workspace.session();
    connect(&session, &Session::locked, this, &LockController::showLocked);
    connect(&session, &Session::unlocked, this, &LockController::showUnlocked);
    connect(&session, &Session::loggedIn, this, &LockController::updateLockAction);
    connect(&session, &Session::loggedOut, this, &LockController::updateLockAction);
    connect(&m_workspace.accounts(), &AccountRepository::changed, this, &LockController::updateLockAction);
    updateLockAction();
    if (session.isLocked()) {
        showLocked();
    }
}

bool LockController::isShowingLockScreen() const
{
    return m_lockStack->currentWidget() == m_lockScreen;
}

QMessageBox::StandardButton LockController::questionWhileLocked(const QString& title, const QString& text,
                                                                QMessageBox::StandardButtons buttons,
                                                                QMessageBox::StandardButton defaultButton)
{
    qApp->removeEventFilter(this);
    const QMessageBox::StandardButton answer = MessageBox::question(m_window, title, text, buttons, defaultButton);
    qApp->installEventFilter(this);
    return answer;
}

void LockController::updateLockAction()
{
    const Session& session = m_workspace.session();
    m_lockAction->setEnabled(session.isLoggedIn() && session.hasAccessControl() && !session.isLocked());
}

void LockController::showLocked()
{
    if (isShowingLockScreen()) {
        return;
    }
    m_lockedAccountId = m_workspace.session().accountId();
    QWidget* focus = QApplication::focusWidget();
    m_focusBeforeLock = focus && m_window->isAncestorOf(focus) ? focus : nullptr;

    // Every other window (dialogs, the print preview) may show personal data; and none may open while locked.
    m_hiddenWindows.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window != m_window && window->isVisible()) {
            hideForLock(window);
        }
    }
    qApp->installEventFilter(this);

    // The menus stay for Quit; everything else waits for the unlock.
    m_disabledActions.clear();
    const QList<QAction*> menus = m_window->menuBar()->actions();
    for (QAction* menuAction : menus) {
        const QList<QAction*> actions = menuAction->menu() ? menuAction->menu()->actions() : QList<QAction*>();
        for (QAction* action : actions) {
            if (action->isEnabled() && action->menuRole() != QAction::QuitRole && !action->isSeparator()) {
                action->setEnabled(false);
                m_disabledActions.append(action);
            }
        }
    }
    updateLockAction();
    m_window->statusBar()->clearMessage();

    m_lockScreen->prepare();
    m_lockStack->setCurrentWidget(m_lockScreen);
    m_lockScreen->passwordField()->setFocus();
}

void LockController::hideForLock(QWidget* window)
{
    if (window->windowType() == Qt::Popup || window->windowType() == Qt::ToolTip) {
        window->close();
        return;
    }
    if (window->isModal()) {
        // A modal dialog would block the lock screen, and hiding one that runs its own event loop (exec) ends it
        // with no answer, which a question about unsaved changes could take for Discard. Cancel it as Escape
        // does: the card's unsaved edits survive, the dialog's own input does not.
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &escape);
        if (window->isVisible()) {
            window->hide();
        }
        return;
    }
    if (!m_hiddenWindows.contains(window)) {
        m_hiddenWindows.append(window);
    }
    window->hide();
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    // Installed on the application only while locked. A window that comes up now (say, a dialog opened by the
    // caller of a cancelled question) goes the same way as those open at the lock; menus stay for File → Quit.
    if (event->type() == QEvent::Show && watched->isWidgetType() && watched != m_window) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->isWindow() && widget->windowType() != Qt::Popup && widget->windowType() != Qt::ToolTip) {
            QTimer::singleShot(0, widget, [this, widget] {
                if (isShowingLockScreen() && widget->isVisible()) {
                    hideForLock(widget);
                }
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void LockController::showUnlocked()
{
    if (!isShowingLockScreen()) {
        return;
    }
    qApp->removeEventFilter(this);
    const bool sameUser = m_workspace.session().accountId() == m_lockedAccountId;
    if (!sameUser) {
        // Another user logged in at the lock screen: the previous user's windows go without a question too.
        emit switchingUser();
        for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows)) {
            if (window) {
                window->close();
            }
        }
        m_hiddenWindows.clear();
        m_focusBeforeLock = nullptr;
    }
    for (const QPointer<QAction>& action : std::as_const(m_disabledActions)) {
        if (action) {
            action->setEnabled(true);
        }
    }
    m_disabledActions.clear();
    emit actionsRestored();
    updateLockAction();

    m_lockStack->setCurrentIndex(0);
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWindows)) {
        if (window) {
            window->show();
        }
    }
    m_hiddenWindows.clear();
    if (!sameUser) {
        emit unlockedAsAnotherUser();
    } else if (m_focusBeforeLock) {
        m_focusBeforeLock->setFocus();
    }
    m_focusBeforeLock = nullptr;
}

} // namespace lotsen
