#include "reports/ReportFormat.h"

#include <QDate>
#include <QLocale>

namespace lotsen {

QString ReportFormat::text(const QVariant& value, ReportTable::Kind kind)
{
    if (value.isNull()) {
        return kind == ReportTable::Kind::Text ? QString() : QStringLiteral("–");
    }
    if (value.typeId() == QMetaType::QString) {
        return value.toString();
    }
    const QLocale locale;
    switch (kind) {
    case ReportTable::Kind::Count:
        return locale.toString(value.toLongLong());
    case ReportTable::Kind::Share:
        return locale.toString(value.toDouble() * 100.0, 'f', 1) + QStringLiteral("\u00a0%");
    case ReportTable::Kind::Number:
        return locale.toString(value.toDouble(), 'f', 1);
    case ReportTable::Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    case ReportTable::Kind::Text:
        break;
    }
    return value.toString();
}

} // namespace lotsen
