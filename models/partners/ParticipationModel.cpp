#include "partners/ParticipationModel.h"

#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/InterventionRepository.h"
#include "plans/PlanRepository.h"

namespace lotsen {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Long notes stay readable in a table cell; the whole text is in the tooltip.
QString firstLine(const QString& text)
{
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? text : text.left(newline) + QStringLiteral(" …");
}

} // namespace

ParticipationModel::ParticipationModel(Workspace& workspace, QObject* parent)
    : TableModel(ColumnCount, parent), m_workspace(workspace)
{
    connect(&workspace.interventions(), &InterventionRepository::participationsChanged, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    });
    // Names and categories come from the catalogue.
    connect(&workspace.interventions(), &InterventionRepository::catalogueChanged, this, [this] {
        if (m_youthId != 0) {
            (void)refresh();
        }
    });
    // The linked step's text comes from the plan.
    connect(&workspace.plans(), &PlanRepository::plansChanged, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    });
}

void ParticipationModel::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    (void)refresh(); // a failure reaches the view through loadFailed
}

Result<void> ParticipationModel::refresh()
{
    Result<QList<Participation>> rows = QList<Participation>();
    QHash<qint64, InterventionCategory> categories;
    QHash<qint64, QString> stepTexts;
    if (m_youthId != 0) {
        rows = m_workspace.interventions().participations(m_youthId);
        const Result<QList<Intervention>> catalogue = m_workspace.interventions().interventions();
        for (const Intervention& intervention : catalogue.valueOr({})) {
            categories.insert(intervention.id, intervention.category);
        }
        bool anyStep = false;
        for (const Participation& participation : rows.valueOr({})) {
            anyStep = anyStep || participation.planStepId != 0;
        }
        Result<QHash<qint64, QString>> texts
            = anyStep ? planStepTexts(m_workspace.plans(), m_youthId) : QHash<qint64, QString>();
        // The category colours and step texts are part of the rows: without them the list would mislead.
        if (rows && !catalogue) {
            rows = catalogue.error();
        } else if (rows && !texts) {
            rows = texts.error();
        }
        stepTexts = texts.valueOr({});
    }
    m_categories = std::move(categories);
    m_stepTexts = std::move(stepTexts);
    return takeRows(std::move(rows));
}

Result<QHash<qint64, QString>> ParticipationModel::planStepTexts(const PlanRepository& plans, qint64 youthId)
{
    QHash<qint64, QString> texts;
    if (youthId == 0) {
        return texts;
    }
    // Newest version first, so a step kept through revisions reads as the current one.
    const Result<QList<PlanRepository::VersionInfo>> versions = plans.versions(youthId);
    if (!versions) {
        return versions.error();
    }
    for (const PlanRepository::VersionInfo& info : *versions) {
        const Result<std::optional<ActionPlan>> read = plans.load(info.id);
        if (!read.ok()) {
            return read.error();
        }
        const std::optional<ActionPlan>& plan = read.value();
        if (!plan) {
            continue;
        }
        for (const PlanStep& step : plan->steps) {
            if (texts.contains(step.id)) {
                continue;
            }
            texts.insert(step.id,
                         info.isFrozen() ? tr("%1 (plan version %2)").arg(step.description).arg(info.version)
                                         : step.description);
        }
    }
    return texts;
}

std::optional<Participation> ParticipationModel::participationAt(int row) const
{
    if (row < 0 || row >= rows().size()) {
        return std::nullopt;
    }
    return rows().at(row);
}

int ParticipationModel::rowOfParticipation(qint64 participationId) const
{
    return rowOf(participationId);
}

QVariant ParticipationModel::display(const Participation& participation, int column) const
{
    switch (column) {
    case InterventionName:
        return participation.interventionName;
    case Category: {
        const auto category = m_categories.constFind(participation.interventionId);
        return category == m_categories.cend() ? QString() : Vocabulary::label(*category);
    }
    case Start:
        return isoDate(participation.startDate);
    case PlannedEnd:
        return isoDate(participation.plannedEnd);
    case Status:
        return Vocabulary::label(participation.status);
    case Outcome:
        return firstLine(participation.outcome);
    case LinkedStep:
        return participation.planStepId == 0 ? QString()
                                             : m_stepTexts.value(participation.planStepId, tr("(step removed)"));
    default:
        return {};
    }
}

QVariant ParticipationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Participation& participation = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(participation, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Outcome && !participation.outcome.isEmpty()) {
            return participation.outcome;
        }
        if (index.column() == LinkedStep && participation.planStepId != 0) {
            return tr("Carries out the action-plan step: %1").arg(display(participation, LinkedStep).toString());
        }
        return {};
    case ParticipationIdRole:
        return participation.id;
    case StatusRole:
        return static_cast<int>(participation.status);
    case PlanStepIdRole:
        return participation.planStepId;
    default:
        return {};
    }
}

QString ParticipationModel::headerText(int column) const
{
    switch (column) {
    case InterventionName:
        return tr("Intervention");
    case Category:
        return tr("Category");
    case Start:
        return tr("Start");
    case PlannedEnd:
        return tr("Planned end");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    case LinkedStep:
        return tr("Action-plan step");
    default:
        return {};
    }
}

} // namespace lotsen
