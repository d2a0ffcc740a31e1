#include "documents/PagedDocumentRenderer.h"

#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "documents/DocumentStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace lotsen {

namespace {

constexpr const char* kFooterNotice = "lotsenFooterNotice";
constexpr const char* kLandscape = "lotsenLandscape";
constexpr double kFooterHeightMm = 10.0;
constexpr double kFooterFontPt = 8.0;
// Each pass moves one thing to the next page; a plan needs about one per page.
constexpr int kMaxPaginationPasses = 200;

// The vertical extent of the text lines of a stretch of the document, in document (device) coordinates.
struct Span
{
    qreal top = 0;
    qreal bottom = -1;
    bool isValid() const { return bottom >= top; }
    qreal height() const { return bottom - top; }
};

void include(Span& span, qreal top, qreal bottom)
{
    if (!span.isValid()) {
        span = { top, bottom };
    } else {
        span.top = std::min(span.top, top);
        span.bottom = std::max(span.bottom, bottom);
    }
}

// The lines themselves, not the blocks' rectangles: a block whose lines Qt moved to the next page still has
// its rectangle start on the page before.
Span lineSpan(const QTextDocument& document, const QTextBlock& block)
{
    Span span;
    const QTextLayout* layout = block.layout();
    if (!layout) {
        return span;
    }
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const qreal originY = rect.top() - layout->boundingRect().top();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        include(span, originY + line.y(), originY + line.y() + line.height());
    }
    return span;
}

Span contentSpan(const QTextDocument& document, int from, int to)
{
    Span span;
    for (QTextBlock block = document.findBlock(from); block.isValid() && block.position() <= to; block = block.next()) {
        const Span lines = lineSpan(document, block);
        if (lines.isValid()) {
            include(span, lines.top, lines.bottom);
        }
    }
    return span;
}

bool breaksBefore(const QTextBlockFormat& format)
{
    return format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
}

bool breaksBefore(const QTextFrameFormat& format)
{
    return format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
}

void setBreakBefore(QTextBlock block, bool on)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(on ? format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore
                                 : format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

void setBreakBefore(QTextFrame* frame, bool on)
{
    QTextFrameFormat format = frame->frameFormat();
    format.setPageBreakPolicy(on ? format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore
                                 : format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    frame->setFrameFormat(format);
}

// A change that moves something to the next page, or an empty function when there is nothing (more) to move.
using Move = std::function<void()>;

// A page break before `block`, or before `frame` when there is no block; none if it already has one.
Move moveToNextPage(const QTextBlock& block, QTextFrame* frame)
{
    if (block.isValid()) {
        return breaksBefore(block.blockFormat()) ? Move() : Move([block] { setBreakBefore(block, true); });
    }
    return breaksBefore(frame->frameFormat()) ? Move() : Move([frame] { setBreakBefore(frame, true); });
}

// QTextDocument breaks pages between lines only: a table row, a box or a heading's text can start on one page
// and end on the next. This finds the first such split in the laid-out document and what to move to the next
// page so that what belongs together stays together:
// - a table that fits on a page (a section box, the signatures) as a whole;
// - a row of a longer table, by stretching the row above to the end of the page, as Qt does itself when a
//   row does not fit at all (the header rows repeat on the next page);
// - a one-line block right before a table (its heading) together with the table.
// The move is returned, not made: every format change would lay the document out again at once (a row's
// stretch once per cell), and the caller makes it with the layout suspended, then lays out once.
Move keepTogether(QTextDocument& document, qreal pageHeight, qreal deviceScale)
{
    document.documentLayout()->documentSize(); // lays out the whole document: lines are counted below
    const auto pageOf = [pageHeight](qreal y) {
        return int(std::floor(y / pageHeight));
    };
    const auto splits = [&pageOf](const Span& span) {
        return pageOf(span.top) != pageOf(span.bottom - 1);
    };

    QTextBlock candidate; // the last one-line block, if only empty blocks (hidden by Qt before a table) follow it
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        QTextFrame* frame = it.currentFrame();
        if (!frame) {
            const QTextBlock block = it.currentBlock();
            if (!block.text().trimmed().isEmpty()) {
                candidate = block.layout() && block.layout()->lineCount() == 1 ? block : QTextBlock();
            }
            continue;
        }
        const QTextBlock heading = candidate;
        candidate = QTextBlock();

        const Span span = contentSpan(document, frame->firstPosition(), frame->lastPosition());
        if (!span.isValid()) {
            continue;
        }
        if (heading.isValid() && pageOf(lineSpan(document, heading).bottom - 1) != pageOf(span.top)) {
            // The heading follows its table; a break before the table itself would separate them again.
            if (!breaksBefore(heading.blockFormat())) {
                return [heading, frame] {
                    setBreakBefore(frame, false);
                    setBreakBefore(heading, true);
                };
            }
            if (breaksBefore(frame->frameFormat())) {
                // Rare (both already break), and what follows reads the layout: changed and laid out at once.
                setBreakBefore(frame, false);
            }
        }
        if (!splits(span)) {
            continue;
        }
        if (span.height() < pageHeight * 0.95) {
            if (Move move = moveToNextPage(heading, frame)) {
                return move;
            }
        }
        QTextTable* table = qobject_cast<QTextTable*>(frame);
        if (!table) {
            continue;
        }
        const int columns = table->columns();
        const int headerRows = std::min(table->format().headerRowCount(), table->rows() - 1);
        for (int row = headerRows; row < table->rows(); ++row) {
            const Span rowSpan = contentSpan(document, table->cellAt(row, 0).firstPosition(),
                                             table->cellAt(row, columns - 1).lastPosition());
            if (!rowSpan.isValid() || !splits(rowSpan) || rowSpan.height() > pageHeight / 2) {
                continue;
            }
            if (row == headerRows) {
                // The first row goes with the header and the heading: the whole table starts on the next page.
                if (Move move = moveToNextPage(heading, frame)) {
                    return move;
                }
                continue;
            }
            // Cell paddings are in 1/96 inch, like the rest of the formats.
            const qreal shift = (pageOf(rowSpan.top) + 1) * pageHeight - rowSpan.top;
            QList<std::pair<QTextTableCell, QTextTableCellFormat>> stretched;
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row - 1, column);
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                const qreal padding = format.hasProperty(QTextFormat::TableCellBottomPadding)
                    ? format.bottomPadding()
                    : table->format().cellPadding();
                format.setBottomPadding(padding + shift / deviceScale);
                stretched.append({ cell, format });
            }
            return [stretched] {
                for (auto [cell, format] : stretched) {
                    cell.setFormat(format);
                }
            };
        }
    }
    return {};
}

} // namespace

