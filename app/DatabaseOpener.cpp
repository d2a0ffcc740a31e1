#include "DatabaseOpener.h"

#include "RestoreRunner.h"
#include "core/Database.h"
#include "lifecycle/RestoreDialog.h"
#include "shell/FileDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace lotsen {

QString DatabaseOpener::defaultPath()
{
    // AppLocalDataLocation: %LOCALAPPDATA% on Windows (never a roaming profile); ~/.local/share on Linux.
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/lotsen.lotsen");
}

std::unique_ptr<Database> DatabaseOpener::open(const QString& initialPath)
{
    QString path = initialPath;
    const QString filter = QCoreApplication::translate("DatabaseOpener", "Lotsen databases (*.lotsen);;All files (*)");
    for (;;) {
        auto database = std::make_unique<Database>();
        const Database::OpenResult result = database->open(path);
        if (result.ok()) {
            return database;
        }
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("DatabaseOpener", "Lotsen cannot open the database"),
                        result.message);
        QPushButton* retry = nullptr;
        if (result.status == Database::OpenStatus::Locked) {
            retry = box.addButton(QCoreApplication::translate("DatabaseOpener", "Try again"), QMessageBox::AcceptRole);
        }
        QPushButton* other = box.addButton(QCoreApplication::translate("DatabaseOpener", "Open another file…"),
                                           QMessageBox::ActionRole);
        // A damaged or unreadable file: the way out is the latest backup.
        QPushButton* restore = nullptr;
        if (result.status == Database::OpenStatus::Corrupt || result.status == Database::OpenStatus::NotLotsen
            || result.status == Database::OpenStatus::CannotOpen
            || result.status == Database::OpenStatus::MigrationFailed) {
            restore = box.addButton(QCoreApplication::translate("DatabaseOpener", "Restore from backup…"),
                                    QMessageBox::ActionRole);
            restore->setObjectName(QStringLiteral("restoreButton"));
        }
        QPushButton* create
            = box.addButton(QCoreApplication::translate("DatabaseOpener", "New database…"), QMessageBox::ActionRole);
        QPushButton* quit
            = box.addButton(QCoreApplication::translate("DatabaseOpener", "Quit"), QMessageBox::RejectRole);
        box.setInformativeText(
            restore ? QCoreApplication::translate(
                "DatabaseOpener", "Restore the latest backup, choose another file, create a new database, or quit.")
                    : QCoreApplication::translate(
                        "DatabaseOpener",
                        "Choose another file (for example the latest backup), create a new database, or quit."));
        box.setDefaultButton(retry ? retry : restore ? restore : other);
        box.exec();
        if (box.clickedButton() == quit || box.clickedButton() == nullptr) {
            return nullptr;
        }
        if (restore && box.clickedButton() == restore) {
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
