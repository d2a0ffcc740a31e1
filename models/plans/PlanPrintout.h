#pragma once

#include "core/Result.h"
#include "plans/ActionPlan.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class QTextDocument;

namespace lotsen {

class Workspace;

// Gathers what a printed action plan shows (youth, mentor, centre name and logo) and builds or exports it.
// The GUI's print preview, its PDF export and the "export-plan" command all go through here.
class PlanPrintout
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrintout)

public:
    // `plan` may be an empty ActionPlan with only youthId set, for a blank template.
    // Fails when what the printout shows cannot be read.
    static Result<std::unique_ptr<QTextDocument>> document(Workspace& workspace, const ActionPlan& plan,
                                                           bool blankTemplate);
    // The value is the number of pages written.
    static Result<int> exportPdf(Workspace& workspace, const ActionPlan& plan, bool blankTemplate, const QString& path);
};

} // namespace lotsen
