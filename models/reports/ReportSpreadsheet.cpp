#include "reports/ReportSpreadsheet.h"

#include "core/CsvField.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "core/ReplaceFile.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

#include <xlsxwriter.h>

#ifdef Q_OS_UNIX
#include <locale.h>
#endif
#ifdef Q_OS_MACOS
#include <xlocale.h>
#endif

#include <algorithm>
#include <cmath>
#include <optional>

namespace lotsen {

namespace {

using Kind = ReportTable::Kind;

constexpr qsizetype kSheetNameMax = 31; // Excel's limit
constexpr qsizetype kCellTextMax = 32767; // Excel's limit; libxlsxwriter refuses longer strings

Kind kindOf(const ReportTable& table, int column)
{
    return column < table.kinds.size() ? table.kinds.at(column) : Kind::Text;
}

bool holdsText(const QVariant& value)
{
    return value.typeId() == QMetaType::QString;
}

// A finite number, or nothing: a share of nothing (0/0) must not become "nan" in a file.
std::optional<double> numberOf(const QVariant& value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

QString truncated(QString text, qsizetype maximum)
{
    if (text.size() > maximum) {
        text.truncate(maximum);
        if (text.back().isHighSurrogate()) {
            text.chop(1);
        }
    }
    return text;
}

// Excel refuses a sheet name that starts or ends with an apostrophe; spaces at the ends only look odd.
QString trimmedName(QString name)
{
    while (!name.isEmpty() && (name.front() == u'\'' || name.front().isSpace())) {
        name.remove(0, 1);
    }
    while (!name.isEmpty() && (name.back() == u'\'' || name.back().isSpace())) {
        name.chop(1);
    }
    return name;
}

// A valid, unique sheet name from the table's title: no []:*?/\, at most 31 characters, " 2", " 3" … for a title
// already used (Excel compares names without case). `taken` holds the lower-case names used so far.
QString sheetName(const ReportTable& table, QSet<QString>* taken)
{
    QString cleaned;
    for (const QChar c : table.title) {
        const bool invalid = QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control;
        cleaned += invalid ? QChar(u' ') : c;
    }
    QString base = trimmedName(cleaned.simplified());
    if (base.isEmpty()) {
        base = ReportSpreadsheet::tr("Table");
    }
    for (int number = 1;; ++number) {
        const QString suffix = number == 1 ? QString() : u' ' + QString::number(number);
        const QString name = trimmedName(truncated(base, kSheetNameMax - suffix.size())) + suffix;
        if (!taken->contains(name.toLower())) {
            taken->insert(name.toLower());
            return name;
        }
    }
}

// Characters wide enough for the column's values; long headers wrap instead of widening the column.
double columnWidth(const ReportTable& table, int column)
{
    qsizetype widest = std::min<qsizetype>(table.headers.value(column).size(), 16);
    for (const QVariantList& row : table.rows) {
        const QVariant value = row.value(column);
        widest = std::max(
            widest, holdsText(value) || kindOf(table, column) == Kind::Text ? value.toString().size() : qsizetype(8));
    }
    const double minimum = column == 0 ? 24 : 10;
    const double maximum = column == 0 ? 60 : 40;
    return std::clamp(double(widest) + 2, minimum, maximum);
}

// libxlsxwriter prints numbers with printf("%.16G") (Debian builds it without its own dtoa), and Qt sets the
// user's locale at start-up on Unix: under sv_SE, 0.453 would be written "0,453" and Excel would call the file
// corrupt. The C numeric locale for this thread while the workbook is written. (Qt does not set the C library's
// locale on Windows.)
class CNumericLocale
{
public:
    CNumericLocale()
    {
#ifdef Q_OS_UNIX
        const locale_t base = duplocale(LC_GLOBAL_LOCALE);
        if (base != locale_t(0)) {
            m_locale = newlocale(LC_NUMERIC_MASK, "C", base);
            if (m_locale == locale_t(0)) {
                freelocale(base);
            } else {
                m_previous = uselocale(m_locale);
            }
        }
#endif
    }
    ~CNumericLocale()
    {
#ifdef Q_OS_UNIX
        if (m_locale != locale_t(0)) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
#endif
    }
    CNumericLocale(const CNumericLocale&) = delete;
    CNumericLocale& operator=(const CNumericLocale&) = delete;

private:
#ifdef Q_OS_UNIX
    locale_t m_locale = locale_t(0);
    locale_t m_previous = locale_t(0);
#endif
};

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* count = nullptr;
    lxw_format* share = nullptr;
    lxw_format* number = nullptr;
    lxw_format* date = nullptr;
    lxw_format* textInNumbers = nullptr; // "<5" among counts: right-aligned like them
};

lxw_format* numberFormat(lxw_workbook* workbook, const char* pattern)
{
    lxw_format* format = workbook_add_format(workbook);
    format_set_num_format(format, pattern);
    return format;
}

Formats addFormats(lxw_workbook* workbook)
{
    Formats formats;
    formats.title = workbook_add_format(workbook);
    format_set_bold(formats.title);
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_text_wrap(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.count = numberFormat(workbook, "0");
    formats.share = numberFormat(workbook, "0.0%");
    formats.number = numberFormat(workbook, "0.0");
    formats.date = numberFormat(workbook, "yyyy-mm-dd");
    formats.textInNumbers = workbook_add_format(workbook);
    format_set_align(formats.textInNumbers, LXW_ALIGN_RIGHT);
    return formats;
}

lxw_error writeText(lxw_worksheet* sheet, lxw_row_t row, int column, const QString& text, lxw_format* format)
{
    const QByteArray utf8 = truncated(text, kCellTextMax).toUtf8();
    return worksheet_write_string(sheet, row, static_cast<lxw_col_t>(column), utf8.constData(), format);
}

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, int column, Kind kind, const QVariant& value,
                    const Formats& formats)
{
    if (value.isNull()) {
        return LXW_NO_ERROR;
    }
    if (kind == Kind::Text) {
        return writeText(sheet, row, column, value.toString(), nullptr);
    }
    if (holdsText(value)) {
        return writeText(sheet, row, column, value.toString(), formats.textInNumbers);
    }
    const auto col = static_cast<lxw_col_t>(column);
    if (kind == Kind::Date) {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            return LXW_NO_ERROR;
        }
        if (date.year() < 1900) { // before Excel's first date
            return writeText(sheet, row, column, date.toString(Qt::ISODate), formats.textInNumbers);
        }
        lxw_datetime datetime { date.year(), date.month(), date.day(), 0, 0, 0.0 };
        return worksheet_write_datetime(sheet, row, col, &datetime, formats.date);
    }
    const std::optional<double> number = numberOf(value);
    if (!number) {
        return LXW_NO_ERROR;
    }
    lxw_format* format = kind == Kind::Count ? formats.count : kind == Kind::Share ? formats.share : formats.number;
    return worksheet_write_number(sheet, row, col, *number, format);
}

lxw_error writeSheet(lxw_workbook* workbook, const Formats& formats, const ReportTable& table,
                     const QStringList& heading, const QString& name)
{
    const QByteArray utf8Name = name.toUtf8();
    if (const lxw_error invalid = workbook_validate_sheet_name(workbook, utf8Name.constData()); invalid) {
        return invalid;
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, utf8Name.constData());
    if (!sheet) {
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    lxw_error error = LXW_NO_ERROR;
    const auto keep = [&error](lxw_error result) {
        if (error == LXW_NO_ERROR) {
            error = result;
        }
    };
    lxw_row_t row = 0;
    for (const QString& line : heading) {
        keep(writeText(sheet, row++, 0, line, nullptr));
    }
    // The sheet's name may be cut short: the full title above the table.
    keep(writeText(sheet, row++, 0, table.title, formats.title));
    ++row;
    const lxw_row_t headerRow = row++;
    for (int column = 0; column < table.columnCount(); ++column) {
        keep(writeText(sheet, headerRow, column, table.headers.at(column), formats.header));
        keep(worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                                  columnWidth(table, column), nullptr));
    }
    for (int r = 0; r < table.rowCount(); ++r, ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            keep(writeCell(sheet, row, column, kindOf(table, column), table.cell(r, column), formats));
        }
    }
    if (!table.note.isEmpty()) {
        keep(writeText(sheet, row + 1, 0, table.note, nullptr));
    }
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    return error;
}

