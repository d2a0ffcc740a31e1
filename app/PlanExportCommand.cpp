#include "PlanExportCommand.h"

#include "CommandLine.h"
#include "CommandLineSession.h"
#include "access/AccessDetail.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "plans/PlanPrintout.h"
#include "youth/PersonalNumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace lotsen {

namespace {

int exitWithError(const QString& message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

} // namespace

int PlanExportCommand::run(const CommandLine& command)
{
    CommandLineSession session;
    // Read-only and without the lock, so that plans can be archived while mentors work in Lotsen; a file with
    // staff accounts is opened for writing, for the access log.
    const QString openError = session.open(command, Database::Mode::ReadOnly);
    if (!openError.isEmpty()) {
        return exitWithError(openError);
    }
    Workspace& workspace = session.workspace();

    // A personal number in any accepted form, or Lotsen's own number for the youth.
    qint64 youthId = 0;
    const PersonalNumber number = PersonalNumber::parse(command.youth, Clock::today());
    if (number.isValid()) {
        const Result<qint64> found = workspace.youths().idByPersonalNumber(number.twelveDigits());
        if (!found) {
            return exitWithError(found.message());
        }
        youthId = *found;
    } else {
        bool isId = false;
        const qint64 id = command.youth.toLongLong(&isId);
        if (isId) {
            const Result<std::optional<Youth>> youth = workspace.youths().load(id);
            if (!youth.ok()) {
                return exitWithError(youth.message());
            }
            youthId = youth.value() ? id : 0;
        }
    }
    if (youthId == 0) {
        // Not echoed: the argument may be a personal number, and terminal output ends up in logs.
        return exitWithError(tr("No youth with that number was found."));
    }

    ActionPlan plan;
    plan.youthId = youthId;
    if (!command.blankTemplate || command.planVersion > 0) {
        const Result<std::optional<ActionPlan>> read = command.planVersion > 0
            ? workspace.plans().byVersion(youthId, command.planVersion)
            : workspace.plans().current(youthId);
        if (!read.ok()) {
            return exitWithError(read.message());
        }
        const std::optional<ActionPlan>& found = read.value();
        if (!found) {
            return exitWithError(command.planVersion > 0
                                     ? tr("The youth has no plan version %1.").arg(command.planVersion)
                                     : tr("The youth has no action plan yet. Use --blank for a blank template."));
        }
        plan = *found;
    }

    const Result<int> written = PlanPrintout::exportPdf(workspace, plan, command.blankTemplate, command.pdfPath);
    if (!written) {
        return exitWithError(written.message());
    }
    const int pages = *written;
    if (const Result<void> logged = workspace.session().log(
            AccessAction::ExportPdf, youthId,
            AccessDetail::encode(command.blankTemplate ? AccessDetail::Code::BlankPlanCommandLine
                                                       : AccessDetail::Code::ActionPlanCommandLine));
        !logged) {
        // No export without its entry in the access log.
        QFile::remove(command.pdfPath);
        return exitWithError(
            tr("The PDF was removed again, because the access log could not record it: %1").arg(logged.message()));
    }
    // Only the file and the page count: personal data never goes to the terminal or its logs.
    QTextStream(stdout) << tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(command.pdfPath) << '\n';
    return 0;
}

} // namespace lotsen
