#include "plans/PlanPrintout.h"

#include "access/StaffRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "documents/PagedDocumentRenderer.h"
#include "plans/PlanDocumentBuilder.h"
#include "youth/YouthRepository.h"

#include <QTextDocument>

namespace lotsen {

Result<std::unique_ptr<QTextDocument>> PlanPrintout::document(Workspace& workspace, const ActionPlan& plan,
                                                              bool blankTemplate)
{
    PlanDocumentBuilder::Input input;
    input.plan = plan;
    input.blankTemplate = blankTemplate;
    const Result<std::optional<Youth>> youth = workspace.youths().load(plan.youthId);
    if (!youth.ok()) {
        return youth.error();
    }
    if (youth.value()) {
        input.youth = *youth.value();
    }
    // The plan's own mentor if it has one; a blank template shows the youth's current mentor.
    const qint64 mentorId = plan.staffId != 0 ? plan.staffId : input.youth.mentorId;
    if (mentorId != 0) {
        const Result<QString> mentorName = workspace.staff().nameOf(mentorId);
        if (!mentorName) {
            return mentorName.error();
        }
        input.mentorName = *mentorName;
    }
    input.centreName = workspace.centre().centreName();
    input.logo = workspace.centre().logo();
    return PlanDocumentBuilder::build(input);
}

Result<int> PlanPrintout::exportPdf(Workspace& workspace, const ActionPlan& plan, bool blankTemplate,
                                    const QString& path)
{
    const Result<std::unique_ptr<QTextDocument>> doc = document(workspace, plan, blankTemplate);
    if (!doc) {
        return doc.error();
    }
    return PagedDocumentRenderer::writePdf(**doc, path, Clock::today());
}

} // namespace lotsen
