#include "plans/PlanStepsModel.h"

#include "core/Clock.h"
#include "core/Vocabulary.h"

#include <QColor>
#include <QFont>

namespace lotsen {

PlanStepsModel::PlanStepsModel(QObject* parent) : QAbstractTableModel(parent) { }

void PlanStepsModel::setSteps(const QList<PlanStep>& steps)
{
    if (steps.size() == m_steps.size() && !steps.isEmpty()) {
        // Same shape: keep the view's current cell and selection.
        m_steps = steps;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

void PlanStepsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly) {
        return;
    }
    m_readOnly = readOnly;
    if (!m_steps.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PlanStepsModel::appendStep(const PlanStep& step)
{
    if (m_readOnly) {
        return -1;
    }
    const QList<PlanStep> before = m_steps;
    const int row = static_cast<int>(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps.append(step);
    endInsertRows();
    emit stepsEdited(before, tr("Add step"));
    return row;
}

bool PlanStepsModel::removeStep(int row)
{
    if (m_readOnly || row < 0 || row >= m_steps.size()) {
        return false;
    }
    const QList<PlanStep> before = m_steps;
    beginRemoveRows({}, row, row);
    m_steps.removeAt(row);
    endRemoveRows();
    emit stepsEdited(before, tr("Remove step"));
    return true;
}

bool PlanStepsModel::moveStep(int row, int delta)
{
    const int target = row + delta;
    if (m_readOnly || (delta != -1 && delta != 1) || row < 0 || row >= m_steps.size() || target < 0
        || target >= m_steps.size()) {
        return false;
    }
    const QList<PlanStep> before = m_steps;
    // beginMoveRows wants the destination as the row the item goes before, counted before the move.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_steps.move(row, target);
    endMoveRows();
    emit stepsEdited(before, tr("Move step"));
    return true;
}

int PlanStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int PlanStepsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStepsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const PlanStep& step = m_steps.at(index.row());
    const bool overdue = step.isOverdue(Clock::today());
    switch (role) {
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        return overdue ? QVariant(QColor(0xfd, 0xe2, 0xe1)) : QVariant();
    case Qt::ForegroundRole:
        return overdue && index.column() == DueDate ? QVariant(QColor(0xa9, 0x32, 0x26)) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == DueDate) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue) {
            return tr("Overdue: the due date has passed and the step is not done.");
        }
        return index.column() == Description || index.column() == Outcome ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Description:
        return step.description;
    case Responsible:
        if (step.responsible == StepResponsible::Other) {
            return step.responsibleName.isEmpty() ? Vocabulary::label(StepResponsible::Other) : step.responsibleName;
        }
        return Vocabulary::label(step.responsible);
    case StartDate:
        return edit ? QVariant(step.startDate) : QVariant(step.startDate.toString(Qt::ISODate));
    case DueDate:
        return edit ? QVariant(step.dueDate) : QVariant(step.dueDate.toString(Qt::ISODate));
    case Status:
        return edit ? QVariant(static_cast<int>(step.status)) : QVariant(Vocabulary::label(step.status));
    case Outcome:
        return step.outcome;
    default:
        return {};
    }
}

bool PlanStepsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    PlanStep step = m_steps.at(index.row());
    switch (index.column()) {
    case Description:
        step.description = value.toString();
        break;
    case Responsible: {
        // The youth and the mentor are chosen from the list; anything else typed is a named partner or person.
        const QString text = value.toString().trimmed();
        step.responsibleName.clear();
        if (text == Vocabulary::label(StepResponsible::Youth)) {
            step.responsible = StepResponsible::Youth;
        } else if (text == Vocabulary::label(StepResponsible::Mentor)) {
            step.responsible = StepResponsible::Mentor;
        } else {
            step.responsible = StepResponsible::Other;
            if (text != Vocabulary::label(StepResponsible::Other)) {
                step.responsibleName = text;
            }
        }
        break;
    }
    case StartDate:
        step.startDate = value.toDate();
        break;
    case DueDate:
        step.dueDate = value.toDate();
        break;
    case Status: {
        const int status = value.toInt();
        if (status < 0 || status > static_cast<int>(StepStatus::Cancelled)) {
            return false;
        }
        step.status = static_cast<StepStatus>(status);
        break;
    }
    case Outcome:
        step.outcome = value.toString();
        break;
    default:
        return false;
    }
    if (step == m_steps.at(index.row())) {
        return true;
    }
    const QList<PlanStep> before = m_steps;
    m_steps[index.row()] = step;
    // Overdue depends on the dates and the status, so the whole row may change colour.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit stepsEdited(before, tr("Edit step"));
    return true;
}

QVariant PlanStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Description:
        return tr("Step");
    case Responsible:
        return tr("Who");
    case StartDate:
        return tr("From");
    case DueDate:
        return tr("To");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

Qt::ItemFlags PlanStepsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

} // namespace lotsen
