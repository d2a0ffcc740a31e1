// The Reports page (offscreen): the period and its arrows, the tables and charts showing the query layer's
// numbers, every table model under QAbstractItemModelTester, the filters, and the ways out (PDF, spreadsheet,
// participant list with its access-log entry, small numbers masked by default).
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "reports/ReportChartView.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsPage.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 4, 15), QTime(10, 0));

} // namespace

class TestGuiReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsLastMonthWithTablesAndCharts();
    void periodArrowsAndKinds();
    void mentorFilter();
    void exportsPdfAndSpreadsheets();
    void participantListIsLogged();

private:
    qint64 addParticipant(const QString& name, Gender gender, const QDate& start, qint64 mentor = 0);

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr;
    std::unique_ptr<ReportsPage> m_page;
    qint64 m_mentor = 0;
};

qint64 TestGuiReports::addParticipant(const QString& name, Gender gender, const QDate& start, qint64 mentor)
{
    Youth youth;
    youth.firstName = name;
    youth.lastName = u"Testsson"_s;
    youth.gender = gender;
    youth.birthDate = QDate(2006, 6, 6);
    youth.status = YouthStatus::Active;
    youth.startDate = start;
    youth.mentorId = mentor;
    return TestWorkspace::saveYouth(*m_workspace, youth);
}

