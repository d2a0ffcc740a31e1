#include "PagedDocumentRenderer.h"

#include "PlanDocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace lotsen {

namespace {
constexpr double kFooterHeightMm = 10.0;
constexpr double kFooterFontPt = 8.0;
} // namespace

int PagedDocumentRenderer::render(QTextDocument& document, QPagedPaintDevice& device, const QDate& printDate)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 16, 20, 12),
                                     QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
    const double footerHeight = kFooterHeightMm / 25.4 * dpi;
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);

    // Lay out at the device's resolution, not the screen's, so pt sizes and page breaks match the paper.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(bodySize);
    const int pages = document.pageCount();

    QPainter painter(&device);
    if (!painter.isActive()) {
        return 0;
    }
    QFont footerFont(PlanDocumentBuilder::fontFamily());
    footerFont.setPointSizeF(kFooterFontPt);
    const QString printed = tr("Printed %1").arg(printDate.toString(Qt::ISODate));
    const QString confidential = tr("Confidential: contains personal data");
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.save();
        const QRectF clip(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.translate(0, -clip.top());
        document.drawContents(&painter, clip);
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

bool PagedDocumentRenderer::writePdf(QTextDocument& document, const QString& path, const QDate& printDate,
                                     QString* errorMessage, int* pageCount)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage) {
            *errorMessage = tr("%1 could not be written: %2").arg(path, file.errorString());
        }
        return false;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Lotsen"));
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        pages = render(document, writer, printDate);
    }
    if (pages == 0 || !file.commit()) {
        if (errorMessage) {
            *errorMessage = tr("%1 could not be written: %2").arg(path, file.errorString());
        }
        return false;
    }
    if (pageCount) {
        *pageCount = pages;
    }
    return true;
}

} // namespace lotsen
