// When the server goes away (issue 17 §1): the open card keeps what the mentor typed, says that the server does not
// answer, and saves once the server is back, on a new connection that listens for other PCs' changes again; at
// start-up a server that does not answer gets "Retry", which opens it once it answers; and the very first start
// offers a file on this PC or the shared database. The test runs its own private server (scripts/pg-test-server),
// since it stops and starts it: the shared test server of the other tests must stay up.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"

#include "DatabaseOpener.h"
#include "access/ChainSeal.h"
#include "contacts/ContactRepository.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ServerCredentials.h"
#include "core/Workspace.h"
#include "server/ServerConnectionDialog.h"
#include "server/ServerNotifications.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/YouthRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lotsen;

namespace {

// scripts/pg-test-server with a command (start, stop, pause, resume) on this test's state file.
bool serverScript(const QString& command, const QString& stateFile)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(u"bash"_s, { QStringLiteral(LOTSEN_PG_TEST_SERVER_SCRIPT), command, stateFile });
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "pg-test-server" << command << "failed:" << process.readAllStandardOutput();
        return false;
    }
    return true;
}

} // namespace

class TestGuiServerOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void cardKeepsItsEditsUntilTheServerIsBack();
    void startUpRetriesAServerThatDoesNotAnswer();
    void firstStartChoosesTheSharedDatabase();
    void firstStartChoosesAFileOnThisPc();

private:
    QTemporaryDir m_dir;
    QString m_state;
    bool m_paused = false;
};

void TestGuiServerOffline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_state = m_dir.filePath(u"pg.state"_s);
    QVERIFY2(serverScript(u"start"_s, m_state), "the private test server did not start");
    // Every TestServer helper and TestWorkspace now uses this private server.
    qputenv("LOTSEN_TEST_PG_STATE", m_state.toLocal8Bit());
    QVERIFY(TestServer::address().has_value());
    AppSettings::useFile(m_dir.filePath(u"settings.ini"_s));
    ChainSeal::setDirectory(m_dir.filePath(u"secrets"_s));
    ServerCredentials::useFolderOnly(m_dir.filePath(u"credentials"_s));
    // The test decides when the server is back; no pause between attempts to connect again.
    Database::setReconnectPause(0);
}

void TestGuiServerOffline::init()
{
    AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, QString());
}

void TestGuiServerOffline::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
    if (m_paused) {
        QVERIFY(serverScript(u"resume"_s, m_state));
        m_paused = false;
    }
}

void TestGuiServerOffline::cleanupTestCase()
{
    AppSettings::useFile(QString());
    QVERIFY(serverScript(u"stop"_s, m_state));
}

void TestGuiServerOffline::cardKeepsItsEditsUntilTheServerIsBack()
{
    TestWorkspace desk;
    QVERIFY(desk.open());
    const Account admin = desk.logInAsAdministrator();
    const qint64 staff = desk.addStaff(u"Maja Mentor"_s);
    const qint64 youth = desk.addYouth(u"Ebba"_s, u"Lund"_s);
    QVERIFY(youth != 0);
    ServerNotifications notifications(desk.workspace());
    QVERIFY(notifications.isListening());

    PersonalDataForm form(desk.workspace());
    form.load(youth);
    auto* phone = GuiTest::child<QLineEdit>(&form, "phone");
    auto* error = GuiTest::child<QLabel>(&form, "formError");
    phone->setText(u"070-999 88 77"_s);

    QVERIFY(serverScript(u"pause"_s, m_state));
    m_paused = true;
    QVERIFY(!form.save());
    QVERIFY2(error->text().contains(u"does not answer"_s), qPrintable(error->text()));
    // Nothing typed is lost, and the card still knows it has unsaved changes.
    QCOMPARE(phone->text(), u"070-999 88 77"_s);
    QVERIFY(form.isDirty());
    // Trying again while the server is still away changes nothing either.
    QVERIFY(!form.save());
    QCOMPARE(phone->text(), u"070-999 88 77"_s);

    QSignalSpy reconnected(&desk.database(), &Database::reconnected);
    QVERIFY(serverScript(u"resume"_s, m_state));
    m_paused = false;
    QVERIFY2(form.save(), qPrintable(error->text()));
    QCOMPARE(reconnected.count(), 1);
    QVERIFY(!form.isDirty());

    // Saved on the server: another connection reads it.
    Database other;
    QVERIFY(other.open(desk.location()).ok());
    {
        Workspace workspace(other);
        QCOMPARE(LOTSEN_VALUE(workspace.youths().load(youth))->phone, u"070-999 88 77"_s);
        // The new connection listens again: another PC's contact reaches this one's repositories.
        QSignalSpy contacts(&desk.workspace().contacts(), &ContactRepository::contactsChanged);
        LOTSEN_VERIFY_OK(workspace.session().startWithoutPassword(admin));
        Contact contact;
        contact.youthId = youth;
        contact.kind = ContactKind::Meeting;
        contact.staffId = staff;
        contact.occurredAt = Clock::now().addSecs(-600);
        LOTSEN_VERIFY_OK(workspace.contacts().log(contact));
        QTRY_VERIFY_WITH_TIMEOUT(contacts.count() > 0, 5000);
        QCOMPARE(contacts.constLast().at(0).toLongLong(), youth);
    }
}

