#pragma once

#include "plans/ActionPlan.h"

#include <QObject>
#include <QUndoStack>

namespace lotsen {

class PlanStepsModel;

// The action plan being edited: its sections, review date and steps, with undo and redo of every edit.
// A frozen version is opened read-only and refuses all edits.
class PlanEditor : public QObject
{
    Q_OBJECT

public:
    explicit PlanEditor(QObject* parent = nullptr);
    ~PlanEditor() override;

    // Starts editing `plan` (or viewing it, read-only); forgets the undo history.
    void setPlan(const ActionPlan& plan, bool readOnly);
    // The plan with every edit so far.
    ActionPlan plan() const;
    bool hasPlan() const { return m_plan.id != 0; }
    bool isReadOnly() const { return m_readOnly; }
    bool isDirty() const { return !m_undoStack.isClean(); }

    PlanStepsModel* steps() const { return m_steps; }
    QUndoStack* undoStack() { return &m_undoStack; }

    void setSection(PlanSection section, const QString& text);
    void setNextReview(const QDate& date);
    // After a save: the saved plan (with step ids) becomes the clean state.
    void markSaved(const ActionPlan& saved);

    // Used by the undo commands: shows a state of the plan without recording an edit.
    void restore(const ActionPlan& plan);

signals:
    void planReplaced();
    void sectionChanged(lotsen::PlanSection section, const QString& text);
    void nextReviewChanged(const QDate& date);
    void dirtyChanged(bool dirty);

private:
    void record(const ActionPlan& before, const QString& description, int mergeId);

    ActionPlan m_plan; // sections and dates; the steps live in m_steps
    PlanStepsModel* m_steps = nullptr;
    QUndoStack m_undoStack;
    bool m_readOnly = true;
    bool m_restoring = false;
};

} // namespace lotsen
