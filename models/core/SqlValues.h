#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace lotsen {

// Conversions between domain values and what the repositories bind and read: NULL for "none", ISO dates,
// '' rather than NULL for empty texts.
class SqlValues
{
public:
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    static QVariant idOrNull(qint64 id) { return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id); }
    static QVariant dateOrNull(const QDate& date)
    {
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    }
    static QDate date(const QVariant& value) { return QDate::fromString(value.toString().left(10), Qt::ISODate); }
    // Now, as stored in created_at / updated_at and youth_event.occurred_at.
    static QString now();
    static bool validEmail(const QString& email);
};

} // namespace lotsen