void TestGuiServerOffline::startUpRetriesAServerThatDoesNotAnswer()
{
    const QString name = TestServer::uniqueName(u"startup"_s);
    QVERIFY(TestServer::createLotsenDatabase(name));
    const std::optional<ServerAddress> address = TestServer::address(name);
    QVERIFY(address);
    QVERIFY(serverScript(u"pause"_s, m_state));
    m_paused = true;

    QString shown;
    bool asked = false;
    bool answered = false;
    // The test server's superuser has no password, and none is kept on this PC: first the connection dialog asks
    // for one; cancelled, the box says what is wrong and offers Retry.
    GuiTest::whenModal<ServerConnectionDialog>(
        this,
        [&](ServerConnectionDialog* dialog) {
            GuiTest::whenModal<QMessageBox>(
                this,
                [&](QMessageBox* box) {
                    shown = box->text();
                    // The server is back; "Retry" opens it.
                    if (serverScript(u"resume"_s, m_state)) {
                        m_paused = false;
                    }
                    QTest::mouseClick(GuiTest::child<QPushButton>(box, "retryButton"), Qt::LeftButton);
                },
                &answered, 20000);
            QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        },
        &asked, 20000);
    std::unique_ptr<Database> database = DatabaseOpener::open(address->toUrl(), address->password);
    QVERIFY(asked);
    QVERIFY(answered);
    QVERIFY2(shown.contains(u"does not answer"_s), qPrintable(shown));
    QVERIFY(!m_paused);
    QVERIFY(database);
    QVERIFY(database->isServer());
    QCOMPARE(database->userVersion(), Database::currentSchemaVersion());
    database.reset();
    QVERIFY(TestServer::dropDatabase(name));
}

void TestGuiServerOffline::firstStartChoosesTheSharedDatabase()
{
    QVERIFY(!QFile::exists(DatabaseOpener::defaultPath()));
    const QString name = TestServer::uniqueName(u"firststart"_s);
    QVERIFY(TestServer::createLotsenDatabase(name));
    const std::optional<ServerAddress> address = TestServer::address(name);
    QVERIFY(address);

    QString question;
    bool asked = false;
    bool connected = false;
    GuiTest::whenModal<QMessageBox>(
        this,
        [&](QMessageBox* box) {
            question = box->text();
            QCOMPARE(box->defaultButton(), GuiTest::child<QPushButton>(box, "localFileButton"));
            GuiTest::whenModal<ServerConnectionDialog>(
                this,
                [&](ServerConnectionDialog* dialog) {
                    GuiTest::child<QLineEdit>(dialog, "hostEdit")->setText(address->host);
                    GuiTest::child<QSpinBox>(dialog, "portSpin")->setValue(address->port);
                    GuiTest::child<QLineEdit>(dialog, "databaseEdit")->setText(address->database);
                    GuiTest::child<QLineEdit>(dialog, "userEdit")->setText(address->user);
                    QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
                },
                &connected, 20000);
            QTest::mouseClick(GuiTest::child<QPushButton>(box, "sharedServerButton"), Qt::LeftButton);
        },
        &asked, 20000);
    QString password;
    const QString chosen = DatabaseOpener::startPath(QString(), password);
    QVERIFY(asked);
    QVERIFY(connected);
    QVERIFY2(question.contains(u"Where should Lotsen keep"_s), qPrintable(question));
    QCOMPARE(chosen, address->toUrl());
    // Remembered for the next start; the file on this PC was never made.
    QCOMPARE(AppSettings::instance()->value(AppSettings::Key::LastDatabase).toString(), address->toUrl());
    QVERIFY(!QFile::exists(DatabaseOpener::defaultPath()));
    std::unique_ptr<Database> database = DatabaseOpener::open(chosen, password);
    QVERIFY(database);
    QVERIFY(database->isServer());
    database.reset();
    QVERIFY(TestServer::dropDatabase(name));
}

void TestGuiServerOffline::firstStartChoosesAFileOnThisPc()
{
    bool asked = false;
    GuiTest::whenModal<QMessageBox>(
        this, [](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); }, &asked, 20000);
    QString password;
    // Enter takes the default: a file on this PC.
    QCOMPARE(DatabaseOpener::startPath(QString(), password), DatabaseOpener::defaultPath());
    QVERIFY(asked);
    QVERIFY(password.isEmpty());
    // Given on the command line or remembered, nothing is asked.
    QCOMPARE(DatabaseOpener::startPath(u"/tmp/given.lotsen"_s, password), u"/tmp/given.lotsen"_s);
    AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, u"/tmp/remembered.lotsen"_s);
    QCOMPARE(DatabaseOpener::startPath(QString(), password), u"/tmp/remembered.lotsen"_s);
}

QTEST_MAIN(TestGuiServerOffline)
#include "tst_gui_serveroffline.moc"
