#include "DatabaseOpener.h"

#include "core/Database.h"
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
        box.setInformativeText(QCoreApplication::translate(
            "DatabaseOpener", "Choose another file (for example the latest backup), create a new database, or quit."));
        QPushButton* retry = nullptr;
        if (result.status == Database::OpenStatus::Locked) {
            retry = box.addButton(QCoreApplication::translate("DatabaseOpener", "Try again"), QMessageBox::AcceptRole);
        }
        QPushButton* other = box.addButton(QCoreApplication::translate("DatabaseOpener", "Open another file…"),
                                           QMessageBox::ActionRole);
        QPushButton* create
            = box.addButton(QCoreApplication::translate("DatabaseOpener", "New database…"), QMessageBox::ActionRole);
        QPushButton* quit
            = box.addButton(QCoreApplication::translate("DatabaseOpener", "Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(retry ? retry : other);
        box.exec();
        if (box.clickedButton() == quit || box.clickedButton() == nullptr) {
            return nullptr;
        }
        if (box.clickedButton() == other) {
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
