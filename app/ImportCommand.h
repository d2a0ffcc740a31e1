#pragma once

#include <QCoreApplication>

namespace lotsen {

struct CommandLine;

// "lotsen import": imports a CSV list of youths as prospects without opening a window, with the same mapping by
// header names and the same validation as the import dialog. Prints one line per rejected row (row number and
// reason, never names or numbers) and a summary. Returns the process exit code: 0 when youths were (or with
// --dry-run would be) imported, 1 when none could be or the file cannot be read, 2 for usage errors.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const CommandLine& command);
};

} // namespace lotsen
