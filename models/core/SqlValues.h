#pragma once

#include <QDate>
#include <QDateTime>
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
    static QDate date(const QVariant& value)
    {
        return value.typeId() == QMetaType::QDate ? value.toDate()
                                                  : QDate::fromString(value.toString().left(10), Qt::ISODate);
    }
    // A stored date or time as the ISO text a file keeps ('2026-12-06', '2026-12-06T10:32:47'): PostgreSQL gives
    // a QDate or a QDateTime (whose toString() has milliseconds), SQLite the text; NULL stays an empty string.
    static QString isoText(const QVariant& value)
    {
        if (value.isNull()) {
            return {};
        }
        if (value.typeId() == QMetaType::QDateTime) {
            return value.toDateTime().toString(Qt::ISODate);
        }
        if (value.typeId() == QMetaType::QDate) {
            return value.toDate().toString(Qt::ISODate);
        }
        return value.toString();
    }
    static QDateTime dateTime(const QVariant& value)
    {
        return value.typeId() == QMetaType::QDateTime ? value.toDateTime()
                                                      : QDateTime::fromString(value.toString(), Qt::ISODate);
    }
    // Now, as stored in created_at / updated_at and youth_event.occurred_at.
    static QString now();
    static bool validEmail(const QString& email);
};

} // namespace lotsen
