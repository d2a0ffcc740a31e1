#pragma once

#include "plans/ActionPlan.h"

#include <QUndoCommand>

namespace lotsen {

class PlanEditor;

// One undoable edit of an action plan, stored as the plan before and after it. Plans are a few kilobytes,
// so whole snapshots are simpler and safer than a command class per kind of edit.
class PlanSnapshotCommand : public QUndoCommand
{
public:
    // `mergeId` >= 0 merges consecutive edits of the same kind (typing in one section) into one undo step.
    PlanSnapshotCommand(PlanEditor* editor, const ActionPlan& before, const ActionPlan& after, const QString& text,
                        int mergeId);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanEditor* m_editor;
    ActionPlan m_before;
    ActionPlan m_after;
    int m_mergeId;
    bool m_alreadyApplied = true; // the edit happened before the command was pushed
};

} // namespace lotsen