void TestGuiReports::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open());
    m_workspace = &m_fixture->workspace();
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_mentor = m_fixture->addStaff(u"Maja Mentor"_s);
    // March 2026 (last month): two women and a man new, one of them exits on 20 March; one from February goes on.
    QVERIFY(addParticipant(u"Alva"_s, Gender::Woman, QDate(2026, 3, 2), m_mentor) != 0);
    const qint64 bea = addParticipant(u"Bea"_s, Gender::Woman, QDate(2026, 3, 3));
    QVERIFY(bea != 0);
    QVERIFY(addParticipant(u"Cem"_s, Gender::Man, QDate(2026, 3, 4)) != 0);
    QVERIFY(addParticipant(u"Dan"_s, Gender::Man, QDate(2026, 2, 10), m_mentor) != 0);
    QVERIFY(TestWorkspace::exitYouth(*m_workspace, bea, QDate(2026, 3, 20)));
    m_page = std::make_unique<ReportsPage>(*m_workspace);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestGuiReports::cleanup()
{
    GuiTest::resetSeams();
    m_page.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

void TestGuiReports::showsLastMonthWithTablesAndCharts()
{
    // Opens on last month, as a coordinator reporting monthly expects.
    QCOMPARE(m_page->parameters().from, QDate(2026, 3, 1));
    QCOMPARE(m_page->parameters().to, QDate(2026, 3, 31));
    auto* list = GuiTest::child<QListWidget>(m_page.get(), "reportList");
    QCOMPARE(list->count(), ReportQuery::keys().size());
    QCOMPARE(list->currentRow(), 0);

    // Every report's tables go through the model tester.
    for (int r = 0; r < list->count(); ++r) {
        list->setCurrentRow(r);
        const QList<QTableView*> views = m_page->findChildren<QTableView*>();
        QVERIFY(!views.isEmpty());
        for (QTableView* view : views) {
            QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
    }
    list->setCurrentRow(0);
    auto* table = GuiTest::child<QTableView>(m_page.get(), "reportTable_participants");
    auto* model = qobject_cast<ReportTableModel*>(table->model());
    QVERIFY(model);
    // Row 1 "New": 3 in all, 2 women and 1 man; row 2 "Exits": 1.
    QCOMPARE(model->index(1, 0).data().toString(), u"New"_s);
    QCOMPARE(model->index(1, 1).data().toString(), u"3"_s);
    QCOMPARE(model->index(1, 2).data().toString(), u"2"_s);
    QCOMPARE(model->index(2, 1).data().toString(), u"1"_s);
    QCOMPARE(model->index(3, 1).data().toString(), u"3"_s); // active at the end: Alva, Cem, Dan
    // The chart draws the same numbers: one series per gender, one value per figure.
    auto* chart = GuiTest::child<ReportChartView>(m_page.get(), "reportChart_participants");
    const QList<QList<double>> series = chart->seriesValues();
    QCOMPARE(series.size(), 4);
    QCOMPARE(series.at(0).value(1), 2.0); // women, new
    QCOMPARE(series.at(1).value(1), 1.0); // men, new
    QVERIFY(GuiTest::child<QCheckBox>(m_page.get(), "reportMask")->isChecked());
}

void TestGuiReports::periodArrowsAndKinds()
{
    auto* previous = GuiTest::child<QToolButton>(m_page.get(), "reportPrevious");
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_page->parameters().from, QDate(2026, 2, 1));
    QCOMPARE(m_page->parameters().to, QDate(2026, 2, 28));
    QTest::mouseClick(GuiTest::child<QToolButton>(m_page.get(), "reportNext"), Qt::LeftButton);
    QCOMPARE(m_page->parameters().from, QDate(2026, 3, 1));
    auto* kind = GuiTest::child<QComboBox>(m_page.get(), "reportPeriodKind");
    kind->setCurrentIndex(kind->findData(int(ReportPeriod::Kind::Tertial)));
    // The last whole tertial before 15 April 2026: September to December 2025.
    QCOMPARE(m_page->parameters().from, QDate(2025, 9, 1));
    QCOMPARE(m_page->parameters().to, QDate(2025, 12, 31));
    kind->setCurrentIndex(kind->findData(int(ReportPeriod::Kind::Quarter)));
    QCOMPARE(m_page->parameters().from, QDate(2026, 1, 1));
    QCOMPARE(m_page->parameters().to, QDate(2026, 3, 31));
    auto* model = qobject_cast<ReportTableModel*>(
        GuiTest::child<QTableView>(m_page.get(), "reportTable_participants")->model());
    QCOMPARE(model->index(1, 1).data().toString(), u"4"_s); // the quarter: Dan too is new
}

void TestGuiReports::mentorFilter()
{
    auto* mentor = GuiTest::child<QComboBox>(m_page.get(), "reportMentor");
    mentor->setCurrentIndex(mentor->findData(m_mentor));
    QVERIFY(m_page->parameters().filterText.contains(u"Maja Mentor"_s));
    auto* model = qobject_cast<ReportTableModel*>(
        GuiTest::child<QTableView>(m_page.get(), "reportTable_participants")->model());
    QCOMPARE(model->index(0, 1).data().toString(), u"1"_s); // active at the start: Dan
    QCOMPARE(model->index(1, 1).data().toString(), u"1"_s); // new: Alva
}

void TestGuiReports::exportsPdfAndSpreadsheets()
{
    const QString pdf = m_fixture->filePath(u"rapport.pdf"_s);
    FileDialog::setNextFileName(pdf);
    QVERIFY(m_page->exportPdf());
    QProcess text;
    text.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(printed.contains(u"Participants by gender and age group"_s));
    QVERIFY(printed.contains(u"<5"_s)); // masked by default: 2 women
    QVERIFY(!printed.contains(u"Alva"_s)); // no names on paper

    const QString xlsx = m_fixture->filePath(u"rapport.xlsx"_s);
    FileDialog::setNextFileName(xlsx);
    QVERIFY(m_page->exportSpreadsheet());
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip: an XLSX workbook
    const QString csv = m_fixture->filePath(u"rapport.csv"_s);
    FileDialog::setNextFileName(csv);
    QVERIFY(m_page->exportSpreadsheet());
    QFile sheet(csv);
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    const QByteArray content = sheet.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    QVERIFY(content.contains(";<5;"));
    QVERIFY(!content.contains("Alva"));
}

void TestGuiReports::participantListIsLogged()
{
    const QString csv = m_fixture->filePath(u"deltagare.csv"_s);
    FileDialog::setNextFileName(csv);
    QVERIFY(m_page->exportParticipantList());
    QFile list(csv);
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(list.readAll());
    QCOMPARE(content.count(u";2026-03-0"_s), 3); // the three March starts; Dan started in February
    const QList<AccessLog::Entry> entries = LOTSEN_VALUE(m_workspace->accessLog().entries({}));
    const auto exported = std::find_if(entries.cbegin(), entries.cend(), [](const AccessLog::Entry& entry) {
        return entry.action == AccessAction::ExportParticipantList;
    });
    QVERIFY(exported != entries.cend());
    QVERIFY(exported->detail.contains(u"4"_s)); // four periods overlap March
}

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
