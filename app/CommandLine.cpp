#include "CommandLine.h"

#include "reports/ReportExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace lotsen {

namespace {

// Why the report's options cannot be used, or empty. The values as typed, for the messages.
QString reportError(const QString& from, const QString& to, const QString& format, const CommandLine& parsed)
{
    if (from.isEmpty() || to.isEmpty()) {
        return CommandLine::tr("report needs --from and --to, the first and last day of the period, e.g. "
                               "--from 2026-03-01 --to 2026-03-31.");
    }
    if (!parsed.reportFrom.isValid()) {
        return CommandLine::tr("--from must be a date as YYYY-MM-DD, not %1.").arg(from);
    }
    if (!parsed.reportTo.isValid()) {
        return CommandLine::tr("--to must be a date as YYYY-MM-DD, not %1.").arg(to);
    }
    if (parsed.reportFrom > parsed.reportTo) {
        return CommandLine::tr("--from must not be after --to.");
    }
    if (format.isEmpty()) {
        return CommandLine::tr("report needs --format pdf, xlsx or csv.");
    }
    if (parsed.reportFormat.isEmpty()) {
        return CommandLine::tr("--format must be pdf, xlsx or csv, not %1.").arg(format);
    }
    if (parsed.outPath.isEmpty()) {
        return CommandLine::tr("report needs --out FILE, the file to write.");
    }
    if (parsed.participantList && parsed.reportFormat == QLatin1String("pdf")) {
        return CommandLine::tr("The participant list is written as XLSX or CSV: use --format xlsx or --format csv.");
    }
    return {};
}

} // namespace

