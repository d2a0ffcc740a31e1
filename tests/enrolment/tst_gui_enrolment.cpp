// GUI tests for issue 14, offscreen: the exit dialog with open steps and an open intervention, a follow-up recorded
// from Today, re-enrolment from the card's "Enrolment and exit" tab, and the status field that no longer offers
// Exited.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentPeriodsModel.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EnrolmentTab.h"
#include "enrolment/ExitDialog.h"
#include "enrolment/FollowUpDialog.h"
#include "enrolment/FollowUpRepository.h"
#include "enrolment/FollowUpsModel.h"
#include "outreach/EnrolDialog.h"
#include "shell/MainWindow.h"
#include "today/AttentionModel.h"
#include "today/TodayPage.h"
#include "youth/YouthCard.h"
#include "youth/YouthRepository.h"
#include "youth/YouthsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));

void choose(QComboBox* combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(combo->objectName()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestGuiEnrolment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exitDialogWithOpenStepsAndParticipations();
    void recordFollowUpFromToday();
    void reEnrolment();

private:
    YouthsPage* youthsPage() const { return GuiTest::child<YouthsPage>(m_window.get(), "youthsPage"); }
    TodayPage* today() const { return GuiTest::child<TodayPage>(m_window.get(), "todayPage"); }
    qint64 addActive(const QString& first);
    template<typename T> void whenModal(std::function<void(T*)> handler)
    {
        GuiTest::whenModal<T>(this, std::move(handler), &m_handled);
    }

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_mentor = 0;
    bool m_handled = false;
};

void TestGuiEnrolment::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_workspace = &m_fixture->workspace();
    m_mentor = m_fixture->addStaff(u"Karin Mentorsson"_s);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_handled = false;
}

void TestGuiEnrolment::cleanup()
{
    GuiTest::resetSeams();
    m_window.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

qint64 TestGuiEnrolment::addActive(const QString& first)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = u"Testsson"_s;
    youth.status = YouthStatus::Active;
    youth.mentorId = m_mentor;
    youth.startDate = kNow.date().addDays(-120);
    return m_workspace->youths().save(youth).ok() ? youth.id : 0;
}

