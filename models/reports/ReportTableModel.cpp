#include "reports/ReportTableModel.h"

#include "reports/ReportFormat.h"

#include <QFont>

namespace lotsen {

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ReportTable::Kind kind = m_table.kinds.value(index.column(), ReportTable::Kind::Text);
    switch (role) {
    case Qt::DisplayRole:
        return ReportFormat::text(m_table.cell(index.row(), index.column()), kind);
    case Qt::TextAlignmentRole:
        return kind == ReportTable::Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_table.totalRows.contains(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.columnCount()) {
        return m_table.headers.at(section);
    }
    return {};
}

} // namespace lotsen
