// The spreadsheet exports of a report, read back: the workbook through openpyxl (sheet names, real numbers, shares,
// dates, "<5" as text, no on-screen-only table, also under a decimal-comma locale), the CSV through Lotsen's own
// reader (BOM, ';', CRLF, decimal comma, the formula guard); both owner-only, both leave nothing behind on failure.
#include "ResultChecks.h"
#include "core/OwnerOnlyFile.h"
#include "outreach/CsvReader.h"
#include "reports/ReportSpreadsheet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <clocale>
#include <sys/stat.h>
#endif

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

using Kind = ReportTable::Kind;

// Every cell of every sheet as JSON: [{name, freeze, widths: {A: …}, rows: [[{t: type, v: value, f: number format,
// d: data type, b: bold}]]}].
const QString kReadWorkbook = uR"(
import datetime, json, sys, openpyxl
workbook = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in workbook.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            kind = type(value).__name__
            if isinstance(value, (datetime.datetime, datetime.date)):
                value = value.isoformat()
            cells.append({"t": kind, "v": value, "f": cell.number_format, "d": cell.data_type, "b": bool(cell.font.b)})
        rows.append(cells)
    widths = {key: dimension.width for key, dimension in sheet.column_dimensions.items()}
    sheets.append({"name": sheet.title, "freeze": sheet.freeze_panes, "widths": widths, "rows": rows})
print(json.dumps(sheets))
)"_s;

const QStringList kHeading { u"Fritidsgården Kvarnen"_s, u"Participants"_s, u"2024-01-01 – 2024-03-31"_s,
                             u"Mentor: all"_s };
// Heading lines, the table's title, a blank row, then the header row.
constexpr int kHeaderRow = 6;

const QString kFormulaText = u"=HYPERLINK(\"http://example.com\")"_s;

QList<ReportTable> reportTables()
{
    ReportTable months;
    months.key = u"participants_by_month"_s;
    months.title = u"Participants by month"_s;
    months.headers = { u"Month"_s, u"Participants"_s, u"Share"_s, u"Average days"_s, u"First visit"_s };
    months.kinds = { Kind::Text, Kind::Count, Kind::Share, Kind::Number, Kind::Date };
    months.rows = {
        { u"January"_s, 12, 0.453, 12.5, QDate(2024, 1, 15) },
        { u"February"_s, 3, 0.2, QVariant(), QDate(2024, 2, 1) },
        { kFormulaText, 0, 0.0, 7.0, QVariant() },
        { u"Total"_s, 15, 1.0, 10.0, QVariant() },
    };
    months.totalRows = { 3 };
    months.note = u"Youths with at least one visit."_s;

    ReportTable exits;
    exits.key = u"exit_reasons"_s;
    exits.title = u"Exits: reasons / outcomes [all] during the whole period"_s;
    exits.headers = { u"Reason"_s, u"Exits"_s };
    exits.kinds = { Kind::Text, Kind::Count };
    exits.rows = { { u"Work"_s, 7 }, { u"Studies"_s, 2 } };

    ReportTable sameTitle = months;
    sameTitle.key = u"participants_by_month_again"_s;

    ReportTable names;
    names.key = u"participant_list"_s;
    names.title = u"Youths in the period"_s;
    names.headers = { u"Name"_s };
    names.kinds = { Kind::Text };
    names.rows = { { u"Anna Andersson"_s } };
    names.onScreenOnly = true;

    ReportTable history; // a sheet name Excel keeps for itself
    history.key = u"history"_s;
    history.title = u"History"_s;
    history.headers = { u"Year"_s };
    history.kinds = { Kind::Text };
    history.rows = { { u"2024"_s } };

    return { months.maskedSmallNumbers(), exits, sameTitle, names, history };
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

} // namespace

class TestReportSpreadsheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void xlsxHasOneSheetPerTableWithValidNames();
    void xlsxHasTypedCells();
    void xlsxReplacesTheTargetOwnerOnly();
    void xlsxNumbersUnderADecimalCommaLocale();
    void xlsxFailureLeavesNothingBehind();
    void csvOpensInSwedishExcel();
    void csvFailureLeavesNothingBehind();

private:
    void readWorkbook(const QString& path, QJsonArray* sheets);
    QString m_python;
    QTemporaryDir m_dir;
#ifdef Q_OS_UNIX
    mode_t m_umask = 022;
#endif
};

void TestReportSpreadsheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifdef Q_OS_UNIX
    // The usual umask, under which a file made without care is readable by everyone (0644).
    m_umask = ::umask(022);
