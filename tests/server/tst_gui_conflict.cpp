// The youth card on two PCs at once (two connections to one server database): a save over the other PC's newer
// save is refused, the question names who saved and shows both values, and "Yes" shows the saved data; an untouched
// card follows the other PC's save by itself. The same for the action plan tab and the centre's settings page
// ("No" keeps the user's edits, unsaved).
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"

#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SettingsPage.h"
#include "core/Workspace.h"
#include "lifecycle/RetentionPolicy.h"
#include "lifecycle/RetentionSettingsWidget.h"
#include "plans/ActionPlanTab.h"
#include "plans/PlanRepository.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/YouthRepository.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lotsen;

class TestGuiConflict : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conflictingSaveAsksAndShowsTheSavedData();
    void untouchedCardFollowsTheOtherPc();
    void conflictingPlanSaveAsksAndKeepsOrReloads();
    void untouchedPlanFollowsTheOtherPc();
    void conflictingSettingsSaveAsksAndKeepsOrReloads();
    void conflictingRetentionPolicyIsRefused();

private:
    std::unique_ptr<TestWorkspace> m_desk;
    std::unique_ptr<Database> m_mentorDatabase;
    std::unique_ptr<Workspace> m_mentor;
    Account m_admin;
    qint64 m_youth = 0;
};

void TestGuiConflict::init()
{
    QVERIFY2(TestServer::active(), "this test needs the test server (the pg_server fixture)");
    m_desk = std::make_unique<TestWorkspace>();
    QVERIFY(m_desk->open());
    m_admin = m_desk->logInAsAdministrator();
    m_youth = m_desk->addYouth(u"Ebba"_s, u"Lund"_s);
    QVERIFY(m_youth != 0);
    m_mentorDatabase = std::make_unique<Database>();
    QVERIFY(m_mentorDatabase->open(m_desk->location()).ok());
    m_mentor = std::make_unique<Workspace>(*m_mentorDatabase);
    LOTSEN_VERIFY_OK(m_mentor->session().startWithoutPassword(m_admin));
}

void TestGuiConflict::cleanup()
{
    m_mentor.reset();
    m_mentorDatabase.reset();
    m_desk.reset();
}

void TestGuiConflict::conflictingSaveAsksAndShowsTheSavedData()
{
    PersonalDataForm form(*m_mentor);
    form.load(m_youth);
    auto* phone = GuiTest::child<QLineEdit>(&form, "phone");
    phone->setText(u"070-999 88 77"_s); // the mentor starts typing

    // Meanwhile the desk saves another phone number.
    std::optional<Youth> atDesk = LOTSEN_VALUE(m_desk->workspace().youths().load(m_youth));
    atDesk->phone = u"070-111 22 33"_s;
    LOTSEN_VERIFY_OK(m_desk->workspace().youths().save(*atDesk));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!form.save());
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(m_admin.displayName), qPrintable(asked));
    QVERIFY2(asked.contains(u"070-111 22 33"_s) && asked.contains(u"070-999 88 77"_s), qPrintable(asked));
    // "Yes": the saved data is shown, and the mentor's number was not written.
    QCOMPARE(phone->text(), u"070-111 22 33"_s);
    QCOMPARE(LOTSEN_VALUE(m_desk->workspace().youths().load(m_youth))->phone, u"070-111 22 33"_s);
    // Now a save goes through, on top of the desk's.
    phone->setText(u"070-999 88 77"_s);
    QVERIFY(form.save());
    QCOMPARE(LOTSEN_VALUE(m_desk->workspace().youths().load(m_youth))->phone, u"070-999 88 77"_s);
}

void TestGuiConflict::untouchedCardFollowsTheOtherPc()
{
    PersonalDataForm form(*m_mentor);
    form.load(m_youth);
    auto* email = GuiTest::child<QLineEdit>(&form, "email");
    QCOMPARE(email->text(), QString());
    std::optional<Youth> atDesk = LOTSEN_VALUE(m_desk->workspace().youths().load(m_youth));
    atDesk->email = u"ebba@example.se"_s;
    LOTSEN_VERIFY_OK(m_desk->workspace().youths().save(*atDesk));
    QTRY_COMPARE_WITH_TIMEOUT(email->text(), u"ebba@example.se"_s, 5000);
    QVERIFY(!form.isDirty());
}

void TestGuiConflict::conflictingPlanSaveAsksAndKeepsOrReloads()
{
    const qint64 planId = LOTSEN_VALUE(m_desk->workspace().plans().create(m_youth, 0, Clock::today(), 4));
    ActionPlanTab tab(*m_mentor, m_youth);
    auto* goal = GuiTest::child<QPlainTextEdit>(&tab, "planSection0"); // My goal
    goal->setPlainText(u"Bli undersköterska"_s); // the mentor starts writing
    QVERIFY(tab.isDirty());

    // Meanwhile the desk saves another goal and a step.
    std::optional<ActionPlan> atDesk = LOTSEN_VALUE(m_desk->workspace().plans().load(planId));
    atDesk->myGoal = u"Börja plugga"_s;
    PlanStep step;
    step.description = u"Ringa komvux"_s;
    atDesk->steps = { step };
    LOTSEN_VERIFY_OK(m_desk->workspace().plans().save(*atDesk));

    // "No": refused, both goals and the step are named with who saved, and the mentor's text stays, unsaved.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!tab.save());
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(m_admin.displayName), qPrintable(asked));
    QVERIFY2(asked.contains(u"Börja plugga"_s) && asked.contains(u"Bli undersköterska"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"Ringa komvux"_s), qPrintable(asked));
    QCOMPARE(goal->toPlainText(), u"Bli undersköterska"_s);
    QVERIFY(tab.isDirty());
    std::optional<ActionPlan> stored = LOTSEN_VALUE(m_desk->workspace().plans().load(planId));
    QCOMPARE(stored->myGoal, u"Börja plugga"_s);

    // "Yes": the saved plan is shown, and nothing of the mentor's was written.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!tab.save());
    QCOMPARE(goal->toPlainText(), u"Börja plugga"_s);
    QVERIFY(!tab.isDirty());
    stored = LOTSEN_VALUE(m_desk->workspace().plans().load(planId));
    QCOMPARE(stored->myGoal, u"Börja plugga"_s);
    QCOMPARE(stored->steps.size(), 1);

    // Now a save goes through, on top of the desk's (its step stays).
    goal->setPlainText(u"Bli undersköterska"_s);
    QVERIFY(tab.save());
    stored = LOTSEN_VALUE(m_desk->workspace().plans().load(planId));
    QCOMPARE(stored->myGoal, u"Bli undersköterska"_s);
    QCOMPARE(stored->steps.size(), 1);
}

