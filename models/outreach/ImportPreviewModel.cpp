#include "outreach/ImportPreviewModel.h"

#include "youth/PersonalNumber.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace lotsen {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : TableModel(ColumnCount, parent) { }

QString ImportPreviewModel::statusText(const YouthImporter::Row& row)
{
    switch (row.status) {
    case YouthImporter::RowStatus::New:
        return tr("New");
    case YouthImporter::RowStatus::AlreadyRegistered:
        return tr("Already registered (%1)").arg(row.existingName);
    case YouthImporter::RowStatus::Invalid:
        return row.message;
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const YouthImporter::Row& row = rows().at(index.row());
    if (role == RowStatusRole) {
        return static_cast<int>(row.status);
    }
    if (role == Qt::ForegroundRole) {
        if (row.status == YouthImporter::RowStatus::Invalid) {
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        if (row.status == YouthImporter::RowStatus::AlreadyRegistered) {
            return QBrush(QColor(0x7f, 0x8c, 0x8d));
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Status) {
        return statusText(row);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const Youth& youth = row.youth;
    switch (static_cast<Column>(index.column())) {
    case Line:
        return row.line;
    case Status:
        return statusText(row);
    case FirstName:
        return youth.firstName;
    case LastName:
        return youth.lastName;
    case PersonalNumber: {
        // Valid numbers in the form users read; a number that does not parse as it stands in the file.
        static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
        if (!twelveDigits.match(youth.personalNumber).hasMatch()) {
            return youth.personalNumber;
        }
        return lotsen::PersonalNumber::fromStored(youth.personalNumber).display();
    }
    case Phone:
        return youth.phone;
    case Email:
        return youth.email;
    case Address:
        return youth.address;
    case PostalCode:
        return youth.postalCode;
    case PostalTown:
        return youth.postalTown;
    case Municipality:
        return youth.municipality;
    case ColumnCount:
        break;
    }
    return {};
}

QString ImportPreviewModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Line:
        return tr("Row");
    case Status:
        return tr("Status");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case PersonalNumber:
        return tr("Personal number");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Address:
        return tr("Address");
    case PostalCode:
        return tr("Postal code");
    case PostalTown:
        return tr("Postal town");
    case Municipality:
        return tr("Municipality");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lotsen
