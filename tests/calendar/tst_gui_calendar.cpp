// "Add to calendar…" and "Export my planned contacts…" on screen (issue 18 §3): the timeline's entry with a
// planned contact gives an .ics file through the save dialog (the FileDialog seam) with the first name only; File ›
// Export my planned contacts… asks for the weeks, writes the mentor's items and says how many; with none it says so
// and writes nothing.
#include "GuiTest.h"
#include "ICalendarParser.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLog.h"
#include "calendar/CalendarWeeksDialog.h"
#include "contacts/ContactRepository.h"
#include "contacts/TimelineModel.h"
#include "contacts/TimelineTab.h"
#include "core/Workspace.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 4);

} // namespace

class TestGuiCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void timelineEntryGoesToTheCalendar();
    void exportMyPlannedContacts();
    void emptyExportWritesNothing();
    void dueFollowUpOnTodayGoesToTheCalendar();

private:
    static ICalendarParse readIcs(const QString& path);
    int calendarEntries();

    std::unique_ptr<TestWorkspace> m_fixture;
    qint64 m_karin = 0;
    qint64 m_asa = 0;
    qint64 m_contact = 0;
};

void TestGuiCalendar::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(kToday, QTime(10, 0)));
    QVERIFY(m_fixture->open(u"calendar.lotsen"_s));
    m_karin = m_fixture->addStaff(u"Karin Mentorsson"_s);
    QVERIFY(m_fixture->logInAsStaff(u"karin"_s, u"Karin Mentorsson"_s, m_karin).id != 0);
    m_asa = m_fixture->addYouth(u"Åsa"_s, u"Andersson"_s, m_karin, u"200001012384"_s);
    QVERIFY(m_asa != 0);
    Contact contact;
    contact.youthId = m_asa;
    contact.occurredAt = QDateTime(kToday, QTime(9, 0));
    contact.staffId = m_karin;
    contact.note = u"En privat anteckning"_s;
    contact.nextPlanned = kToday.addDays(7);
    m_contact = LOTSEN_VALUE(m_fixture->workspace().contacts().log(contact));
}

void TestGuiCalendar::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
    m_fixture.reset();
}

ICalendarParse TestGuiCalendar::readIcs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ICalendarParse missing;
        missing.error = u"no file: "_s + MessageBox::lastText();
        return missing;
    }
    return parseICalendar(file.readAll());
}

int TestGuiCalendar::calendarEntries()
{
    AccessLog::Filter filter;
    filter.action = AccessAction::ExportCalendar;
    const Result<QList<AccessLog::Entry>> entries = m_fixture->workspace().accessLog().entries(filter);
    return entries.ok() ? int(entries->size()) : -1;
}

