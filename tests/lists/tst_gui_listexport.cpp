// Every list view's Export… and Print list… on screen (issue 18 §2): the register with a search and a hidden column
// leaves as a CSV with exactly the rows and columns shown, in the order shown; Ctrl+Shift+E opens the same export;
// Today, outreach, the meeting place's visits, the catalogue and the partners each export what their table shows;
// an empty list says so and writes nothing; Print list… records the print and shows A4 landscape pages.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "lists/ExportListDialog.h"
#include "lists/ListCommands.h"
#include "meetingplace/MeetingPlaceRepository.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/RegisterWidget.h"
#include "youth/YouthRepository.h"
#include "youth/YouthsPage.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 4);

} // namespace

class TestGuiListExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registerLeavesAsShown();
    void shortcutOpensTheExport();
    void everyListExportsWhatItShows_data();
    void everyListExportsWhatItShows();
    void emptyListWritesNothing();
    void printListIsRecordedAndPreviewed();

private:
    // Exports through `action` as CSV to `path`; the CSV's lines without the BOM and the trailing empty line.
    QStringList exportCsv(QAction* action, const QString& path);
    // The table's visible cells, row by row, joined with ';' as the CSV has them (text columns only).
    static QStringList shownRows(const QTableView* table);
    int listEntries();

    std::unique_ptr<TestWorkspace> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiListExport::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(kToday, QTime(10, 0)));
    QVERIFY(m_fixture->open(u"lists.lotsen"_s));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    Workspace& workspace = m_fixture->workspace();
    const qint64 karin = m_fixture->addStaff(u"Karin Mentorsson"_s);
    QVERIFY(m_fixture->addYouth(u"Åsa"_s, u"Andersson"_s, karin, u"200001012384"_s) != 0);
    const qint64 bo = m_fixture->addYouth(u"Bo"_s, u"Berg"_s, karin);
    QVERIFY(bo != 0);
    // Eli's last contact was 60 days ago: on Today's list.
    Youth eliYouth;
    eliYouth.firstName = u"Eli"_s;
    eliYouth.lastName = u"Öberg"_s;
    eliYouth.status = YouthStatus::Active;
    eliYouth.mentorId = karin;
    eliYouth.startDate = kToday.addDays(-200);
    const qint64 eli = TestWorkspace::saveYouth(workspace, eliYouth);
    QVERIFY(eli != 0);
    Contact contact;
    contact.youthId = eli;
    contact.occurredAt = QDateTime(kToday.addDays(-60), QTime(9, 0));
    contact.staffId = karin;
    LOTSEN_VERIFY_OK(workspace.contacts().log(contact));
    Youth prospect;
    prospect.firstName = u"Pia"_s;
    prospect.lastName = u"Prospekt"_s;
    prospect.status = YouthStatus::Prospect;
    QVERIFY(TestWorkspace::saveYouth(workspace, prospect) != 0);
    LOTSEN_VERIFY_OK(workspace.meetingPlace().checkIn(bo, karin)); // a visit is a contact: Bo, not Eli
    PartnerOrganisation partner;
    partner.name = u"Arbetsförmedlingen Kvarnby"_s;
    LOTSEN_VERIFY_OK(workspace.partners().saveOrganisation(partner));
    Intervention intervention;
    intervention.name = u"Studiecirkel"_s;
    LOTSEN_VERIFY_OK(workspace.interventions().saveIntervention(intervention));

    m_window = std::make_unique<MainWindow>(workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiListExport::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
    m_window.reset();
    m_fixture.reset();
}

QStringList TestGuiListExport::exportCsv(QAction* action, const QString& path)
{
    bool handled = false;
    GuiTest::whenModal<ExportListDialog>(
        this,
        [](ExportListDialog* dialog) {
            GuiTest::child<QRadioButton>(dialog, "exportListCsv")->setChecked(true);
            dialog->accept();
        },
        &handled);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    if (!handled) {
        qWarning("The export dialog did not open");
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("The file was not written: %s", qPrintable(MessageBox::lastText()));
        return {};
    }
    QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
    lines.removeLast();
    return lines;
}

QStringList TestGuiListExport::shownRows(const QTableView* table)
{
    const QHeaderView* header = table->horizontalHeader();
    QStringList rows;
    QStringList headers;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            headers.append(table->model()->headerData(logical, Qt::Horizontal).toString());
        }
    }
    rows.append(headers.join(u';'));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical)) {
                QString text = table->model()->index(row, logical).data().toString();
                cells.append(text.contains(u';') ? u"\"%1\""_s.arg(text) : text);
            }
        }
        rows.append(cells.join(u';'));
    }
    return rows;
}

int TestGuiListExport::listEntries()
{
    AccessLog::Filter filter;
    filter.action = AccessAction::ExportList;
    const Result<QList<AccessLog::Entry>> entries = m_fixture->workspace().accessLog().entries(filter);
    return entries ? int(entries->size()) : -1;
}

