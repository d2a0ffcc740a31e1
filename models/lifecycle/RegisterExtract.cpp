#include "lifecycle/RegisterExtract.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace lotsen {

namespace {

QJsonValue jsonValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool());
    case QMetaType::QByteArray:
        // No column holds binary data about a youth today; should one appear, it is kept, not dropped.
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

QVariant RegisterExtract::Record::value(QStringView key) const
{
    for (const Field& field : fields) {
        if (field.key == key) {
            return field.value;
        }
    }
    return {};
}

bool RegisterExtract::Record::has(QStringView key) const
{
    for (const Field& field : fields) {
        if (field.key == key) {
            return true;
        }
    }
    return false;
}

const RegisterExtract::Section* RegisterExtract::section(QStringView key) const
{
    for (const Section& section : sections) {
        if (section.key == key) {
            return &section;
        }
    }
    return nullptr;
}

int RegisterExtract::recordCount() const
{
    int count = 0;
    for (const Section& section : sections) {
        count += int(section.records.size());
    }
    return count;
}

QJsonDocument RegisterExtract::toJson() const
{
    QJsonObject sectionsObject;
    for (const Section& section : sections) {
        QJsonArray records;
        for (const Record& record : section.records) {
            QJsonObject object;
            for (const Field& field : record.fields) {
                object.insert(field.key, jsonValue(field.value));
            }
            records.append(object);
        }
        sectionsObject.insert(section.key, records);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName());
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("producedAt"), producedAt.toString(Qt::ISODate));
    root.insert(QStringLiteral("producedBy"),
                QJsonObject { { QStringLiteral("name"), producedBy }, { QStringLiteral("role"), producedByRole } });
    root.insert(QStringLiteral("controller"), controller);
    root.insert(QStringLiteral("youthId"), youthId);
    root.insert(QStringLiteral("sections"), sectionsObject);
    return QJsonDocument(root);
}

} // namespace lotsen