void TestGuiCalendar::timelineEntryGoesToTheCalendar()
{
    TimelineTab tab(m_fixture->workspace(), m_asa);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto* action = GuiTest::child<QAction>(&tab, "addToCalendarAction");
    auto* view = GuiTest::child<QTableView>(&tab, "timelineView");
    auto* model = GuiTest::child<TimelineModel>(&tab, "model");
    QVERIFY(!action->isEnabled()); // nothing selected
    const int row = model->rowOfContact(m_contact);
    QVERIFY(row >= 0);
    view->setCurrentIndex(model->index(row, 0));
    QVERIFY(action->isEnabled());
    QVERIFY(view->actions().contains(action)); // also on the entry's context menu

    const QString path = m_fixture->filePath(u"contact.ics"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    const ICalendarParse parse = readIcs(path);
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QVERIFY2(checkRequired(parse.calendar).isEmpty(), qPrintable(checkRequired(parse.calendar).join(u", "_s)));
    const QList<ICalendarComponent> events = parse.calendar.components(u"VEVENT"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(unescapeText(events.first().one(u"SUMMARY"_s).value), u"Lotsen: contact with Åsa"_s);
    QCOMPARE(events.first().one(u"DTSTART"_s).value, kToday.addDays(7).toString(u"yyyyMMdd"_s));
    const QString text = parse.unfoldedLines.join(u'\n');
    QVERIFY(!text.contains(u"Andersson"_s));
    QVERIFY(!text.contains(u"200001012384"_s));
    QVERIFY(!text.contains(u"privat anteckning"_s));
    QCOMPARE(calendarEntries(), 1);
    QVERIFY2(MessageBox::lastText().contains(u"first name only"_s), qPrintable(MessageBox::lastText()));
}

void TestGuiCalendar::exportMyPlannedContacts()
{
    MainWindow window(m_fixture->workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = GuiTest::child<QAction>(&window, "exportPlannedContactsAction");
    bool asked = false;
    GuiTest::whenModal<CalendarWeeksDialog>(
        this,
        [](CalendarWeeksDialog* dialog) {
            auto* weeks = GuiTest::child<QSpinBox>(dialog, "calendarWeeks");
            QCOMPARE(weeks->value(), 4);
            QCOMPARE(weeks->minimum(), 1);
            QCOMPARE(weeks->maximum(), 52);
            weeks->setValue(2);
            dialog->accept();
        },
        &asked);
    const QString path = m_fixture->filePath(u"planned.ics"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    QVERIFY(asked);
    const ICalendarParse parse = readIcs(path);
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QCOMPARE(parse.calendar.components(u"VEVENT"_s).size(), 1);
    QVERIFY2(MessageBox::lastText().startsWith(u"1 calendar entry"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"2 week"_s));
    QCOMPARE(calendarEntries(), 1);
}

void TestGuiCalendar::emptyExportWritesNothing()
{
    // One week ahead ends before the contact planned a week from today.
    MainWindow window(m_fixture->workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GuiTest::whenModal<CalendarWeeksDialog>(this, [](CalendarWeeksDialog* dialog) {
        GuiTest::child<QSpinBox>(dialog, "calendarWeeks")->setValue(1);
        dialog->accept();
    });
    const QString path = m_fixture->filePath(u"empty.ics"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    GuiTest::child<QAction>(&window, "exportPlannedContactsAction")->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"Nothing was written"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(calendarEntries(), 0);
}

void TestGuiCalendar::dueFollowUpOnTodayGoesToTheCalendar()
{
    // Bo left 60 days ago; the centre's follow-ups after exit (4 weeks on) are due: on Today with the button.
    Youth youth;
    youth.firstName = u"Bo"_s;
    youth.lastName = u"Berg"_s;
    youth.status = YouthStatus::Active;
    youth.mentorId = m_karin;
    youth.startDate = kToday.addDays(-300);
    const qint64 bo = TestWorkspace::saveYouth(m_fixture->workspace(), youth);
    QVERIFY(bo != 0);
    QVERIFY(TestWorkspace::exitYouth(m_fixture->workspace(), bo, kToday.addDays(-60), true));
    MainWindow window(m_fixture->workspace(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = GuiTest::child<QTableView>(&window, "attentionList");
    auto* button = GuiTest::child<QPushButton>(&window, "todayFollowUpToCalendar");
    int row = -1;
    QTRY_VERIFY((row =
                     [list] {
                         for (int r = 0; r < list->model()->rowCount(); ++r) {
                             if (list->model()->index(r, 0).data().toString().contains(u"Bo"_s)) {
                                 return r;
                             }
                         }
                         return -1;
                     }())
                >= 0);
    list->setCurrentIndex(list->model()->index(row, 0));
    QTRY_VERIFY(button->isVisible());
    const QString path = m_fixture->filePath(u"follow-up.ics"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    button->click();
    const ICalendarParse parse = readIcs(path);
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QVERIFY2(checkRequired(parse.calendar).isEmpty(), qPrintable(checkRequired(parse.calendar).join(u", "_s)));
    const QList<ICalendarComponent> events = parse.calendar.components(u"VEVENT"_s);
    QCOMPARE(events.size(), 1);
    QVERIFY2(unescapeText(events.first().one(u"SUMMARY"_s).value).contains(u"Bo"_s),
             qPrintable(events.first().one(u"SUMMARY"_s).value));
    const QString text = parse.unfoldedLines.join(u'\n');
    QVERIFY(!text.contains(u"Berg"_s));
    QCOMPARE(calendarEntries(), 1);
}

QTEST_MAIN(TestGuiCalendar)
#include "tst_gui_calendar.moc"