void TestGuiEnrolment::exitDialogWithOpenStepsAndParticipations()
{
    const qint64 id = addActive(u"Alva"_s);
    QSqlQuery seed(m_fixture->database().connection());
    const QString now = kNow.toString(Qt::ISODate);
    QVERIFY(seed.exec(u"INSERT INTO action_plan (id, youth_id, version, plan_date, created_at, updated_at) "
                      "VALUES (50, %1, 1, '2026-09-01', '%2', '%2')"_s.arg(id)
                          .arg(now)));
    QVERIFY(seed.exec(u"INSERT INTO plan_step (id, plan_id, position, description, status) VALUES "
                      "(501, 50, 0, 'Söka Komvux', 'ongoing'), (502, 50, 1, 'Praktik', 'planned')"_s));
    QVERIFY(seed.exec(u"INSERT INTO intervention (id, name, category, created_at, updated_at) VALUES "
                      "(7, 'Arbetsträning', 'work_training', '%1', '%1')"_s.arg(now)));
    QVERIFY(seed.exec(u"INSERT INTO participation (id, youth_id, intervention_id, start_date, status, created_at, "
                      "updated_at) VALUES (70, %1, 7, '2026-10-01', 'ongoing', '%2', '%2')"_s.arg(id)
                          .arg(now)));

    m_window->showPage(MainWindow::YouthsPageIndex);
    YouthCard* card = youthsPage()->openYouth(id);
    QVERIFY(card);
    // The status field offers neither Exited nor, for a participant, Prospect.
    auto* status = GuiTest::child<QComboBox>(card, "status");
    auto* statuses = qobject_cast<QStandardItemModel*>(status->model());
    QVERIFY(statuses);
    QVERIFY(!statuses->item(status->findData(int(YouthStatus::Exited)))->isEnabled());
    QVERIFY(!statuses->item(status->findData(int(YouthStatus::Prospect)))->isEnabled());
    QVERIFY(statuses->item(status->findData(int(YouthStatus::Paused)))->isEnabled());

    bool refusedFirst = false;
    whenModal<ExitDialog>([&refusedFirst](ExitDialog* dialog) {
        // The open work is listed; the referrals line is absent without referrals.
        QVERIFY(dialog->findChild<QComboBox*>(u"exitStep501"_s));
        QVERIFY(dialog->findChild<QComboBox*>(u"exitStep502"_s));
        QVERIFY(dialog->findChild<QComboBox*>(u"exitParticipation70"_s));
        QVERIFY(!dialog->findChild<QLabel*>(u"exitOpenReferrals"_s));
        auto* ok = dialog->findChild<QPushButton*>(u"exitOk"_s);
        // No reason yet: refused with a message, the dialog stays.
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(GuiTest::child<QLabel>(dialog, "exitError")->text().contains(u"reason"_s));
        choose(GuiTest::child<QComboBox>(dialog, "exitReason"), int(ExitReason::Completed));
        choose(GuiTest::child<QComboBox>(dialog, "exitSituation"), int(Situation::Employed));
        // The steps still undecided: refused again.
        QTest::mouseClick(ok, Qt::LeftButton);
        refusedFirst = dialog->isVisible() && GuiTest::child<QLabel>(dialog, "exitError")->text().contains(u"step"_s);
        choose(GuiTest::child<QComboBox>(dialog, "exitStep501"), 1);
        choose(GuiTest::child<QComboBox>(dialog, "exitStep502"), 0);
        choose(GuiTest::child<QComboBox>(dialog, "exitParticipation70"), 0);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(card, "formExitButton"), Qt::LeftButton);
    QVERIFY(m_handled);
    QVERIFY(refusedFirst);

    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->status, YouthStatus::Exited);
    QSqlQuery check(m_fixture->database().connection());
    QVERIFY(check.exec(u"SELECT group_concat(status, ',') FROM (SELECT status FROM plan_step ORDER BY position)"_s));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), u"done,cancelled"_s);
    QVERIFY(check.exec(u"SELECT status FROM participation WHERE id = 70"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"interrupted"_s);
    // The card shows it at once: the status, the period, the follow-ups.
    QTRY_COMPARE(status->currentData().toInt(), int(YouthStatus::Exited));
    QVERIFY(!status->isEnabled());
    QVERIFY(!GuiTest::child<QPushButton>(card, "formExitButton")->isEnabled());
    EnrolmentTab* tab = card->enrolmentTab();
    QCOMPARE(tab->periodsModel()->rowCount(), 1);
    QCOMPARE(tab->periodsModel()->index(0, EnrolmentPeriodsModel::ExitSituation).data().toString(),
             u"Employed (unsubsidised)"_s);
    QCOMPARE(tab->followUpsModel()->rowCount(), 2);
    QVERIFY(!GuiTest::child<QPushButton>(tab, "exitButton")->isEnabled());
    QCOMPARE(GuiTest::child<QPushButton>(tab, "enrolButton")->text(), u"&Re-enrol…"_s);
}

