#include "lists/ListSnapshot.h"

#include "core/TableModelBase.h"
#include "youth/YouthListModel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QDate>
#include <QRegularExpression>

namespace lotsen {

namespace {

using Kind = ReportTable::Kind;

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

bool isWholeNumber(const QVariant& value)
{
    return isNumber(value) && value.typeId() != QMetaType::Double;
}

std::optional<QDate> isoDate(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate();
    }
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (value.typeId() != QMetaType::QString || !pattern.match(value.toString()).hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// Whether the model under the view (through its proxies) could not read all its rows.
bool hasLoadError(const QAbstractItemModel* model)
{
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model)) {
        model = proxy->sourceModel();
    }
    if (const auto* table = qobject_cast<const TableModelBase*>(model)) {
        return table->hasLoadError();
    }
    if (const auto* youths = qobject_cast<const YouthListModel*>(model)) {
        return youths->hasLoadError();
    }
    return false;
}

bool isEmpty(const QVariant& value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

Result<ReportTable> ListSnapshot::fromModel(QAbstractItemModel& model, const QList<int>& columns, const QString& title)
{
    // A model that fetches rows as the view scrolls (the register) holds only the first ones until asked.
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    if (hasLoadError(&model)) {
        return fail(tr("The list could not be read completely, so it is not written out. Try again; if it keeps "
                       "failing, the message above the list says why."));
    }
    ReportTable table;
    table.key = QStringLiteral("list");
    table.title = title;
    for (const int column : columns) {
        table.headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QVariantList values;
        values.reserve(columns.size());
        for (const int column : columns) {
            values.append(model.data(model.index(row, column), Qt::DisplayRole));
        }
        table.rows.append(values);
    }
    // A column is typed only if every value in it is of that type; one text among numbers keeps it all text.
    for (int c = 0; c < columns.size(); ++c) {
        bool numbers = true;
        bool whole = true;
        bool dates = true;
        bool any = false;
        for (QVariantList& values : table.rows) {
            QVariant& value = values[c];
            if (isEmpty(value)) {
                value = QVariant();
                continue;
            }
            any = true;
            numbers = numbers && isNumber(value);
            whole = whole && isWholeNumber(value);
            dates = dates && isoDate(value).has_value();
        }
        Kind kind = Kind::Text;
        if (any && numbers) {
            kind = whole ? Kind::Count : Kind::Number;
        } else if (any && dates) {
            kind = Kind::Date;
            for (QVariantList& values : table.rows) {
                if (!values.at(c).isNull()) {
                    values[c] = *isoDate(values.at(c));
                }
            }
        } else {
            for (QVariantList& values : table.rows) {
                if (!values.at(c).isNull()) {
                    values[c] = values.at(c).toString();
                }
            }
        }
        table.kinds.append(kind);
    }
    return table;
}

} // namespace lotsen
