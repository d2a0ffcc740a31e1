// GUI test of the built-in help: F1 opens the guide at the section of what is in front, Help › Keyboard shortcuts
// lists every shortcut the main window really has, the first-start tour pages through its panels, can be skipped,
// and is shown once per database; help: links in labels open the guide.
#include "GuiTest.h"
#include "TestWorkspace.h"
#include "core/AppSettings.h"
#include "core/Database.h"
#include "help/FirstStartTour.h"
#include "help/HelpLinks.h"
#include "help/HelpWindow.h"
#include "help/ShortcutsDialog.h"
#include "shell/MainWindow.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiHelp : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void helpMenu();
    void f1OpensTheGuideAtThePageInFront();
    void f1OnTheYouthCardOpensItsTab();
    void searchTheGuide();
    void shortcutsDialogListsEveryShortcut();
    void tourPagesThroughItsPanels();
    void tourCanBeSkipped();
    void tourIsShownOncePerDatabase();
    void helpLinksOpenTheGuide();
    void emptyStatesLinkToTheGuide();

private:
    // Every key sequence of an action, shortcut or button (not a mere mnemonic) under `root`, with what has it.
    static QList<std::pair<QKeySequence, QString>> shortcutsUnder(const QObject* root);
};

void TestGuiHelp::cleanup()
{
    GuiTest::closeModalWidgets();
}

void TestGuiHelp::helpMenu()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    MainWindow window(fixture.workspace(), false);
    QMenu* help = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == u"&Help"_s) {
            help = menu->menu();
        }
    }
    QVERIFY(help);
    QStringList texts;
    for (const QAction* action : help->actions()) {
        texts.append(action->isSeparator() ? u"-"_s : action->text());
    }
    QCOMPARE(texts,
             QStringList({ u"&User guide"_s, u"&Keyboard shortcuts"_s, u"&Tour of Lotsen"_s, u"-"_s, u"&About Lotsen"_s,
                           u"About &Qt"_s }));
    QCOMPARE(GuiTest::child<QAction>(&window, "userGuideAction")->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

void TestGuiHelp::f1OpensTheGuideAtThePageInFront()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    MainWindow window(fixture.workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!HelpWindow::instance());

    window.showPage(MainWindow::ReportsPage);
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(HelpWindow::instance() && HelpWindow::instance()->isVisible());
    HelpWindow* help = HelpWindow::instance();
    QCOMPARE(help->currentTopic(), u"page-reports"_s);
    auto* browser = GuiTest::child<QTextBrowser>(help, "helpBrowser");
    QCOMPARE(browser->source().path(), u"/help/en/guide.html"_s);
    // Scrolled down to the section, away from the contents at the top.
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    const int reportsAt = browser->verticalScrollBar()->value();

    // One help window: F1 on another page moves it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::TodayPage);
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_COMPARE(help->currentTopic(), u"page-today"_s);
    QCOMPARE(HelpWindow::instance(), help);
    QCOMPARE(window.findChildren<HelpWindow*>().size(), 1);
    QTRY_VERIFY(browser->verticalScrollBar()->value() < reportsAt);

    // Back returns to the section before; Contents to the top.
    GuiTest::child<QAction>(help, "helpBackAction")->trigger();
    QCOMPARE(help->currentTopic(), u"page-reports"_s);
    GuiTest::child<QAction>(help, "helpContentsAction")->trigger();
    QCOMPARE(help->currentTopic(), u"contents"_s);
    QTRY_COMPARE(browser->verticalScrollBar()->value(), 0);
}

void TestGuiHelp::f1OnTheYouthCardOpensItsTab()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    const qint64 youth = fixture.addYouth(u"Sara"_s, u"Lind"_s);
    QVERIFY(youth != 0);
    MainWindow window(fixture.workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    window.showPage(MainWindow::YouthsPageIndex);
    QCOMPARE(window.helpTopic(), u"page-youths"_s);
    auto* youths = GuiTest::child<YouthsPage>(&window, "youthsPage");
    youths->showOutreach();
    QCOMPARE(window.helpTopic(), u"youths-outreach"_s);
    YouthCard* card = youths->openYouth(youth);
    QVERIFY(card);
    QCOMPARE(window.helpTopic(), u"card-personal-data"_s);
    const QStringList expected = { u"card-personal-data"_s, u"card-action-plan"_s,     u"card-timeline"_s,
                                   u"card-interventions"_s, u"card-network-consent"_s, u"card-enrolment"_s };
    QCOMPARE(card->tabs()->count(), int(expected.size()));
    for (int tab = 0; tab < card->tabs()->count(); ++tab) {
        card->tabs()->setCurrentIndex(tab);
        QCOMPARE(window.helpTopic(), expected.at(tab));
    }
    card->tabs()->setCurrentWidget(GuiTest::child<QWidget>(card, "timelineTab"));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(HelpWindow::instance() && HelpWindow::instance()->isVisible());
    QCOMPARE(HelpWindow::instance()->currentTopic(), u"card-timeline"_s);
}

