#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace lotsen {

// What the GUI tests do again and again with dialogs: find the one that is open, answer one that runs its own
// event loop (exec), close what a failed test left open, and put the MessageBox/FileDialog seams back.
class GuiTest
{
public:
    // The modal dialog of type T once it is open and visible, or nullptr after timeoutMs.
    template<typename T> static T* waitForDialog(int timeoutMs = 5000)
    {
        T* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&dialog] {
                dialog = qobject_cast<T*>(QApplication::activeModalWidget());
                return dialog != nullptr && dialog->isVisible();
            },
            timeoutMs);
        return shown ? dialog : nullptr;
    }

    // Calls handler with the modal dialog of type T as soon as one is open: the trigger that opens it runs exec()
    // and returns only when it is closed, so this polls from the dialog's event loop. Sets *handled when it has
    // run. Gives up after giveUpMs by closing whatever modal is open, so that a broken dialog fails the test
    // instead of hanging it. context (the test object) ends the polling if it goes first.
    template<typename T>
    static void whenModal(QObject* context, std::function<void(T*)> handler, bool* handled = nullptr,
                          int giveUpMs = 5000)
    {
        auto* timer = new QTimer(context);
        timer->setInterval(10);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(timer, &QTimer::timeout, context, [timer, handler, handled, started, giveUpMs] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* dialog = qobject_cast<T*>(modal)) {
                timer->stop();
                timer->deleteLater();
                if (handled) {
                    *handled = true;
                }
                handler(dialog);
            } else if (started->elapsed() > giveUpMs) {
                timer->stop();
                timer->deleteLater();
                if (modal) {
                    modal->close();
                }
            }
        });
        timer->start();
    }

    // The child of parent (at any depth) of type T named `name`: how the tests reach a view's widgets, models and
    // actions (views give each one a test needs an objectName instead of a getter). A missing or ambiguous name is a
    // broken test, not a failed check, so it stops the test run with the name in the message instead of handing
    // back nullptr.
    template<typename T> static T* child(const QObject* parent, const char* name)
    {
        const QString objectName = QString::fromLatin1(name);
        if (parent == nullptr) {
            qFatal("GuiTest::child: no parent to look for \"%s\" in", name);
        }
        const QList<T*> found = parent->findChildren<T*>(objectName);
        if (found.size() != 1) {
            qFatal("GuiTest::child: %s \"%s\" under %s \"%s\" (%s)", found.isEmpty() ? "no" : "more than one", name,
                   parent->metaObject()->className(), qPrintable(parent->objectName()),
                   T::staticMetaObject.className());
        }
        return found.first();
    }

    // Closes every modal widget still open, so that the next test starts clean.
    static void closeModalWidgets();
    // The MessageBox, FileDialog and ContactDialog seams back to "ask the user" and no default.
    static void resetSeams();
};

} // namespace lotsen
