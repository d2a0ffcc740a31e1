// Lists out of Lotsen (issue 18 §2): what a view shows becomes a table with typed columns (numbers and ISO dates;
// digits held as text stay text), in the view's column order, with rows a lazy model had not fetched yet; the
// workbook read back through openpyxl (heading, real numbers, real dates), the CSV as Excel opens it in Swedish
// (BOM, ';', CRLF, decimal comma, the formula guard); a list with personal data is logged (who, which list, how
// many rows) and owner-only, and is not written at all when its entry cannot be; the catalogue is not logged; the
// printed list is A4 landscape with its header row on every page and the page numbers.
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/Database.h"
#include "core/OwnerOnlyFile.h"
#include "core/TableModelBase.h"
#include "core/Workspace.h"
#include "documents/PagedDocumentRenderer.h"
#include "lists/ListExport.h"
#include "lists/ListSnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

using Kind = ReportTable::Kind;

// Every cell of the first sheet as JSON: [[{t: python type, v: value}]].
const QString kReadWorkbook = uR"(
import datetime, json, sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = []
for row in sheet.iter_rows():
    cells = []
    for cell in row:
        value = cell.value
        kind = type(value).__name__
        if isinstance(value, (datetime.datetime, datetime.date)):
            value = value.isoformat()
        cells.append({"t": kind, "v": value})
    rows.append(cells)
print(json.dumps(rows))
)"_s;

// A model that hands out its rows ten at a time, as the register does while the view scrolls.
class LazyModel : public QAbstractTableModel
{
public:
    explicit LazyModel(int total) : m_total(total) { }
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_fetched; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && m_fetched < m_total; }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid()) {
            return;
        }
        const int more = std::min(10, m_total - m_fetched);
        beginInsertRows({}, m_fetched, m_fetched + more - 1);
        m_fetched += more;
        endInsertRows();
    }

private:
    int m_total;
    int m_fetched = 0;
};

// A list model whose last read failed: its rows were cleared because of that.
class FailedModel : public TableModelBase
{
public:
    FailedModel() { setLoadError(true); }
    int rowCount(const QModelIndex& = {}) const override { return 0; }
    int columnCount(const QModelIndex& = {}) const override { return 1; }
    QVariant data(const QModelIndex&, int) const override { return {}; }
};

// Name, personal number (test number), age, last contact, phone: as the register shows them.
std::unique_ptr<QStandardItemModel> registerLikeModel()
{
    auto model = std::make_unique<QStandardItemModel>(0, 5);
    model->setHorizontalHeaderLabels({ u"Name"_s, u"Personal number"_s, u"Age"_s, u"Last contact"_s, u"Phone"_s });
    const QList<QVariantList> rows {
        { u"Andersson, Åsa"_s, u"20000101-2384"_s, 26, u"2026-11-20"_s, u"0701234567"_s },
        { u"=HYPERLINK(\"x\")"_s, u"19991231-2383"_s, 27, QString(), u"0702345678"_s },
        { u"Öberg, Eli"_s, u"20010615-2388"_s, QVariant(), u"2026-12-01"_s, u"0703456789"_s },
    };
    for (const QVariantList& values : rows) {
        QList<QStandardItem*> items;
        for (const QVariant& value : values) {
            auto* item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            items.append(item);
        }
        model->appendRow(items);
    }
    return model;
}

} // namespace

class TestListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void snapshotKeepsOrderAndTypesColumns();
    void snapshotFetchesEveryRow();
    void snapshotOfAListThatCouldNotBeReadIsAnError();
    void xlsxHasHeadingRealNumbersAndDates();
    void csvIsAPlainTableForExcel();
    void personalDataIsLoggedAndOwnerOnly();
    void catalogueIsNotLogged();
    void nothingIsWrittenWhenTheLogRefuses();
    void printedListIsLandscapeWithHeaderOnEveryPage();

private:
    ListExport::Request registerRequest(const QList<int>& columns = { 0, 1, 2, 3, 4 });
    QList<AccessLog::Entry> listEntries();
    QString m_python;
    std::unique_ptr<TestWorkspace> m_fixture;
    std::unique_ptr<QStandardItemModel> m_model;
};

