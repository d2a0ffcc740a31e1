#include "shell/ElidedToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace lotsen {

namespace {
// The cell's padding on both sides, as the style draws it.
constexpr int kCellPadding = 10;
} // namespace

ElidedToolTips::ElidedToolTips(QAbstractItemView* view) : QObject(view), m_view(view) { }

void ElidedToolTips::install(QAbstractItemView* view)
{
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

bool ElidedToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip) {
        return QObject::eventFilter(watched, event);
    }
    auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty()) {
        return QObject::eventFilter(watched, event);
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_view->visualRect(index);
    if (!text.isEmpty() && m_view->fontMetrics().horizontalAdvance(text) + kCellPadding > cell.width()) {
        QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    } else {
        QToolTip::hideText();
    }
    return true;
}

} // namespace lotsen
