#include "reports/ReportChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lotsen {

namespace {

// A count, a number, or a share in percent; "<5" and "not applicable" draw as nothing.
double chartValue(const QVariant& value, ReportTable::Kind kind)
{
    if (value.isNull() || value.typeId() == QMetaType::QString) {
        return 0;
    }
    return kind == ReportTable::Kind::Share ? value.toDouble() * 100.0 : value.toDouble();
}

} // namespace

ReportChartView::ReportChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
}

void ReportChartView::setTable(const ReportTable& table)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_values.clear();

    QStringList categories;
    QList<int> rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        if (!table.totalRows.contains(r)) {
            categories.append(table.cell(r, 0).toString());
            rows.append(r);
        }
    }
    double maximum = 0;
    const bool shares
        = !table.chartColumns.isEmpty() && table.kinds.value(table.chartColumns.first()) == ReportTable::Kind::Share;
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(shares ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    if (table.chart == ReportTable::Chart::Bars) {
        auto* series = new QBarSeries;
        for (const int column : table.chartColumns) {
            auto* set = new QBarSet(table.headers.value(column));
            QList<double> values;
            for (const int r : rows) {
                const double value = chartValue(table.cell(r, column), table.kinds.value(column));
                values.append(value);
                *set << value;
                maximum = std::max(maximum, value);
            }
            m_values.append(values);
            series->append(set);
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    } else if (table.chart == ReportTable::Chart::Lines) {
        for (const int column : table.chartColumns) {
            auto* series = new QLineSeries;
            series->setName(table.headers.value(column));
            series->setPointsVisible(true);
            QList<double> values;
            for (int i = 0; i < rows.size(); ++i) {
                const double value = chartValue(table.cell(rows.at(i), column), table.kinds.value(column));
                values.append(value);
                series->append(i, value);
                maximum = std::max(maximum, value);
            }
            m_values.append(values);
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
    }
    // Round steps, so that the axis reads 0, 5, 10 … rather than 0, 3.4, 6.8.
    axisY->setRange(0, shares ? 100.0 : std::max(4.0, maximum));
    if (!shares) {
        axisY->applyNiceNumbers();
    }
    chart->legend()->setVisible(table.chartColumns.size() > 1);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace lotsen
