#pragma once

#include "plans/ActionPlan.h"

#include <QAbstractTableModel>

namespace lotsen {

// The steps of the action plan being edited, as an editable table. Every edit is announced with the steps as they
// were before it, so that PlanEditor can make it undoable.
// Not on TableModel<Row>: an editor whose row changes each carry the steps before them for undo.
class PlanStepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Responsible, StartDate, DueDate, Status, Outcome, ColumnCount };
    Q_ENUM(Column)
    enum Role { OverdueRole = Qt::UserRole + 1 };

    explicit PlanStepsModel(QObject* parent = nullptr);

    const QList<PlanStep>& steps() const { return m_steps; }
    // Replaces the steps without recording an edit (loading a plan, undo and redo).
    void setSteps(const QList<PlanStep>& steps);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int appendStep(const PlanStep& step);
    bool removeStep(int row);
    // Moves a step up (delta -1) or down (+1).
    bool moveStep(int row, int delta);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void stepsEdited(const QList<lotsen::PlanStep>& before, const QString& description);

private:
    QList<PlanStep> m_steps;
    bool m_readOnly = false;
};

} // namespace lotsen
