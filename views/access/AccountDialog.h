#pragma once

#include "access/Account.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lotsen {

class Workspace;

// Creates a staff account, changes an account's role, wider access and mentor record, or resets its password.
// Saves itself through AccountRepository as the logged-in administrator and writes each change to the access log;
// what the repository refuses is shown in the dialog, which then stays open.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, ResetPassword };

    // `account` is ignored for Create.
    AccountDialog(Workspace& workspace, Mode mode, const Account& account = {}, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 accountId() const { return m_account.id; }

public slots:
    // Validates and writes; true when everything was saved (the dialog is then accepted).
    bool save();

private:
    void updateHint();
    void showError(const QString& message);
    // The password fields' check; empty when the two agree and are long enough.
    QString passwordProblem() const;
    bool create();
    bool edit();
    bool resetPassword();

    Workspace& m_workspace;
    Mode m_mode;
    Account m_account;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_username = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_mentor = nullptr;
    QCheckBox* m_widerAccess = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lotsen
