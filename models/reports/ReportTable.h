#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lotsen {

// One table of a report, and the chart that shows the same numbers. The query layer (ReportQuery) fills it; the
// page, the PDF and the spreadsheets only draw or write it, so that all four always show the same figures.
struct ReportTable
{
    // How a column's values are typed. Count: int; Share: double 0..1; Number: double (days, months, one
    // decimal); Date: QDate; Text: QString. A null QVariant is "not applicable" (shown as "–"). After
    // maskedSmallNumbers() a Count cell may hold the QString "<5".
    enum class Kind { Text, Count, Share, Number, Date };
    enum class Chart { None, Bars, Lines };

    QString key; // stable, for sheet names and tests: "participants", "participants_by_month" …
    QString title;
    QStringList headers; // column 0 usually labels the rows
    QList<Kind> kinds; // one per header
    QList<QVariantList> rows; // one value per column
    QList<int> totalRows; // rows that are totals: exact even where small numbers are masked
    QList<int> totalColumns; // the same for columns
    Chart chart = Chart::None;
    QList<int> chartColumns; // the series the chart shows; categories are the row labels (column 0)
    bool onScreenOnly = false; // names of youths: never printed, exported or written to a file
    QString note; // a line under the table: what it counts

    int columnCount() const { return static_cast<int>(headers.size()); }
    int rowCount() const { return static_cast<int>(rows.size()); }
    QVariant cell(int row, int column) const
    {
        return row < rowCount() && column < rows.at(row).size() ? rows.at(row).at(column) : QVariant();
    }
    // Statistical disclosure control for what leaves the centre (as SCB and Skolverket do): a count of 1 to 4
    // becomes the text "<5", except in total rows and columns; a share or a number (a median) in a row where a count
    // was masked becomes "..", SCB's sign for a figure too uncertain to give, since it would give the count back.
    ReportTable maskedSmallNumbers() const
    {
        ReportTable masked = *this;
        for (int r = 0; r < masked.rowCount(); ++r) {
            if (totalRows.contains(r)) {
                continue;
            }
            bool maskedInRow = false;
            for (int c = 0; c < masked.rows[r].size() && c < kinds.size(); ++c) {
                if (kinds.at(c) != Kind::Count || totalColumns.contains(c)) {
                    continue;
                }
                const QVariant& value = masked.rows[r][c];
                if (!value.isNull() && value.toInt() >= 1 && value.toInt() <= 4) {
                    masked.rows[r][c] = QStringLiteral("<5");
                    maskedInRow = true;
                }
            }
            for (int c = 0; maskedInRow && c < masked.rows[r].size() && c < kinds.size(); ++c) {
                if ((kinds.at(c) == Kind::Share || kinds.at(c) == Kind::Number) && !masked.rows[r][c].isNull()) {
                    masked.rows[r][c] = QStringLiteral("..");
                }
            }
        }
        return masked;
    }
};

// One of the reports on the Reports page: its tables and the written definition of every figure in it.
struct Report
{
    QString key; // "participants", "entry", "exits" …
    QString title;
    QString definition; // how the figures are counted, in the UI language; printed under the report
    QList<ReportTable> tables;
};

// What the reports are about: the period (both days included) and the optional filters.
struct ReportParameters
{
    QDate from;
    QDate to;
    qint64 mentorId = 0; // 0: all mentors
    QString municipality; // empty: all
    QString referralSource; // a referral-source code; empty: all
    qint64 interventionId = 0; // 0: all
    QString filterText; // the filters in words, for headers of printouts and files ("Mentor: …")
};

} // namespace lotsen
