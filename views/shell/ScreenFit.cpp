#include "shell/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace lotsen {

namespace {
// The window's frame and title bar lie outside its size.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
} // namespace

QSize ScreenFit::available(const QWidget* widget)
{
    const QScreen* screen = nullptr;
    for (const QWidget* candidate = widget; candidate && !screen; candidate = candidate->parentWidget()) {
        if (candidate->isVisible() || !candidate->parentWidget()) {
            screen = candidate->screen();
        }
    }
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    if (!screen) {
        return { 1024, 700 };
    }
    const QSize room = screen->availableGeometry().size();
    return { std::max(320, room.width() - kFrameWidth), std::max(240, room.height() - kFrameHeight) };
}

void ScreenFit::resize(QWidget* widget, const QSize& wanted)
{
    widget->resize(wanted.boundedTo(available(widget)));
}

} // namespace lotsen
