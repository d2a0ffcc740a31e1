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

QTEST_MAIN(TestGuiWheelGuard)
#include "tst_gui_wheelguard.moc"
