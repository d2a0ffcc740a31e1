#include "ImportCommand.h"

#include "CommandLine.h"
#include "CommandLineSession.h"
#include "access/AccessDetail.h"
#include "core/CleanText.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "outreach/YouthImporter.h"

#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

namespace lotsen {

namespace {

int exitWithError(const QString& message, int exitCode = 1)
{
    QTextStream(stderr) << message << '\n';
    return exitCode;
}

} // namespace

int ImportCommand::run(const CommandLine& command)
{
    // Codes as the database stores them (kaa, school, social_services …), in any case.
    const ReferralSource source = Vocabulary::referralSourceFromCode(command.importSource.toLower());
    if (source == ReferralSource::None) {
        QStringList codes;
        for (ReferralSource known : Vocabulary::referralSources()) {
            if (known != ReferralSource::None) {
                codes.append(Vocabulary::code(known));
            }
        }
        return exitWithError(
            tr("Unknown referral source %1. Use one of: %2.").arg(command.importSource, codes.join(u", ")), 2);
    }
    // A mistyped path must not quietly create a new, empty register.
    if (!QFileInfo::exists(command.databasePath)) {
        return exitWithError(tr("The database %1 does not exist.").arg(command.databasePath));
    }
    CommandLineSession session;
    // A dry run only reads, so it may run beside a Lotsen that has the file open (unless the file has accounts).
    const QString openError
        = session.open(command, command.dryRun ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!openError.isEmpty()) {
        return exitWithError(openError);
    }
    Workspace& workspace = session.workspace();
    // Said before the file is read; the data layer would refuse the import anyway.
    if (!workspace.session().allows(Permission::ImportYouths)) {
        return exitWithError(Permissions::refusal());
    }

    YouthImporter importer(workspace.youths());
    if (const Result<void> loaded = importer.loadFile(command.csvPath); !loaded) {
        return exitWithError(loaded.message());
    }
    const QString mappingError = importer.mappingError();
    if (!mappingError.isEmpty()) {
        return exitWithError(mappingError);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList header = importer.table().header;
    for (qsizetype column = 0; column < header.size(); ++column) {
        if (importer.mapping().value(column) == YouthImporter::Field::Ignore) {
            // The file's own text, shown escaped: a header cell could carry terminal escape sequences.
            err << tr("Column \"%1\" is not imported.").arg(CleanText::forTerminal(header.at(column))) << '\n';
        }
    }
    for (const YouthImporter::Row& row : importer.rows()) {
        if (row.status == YouthImporter::RowStatus::Invalid) {
            out << tr("row %1: %2").arg(QString::number(row.line), row.message) << '\n';
        }
    }
    // The youths and the import's access-log entry commit together, or nothing is imported.
    YouthImporter::Summary summary;
    const Result<void> imported = workspace.session().loggedWrite(
        { AccessAction::ImportYouths, 0, {} }, [&](Session::LogEntry& entry) -> Result<void> {
            summary = importer.import(source, command.dryRun);
            if (!summary.ok) {
                return fail(summary.error);
            }
            entry.detail = AccessDetail::encode(command.dryRun ? AccessDetail::Code::ImportCommandLineDryRun
                                                               : AccessDetail::Code::ImportCommandLine,
                                                { QString::number(summary.imported) });
            return success();
        });
    if (!summary.ok) {
        // The database's reason may name a youth, so only the row goes to the terminal and its logs.
        return exitWithError(summary.failedLine > 0
                                 ? tr("The import failed at row %1. Nothing was imported.").arg(summary.failedLine)
                                 : tr("The import failed. Nothing was imported."));
    }
    if (!imported) {
        return exitWithError(tr("Nothing was imported: %1").arg(imported.message()));
    }
    if (command.dryRun) {
        out << tr("Dry run: %1 rows read: %2 would be imported, %3 already registered, %4 rejected. Nothing was "
                  "written.")
                   .arg(summary.read)
                   .arg(summary.imported)
                   .arg(summary.alreadyRegistered)
                   .arg(summary.rejected)
            << '\n';
    } else {
        out << tr("%1 rows read: %2 imported, %3 already registered, %4 rejected")
                   .arg(summary.read)
                   .arg(summary.imported)
                   .arg(summary.alreadyRegistered)
                   .arg(summary.rejected)
            << '\n';
    }
    return summary.imported > 0 ? 0 : 1;
}

} // namespace lotsen
