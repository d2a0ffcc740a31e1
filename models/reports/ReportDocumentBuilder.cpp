#include "reports/ReportDocumentBuilder.h"

#include "documents/DocumentStyle.h"
#include "documents/PagedDocumentRenderer.h"
#include "reports/ReportChartPainter.h"
#include "reports/ReportFormat.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace lotsen {

namespace {

using Kind = ReportTable::Kind;

// The chart's size in the document's units (1/96 inch, as the letterhead's logo): 159 × 74 mm, within the
// 170 mm between A4's margins.
constexpr double kChartWidth = 600;
constexpr double kChartHeight = 280;
constexpr double kChartDpi = 300;

bool isNumeric(Kind kind)
{
    return kind == Kind::Count || kind == Kind::Share || kind == Kind::Number;
}

// A paragraph at the cursor, which then stands in a new empty block.
void paragraph(QTextCursor& cursor, const QString& text, const QTextCharFormat& format,
               const QTextBlockFormat& block = QTextBlockFormat())
{
    cursor.setBlockFormat(block);
    cursor.insertText(text, format);
    cursor.insertBlock(QTextBlockFormat());
}

void alignRight(QTextCursor cursor)
{
    QTextBlockFormat format = cursor.blockFormat();
    format.setAlignment(Qt::AlignRight);
    cursor.setBlockFormat(format);
}

// Column 0 (the rows' labels) gets the most room, the figures share the rest.
QList<QTextLength> columnWidths(int columns)
{
    if (columns <= 1) {
        return { QTextLength(QTextLength::PercentageLength, 100) };
    }
    // Wide tables (participants by gender and age: 11 columns) give the label column less, so that no heading of
    // a figure column breaks inside a word.
    const double first = columns > 8 ? 22.0 : std::max(30.0, 100.0 - 16.0 * (columns - 1));
    QList<QTextLength> widths { QTextLength(QTextLength::PercentageLength, first) };
    for (int column = 1; column < columns; ++column) {
        widths.append(QTextLength(QTextLength::PercentageLength, (100.0 - first) / (columns - 1)));
    }
    return widths;
}

void insertTable(QTextCursor& cursor, const ReportTable& table)
{
    const int columns = table.columnCount();
    if (columns == 0) {
        return;
    }
    const auto kindOf = [&table](int column) {
        return column < table.kinds.size() ? table.kinds.at(column) : Kind::Text;
    };
    QTextTableFormat format = DocumentStyle::table(columnWidths(columns), DocumentStyle::BoxBorder);
    format.setHeaderRowCount(1); // repeated at the top of every page a long table runs onto
    QTextTable* grid = cursor.insertTable(table.rowCount() + 1, columns, format);
    DocumentStyle::insertHeaderRow(grid, table.headers);
    const bool wide = columns > 6;
    for (int column = 0; column < columns; ++column) {
        if (isNumeric(kindOf(column))) {
            alignRight(grid->cellAt(0, column).firstCursorPosition());
        }
        if (wide) {
            QTextCursor heading = grid->cellAt(0, column).firstCursorPosition();
            heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat smaller;
            smaller.setFontPointSize(7.5);
            heading.mergeCharFormat(smaller);
        }
    }
    for (int row = 0; row < table.rowCount(); ++row) {
        const QTextCharFormat text = DocumentStyle::text(wide ? 8 : 9, table.totalRows.contains(row));
        for (int column = 0; column < columns; ++column) {
            QTextCursor cell = grid->cellAt(row + 1, column).firstCursorPosition();
            if (isNumeric(kindOf(column))) {
                alignRight(cell);
            }
            cell.insertText(ReportFormat::text(table.cell(row, column), kindOf(column)), text);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

bool hasChart(const ReportTable& table)
{
    return table.chart != ReportTable::Chart::None && !table.chartColumns.isEmpty()
        && table.rowCount() > table.totalRows.size();
}

// Whether the chart would draw anything: a figure above 0 that is not masked. An empty frame on paper looks like
// a printing error; a line saying why is clearer.
bool hasDrawableValue(const ReportTable& table)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.totalRows.contains(row)) {
            continue;
        }
        for (const int column : table.chartColumns) {
            const QVariant value = table.cell(row, column);
            if (!value.isNull() && value.typeId() != QMetaType::QString && value.toDouble() > 0) {
                return true;
            }
        }
    }
    return false;
}

// The chart as an image drawn at print resolution and shown at kChartWidth, centred under its table.
void insertChart(QTextCursor& cursor, const ReportTable& table, int number)
{
    const QSize pixels(qRound(kChartWidth / 96.0 * kChartDpi), qRound(kChartHeight / 96.0 * kChartDpi));
    const QUrl url(QStringLiteral("lotsen-report:chart/%1").arg(number));
    cursor.document()->addResource(QTextDocument::ImageResource, url,
                                   ReportChartPainter::image(table, pixels, kChartDpi));
    QTextImageFormat image;
    image.setName(url.toString());
    image.setWidth(kChartWidth);
    image.setHeight(kChartHeight);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(4);
    centred.setBottomMargin(10);
    cursor.setBlockFormat(centred);
    cursor.insertImage(image);
    cursor.insertBlock(QTextBlockFormat());
}

} // namespace

