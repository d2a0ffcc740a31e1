#pragma once

#include "outreach/YouthImporter.h"

#include "core/TableModel.h"

namespace lotsen {

// The import dialog's preview: one row per CSV row with its status ("new", "already registered (name)" or the
// error) and the fields as they would be saved.
class ImportPreviewModel : public TableModel<YouthImporter::Row>
{
    Q_OBJECT

public:
    enum Column {
        Line,
        Status,
        FirstName,
        LastName,
        PersonalNumber,
        Phone,
        Email,
        Address,
        PostalCode,
        PostalTown,
        Municipality,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RowStatusRole = Qt::UserRole + 1 };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    // The preview is filled from outside, so the base's row setter and getter are public here.
    using TableModel::rows;
    using TableModel::setRows;
    static QString statusText(const YouthImporter::Row& row);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QString headerText(int column) const override;
};

} // namespace lotsen
