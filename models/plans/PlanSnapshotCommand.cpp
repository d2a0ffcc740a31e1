#include "plans/PlanSnapshotCommand.h"

#include "plans/PlanEditor.h"

namespace lotsen {

PlanSnapshotCommand::PlanSnapshotCommand(PlanEditor* editor, const ActionPlan& before, const ActionPlan& after,
                                         const QString& text, int mergeId)
    : QUndoCommand(text), m_editor(editor), m_before(before), m_after(after), m_mergeId(mergeId)
{
}

void PlanSnapshotCommand::undo()
{
    m_editor->restore(m_before);
}

void PlanSnapshotCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    m_editor->restore(m_after);
}

bool PlanSnapshotCommand::mergeWith(const QUndoCommand* other)
{
    if (other->id() != id() || id() < 0) {
        return false;
    }
    m_after = static_cast<const PlanSnapshotCommand*>(other)->m_after;
    return true;
}

} // namespace lotsen
