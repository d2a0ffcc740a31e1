// GUI tests of the meeting place page under the offscreen platform: check-in by typing part of a name and Enter,
// the pick list for several matches, the question before checking in twice, anonymous visitors, and a group
// activity's attendance ticked in the list and exported as PDF.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Account.h"
#include "contacts/ContactDialog.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "meetingplace/AttendanceModel.h"
#include "meetingplace/GroupActivityDialog.h"
#include "meetingplace/MeetingPlacePage.h"
#include "meetingplace/VisitorsModel.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/YouthCard.h"
#include "youth/YouthListModel.h"
#include "youth/YouthsPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15));
}

class TestGuiMeetingPlace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingPartOfANameAndEnterChecksIn();
    void severalMatchesOfferAPickList();
    void noMatchSaysSo();
    void checkingInTwiceAsksFirst();
    void anonymousVisitorIsCounted();
    void removingAVisitAsks();
    void doubleClickOpensTheYouthCard();
    void groupActivityAttendanceIsTickedAndPrinted();

private:
    MeetingPlacePage* page() const { return GuiTest::child<MeetingPlacePage>(m_window.get(), "meetingPlacePage"); }
    qint64 addYouth(const QString& first, const QString& last, const QString& number, YouthStatus status);
    void typeAndEnter(const QString& text);
    QStringList visitorNames() const;
    QString lastContactAt(qint64 youthId) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    QTemporaryDir* m_dir = nullptr; // m_fixture's
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    qint64 m_mentorId = 0;
};

void TestGuiMeetingPlace::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"test.lotsen"_s));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_dir = &m_fixture->dir();
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_mentorId = m_workspace->staff().add(u"Karin Mentorsson"_s).valueOr(0);
    QVERIFY(m_mentorId > 0);
    // Karin is logged in: check-ins and attendance name her.
    QVERIFY(m_fixture->logInAsStaff(u"karin"_s, u"Karin Mentorsson"_s, m_mentorId).id != 0);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::MeetingPlacePage);
    QVERIFY(page());
    QVERIFY(page()->isVisible());
}

void TestGuiMeetingPlace::cleanup()
{
    GuiTest::resetSeams();
    m_window.reset();
    m_workspace = nullptr;
    m_database = nullptr;
    m_dir = nullptr;
    m_fixture.reset();
}

qint64 TestGuiMeetingPlace::addYouth(const QString& first, const QString& last, const QString& number,
                                     YouthStatus status)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = last;
    youth.personalNumber = number;
    youth.birthDate = number.isEmpty() ? QDate() : QDate::fromString(number.left(8), u"yyyyMMdd"_s);
    youth.status = status;
    youth.mentorId = m_mentorId;
    return TestWorkspace::saveYouth(*m_workspace, youth);
}

void TestGuiMeetingPlace::typeAndEnter(const QString& text)
{
    QLineEdit* edit = GuiTest::child<QLineEdit>(page(), "checkInEdit");
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QStringList TestGuiMeetingPlace::visitorNames() const
{
    QStringList names;
    const QAbstractItemModel* model = GuiTest::child<QTableView>(page(), "visitorsView")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        names.append(model->index(row, VisitorsModel::Visitor).data().toString());
    }
    return names;
}

QString TestGuiMeetingPlace::lastContactAt(qint64 youthId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT last_contact_at FROM youth WHERE id = ?"_s);
    query.addBindValue(youthId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestGuiMeetingPlace::typingPartOfANameAndEnterChecksIn()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    addYouth(u"Bo"_s, u"Berg"_s, u"200001012392"_s, YouthStatus::Prospect);
    YouthListModel registerModel(*m_database);
    QVERIFY(lastContactAt(anna).isEmpty());
    QVERIFY(visitorNames().isEmpty());

    typeAndEnter(u"ande"_s);

    QCOMPARE(visitorNames(), QStringList({ u"Anna Andersson"_s }));
    auto* feedbackLabel = GuiTest::child<QLabel>(page(), "checkInFeedback");
    QVERIFY(GuiTest::child<QLineEdit>(page(), "checkInEdit")->text().isEmpty()); // ready for the next visitor
    QVERIFY2(feedbackLabel->text().contains(u"Anna Andersson"_s), qPrintable(feedbackLabel->text()));
    QVERIFY(!GuiTest::child<QListWidget>(page(), "checkInPicks")->isVisible());
    QVERIFY(GuiTest::child<QLabel>(page(), "visitCounts")->text().contains(u"Visits"_s));

    // A drop-in visit contact, by this PC's staff member.
    const QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(anna));
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).kind, ContactKind::DropIn);
    QCOMPARE(contacts.at(0).staffId, m_mentorId);

    // The register sees the new last contact.
    QCOMPARE(lastContactAt(anna), kNow.toString(Qt::ISODate));
    LOTSEN_VERIFY_OK(registerModel.refresh());
    const int row = registerModel.rowOf(anna);
    QVERIFY(row >= 0);
    int lastContactColumn = -1;
    for (int column = 0; column < registerModel.columnCount(); ++column) {
        if (registerModel.headerData(column, Qt::Horizontal).toString() == u"Last contact"_s) {
            lastContactColumn = column;
        }
    }
    if (lastContactColumn >= 0) {
        QVERIFY(registerModel.index(row, lastContactColumn).data().toString().contains(u"2026-11-27"_s));
    } else {
        qInfo("The register has no Last contact column yet: checked youth.last_contact_at instead.");
    }
}