void TestListExport::initTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(022); // the usual umask, under which a careless file is readable by everyone
#endif
    for (const QString& candidate : { QStandardPaths::findExecutable(u"python3"_s),
                                      QStandardPaths::findExecutable(u"python3"_s, { u"/usr/bin"_s }) }) {
        QProcess python;
        python.start(candidate, { u"-c"_s, u"import openpyxl"_s });
        if (!candidate.isEmpty() && python.waitForFinished(60000) && python.exitCode() == 0) {
            m_python = candidate;
            break;
        }
    }
    QVERIFY2(!m_python.isEmpty(), "python3 with openpyxl (python3-openpyxl) reads the workbooks back");
}

void TestListExport::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 12, 4), QTime(10, 30)));
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_model = registerLikeModel();
}

void TestListExport::cleanup()
{
    m_model.reset();
    m_fixture.reset();
}

ListExport::Request TestListExport::registerRequest(const QList<int>& columns)
{
    ListExport::Request request;
    request.list = ListExport::List::Register;
    request.table = LOTSEN_VALUE(ListSnapshot::fromModel(*m_model, columns, u"Register of youths"_s));
    request.filterText = u"search “a”"_s;
    return request;
}

QList<AccessLog::Entry> TestListExport::listEntries()
{
    AccessLog::Filter filter;
    filter.action = AccessAction::ExportList;
    Result<QList<AccessLog::Entry>> entries = m_fixture->workspace().accessLog().entries(filter);
    if (!entries) {
        qWarning() << entries.message();
        return {};
    }
    return *entries;
}

void TestListExport::snapshotKeepsOrderAndTypesColumns()
{
    // The phone first, the personal number hidden: as the user arranged the view.
    const ReportTable table = LOTSEN_VALUE(ListSnapshot::fromModel(*m_model, { 4, 0, 2, 3 }, u"Register"_s));
    QCOMPARE(table.headers, QStringList({ u"Phone"_s, u"Name"_s, u"Age"_s, u"Last contact"_s }));
    QCOMPARE(table.kinds, QList<Kind>({ Kind::Text, Kind::Text, Kind::Count, Kind::Date }));
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.cell(0, 0), QVariant(u"0701234567"_s)); // digits as text keep their leading zero
    QCOMPARE(table.cell(0, 2), QVariant(26));
    QCOMPARE(table.cell(0, 3), QVariant(QDate(2026, 11, 20)));
    QVERIFY(table.cell(1, 3).isNull()); // an empty date is an empty cell
    QVERIFY(table.cell(2, 2).isNull());
    for (const QVariantList& row : table.rows) {
        QVERIFY(!row.contains(QVariant(u"20000101-2384"_s)));
    }

    // One text among dates makes the whole column text.
    m_model->setData(m_model->index(2, 3), u"unknown"_s);
    const ReportTable mixed = LOTSEN_VALUE(ListSnapshot::fromModel(*m_model, { 3 }, u"Register"_s));
    QCOMPARE(mixed.kinds, QList<Kind>({ Kind::Text }));
    QCOMPARE(mixed.cell(0, 0), QVariant(u"2026-11-20"_s));
}

void TestListExport::snapshotFetchesEveryRow()
{
    LazyModel lazy(35);
    QCOMPARE(lazy.rowCount(), 0);
    const ReportTable table = LOTSEN_VALUE(ListSnapshot::fromModel(lazy, { 0 }, u"Lazy"_s));
    QCOMPARE(table.rowCount(), 35);
    QCOMPARE(table.cell(34, 0), QVariant(34));
}

void TestListExport::snapshotOfAListThatCouldNotBeReadIsAnError()
{
    // Not an empty list, and not through a proxy either: the export says the list could not be read.
    FailedModel failed;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&failed);
    const Result<ReportTable> table = ListSnapshot::fromModel(proxy, { 0 }, u"Partners"_s);
    QVERIFY(!table);
    QVERIFY2(table.message().contains(u"could not be read"_s), qPrintable(table.message()));
}

