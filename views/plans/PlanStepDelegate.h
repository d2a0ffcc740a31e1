#pragma once

#include <QStyledItemDelegate>

namespace lotsen {

// Editors for the action plan's steps table: date fields for the dates, a list for the status, and an editable
// list for who is responsible (the youth, the mentor, or a partner typed by name).
class PlanStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace lotsen