#endif
    // The first python3 that has openpyxl: a python3 earlier on the PATH (pyenv, a virtualenv) may lack the
    // system's package.
    QStringList candidates { QStandardPaths::findExecutable(u"python3"_s) };
#ifdef Q_OS_UNIX
    candidates.append(QStandardPaths::findExecutable(u"python3"_s, { u"/usr/bin"_s, u"/usr/local/bin"_s }));
#endif
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate.isEmpty()) {
            continue;
        }
        QProcess python;
        python.start(candidate, { u"-c"_s, u"import openpyxl"_s });
        if (python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0) {
            m_python = candidate;
            break;
        }
    }
    QVERIFY2(!m_python.isEmpty(), "python3 with openpyxl (python3-openpyxl) reads the workbooks back");
}

void TestReportSpreadsheet::cleanupTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(m_umask);
#endif
}

void TestReportSpreadsheet::readWorkbook(const QString& path, QJsonArray* sheets)
{
    QProcess python;
    python.start(m_python, { u"-c"_s, kReadWorkbook, path });
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    *sheets = document.array();
}

void TestReportSpreadsheet::xlsxHasOneSheetPerTableWithValidNames()
{
    const QString path = m_dir.filePath(u"names.xlsx"_s);
    LOTSEN_VERIFY_OK(ReportSpreadsheet::writeXlsx(reportTables(), kHeading, path));
    QJsonArray sheets;
    readWorkbook(path, &sheets);
    if (QTest::currentTestFailed()) {
        return;
    }
    QStringList names;
    for (const QJsonValue& sheet : std::as_const(sheets)) {
        names.append(sheet[u"name"_s].toString());
    }
    // No []:*?/\, at most 31 characters, unique, never "History"; the on-screen-only table is not there.
    QCOMPARE(names,
             QStringList({ u"Participants by month"_s, u"Exits reasons outcomes all duri"_s,
                           u"Participants by month 2"_s, u"History 2"_s }));
    // Nor is any of its cells on another sheet.
    QVERIFY(!QJsonDocument(sheets).toJson().contains("Anna Andersson"));
    // The full title above the table, in bold.
    const QJsonObject title = sheets[1][u"rows"_s][kHeading.size()][0].toObject();
    QCOMPARE(title[u"v"_s].toString(), u"Exits: reasons / outcomes [all] during the whole period"_s);
    QVERIFY(title[u"b"_s].toBool());
}

void TestReportSpreadsheet::xlsxHasTypedCells()
{
    const QString path = m_dir.filePath(u"typed.xlsx"_s);
    LOTSEN_VERIFY_OK(ReportSpreadsheet::writeXlsx(reportTables(), kHeading, path));
    QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
    QJsonArray sheets;
    readWorkbook(path, &sheets);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QJsonObject sheet = sheets.first().toObject();
    const QJsonArray rows = sheet[u"rows"_s].toArray();
    const auto cell = [&rows](int row, int column) {
        return rows[row][column].toObject();
    };

    for (int line = 0; line < kHeading.size(); ++line) {
        QCOMPARE(cell(line, 0)[u"v"_s].toString(), kHeading.at(line));
    }
    QCOMPARE(cell(kHeaderRow, 1)[u"v"_s].toString(), u"Participants"_s);
    QVERIFY(cell(kHeaderRow, 1)[u"b"_s].toBool());
    QCOMPARE(sheet[u"freeze"_s].toString(), u"A%1"_s.arg(kHeaderRow + 2)); // rows down to the header stay

    const int january = kHeaderRow + 1;
    QCOMPARE(cell(january, 0)[u"t"_s].toString(), u"str"_s);
    QCOMPARE(cell(january, 1)[u"t"_s].toString(), u"int"_s);
    QCOMPARE(cell(january, 1)[u"v"_s].toInt(), 12);
    QCOMPARE(cell(january, 1)[u"f"_s].toString(), u"0"_s);
    QCOMPARE(cell(january, 2)[u"t"_s].toString(), u"float"_s);
    QCOMPARE(cell(january, 2)[u"v"_s].toDouble(), 0.453);
    QCOMPARE(cell(january, 2)[u"f"_s].toString(), u"0.0%"_s);
    QCOMPARE(cell(january, 3)[u"t"_s].toString(), u"float"_s);
    QCOMPARE(cell(january, 3)[u"v"_s].toDouble(), 12.5);
    QCOMPARE(cell(january, 3)[u"f"_s].toString(), u"0.0"_s);
    QCOMPARE(cell(january, 4)[u"t"_s].toString(), u"datetime"_s);
    QCOMPARE(cell(january, 4)[u"v"_s].toString(), u"2024-01-15T00:00:00"_s);
    QCOMPARE(cell(january, 4)[u"f"_s].toString(), u"yyyy-mm-dd"_s);

    const int february = january + 1;
    QCOMPARE(cell(february, 1)[u"t"_s].toString(), u"str"_s); // masked
    QCOMPARE(cell(february, 1)[u"v"_s].toString(), u"<5"_s);
    QCOMPARE(cell(february, 3)[u"t"_s].toString(), u"NoneType"_s); // null: an empty cell

    const int formula = february + 1;
    QCOMPARE(cell(formula, 0)[u"d"_s].toString(), u"s"_s); // text, never a formula
    QCOMPARE(cell(formula, 0)[u"v"_s].toString(), kFormulaText);
    QCOMPARE(cell(formula, 1)[u"v"_s].toInt(), 0);
    QCOMPARE(cell(formula, 1)[u"t"_s].toString(), u"int"_s);

    const int total = formula + 1;
    QCOMPARE(cell(total, 1)[u"t"_s].toString(), u"int"_s); // totals are not masked
    QCOMPARE(cell(total, 1)[u"v"_s].toInt(), 15);
    QCOMPARE(cell(total + 2, 0)[u"v"_s].toString(), u"Youths with at least one visit."_s);

    const QJsonObject widths = sheet[u"widths"_s].toObject();
    QVERIFY2(widths[u"A"_s].toDouble() > widths[u"B"_s].toDouble(), QJsonDocument(widths).toJson().constData());
    QVERIFY(widths[u"B"_s].toDouble() >= 10);
}