void TestGuiHelp::searchTheGuide()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    MainWindow window(fixture.workspace(), false);
    window.show();
    HelpWindow* help = HelpWindow::showTopic(&window, QString());
    QVERIFY(QTest::qWaitForWindowActive(help));
    auto* search = GuiTest::child<QLineEdit>(help, "helpSearch");
    auto* browser = GuiTest::child<QTextBrowser>(help, "helpBrowser");
    QTest::keyClick(help, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"snooze"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(browser->textCursor().selectedText().toLower(), u"snooze"_s);
    const int first = browser->textCursor().position();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(browser->textCursor().position() > first);
    auto* status = GuiTest::child<QLabel>(help, "helpSearchStatus");
    QVERIFY(status->text().isEmpty());
    search->setText(u"xyzzy-not-in-the-guide"_s);
    QVERIFY(!help->findNext());
    QCOMPARE(status->text(), u"Not found"_s);
}

QList<std::pair<QKeySequence, QString>> TestGuiHelp::shortcutsUnder(const QObject* root)
{
    QList<std::pair<QKeySequence, QString>> found;
    for (const QAction* action : root->findChildren<QAction*>()) {
        for (const QKeySequence& keys : action->shortcuts()) {
            found.append({ keys, u"action "_s + action->text() });
        }
    }
    for (const QShortcut* shortcut : root->findChildren<QShortcut*>()) {
        for (const QKeySequence& keys : shortcut->keys()) {
            found.append(
                { keys, u"shortcut under "_s + QString::fromLatin1(shortcut->parent()->metaObject()->className()) });
        }
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        // A button's underlined letter (Alt+letter) is a mnemonic, not a shortcut of its own.
        if (!button->shortcut().isEmpty() && button->shortcut() != QKeySequence::mnemonic(button->text())) {
            found.append({ button->shortcut(), u"button "_s + button->objectName() + u' ' + button->toolTip() });
        }
    }
    return found;
}

void TestGuiHelp::shortcutsDialogListsEveryShortcut()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    const qint64 youth = fixture.addYouth(u"Sara"_s, u"Lind"_s);
    MainWindow window(fixture.workspace(), false);
    window.show();
    // Everything that has shortcuts: the pages, a youth card with all its tabs, and the help window.
    QVERIFY(GuiTest::child<YouthsPage>(&window, "youthsPage")->openYouth(youth));
    HelpWindow::showTopic(&window, QString());

    GuiTest::child<QAction>(&window, "keyboardShortcutsAction")->trigger();
    ShortcutsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog*>()) && dialog->isVisible());
    auto* table = GuiTest::child<QTableWidget>(dialog, "shortcutsTable");
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->rowCount(), int(ShortcutsDialog::shortcuts().size()));
    QList<QKeySequence> listed;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, 0)->text().isEmpty());
        QVERIFY(!table->item(row, 1)->text().isEmpty());
        const auto keys = table->item(row, 2)->data(Qt::UserRole).value<QList<QKeySequence>>();
        QVERIFY2(!keys.isEmpty(), qPrintable(table->item(row, 1)->text()));
        // Shown as the system writes keys.
        QVERIFY(table->item(row, 2)->text().startsWith(keys.first().toString(QKeySequence::NativeText)));
        listed += keys;
    }

    const QList<std::pair<QKeySequence, QString>> actual = shortcutsUnder(&window);
    QVERIFY(actual.size() >= 25);
    QStringList missing;
    for (const auto& [keys, owner] : actual) {
        if (!listed.contains(keys)) {
            missing.append(keys.toString() + u" ("_s + owner + u')');
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"Not in Help › Keyboard shortcuts: "_s + missing.join(u", "_s)));
    // The main window's own ones by name, among them F1 and the pages.
    for (const QKeySequence& keys : { QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::CTRL | Qt::Key_7),
                                      QKeySequence(Qt::CTRL | Qt::Key_L) }) {
        QVERIFY(ShortcutsDialog::lists(keys));
    }
}

void TestGuiHelp::tourPagesThroughItsPanels()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    FirstStartTour tour;
    tour.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tour));
    QCOMPARE(tour.panelCount(), 4);
    auto* next = GuiTest::child<QPushButton>(&tour, "tourNext");
    auto* back = GuiTest::child<QPushButton>(&tour, "tourBack");
    auto* done = GuiTest::child<QPushButton>(&tour, "tourDone");
    QCOMPARE(tour.currentPanel(), 0);
    QVERIFY(!back->isEnabled());
    QVERIFY(!done->isVisible());
    for (int panel = 1; panel < tour.panelCount(); ++panel) {
        QVERIFY(next->isVisible());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(tour.currentPanel(), panel);
        QVERIFY(back->isEnabled());
    }
    QVERIFY(!next->isVisible());
    QVERIFY(done->isVisible());
    QVERIFY(GuiTest::child<QLabel>(&tour, "tourPanel4")->text().contains(u"F1"_s));
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(tour.currentPanel(), tour.panelCount() - 2);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(tour.result(), int(QDialog::Accepted));
    QVERIFY(!tour.isVisible());
}