bool CommandLine::isHeadless(int argc, char** argv)
{
    if (argc > 1
        && (std::strcmp(argv[1], "demo") == 0 || std::strcmp(argv[1], "export-plan") == 0
            || std::strcmp(argv[1], "import") == 0 || std::strcmp(argv[1], "export-key") == 0
            || std::strcmp(argv[1], "import-key") == 0 || std::strcmp(argv[1], "report") == 0
            || std::strcmp(argv[1], "backup") == 0 || std::strcmp(argv[1], "verify-backup") == 0
            || std::strcmp(argv[1], "setup-server") == 0 || std::strcmp(argv[1], "migrate") == 0)) {
        return true;
    }
    // --help and the version print text and exit, so they must work over ssh without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "--help-all") == 0 || std::strcmp(argv[i], "-v") == 0
            || std::strcmp(argv[i], "--version") == 0) {
            return true;
        }
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    const bool exportPlan = arguments.size() > 1 && arguments.at(1) == QLatin1String("export-plan");
    const bool import = arguments.size() > 1 && arguments.at(1) == QLatin1String("import");
    const bool report = arguments.size() > 1 && arguments.at(1) == QLatin1String("report");
    const bool keyCommand = arguments.size() > 1
        && (arguments.at(1) == QLatin1String("export-key") || arguments.at(1) == QLatin1String("import-key"));
    const bool backup = arguments.size() > 1 && arguments.at(1) == QLatin1String("backup");
    const bool verifyBackup = arguments.size() > 1 && arguments.at(1) == QLatin1String("verify-backup");
    const bool setupServer = arguments.size() > 1 && arguments.at(1) == QLatin1String("setup-server");
    const bool migrate = arguments.size() > 1 && arguments.at(1) == QLatin1String("migrate");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lotsen keeps track of the young people at a drop-in meeting place.\n\n"
           "Commands:\n"
           "  (none)        start the program\n"
           "  demo          write a demo database (--database FILE [--force]) and exit\n"
           "  export-plan   write a youth's action plan as PDF (--database FILE --youth ID|PERSONNUMMER\n"
           "                [--version N] [--blank] --pdf OUT.pdf [--user NAME]) and exit\n"
           "  export-key    write the access log's key to FILE, encrypted with a passphrase read from\n"
           "                standard input, to move the database to another PC, and exit\n"
           "  import-key    read such a key FILE on the other PC and exit\n"
           "  import        import youths from a CSV file as prospects (--database FILE --source KAA\n"
           "                [--dry-run] [--user NAME] FILE.csv) and exit\n"
           "  report        write the reports for a period as PDF, XLSX or CSV (--database FILE\n"
           "                --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|xlsx|csv --out FILE [--no-mask]\n"
           "                [--participants] [--user NAME]) and exit\n"
           "  backup        write a verified backup into a folder, keeping 7 daily, 5 weekly and 12\n"
           "                monthly backups there (--database FILE --to DIR [--user NAME]) and exit\n"
           "  verify-backup check a backup FILE (an encrypted one with its passphrase from standard input);\n"
           "                the exit code is 0 only for a sound backup\n"
           "  setup-server  prepare a PostgreSQL server for a shared database, once, as its superuser\n"
           "                (--server postgresql://postgres@HOST:5432/postgres [--database lotsen]\n"
           "                [--owner lotsen_owner] [--app-user lotsen_app]); piped standard input: the\n"
           "                superuser's, the owner's and the program's passwords, one a line\n"
           "  migrate       move a centre's register from its file into an empty shared database on a\n"
           "                server, as the database's owner (--from FILE.lotsen\n"
           "                --to postgresql://OWNER@HOST:5432/DBNAME); the password from standard input\n"
           "                when piped; the file is only read"));
    parser.addHelpOption();
    // export-plan has a --version N of its own, so the program version is only offered elsewhere.
    if (!exportPlan) {
        parser.addVersionOption();
    }
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("Optional command: demo, export-plan, import, report, backup or verify-backup."),
                                 QStringLiteral("[command]"));
    const QCommandLineOption database(QStringLiteral("database"), tr("Open or write the database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start on a separate demo database with invented people."));
    const QCommandLineOption force(QStringLiteral("force"), tr("With demo: overwrite an existing file."));
    const QCommandLineOption language(QStringLiteral("lang"), tr("User interface language: sv or en."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption youth(QStringLiteral("youth"),
                                   tr("With export-plan: the youth's number in Lotsen or personal number."),
                                   QStringLiteral("ID"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     tr("With export-plan: the plan version (default: the current one)."),
                                     QStringLiteral("N"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("With export-plan: the PDF file to write."),
                                 QStringLiteral("OUT.pdf"));
    const QCommandLineOption blank(QStringLiteral("blank"),
                                   tr("With export-plan: a blank template with the youth's name."));
    const QCommandLineOption source(QStringLiteral("source"),
                                    tr("With import: the referral source of the imported youths, e.g. KAA."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("With import: check the file, write nothing."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("With export-plan, import, report and backup on a database with staff accounts: "
                                     "your username; the password is read from standard input."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), tr("With report: the first day of the period (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("With report: the last day of the period (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("With report: the file format, pdf, xlsx or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), tr("With report: the file to write."), QStringLiteral("FILE"));
    const QCommandLineOption participants(
        QStringLiteral("participants"),
        tr("With report: the funder's participant list (personal data; xlsx or csv) instead of the reports."));
    const QCommandLineOption noMask(QStringLiteral("no-mask"),
                                    tr("With report: exact counts; by default counts of 1-4 are written as <5."));
    const QCommandLineOption backupTo(QStringLiteral("to"), tr("With backup: the folder to write the backup into."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("With setup-server: a superuser's address on the server, e.g. "
                                       "postgresql://postgres@server:5432/postgres."),
                                    QStringLiteral("URL"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   tr("With setup-server: the role that owns the database (default lotsen_owner)."),
                                   QStringLiteral("ROLE"));
    const QCommandLineOption appUser(QStringLiteral("app-user"),
                                     tr("With setup-server: the role Lotsen logs in as (default lotsen_app)."),
                                     QStringLiteral("ROLE"));
    parser.addOptions({ database, demo, force, language, youth, pdf, blank, source, dryRun, user, format, out,
                        participants, noMask });
    if (setupServer) {
        parser.addOptions({ server, owner, appUser });
    }
    // --to is the report's last day, and the backup's folder.
    parser.addOptions({ from, backup ? backupTo : to });
    if (exportPlan) {
        parser.addOption(version);
    }
    parser.process(arguments); // exits for --help, --version and unknown options

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    // import takes the CSV file as a second positional argument.
    if (positional.size() > (import || keyCommand || verifyBackup ? 2 : 1)
        || (!command.isEmpty() && command != QLatin1String("demo") && command != QLatin1String("export-plan")
            && command != QLatin1String("import") && !report && !keyCommand && !backup && !verifyBackup && !setupServer
            && !migrate)) {
        result.error = tr("Unknown command: %1").arg(positional.join(u' '));
        return result;
    }
    result.command = command.isEmpty()            ? Command::Gui
        : command == QLatin1String("demo")        ? Command::WriteDemo
        : command == QLatin1String("export-plan") ? Command::ExportPlan
        : command == QLatin1String("export-key")  ? Command::ExportKey
        : command == QLatin1String("import-key")  ? Command::ImportKey
        : command == QLatin1String("report")      ? Command::Report
        : backup                                  ? Command::Backup
        : verifyBackup                            ? Command::VerifyBackup
        : setupServer                             ? Command::SetupServer
        : migrate                                 ? Command::Migrate
                                                  : Command::Import;
    result.databasePath = parser.value(database);
    result.demo = parser.isSet(demo);
    result.force = parser.isSet(force);
    result.language = parser.value(language);
    result.youth = parser.value(youth).trimmed();
    result.pdfPath = parser.value(pdf);
    result.blankTemplate = parser.isSet(blank);
    result.importSource = parser.value(source).trimmed();
    result.csvPath = positional.value(1);
    result.dryRun = parser.isSet(dryRun);
    result.user = parser.value(user).trimmed();
    result.reportFrom = QDate::fromString(parser.value(from).trimmed(), Qt::ISODate);
    if (backup) {
        result.backupFolder = parser.value(backupTo);
    } else {
        result.reportTo = QDate::fromString(parser.value(to).trimmed(), Qt::ISODate);
    }
    if (verifyBackup) {
        result.backupPath = positional.value(1);
    }
    // migrate: --from and --to name the file and the server database.
    if (migrate) {
        result.migrateSource = parser.value(from);
        result.migrateTarget = parser.value(to).trimmed();
    }
    if (setupServer) {
        result.serverUrl = parser.value(server).trimmed();
        result.ownerRole = parser.value(owner).trimmed();
        result.appRole = parser.value(appUser).trimmed();
    }
    const std::optional<ReportExport::Format> reportFormat = ReportExport::formatFromName(parser.value(format));
    result.reportFormat = reportFormat ? ReportExport::name(*reportFormat) : QString();
    result.outPath = parser.value(out);
    result.participantList = parser.isSet(participants);
    result.maskSmallNumbers = !parser.isSet(noMask);
    if (exportPlan && parser.isSet(version)) {
        bool ok = false;
        result.planVersion = parser.value(version).toInt(&ok);
        if (!ok || result.planVersion < 1) {
            result.error = tr("--version must be a plan version number (1, 2, 3 …).");
            return result;
        }
    }

    if (!result.language.isEmpty() && result.language != QLatin1String("sv")
        && result.language != QLatin1String("en")) {
        result.error = tr("--lang must be sv or en.");
    } else if (verifyBackup && result.backupPath.isEmpty()) {
        result.error = tr(
            "verify-backup needs the backup file, e.g. lotsen verify-backup lotsen-auto-2026-12-06-093000.lotsen.");
    } else if (keyCommand && result.csvPath.isEmpty()) {
        result.error = tr("%1 needs the key file, e.g. lotsen %1 lotsen-key.txt.").arg(command);
    } else if (setupServer && result.serverUrl.isEmpty()) {
        result.error = tr("setup-server needs --server postgresql://SUPERUSER@HOST:5432/postgres, a superuser's "
                          "address on the server.");
    } else if (migrate && (result.migrateSource.isEmpty() || result.migrateTarget.isEmpty())) {
        result.error = tr("migrate needs --from FILE.lotsen and --to postgresql://OWNER@HOST:5432/DBNAME.");
    } else if (result.command != Command::Gui && !keyCommand && !verifyBackup && !setupServer && !migrate
               && result.databasePath.isEmpty()) {
        result.error = tr("%1 needs --database FILE.").arg(command);
    } else if (result.command == Command::ExportPlan && (result.youth.isEmpty() || result.pdfPath.isEmpty())) {
        result.error = tr("export-plan needs --youth ID|PERSONNUMMER and --pdf OUT.pdf.");
    } else if (result.command == Command::Import && (result.importSource.isEmpty() || result.csvPath.isEmpty())) {
        result.error = tr("import needs --source CODE and the CSV file, e.g. lotsen import --database FILE "
                          "--source KAA youths.csv.");
    } else if (result.command == Command::Backup && result.backupFolder.isEmpty()) {
        result.error = tr("backup needs --to DIR, the folder to write the backup into.");
    } else if (result.command == Command::Report) {
        result.error
            = reportError(parser.value(from).trimmed(), parser.value(to).trimmed(), parser.value(format), result);
    } else if (result.command == Command::Gui && result.demo && !result.databasePath.isEmpty()) {
        result.error = tr("Use either --demo or --database, not both.");
    }
    return result;
}

} // namespace lotsen
