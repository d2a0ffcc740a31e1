#pragma once

#include "reports/ReportTable.h"

#include <QAbstractTableModel>

namespace lotsen {

// One report table for a QTableView: the figures formatted in the user's language, numbers right-aligned, total
// rows bold. Read-only; the page sets a new table after each refresh.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace lotsen
