#pragma once

#include <QSize>

class QWidget;

namespace lotsen {

// Window sizes that fit the screen: a dialog asks for the size it would like, and gets at most what the screen it
// opens on has room for beside the taskbar and the title bar (a print preview of 900×1000 on a laptop with 768
// pixels was cut off at the bottom, its buttons out of reach).
class ScreenFit
{
public:
    // The room for a window on the screen of `widget` (or of its parent, or the primary screen).
    static QSize available(const QWidget* widget);
    // Resizes `widget` to `wanted`, bounded by available().
    static void resize(QWidget* widget, const QSize& wanted);
};

} // namespace lotsen
