#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace lotsen {

bool CommandLine::isHeadless(int argc, char** argv)
{
    return argc > 1 && std::strcmp(argv[1], "demo") == 0;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine",
                                    "Lotsen keeps track of the young people at a drop-in meeting place.\n\n"
                                    "Commands:\n"
                                    "  (none)   start the program\n"
                                    "  demo     write a demo database (with --database FILE) and exit"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CommandLine", "Optional command: demo."),
                                 QStringLiteral("[command]"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("CommandLine", "Open or write the database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Start on a separate demo database with invented people."));
    const QCommandLineOption force(
        QStringLiteral("force"), QCoreApplication::translate("CommandLine", "With demo: overwrite an existing file."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("CommandLine", "User interface language: sv or en."),
                                      QStringLiteral("LANG"));
    parser.addOptions({ database, demo, force, language });
    parser.process(arguments); // exits for --help, --version and unknown options

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && positional.first() != QLatin1String("demo"))) {
        result.error = QCoreApplication::translate("CommandLine", "Unknown command: %1").arg(positional.join(u' '));
        return result;
    }
    result.command = positional.isEmpty() ? Command::Gui : Command::WriteDemo;
    result.databasePath = parser.value(database);
    result.demo = parser.isSet(demo);
    result.force = parser.isSet(force);
    result.language = parser.value(language);
    if (!result.language.isEmpty() && result.language != QLatin1String("sv")
        && result.language != QLatin1String("en")) {
        result.error = QCoreApplication::translate("CommandLine", "--lang must be sv or en.");
    } else if (result.command == Command::WriteDemo && result.databasePath.isEmpty()) {
        result.error = QCoreApplication::translate("CommandLine", "demo needs --database FILE.");
    } else if (result.command == Command::Gui && result.demo && !result.databasePath.isEmpty()) {
        result.error = QCoreApplication::translate("CommandLine", "Use either --demo or --database, not both.");
    }
    return result;
}

} // namespace lotsen
