#include "server/MoveToServerCommand.h"

#include "core/AppSettings.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "server/RegisterMover.h"
#include "server/ServerConnectionDialog.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QWidget>

namespace lotsen {

MoveToServerCommand::MoveToServerCommand(Workspace& workspace, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_action(new QAction(tr("&Move to a shared database…"), this))
{
    m_action->setObjectName(QStringLiteral("moveToServerAction"));
    m_action->setToolTip(tr("Copy the whole register to the office's database server and use it from now on "
                            "(administrators)"));
    // A register already on a server has nothing to move.
    m_action->setVisible(!m_workspace.database().isServer());
    connect(m_action, &QAction::triggered, this, &MoveToServerCommand::run);

    Session& session = m_workspace.session();
    connect(&session, &Session::loggedIn, this, &MoveToServerCommand::updateEnabled);
    connect(&session, &Session::loggedOut, this, &MoveToServerCommand::updateEnabled);
    connect(&session, &Session::locked, this, &MoveToServerCommand::updateEnabled);
    // Queued, as BackupCommand: after the main window has given back the actions its lock disabled.
    connect(&session, &Session::unlocked, this, &MoveToServerCommand::updateEnabled, Qt::QueuedConnection);
    updateEnabled();
}

void MoveToServerCommand::updateEnabled()
{
    m_action->setEnabled(!m_workspace.database().isServer()
                         && m_workspace.session().allows(Permission::ManageSettings));
}

bool MoveToServerCommand::run()
{
    if (!m_action->isEnabled()) {
        return false;
    }
    const QString title = tr("Move to a shared database");
    const QString filePath = m_workspace.database().path();
    const QString shownFile = QDir::toNativeSeparators(filePath);

    ServerConnectionDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setExplanation(
        tr("The whole register in %1 is copied to an empty database on the office's PostgreSQL server, set up "
           "beforehand with \"lotsen setup-server\". Log in with the database's owner role (lotsen_owner unless "
           "chosen otherwise): the program's own role may not write everything a move writes. The file is only "
           "read and stays as it is.")
            .arg(shownFile));
    ServerAddress suggested;
    suggested.database = QStringLiteral("lotsen");
    suggested.user = QStringLiteral("lotsen_owner");
    dialog.setAddress(suggested);
    // An empty database without tables gets its schema from the owner, as the move would give it anyway.
    dialog.setOpenMode(Database::Mode::ReadWrite);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const ServerAddress address = dialog.address();
    if (MessageBox::question(m_window, title,
                             tr("Copy the whole register from %1 to %2?\n\nFrom then on this PC uses the shared "
                                "database. The file is left as it is.")
                                 .arg(shownFile, address.shownName()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                             { { QMessageBox::Yes, tr("Move") } })
        != QMessageBox::Yes) {
        return false;
    }

    // The file is read on a connection of its own, read-only beside the program's (RegisterMover's contract).
    Database source;
    if (const Database::OpenResult opened = source.open(filePath, Database::Mode::ReadOnly); !opened.ok()) {
        MessageBox::warning(m_window, title, opened.message);
        return false;
    }
    Database target;
    if (const Database::OpenResult opened = target.openServer(address); !opened.ok()) {
        MessageBox::warning(m_window, title, opened.message);
        return false;
    }

    QProgressDialog progress(tr("Copying the register…"), QString(), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("moveProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    // No cancel button: the move is one transaction on the server, and stopping it half-way would keep nothing
    // anyway.
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.show();
    RegisterMover mover(source, target);
    mover.setProgress([&progress](const QString& table, qint64 rowsDone) {
        progress.setLabelText(tr("Copying %1: %n rows…", nullptr, int(std::min<qint64>(rowsDone, INT_MAX))).arg(table));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<RegisterMover::Outcome> outcome = mover.move();
    QApplication::restoreOverrideCursor();
    progress.close();
    if (!outcome) {
        MessageBox::warning(m_window, title, outcome.message());
        return false;
    }

    AppSettings::instance()->setValue(AppSettings::Key::LastDatabase, address.toUrl());
    QStringList counts;
    for (const RegisterMover::TableCount& table : outcome->tables) {
        if (table.rows > 0) {
            counts << tr("%1: %2").arg(table.table).arg(table.rows);
        }
    }
    MessageBox::information(
        m_window, title,
        tr("%n rows were copied to %1; the access log's chain was verified on the server (%2 entries).", nullptr,
           int(std::min<qint64>(outcome->rows, INT_MAX)))
                .arg(address.shownName())
                .arg(outcome->accessLogEntries)
            + QStringLiteral("\n\n") + counts.join(u'\n') + QStringLiteral("\n\n")
            + tr("From now on this PC uses the shared database. The file %1 is left untouched; keep it as a "
                 "backup, and do not enter anything more in it.")
                  .arg(shownFile));
    emit moved(address);
    return true;
}

} // namespace lotsen
