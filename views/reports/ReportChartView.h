#pragma once

#include "reports/ReportTable.h"

#include <QChartView>

namespace lotsen {

// A report table's chart on screen (Qt Charts): grouped bars for counts by category, lines for month-by-month
// series. It draws the table's own numbers; total rows are left out, as in the printed chart.
class ReportChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ReportChartView(QWidget* parent = nullptr);

    void setTable(const ReportTable& table);
    // The series drawn and their values, for tests: one list per chart column, one value per category.
    QList<QList<double>> seriesValues() const { return m_values; }

private:
    QList<QList<double>> m_values;
};

} // namespace lotsen
