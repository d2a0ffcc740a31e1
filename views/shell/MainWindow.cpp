#include "shell/MainWindow.h"

#include "access/AccessLogPage.h"
#include "access/ChangePasswordDialog.h"
#include "calendar/CalendarActions.h"
#include "core/AppSettings.h"
#include "core/BackupCommand.h"
#include "core/Database.h"
#include "core/SettingsPage.h"
#include "core/Workspace.h"
#include "help/FirstStartTour.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "help/ShortcutsDialog.h"
#include "lifecycle/AutomaticBackup.h"
#include "lifecycle/BackupSettingsWidget.h"
#include "lifecycle/RestoreDialog.h"
#include "lifecycle/RetentionSettingsWidget.h"
#include "meetingplace/MeetingPlacePage.h"
#include "partners/InterventionsPartnersPage.h"
#include "reports/ReportsPage.h"
#include "server/DatabaseLocationWidget.h"
#include "server/MoveToServerCommand.h"
#include "shell/AutoLock.h"
#include "shell/LockController.h"
#include "shell/LockScreen.h"
#include "shell/MessageBox.h"
#include "shell/ScreenFit.h"
#include "shell/WheelGuard.h"
#include "today/TodayPage.h"
#include "youth/RegisterWidget.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>

#include <QToolBar>
#include <utility>

#include <QStatusBar>
#include <algorithm>

namespace lotsen {

MainWindow::MainWindow(Workspace& workspace, bool demo, QWidget* parent) : QMainWindow(parent), m_workspace(workspace)
{
    // The title names who is logged in: on a shared PC the next person sees whose session this is.
    const auto updateTitle = [this, demo] {
        const std::optional<Account>& account = m_workspace.session().account();
        if (demo) {
            setWindowTitle(account ? tr("Lotsen – demo, logged in as %1").arg(account->displayName)
                                   : tr("Lotsen – demo database"));
        } else {
            setWindowTitle(account ? tr("Lotsen – %1").arg(account->displayName) : tr("Lotsen"));
        }
    };
    updateTitle();
    connect(&workspace.session(), &Session::accessChanged, this, updateTitle);
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding: 8px 14px; }"));
    m_pages = new QStackedWidget(this);

