#pragma once

#include "core/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lotsen {

// Writes a report's tables to a file for a spreadsheet: an Excel workbook with real numbers and dates, or a CSV that
// Excel opens in Swedish. The tables are written as given (the caller masks small numbers); tables that are
// onScreenOnly are never written. `heading` (centre, report, period, filters) opens every sheet and the CSV. The
// file is owner-only and replaces `path` only once it is complete.
class ReportSpreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(ReportSpreadsheet)

public:
    // One worksheet per table, named after its title; the heading lines, the table's title, a bold header row
    // (frozen) and the rows. Counts, shares (0.0%), numbers (0.0) and dates (yyyy-mm-dd) are typed cells; a text in
    // such a column ("<5") stays text; a null is an empty cell.
    static Result<void> writeXlsx(const QList<ReportTable>& tables, const QStringList& heading, const QString& path);
    // UTF-8 with BOM, ';', CRLF, decimal comma: the heading lines, a blank line, then per table its title, the
    // header row, the rows (shares as "45,3%", numbers as "12,5", dates as yyyy-MM-dd), its note, a blank line.
    static Result<void> writeCsv(const QList<ReportTable>& tables, const QStringList& heading, const QString& path);
    // Only the header row and the rows of one table, as above: what a list looks like on screen, for a spreadsheet
    // to open as a plain table.
    static Result<void> writeCsvTable(const ReportTable& table, const QString& path);
    // One CSV field of a typed cell, with the decimal comma Excel expects in Swedish.
    static QString csvValue(ReportTable::Kind kind, const QVariant& value);

private:
    static Result<void> writeCsvText(const QString& text, const QString& path);
};

} // namespace lotsen
