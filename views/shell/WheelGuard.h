#pragma once

#include <QObject>

namespace lotsen {

// A spin box or combo box changes with the mouse wheel only when it has the keyboard focus. Otherwise the wheel
// scrolls the page or dialog it is on: scrolling through Settings or a form must never change a value on the way.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every spin box and combo box of the application, dialogs included; a second call does nothing.
    static void installOnApplication();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace lotsen