void TestReportSpreadsheet::xlsxReplacesTheTargetOwnerOnly()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"report.xlsx"_s);
    writeFile(path, "an older export");
    QVERIFY(!OwnerOnlyFile::isOwnerOnly(path));

    LOTSEN_VERIFY_OK(ReportSpreadsheet::writeXlsx(reportTables(), kHeading, path));
    QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a zip: the workbook, not the old content
    QCOMPARE(filesIn(folder.path()), QStringList { u"report.xlsx"_s }); // no temporary file left
}

void TestReportSpreadsheet::xlsxNumbersUnderADecimalCommaLocale()
{
#ifndef Q_OS_UNIX
    QSKIP("Qt sets the C library's locale on Unix only");
#else
    // Qt sets the user's locale at start-up: a Swedish user's printf writes "0,453".
    const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
    const QByteArray previousLocPath = qgetenv("LOCPATH");
    const bool hadLocPath = qEnvironmentVariableIsSet("LOCPATH");
    const auto restore = qScopeGuard([&] {
        std::setlocale(LC_NUMERIC, previous.constData());
        if (hadLocPath) {
            qputenv("LOCPATH", previousLocPath);
        } else {
            qunsetenv("LOCPATH");
        }
    });
    QTemporaryDir locales;
    if (!std::setlocale(LC_NUMERIC, "sv_SE.UTF-8")) {
        // Not installed here: compiled into a temporary folder, when the system has the sources.
        const QString localedef = QStandardPaths::findExecutable(u"localedef"_s);
        if (!localedef.isEmpty() && locales.isValid()) {
            QProcess::execute(localedef,
                              { u"-i"_s, u"sv_SE"_s, u"-f"_s, u"UTF-8"_s, locales.filePath(u"sv_SE.UTF-8"_s) });
            qputenv("LOCPATH", QFile::encodeName(locales.path()));
        }
        if (!std::setlocale(LC_NUMERIC, "sv_SE.UTF-8")) {
            QSKIP("no Swedish locale here (and no localedef with its sources)");
        }
    }
    char printed[16];
    std::snprintf(printed, sizeof printed, "%.3G", 0.453);
    QCOMPARE(QByteArray(printed), QByteArray("0,453")); // the locale is in force

    const QString path = m_dir.filePath(u"comma.xlsx"_s);
    LOTSEN_VERIFY_OK(ReportSpreadsheet::writeXlsx(reportTables(), kHeading, path));
    std::snprintf(printed, sizeof printed, "%.3G", 0.453);
    QCOMPARE(QByteArray(printed), QByteArray("0,453")); // and in force again afterwards
    QJsonArray sheets;
    readWorkbook(path, &sheets);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QJsonObject share = sheets[0][u"rows"_s][kHeaderRow + 1][2].toObject();
    QCOMPARE(share[u"t"_s].toString(), u"float"_s);
    QCOMPARE(share[u"v"_s].toDouble(), 0.453);
#endif
}

