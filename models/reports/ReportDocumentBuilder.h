#pragma once

#include "core/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace lotsen {

// Builds the printable report (A4, in the UI language): the letterhead, the period and filters, then every report
// with its tables (small numbers masked), charts and definitions. Tables that are on screen only (names of youths)
// are never printed. PagedDocumentRenderer adds the page footers and sends it to a printer or a PDF file.
class ReportDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocumentBuilder)

public:
    struct Input
    {
        QList<Report> reports;
        QString centreName;
        QImage logo;
        QString projectName;
        QDate from;
        QDate to;
        QString periodText; // empty: "from – to" in ISO dates
        QString filterText; // empty: no filters
        bool maskSmallNumbers = true;
    };

    static std::unique_ptr<QTextDocument> build(const Input& input);
    // Builds the document and writes it as a PDF (QSaveFile). The value is the number of pages.
    static Result<int> writePdf(const Input& input, const QString& path, const QDate& printDate);
};

} // namespace lotsen