lxw_error writeWorkbook(const QList<ReportTable>& tables, const QStringList& heading, const QString& path)
{
    const CNumericLocale cNumbers;
#ifdef Q_OS_WIN
    const QByteArray fileName = path.toUtf8(); // libxlsxwriter converts it to a wide name
#else
    const QByteArray fileName = QFile::encodeName(path);
#endif
    lxw_workbook* workbook = workbook_new(fileName.constData());
    if (!workbook) {
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const Formats formats = addFormats(workbook);
    QSet<QString> taken { QStringLiteral("history") }; // a name Excel keeps for itself
    lxw_error error = LXW_NO_ERROR;
    for (const ReportTable& table : tables) {
        if (table.onScreenOnly) {
            continue;
        }
        error = writeSheet(workbook, formats, table, heading, sheetName(table, &taken));
        if (error != LXW_NO_ERROR) {
            break;
        }
    }
    // Closing also frees the workbook, so it is closed even after a failure (and the file then removed).
    const lxw_error closed = workbook_close(workbook);
    return error != LXW_NO_ERROR ? error : closed;
}

} // namespace

QString ReportSpreadsheet::csvValue(Kind kind, const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    if (kind == Kind::Text || holdsText(value)) {
        return CsvField::escaped(value.toString());
    }
    if (kind == Kind::Date) {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    }
    const std::optional<double> number = numberOf(value);
    if (!number) {
        return {};
    }
    switch (kind) {
    case Kind::Count:
        return QString::number(std::llround(*number));
    case Kind::Share:
        return QString::number(*number * 100, 'f', 1).replace(u'.', u',') + u'%';
    default:
        return QString::number(*number, 'f', 1).replace(u'.', u',');
    }
}