void TestListExport::xlsxHasHeadingRealNumbersAndDates()
{
    const QString path = m_fixture->filePath(u"register.xlsx"_s);
    const Result<int> written
        = ListExport::write(m_fixture->workspace(), registerRequest(), ListExport::Format::Xlsx, path);
    LOTSEN_VERIFY_OK(written);
    QCOMPARE(*written, 3);

    QProcess python;
    python.start(m_python, { u"-c"_s, kReadWorkbook, path });
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    // The heading: the list, the filters, who and when, the personal-data notice; then the title again, a blank
    // row and the header row.
    QStringList heading;
    int headerRow = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const QString first = rows.at(r).toArray().at(0).toObject().value(u"v"_s).toString();
        if (first == u"Name"_s) {
            headerRow = r;
            break;
        }
        heading.append(first);
    }
    QVERIFY(headerRow > 0);
    const QString joined = heading.join(u'\n');
    QVERIFY2(joined.contains(u"Register of youths"_s), qPrintable(joined));
    QVERIFY(joined.contains(u"Filters: search “a”"_s));
    QVERIFY(joined.contains(u"3 rows"_s));
    QVERIFY(joined.contains(u"Contains personal data"_s));
    QCOMPARE(rows.size(), headerRow + 4);
    const QJsonArray first = rows.at(headerRow + 1).toArray();
    QCOMPARE(first.at(0).toObject().value(u"v"_s).toString(), u"Andersson, Åsa"_s);
    QCOMPARE(first.at(1).toObject().value(u"t"_s).toString(), u"str"_s);
    QCOMPARE(first.at(2).toObject().value(u"t"_s).toString(), u"int"_s);
    QCOMPARE(first.at(2).toObject().value(u"v"_s).toInt(), 26);
    QCOMPARE(first.at(3).toObject().value(u"t"_s).toString(), u"datetime"_s);
    QCOMPARE(first.at(3).toObject().value(u"v"_s).toString(), u"2026-11-20T00:00:00"_s);
    QCOMPARE(first.at(4).toObject().value(u"v"_s).toString(), u"0701234567"_s);
}

void TestListExport::csvIsAPlainTableForExcel()
{
    const QString path = m_fixture->filePath(u"register.csv"_s);
    LOTSEN_VERIFY_OK(
        ListExport::write(m_fixture->workspace(), registerRequest({ 0, 2, 3 }), ListExport::Format::Csv, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 5); // header, three rows, and the empty string after the last CRLF
    QCOMPARE(lines.at(0), u"Name;Age;Last contact"_s);
    QCOMPARE(lines.at(1), u"Andersson, Åsa;26;2026-11-20"_s);
    // The formula guard, and the quoting of the quotes it holds.
    QCOMPARE(lines.at(2), u"\"'=HYPERLINK(\"\"x\"\")\";27;"_s);
    QCOMPARE(lines.at(3), u"Öberg, Eli;;2026-12-01"_s);
    QVERIFY(lines.at(4).isEmpty());
}

void TestListExport::personalDataIsLoggedAndOwnerOnly()
{
    const QString path = m_fixture->filePath(u"register.xlsx"_s);
    QVERIFY(listEntries().isEmpty());
    LOTSEN_VERIFY_OK(ListExport::write(m_fixture->workspace(), registerRequest(), ListExport::Format::Xlsx, path));
    QVERIFY(OwnerOnlyFile::isOwnerOnly(path));
    const QList<AccessLog::Entry> entries = listEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().username, u"admin"_s);
    QCOMPARE(entries.first().accountId, m_fixture->session().accountId());
    QCOMPARE(entries.first().detail, u"list_export:register:3:xlsx"_s);
    QCOMPARE(AccessDetail::describe(entries.first().detail), u"Register of youths: 3 rows, XLSX"_s);

    // The CSV too, and a print is recorded as one.
    LOTSEN_VERIFY_OK(ListExport::write(m_fixture->workspace(), registerRequest(), ListExport::Format::Csv,
                                       m_fixture->filePath(u"register.csv"_s)));
    QVERIFY(OwnerOnlyFile::isOwnerOnly(m_fixture->filePath(u"register.csv"_s)));
    QCOMPARE(listEntries().size(), 2);
    LOTSEN_VERIFY_OK(ListExport::recordPrint(m_fixture->workspace(), registerRequest()));
    AccessLog::Filter printed;
    printed.action = AccessAction::PrintDocument;
    const Result<QList<AccessLog::Entry>> prints = m_fixture->workspace().accessLog().entries(printed);
    LOTSEN_VERIFY_OK(prints);
    QCOMPARE(prints->size(), 1);
    QCOMPARE(prints->first().detail, u"list_print:register:3"_s);
}

