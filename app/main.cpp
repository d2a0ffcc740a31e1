// Lotsen: follow-up of young people at a drop-in meeting place.
#include "BackgroundChainCheck.h"
#include "BackgroundIntegrityCheck.h"
#include "BackupCommandLine.h"
#include "CommandLine.h"
#include "DatabaseOpener.h"
#include "DemoDatabase.h"
#include "ImportCommand.h"
#include "KeyCommand.h"
#include "MigrateCommand.h"
#include "PlanExportCommand.h"
#include "QuitOnSignal.h"
#include "ReportCommand.h"
#include "RestoreRunner.h"
#include "SetupServerCommand.h"
#include "Translations.h"
#include "access/FirstStartDialog.h"
#include "access/LoginDialog.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "help/FirstStartTour.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

using namespace lotsen;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lotsen"));
    QCoreApplication::setApplicationName(QStringLiteral("Lotsen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOTSEN_VERSION));
}

int usageError(const QString& message)
{
    QTextStream(stderr) << message << '\n' << QCoreApplication::translate("main", "Try --help.") << '\n';
    return 2;
}

// "lotsen demo", "export-plan", "import", "report" and the key commands open no window, so they run on a machine
// without a display.
int runHeadless(int argc, char** argv)
{
    // Printing needs QGuiApplication (fonts); without a display the offscreen platform serves.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    setIdentity();
    const CommandLine command = CommandLine::parse(app.arguments());
    // Printed plans are Swedish unless asked otherwise: they are handed to Swedish youths and funders.
    Translations::install(app, command.language.isEmpty() ? QStringLiteral("sv") : command.language);
    if (!command.error.isEmpty()) {
        return usageError(command.error);
    }
    if (command.command == CommandLine::Command::ExportPlan) {
        return PlanExportCommand::run(command);
    }
    if (command.command == CommandLine::Command::Report) {
        return ReportCommand::run(command);
    }
    if (command.command == CommandLine::Command::Import) {
        return ImportCommand::run(command);
    }
    if (command.command == CommandLine::Command::Backup) {
        return BackupCommandLine::runBackup(command);
    }
    if (command.command == CommandLine::Command::VerifyBackup) {
        return BackupCommandLine::runVerify(command);
    }
    if (command.command == CommandLine::Command::SetupServer) {
        return SetupServerCommand::run(command);
    }
    if (command.command == CommandLine::Command::Migrate) {
        return MigrateCommand::run(command);
    }
    if (command.command == CommandLine::Command::ExportKey || command.command == CommandLine::Command::ImportKey) {
        return KeyCommand::run(command);
    }
    if (const Result<void> written = DemoDatabase::write(command.databasePath, command.force); !written) {
        QTextStream(stderr) << written.message() << '\n';
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("main", "Demo database written: %1").arg(command.databasePath)
                        << '\n';
    return 0;
}

// Who uses Lotsen: the demo's administrator without a password, the first administrator on a new database, or a
// login. False when the user quit instead.
bool logIn(Workspace& workspace, bool demo)
{
    if (demo) {
        const Result<std::optional<Account>> administrator
            = workspace.accounts().byUsername(DemoDatabase::administratorUsername());
        if (administrator.ok() && administrator->has_value()) {
            if (const Result<void> started = workspace.session().startWithoutPassword(**administrator); started) {
                return true;
            }
        }
        // Not expected: DemoDatabase writes the account. The login below still lets someone in (or says why not).
    }
    const Result<bool> hasAccounts = workspace.accounts().hasAccounts();
    if (!hasAccounts.ok()) {
        MessageBox::critical(nullptr, QCoreApplication::translate("main", "Lotsen"), hasAccounts.message());
        return false;
    }
    if (!*hasAccounts) {
        FirstStartDialog dialog(workspace);
        return dialog.exec() == QDialog::Accepted;
    }
    LoginDialog dialog(workspace);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

int main(int argc, char** argv)
{
    if (CommandLine::isHeadless(argc, argv)) {
        return runHeadless(argc, argv);
    }

    QApplication app(argc, argv);
    // SIGTERM/SIGINT end every event loop (the login dialog's too); unsaved edits are lost as in any program the
    // system stops, but the session is logged out and the database closed (no stale .lock file).
    QuitOnSignal::install(&app);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("se.lotsen.Lotsen"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lotsen.png")));
    const CommandLine command = CommandLine::parse(app.arguments());
    Translations::install(app, command.language);
    if (!command.error.isEmpty()) {
        return usageError(command.error);
    }

    // A server's password typed at this start (first start, or a move), kept in memory only.
    QString serverPassword;
    QString path
        = command.demo ? DemoDatabase::defaultPath() : DatabaseOpener::startPath(command.databasePath, serverPassword);
    if (command.demo) {
        // Recreated at every start, so that its dates stay relative to today.
        path = DemoDatabase::defaultPath();
        if (const Result<void> written = DemoDatabase::write(path, true); !written) {
            MessageBox::critical(nullptr, QCoreApplication::translate("main", "Lotsen"),
                                 QCoreApplication::translate("main", "The demo database could not be created: %1")
                                     .arg(written.message()));
            return 1;
        }
    }

    // One pass per opened database: a restore (File › Restore from backup…) closes everything, replaces the file
    // and opens it again, with a new login.
    for (;;) {
        std::unique_ptr<Database> database = DatabaseOpener::open(path, serverPassword);
        if (!database) {
            return 0;
        }
        // The file actually opened: the start dialog may have opened or created another one.
        path = database->path();
        std::optional<BackupRestore::Request> restore;
        std::optional<ServerAddress> server;
        int status = 0;
        {
            Workspace workspace(*database);
            if (!logIn(workspace, command.demo)) {
                return 0;
            }
            MainWindow window(workspace, command.demo);
            window.show();
            // The tour at the first login on a database (for this user on this PC); not in the demo.
            if (!command.demo) {
                FirstStartTour::showOnce(path, &window);
            }
            // A shared database is backed up on its server (lotsen backup with pg_dump, scheduled there).
            if (!command.demo && !database->isServer()) {
                window.startAutomaticBackups();
            }
            if (database->integrityCheckDeferred()) {
                (new BackgroundIntegrityCheck(database->path(), &window))->start();
            }
            // The access log's hash chain at every start, so an edit made with another tool is reported; in the
            // background, because the log can be long.
            // Again after every login at the lock screen, so that the count shown is that of the log as it is then.
            auto* chainCheck = new BackgroundChainCheck(workspace, &window);
            chainCheck->followLogins();
            chainCheck->start();
            // After SIGTERM/SIGINT (see the start of main) the loop is not entered at all.
            status = QuitOnSignal::received() ? 0 : app.exec();
            workspace.session().logOut(); // already done when the window was closed; after a signal, here
            restore = window.pendingRestore();
            server = window.pendingServer();
        }
        if (server && !QuitOnSignal::received()) {
            // File › Move to a shared database…: the register is on the server now; open it instead of the file.
            path = server->toUrl();
            serverPassword = server->password;
            continue;
        }
        if (!restore || QuitOnSignal::received()) {
            return status;
        }
        database.reset(); // closed and unlocked: the restore replaces the file
        RestoreRunner::run(path, *restore, nullptr);
    }
}
