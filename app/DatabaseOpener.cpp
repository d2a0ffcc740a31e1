#include "DatabaseOpener.h"

#include "RestoreRunner.h"
#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/ServerCredentials.h"
#include "lifecycle/RestoreDialog.h"
#include "server/ServerConnectionDialog.h"
#include "shell/FileDialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace lotsen {

QString DatabaseOpener::defaultPath()
{
    // AppLocalDataLocation: %LOCALAPPDATA% on Windows (never a roaming profile); ~/.local/share on Linux.
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/lotsen.lotsen");
}

namespace {

// The connection dialog, prefilled with `address`; the accepted address (with its password) or nothing.
std::optional<ServerAddress> askForServer(const ServerAddress& address, const QString& explanation)
{
    ServerConnectionDialog dialog;
    if (!address.host.isEmpty()) {
        dialog.setAddress(address);
    }
    dialog.setExplanation(explanation);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.address();
}

} // namespace

QString DatabaseOpener::startPath(const QString& commandLinePath, QString& password)
{
    if (!commandLinePath.isEmpty()) {
        return commandLinePath;
    }
    const QString remembered = AppSettings::instance()->value(AppSettings::Key::LastDatabase).toString();
    if (!remembered.isEmpty()) {
        return remembered;
    }
    const QString file = defaultPath();
    if (QFileInfo::exists(file)) {
        return file;
    }
    for (;;) {
        QMessageBox box(QMessageBox::Question, QCoreApplication::translate("DatabaseOpener", "Welcome to Lotsen"),
                        QCoreApplication::translate("DatabaseOpener", "Where should Lotsen keep the centre's data?"));
        box.setInformativeText(QCoreApplication::translate(
            "DatabaseOpener",
            "Only this PC: a file on this computer, for a centre where Lotsen is used on one PC.\n\nA shared "
            "database: several PCs use the same register on the office's PostgreSQL server, set up beforehand "
            "by whoever runs the server."));
        QPushButton* local = box.addButton(QCoreApplication::translate("DatabaseOpener", "Only this PC (a file)"),
                                           QMessageBox::AcceptRole);
        local->setObjectName(QStringLiteral("localFileButton"));
        QPushButton* server = box.addButton(
            QCoreApplication::translate("DatabaseOpener", "A shared database on the office's server (PostgreSQL)…"),
            QMessageBox::ActionRole);
        server->setObjectName(QStringLiteral("sharedServerButton"));
        box.setDefaultButton(local);
        box.setEscapeButton(local);
        box.exec();
        if (box.clickedButton() != server) {
            return file;
        }
        const std::optional<ServerAddress> chosen
            = askForServer({},
                           QCoreApplication::translate(
                               "DatabaseOpener",
                               "The centre's shared database on the office's PostgreSQL server. Ask whoever set "
                               "up the server for these details."));
        if (chosen) {
            AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, chosen->toUrl());
            password = chosen->password;
            return chosen->toUrl();
        }
    }
}