void TestGuiListExport::registerLeavesAsShown()
{
    m_window->showPage(MainWindow::YouthsPageIndex);
    auto* page = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage");
    RegisterWidget* registerWidget = page->registerWidget();
    auto* table = GuiTest::child<QTableView>(registerWidget, "registerTable");
    // A search ("berg": names starting so; still waiting for the typist's pause: the export applies it) and the age
    // column hidden.
    GuiTest::child<QLineEdit>(registerWidget, "registerSearch")->setText(u"berg"_s);
    table->horizontalHeader()->setSectionHidden(2, true);
    const QStringList lines
        = exportCsv(registerWidget->listCommands()->exportAction(), m_fixture->filePath(u"register.csv"_s));
    QCOMPARE(table->model()->rowCount(), 1); // Berg only
    QCOMPARE(lines, shownRows(table));
    QVERIFY(!lines.first().contains(u"Age"_s));
    QVERIFY(lines.join(u'\n').contains(u"Berg, Bo"_s));
    QVERIFY(!lines.join(u'\n').contains(u"Andersson"_s));
    QCOMPARE(listEntries(), 1);
    QVERIFY2(MessageBox::lastText().contains(u"access log"_s), qPrintable(MessageBox::lastText()));
}

void TestGuiListExport::shortcutOpensTheExport()
{
    m_window->showPage(MainWindow::YouthsPageIndex);
    auto* table = GuiTest::child<QTableView>(m_window.get(), "registerTable");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    bool opened = false;
    GuiTest::whenModal<ExportListDialog>(
        this, [](ExportListDialog* dialog) { dialog->reject(); }, &opened);
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(opened);
    QCOMPARE(listEntries(), 0); // cancelled: nothing written, nothing logged
}

void TestGuiListExport::everyListExportsWhatItShows_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("logged");
    QTest::newRow("today") << int(MainWindow::TodayPage) << u"attentionList"_s << u"todayExportAction"_s
                           << u"Eli Öberg"_s << true;
    QTest::newRow("outreach") << int(MainWindow::YouthsPageIndex) << u"outreachTable"_s << u"outreachExportAction"_s
                              << u"Prospekt"_s << true;
    QTest::newRow("visits") << int(MainWindow::MeetingPlacePage) << u"visitorsView"_s << u"visitsExportAction"_s
                            << u"Bo"_s << true;
    QTest::newRow("catalogue") << int(MainWindow::InterventionsPage) << u"catalogueTable"_s
                               << u"catalogueExportAction"_s << u"Studiecirkel"_s << false;
    QTest::newRow("partners") << int(MainWindow::InterventionsPage) << u"partnerTable"_s << u"partnersExportAction"_s
                              << u"Arbetsförmedlingen Kvarnby"_s << true;
}

void TestGuiListExport::everyListExportsWhatItShows()
{
    QFETCH(int, page);
    QFETCH(QString, table);
    QFETCH(QString, action);
    QFETCH(QString, expected);
    QFETCH(bool, logged);
    m_window->showPage(static_cast<MainWindow::Page>(page));
    auto* view = GuiTest::child<QTableView>(m_window.get(), table.toLatin1().constData());
    auto* trigger = GuiTest::child<QAction>(m_window.get(), action.toLatin1().constData());
    QTRY_VERIFY2(view->model()->rowCount() > 0,
                 qPrintable(GuiTest::child<QLabel>(m_window.get(), "todayCount")->text()));
    const QStringList lines = exportCsv(trigger, m_fixture->filePath(table + u".csv"_s));
    QCOMPARE(lines, shownRows(view));
    QVERIFY2(lines.join(u'\n').contains(expected), qPrintable(lines.join(u'\n')));
    QCOMPARE(listEntries(), logged ? 1 : 0);
}

void TestGuiListExport::emptyListWritesNothing()
{
    m_window->showPage(MainWindow::YouthsPageIndex);
    RegisterWidget* registerWidget = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage")->registerWidget();
    GuiTest::child<QLineEdit>(registerWidget, "registerSearch")->setText(u"nobody by this name"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!registerWidget->listCommands()->exportList());
    QVERIFY2(MessageBox::lastText().contains(u"empty"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(listEntries(), 0);
}

void TestGuiListExport::printListIsRecordedAndPreviewed()
{
    m_window->showPage(MainWindow::YouthsPageIndex);
    RegisterWidget* registerWidget = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage")->registerWidget();
    bool previewed = false;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    GuiTest::whenModal<QPrintPreviewDialog>(
        this,
        [&orientation](QPrintPreviewDialog* dialog) {
            if (auto* printer = dialog->printer()) {
                orientation = printer->pageLayout().orientation();
            }
            dialog->reject();
        },
        &previewed);
    registerWidget->listCommands()->printAction()->trigger();
    QTRY_VERIFY(previewed);
    QCOMPARE(orientation, QPageLayout::Landscape);
    AccessLog::Filter filter;
    filter.action = AccessAction::PrintDocument;
    const Result<QList<AccessLog::Entry>> prints = m_fixture->workspace().accessLog().entries(filter);
    LOTSEN_VERIFY_OK(prints);
    QCOMPARE(prints->size(), 1);
    const int rows = GuiTest::child<QTableView>(registerWidget, "registerTable")->model()->rowCount();
    QCOMPARE(prints->first().detail, u"list_print:register:%1"_s.arg(rows));
}

QTEST_MAIN(TestGuiListExport)
#include "tst_gui_listexport.moc"
