#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace lotsen {

class Workspace;

// Reopens an exit made by mistake (coordinators): asks for the reason, which stays in the timeline with who and
// when; the exit is kept, struck out, and the period runs again.
class ReopenExitDialog : public QDialog
{
    Q_OBJECT

public:
    ReopenExitDialog(Workspace& workspace, qint64 exitId, const QString& exitText, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    qint64 m_exitId;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lotsen
