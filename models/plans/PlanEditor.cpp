#include "plans/PlanEditor.h"

#include "core/Vocabulary.h"
#include "plans/PlanSnapshotCommand.h"
#include "plans/PlanStepsModel.h"

namespace lotsen {

namespace {
// Merge ids: one per section, so typing in a section is one undo step; review date edits merge too.
constexpr int kReviewMergeId = 100;
} // namespace

PlanEditor::PlanEditor(QObject* parent) : QObject(parent), m_steps(new PlanStepsModel(this))
{
    connect(m_steps, &PlanStepsModel::stepsEdited, this, [this](const QList<PlanStep>& before, const QString& text) {
        if (m_restoring) {
            return;
        }
        ActionPlan previous = plan();
        previous.steps = before;
        record(previous, text, -1);
    });
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
}

PlanEditor::~PlanEditor()
{
    // The undo stack is destroyed after this body and announces that it is clean; nobody should hear that.
    m_undoStack.blockSignals(true);
    blockSignals(true);
}

void PlanEditor::setPlan(const ActionPlan& plan, bool readOnly)
{
    m_readOnly = readOnly || plan.isFrozen() || plan.id == 0;
    m_undoStack.clear();
    m_restoring = true;
    m_plan = plan;
    m_steps->setReadOnly(m_readOnly);
    m_steps->setSteps(plan.steps);
    m_restoring = false;
    emit planReplaced();
    emit dirtyChanged(false);
}

ActionPlan PlanEditor::plan() const
{
    ActionPlan result = m_plan;
    result.steps = m_steps->steps();
    return result;
}

void PlanEditor::record(const ActionPlan& before, const QString& description, int mergeId)
{
    m_undoStack.push(new PlanSnapshotCommand(this, before, plan(), description, mergeId));
}

void PlanEditor::setSection(PlanSection section, const QString& text)
{
    if (m_readOnly || m_restoring || m_plan.section(section) == text) {
        return;
    }
    const ActionPlan before = plan();
    m_plan.setSection(section, text);
    record(before, tr("Edit \"%1\"").arg(Vocabulary::heading(section)), static_cast<int>(section));
}

void PlanEditor::setNextReview(const QDate& date)
{
    if (m_readOnly || m_restoring || m_plan.nextReview == date) {
        return;
    }
    const ActionPlan before = plan();
    m_plan.nextReview = date;
    record(before, tr("Change the review date"), kReviewMergeId);
}

void PlanEditor::markSaved(const ActionPlan& saved)
{
    m_restoring = true;
    m_plan = saved;
    m_steps->setSteps(saved.steps);
    m_restoring = false;
    // The history stays, so a mentor can still undo after saving; the saved state is the clean one.
    m_undoStack.setClean();
}

void PlanEditor::restore(const ActionPlan& state)
{
    m_restoring = true;
    const ActionPlan previous = m_plan;
    m_plan = state;
    // An undo to a state before the last save is still an edit of the saved version: it keeps that version's row
    // version, so that the next save is not refused as if someone else had saved.
    m_plan.rowVersion = previous.rowVersion;
    m_steps->setSteps(state.steps);
    m_restoring = false;
    for (PlanSection section : Vocabulary::planSections()) {
        if (previous.section(section) != state.section(section)) {
            emit sectionChanged(section, state.section(section));
        }
    }
    if (previous.nextReview != state.nextReview) {
        emit nextReviewChanged(state.nextReview);
    }
}

} // namespace lotsen
