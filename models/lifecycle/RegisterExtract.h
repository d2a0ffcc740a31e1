#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace lotsen {

// The content of a register extract (GDPR art. 15 and 20): everything Lotsen holds about one youth. Each section is
// named after the table its records come from, and each record keeps the table's columns under their own names
// (plus the names of the people and things it refers to), so that the JSON file can be checked against the database
// row by row and a new column is never left out. The PDF and the JSON file are both made from this.
class RegisterExtract
{
public:
    struct Field
    {
        QString key; // the column's name, or "<reference>_name" for a name the record refers to
        QVariant value; // as stored: text, integer, real or null
    };

    struct Record
    {
        QList<Field> fields; // in the order the read returned them

        // The value of `key`, or an invalid QVariant when the record has no such field.
        QVariant value(QStringView key) const;
        bool has(QStringView key) const;
    };

    struct Section
    {
        QString key; // the table: "youth", "contact", "access_log", …
        QList<Record> records;
    };

    // The format's name and version in the JSON file; a reader checks them before it trusts the keys.
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("lotsen-register-extract"); }

    qint64 youthId = 0;
    QDateTime producedAt;
    QString producedBy; // the account's display name
    QString producedByRole; // the role's code
    QString controller; // the centre (the controller, personuppgiftsansvarig) as named in Settings
    QList<Section> sections;

    // The section `key`, or nullptr when the extract has none (a table this build does not read).
    const Section* section(QStringView key) const;
    // All records, for the PDF's total and the tests.
    int recordCount() const;

    // The machine-readable form (art. 20): English keys, stable across versions of Lotsen, UTF-8 when written.
    // { "format", "formatVersion", "producedAt", "producedBy": { "name", "role" }, "controller", "youthId",
    //   "sections": { "<table>": [ { "<column>": value, … }, … ], … } }
    QJsonDocument toJson() const;
};

} // namespace lotsen
