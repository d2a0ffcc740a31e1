#include "ReportCommand.h"

#include "CommandLine.h"
#include "CommandLineSession.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "reports/ReportExport.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportQuery.h"

#include <QTextStream>
#include <QThreadPool>

namespace lotsen {

namespace {

int exitWithError(const QString& message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

// "March 2026" or "Quarter 1 2026" when the dates are exactly such a period, as the Reports page names it; the
// dates otherwise (an empty text makes the files show them).
QString periodText(const QDate& from, const QDate& to)
{
    for (const ReportPeriod::Kind kind : ReportPeriod::kinds()) {
        if (kind == ReportPeriod::Kind::Custom) {
            continue;
        }
        const ReportPeriod period = ReportPeriod::containing(kind, from);
        if (period.from() == from && period.to() == to) {
            return period.text();
        }
    }
    return {};
}

} // namespace

int ReportCommand::run(const CommandLine& command)
{
    const std::optional<ReportExport::Format> format = ReportExport::formatFromName(command.reportFormat);
    if (!format) {
        return exitWithError(tr("--format must be pdf, xlsx or csv.")); // CommandLine::parse checked it already
    }

    CommandLineSession session;
    // Read-only and without the lock, so that a scheduled report runs while mentors work in Lotsen; a file with
    // staff accounts is opened for writing, for the access log (the login, and the participant list's entry).
    const QString openError = session.open(command, Database::Mode::ReadOnly);
    if (!openError.isEmpty()) {
        return exitWithError(openError);
    }
    Workspace& workspace = session.workspace();

    ReportExport::Request request;
    request.parameters.from = command.reportFrom;
    request.parameters.to = command.reportTo;
    request.periodText = periodText(command.reportFrom, command.reportTo);
    request.maskSmallNumbers = command.maskSmallNumbers;
    request.printDate = Clock::today();

    if (command.participantList) {
        // Personal data leaves Lotsen only with its entry in the access log, which needs a logged-in account:
        // refused before anything is written rather than written and removed again.
        if (!workspace.session().hasAccessControl()) {
            return exitWithError(tr("The participant list holds personal data, so it is only written from a "
                                    "database with staff accounts, where the access log records who wrote it."));
        }
        const Result<int> written
            = ReportExport::writeParticipantList(workspace, request, *format, command.outPath, /*commandLine*/ true);
        if (!written) {
            return exitWithError(written.message());
        }
        QTextStream(stdout) << tr("Wrote %1 (participant list, %n row(s)).", nullptr, *written).arg(command.outPath)
                            << '\n';
        return 0;
    }

    const Result<QList<Report>> reports = workspace.reports().all(request.parameters);
    if (!reports) {
        return exitWithError(reports.message());
    }
    const Result<int> written = ReportExport::writeReports(workspace, *reports, request, *format, command.outPath);
    // The charts are drawn with Qt's image threads: let them end before the process does, so that nothing is
    // still running at exit (LeakSanitizer's check at exit cannot stop a thread pool's idle threads).
    QThreadPool::globalInstance()->waitForDone();
    if (!written) {
        return exitWithError(written.message());
    }
    // Only the file and counts: the figures stay in the file, and personal data never goes to the terminal.
    const QString reportCount = tr("%n report(s)", nullptr, int(reports->size()));
    QTextStream(stdout) << (*format == ReportExport::Format::Pdf ? tr("Wrote %1 (%2, %n page(s)).", nullptr, *written)
                                                                 : tr("Wrote %1 (%2, %n table(s)).", nullptr, *written))
                               .arg(command.outPath, reportCount)
                        << '\n';
    return 0;
}

} // namespace lotsen
