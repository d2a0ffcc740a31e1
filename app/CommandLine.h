#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lotsen {

// What the user asked for on the command line.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Command { Gui, WriteDemo, ExportPlan, Import, ExportKey, ImportKey };

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
    QString user; // export-plan, import: the account on a database with staff accounts
    QString error; // set when the arguments cannot be used; the program exits with usage

    // True when the first argument names a command that needs no window.
    static bool isHeadless(int argc, char** argv);
    static CommandLine parse(const QStringList& arguments);
};

} // namespace lotsen
