#pragma once

#include "core/Result.h"
#include "core/TableModelBase.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace lotsen {

// The shared base of the read-only table models that hold all their rows: row storage, rowCount/columnCount,
// flags and headers from the subclass's column table (headerText, translated there), finding a row by id and
// replacing rows, and reporting a failed read (loadFailed). A subclass writes its data() and its loading. Row needs
// an `id` member. The subclass has the Q_OBJECT, so tr() stays the subclass's.
template<typename Row> class TableModel : public TableModelBase
{
public:
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return QAbstractTableModel::headerData(section, orientation, role);
        }
        if (section < 0 || section >= m_columnCount) {
            return {};
        }
        return headerText(section);
    }

    // The id of the item in `row`, or 0 outside the rows.
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }
    // The row of the item with `id`, or -1.
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id) {
                return row;
            }
        }
        return -1;
    }

protected:
    TableModel(int columnCount, QObject* parent) : TableModelBase(parent), m_columnCount(columnCount) { }

    // The header of `column` (0 <= column < columnCount), through the subclass's tr().
    virtual QString headerText(int column) const = 0;

    const QList<Row>& rows() const { return m_rows; }

    // Replaces every row with a model reset.
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        setLoadError(false);
        endResetModel();
    }

    // Replaces every row; when the new rows are the same items in the same order (an edit, not an insertion or a
    // removal), only dataChanged is emitted, so that views keep their selection and scroll position.
    void updateRows(QList<Row> rows)
    {
        const bool sameItems = rows.size() == m_rows.size()
            && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                          [](const Row& a, const Row& b) { return a.id == b.id; });
        // After a failed read the view shows an error until a reset says the rows are back.
        if (!sameItems || hasLoadError()) {
            setRows(std::move(rows));
            return;
        }
        m_rows = std::move(rows);
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columnCount - 1));
        }
    }

    // The rows a read returned, with a model reset. A failed read clears the rows and emits loadFailed: a list
    // that could not be read says so instead of looking empty.
    Result<void> takeRows(Result<QList<Row>> read)
    {
        if (!read.ok()) {
            return readFailed(read.error());
        }
        setRows(std::move(read).value());
        return success();
    }
    // The same with updateRows, so that an edit keeps the views' selection and scroll position.
    Result<void> takeRowsInPlace(Result<QList<Row>> read)
    {
        if (!read.ok()) {
            return readFailed(read.error());
        }
        updateRows(std::move(read).value());
        return success();
    }
    Error readFailed(const Error& error)
    {
        beginResetModel();
        m_rows.clear();
        setLoadError(true);
        endResetModel();
        emit loadFailed(error.message);
        return error;
    }

    // For an edit in place; the caller announces it (dataChanged with the roles it changed).
    Row& editableRow(int row) { return m_rows[row]; }
    // For sorting in place; the caller announces it (layoutAboutToBeChanged/layoutChanged).
    QList<Row>& editableRows() { return m_rows; }

    // Replaces the row `row` and announces it.
    void replaceRow(int row, Row value)
    {
        m_rows[row] = std::move(value);
        emit dataChanged(index(row, 0), index(row, m_columnCount - 1));
    }

private:
    QList<Row> m_rows;
    int m_columnCount;
};

} // namespace lotsen
