// GUI tests: what a user sees when Lotsen cannot read what it needs. A list says so in its error line instead of
// an empty state ("no youths registered yet" would be a lie), and a dialog shows the reason and disables Save
// instead of offering a form that silently lacks what it could not read.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "contacts/ContactDialog.h"
#include "contacts/TimelineModel.h"
#include "contacts/TimelineTab.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "today/AttentionModel.h"
#include "today/TodayPage.h"
#include "youth/RegisterWidget.h"
#include "youth/YouthListModel.h"
#include "youth/YouthsPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiReadFailures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registerSaysItCouldNotRead();
    void timelineSaysItCouldNotRead();
    void todaySaysItCouldNotCompute();
    void dialogDisablesSaveWhenAReadFails();

private:
    // With LOTSEN_SCREENSHOT_DIR set, saves what the user sees, to look at (not compared by the test).
    static void screenshot(QWidget* widget, const QString& name);
    // Renames a table, so that every read of it fails as a damaged or unreachable database would.
    void hideTable(const QString& table);

    std::unique_ptr<TestWorkspace> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_youthId = 0;
};

void TestGuiReadFailures::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    const qint64 mentor = m_fixture->addStaff(u"Karin Mentorsson"_s);
    m_youthId = m_fixture->addYouth(u"Tova"_s, u"Testberg"_s, mentor, u"200001012384"_s);
    QVERIFY(m_youthId > 0);
    m_window = std::make_unique<MainWindow>(m_fixture->workspace(), false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiReadFailures::cleanup()
{
    GuiTest::closeModalWidgets();
    m_window.reset();
    m_fixture.reset();
}

void TestGuiReadFailures::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LOTSEN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }
}

void TestGuiReadFailures::hideTable(const QString& table)
{
    QSqlQuery rename(m_fixture->workspace().database().connection());
    QVERIFY2(rename.exec(u"ALTER TABLE %1 RENAME TO %1_hidden_by_test"_s.arg(table)), qPrintable(table));
}

void TestGuiReadFailures::registerSaysItCouldNotRead()
{
    m_window->showPage(MainWindow::YouthsPageIndex);
    RegisterWidget* registerWidget = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage")->registerWidget();
    auto* error = GuiTest::child<QLabel>(registerWidget, "registerError");
    auto* count = GuiTest::child<QLabel>(registerWidget, "registerCount");
    auto* table = GuiTest::child<QTableView>(registerWidget, "registerTable");
    auto* emptyAction = GuiTest::child<QPushButton>(registerWidget, "registerEmptyAction");
    QVERIFY(!error->isVisible());
    QCOMPARE(count->text(), u"Showing 1 of 1"_s);

    hideTable(u"staff"_s); // the register's rows join the mentor's name
    QVERIFY(!registerWidget->model()->refresh().ok());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // Not the empty state that invites registering the first youth, and no count that says 0 of 0.
    QVERIFY(!emptyAction->isVisible());
    QVERIFY(table->isVisible());
    QVERIFY(count->text().isEmpty());
    screenshot(m_window.get(), u"register-read-failed"_s);

    // Once the register can be read again, the error line goes.
    QSqlQuery restore(m_fixture->workspace().database().connection());
    QVERIFY(restore.exec(u"ALTER TABLE staff_hidden_by_test RENAME TO staff"_s));
    LOTSEN_VERIFY_OK(registerWidget->model()->refresh());
    QVERIFY(!error->isVisible());
    QCOMPARE(count->text(), u"Showing 1 of 1"_s);
}

void TestGuiReadFailures::timelineSaysItCouldNotRead()
{
    m_window->showPage(MainWindow::YouthsPageIndex);
    auto* youthsPage = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage");
    QVERIFY(youthsPage->openYouth(m_youthId));
    auto* timeline = youthsPage->findChild<TimelineTab*>();
    QVERIFY(timeline);
    for (QWidget* up = timeline->parentWidget(); up != nullptr; up = up->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(up); tabs && tabs->indexOf(timeline) >= 0) {
            tabs->setCurrentWidget(timeline);
            break;
        }
    }
    QVERIFY(timeline->isVisible());
    auto* error = GuiTest::child<QLabel>(timeline, "timelineError");
    auto* emptyText = GuiTest::child<QLabel>(timeline, "timelineEmptyText");
    QVERIFY(!error->isVisible());

    hideTable(u"contact"_s);
    QVERIFY(!GuiTest::child<TimelineModel>(timeline, "model")->refresh().ok());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // "No contacts yet" would tell a false story about the youth.
    QVERIFY(emptyText->isHidden());
    screenshot(m_window.get(), u"timeline-read-failed"_s);
}

void TestGuiReadFailures::todaySaysItCouldNotCompute()
{
    m_window->showPage(MainWindow::TodayPage);
    auto* today = GuiTest::child<TodayPage>(m_window.get(), "todayPage");
    auto* count = GuiTest::child<QLabel>(today, "todayCount");
    auto* empty = GuiTest::child<QWidget>(today, "todayEmpty");

    hideTable(u"referral"_s); // Today looks for unanswered referrals
    QVERIFY(!GuiTest::child<AttentionModel>(today, "model")->refresh().ok());
    QVERIFY(count->text().startsWith(u"The list could not be computed: "_s));
    // Not "nothing needs attention": nobody can tell.
    QVERIFY(empty->isHidden());
}

void TestGuiReadFailures::dialogDisablesSaveWhenAReadFails()
{
    hideTable(u"staff"_s); // the dialog's list of who had the contact
    ContactDialog dialog(m_fixture->workspace(), m_youthId, ContactDialog::Mode::New);
    dialog.show();
    auto* error = GuiTest::child<QLabel>(&dialog, "contactError");
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!GuiTest::child<QPushButton>(&dialog, "contactSave")->isEnabled());
    screenshot(&dialog, u"contact-dialog-read-failed"_s);
}

QTEST_MAIN(TestGuiReadFailures)
#include "tst_gui_readfailures.moc"
