#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace lotsen {

// What the user asked for on the command line.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Command {
        Gui,
        WriteDemo,
        ExportPlan,
        Import,
        ExportKey,
        ImportKey,
        Report,
        Backup,
        VerifyBackup,
        SetupServer,
        Migrate
    };

    Command command = Command::Gui;
    QString databasePath; // empty: the default (or demo) database
    bool demo = false;
    bool force = false;
    QString language; // "sv", "en" or empty for the default
    QString youth; // export-plan: an id or a personal number
    int planVersion = 0; // export-plan: 0 = the current version
    QString pdfPath; // export-plan
    bool blankTemplate = false;
    QString importSource; // import: a referral source code (KAA, school …), any case
    QString csvPath; // import: the CSV file; export-key, import-key: the key file
    bool dryRun = false; // import: validate and count, write nothing
    QString user; // export-plan, import, report: the account on a database with staff accounts
    QDate reportFrom; // report: the period, both days included
    QDate reportTo;
    QString reportFormat; // report: "pdf", "xlsx" or "csv" (checked, lower case)
    QString outPath; // report: the file to write
    bool participantList = false; // report: the funder's participant list instead of the reports
    bool maskSmallNumbers = true; // report: counts of 1-4 as "<5" (--no-mask: exact)
    QString backupFolder; // backup: the folder to write into (--to)
    QString backupPath; // verify-backup: the backup file
    QString migrateSource; // migrate: the file to move (--from)
    QString migrateTarget; // migrate: the empty server database's address (--to)
    QString serverUrl; // setup-server: a superuser's address (--server); databasePath is then the database's name
    QString ownerRole; // setup-server: --owner
    QString appRole; // setup-server: --app-user
    QString error; // set when the arguments cannot be used; the program exits with usage

    // True when the first argument names a command that needs no window.
    static bool isHeadless(int argc, char** argv);
    static CommandLine parse(const QStringList& arguments);
};

} // namespace lotsen
