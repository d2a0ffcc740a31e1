#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lotsen {

class Workspace;

// The logged-in user changes their own password: the current one, the new one twice, with a live strength hint.
// Also shown right after a login with a password an administrator has reset, which must be changed first.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(Workspace& workspace, QWidget* parent = nullptr);

    // After a login with a reset password: the current password was just typed, so it is not asked again, and
    // the dialog says why a new one is needed.
    void setKnownCurrentPassword(const QString& password);

    // The hint shown under a new password (also used by the first-start dialog): the minimum length, then what
    // PasswordHasher::strengthHint suggests.
    static QString strengthText(const QString& password);

public slots:
    void accept() override;

private:
    void showError(const QString& message, QLineEdit* field);

    Workspace& m_workspace;
    QLabel* m_reason = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_change = nullptr;
};

} // namespace lotsen
