#pragma once

#include "outreach/YouthImporter.h"

#include <QAbstractTableModel>

namespace lotsen {

// The import dialog's preview: one row per CSV row with its status ("new", "already registered (name)" or the
// error) and the fields as they would be saved.
class ImportPreviewModel : public QAbstractTableModel
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
        Municipality,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RowStatusRole = Qt::UserRole + 1 };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setRows(const QList<YouthImporter::Row>& rows);
    const QList<YouthImporter::Row>& rows() const { return m_rows; }
    static QString statusText(const YouthImporter::Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<YouthImporter::Row> m_rows;
};

} // namespace lotsen