int PagedDocumentRenderer::render(QTextDocument& document, QPagedPaintDevice& device, const QDate& printDate)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4),
                    document.property(kLandscape).toBool() ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(20, 16, 20, 12), QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
    const double footerHeight = kFooterHeightMm / 25.4 * dpi;
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);

    // The page breaks that keep rows, boxes and headings together go into a copy: they fit this page size
    // only, and the caller may render the same document again (a print preview, then the printer). Only the copy
    // is laid out; a layout of a plan costs about as much as painting it.
    const std::unique_ptr<QTextDocument> paged(document.clone());
    // Each setting below would lay the copy out again while it has a page size (clone() copies the caller's);
    // without one Qt only drops the lines, and the copy is laid out once, when it gets the body's size. The layout
    // is at the device's resolution, not the screen's, so pt sizes and page breaks match the paper.
    paged->setPageSize(QSizeF(0, 0));
    paged->documentLayout()->setPaintDevice(&device);
    paged->setDocumentMargin(0);
    paged->setPageSize(bodySize);
    const qreal deviceScale = qreal(dpi) / 96.0;
    int passes = 0;
    while (passes++ < kMaxPaginationPasses) {
        const Move move = keepTogether(*paged, bodySize.height(), deviceScale);
        if (!move) {
            break;
        }
        // Without a page size Qt only drops the lines, so the move's format changes cost no layout; the page
        // size back lays the copy out once, from the top (Qt's incremental relayout after a format change inside
        // a table can leave later blocks without lines).
        paged->setPageSize(QSizeF(0, 0));
        move();
        paged->setPageSize(bodySize);
    }
    const int pages = paged->pageCount();

    QPainter painter(&device);
    if (!painter.isActive()) {
        return 0;
    }
    QFont footerFont(DocumentStyle::fontFamily());
    footerFont.setPointSizeF(kFooterFontPt);
    footerFont.setStyleStrategy(QFont::PreferNoShaping); // no ligatures, as in the document
    const QString printed = tr("Printed %1").arg(printDate.toString(Qt::ISODate));
    const QVariant notice = document.property(kFooterNotice);
    const QString confidential = notice.isValid() ? notice.toString() : tr("Confidential: contains personal data");
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.save();
        const QRectF clip(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.translate(0, -clip.top());
        paged->drawContents(&painter, clip);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF footer(0, bodySize.height() + footerHeight * 0.25, bodySize.width(), footerHeight * 0.75);
        painter.drawLine(QPointF(0, footer.top()), QPointF(bodySize.width(), footer.top()));
        const QRectF text = footer.adjusted(0, footerHeight * 0.1, 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, printed);
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignVCenter, confidential);
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

void PagedDocumentRenderer::setLandscape(QTextDocument& document)
{
    document.setProperty(kLandscape, true);
}

void PagedDocumentRenderer::setFooterNotice(QTextDocument& document, const QString& notice)
{
    document.setProperty(kFooterNotice, notice);
}

Result<int> PagedDocumentRenderer::writePdf(QTextDocument& document, const QString& path, const QDate& printDate)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        // The path may name a youth: only the system's reason goes to the log.
        qCWarning(lcDocuments) << "PDF could not be opened for writing:" << file.errorString();
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    // Personal data: owner-only before anything is written (best effort: a FAT USB stick has no modes).
    OwnerOnlyFile::restrict(file);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Lotsen"));
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        pages = render(document, writer, printDate);
    }
    if (pages == 0 || !file.commit()) {
        qCWarning(lcDocuments) << "PDF could not be written:" << file.errorString();
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    return pages;
}

} // namespace lotsen