void TestListExport::catalogueIsNotLogged()
{
    ListExport::Request request = registerRequest({ 0 });
    request.list = ListExport::List::Catalogue;
    LOTSEN_VERIFY_OK(ListExport::write(m_fixture->workspace(), request, ListExport::Format::Csv,
                                       m_fixture->filePath(u"catalogue.csv"_s)));
    QVERIFY(listEntries().isEmpty());
    LOTSEN_VERIFY_OK(ListExport::recordPrint(m_fixture->workspace(), request));
    AccessLog::Filter printed;
    printed.action = AccessAction::PrintDocument;
    QCOMPARE(m_fixture->workspace().accessLog().entries(printed)->size(), 0);
}

void TestListExport::nothingIsWrittenWhenTheLogRefuses()
{
    if (TestServer::active()) {
        QSKIP("The refusing trigger is SQLite's TEMP TRIGGER; the rule is the same code on both engines.");
    }
    const QString path = m_fixture->filePath(u"register.xlsx"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier export");
    }
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.access_log "
                       "BEGIN SELECT RAISE(ABORT, 'log refused'); END"_s));
    for (const ListExport::Format format : { ListExport::Format::Xlsx, ListExport::Format::Csv }) {
        const Result<int> written = ListExport::write(m_fixture->workspace(), registerRequest(), format, path);
        QVERIFY(!written);
        QVERIFY2(written.message().contains(u"access log"_s), qPrintable(written.message()));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("an earlier export"));
    }
    // No temporary file is left behind.
    const QStringList left = QDir(m_fixture->dir().path()).entryList({ u".lotsen-*"_s }, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    QVERIFY(query.exec(u"DROP TRIGGER refuse_log"_s));
    QVERIFY(listEntries().isEmpty());
}

void TestListExport::printedListIsLandscapeWithHeaderOnEveryPage()
{
    // Enough rows for three pages.
    for (int row = 0; row < 120; ++row) {
        m_model->appendRow({ new QStandardItem(u"Youth %1"_s.arg(row)), new QStandardItem(u"x"_s),
                             new QStandardItem(u"20"_s), new QStandardItem(QString()), new QStandardItem(QString()) });
    }
    const ListExport::Request request = registerRequest();
    std::unique_ptr<QTextDocument> document = ListExport::printDocument(m_fixture->workspace(), request);
    QVERIFY(document);
    const QString pdf = m_fixture->filePath(u"list.pdf"_s);
    const Result<int> pages = PagedDocumentRenderer::writePdf(*document, pdf, QDate(2026, 12, 4));
    LOTSEN_VERIFY_OK(pages);
    QVERIFY2(*pages >= 2, qPrintable(QString::number(*pages)));

    QProcess info;
    info.start(u"pdfinfo"_s, { pdf });
    QVERIFY(info.waitForFinished(30000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(u"842 x 595"_s), qPrintable(infoText)); // A4 landscape, in points

    for (int page = 1; page <= *pages; ++page) {
        QProcess text;
        text.start(u"pdftotext"_s,
                   { u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-layout"_s, pdf, u"-"_s });
        QVERIFY(text.waitForFinished(30000));
        const QString pageText = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pageText.contains(u"Personal number"_s), qPrintable(u"page %1"_s.arg(page)));
        QVERIFY2(pageText.contains(u"Page %1 of %2"_s.arg(page).arg(*pages)), qPrintable(pageText.right(300)));
        if (page == 1) {
            QVERIFY(pageText.contains(u"Register of youths"_s));
            QVERIFY(pageText.contains(u"Filters: search “a”"_s));
            QVERIFY(pageText.contains(u"Andersson, Åsa"_s));
        }
    }
}

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
