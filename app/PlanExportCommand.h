#pragma once

#include <QCoreApplication>

namespace lotsen {

struct CommandLine;

// "lotsen export-plan": writes a youth's action plan (or a blank template) as PDF without opening a window,
// for archiving. Returns the process exit code.
class PlanExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanExportCommand)

public:
    static int run(const CommandLine& command);
};

} // namespace lotsen