void TestGuiHelp::tourCanBeSkipped()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    {
        FirstStartTour tour;
        tour.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tour));
        QTest::mouseClick(GuiTest::child<QPushButton>(&tour, "tourSkip"), Qt::LeftButton);
        QCOMPARE(tour.result(), int(QDialog::Rejected));
        QVERIFY(!tour.isVisible());
    }
    {
        FirstStartTour tour;
        tour.show();
        QVERIFY(QTest::qWaitForWindowActive(&tour));
        GuiTest::child<QPushButton>(&tour, "tourNext")->click();
        QTest::keyClick(&tour, Qt::Key_Escape);
        QCOMPARE(tour.result(), int(QDialog::Rejected));
        QVERIFY(!tour.isVisible());
    }
}

void TestGuiHelp::tourIsShownOncePerDatabase()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    const QString database = fixture.database().path();
    MainWindow window(fixture.workspace(), false);
    window.show();
    // A window of its own does not show it: main() asks for it after the login.
    QVERIFY(!window.findChild<FirstStartTour*>());
    QVERIFY(!FirstStartTour::hasBeenShownFor(database));

    QPointer<FirstStartTour> tour = FirstStartTour::showOnce(database, &window);
    QVERIFY(tour);
    QTRY_VERIFY(tour->isVisible());
    QTest::mouseClick(GuiTest::child<QPushButton>(tour, "tourSkip"), Qt::LeftButton);
    QTRY_VERIFY(!tour); // deleted on close

    // The next start (settings read again from the file) on the same database: not again.
    AppSettings::useFile(fixture.filePath(u"settings.ini"_s));
    QVERIFY(FirstStartTour::hasBeenShownFor(database));
    QVERIFY(!FirstStartTour::showOnce(database, &window));
    QVERIFY(!window.findChild<FirstStartTour*>());
    // Written another way, it is still the same file.
    QVERIFY(FirstStartTour::hasBeenShownFor(database + u"/../"_s + QFileInfo(database).fileName()));

    // Another database gets its tour; Help › Tour of Lotsen shows it again whenever asked.
    QPointer<FirstStartTour> other = FirstStartTour::showOnce(fixture.filePath(u"other.lotsen"_s), &window);
    QVERIFY(other);
    other->close();
    QTRY_VERIFY(!other);
    GuiTest::child<QAction>(&window, "tourAction")->trigger();
    QTRY_VERIFY(window.findChild<FirstStartTour*>() && window.findChild<FirstStartTour*>()->isVisible());
    window.findChild<FirstStartTour*>()->reject();
}

void TestGuiHelp::helpLinksOpenTheGuide()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    MainWindow window(fixture.workspace(), false);
    window.show();
    QCOMPARE(HelpLinks::linkText(u"Read <more>"_s, u"page-today"_s),
             u"<a href=\"help:page-today\">Read &lt;more&gt;</a>"_s);
    QCOMPARE(HelpLinks::anchorOf(u"help:task-import-kaa"_s), u"task-import-kaa"_s);
    QVERIFY(HelpLinks::anchorOf(u"https://example.org"_s).isEmpty());

    auto* label
        = new QLabel(u"Nothing here yet. "_s + HelpLinks::linkText(u"Read more"_s, u"task-import-kaa"_s), &window);
    HelpLinks::connect(label);
    QCOMPARE(label->textFormat(), Qt::RichText);
    emit label->linkActivated(u"help:task-import-kaa"_s);
    QTRY_VERIFY(HelpWindow::instance() && HelpWindow::instance()->isVisible());
    QCOMPARE(HelpWindow::instance()->currentTopic(), u"task-import-kaa"_s);
}

void TestGuiHelp::emptyStatesLinkToTheGuide()
{
    // A new database: every list is empty, and each empty state links to the section that explains it.
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    MainWindow window(fixture.workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const std::pair<MainWindow::Page, const char*> pages[] = { { MainWindow::TodayPage, "todayEmpty" },
                                                               { MainWindow::YouthsPageIndex, "registerEmptyText" },
                                                               { MainWindow::YouthsPageIndex, "outreachEmpty" },
                                                               { MainWindow::InterventionsPage, "partnerEmpty" },
                                                               { MainWindow::InterventionsPage, "catalogueEmpty" } };
    for (const auto& [page, name] : pages) {
        window.showPage(page);
        auto* label = GuiTest::child<QLabel>(&window, name);
        QTRY_VERIFY2(label->text().contains(u"href=\"help:"_s), name);
        const qsizetype start = label->text().indexOf(u"help:"_s) + 5;
        const QString anchor = label->text().mid(start, label->text().indexOf(u'"', start) - start);
        emit label->linkActivated(u"help:"_s + anchor);
        QTRY_VERIFY(HelpWindow::instance() && HelpWindow::instance()->isVisible());
        QCOMPARE(HelpWindow::instance()->currentTopic(), anchor);
        // The section exists: the browser scrolled to it or it is the first one.
        QVERIFY2(HelpWindow::instance()->findChild<QTextBrowser*>()->document()->toHtml().contains(
                     u"name=\"%1\""_s.arg(anchor)),
                 qPrintable(anchor));
    }
}

QTEST_MAIN(TestGuiHelp)
#include "tst_gui_help.moc"
