#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lotsen {

class Workspace;

// The first start on a new database: the centre's name and the first administrator account. Accepted means the
// account exists and the session is logged in as it; cancelling leaves the database without accounts.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartDialog(Workspace& workspace, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    void showError(const QString& message, QLineEdit* field);

    Workspace& m_workspace;
    QLineEdit* m_centreName = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace lotsen
