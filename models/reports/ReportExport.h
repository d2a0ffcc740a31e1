#pragma once

#include "core/Result.h"
#include "reports/ReportDocumentBuilder.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace lotsen {

class Workspace;

// Writes the reports out of Lotsen, for the page and for `lotsen report` alike: all reports as a PDF, an XLSX
// workbook or a CSV (small numbers masked when asked; the names of "no one lost" never), and the funder's
// participant list, which holds personal data: coordinators and administrators only, owner-only, and only with
// its entry in the access log (a file whose entry cannot be written is removed again).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    enum class Format { Pdf, Xlsx, Csv };
    static std::optional<Format> formatFromName(const QString& name); // "pdf", "xlsx", "csv", any case
    static QString name(Format format);

    struct Request
    {
        ReportParameters parameters;
        QString periodText; // "mars 2026"; empty: the dates
        bool maskSmallNumbers = true;
        QDate printDate;
    };

    // The lines that open every file: centre, project, period, filters.
    static QStringList heading(Workspace& workspace, const Request& request, const QString& title);
    // What the printed report shows: the centre's letterhead, the project, the period and filters, the reports.
    static ReportDocumentBuilder::Input documentInput(Workspace& workspace, const QList<Report>& reports,
                                                      const Request& request);
    // The reports (already computed, e.g. those on screen) to `path`. The value: pages (PDF) or tables written.
    static Result<int> writeReports(Workspace& workspace, const QList<Report>& reports, const Request& request,
                                    Format format, const QString& path);
    // The participant list to `path` (XLSX or CSV); `commandLine` only changes the log's wording. The value: rows.
    static Result<int> writeParticipantList(Workspace& workspace, const Request& request, Format format,
                                            const QString& path, bool commandLine = false);
};

} // namespace lotsen
