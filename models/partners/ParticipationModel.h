#pragma once

#include "partners/Intervention.h"

#include "core/TableModel.h"

#include <QHash>
#include <QList>

#include <optional>

namespace lotsen {

class PlanRepository;
class Workspace;

// One youth's participations in interventions, newest start first: which intervention, when, how it stands and
// went, and the action-plan step it carries out. Refreshes itself when the participations, the catalogue or the
// youth's plan change.
class ParticipationModel : public TableModel<Participation>
{
    Q_OBJECT

public:
    enum Column { InterventionName, Category, Start, PlannedEnd, Status, Outcome, LinkedStep, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ParticipationIdRole = Qt::UserRole + 1,
        StatusRole, // ParticipationStatus as int
        PlanStepIdRole
    };
    Q_ENUM(Role)

    explicit ParticipationModel(Workspace& workspace, QObject* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }

    std::optional<Participation> participationAt(int row) const;
    int rowOfParticipation(qint64 participationId) const;

    // The text of every step in the youth's plans, by step id: steps of the current version as they are, those
    // only in an earlier version marked with it. A participation may point at a step of a frozen version.
    static Result<QHash<qint64, QString>> planStepTexts(const PlanRepository& plans, qint64 youthId);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    QVariant display(const Participation& participation, int column) const;

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    QHash<qint64, InterventionCategory> m_categories; // by intervention id
    QHash<qint64, QString> m_stepTexts; // by plan step id
};

} // namespace lotsen
