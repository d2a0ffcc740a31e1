#include "reports/ReportChartPainter.h"

#include "documents/DocumentStyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lotsen {

namespace {

constexpr qreal kSin45 = 0.70710678;

struct Series
{
    QString name;
    QList<std::optional<double>> values; // one per category
};

struct ChartData
{
    QStringList categories;
    QList<Series> series;
    bool percent = false; // the axis shows shares as 0..100 %
    bool integral = true; // only counts: ticks on whole numbers
    double minimum = 0;
    double maximum = 0;
};

struct Axis
{
    double low = 0;
    double high = 1;
    double step = 1;
};

// Masked ("<5") and null cells have no value here: no bar, a gap in the line. Drawing them as 0 would state a
// false figure, and drawing the real count would undo the masking of the table printed above the chart.
std::optional<double> numericValue(const QVariant& value, ReportTable::Kind kind)
{
    if (value.isNull() || value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QDate) {
        return std::nullopt;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        return std::nullopt;
    }
    return kind == ReportTable::Kind::Share ? number * 100.0 : number;
}

QString categoryLabel(const QVariant& value)
{
    return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
}

ChartData chartData(const ReportTable& table)
{
    ChartData data;
    QList<int> rows;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (!table.totalRows.contains(row)) {
            rows.append(row);
            data.categories.append(categoryLabel(table.cell(row, 0)));
        }
    }
    bool first = true;
    for (int column : table.chartColumns) {
        if (column < 0 || column >= table.columnCount()) {
            continue;
        }
        const ReportTable::Kind kind = column < table.kinds.size() ? table.kinds.at(column) : ReportTable::Kind::Number;
        // Mixed kinds share one axis; the first series decides its unit.
        if (first) {
            data.percent = kind == ReportTable::Kind::Share;
        }
        first = false;
        if (kind != ReportTable::Kind::Count) {
            data.integral = false;
        }
        Series series { table.headers.at(column), {} };
        for (int row : rows) {
            const std::optional<double> value = numericValue(table.cell(row, column), kind);
            if (value) {
                data.minimum = std::min(data.minimum, *value);
                data.maximum = std::max(data.maximum, *value);
            }
            series.values.append(value);
        }
        data.series.append(series);
    }
    return data;
}

// Four or five ticks on round values (1, 2 or 5 times a power of ten), always including 0.
Axis niceAxis(const ChartData& data)
{
    double low = std::min(0.0, data.minimum);
    double high = std::max(0.0, data.maximum);
    if (high - low <= 0) {
        high = low + (data.percent ? 100.0 : data.integral ? 4.0 : 1.0); // all zero: an axis all the same
    }
    const double rough = (high - low) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double residual = rough / magnitude;
    double step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
    if (data.integral) {
        step = std::max(1.0, step);
    }
    return { std::floor(low / step) * step, std::ceil(high / step) * step, step };
}

QString tickText(double value, const Axis& axis, bool percent)
{
    const int decimals = axis.step >= 1 ? 0 : int(std::ceil(-std::log10(axis.step)));
    QString text = QLocale().toString(value, 'f', decimals);
    if (percent) {
        text += QChar(0x00a0) + QLocale().percent();
    }
    return text;
}

// Very light colours become darker as lines: a pale line on white paper disappears.
QColor lineColour(const QColor& colour)
{
    return colour.lightness() > 200 ? colour.darker(180) : colour;
}

const QList<Qt::PenStyle>& lineStyles()
{
    static const QList<Qt::PenStyle> styles = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };
    return styles;
}

// A different marker per series, for black-and-white print: circle, square, triangle, diamond.
void drawMarker(QPainter& painter, const QPointF& centre, qreal size, int series)
{
    const qreal r = size / 2;
    switch (series % 4) {
    case 0:
        painter.drawEllipse(centre, r, r);
        break;
    case 1:
        painter.drawRect(QRectF(centre.x() - r, centre.y() - r, size, size));
        break;
    case 2:
        painter.drawPolygon(QPolygonF({ centre + QPointF(0, -r * 1.2), centre + QPointF(r * 1.1, r * 0.8),
                                        centre + QPointF(-r * 1.1, r * 0.8) }));
        break;
    default:
        painter.drawPolygon(QPolygonF({ centre + QPointF(0, -r * 1.3), centre + QPointF(r * 1.1, 0),
                                        centre + QPointF(0, r * 1.3), centre + QPointF(-r * 1.1, 0) }));
        break;
    }
}

} // namespace

const QList<QColor>& ReportChartPainter::palette()
{
    // Lightness (L*) about 25, 77, 52, 91, 35, 67: neighbours differ in grey as well as in hue.
    static const QList<QColor> colours
        = { QColor(0x1f, 0x3b, 0x63), QColor(0xf2, 0xb3, 0x3d), QColor(0x2e, 0x8b, 0x80),
            QColor(0xd9, 0xe6, 0xf2), QColor(0x8a, 0x3b, 0x2f), QColor(0x9a, 0xa5, 0xb1) };
    return colours;
}

