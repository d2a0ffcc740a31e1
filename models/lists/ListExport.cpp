#include "lists/ListExport.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "core/ReplaceFile.h"
#include "core/Workspace.h"
#include "documents/DocumentStyle.h"
#include "documents/PagedDocumentRenderer.h"
#include "reports/ReportSpreadsheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <array>
#include <utility>

namespace lotsen {

namespace {

using List = ListExport::List;

constexpr std::array kCodes = {
    std::pair { List::Register, "register" },   std::pair { List::Outreach, "outreach" },
    std::pair { List::Today, "today" },         std::pair { List::Visits, "visits" },
    std::pair { List::Catalogue, "catalogue" }, std::pair { List::Partners, "partners" },
};

QString formatCode(ListExport::Format format)
{
    return format == ListExport::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

// A hidden file next to the target: the same file system, so the finished file replaces the target in one step.
QString temporaryPathFor(const QString& path, ListExport::Format format)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral(".lotsen-%1.%2.tmp")
                                                      .arg(QRandomGenerator::global()->generate64(), 0, 36)
                                                      .arg(formatCode(format)));
}

} // namespace

QString ListExport::code(List list)
{
    for (const auto& [known, text] : kCodes) {
        if (known == list) {
            return QString::fromLatin1(text);
        }
    }
    return {};
}

std::optional<ListExport::List> ListExport::listFromCode(const QString& code)
{
    for (const auto& [list, text] : kCodes) {
        if (code == QLatin1String(text)) {
            return list;
        }
    }
    return std::nullopt;
}

QString ListExport::label(List list)
{
    switch (list) {
    case List::Register:
        return tr("Register of youths");
    case List::Outreach:
        return tr("Outreach list");
    case List::Today:
        return tr("Today's work list");
    case List::Visits:
        return tr("Meeting place visits");
    case List::Catalogue:
        return tr("Intervention catalogue");
    case List::Partners:
        return tr("Partners");
    }
    return {};
}

QString ListExport::label(const QString& code)
{
    const std::optional<List> list = listFromCode(code);
    return list ? label(*list) : code;
}

bool ListExport::holdsPersonalData(List list)
{
    // The catalogue describes interventions; every other list names youths, or a partner's contact person.
    return list != List::Catalogue;
}

QStringList ListExport::heading(Workspace& workspace, const Request& request)
{
    QStringList lines;
    const QString centre = workspace.centre().centreName();
    if (!centre.isEmpty()) {
        lines.append(centre);
    }
    if (!request.filterText.isEmpty()) {
        lines.append(tr("Filters: %1").arg(request.filterText));
    }
    const std::optional<Account>& account = workspace.session().account();
    const QString when = QLocale().toString(Clock::now(), QLocale::ShortFormat);
    lines.append(
        account ? tr("Taken out %1 by %2; %n row(s).", "", request.table.rowCount()).arg(when, account->displayName)
                : tr("Taken out %1; %n row(s).", "", request.table.rowCount()).arg(when));
    if (holdsPersonalData(request.list)) {
        lines.append(tr("Contains personal data. Keep it as the centre's rules for personal data say, and delete it "
                        "when it is no longer needed."));
    }
    return lines;
}

Result<int> ListExport::write(Workspace& workspace, const Request& request, Format format, const QString& path)
{
    const QString temporary = temporaryPathFor(path, format);
    const Result<void> written = format == Format::Xlsx
        ? ReportSpreadsheet::writeXlsx({ request.table }, heading(workspace, request), temporary)
        : ReportSpreadsheet::writeCsvTable(request.table, temporary);
    if (!written) {
        QFile::remove(temporary);
        // The reason names the temporary file; the user knows the name they chose.
        return fail(
            QString(written.message()).replace(QDir::toNativeSeparators(temporary), QDir::toNativeSeparators(path)));
    }
    const int rows = request.table.rowCount();
    if (holdsPersonalData(request.list)) {
        // No personal data leaves Lotsen without its entry: the file takes its name only once the entry is written.
        const Result<void> logged = workspace.session().log(
            AccessAction::ExportList, 0,
            AccessDetail::encode(AccessDetail::Code::ListExport,
                                 { code(request.list), QString::number(rows), formatCode(format) }));
        if (!logged) {
            QFile::remove(temporary);
            qCWarning(lcAccess) << "List export refused: the access log could not record it";
            return fail(tr("Nothing was written, because the access log could not record the export: %1")
                            .arg(logged.message()));
        }
    }
    if (const Result<void> replaced = replaceFile(temporary, path); !replaced) {
        QFile::remove(temporary);
        qCWarning(lcDocuments) << "List export: the file could not replace the target";
        return fail(tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), replaced.message()));
    }
    return rows;
}

