// The printed report, checked by its text through poppler's pdftotext: letterhead, period and filters, the tables
// with small numbers masked and exact totals, no names from on-screen-only tables, the footer; and the chart
// painter, which must draw something and survive a chart of zeros.
#include "reports/ReportChartPainter.h"
#include "reports/ReportDocumentBuilder.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 27);

// Participants by group: bars, a masked count of 3, a share, a null, a total row.
Report participantsReport()
{
    ReportTable table;
    table.key = u"participants"_s;
    table.title = u"Participants by group"_s;
    table.headers = { u"Group"_s, u"Women"_s, u"Men"_s, u"Share women"_s };
    table.kinds
        = { ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count, ReportTable::Kind::Share };
    table.rows = {
        { u"Aged 16–19"_s, 12, 3, 0.8 },
        { u"Aged 20–24"_s, 17, 21, 0.4474 },
        { u"Aged 25–29 and those whose age is unknown"_s, 9, 0, QVariant() },
        { u"Total"_s, 38, 24, 0.6129 },
    };
    table.totalRows = { 3 };
    table.chart = ReportTable::Chart::Bars;
    table.chartColumns = { 1, 2 };
    table.note = u"Youths with an enrolment in the period."_s;

    ReportTable names;
    names.key = u"participant_list"_s;
    names.title = u"Participants"_s;
    names.headers = { u"Name"_s, u"Enrolled"_s };
    names.kinds = { ReportTable::Kind::Text, ReportTable::Kind::Date };
    names.rows = { { u"Test Testsson"_s, QDate(2026, 2, 3) } };
    names.onScreenOnly = true;

    return { u"participants"_s,
             u"Participants"_s,
             u"A participant is a youth enrolled on any day of the period."_s,
             { table, names } };
}

// Exits by month: lines, a date column.
Report exitsReport()
{
    ReportTable table;
    table.key = u"exits_by_month"_s;
    table.title = u"Exits by month"_s;
    table.headers = { u"Month"_s, u"Work"_s, u"Studies"_s, u"Average days"_s, u"Last exit"_s };
    table.kinds = { ReportTable::Kind::Text, ReportTable::Kind::Count, ReportTable::Kind::Count,
                    ReportTable::Kind::Number, ReportTable::Kind::Date };
    const QList<int> work = { 5, 7, 0, 9, 11, 6 };
    const QList<int> studies = { 6, 5, 8, 12, 7, 10 };
    for (int month = 0; month < work.size(); ++month) {
        table.rows.append({ QDate(2026, month + 1, 1).toString(u"yyyy-MM"_s), work.at(month), studies.at(month),
                            120.5 + month, QDate(2026, month + 1, 28) });
    }
    table.chart = ReportTable::Chart::Lines;
    table.chartColumns = { 1, 2 };
    return { u"exits"_s, u"Exits"_s, u"An exit counts in the month of its date."_s, { table } };
}

ReportDocumentBuilder::Input input()
{
    ReportDocumentBuilder::Input in;
    in.reports = { participantsReport(), exitsReport() };
    in.centreName = u"Mötesplats Väster"_s;
    QImage logo(64, 32, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x3b, 0x63));
    in.logo = logo;
    in.projectName = u"Vägen vidare"_s;
    in.from = QDate(2026, 1, 1);
    in.to = QDate(2026, 6, 30);
    in.periodText = u"2026-01-01 – 2026-06-30"_s;
    in.filterText = u"Municipality: Västerås"_s;
    return in;
}

// Whether `image` has pixels of another colour than its top-left corner (the background).
bool hasDrawing(const QImage& image)
{
    const QRgb background = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHasTablesMaskedAndNoNames();
    void unmaskedShowsSmallCounts();
    void barsChartDraws();
    void linesChartDraws();
    void allZeroBarsDoNotCrash();
    void manyLongCategoriesWithShares();
    void noChartDrawsNothing();

private:
    // Writes the PDF and returns pdftotext -layout's text; `pages` gets the number of pages written.
    QString pdfText(const ReportDocumentBuilder::Input& input, const QString& name, int* pages);

    QTemporaryDir m_dir;
    QString m_pdftotext;
    QString m_lastPdf;
};

void TestReportDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
}

QString TestReportDocument::pdfText(const ReportDocumentBuilder::Input& input, const QString& name, int* pages)
{
    // To look at the pages: LOTSEN_TEST_KEEP=/tmp/dir, then pdftoppm -r 60 -png /tmp/dir/report.pdf page.
    const QString keep = qEnvironmentVariable("LOTSEN_TEST_KEEP");
    const QString pdf = (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name + u".pdf"_s;
    const Result<int> written = ReportDocumentBuilder::writePdf(input, pdf, kToday);
    if (!written) {
        qWarning("%s", qPrintable(written.message()));
        return {};
    }
    *pages = *written;
    m_lastPdf = pdf;
    QProcess process;
    process.start(m_pdftotext, { u"-q"_s, u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReportDocument::pdfHasTablesMaskedAndNoNames()
{
    int pages = 0;
    const QString text = pdfText(input(), u"report"_s, &pages);
    QVERIFY2(!text.isEmpty(), "the PDF has no text");
    QVERIFY(pages > 0);
    // Whitespace runs as one space, for phrases; the layout itself for the rows of the tables.
    const QString flat = text.simplified();
    QVERIFY2(flat.contains(u"Mötesplats Väster"_s), qPrintable(text));
    QVERIFY(flat.contains(u"Report"_s));
    QVERIFY(flat.contains(u"Vägen vidare"_s));
    QVERIFY(flat.contains(u"2026-01-01 – 2026-06-30"_s));
    QVERIFY(flat.contains(u"Municipality: Västerås"_s));
    QVERIFY(flat.contains(u"Counts of 1–4 are shown as <5; totals are exact."_s));
    QVERIFY(flat.contains(u"Participants by group"_s));
    QVERIFY(flat.contains(u"Exits by month"_s));
    QVERIFY(flat.contains(u"A participant is a youth enrolled on any day of the period."_s));
    QVERIFY(flat.contains(u"Youths with an enrolment in the period."_s));
    for (const QString& header : { u"Group"_s, u"Women"_s, u"Men"_s, u"Share women"_s, u"Month"_s, u"Studies"_s,
                                   u"Average days"_s, u"Last exit"_s }) {
        QVERIFY2(flat.contains(header), qPrintable(header));
    }
    // The row of the masked 3: "<5" instead of the count, and ".." instead of its share, which would give it back.
    static const QRegularExpression masked(u"Aged 16–19\\s+12\\s+<5\\s+\\.\\."_s);
    QVERIFY2(masked.match(text).hasMatch(), qPrintable(text));
    static const QRegularExpression nullShare(u"9\\s+0\\s+–"_s);
    QVERIFY2(nullShare.match(text).hasMatch(), qPrintable(text));
    // The total is exact.
    static const QRegularExpression total(u"Total\\s+38\\s+24\\s+61\\.3\\s%"_s);
    QVERIFY2(total.match(text).hasMatch(), qPrintable(text));
    QVERIFY(flat.contains(u"44.7 %"_s));
    // Numbers with one decimal, ISO dates.
    static const QRegularExpression month(u"2026-03\\s+0\\s+8\\s+122\\.5\\s+2026-03-28"_s);
    QVERIFY2(month.match(text).hasMatch(), qPrintable(text));
    // The on-screen-only table is not printed at all.
    QVERIFY(!flat.contains(u"Test Testsson"_s));
    QVERIFY(!flat.contains(u"2026-02-03"_s));
    QVERIFY(flat.contains(u"Page 1 of %1"_s.arg(pages)));
    QVERIFY(flat.contains(u"Printed 2026-11-27"_s));

    // The logo and both charts are images in the PDF (pdfimages lists one per line after two header lines).
    const QString pdfimages = QStandardPaths::findExecutable(u"pdfimages"_s);
    if (pdfimages.isEmpty()) {
        QSKIP("pdfimages (poppler-utils) is not installed: the charts are not checked");
    }
    QProcess process;
    process.start(pdfimages, { u"-list"_s, m_lastPdf });
    QVERIFY(process.waitForFinished(30000));
    const QStringList images = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size() - 2, 3);
}

void TestReportDocument::unmaskedShowsSmallCounts()
{
    ReportDocumentBuilder::Input in = input();
    in.maskSmallNumbers = false;
    int pages = 0;
    const QString text = pdfText(in, u"unmasked"_s, &pages);
    QVERIFY2(!text.isEmpty(), "the PDF has no text");
    static const QRegularExpression exact(u"Aged 16–19\\s+12\\s+3\\s+80\\.0\\s%"_s);
    QVERIFY2(exact.match(text).hasMatch(), qPrintable(text));
    QVERIFY(!text.contains(u"<5"_s));
    QVERIFY(!text.contains(u"Test Testsson"_s));
}

void TestReportDocument::barsChartDraws()
{
    const ReportTable table = participantsReport().tables.first();
    const QImage image = ReportChartPainter::image(table, QSize(900, 450), 150);
    QCOMPARE(image.size(), QSize(900, 450));
    QVERIFY(hasDrawing(image));
    // The first series' colour is in the bars.
    const QRgb bar = ReportChartPainter::palette().first().rgb();
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y) {
        for (int x = 0; x < image.width() && !found; ++x) {
            found = image.pixel(x, y) == bar;
        }
    }
    QVERIFY(found);
}

void TestReportDocument::linesChartDraws()
{
    const ReportTable table = exitsReport().tables.first();
    QVERIFY(hasDrawing(ReportChartPainter::image(table, QSize(900, 450), 150)));
}

void TestReportDocument::allZeroBarsDoNotCrash()
{
    ReportTable table = participantsReport().tables.first();
    for (QVariantList& row : table.rows) {
        row[1] = 0;
        row[2] = 0;
    }
    // The axis and labels are still drawn.
    QVERIFY(hasDrawing(ReportChartPainter::image(table, QSize(600, 300), 96)));
    // Nothing but masked values and nulls, and no rows at all.
    for (QVariantList& row : table.rows) {
        row[1] = u"<5"_s;
        row[2] = QVariant();
    }
    QVERIFY(hasDrawing(ReportChartPainter::image(table, QSize(600, 300), 96)));
    table.rows.clear();
    table.totalRows.clear();
    QVERIFY(!hasDrawing(ReportChartPainter::image(table, QSize(600, 300), 96)));
    // Too small to draw a plot.
    QVERIFY(!hasDrawing(ReportChartPainter::image(participantsReport().tables.first(), QSize(20, 10), 96)));
}

// Labels that do not fit lie at 45°; shares are drawn as percent. LOTSEN_TEST_KEEP keeps the image to look at.
void TestReportDocument::manyLongCategoriesWithShares()
{
    ReportTable table;
    table.headers = { u"Referral source"_s, u"Share in work or studies"_s, u"Share with a plan"_s };
    table.kinds = { ReportTable::Kind::Text, ReportTable::Kind::Share, ReportTable::Kind::Share };
    for (int i = 0; i < 14; ++i) {
        table.rows.append({ u"Referral source number %1 with a long name"_s.arg(i + 1), 0.05 * i + 0.1,
                            i % 3 == 0 ? QVariant() : QVariant(1.0 - 0.06 * i) });
    }
    table.chart = ReportTable::Chart::Bars;
    table.chartColumns = { 1, 2 };
    const QImage bars = ReportChartPainter::image(table, QSize(1875, 875), 300);
    QVERIFY(hasDrawing(bars));
    table.chart = ReportTable::Chart::Lines;
    const QImage lines = ReportChartPainter::image(table, QSize(1875, 875), 300);
    QVERIFY(hasDrawing(lines));
    const QString keep = qEnvironmentVariable("LOTSEN_TEST_KEEP");
    if (!keep.isEmpty()) {
        QVERIFY(bars.save(keep + u"/shares-bars.png"_s));
        QVERIFY(lines.save(keep + u"/shares-lines.png"_s));
    }
}

void TestReportDocument::noChartDrawsNothing()
{
    ReportTable table = participantsReport().tables.first();
    table.chart = ReportTable::Chart::None;
    QVERIFY(!hasDrawing(ReportChartPainter::image(table, QSize(300, 200), 96)));
}

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