    // Scrolling past a spin box or combo box never changes it (Settings, forms, dialogs).
    WheelGuard::installOnApplication();
    m_youths = new YouthsPage(workspace, m_pages);
    m_youths->setObjectName(QStringLiteral("youthsPage"));
    m_settings = new SettingsPage(workspace, m_pages);
    m_settings->setObjectName(QStringLiteral("settingsPage"));
    // Off until startAutomaticBackups(): tests and the demo build windows that must not write backups.
    m_backup = new AutomaticBackup(workspace, this);
    m_backup->setEnabled(false);
    m_settings->addSection(new BackupSettingsWidget(workspace, m_backup));
    m_settings->addSection(new RetentionSettingsWidget(workspace));
    m_settings->addSection(new DatabaseLocationWidget(workspace));
    // Settings has four sections; on a small screen it scrolls instead of squeezing the lists over their buttons.
    auto* settingsScroller = new QScrollArea(m_pages);
    settingsScroller->setObjectName(QStringLiteral("settingsScroller"));
    settingsScroller->setWidgetResizable(true);
    settingsScroller->setFrameShape(QFrame::NoFrame);
    settingsScroller->setWidget(m_settings);
    m_today = new lotsen::TodayPage(workspace, m_pages);
    m_today->setObjectName(QStringLiteral("todayPage"));
    m_today->setBackupStatus(m_backup);
    connect(m_today, &lotsen::TodayPage::openYouthRequested, this, [this](qint64 youthId) {
        showPage(YouthsPageIndex);
        m_youths->openYouth(youthId);
    });
    m_meetingPlace = new lotsen::MeetingPlacePage(workspace, m_pages);
    connect(m_meetingPlace, &lotsen::MeetingPlacePage::openYouthRequested, this, [this](qint64 youthId) {
        showPage(YouthsPageIndex);
        m_youths->openYouth(youthId);
    });
    m_accessLog = new lotsen::AccessLogPage(workspace, m_pages);
    auto* interventions = new lotsen::InterventionsPartnersPage(workspace, m_pages);
    connect(interventions, &lotsen::InterventionsPartnersPage::openYouthRequested, this, [this](qint64 youthId) {
        showPage(YouthsPageIndex);
        m_youths->openYouth(youthId);
    });
    struct PageInfo
    {
        QString name;
        QWidget* widget;
    };
    const PageInfo pages[] = {
        { tr("Today"), m_today },
        { tr("Youths"), m_youths },
        { tr("Meeting place"), m_meetingPlace },
        { tr("Interventions & partners"), interventions },
        { tr("Reports"), new lotsen::ReportsPage(workspace, m_pages) },
        { tr("Settings"), settingsScroller },
        { tr("Access log"), m_accessLog },
    };
    for (const PageInfo& page : pages) {
        new QListWidgetItem(page.name, m_navigation);
        m_pages->addWidget(page.widget);
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 36);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    // While locked the lock screen stands in front of the navigation and the pages, which keep their
    // state (page, cards, unsaved edits) behind it.
    m_lockStack = new QStackedWidget(this);
    m_lockStack->addWidget(central);
    m_lockScreen = new LockScreen(workspace.session(), m_lockStack);
    m_lockStack->addWidget(m_lockScreen);
    setCentralWidget(m_lockStack);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Unsaved settings are saved or discarded on purpose before another page is shown.
        if (m_pages->currentIndex() == SettingsPageIndex && row != SettingsPageIndex && !m_settings->confirmLeave()) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(SettingsPageIndex);
            return;
        }
        m_pages->setCurrentIndex(row);
    });

    createMenus();
    applyPermissions();
    connect(&workspace.session(), &Session::accessChanged, this, &MainWindow::applyPermissions);
    createLocking();

    auto* databaseLabel
        = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(workspace.database().path())), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);
    m_backupStatus = new QLabel(this);
    m_backupStatus->setObjectName(QStringLiteral("backupStatusLabel"));
    statusBar()->addPermanentWidget(m_backupStatus);
    connect(m_backup, &AutomaticBackup::stateChanged, this, &MainWindow::updateBackupStatus);
    if (demo) {
        statusBar()->showMessage(tr("Demo database with invented people. It is recreated at every start."));
    }

    AppSettings* settings = AppSettings::instance();
    if (!restoreGeometry(settings->value(AppSettings::Key::MainWindowGeometry).toByteArray())) {
        ScreenFit::resize(this, QSize(1200, 760));
    }
    restoreState(settings->value(AppSettings::Key::MainWindowState).toByteArray());
    // Lotsen always opens on Today: what needs doing comes first, whichever page was open last time.
    showPage(TodayPage);
}

QString MainWindow::pageKey(Page page)
{
    static const char* const keys[]
        = { "today", "youths", "meeting-place", "interventions", "reports", "settings", "access-log" };
    return QString::fromLatin1(keys[page]);
}