std::unique_ptr<Database> DatabaseOpener::open(const QString& initialPath, const QString& initialPassword)
{
    QString path = initialPath;
    QString password = initialPassword;
    bool askedForPassword = false;
    const QString filter = QCoreApplication::translate("DatabaseOpener", "Lotsen databases (*.lotsen);;All files (*)");
    for (;;) {
        auto database = std::make_unique<Database>();
        Database::OpenResult result;
        std::optional<ServerAddress> server = ServerAddress::fromUrl(path);
        if (server) {
            server->password = password.isEmpty() ? ServerCredentials::password(*server) : password;
            result = database->openServer(*server, Database::Mode::ReadWriteExisting);
        } else {
            result = database->open(path);
        }
        if (result.ok()) {
            return database;
        }
        // No password kept on this PC (or none given): ask for it before saying anything else.
        if (server && server->password.isEmpty() && !askedForPassword) {
            askedForPassword = true;
            if (const std::optional<ServerAddress> chosen = askForServer(
                    *server,
                    QCoreApplication::translate("DatabaseOpener",
                                                "Lotsen could not open the shared database with what "
                                                "this PC knows. Give the password, or check the address."))) {
                path = chosen->toUrl();
                password = chosen->password;
                AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, path);
                continue;
            }
        }
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("DatabaseOpener", "Lotsen cannot open the database"),
                        result.message);
        QPushButton* retry = nullptr;
        // A server that does not answer may answer in a moment; a refused login needs the password.
        QPushButton* connection = nullptr;
        if (server) {
            retry = box.addButton(QCoreApplication::translate("DatabaseOpener", "Retry"), QMessageBox::AcceptRole);
            retry->setObjectName(QStringLiteral("retryButton"));
            connection = box.addButton(QCoreApplication::translate("DatabaseOpener", "Password and address…"),
                                       QMessageBox::ActionRole);
            connection->setObjectName(QStringLiteral("serverConnectionButton"));
        } else if (result.status == Database::OpenStatus::Locked) {
            retry = box.addButton(QCoreApplication::translate("DatabaseOpener", "Try again"), QMessageBox::AcceptRole);
        }
        QPushButton* other = box.addButton(QCoreApplication::translate("DatabaseOpener", "Open another file…"),
                                           QMessageBox::ActionRole);
        // A damaged or unreadable file: the way out is the latest backup.
        QPushButton* restore = nullptr;
        if (!server
            && (result.status == Database::OpenStatus::Corrupt || result.status == Database::OpenStatus::NotLotsen
                || result.status == Database::OpenStatus::CannotOpen
                || result.status == Database::OpenStatus::MigrationFailed)) {
            restore = box.addButton(QCoreApplication::translate("DatabaseOpener", "Restore from backup…"),
                                    QMessageBox::ActionRole);
            restore->setObjectName(QStringLiteral("restoreButton"));
        }
        QPushButton* create
            = box.addButton(QCoreApplication::translate("DatabaseOpener", "New database…"), QMessageBox::ActionRole);
        QPushButton* quit
            = box.addButton(QCoreApplication::translate("DatabaseOpener", "Quit"), QMessageBox::RejectRole);
        box.setInformativeText(
            server ? QCoreApplication::translate(
                "DatabaseOpener", "Try again, give the password or another address, choose a file, or quit.")
                : restore
                ? QCoreApplication::translate(
                    "DatabaseOpener", "Restore the latest backup, choose another file, create a new database, or quit.")
                : QCoreApplication::translate(
                    "DatabaseOpener",
                    "Choose another file (for example the latest backup), create a new database, or quit."));
        box.setDefaultButton(retry ? retry : restore ? restore : other);
        box.exec();
        if (box.clickedButton() == quit || box.clickedButton() == nullptr) {
            return nullptr;
        }
        if (connection && box.clickedButton() == connection) {
            if (const std::optional<ServerAddress> chosen
                = askForServer(*server,
                               QCoreApplication::translate("DatabaseOpener",
                                                           "The shared database on the office's server. Lotsen "
                                                           "remembers this address for the next start."))) {
                path = chosen->toUrl();
                password = chosen->password;
                AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, path);
            }
        } else if (restore && box.clickedButton() == restore) {
            // Nobody has logged in: the restore's entry in the access log names no account.
            RestoreDialog dialog(path);
            if (dialog.exec() == QDialog::Accepted) {
                database.reset(); // unlocked, so that the file can be replaced
                RestoreRunner::run(path, dialog.request(), nullptr);
            }
        } else if (box.clickedButton() == other) {
            const QString chosen = FileDialog::getOpenFileName(
                nullptr, QCoreApplication::translate("DatabaseOpener", "Open a Lotsen database"), path, filter);
            if (!chosen.isEmpty()) {
                path = chosen;
            }
        } else if (box.clickedButton() == create) {
            // DontConfirmOverwrite is not used: the dialog's question protects the file, and open() never overwrites.
            QString chosen = FileDialog::getSaveFileName(
                nullptr, QCoreApplication::translate("DatabaseOpener", "New Lotsen database"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/lotsen.lotsen"),
                filter);
            if (!chosen.isEmpty()) {
                if (!chosen.endsWith(QLatin1String(".lotsen"))) {
                    chosen += QStringLiteral(".lotsen");
                }
                path = chosen;
            }
        }
    }
}

} // namespace lotsen
