#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lotsen {

class ChangePasswordDialog;
class Workspace;

// The login at every start of a database that has accounts: user name and password. A wrong password keeps the
// dialog open with the reason (and the wait after repeated failures); a password an administrator has reset is
// changed in ChangePasswordDialog before Lotsen continues. Accepted means the session is logged in.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Workspace& workspace, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    void askForNewPassword(const QString& currentPassword);

    Workspace& m_workspace;
    QLabel* m_centre = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_logIn = nullptr;
    ChangePasswordDialog* m_changePassword = nullptr;
};

} // namespace lotsen
