#include "core/BackupCommand.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/DatabaseBackup.h"
#include "core/Workspace.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QWidget>

namespace lotsen {

BackupCommand::BackupCommand(Workspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window), m_action(new QAction(tr("&Back up database…"), this))
{
    m_action->setObjectName(QStringLiteral("backupDatabaseAction"));
    m_action->setToolTip(tr("Write a copy of the whole database to a file (administrators)"));
    connect(m_action, &QAction::triggered, this, &BackupCommand::run);

    Session& session = m_workspace.session();
    connect(&session, &Session::loggedIn, this, &BackupCommand::updateEnabled);
    connect(&session, &Session::loggedOut, this, &BackupCommand::updateEnabled);
    connect(&session, &Session::locked, this, &BackupCommand::updateEnabled);
    // Queued: at an unlock the main window gives back the actions its lock disabled, also to another user who
    // took over; this decides after it, for the user who is logged in now.
    connect(&session, &Session::unlocked, this, &BackupCommand::updateEnabled, Qt::QueuedConnection);
    updateEnabled();
}

void BackupCommand::updateEnabled()
{
    m_action->setEnabled(m_workspace.session().allows(Permission::ManageBackups));
}

bool BackupCommand::run()
{
    const QString title = tr("Back up database");
    const QString suggested = DatabaseBackup::suggestedPath(m_workspace.database().path(), Clock::today());
    const QString path
        = FileDialog::getSaveFileName(m_window, title, suggested, tr("Lotsen databases (*.lotsen);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    DatabaseBackup backup(m_workspace.database(), m_workspace.accounts(), m_workspace.accessLog());
    // VACUUM INTO reads the whole file: a few seconds for a large register.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> written = backup.backUp(m_workspace.session().account().value_or(Account()), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(m_window, title, written.message());
        return false;
    }
    MessageBox::information(m_window, title,
                            tr("The database was backed up to %1.\n\nThe copy holds the same personal data as the "
                               "database: keep it where only you and other administrators can reach it.")
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace lotsen
