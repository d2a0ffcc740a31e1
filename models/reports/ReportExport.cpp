#include "reports/ReportExport.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Workspace.h"
#include "reports/ReportSpreadsheet.h"

#include <QFile>

namespace lotsen {

namespace {

QString periodOf(const ReportExport::Request& request)
{
    return request.periodText.isEmpty() ? ReportExport::tr("%1 – %2").arg(request.parameters.from.toString(Qt::ISODate),
                                                                          request.parameters.to.toString(Qt::ISODate))
                                        : request.periodText;
}

} // namespace

std::optional<ReportExport::Format> ReportExport::formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"pdf") {
        return Format::Pdf;
    }
    if (lower == u"xlsx") {
        return Format::Xlsx;
    }
    if (lower == u"csv") {
        return Format::Csv;
    }
    return std::nullopt;
}

QString ReportExport::name(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QStringList ReportExport::heading(Workspace& workspace, const Request& request, const QString& title)
{
    CentreSettings& centre = workspace.centre();
    QStringList lines { centre.centreName() };
    if (!centre.projectName().isEmpty()) {
        lines.append(tr("Project: %1").arg(centre.projectName()));
    }
    lines.append(title);
    lines.append(tr("Period: %1 (%2 – %3)")
                     .arg(periodOf(request), request.parameters.from.toString(Qt::ISODate),
                          request.parameters.to.toString(Qt::ISODate)));
    if (!request.parameters.filterText.isEmpty()) {
        lines.append(tr("Filters: %1").arg(request.parameters.filterText));
    }
    if (request.maskSmallNumbers) {
        lines.append(tr("Counts of 1–4 are shown as <5; totals are exact."));
    }
    return lines;
}

ReportDocumentBuilder::Input ReportExport::documentInput(Workspace& workspace, const QList<Report>& reports,
                                                         const Request& request)
{
    ReportDocumentBuilder::Input input;
    input.reports = reports;
    input.centreName = workspace.centre().centreName();
    input.logo = workspace.centre().logo();
    input.projectName = workspace.centre().projectName();
    input.from = request.parameters.from;
    input.to = request.parameters.to;
    input.periodText = request.periodText;
    input.filterText = request.parameters.filterText;
    input.maskSmallNumbers = request.maskSmallNumbers;
    return input;
}

Result<int> ReportExport::writeReports(Workspace& workspace, const QList<Report>& reports, const Request& request,
                                       Format format, const QString& path)
{
    if (!workspace.session().allows(Permission::ViewReports)) {
        return fail(tr("Reports are for coordinators and administrators."));
    }
    if (format == Format::Pdf) {
        return ReportDocumentBuilder::writePdf(documentInput(workspace, reports, request), path, request.printDate);
    }
    QList<ReportTable> tables;
    for (const Report& report : reports) {
        for (const ReportTable& table : report.tables) {
            if (table.onScreenOnly) {
                continue;
            }
            ReportTable written = request.maskSmallNumbers ? table.maskedSmallNumbers() : table;
            written.title = report.title + QStringLiteral(": ") + table.title;
            tables.append(written);
        }
    }
    const QStringList lines = heading(workspace, request, tr("Reports"));
    const Result<void> written = format == Format::Xlsx ? ReportSpreadsheet::writeXlsx(tables, lines, path)
                                                        : ReportSpreadsheet::writeCsv(tables, lines, path);
    if (!written) {
        return written.error();
    }
    return int(tables.size());
}

Result<int> ReportExport::writeParticipantList(Workspace& workspace, const Request& request, Format format,
                                               const QString& path, bool commandLine)
{
    if (format == Format::Pdf) {
        return fail(tr("The participant list is written as XLSX or CSV."));
    }
    const Result<ReportTable> list = workspace.reports().participantList(request.parameters);
    if (!list) {
        return list.error();
    }
    QStringList lines = heading(workspace, { request.parameters, request.periodText, false, request.printDate },
                                tr("Participant list"));
    lines.append(tr("Contains personal data. Keep it as the centre's rules for personal data say."));
    const Result<void> written = format == Format::Xlsx ? ReportSpreadsheet::writeXlsx({ *list }, lines, path)
                                                        : ReportSpreadsheet::writeCsv({ *list }, lines, path);
    if (!written) {
        return written.error();
    }
    const int rows = list->rowCount();
    const Result<void> logged
        = workspace.session().log(AccessAction::ExportParticipantList, 0,
                                  AccessDetail::encode(commandLine ? AccessDetail::Code::ParticipantListCommandLine
                                                                   : AccessDetail::Code::ParticipantList,
                                                       { QString::number(rows), name(format) }));
    if (!logged) {
        // No personal data out of Lotsen without its entry in the access log.
        if (!QFile::remove(path)) {
            return fail(tr("The access log could not record the participant list (%1), and the file %2 could not be "
                           "removed: delete it yourself.")
                            .arg(logged.message(), path));
        }
        return fail(tr("The participant list was removed again, because the access log could not record it: %1")
                        .arg(logged.message()));
    }
    return rows;
}

} // namespace lotsen
