#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace lotsen {

class SettingsPage;
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
        PageCount
    };
    Q_ENUM(Page)

    MainWindow(Workspace& workspace, bool demo, QWidget* parent = nullptr);

    YouthsPage* youthsPage() const { return m_youths; }
    SettingsPage* settingsPage() const { return m_settings; }
    Page currentPage() const;

public slots:
    void showPage(lotsen::MainWindow::Page page);
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    static QString pageKey(Page page);

    Workspace& m_workspace;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    YouthsPage* m_youths = nullptr;
    SettingsPage* m_settings = nullptr;
};

} // namespace lotsen