void MainWindow::applyPermissions()
{
    const Session& session = m_workspace.session();
    // Pages some roles do not have: hidden from the navigation and the Go menu, and left if open.
    const std::pair<Page, Permission> restrictedPages[]
        = { { ReportsPage, Permission::ViewReports }, { AccessLogPageIndex, Permission::ViewAccessLog } };
    for (const auto& [page, permission] : restrictedPages) {
        const bool allowed = session.allows(permission);
        m_navigation->item(page)->setHidden(!allowed);
        if (QAction* action = m_pageActions.value(page)) {
            action->setVisible(allowed);
            action->setEnabled(allowed);
        }
        m_pages->widget(page)->setEnabled(allowed);
        if (!allowed && currentPage() == page) {
            showPage(TodayPage);
        }
    }
    if (m_importAction) {
        m_importAction->setEnabled(session.allows(Permission::ImportYouths));
    }
    if (m_restoreAction) {
        m_restoreAction->setEnabled(session.allows(Permission::ManageBackups));
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString MainWindow::pageHelpTopic(Page page)
{
    return HelpTopics::forPage(pageKey(page));
}

QString MainWindow::helpTopic() const
{
    if (isShowingLockScreen()) {
        return QStringLiteral("locking");
    }
    return currentPage() == YouthsPageIndex ? HelpTopics::forYouthsPage(m_youths) : pageHelpTopic(currentPage());
}

void MainWindow::showHelp()
{
    HelpWindow::showTopic(this, helpTopic());
}

void MainWindow::showTour()
{
    auto* tour = new FirstStartTour(this);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    tour->open();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
    // Ctrl+1 (and the start) put the keyboard in the list, so arrows and Enter work the list at once.
    if (page == TodayPage) {
        m_today->setFocus();
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newYouth = file->addAction(tr("&New youth"), this, [this] {
        showPage(YouthsPageIndex);
        m_youths->newYouth();
    });
    newYouth->setShortcut(QKeySequence::New);
    newYouth->setObjectName(QStringLiteral("newYouthAction"));
    m_importAction = file->addAction(tr("&Import youths from CSV…"), this, [this] {
        showPage(YouthsPageIndex);
        m_youths->importYouths();
    });
    m_importAction->setObjectName(QStringLiteral("importYouthsAction"));
    QAction* exportPlanned = file->addAction(tr("E&xport my planned contacts…"), this,
                                             [this] { CalendarActions::exportMyPlannedContacts(this, m_workspace); });
    exportPlanned->setObjectName(QStringLiteral("exportPlannedContactsAction"));
    file->addAction((new BackupCommand(m_workspace, this))->action());
    m_restoreAction = file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    // A shared database is restored on its server (pg_restore), not by one PC replacing a file.
    m_restoreAction->setVisible(!m_workspace.database().isServer());
    auto* move = new MoveToServerCommand(m_workspace, this);
    file->addAction(move->action());
    connect(move, &MoveToServerCommand::moved, this, [this](const ServerAddress& address) {
        // Switched at once through main()'s loop, as a restore is; with unsaved edits kept, at the next start.
        m_pendingServer = address;
        if (!close()) {
            m_pendingServer.reset();
            MessageBox::information(this, tr("Move to a shared database"),
                                    tr("Lotsen opens the shared database at the next start."));
        }
    });
    QAction* closeCard = file->addAction(tr("&Close card"), m_youths, &YouthsPage::closeCurrentCard);
    closeCard->setShortcut(QKeySequence::Close);
    m_lockAction = file->addAction(tr("Loc&k"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* changePassword = file->addAction(tr("Change my &password…"), this, [this] {
        ChangePasswordDialog dialog(m_workspace, this);
        dialog.exec();
    });
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    // Only a logged-in user has a password of their own to change.
    changePassword->setEnabled(m_workspace.session().isLoggedIn());
    connect(&m_workspace.session(), &Session::loggedIn, changePassword,
            [changePassword] { changePassword->setEnabled(true); });
    connect(&m_workspace.session(), &Session::loggedOut, changePassword,
            [changePassword] { changePassword->setEnabled(false); });
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find youth"), this, [this] {
        showPage(YouthsPageIndex);
        m_youths->showRegister();
        m_youths->registerWidget()->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int page = 0; page < PageCount; ++page) {
        // A literal '&' in a page name ("Interventions & partners") must not become an accelerator.
        QString text = m_navigation->item(page)->text();
        text.replace(u'&', QStringLiteral("&&"));
        QAction* action = go->addAction(text, this, [this, page] { showPage(static_cast<Page>(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
        m_pageActions.append(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showHelp);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    QAction* tour = help->addAction(tr("&Tour of Lotsen"), this, &MainWindow::showTour);
    tour->setObjectName(QStringLiteral("tourAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Lotsen"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::isShowingLockScreen() const
{
    return m_lock->isShowingLockScreen();
}

void MainWindow::createLocking()
{
    m_lockAction->setIcon(QIcon::fromTheme(QStringLiteral("system-lock-screen")));
    m_lockAction->setToolTip(tr("Hide all personal data until the password is given (Ctrl+L)"));
    QToolBar* toolBar = addToolBar(tr("Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_lockAction);

    m_autoLock = new AutoLock(m_workspace, this);
    m_autoLock->setObjectName(QStringLiteral("autoLock"));
    m_lock = new LockController(m_workspace, this, m_lockStack, m_lockScreen, m_lockAction);
    connect(m_lock, &LockController::switchingUser, m_youths, &YouthsPage::discardAllCards);
    connect(m_lock, &LockController::switchingUser, m_settings, &SettingsPage::discardCentreSettings);
    m_lockScreen->setUnsavedEditsCheck([this] { return hasUnsavedEdits(); });
    connect(m_lock, &LockController::actionsRestored, this, &MainWindow::applyPermissions);
    connect(m_lock, &LockController::unlockedAsAnotherUser, this, [this] { showPage(TodayPage); });
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About Lotsen"),
        tr("<h3>Lotsen %1</h3>"
           "<p>Follow-up of young people at a drop-in meeting place, so that no one falls between the chairs.</p>"
           "<p>Licence: European Union Public Licence 1.2 (EUPL-1.2).</p>"
           "<p>Database: %2<br>Schema version: %3</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_workspace.database().path()).toHtmlEscaped())
            .arg(m_workspace.database().userVersion()));
}

bool MainWindow::hasUnsavedEdits() const
{
    const QList<YouthCard*> open = m_youths->cards();
    return m_settings->hasUnsavedChanges()
        || std::any_of(open.cbegin(), open.cend(), [](const YouthCard* card) { return card->isDirty(); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isShowingLockScreen()) {
        // The cards' own questions would say whose card it is: one question without names while locked.
        bool quit = true;
        if (hasUnsavedEdits()) {
            quit = m_lock->questionWhileLocked(
                       tr("Quit Lotsen"), tr("Lotsen is locked and there are unsaved changes. Quit and discard them?"),
                       QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Discard;
        }
        if (!quit) {
            event->ignore();
            return;
        }
        m_youths->discardAllCards();
        m_settings->discardCentreSettings();
    }
    if (m_settings->hasUnsavedChanges()) {
        showPage(SettingsPageIndex);
        if (!m_settings->confirmLeave()) {
            event->ignore();
            return;
        }
    }
    // The question about unsaved changes should appear with the card it is about.
    const QList<YouthCard*> cards = m_youths->cards();
    if (std::any_of(cards.begin(), cards.end(), [](const YouthCard* card) { return card->isDirty(); })) {
        showPage(YouthsPageIndex);
    }
    if (!m_youths->closeAllCards()) {
        event->ignore();
        return;
    }
    AppSettings* settings = AppSettings::instance();
    settings->setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    settings->setValue(AppSettings::Key::MainWindowState, saveState());
    settings->setValue(AppSettings::Key::LastPage, pageKey(currentPage()));
    // The backup at closing, while the user is still logged in to be named in its entry; not before a restore,
    // which keeps the current file anyway.
    if (m_backup->isEnabled() && !m_pendingRestore && !m_pendingServer) {
        statusBar()->showMessage(tr("Backing up before closing…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Result<void> backedUp = m_backup->runBeforeClosing();
        QApplication::restoreOverrideCursor();
        if (!backedUp) {
            MessageBox::warning(this, tr("Backup"),
                                tr("The backup at closing failed: %1\n\nThe database itself is saved; the next "
                                   "start tries again.")
                                    .arg(backedUp.message()));
        }
    }
    // A backup still running finishes (and is logged) before the session ends.
    m_backup->waitForFinished();
    // Quitting ends the session, and the access log says so (File › Quit wrote no logout entry).
    m_workspace.session().logOut();
    event->accept();
}

void MainWindow::startAutomaticBackups()
{
    m_backup->setEnabled(true);
    m_backup->runIfDueToday();
    connect(&m_workspace.session(), &Session::loggedIn, m_backup, &AutomaticBackup::runIfDueToday);
    updateBackupStatus();
}

void MainWindow::updateBackupStatus()
{
    m_backupStatus->setText(m_backup->statusText());
}

void MainWindow::restoreFromBackup()
{
    if (!m_workspace.session().allows(Permission::ManageBackups)) {
        return;
    }
    RestoreDialog dialog(m_workspace.database().path(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    BackupRestore::Request request = dialog.request();
    const std::optional<Account>& account = m_workspace.session().account();
    request.accountId = account ? account->id : 0;
    request.username = account ? account->username : QString();
    m_pendingRestore = request;
    if (!close()) {
        m_pendingRestore.reset(); // the user kept the window (unsaved changes)
    }
}

} // namespace lotsen