void TestGuiMeetingPlace::severalMatchesOfferAPickList()
{
    addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    const qint64 annika = addYouth(u"Annika"_s, u"Berg"_s, u"200304152382"_s, YouthStatus::Prospect);
    addYouth(u"Annie"_s, u"Carlsson"_s, {}, YouthStatus::Active);

    typeAndEnter(u"ann"_s);
    auto* pickList = GuiTest::child<QListWidget>(page(), "checkInPicks");
    QVERIFY(pickList->isVisible());
    QCOMPARE(pickList->count(), 3);
    QCOMPARE(pickList->currentRow(), 0);
    QVERIFY(pickList->item(0)->text().startsWith(u"Anna Andersson"_s));
    QVERIFY(visitorNames().isEmpty()); // nobody checked in yet

    // Down, Down, Up, Enter: the focus stays in the box.
    QLineEdit* edit = GuiTest::child<QLineEdit>(page(), "checkInEdit");
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(pickList->currentRow(), 1);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(visitorNames(), QStringList({ u"Annika Berg"_s }));
    QVERIFY(!pickList->isVisible());
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(annika)).size(), 1);

    // Escape closes the list without checking anyone in; typing more narrows to one.
    typeAndEnter(u"ann"_s);
    QVERIFY(pickList->isVisible());
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!pickList->isVisible());
    QTest::keyClicks(edit, u" carl"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(visitorNames(), QStringList({ u"Annika Berg"_s, u"Annie Carlsson"_s }));
}

void TestGuiMeetingPlace::noMatchSaysSo()
{
    addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    typeAndEnter(u"zorro"_s);
    QVERIFY(visitorNames().isEmpty());
    QVERIFY(GuiTest::child<QLabel>(page(), "checkInFeedback")->text().contains(u"No youth matches"_s));
    auto* checkInEdit = GuiTest::child<QLineEdit>(page(), "checkInEdit");
    QCOMPARE(checkInEdit->text(), u"zorro"_s); // to correct the typing
    // A personal number works too.
    checkInEdit->clear();
    typeAndEnter(u"20000101-2384"_s);
    QCOMPARE(visitorNames(), QStringList({ u"Anna Andersson"_s }));
}

void TestGuiMeetingPlace::checkingInTwiceAsksFirst()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    typeAndEnter(u"anna"_s);
    QCOMPARE(visitorNames().size(), 1);

    MessageBox::setNextAnswer(QMessageBox::No);
    typeAndEnter(u"anna"_s);
    QVERIFY2(MessageBox::lastText().contains(u"already checked in today at 10:15"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(visitorNames().size(), 1);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(anna)).size(), 1);

    GuiTest::child<QLineEdit>(page(), "checkInEdit")->clear();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    typeAndEnter(u"anna"_s);
    QCOMPARE(visitorNames().size(), 2);
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(anna)).size(), 2);
}

void TestGuiMeetingPlace::anonymousVisitorIsCounted()
{
    auto* gender = page()->findChild<QComboBox*>(u"anonymousGender"_s);
    auto* age = page()->findChild<QComboBox*>(u"anonymousAgeGroup"_s);
    auto* button = page()->findChild<QPushButton*>(u"anonymousCheckIn"_s);
    QVERIFY(gender && age && button);
    gender->setCurrentIndex(gender->findData(static_cast<int>(Gender::Man)));
    age->setCurrentIndex(age->findData(static_cast<int>(MeetingPlaceRepository::AgeGroup::From20To24)));
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(visitorNames(), QStringList({ u"Anonymous visitor"_s }));
    const QAbstractItemModel* model = GuiTest::child<QTableView>(page(), "visitorsView")->model();
    QCOMPARE(model->index(0, VisitorsModel::Gender).data().toString(), u"Man"_s);
    QCOMPARE(model->index(0, VisitorsModel::AgeGroup).data().toString(), u"20–24"_s);
    const MeetingPlaceRepository::Counts day = LOTSEN_VALUE(m_workspace->meetingPlace().dayCounts(kNow.date()));
    QCOMPARE(day.visits, 1);
    QCOMPARE(day.namedVisitors, 0);
    QCOMPARE(day.anonymousVisits, 1);
    // The page says how the two are counted.
    QVERIFY(GuiTest::child<QLabel>(page(), "visitCounts")->text().contains(u"Anonymous visits"_s));
    QVERIFY(GuiTest::child<QLabel>(page(), "visitCountsNote")->text().contains(u"not as a person"_s));
    // The counts on the page follow: a "1" in today's column.
    QVERIFY(GuiTest::child<QLabel>(page(), "visitCounts")->text().contains(u">1</td>"_s));
}

