#pragma once

#include "outreach/CsvReader.h"
#include "youth/Youth.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lotsen {

class YouthRepository;

// Imports a list of youths (the municipality's KAA list, another register's export) as prospects: maps the CSV
// columns to fields, validates every row like the youth card does, and writes the valid new rows in one
// transaction. The dialog and `lotsen import` share it, so both apply the same rules.
class YouthImporter
{
    Q_DECLARE_TR_FUNCTIONS(YouthImporter)

public:
    enum class Field {
        Ignore,
        FirstName,
        LastName,
        FullName,
        PersonalNumber,
        Phone,
        Email,
        Address,
        PostalCode,
        PostalTown,
        Municipality
    };
    enum class RowStatus { New, AlreadyRegistered, Invalid };

    struct Row
    {
        int line = 0; // where the row starts in the file; the header is line 1
        RowStatus status = RowStatus::Invalid;
        QString message; // why the row is invalid; never contains the row's names or numbers
        Youth youth; // as it would be saved
        qint64 existingId = 0; // AlreadyRegistered: the youth who has this personal number
        QString existingName;
    };

    struct Summary
    {
        bool ok = false;
        QString error; // in the UI language when !ok; may name a youth (for the dialog, not for logs)
        int failedLine = 0; // the row the database refused, when it was one row
        // The data rows read from the file: always imported + alreadyRegistered + rejected, so that no row can
        // go missing without a word.
        int read = 0;
        int imported = 0; // with a dry run: the rows that would be imported
        int alreadyRegistered = 0;
        int rejected = 0;
        QList<qint64> ids;
    };

    explicit YouthImporter(YouthRepository& youths);

    // Reads the file and maps its columns by their header names. Fails (with the message also in csv()) when it cannot
    // be used.
    Result<void> loadFile(const QString& path);
    void setCsv(const Result<CsvReader::Table>& csv);
    const Result<CsvReader::Table>& csv() const { return m_csv; }
    // The read file's header and records; empty when none could be read.
    const CsvReader::Table& table() const;

    // The fields a column can be mapped to, in the order the mapping combos offer them.
    static QList<Field> fields();
    static QString label(Field field);
    // The field a header names, Swedish or English, case-insensitive ("Förnamn", "E-post", "Postal code" …).
    static Field fieldForHeader(const QString& header);
    static QList<Field> autoMapping(const QStringList& header);

    // One field per CSV column.
    const QList<Field>& mapping() const { return m_mapping; }
    void setMapping(const QList<Field>& mapping);
    // Empty when the mapping can be imported; otherwise what is missing or mapped twice.
    QString mappingError() const;

    // Every data row with its status, validated against the file and the database (cached until the mapping or
    // the file changes).
    const QList<Row>& rows();
    int count(RowStatus status);

    // Writes the new, valid rows as prospects from `source` in one transaction; nothing at all on any failure.
    // A dry run validates and counts but writes nothing.
    Summary import(ReferralSource source, bool dryRun = false);

private:
    void validate();
    // The youth a record describes under the current mapping, or an error message.
    QString buildYouth(const CsvReader::Record& record, Youth& youth) const;

    YouthRepository& m_youths;
    Result<CsvReader::Table> m_csv { CsvReader::Table() };
    QList<Field> m_mapping;
    QList<Row> m_rows;
    bool m_validated = false;
};

} // namespace lotsen