Result<void> ReportSpreadsheet::writeXlsx(const QList<ReportTable>& tables, const QStringList& heading,
                                          const QString& path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // libxlsxwriter writes to a file name with fopen(…, "wb"), which keeps the mode of a file that exists: so an
    // empty owner-only file next to the target (the same file system, for the rename) is created first.
    const QString temporary = QFileInfo(path).absoluteDir().filePath(
        QStringLiteral(".lotsen-%1.xlsx.tmp").arg(QRandomGenerator::global()->generate64(), 0, 36));
    if (const Result<void> created = OwnerOnlyFile::createEmpty(temporary); !created) {
        qCWarning(lcDocuments) << "Spreadsheet export: the temporary file could not be created";
        return fail(tr("The file %1 could not be written: %2").arg(shownPath, created.message()));
    }
    const lxw_error error = writeWorkbook(tables, heading, temporary);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        qCWarning(lcDocuments) << "Spreadsheet export: the workbook could not be written:" << lxw_strerror(error);
        return fail(tr("The file %1 could not be written: %2").arg(shownPath, QString::fromUtf8(lxw_strerror(error))));
    }
    // Best effort, as for every export: a FAT USB stick has no modes.
    if (!OwnerOnlyFile::isOwnerOnly(temporary)) {
        OwnerOnlyFile::restrict(temporary);
    }
    // Replaces the target in one step (QFile::rename does not replace), so a reader never sees half a file.
    if (const Result<void> replaced = replaceFile(temporary, path); !replaced) {
        QFile::remove(temporary);
        qCWarning(lcDocuments) << "Spreadsheet export: the workbook could not replace the target";
        return fail(tr("The file %1 could not be written: %2").arg(shownPath, replaced.message()));
    }
    return success();
}

Result<void> ReportSpreadsheet::writeCsv(const QList<ReportTable>& tables, const QStringList& heading,
                                         const QString& path)
{
    const QString endOfLine = QStringLiteral("\r\n");
    QString text;
    for (const QString& line : heading) {
        text += CsvField::escaped(line) + endOfLine;
    }
    text += endOfLine;
    for (const ReportTable& table : tables) {
        if (table.onScreenOnly) {
            continue;
        }
        text += CsvField::escaped(table.title) + endOfLine;
        QStringList fields;
        for (const QString& header : table.headers) {
            fields.append(CsvField::escaped(header));
        }
        text += fields.join(u';') + endOfLine;
        for (int r = 0; r < table.rowCount(); ++r) {
            fields.clear();
            for (int column = 0; column < table.columnCount(); ++column) {
                fields.append(csvValue(kindOf(table, column), table.cell(r, column)));
            }
            text += fields.join(u';') + endOfLine;
        }
        if (!table.note.isEmpty()) {
            text += CsvField::escaped(table.note) + endOfLine;
        }
        text += endOfLine;
    }
    return writeCsvText(text, path);
}

Result<void> ReportSpreadsheet::writeCsvTable(const ReportTable& table, const QString& path)
{
    const QString endOfLine = QStringLiteral("\r\n");
    QStringList fields;
    for (const QString& header : table.headers) {
        fields.append(CsvField::escaped(header));
    }
    QString text = fields.join(u';') + endOfLine;
    for (int r = 0; r < table.rowCount(); ++r) {
        fields.clear();
        for (int column = 0; column < table.columnCount(); ++column) {
            fields.append(csvValue(kindOf(table, column), table.cell(r, column)));
        }
        text += fields.join(u';') + endOfLine;
    }
    return writeCsvText(text, path);
}

Result<void> ReportSpreadsheet::writeCsvText(const QString& text, const QString& path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcDocuments) << "CSV export: the file could not be opened";
        return fail(tr("The file %1 could not be written: %2").arg(shownPath, file.errorString()));
    }
    // Owner-only before anything is written (best effort: a FAT USB stick has no modes).
    OwnerOnlyFile::restrict(file);
    // The byte-order mark makes Excel read UTF-8 (å, ä, ö) rather than the PC's code page.
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit()) {
        qCWarning(lcDocuments) << "CSV export: the file could not be written";
        return fail(tr("The file %1 could not be written: %2").arg(shownPath, file.errorString()));
    }
    return success();
}

} // namespace lotsen
