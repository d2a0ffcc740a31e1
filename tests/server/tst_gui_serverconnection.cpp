// The shared database in the window (issue 17 §1 and §4): the connection dialog's defaults, its test of the
// connection against the test server (a Lotsen database, a missing one), and File › Move to a shared database…
// from a demo file into an empty server database, answered dialog by dialog. Only on the server: it fails, not
// skips, without the pg_server fixture.
#include "GuiTest.h"
#include "TestServer.h"

#include "DemoDatabase.h"
#include "access/ChainSeal.h"
#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/ServerCredentials.h"
#include "core/Workspace.h"
#include "server/ServerConnectionDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

qint64 count(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestGuiServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void defaultsAndTlsFollowTheHost();
    void testConnectionReachesALotsenDatabase();
    void testConnectionNamesAMissingDatabase();
    void moveThroughTheFileMenu();

private:
    QTemporaryDir m_dir;
    QStringList m_databases;
};

void TestGuiServerConnection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(TestServer::active(), "LOTSEN_TEST_PG_STATE must name the test server's state file");
    QVERIFY2(TestServer::address().has_value(), "the test server cannot be reached");
    AppSettings::useFile(m_dir.filePath(u"settings.ini"_s));
    ChainSeal::setDirectory(m_dir.filePath(u"secrets"_s));
    ServerCredentials::useFolderOnly(m_dir.filePath(u"credentials"_s));
}

void TestGuiServerConnection::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
}

void TestGuiServerConnection::cleanupTestCase()
{
    for (const QString& name : std::as_const(m_databases)) {
        TestServer::dropDatabase(name);
    }
    AppSettings::useFile(QString());
}

