#pragma once

#include "reports/ReportTable.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>

class QPainter;

namespace lotsen {

// Draws a report table's chart (grouped bars or lines, with axis and legend) with QPainter, for the PDF and any
// other paint device; QtGui only, so the models layer can print charts without Qt Charts (which needs QtWidgets).
class ReportChartPainter
{
public:
    // Paints the chart of `table` into `rect`. Sizes of text and lines are in points of the painter's device, so
    // the chart looks the same on paper at any resolution. Draws nothing for Chart::None or without data.
    static void paint(QPainter& painter, const QRectF& rect, const ReportTable& table);
    // The chart on a white image of `pixels`, drawn for `dpi` (300 for print).
    static QImage image(const ReportTable& table, QSize pixels, qreal dpi);
    // The series' colours: distinct in lightness too, so that they stay apart on a black-and-white printout.
    static const QList<QColor>& palette();
};

} // namespace lotsen
