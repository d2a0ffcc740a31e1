#pragma once

#include "core/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;

namespace lotsen {

class Workspace;

// Lists out of Lotsen as they are shown: the register with its filters, outreach, Today, the meeting place's
// visits, the catalogue and the partners, to an Excel workbook or a CSV that Excel opens in Swedish,
// or as a printed list. A list with personal data is written only once its entry (who, which list, how many rows)
// is in the access log, and only for its owner to read; a list without personal data (the catalogue) is not
// logged.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    enum class List { Register, Outreach, Today, Visits, Catalogue, Partners };
    enum class Format { Xlsx, Csv };

    // The stored code of a list ("register"), for the access log's detail; never change one.
    static QString code(List list);
    static std::optional<List> listFromCode(const QString& code);
    // The list's name in the user's language; an unknown code is returned as given.
    static QString label(List list);
    static QString label(const QString& code);
    // Whether the list names people: written owner-only and logged.
    static bool holdsPersonalData(List list);

    struct Request
    {
        List list = List::Register;
        ReportTable table; // what the view shows (ListSnapshot)
        QString filterText; // the filters in force, as the user would say them; empty: none
    };

    // The lines above the table and its title: centre, filters, when and by whom, and the personal-data notice.
    static QStringList heading(Workspace& workspace, const Request& request);
    // Writes the list to `path`, replacing it only once complete and (for personal data) logged. The value: rows.
    [[nodiscard]] static Result<int> write(Workspace& workspace, const Request& request, Format format,
                                           const QString& path);
    // The printed list: A4 landscape, the heading, the table with its header row on every page.
    static std::unique_ptr<QTextDocument> printDocument(Workspace& workspace, const Request& request);
    // Records a printing or print preview of the list (personal data only; otherwise nothing to record).
    [[nodiscard]] static Result<void> recordPrint(Workspace& workspace, const Request& request);
};

} // namespace lotsen
