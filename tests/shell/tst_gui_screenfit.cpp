// GUI test: dialogs fit the screen. The print preview opened at 900×1000 on a screen 768 pixels high, its
// buttons out of reach. The offscreen platform's screen (800×600) is smaller than what the large dialogs ask for.
#include "GuiTest.h"
#include "TestWorkspace.h"
#include "core/Workspace.h"
#include "documents/DocumentPrinter.h"
#include "outreach/ImportDialog.h"
#include "shell/ScreenFit.h"

#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void availableIsWithinTheScreen();
    void printPreviewFitsTheScreen();
    void importDialogFitsTheScreen();
    void smallDialogsKeepTheirSize();
};

void TestGuiScreenFit::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
}

void TestGuiScreenFit::availableIsWithinTheScreen()
{
    QWidget window;
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    const QSize room = ScreenFit::available(&window);
    QVERIFY(room.width() <= screen.width());
    QVERIFY(room.height() < screen.height()); // the title bar is outside the window's size
    QVERIFY2(screen.height() < 1000, "the test needs a screen lower than the print preview's wish");
}

void TestGuiScreenFit::printPreviewFitsTheScreen()
{
    QWidget parent;
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    const QSize room = ScreenFit::available(&parent);
    bool handled = false;
    QSize seen;
    GuiTest::whenModal<QPrintPreviewDialog>(
        this,
        [&seen](QPrintPreviewDialog* dialog) {
            seen = dialog->size();
            dialog->reject();
        },
        &handled);
    DocumentPrinter::preview(
        &parent, [] { return Result<void>(success()); },
        [] {
            auto document = std::make_unique<QTextDocument>();
            document->setPlainText(u"Test"_s);
            return Result<std::unique_ptr<QTextDocument>>(std::move(document));
        });
    QVERIFY(handled);
    QVERIFY2(seen.height() <= room.height() && seen.width() <= room.width(),
             qPrintable(u"%1×%2 on %3×%4"_s.arg(seen.width()).arg(seen.height()).arg(room.width()).arg(room.height())));
    QCOMPARE(seen.height(), room.height()); // as high as there is room for, since it wanted more
}

void TestGuiScreenFit::importDialogFitsTheScreen()
{
    TestWorkspace fixture;
    QVERIFY(fixture.open());
    ImportDialog dialog(fixture.workspace());
    const QSize room = ScreenFit::available(&dialog);
    QVERIFY(dialog.width() <= room.width());
    QVERIFY(dialog.height() <= room.height());
}

void TestGuiScreenFit::smallDialogsKeepTheirSize()
{
    QWidget widget;
    ScreenFit::resize(&widget, QSize(300, 200));
    QCOMPARE(widget.size(), QSize(300, 200));
}

QTEST_MAIN(TestGuiScreenFit)
#include "tst_gui_screenfit.moc"