void TestGuiConflict::untouchedPlanFollowsTheOtherPc()
{
    const qint64 planId = LOTSEN_VALUE(m_desk->workspace().plans().create(m_youth, 0, Clock::today(), 4));
    ActionPlanTab tab(*m_mentor, m_youth);
    auto* wishes = GuiTest::child<QPlainTextEdit>(&tab, "planSection3"); // Wishes
    QCOMPARE(wishes->toPlainText(), QString());
    std::optional<ActionPlan> atDesk = LOTSEN_VALUE(m_desk->workspace().plans().load(planId));
    atDesk->wishes = u"Jobba ute"_s;
    LOTSEN_VERIFY_OK(m_desk->workspace().plans().save(*atDesk));
    QTRY_COMPARE_WITH_TIMEOUT(wishes->toPlainText(), u"Jobba ute"_s, 5000);
    QVERIFY(!tab.isDirty());
    // And a save from there goes through.
    wishes->setPlainText(u"Jobba ute, med djur"_s);
    QVERIFY(tab.save());
    QCOMPARE(LOTSEN_VALUE(m_desk->workspace().plans().load(planId))->wishes, u"Jobba ute, med djur"_s);
}

void TestGuiConflict::conflictingSettingsSaveAsksAndKeepsOrReloads()
{
    using Key = CentreSettings::Key;
    SettingsPage page(*m_mentor);
    auto* name = GuiTest::child<QLineEdit>(&page, "centreName");
    auto* weeks = GuiTest::child<QSpinBox>(&page, "reviewWeeks");
    name->setText(u"Mötesplats Öster"_s);
    weeks->setValue(9);

    // Meanwhile the desk renames the centre.
    LOTSEN_VERIFY_OK(m_desk->workspace().centre().save({ { Key::CentreName, u"Mötesplats Väster"_s } }));

    // "No": refused as a whole, both names shown with who saved, and the form keeps the mentor's values.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!page.saveCentreSettings());
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(m_admin.displayName), qPrintable(asked));
    QVERIFY2(asked.contains(u"Mötesplats Väster"_s) && asked.contains(u"Mötesplats Öster"_s), qPrintable(asked));
    QCOMPARE(name->text(), u"Mötesplats Öster"_s);
    QCOMPARE(weeks->value(), 9);
    QVERIFY(page.hasUnsavedChanges());
    QCOMPARE(m_desk->workspace().centre().centreName(), u"Mötesplats Väster"_s);
    QCOMPARE(m_desk->workspace().centre().planReviewWeeks(), CentreSettings::DefaultPlanReviewWeeks);

    // "Yes": the saved settings are shown.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!page.saveCentreSettings());
    QCOMPARE(name->text(), u"Mötesplats Väster"_s);
    QCOMPARE(weeks->value(), CentreSettings::DefaultPlanReviewWeeks);
    QVERIFY(!page.hasUnsavedChanges());

    // Now a save goes through, on top of the desk's.
    weeks->setValue(9);
    QVERIFY(page.saveCentreSettings());
    QCOMPARE(m_desk->workspace().centre().planReviewWeeks(), 9);
    QCOMPARE(m_desk->workspace().centre().centreName(), u"Mötesplats Väster"_s);
}

void TestGuiConflict::conflictingRetentionPolicyIsRefused()
{
    RetentionSettingsWidget widget(*m_mentor);
    auto* years = GuiTest::child<QSpinBox>(&widget, "retentionYears");
    QCOMPARE(years->value(), CentreSettings::DefaultRetentionYears);
    years->setValue(7);

    // Meanwhile the desk saves another policy.
    RetentionPolicy atDesk = LOTSEN_VALUE(RetentionPolicy::read(m_desk->workspace().centre()));
    atDesk.years = 3;
    LOTSEN_VERIFY_OK(atDesk.save(m_desk->workspace().centre()));

    // "No": nothing saved, the mentor's number stays, who saved is named.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!widget.save());
    QVERIFY2(MessageBox::lastText().contains(m_admin.displayName), qPrintable(MessageBox::lastText()));
    QCOMPARE(years->value(), 7);
    QCOMPARE(LOTSEN_VALUE(RetentionPolicy::read(m_desk->workspace().centre())).years, 3);
    // "Yes": the saved policy is shown; a save then goes through.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!widget.save());
    QCOMPARE(years->value(), 3);
    years->setValue(7);
    QVERIFY(widget.save());
    QCOMPARE(LOTSEN_VALUE(RetentionPolicy::read(m_desk->workspace().centre())).years, 7);
}

QTEST_MAIN(TestGuiConflict)
#include "tst_gui_conflict.moc"
