#pragma once

#include <QCoreApplication>

namespace lotsen {

struct CommandLine;

// "lotsen report": writes the reports of a period (or the funder's participant list) as PDF, XLSX or CSV without
// opening a window, e.g. for a scheduled monthly report. The figures come from the same query layer as the Reports
// page, and only the file name and counts reach the terminal. Returns the process exit code: 0 when written, 1 when
// the database cannot be used, the user may not view reports or the file cannot be written.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const CommandLine& command);
};

} // namespace lotsen
