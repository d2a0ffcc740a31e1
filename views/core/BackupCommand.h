#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace lotsen {

class Workspace;

// File → Back up database…: an administrator writes a checked, owner-only copy of the open database to a file of
// their choosing (DatabaseBackup). The action is enabled only for those whose role allows backups.
class BackupCommand : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs and of this object.
    BackupCommand(Workspace& workspace, QWidget* window);

    QAction* action() const { return m_action; }
    // Asks for the file, writes the copy and says how it went. True when a backup was written.
    bool run();

private:
    void updateEnabled();

    Workspace& m_workspace;
    QWidget* m_window;
    QAction* m_action;
};

} // namespace lotsen
