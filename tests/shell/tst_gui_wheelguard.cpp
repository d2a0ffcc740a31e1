// GUI test: scrolling the Settings page with the mouse wheel over a spin box does not change it (it changed
// "prospect without contact" from 7 to 1 day for everyone); with the keyboard focus the wheel works as before.
#include "GuiTest.h"
#include "TestWorkspace.h"
#include "core/CentreSettings.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"

#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void wheelOverAnUnfocusedSpinBoxChangesNothing();
    void unitsFollowTheCount();

private:
    static void wheel(QWidget* widget, int steps);
};

void TestGuiWheelGuard::wheel(QWidget* widget, int steps)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void TestGuiWheelGuard::wheelOverAnUnfocusedSpinBoxChangesNothing()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    MainWindow window(fixture.workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::SettingsPageIndex);
    auto* days = GuiTest::child<QSpinBox>(&window, "prospectNoContactDays");
    const int before = fixture.workspace().centre().prospectNoContactDays();
    QCOMPARE(days->value(), before);
    QCOMPARE(days->focusPolicy(), Qt::StrongFocus);

    window.activateWindow();
    days->clearFocus();
    QVERIFY(!days->hasFocus());
    wheel(days, 3);
    QCOMPARE(days->value(), before);
    QCOMPARE(fixture.workspace().centre().prospectNoContactDays(), before);

    // Clicked into, the wheel changes it as in any program.
    days->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(days->hasFocus());
    wheel(days, 1);
    QCOMPARE(days->value(), before - 1);
}

void TestGuiWheelGuard::unitsFollowTheCount()
{
    // "1 dagar" was shown in Settings: the unit takes the translation's plural form for the count (checked here in
    // English, the source language; the Swedish forms are in lotsen_sv.ts, which translation_complete checks).
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.logInAsAdministrator().id != 0);
    MainWindow window(fixture.workspace(), false);
    window.showPage(MainWindow::SettingsPageIndex);
    auto* days = GuiTest::child<QSpinBox>(&window, "prospectNoContactDays");
    days->setValue(1);
    QCOMPARE(days->suffix(), u" day"_s);
    QCOMPARE(days->text(), u"1 day"_s);
    days->setValue(7);
    QCOMPARE(days->suffix(), u" days"_s);
    auto* weeks = GuiTest::child<QSpinBox>(&window, "reviewWeeks");
    weeks->setValue(1);
    QCOMPARE(weeks->text(), u"1 week"_s);
    auto* minutes = GuiTest::child<QSpinBox>(&window, "autoLockMinutes");
    minutes->setValue(2);
    QCOMPARE(minutes->text(), u"2 minutes"_s);
}

QTEST_MAIN(TestGuiWheelGuard)
#include "tst_gui_wheelguard.moc"
