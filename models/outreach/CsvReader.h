#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lotsen {

// Reads the CSV files that municipalities and registers export (Excel's Swedish default included): ';' or ','
// separated, UTF-8 with or without BOM or Windows-1252, a header row, RFC 4180 quoting. A file that ends inside
// a quoted field is reported as an error as a whole, so that a cut-off file is never half imported.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Windows1252 };

    struct Record
    {
        int line = 0; // the line in the file where the record starts (the header is line 1)
        QStringList fields;
    };

    // A read file. A failure's message is in the UI language and never contains the file's content.
    struct Table
    {
        QStringList header;
        QList<Record> records; // data rows; empty lines and rows of empty fields are skipped
        QChar separator = u';';
        Encoding encoding = Encoding::Utf8;
        bool hadBom = false;
    };

    static Result<Table> readFile(const QString& path);
    static Result<Table> parse(const QByteArray& data);

    // UTF-8 (a BOM is removed) when the bytes are valid UTF-8, otherwise Windows-1252.
    static QString decode(const QByteArray& data, Encoding* encoding = nullptr, bool* hadBom = nullptr);
    // Qt 6.4's QStringDecoder has no Windows-1252: 0x80-0x9F come from a table, the rest is Latin-1.
    static QString decodeWindows1252(const QByteArray& data);
    // ';' or ',', whichever the header line has more of outside quotes (';' when neither).
    static QChar detectSeparator(QStringView text);
};

} // namespace lotsen
