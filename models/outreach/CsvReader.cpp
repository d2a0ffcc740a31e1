#include "outreach/CsvReader.h"

#include "core/Logging.h"

#include <QFile>
#include <QStringDecoder>

#include <array>

namespace lotsen {

namespace {

// Windows-1252 where it differs from Latin-1. The five unassigned bytes keep their C1 code point, as Windows does.
constexpr std::array<char16_t, 32> kWindows1252High { {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
} };

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

QString CsvReader::decodeWindows1252(const QByteArray& data)
{
    QString text;
    text.resize(data.size());
    QChar* out = text.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        out[i] = byte >= 0x80 && byte <= 0x9F ? QChar(kWindows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

QString CsvReader::decode(const QByteArray& data, Encoding* encoding, bool* hadBom)
{
    // Excel's "Unicode text" and some registers write UTF-16; only its BOM tells it apart reliably.
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        if (hadBom) {
            *hadBom = true;
        }
        if (encoding) {
            *encoding = Encoding::Utf16;
        }
        QStringDecoder utf16(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        return utf16.decode(data.mid(2));
    }
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    if (hadBom) {
        *hadBom = bom;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bom ? data.mid(3) : data);
    if (!utf8.hasError()) {
        if (encoding) {
            *encoding = Encoding::Utf8;
        }
        return text;
    }
    // Not valid UTF-8: Excel's Swedish "CSV (semicolon separated)" is Windows-1252.
    if (encoding) {
        *encoding = Encoding::Windows1252;
    }
    return decodeWindows1252(data);
}

QChar CsvReader::detectSeparator(QStringView text)
{
    int semicolons = 0;
    int commas = 0;
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (semicolons + commas > 0) {
                break;
            }
        } else if (!inQuotes && c == u';') {
            ++semicolons;
        } else if (!inQuotes && c == u',') {
            ++commas;
        }
    }
    return commas > semicolons ? u',' : u';';
}

Result<CsvReader::Table> CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcImport) << "the CSV file cannot be read:" << file.errorString();
        return fail(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaximumFileBytes) {
        return fail(tr("The file is %1 MB; Lotsen imports lists of up to %2 MB. Split the list and import it in "
                       "parts.")
                        .arg((file.size() + 1024 * 1024 - 1) / (1024 * 1024))
                        .arg(MaximumFileBytes / (1024 * 1024)));
    }
    return parse(file.readAll());
}

Result<CsvReader::Table> CsvReader::parse(const QByteArray& data)
{
    Table result;
    const bool utf16 = data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
    if (!utf16 && data.contains('\0')) {
        // UTF-16 without its BOM, UTF-32, or not text at all: guessing would import garbage.
        return fail(tr("Lotsen cannot read this file's encoding, or it is not a text file. In Excel, choose "
                       "Save As and the type \"CSV UTF-8 (comma delimited)\", then import that file."));
    }
    const QString text = decode(data, &result.encoding, &result.hadBom);
    result.separator = detectSeparator(text);
    const QChar separator = result.separator;

    bool haveHeader = false;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    // The first quoted field of the current record that spans lines, 0 when none; and whether a line it swallowed
    // looks like a row of its own (as many separators as a row has).
    int spanningQuoteLine = 0;
    bool swallowedARow = false;
    int separatorsOnLine = 0;
    QString swallowError;

    const auto endField = [&] {
        fields.append(field);
        field.clear();
        fieldQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A quoted field over several lines is plausible only where the row then has the header's fields and no
        // line inside it looks like a row of its own: otherwise a quote left open has swallowed rows.
        if (spanningQuoteLine > 0 && swallowError.isEmpty()
            && (!haveHeader || fields.size() != result.header.size() || swallowedARow)) {
            swallowError = tr("The quote that opens on line %1 is not closed on that line, and the lines after it "
                              "do not fit into that row. Check the quotes on line %1; nothing was imported.")
                               .arg(spanningQuoteLine);
        }
        spanningQuoteLine = 0;
        swallowedARow = false;
        if (!isBlank(fields)) {
            if (!haveHeader) {
                for (QString& name : fields) {
                    name = name.trimmed();
                }
                result.header = fields;
                haveHeader = true;
            } else {
                result.records.append({ recordLine, fields });
            }
        }
        fields.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r' || c == u'\n') {
                // A line break inside a field is kept as one '\n', whatever the file used.
                if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                    ++i;
                }
                field.append(u'\n');
                if (spanningQuoteLine == 0) {
                    spanningQuoteLine = quoteLine;
                } else if (haveHeader && separatorsOnLine >= result.header.size() - 1 && separatorsOnLine > 0) {
                    swallowedARow = true;
                }
                separatorsOnLine = 0;
                ++line;
            } else {
                if (c == separator) {
                    ++separatorsOnLine;
                }
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRecord();
            if (!swallowError.isEmpty()) {
                return fail(swallowError);
            }
            if (result.records.size() > MaximumRecords) {
                return fail(tr("The file has more than %1 rows; Lotsen imports lists of up to %1 rows. Split the "
                               "list and import it in parts.")
                                .arg(MaximumRecords));
            }
            ++line;
            recordLine = line;
            separatorsOnLine = 0;
        } else {
            // A stray quote inside an unquoted field is taken literally, as Excel does.
            field.append(c);
        }
    }
    if (inQuotes) {
        return fail(tr("The file ends inside a quoted field that starts on line %1. It may be cut off; nothing "
                       "was imported.")
                        .arg(quoteLine));
    }
    if (!field.isEmpty() || !fields.isEmpty() || fieldQuoted) {
        endRecord();
        if (!swallowError.isEmpty()) {
            return fail(swallowError);
        }
    }
    if (!haveHeader) {
        return fail(tr("The file is empty."));
    }
    return result;
}

} // namespace lotsen
