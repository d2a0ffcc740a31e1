#include "plans/PlanStepDelegate.h"

#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "plans/PlanStepsModel.h"
#include "shell/OptionalDateEdit.h"

#include <QComboBox>
#include <QLineEdit>

namespace lotsen {

QWidget* PlanStepDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    switch (index.column()) {
    case PlanStepsModel::StartDate:
    case PlanStepsModel::DueDate:
        return new OptionalDateEdit(parent);
    case PlanStepsModel::Status: {
        auto* combo = new QComboBox(parent);
        for (StepStatus status : Vocabulary::stepStatuses()) {
            combo->addItem(Vocabulary::label(status), static_cast<int>(status));
        }
        return combo;
    }
    case PlanStepsModel::Responsible: {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(Vocabulary::label(StepResponsible::Youth));
        combo->addItem(Vocabulary::label(StepResponsible::Mentor));
        combo->lineEdit()->setPlaceholderText(tr("or type a partner's name"));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PlanStepDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    switch (index.column()) {
    case PlanStepsModel::StartDate:
    case PlanStepsModel::DueDate: {
        auto* dateEdit = static_cast<OptionalDateEdit*>(editor);
        const QDate date = index.data(Qt::EditRole).toDate();
        // An empty date opens on today, which is where a mentor usually starts.
        dateEdit->setOptionalDate(date);
        if (!date.isValid()) {
            dateEdit->setOptionalDate(Clock::today());
        }
        return;
    }
    case PlanStepsModel::Status: {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    case PlanStepsModel::Responsible: {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        // Typing a partner's name replaces the text rather than adding to it.
        combo->lineEdit()->selectAll();
        return;
    }
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanStepDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    switch (index.column()) {
    case PlanStepsModel::StartDate:
    case PlanStepsModel::DueDate:
        model->setData(index, static_cast<OptionalDateEdit*>(editor)->optionalDate());
        return;
    case PlanStepsModel::Status:
        model->setData(index, static_cast<QComboBox*>(editor)->currentData());
        return;
    case PlanStepsModel::Responsible:
        model->setData(index, static_cast<QComboBox*>(editor)->currentText());
        return;
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace lotsen