std::unique_ptr<QTextDocument> ReportDocumentBuilder::build(const Input& in)
{
    const QString title = in.projectName.isEmpty() ? tr("Report") : tr("Report – %1").arg(in.projectName);
    auto document = DocumentStyle::newDocument(title);
    // Aggregate figures: the footer says what the paper holds instead of "contains personal data".
    PagedDocumentRenderer::setFooterNotice(*document,
                                           in.maskSmallNumbers ? tr("Aggregate figures; counts of 1–4 shown as <5")
                                                               : tr("For internal use: small counts are not masked"));
    QTextCursor cursor(document.get());

    DocumentStyle::insertLetterhead(cursor, in.centreName, in.logo);

    // Title, what the figures are about, and how they were protected.
    {
        QTextBlockFormat titleBlock;
        titleBlock.setTopMargin(4);
        titleBlock.setBottomMargin(2);
        paragraph(cursor, tr("Report"), DocumentStyle::text(20, true), titleBlock);
        if (!in.projectName.isEmpty()) {
            paragraph(cursor, in.projectName, DocumentStyle::text(13, true));
        }
        const QString period = !in.periodText.isEmpty()
            ? in.periodText
            : tr("%1 – %2").arg(in.from.toString(Qt::ISODate), in.to.toString(Qt::ISODate));
        QTextTable* facts = cursor.insertTable(2, 2,
                                               DocumentStyle::table({ QTextLength(QTextLength::PercentageLength, 35),
                                                                      QTextLength(QTextLength::PercentageLength, 65) },
                                                                    DocumentStyle::BoxBorder));
        DocumentStyle::insertFacts(facts, { tr("Period"), tr("Filters") },
                                   { period, in.filterText.isEmpty() ? tr("None") : in.filterText });
        cursor.movePosition(QTextCursor::End);
        if (in.maskSmallNumbers) {
            paragraph(cursor, tr("Counts of 1–4 are shown as <5; totals are exact."), DocumentStyle::labelText());
        }
    }

    int charts = 0;
    for (int r = 0; r < in.reports.size(); ++r) {
        const Report& report = in.reports.at(r);
        // Each report on a page of its own: its heading never ends a page, and the reports can be handed out
        // separately.
        QTextBlockFormat heading;
        heading.setTopMargin(r == 0 ? 12 : 0);
        heading.setBottomMargin(4);
        if (r > 0) {
            heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        }
        paragraph(cursor, report.title, DocumentStyle::text(15, true), heading);

        for (const ReportTable& source : report.tables) {
            if (source.onScreenOnly) {
                continue; // names of youths never leave the screen
            }
            const ReportTable table = in.maskSmallNumbers ? source.maskedSmallNumbers() : source;
            if (!table.title.isEmpty()) {
                QTextBlockFormat tableTitle;
                tableTitle.setTopMargin(6);
                tableTitle.setBottomMargin(3);
                paragraph(cursor, table.title, DocumentStyle::text(11, true), tableTitle);
            }
            insertTable(cursor, table);
            if (!table.note.isEmpty()) {
                paragraph(cursor, table.note, DocumentStyle::labelText());
            }
            // Drawn from the masked table: the bars must not give away the counts the table hides.
            if (hasChart(table) && hasDrawableValue(table)) {
                insertChart(cursor, table, ++charts);
            } else if (hasChart(table)) {
                paragraph(cursor,
                          hasDrawableValue(source) ? tr("No chart: every count in it is under 5 and masked.")
                                                   : tr("No chart: there are no figures above 0 to draw."),
                          DocumentStyle::labelText());
            }
        }
        if (!report.definition.isEmpty()) {
            QTextBlockFormat definition;
            definition.setTopMargin(6);
            paragraph(cursor, report.definition, DocumentStyle::labelText(), definition);
        }
    }
    return document;
}

Result<int> ReportDocumentBuilder::writePdf(const Input& input, const QString& path, const QDate& printDate)
{
    const std::unique_ptr<QTextDocument> document = build(input);
    return PagedDocumentRenderer::writePdf(*document, path, printDate);
}

} // namespace lotsen