void TestReportSpreadsheet::xlsxFailureLeavesNothingBehind()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A folder that does not exist.
    const QString missing = folder.filePath(u"missing/report.xlsx"_s);
    const Result<void> inMissingFolder = ReportSpreadsheet::writeXlsx(reportTables(), kHeading, missing);
    LOTSEN_VERIFY_FAILS(inMissingFolder);
    QVERIFY2(inMissingFolder.message().contains(QDir::toNativeSeparators(missing)),
             qPrintable(inMissingFolder.message()));
    QVERIFY(filesIn(folder.path()).isEmpty());

    // A target that cannot be replaced (a folder): the finished temporary file is removed again.
    QVERIFY(QDir(folder.path()).mkdir(u"report.xlsx"_s));
    LOTSEN_VERIFY_FAILS(ReportSpreadsheet::writeXlsx(reportTables(), kHeading, folder.filePath(u"report.xlsx"_s)));
    QCOMPARE(filesIn(folder.path()), QStringList { u"report.xlsx"_s });
    QVERIFY(filesIn(folder.filePath(u"report.xlsx"_s)).isEmpty());
}

void TestReportSpreadsheet::csvOpensInSwedishExcel()
{
    const QString path = m_dir.filePath(u"report.csv"_s);
    writeFile(path, "an older export");
    LOTSEN_VERIFY_OK(ReportSpreadsheet::writeCsv(reportTables(), kHeading, path));
    QVERIFY(OwnerOnlyFile::isOwnerOnly(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.endsWith("\r\n"));
    QCOMPARE(data.count('\n'), data.count("\r\n")); // CRLF everywhere
    const QString text = QString::fromUtf8(data.mid(3));
    QVERIFY(!text.contains(u"Anna Andersson"_s)); // the on-screen-only table
    const QStringList lines = text.split(u"\r\n"_s);
    QCOMPARE(lines.mid(0, kHeading.size()), kHeading);
    QCOMPARE(lines.at(kHeading.size()), QString()); // a blank line after the heading
    QCOMPARE(lines.at(kHeading.size() + 1), u"Participants by month"_s);
    QCOMPARE(lines.at(kHeading.size() + 2), u"Month;Participants;Share;Average days;First visit"_s);
    QVERIFY(lines.contains(u"Exits: reasons / outcomes [all] during the whole period"_s)); // the full title

    const Result<CsvReader::Table> read = CsvReader::parse(data);
    LOTSEN_VERIFY_OK(read);
    QCOMPARE(read->separator, QChar(u';'));
    QVERIFY(read->hadBom);
    QHash<QString, QStringList> rows; // the first table's rows by their first field (later tables repeat them)
    for (const CsvReader::Record& record : read->records) {
        if (!rows.contains(record.fields.value(0))) {
            rows.insert(record.fields.value(0), record.fields);
        }
    }
    QCOMPARE(rows.value(u"January"_s), QStringList({ u"January"_s, u"12"_s, u"45,3%"_s, u"12,5"_s, u"2024-01-15"_s }));
    QCOMPARE(rows.value(u"February"_s), QStringList({ u"February"_s, u"<5"_s, u".."_s, QString(), u"2024-02-01"_s }));
    QCOMPARE(rows.value(u"'"_s + kFormulaText),
             QStringList({ u"'"_s + kFormulaText, u"0"_s, u"0,0%"_s, u"7,0"_s, QString() }));
    QCOMPARE(rows.value(u"Total"_s), QStringList({ u"Total"_s, u"15"_s, u"100,0%"_s, u"10,0"_s, QString() }));
    QCOMPARE(rows.value(u"Studies"_s), QStringList({ u"Studies"_s, u"2"_s }));
    QVERIFY(!rows.contains(kFormulaText));
}

void TestReportSpreadsheet::csvFailureLeavesNothingBehind()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString missing = folder.filePath(u"missing/report.csv"_s);
    const Result<void> inMissingFolder = ReportSpreadsheet::writeCsv(reportTables(), kHeading, missing);
    LOTSEN_VERIFY_FAILS(inMissingFolder);
    QVERIFY2(inMissingFolder.message().contains(QDir::toNativeSeparators(missing)),
             qPrintable(inMissingFolder.message()));
    QVERIFY(filesIn(folder.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestReportSpreadsheet)
#include "tst_reportspreadsheet.moc"
