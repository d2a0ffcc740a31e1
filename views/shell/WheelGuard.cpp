#include "shell/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>

namespace lotsen {

namespace {

bool isGuarded(const QObject* object)
{
    return qobject_cast<const QAbstractSpinBox*>(object) != nullptr
        || qobject_cast<const QComboBox*>(object) != nullptr;
}

} // namespace

void WheelGuard::installOnApplication()
{
    if (qApp == nullptr || qApp->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly) != nullptr) {
        return;
    }
    qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish && isGuarded(watched)) {
        // Not focused by the wheel either: a click or Tab gives the focus, and then the wheel works.
        static_cast<QWidget*>(watched)->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel && isGuarded(watched)) {
        auto* widget = static_cast<QWidget*>(watched);
        if (!widget->hasFocus() && widget->parentWidget() != nullptr) {
            // The page scrolls instead: the parent gets the event, as if the box were not there.
            QCoreApplication::sendEvent(widget->parentWidget(), event);
            return true;
        }
    }
    return false;
}

} // namespace lotsen