void ReportChartPainter::paint(QPainter& painter, const QRectF& rect, const ReportTable& table)
{
    if (table.chart == ReportTable::Chart::None) {
        return;
    }
    const ChartData data = chartData(table);
    const int categoryCount = int(data.categories.size());
    if (categoryCount == 0 || data.series.isEmpty()) {
        return;
    }
    const Axis axis = niceAxis(data);
    const QList<QColor>& colours = palette();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Points of the device, so the chart has the same size of text on paper at 300 dpi as on a 96 dpi screen.
    const qreal pt = (painter.device() ? painter.device()->logicalDpiY() : 96) / 72.0;
    QFont font(DocumentStyle::fontFamily());
    font.setPixelSize(std::max(1, qRound(8 * pt)));
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal textHeight = metrics.height();
    const QColor axisColour(0x44, 0x44, 0x44);
    const QColor gridColour(0xd8, 0xd8, 0xd8);
    const QColor outline(0x33, 0x33, 0x33);

    // The y axis' labels decide where the plot starts.
    QStringList ticks;
    QList<double> tickValues;
    for (double value = axis.low; value <= axis.high + axis.step / 2; value += axis.step) {
        tickValues.append(value);
        ticks.append(tickText(value, axis, data.percent));
    }
    qreal tickWidth = 0;
    for (const QString& tick : ticks) {
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(tick));
    }
    qreal plotLeft = rect.left() + tickWidth + 4 * pt;
    const qreal plotRight = rect.right() - 4 * pt;

    // Category labels: level, on up to two lines, when they fit their slot; else at 45° and elided to at most a
    // third of the height.
    qreal slot = (plotRight - plotLeft) / categoryCount;
    const qreal levelWidth = slot - 4 * pt;
    qreal widest = 0;
    bool rotated = false;
    int levelLines = 1;
    for (const QString& category : data.categories) {
        widest = std::max(widest, metrics.horizontalAdvance(category));
        const QRectF wrapped
            = metrics.boundingRect(QRectF(0, 0, levelWidth, 10 * textHeight), Qt::TextWordWrap, category);
        if (wrapped.width() > levelWidth + 0.5 || wrapped.height() > 2.5 * metrics.lineSpacing()) {
            rotated = true; // a word wider than its slot, or three lines
        } else if (wrapped.height() > 1.5 * metrics.lineSpacing()) {
            levelLines = 2;
        }
    }
    const qreal labelLength = rotated ? std::min(widest, rect.height() / 3 / kSin45) : levelWidth;
    if (rotated) {
        // The first label reaches to the left, under the y axis' labels: keep it inside the rectangle.
        plotLeft = std::max(plotLeft, rect.left() + kSin45 * labelLength - slot / 2 + 2 * pt);
        slot = (plotRight - plotLeft) / categoryCount;
    }
    // Rotated labels need about a line's height of room each; on a long series only every n-th is written.
    const int labelEvery = rotated ? std::max(1, int(std::ceil(textHeight * 1.1 / slot))) : 1;
    const qreal labelArea
        = (rotated ? kSin45 * (labelLength + textHeight) : levelLines * metrics.lineSpacing()) + 4 * pt;

    // The legend, flowing over lines above the plot.
    const qreal swatch = 8 * pt;
    const qreal lineSample = 18 * pt;
    const bool lines = table.chart == ReportTable::Chart::Lines;
    const qreal key = lines ? lineSample : swatch;
    QList<QRectF> legend;
    {
        qreal x = plotLeft;
        qreal y = rect.top();
        for (const Series& series : data.series) {
            const qreal width = std::min(key + 4 * pt + metrics.horizontalAdvance(series.name), plotRight - plotLeft);
            if (x > plotLeft && x + width > plotRight) {
                x = plotLeft;
                y += textHeight + 2 * pt;
            }
            legend.append(QRectF(x, y, width, textHeight));
            x += width + 14 * pt;
        }
    }
    const qreal plotTop = legend.last().bottom() + 6 * pt + textHeight / 2;
    const qreal plotBottom = rect.bottom() - labelArea;
    if (plotBottom - plotTop < 2 * textHeight || plotRight - plotLeft < 4 * textHeight) {
        painter.restore();
        return; // too small to say anything
    }
    const auto yOf = [&](double value) {
        return plotBottom - (value - axis.low) / (axis.high - axis.low) * (plotBottom - plotTop);
    };

    // Grid and y axis.
    for (int i = 0; i < tickValues.size(); ++i) {
        const qreal y = yOf(tickValues.at(i));
        painter.setPen(QPen(gridColour, 0.5 * pt));
        painter.drawLine(QPointF(plotLeft, y), QPointF(plotRight, y));
        painter.setPen(axisColour);
        painter.drawText(QRectF(rect.left(), y - textHeight / 2, plotLeft - rect.left() - 3 * pt, textHeight),
                         Qt::AlignRight | Qt::AlignVCenter, ticks.at(i));
    }
    painter.setPen(QPen(axisColour, 0.8 * pt));
    painter.drawLine(QPointF(plotLeft, plotTop), QPointF(plotLeft, plotBottom));
    const qreal zero = yOf(0);
    painter.drawLine(QPointF(plotLeft, zero), QPointF(plotRight, zero));

    const int seriesCount = int(data.series.size());
    if (lines) {
        for (int s = 0; s < seriesCount; ++s) {
            const QColor colour = lineColour(colours.at(s % colours.size()));
            QPen pen(colour, 1.5 * pt, lineStyles().at(s % lineStyles().size()));
            pen.setCapStyle(Qt::FlatCap);
            QPainterPath path;
            bool drawing = false;
            for (int c = 0; c < categoryCount; ++c) {
                const std::optional<double> value = data.series.at(s).values.at(c);
                if (!value) {
                    drawing = false; // a gap where there is no figure
                    continue;
                }
                const QPointF point(plotLeft + (c + 0.5) * slot, yOf(*value));
                drawing ? path.lineTo(point) : path.moveTo(point);
                drawing = true;
            }
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setPen(QPen(outline, 0.5 * pt));
            painter.setBrush(colour);
            for (int c = 0; c < categoryCount; ++c) {
                if (const std::optional<double> value = data.series.at(s).values.at(c)) {
                    drawMarker(painter, QPointF(plotLeft + (c + 0.5) * slot, yOf(*value)), 4.5 * pt, s);
                }
            }
        }
    } else {
        const qreal groupWidth = slot * 0.75;
        const qreal barWidth = groupWidth / seriesCount;
        painter.setPen(QPen(outline, 0.4 * pt)); // an outline keeps pale bars visible on white paper
        for (int c = 0; c < categoryCount; ++c) {
            const qreal groupLeft = plotLeft + c * slot + (slot - groupWidth) / 2;
            for (int s = 0; s < seriesCount; ++s) {
                const std::optional<double> value = data.series.at(s).values.at(c);
                if (!value || *value == 0) {
                    continue;
                }
                painter.setBrush(colours.at(s % colours.size()));
                painter.drawRect(QRectF(QPointF(groupLeft + s * barWidth, yOf(*value)),
                                        QPointF(groupLeft + (s + 1) * barWidth, zero))
                                     .normalized());
            }
        }
    }

    // Category labels under the plot.
    painter.setPen(axisColour);
    painter.setBrush(Qt::NoBrush);
    for (int c = 0; c < categoryCount; c += labelEvery) {
        const qreal centre = plotLeft + (c + 0.5) * slot;
        if (rotated) {
            const QString text = metrics.elidedText(data.categories.at(c), Qt::ElideRight, labelLength);
            painter.save();
            painter.translate(centre, plotBottom + 3 * pt);
            painter.rotate(-45);
            // The text ends at its category and runs down to the left.
            painter.drawText(QRectF(-labelLength, 0, labelLength, textHeight), Qt::AlignRight | Qt::AlignTop, text);
            painter.restore();
        } else {
            painter.drawText(QRectF(centre - levelWidth / 2, plotBottom + 3 * pt, levelWidth, labelArea),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, data.categories.at(c));
        }
    }

    // The legend: a swatch (bars) or a line with its marker (lines), then the column's header.
    for (int s = 0; s < seriesCount; ++s) {
        const QRectF item = legend.at(s);
        const QColor colour = colours.at(s % colours.size());
        const qreal middle = item.center().y();
        if (lines) {
            QPen pen(lineColour(colour), 1.5 * pt, lineStyles().at(s % lineStyles().size()));
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(QPointF(item.left(), middle), QPointF(item.left() + key, middle));
            painter.setPen(QPen(outline, 0.5 * pt));
            painter.setBrush(lineColour(colour));
            drawMarker(painter, QPointF(item.left() + key / 2, middle), 4.5 * pt, s);
        } else {
            painter.setPen(QPen(outline, 0.4 * pt));
            painter.setBrush(colour);
            painter.drawRect(QRectF(item.left(), middle - swatch / 2, swatch, swatch));
        }
        painter.setPen(axisColour);
        painter.setBrush(Qt::NoBrush);
        const QRectF label = item.adjusted(key + 4 * pt, 0, 0, 0);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(data.series.at(s).name, Qt::ElideRight, label.width()));
    }
    painter.restore();
}

QImage ReportChartPainter::image(const ReportTable& table, QSize pixels, qreal dpi)
{
    QImage result(pixels, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::white);
    // The painter measures points through the image's resolution.
    const int dotsPerMeter = qRound(dpi / 0.0254);
    result.setDotsPerMeterX(dotsPerMeter);
    result.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&result);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), table);
    painter.end();
    return result;
}

} // namespace lotsen