std::unique_ptr<QTextDocument> ListExport::printDocument(Workspace& workspace, const Request& request)
{
    const ReportTable& table = request.table;
    std::unique_ptr<QTextDocument> document = DocumentStyle::newDocument(table.title);
    PagedDocumentRenderer::setLandscape(*document);
    if (!holdsPersonalData(request.list)) {
        PagedDocumentRenderer::setFooterNotice(*document, tr("Contains no personal data"));
    }
    QTextCursor cursor(document.get());
    QStringList lines = heading(workspace, request);
    const QString centre = workspace.centre().centreName();
    if (!centre.isEmpty() && !lines.isEmpty() && lines.first() == centre) {
        cursor.insertText(lines.takeFirst(), DocumentStyle::text(9, false, DocumentStyle::labelColour()));
        cursor.insertBlock();
    }
    cursor.insertText(table.title.isEmpty() ? label(request.list) : table.title, DocumentStyle::text(15, true));
    for (const QString& line : std::as_const(lines)) {
        cursor.insertBlock();
        cursor.insertText(line, DocumentStyle::labelText());
    }
    cursor.insertBlock();
    if (table.columnCount() == 0) {
        return document;
    }
    QList<QTextLength> widths;
    for (int column = 0; column < table.columnCount(); ++column) {
        widths.append(QTextLength(QTextLength::VariableLength, 0));
    }
    QTextTableFormat format = DocumentStyle::table(widths, DocumentStyle::BoxBorder);
    format.setHeaderRowCount(1); // repeated at the top of every page the list runs onto
    QTextTable* grid = cursor.insertTable(table.rowCount() + 1, table.columnCount(), format);
    DocumentStyle::insertHeaderRow(grid, table.headers);
    const QTextCharFormat text = DocumentStyle::text(8.5);
    const QLocale locale;
    for (int row = 0; row < table.rowCount(); ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            const QVariant value = table.cell(row, column);
            const ReportTable::Kind kind = table.kinds.value(column, ReportTable::Kind::Text);
            QString shown;
            if (value.isNull()) {
                shown.clear();
            } else if (kind == ReportTable::Kind::Date) {
                shown = value.toDate().toString(Qt::ISODate);
            } else if (kind == ReportTable::Kind::Count) {
                shown = locale.toString(value.toLongLong());
            } else if (kind == ReportTable::Kind::Number) {
                shown = locale.toString(value.toDouble(), 'f', 1);
            } else {
                shown = value.toString();
            }
            QTextCursor cell = grid->cellAt(row + 1, column).firstCursorPosition();
            if (kind == ReportTable::Kind::Count || kind == ReportTable::Kind::Number) {
                QTextBlockFormat right;
                right.setAlignment(Qt::AlignRight);
                cell.setBlockFormat(right);
            }
            cell.insertText(shown, text);
        }
    }
    return document;
}

Result<void> ListExport::recordPrint(Workspace& workspace, const Request& request)
{
    if (!holdsPersonalData(request.list)) {
        return success();
    }
    return workspace.session().log(
        AccessAction::PrintDocument, 0,
        AccessDetail::encode(AccessDetail::Code::ListPrint,
                             { code(request.list), QString::number(request.table.rowCount()) }));
}

} // namespace lotsen