void TestGuiServerConnection::defaultsAndTlsFollowTheHost()
{
    ServerConnectionDialog dialog;
    auto* host = GuiTest::child<QLineEdit>(&dialog, "hostEdit");
    auto* tls = GuiTest::child<QComboBox>(&dialog, "sslModeCombo");
    auto* ok = GuiTest::child<QPushButton>(&dialog, "okButton");
    QCOMPARE(GuiTest::child<QSpinBox>(&dialog, "portSpin")->value(), 5432);
    QCOMPARE(GuiTest::child<QLineEdit>(&dialog, "databaseEdit")->text(), u"lotsen"_s);
    QCOMPARE(GuiTest::child<QLineEdit>(&dialog, "userEdit")->text(), u"lotsen_app"_s);
    QCOMPARE(GuiTest::child<QLineEdit>(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(GuiTest::child<QCheckBox>(&dialog, "rememberCheck")->isChecked());
    QVERIFY(!ok->isEnabled()); // no host yet
    QVERIFY(ok->isDefault()); // Enter is OK

    host->setText(u"server.example.local"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(tls->currentData().toString(), u"require"_s);
    for (const QString& local : { u"localhost"_s, u"127.0.0.1"_s, u"::1"_s }) {
        host->setText(local);
        QCOMPARE(tls->currentData().toString(), u"prefer"_s);
    }
    host->setText(u"/run/postgresql"_s);
    QCOMPARE(tls->currentData().toString(), u"disable"_s);
    // The host's own default is not written into the address, so that it follows the host.
    QVERIFY(dialog.address().sslMode.isEmpty());

    // Once the user picks a mode, another host no longer changes it.
    host->setText(u"server.example.local"_s);
    tls->setCurrentIndex(tls->findData(u"verify-full"_s));
    emit tls->activated(tls->currentIndex());
    host->setText(u"localhost"_s);
    QCOMPARE(tls->currentData().toString(), u"verify-full"_s);
    QCOMPARE(dialog.address().sslMode, u"verify-full"_s);
    QVERIFY(dialog.address().toUrl().contains(u"sslmode=verify-full"_s));
}

void TestGuiServerConnection::testConnectionReachesALotsenDatabase()
{
    const QString name = TestServer::uniqueName(u"dialog"_s);
    m_databases.append(name);
    QVERIFY(TestServer::createLotsenDatabase(name));
    const std::optional<ServerAddress> address = TestServer::address(name);
    QVERIFY(address);

    ServerConnectionDialog dialog;
    dialog.setAddress(*address);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(GuiTest::child<QComboBox>(&dialog, "sslModeCombo")->currentData().toString(), u"disable"_s); // socket
    QTest::mouseClick(GuiTest::child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    auto* status = GuiTest::child<QLabel>(&dialog, "statusLabel");
    QCOMPARE(status->text(), u"Connected: Lotsen schema %1"_s.arg(Database::currentSchemaVersion()));
    QVERIFY(status->styleSheet().contains(u"#1b7a2c"_s));

    // Enter accepts once the connection is known to work; the address comes back as given.
    QTest::keyClick(GuiTest::child<QLineEdit>(&dialog, "databaseEdit"), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.address().toUrl(), address->toUrl());
}

void TestGuiServerConnection::testConnectionNamesAMissingDatabase()
{
    std::optional<ServerAddress> address = TestServer::address(u"lt_no_such_database"_s);
    QVERIFY(address);
    ServerConnectionDialog dialog;
    dialog.setAddress(*address);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.testConnection());
    auto* status = GuiTest::child<QLabel>(&dialog, "statusLabel");
    QVERIFY2(status->text().contains(u"does not exist"_s), qPrintable(status->text()));
    QVERIFY(status->styleSheet().contains(u"#b3261e"_s));

    // OK tries again and keeps the dialog open; Esc cancels.
    QTest::mouseClick(GuiTest::child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(status->text().contains(u"does not exist"_s));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestGuiServerConnection::moveThroughTheFileMenu()
{
    const QString path = m_dir.filePath(u"demo.lotsen"_s);
    const Result<void> written = DemoDatabase::write(path, true);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    const QString name = TestServer::uniqueName(u"move"_s);
    m_databases.append(name);
    QVERIFY(TestServer::createDatabase(name));
    const std::optional<ServerAddress> target = TestServer::address(name);
    QVERIFY(target);

    Database database;
    QVERIFY(database.open(path).ok());
    const qint64 youths = count(database, u"youth"_s);
    const qint64 accounts = count(database, u"account"_s);
    QVERIFY(youths > 0);
    {
        Workspace workspace(database);
        const Result<std::optional<Account>> administrator
            = workspace.accounts().byUsername(DemoDatabase::administratorUsername());
        QVERIFY(administrator.ok() && administrator->has_value());
        QVERIFY(workspace.session().startWithoutPassword(**administrator).ok());
        MainWindow window(workspace, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* move = GuiTest::child<QAction>(&window, "moveToServerAction");
        QVERIFY(move->isVisible());
        QVERIFY(move->isEnabled());

        bool connected = false;
        bool told = false;
        QString explanation;
        QString summary;
        GuiTest::whenModal<ServerConnectionDialog>(
            this,
            [&](ServerConnectionDialog* dialog) {
                explanation = GuiTest::child<QLabel>(dialog, "explanationLabel")->text();
                // The owner role is suggested; the test server's superuser stands in for it.
                QCOMPARE(GuiTest::child<QLineEdit>(dialog, "userEdit")->text(), u"lotsen_owner"_s);
                GuiTest::child<QLineEdit>(dialog, "hostEdit")->setText(target->host);
                GuiTest::child<QSpinBox>(dialog, "portSpin")->setValue(target->port);
                GuiTest::child<QLineEdit>(dialog, "databaseEdit")->setText(target->database);
                GuiTest::child<QLineEdit>(dialog, "userEdit")->setText(target->user);
                // The confirmation, then the summary at the end.
                MessageBox::setNextAnswer(QMessageBox::Yes);
                GuiTest::whenModal<QMessageBox>(
                    this,
                    [&](QMessageBox* box) {
                        summary = box->text();
                        box->accept();
                    },
                    &told, 60000);
                QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
            },
            &connected);
        move->trigger();
        QVERIFY(connected);
        QVERIFY2(explanation.contains(u"owner"_s), qPrintable(explanation));
        QVERIFY(explanation.contains(u"lotsen setup-server"_s));
        if (!told) {
            summary = MessageBox::lastText(); // the seam answered it
        }
        QVERIFY2(summary.contains(u"From now on this PC uses the shared database"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"left untouched"_s));
        QVERIFY(summary.contains(u"youth: %1"_s.arg(youths)));

        // The window closed for main() to open the server instead; the next start opens it too.
        QVERIFY(!window.isVisible());
        QVERIFY(window.pendingServer().has_value());
        QCOMPARE(window.pendingServer()->database, name);
        QCOMPARE(AppSettings::instance()->value(AppSettings::Key::LastDatabase).toString(), target->toUrl());
    }

    Database server;
    QVERIFY(server.openServer(*target, Database::Mode::ReadWriteExisting).ok());
    QCOMPARE(count(server, u"youth"_s), youths);
    QCOMPARE(count(server, u"account"_s), accounts);
    // The file is still there and still holds the register.
    QCOMPARE(count(database, u"youth"_s), youths);
}

QTEST_MAIN(TestGuiServerConnection)
#include "tst_gui_serverconnection.moc"
