#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace lotsen {

// Lays a QTextDocument out on A4 pages of a printer or PDF writer and draws the footer on every page:
// the print date, the confidentiality notice and "Page X of Y".
class PagedDocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocumentRenderer)

public:
    // Sets A4 and the margins on `device`, then paints every page. Returns the number of pages.
    static int render(QTextDocument& document, QPagedPaintDevice& device, const QDate& printDate);
    // The footer's notice instead of "Confidential: contains personal data", for documents without personal data
    // (the reports' aggregate figures).
    static void setFooterNotice(QTextDocument& document, const QString& notice);
    // A4 landscape instead of portrait, for wide lists.
    static void setLandscape(QTextDocument& document);
    // Writes a PDF atomically (QSaveFile): a crash never leaves half a file. The value is the number of pages.
    static Result<int> writePdf(QTextDocument& document, const QString& path, const QDate& printDate);
};

} // namespace lotsen
