#pragma once

#include "core/ServerAddress.h"

#include <QObject>

class QAction;
class QWidget;

namespace lotsen {

class Workspace;

// File › Move to a shared database… (issue 17 §4): an administrator copies the open file's whole register into an
// empty database on the office's server (RegisterMover), after which this PC uses the server. The file itself is
// only read and stays as it is. Offered only while a file (not a server) is open.
class MoveToServerCommand : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs and of this object.
    MoveToServerCommand(Workspace& workspace, QWidget* window);

    QAction* action() const { return m_action; }
    // Asks for the server, confirms, moves and says how it went. True when the register was moved.
    bool run();

signals:
    // The register is on the server now and AppSettings names it; `address` holds the password, so that the
    // program can switch to it at once.
    void moved(const lotsen::ServerAddress& address);

private:
    void updateEnabled();

    Workspace& m_workspace;
    QWidget* m_window;
    QAction* m_action;
};

} // namespace lotsen
