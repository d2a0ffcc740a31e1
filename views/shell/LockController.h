#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QStackedWidget;
class QWidget;

namespace lotsen {

class LockScreen;
class Workspace;

// What locking the session does to the main window, and what unlocking gives back. While locked the lock
// screen stands in front of the pages, every other window is hidden (and any that comes up goes the same way), and
// the menus keep only Quit; an unlock by the same user restores all of it, one by another user discards it.
class LockController : public QObject
{
    Q_OBJECT

public:
    // `lockStack` holds the pages at index 0 and `lockScreen`; `lockAction` is the File menu's and toolbar's Lock.
    LockController(Workspace& workspace, QMainWindow* window, QStackedWidget* lockStack, LockScreen* lockScreen,
                   QAction* lockAction);

    bool isShowingLockScreen() const;
    // A question that must be seen while locked (quitting): other windows are hidden while locked, so this one is
    // let through.
    QMessageBox::StandardButton questionWhileLocked(const QString& title, const QString& text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton);

signals:
    // Another user unlocked (Session::switchUser has logged it): the previous user's unsaved edits go without a
    // question, before their windows close.
    void switchingUser();
    // The lock gave back every action it disabled; the (perhaps new) user's role takes some away again.
    void actionsRestored();
    // The pages are in front again after another user unlocked; where the new user starts is the window's choice.
    void unlockedAsAnotherUser();

protected:
    // While locked: keeps other windows from coming up over the lock screen.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showLocked();
    void showUnlocked();
    void hideForLock(QWidget* window);
    void updateLockAction();

    Workspace& m_workspace;
    QMainWindow* m_window = nullptr;
    QStackedWidget* m_lockStack = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QAction* m_lockAction = nullptr;
    // What the lock hid or disabled, to give back to the same user; the account that was locked.
    QList<QPointer<QWidget>> m_hiddenWindows;
    QList<QPointer<QAction>> m_disabledActions;
    QPointer<QWidget> m_focusBeforeLock;
    qint64 m_lockedAccountId = 0;
};

} // namespace lotsen
