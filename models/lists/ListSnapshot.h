#pragma once

#include "core/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace lotsen {

// What a list view shows, as a table to write out: the rows in the view's order (every row, also those a lazy
// model has not fetched yet), the given columns in the given order, headers and values as displayed. A column
// whose every value is a number (an age, days overdue) or an ISO date ("2026-11-20") is typed as one, so that a
// spreadsheet can sort and sum it; digits held as text (a personal number, a phone number) stay text. A list
// whose rows could not all be read (the model, or the one behind its proxies, reports a load error) is an error,
// never a shorter or empty table.
class ListSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ListSnapshot)

public:
    static Result<ReportTable> fromModel(QAbstractItemModel& model, const QList<int>& columns, const QString& title);
};

} // namespace lotsen