void TestGuiMeetingPlace::removingAVisitAsks()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    typeAndEnter(u"anna"_s);
    QTableView* view = GuiTest::child<QTableView>(page(), "visitorsView");
    view->selectRow(0);
    auto* remove = page()->findChild<QPushButton*>(u"removeVisitButton"_s);
    QVERIFY(remove->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(visitorNames().size(), 1);

    view->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(visitorNames().isEmpty());
    const QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(anna));
    QCOMPARE(contacts.size(), 1);
    QVERIFY(contacts.at(0).isStruck());
}

void TestGuiMeetingPlace::doubleClickOpensTheYouthCard()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    typeAndEnter(u"anna"_s);
    QTableView* view = GuiTest::child<QTableView>(page(), "visitorsView");
    const QModelIndex index = view->model()->index(0, VisitorsModel::Visitor);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QCOMPARE(m_window->currentPage(), MainWindow::YouthsPageIndex);
    QVERIFY(GuiTest::child<YouthsPage>(m_window.get(), "youthsPage")->cardFor(anna));
}

void TestGuiMeetingPlace::groupActivityAttendanceIsTickedAndPrinted()
{
    const qint64 anna = addYouth(u"Anna"_s, u"Andersson"_s, u"200001012384"_s, YouthStatus::Active);
    const qint64 bo = addYouth(u"Bo"_s, u"Berg"_s, u"200001012392"_s, YouthStatus::Prospect);
    addYouth(u"Cecilia"_s, u"Carlsson"_s, {}, YouthStatus::Exited);

    // A new activity through the dialog.
    auto* newButton = page()->findChild<QPushButton*>(u"newActivityButton"_s);
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto* dialog = page()->findChild<GroupActivityDialog*>();
    QVERIFY(dialog);
    QCOMPARE(GuiTest::child<QDateEdit>(dialog, "activityDate")->date(), kNow.date());
    QCOMPARE(GuiTest::child<QComboBox>(dialog, "activityLeader")->currentData().toLongLong(), m_mentorId);
    auto* save = dialog->findChild<QPushButton*>(u"activitySave"_s);
    QTest::mouseClick(save, Qt::LeftButton); // no title yet
    QVERIFY(GuiTest::child<QLabel>(dialog, "activityError")->isVisible());
    GuiTest::child<QComboBox>(dialog, "activityTitle")->setCurrentText(u"Study visit"_s);
    GuiTest::child<QLineEdit>(dialog, "activityPlace")->setText(u"Komvux"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page()->findChild<GroupActivityDialog*>());

    QTableWidget* activities = GuiTest::child<QTableWidget>(page(), "activitiesTable");
    QCOMPARE(activities->rowCount(), 1);
    QCOMPARE(activities->item(0, 1)->text(), u"Study visit"_s);
    const qint64 activityId = page()->currentActivityId();
    QVERIFY(activityId > 0);

    // The tick list: the prospect and the active youth, not the one who left.
    QTableView* view = GuiTest::child<QTableView>(page(), "attendanceView");
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, AttendanceModel::Name).data().toString(), u"Bo Berg"_s);

    // Space ticks the current row.
    view->setFocus();
    view->setCurrentIndex(model->index(1, AttendanceModel::Name));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(model->index(1, AttendanceModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QList<Contact> contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(bo));
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).kind, ContactKind::GroupActivity);
    QCOMPARE(contacts.at(0).activityId, activityId);
    QCOMPARE(activities->item(0, 4)->text(), u"1"_s);

    // And Anna.
    const QModelIndex annaIndex = model->index(0, AttendanceModel::Name);
    view->setCurrentIndex(annaIndex);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(LOTSEN_VALUE(m_workspace->meetingPlace().attendees(activityId)).size(), 2);

    // The filter narrows the list by name; unticking strikes the contact out.
    auto* filter = page()->findChild<QLineEdit*>(u"attendanceFilter"_s);
    QTest::keyClicks(filter, u"berg"_s);
    QCOMPARE(model->rowCount(), 1);
    view->setCurrentIndex(model->index(0, AttendanceModel::Name));
    QTest::keyClick(view, Qt::Key_Space);
    contacts = LOTSEN_VALUE(m_workspace->contacts().contacts(bo));
    QCOMPARE(contacts.size(), 1);
    QVERIFY(contacts.at(0).isStruck());
    QCOMPARE(contacts.at(0).struckReason, u"Removed from attendance list"_s);
    QCOMPARE(activities->item(0, 4)->text(), u"1"_s);

    // The attendance list as PDF, with the ticked name.
    const QString pdf = m_dir->filePath(u"attendance.pdf"_s);
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(page()->findChild<QPushButton*>(u"exportAttendanceButton"_s), Qt::LeftButton);
    QVERIFY(QFileInfo::exists(pdf));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, { pdf, u"-"_s });
        QVERIFY(process.waitForFinished(20000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(u"Anna Andersson"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Bo Berg"_s)); // unticked
        QVERIFY(text.contains(u"Study visit"_s));
        QVERIFY(text.contains(u"Signature"_s));
    }
    QCOMPARE(LOTSEN_VALUE(m_workspace->contacts().contacts(anna)).size(), 1);
}

QTEST_MAIN(TestGuiMeetingPlace)
#include "tst_gui_meetingplace.moc"
