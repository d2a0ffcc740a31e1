#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lotsen {

// Reads the CSV files that municipalities and registers export (Excel's Swedish default included): ';' or ','
// separated, UTF-8 with or without BOM, UTF-16 with a BOM or Windows-1252, a header row, RFC 4180 quoting.
// Fails closed: a file that ends inside a quoted field, or where a quote left open swallows the lines after it,
// is refused as a whole with the line where the quote opened, so that rows never vanish into one field; a file
// over the size or row limit is refused with the limit.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Windows1252, Utf16 };

    // Larger lists are refused: a municipality's KAA list has a few thousand rows, and the import validates every
    // row against the database in one go.
    static constexpr qint64 MaximumFileBytes = 20 * 1024 * 1024;
    static constexpr int MaximumRecords = 50000;

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

    // UTF-16 when the data starts with its BOM; UTF-8 (a BOM is removed) when the bytes are valid UTF-8, otherwise
    // Windows-1252.
    static QString decode(const QByteArray& data, Encoding* encoding = nullptr, bool* hadBom = nullptr);
    // Qt 6.4's QStringDecoder has no Windows-1252: 0x80-0x9F come from a table, the rest is Latin-1.
    static QString decodeWindows1252(const QByteArray& data);
    // ';' or ',', whichever the header line has more of outside quotes (';' when neither).
    static QChar detectSeparator(QStringView text);
};

} // namespace lotsen
