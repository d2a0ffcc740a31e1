#pragma once

#include <QList>

namespace lotsen {

// The row of the item with `id` in a list model's rows (each row has an `id` member), or -1. Shared by the list
// models that keep their rows in a QList, so that each need not write the same loop.
template<typename Row> int rowWithId(const QList<Row>& rows, qint64 id)
{
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

} // namespace lotsen
