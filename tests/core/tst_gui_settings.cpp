// GUI test: the centre's settings change only when Save is pressed (a mouse wheel once changed a rule for
// everyone, saved at once); Undo shows the stored values again; leaving the page with unsaved changes asks, and
// Cancel keeps the user on the page with the changes.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "core/CentreSettings.h"
#include "core/SettingsPage.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingIsWrittenBeforeSave();
    void undoShowsTheStoredValues();
    void leavingThePageAsks_data();
    void leavingThePageAsks();
    void ctrlSSaves();

private:
    int loggedChanges();

    std::unique_ptr<TestWorkspace> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QSpinBox* m_days = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_undo = nullptr;
};

void TestGuiSettings::init()
{
    m_fixture = std::make_unique<TestWorkspace>();
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_window = std::make_unique<MainWindow>(m_fixture->workspace(), false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(MainWindow::SettingsPageIndex);
    m_days = GuiTest::child<QSpinBox>(m_window.get(), "prospectNoContactDays");
    m_name = GuiTest::child<QLineEdit>(m_window.get(), "centreName");
    m_save = GuiTest::child<QPushButton>(m_window.get(), "saveCentreSettings");
    m_undo = GuiTest::child<QPushButton>(m_window.get(), "cancelCentreSettings");
}

void TestGuiSettings::cleanup()
{
    GuiTest::resetSeams();
    GuiTest::closeModalWidgets();
    m_window.reset();
    m_fixture.reset();
}

int TestGuiSettings::loggedChanges()
{
    AccessLog::Filter filter;
    filter.action = AccessAction::ChangeSetting;
    return static_cast<int>(LOTSEN_VALUE(m_fixture->workspace().accessLog().entries(filter)).size());
}

void TestGuiSettings::nothingIsWrittenBeforeSave()
{
    CentreSettings& centre = m_fixture->workspace().centre();
    QVERIFY(!m_save->isEnabled());
    QVERIFY(!m_undo->isEnabled());
    m_days->setValue(1);
    m_name->setText(u"Mötesplats Väster"_s);
    QCOMPARE(centre.prospectNoContactDays(), CentreSettings::DefaultProspectNoContactDays);
    QCOMPARE(centre.value(CentreSettings::Key::CentreName).toString(), QString());
    QVERIFY(m_save->isEnabled());
    QVERIFY(m_undo->isEnabled());
    QCOMPARE(loggedChanges(), 0);

    QTest::mouseClick(m_save, Qt::LeftButton);
    QCOMPARE(centre.prospectNoContactDays(), 1);
    QCOMPARE(centre.centreName(), u"Mötesplats Väster"_s);
    QCOMPARE(loggedChanges(), 2);
    QVERIFY(!m_save->isEnabled());
    // Back to the stored value by hand: nothing left to save.
    m_days->setValue(2);
    m_days->setValue(1);
    QVERIFY(!m_save->isEnabled());
}

void TestGuiSettings::undoShowsTheStoredValues()
{
    m_days->setValue(30);
    QTest::mouseClick(m_undo, Qt::LeftButton);
    QCOMPARE(m_days->value(), CentreSettings::DefaultProspectNoContactDays);
    QVERIFY(!m_save->isEnabled());
    QCOMPARE(m_fixture->workspace().centre().prospectNoContactDays(), CentreSettings::DefaultProspectNoContactDays);
    QCOMPARE(loggedChanges(), 0);
}

void TestGuiSettings::leavingThePageAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("pageAfter");
    QTest::addColumn<int>("storedAfter");
    QTest::addColumn<int>("shownAfter");
    const int unchanged = CentreSettings::DefaultProspectNoContactDays;
    QTest::newRow("cancel: stays with the change")
        << int(QMessageBox::Cancel) << int(MainWindow::SettingsPageIndex) << unchanged << 20;
    QTest::newRow("save") << int(QMessageBox::Save) << int(MainWindow::TodayPage) << 20 << 20;
    QTest::newRow("discard") << int(QMessageBox::Discard) << int(MainWindow::TodayPage) << unchanged << unchanged;
}

void TestGuiSettings::leavingThePageAsks()
{
    QFETCH(int, answer);
    QFETCH(int, pageAfter);
    QFETCH(int, storedAfter);
    QFETCH(int, shownAfter);
    m_days->setValue(20);
    MessageBox::setNextAnswer(static_cast<QMessageBox::StandardButton>(answer));
    m_window->showPage(MainWindow::TodayPage);
    QVERIFY(MessageBox::lastText().contains(u"not saved"_s));
    QCOMPARE(static_cast<int>(m_window->currentPage()), pageAfter);
    QCOMPARE(m_fixture->workspace().centre().prospectNoContactDays(), storedAfter);
    QCOMPARE(m_days->value(), shownAfter);

    // With nothing unsaved there is no question.
    m_window->showPage(MainWindow::SettingsPageIndex);
    QTest::mouseClick(m_undo, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const QString before = MessageBox::lastText();
    m_window->showPage(MainWindow::YouthsPageIndex);
    QCOMPARE(m_window->currentPage(), MainWindow::YouthsPageIndex);
    QCOMPARE(MessageBox::lastText(), before);
}

void TestGuiSettings::ctrlSSaves()
{
    m_days->setFocus();
    m_days->setValue(9);
    QTest::keySequence(m_days, QKeySequence::Save);
    QCOMPARE(m_fixture->workspace().centre().prospectNoContactDays(), 9);
    QCOMPARE(loggedChanges(), 1);
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
