// GUI test: every control that takes input or shows data has an accessible name that says what it is, so that a
// screen reader can read it (search fields, filters, the page list, tables, lists, icon-only buttons). It walks the
// widget tree of each main page, of the outreach list, and of a youth's card with each of its tabs, as the
// administrator (who sees every control), and fails with the path of each control without a name.
#include "GuiTest.h"
#include "TestWorkspace.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiAccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void aControlWithoutANameIsFound();

private:
    // The controls below `root` that a screen reader cannot name.
    static QStringList unnamed(const QWidget* root);
    static bool needsName(const QWidget* widget);
    static QString path(const QWidget* widget);

    std::unique_ptr<TestWorkspace> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_youthId = 0;
};

void TestGuiAccessibleNames::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    const qint64 mentor = m_fixture->addStaff(u"Karin Mentorsson"_s);
    m_youthId = m_fixture->addYouth(u"Amina"_s, u"Hassan"_s, mentor);
    QVERIFY(m_youthId != 0);
    m_window = std::make_unique<MainWindow>(m_fixture->workspace(), false);
    m_window->resize(1366, 728);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiAccessibleNames::cleanup()
{
    GuiTest::closeModalWidgets();
    m_window.reset();
    m_fixture.reset();
}

bool TestGuiAccessibleNames::needsName(const QWidget* widget)
{
    // Parts of a composite control are named through it: a spin box's or combo box's line edit, a view's
    // scroll bars, headers and viewport.
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QAbstractItemView*>(parent)) {
            return false;
        }
    }
    // A line edit's clear button is named by Qt ("Clear text") when shown.
    if (qobject_cast<const QHeaderView*>(widget) || qobject_cast<const QLineEdit*>(widget->parentWidget())) {
        return false;
    }
    if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget)
        || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)) {
        return true;
    }
    // A button is named by its text; one with only an icon needs a name of its own. Qt's own extension buttons
    // (qt_toolbar_ext_button) and buttons without text while hidden (given one when shown) are left out.
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        return button->text().isEmpty() && !qobject_cast<const QTabBar*>(widget->parentWidget())
            && !widget->objectName().startsWith(u"qt_"_s) && widget->isVisibleTo(widget->window());
    }
    return false;
}

QString TestGuiAccessibleNames::path(const QWidget* widget)
{
    QStringList parts;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        parts.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    return parts.join(u'/');
}

QStringList TestGuiAccessibleNames::unnamed(const QWidget* root)
{
    QStringList found;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        // Hidden ones too: a table behind an empty state ("nothing to do today") is shown once it has rows.
        if (!needsName(widget)) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            found << path(widget);
        }
    }
    return found;
}

void TestGuiAccessibleNames::everyControlHasAName_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("tab"); // on the Youths page: -1 the register, -2 outreach, else the card's tab
    QTest::newRow("today") << int(MainWindow::TodayPage) << 0;
    QTest::newRow("register") << int(MainWindow::YouthsPageIndex) << -1;
    QTest::newRow("outreach") << int(MainWindow::YouthsPageIndex) << -2;
    for (int tab = 0; tab < 5; ++tab) {
        QTest::newRow(qPrintable(u"youth card, tab %1"_s.arg(tab))) << int(MainWindow::YouthsPageIndex) << tab;
    }
    QTest::newRow("meeting place") << int(MainWindow::MeetingPlacePage) << 0;
    QTest::newRow("interventions and partners") << int(MainWindow::InterventionsPage) << 0;
    QTest::newRow("settings") << int(MainWindow::SettingsPageIndex) << 0;
    QTest::newRow("access log") << int(MainWindow::AccessLogPageIndex) << 0;
}

void TestGuiAccessibleNames::everyControlHasAName()
{
    QFETCH(int, page);
    QFETCH(int, tab);
    m_window->showPage(static_cast<MainWindow::Page>(page));
    if (page == MainWindow::YouthsPageIndex) {
        auto* youths = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage");
        if (tab == -2) {
            youths->showOutreach();
        } else if (tab >= 0) {
            YouthCard* card = youths->openYouth(m_youthId);
            QVERIFY(card);
            auto* tabs = card->findChild<QTabWidget*>();
            QVERIFY(tabs);
            QVERIFY(tab < tabs->count());
            tabs->setCurrentIndex(tab);
        }
    }
    QApplication::processEvents();
    // The main window's own controls (the page list) come with every page.
    const QStringList missing = unnamed(m_window.get());
    for (const QString& control : missing) {
        qWarning("without an accessible name: %s", qPrintable(control));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"%1 controls without an accessible name"_s.arg(missing.size())));
}

void TestGuiAccessibleNames::aControlWithoutANameIsFound()
{
    // The check can fail: a line edit with no label, no name and no placeholder is reported.
    QWidget window;
    auto* edit = new QLineEdit(&window);
    edit->setObjectName(u"nameless"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(unnamed(&window), QStringList { u"QWidget/nameless"_s });
    edit->setAccessibleName(u"Search"_s);
    QVERIFY(unnamed(&window).isEmpty());
}

QTEST_MAIN(TestGuiAccessibleNames)
#include "tst_gui_accessiblenames.moc"
