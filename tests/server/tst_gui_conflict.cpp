// The youth card on two PCs at once (two connections to one server database): a save over the other PC's newer
// save is refused, the question names who saved and shows both values, and "Yes" shows the saved data; an untouched
// card follows the other PC's save by itself.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"

#include "access/Session.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/YouthRepository.h"

#include <QLineEdit>
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

QTEST_MAIN(TestGuiConflict)
#include "tst_gui_conflict.moc"
