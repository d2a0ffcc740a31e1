#pragma once

#include "core/ServerAddress.h"
#include "lifecycle/BackupRestore.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace lotsen {

class AutoLock;
class AutomaticBackup;
class LockController;
class LockScreen;
class AccessLogPage;
class MeetingPlacePage;
class SettingsPage;
class TodayPage;
class Workspace;
class YouthsPage;

// The main window: navigation between the pages, menus, and remembered geometry. Each page is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        TodayPage,
        YouthsPageIndex,
        MeetingPlacePage,
        InterventionsPage,
        ReportsPage,
        SettingsPageIndex,
        AccessLogPageIndex,
        PageCount
    };
    Q_ENUM(Page)

    MainWindow(Workspace& workspace, bool demo, QWidget* parent = nullptr);

    lotsen::AccessLogPage* accessLogPage() const { return m_accessLog; }
    Page currentPage() const;
    // The section of the user guide for what is in front (F1): the page, or the youth card's tab.
    QString helpTopic() const;
    static QString pageHelpTopic(Page page);
    // A youth card or the centre's settings have changes that are not saved.
    bool hasUnsavedEdits() const;
    // Whether the lock screen (auto-lock, so that personal data is not left open on an unattended PC) is in front of
    // the pages.
    bool isShowingLockScreen() const;

    // The program (not a test, not the demo) backs up by itself: now if today has no verified backup, after each
    // login, and when the window closes after changes.
    void startAutomaticBackups();
    AutomaticBackup* automaticBackup() const { return m_backup; }
    // File › Restore from backup… closes the window with the chosen backup here; main() restores it once the
    // database is closed and opens it again.
    const std::optional<BackupRestore::Request>& pendingRestore() const { return m_pendingRestore; }
    // File › Move to a shared database… closes the window with the server here (password included); main() opens
    // it instead of the file.
    const std::optional<ServerAddress>& pendingServer() const { return m_pendingServer; }

public slots:
    void showPage(lotsen::MainWindow::Page page);
    void showAbout();
    // Help › User guide (F1), at the section of the page in front.
    void showHelp();
    // Help › Tour of Lotsen: the first-start tour again.
    void showTour();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreFromBackup();
    void updateBackupStatus();
    static QString pageKey(Page page);
    // Pages and commands the user's role does not allow are hidden or disabled; follows the session.
    void applyPermissions();
    // The toolbar, Ctrl+L and the inactivity timer; what locking hides and unlocking restores is
    // LockController's.
    void createLocking();

    Workspace& m_workspace;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    YouthsPage* m_youths = nullptr;
    SettingsPage* m_settings = nullptr;
    lotsen::MeetingPlacePage* m_meetingPlace = nullptr;
    lotsen::TodayPage* m_today = nullptr;
    lotsen::AccessLogPage* m_accessLog = nullptr;
    QList<QAction*> m_pageActions; // the Go menu, by Page
    QAction* m_importAction = nullptr;
    // The pages and the lock screen, one in front of the other.
    QStackedWidget* m_lockStack = nullptr;
    lotsen::LockScreen* m_lockScreen = nullptr;
    AutoLock* m_autoLock = nullptr;
    QAction* m_lockAction = nullptr;
    LockController* m_lock = nullptr;
    AutomaticBackup* m_backup = nullptr;
    QLabel* m_backupStatus = nullptr;
    QAction* m_restoreAction = nullptr;
    std::optional<BackupRestore::Request> m_pendingRestore;
    std::optional<ServerAddress> m_pendingServer;
};

} // namespace lotsen
