#pragma once

#include <QString>
#include <QStringList>

namespace lotsen {

// What the user asked for on the command line.
struct CommandLine
{
    enum class Command { Gui, WriteDemo };

    Command command = Command::Gui;
    QString databasePath; // empty: the default (or demo) database
    bool demo = false;
    bool force = false;
    QString language; // "sv", "en" or empty for the system language
    QString error; // set when the arguments cannot be used; the program exits with usage

    // True when the first argument names a command that needs no window.
    static bool isHeadless(int argc, char** argv);
    static CommandLine parse(const QStringList& arguments);
};

} // namespace lotsen