void TestGuiEnrolment::recordFollowUpFromToday()
{
    const qint64 id = addActive(u"Bea"_s);
    QVERIFY(TestWorkspace::exitYouth(*m_workspace, id, kNow.date().addDays(-33), true)); // 4 weeks: 5 days overdue
    m_window->showPage(MainWindow::TodayPage);
    QTableView* list = GuiTest::child<QTableView>(today(), "attentionList");
    auto* model = qobject_cast<AttentionModel*>(list->model());
    QVERIFY(model);
    int row = -1;
    QTRY_VERIFY((row =
                     [&] {
                         for (int r = 0; r < model->rowCount(); ++r) {
                             if (model->itemAt(r)->youthId == id) {
                                 return r;
                             }
                         }
                         return -1;
                     }())
                >= 0);
    QVERIFY(model->itemAt(row)->has(AttentionReason::FollowUpDue));
    const QString reasons = model->index(row, AttentionModel::Reasons).data().toString();
    QVERIFY2(reasons.contains(u"overdue by 5 days"_s), qPrintable(reasons));
    list->setCurrentIndex(model->index(row, 0));
    auto* button = GuiTest::child<QPushButton>(today(), "todayFollowUp");
    QVERIFY(button->isVisible());

    whenModal<FollowUpDialog>([](FollowUpDialog* dialog) {
        choose(GuiTest::child<QComboBox>(dialog, "followUpResult"), int(AttemptResult::Reached));
        auto* ok = dialog->findChild<QPushButton*>(u"followUpOk"_s);
        QTest::mouseClick(ok, Qt::LeftButton); // no situation yet: refused
        QVERIFY(dialog->isVisible());
        choose(GuiTest::child<QComboBox>(dialog, "followUpSituation"), int(Situation::Studies));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_handled);
    const QList<FollowUp> followUps = LOTSEN_VALUE(m_workspace->followUps().followUps(id));
    QCOMPARE(followUps.first().status, FollowUpStatus::Done);
    QCOMPARE(followUps.first().situation, std::optional<Situation>(Situation::Studies));
    QCOMPARE(followUps.first().attempts.size(), 1);
    // Off the list at once.
    QTRY_VERIFY([&] {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->itemAt(r)->youthId == id) {
                return false;
            }
        }
        return true;
    }());
}

void TestGuiEnrolment::reEnrolment()
{
    const qint64 id = addActive(u"Cid"_s);
    QVERIFY(TestWorkspace::exitYouth(*m_workspace, id, kNow.date().addDays(-60)));
    m_window->showPage(MainWindow::YouthsPageIndex);
    YouthCard* card = youthsPage()->openYouth(id);
    QVERIFY(card);
    EnrolmentTab* tab = card->enrolmentTab();
    card->tabs()->setCurrentWidget(tab);
    auto* enrol = GuiTest::child<QPushButton>(tab, "enrolButton");
    QCOMPARE(enrol->text(), u"&Re-enrol…"_s);
    QVERIFY(enrol->isEnabled());
    whenModal<EnrolDialog>([this](EnrolDialog* dialog) {
        QVERIFY(dialog->windowTitle().startsWith(u"Re-enrol"_s));
        auto* mentor = GuiTest::child<QComboBox>(dialog, "enrolMentor");
        QCOMPARE(mentor->currentData().toLongLong(), m_mentor); // the last mentor continues
        choose(GuiTest::child<QComboBox>(dialog, "entryLabour"), int(LabourSituation::UnemployedRegistered));
        choose(GuiTest::child<QComboBox>(dialog, "entryEducation"), int(Education::Compulsory));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"enrolOk"_s), Qt::LeftButton);
    });
    QTest::mouseClick(enrol, Qt::LeftButton);
    QVERIFY(m_handled);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->status, YouthStatus::Active);
    QTRY_COMPARE(tab->periodsModel()->rowCount(), 2);
    const QList<EnrolmentPeriod> periods = tab->periodsModel()->periods();
    QVERIFY(periods.first().currentExit());
    QCOMPARE(periods.last().entry.labour, LabourSituation::UnemployedRegistered);
    QCOMPARE(periods.last().startDate, kNow.date());
    QVERIFY(GuiTest::child<QPushButton>(tab, "exitButton")->isEnabled());
    // The new period is selected and described.
    QVERIFY(GuiTest::child<QLabel>(tab, "periodDetails")->text().contains(u"Unemployed, registered"_s));
}

QTEST_MAIN(TestGuiEnrolment)
#include "tst_gui_enrolment.moc"
