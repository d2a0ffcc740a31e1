#pragma once

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace lotsen {

class AccountDialog;
class AccountListModel;
class Workspace;

// The staff accounts section of the Settings page: the accounts, and creating, changing, resetting the password of,
// deactivating and activating them (never deleting: the access log refers to them). Shown only while the session
// may manage accounts.
class AccountsWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit AccountsWidget(Workspace& workspace, QWidget* parent = nullptr);

    qint64 currentAccountId() const;
    void selectAccount(qint64 id);

public slots:
    // The dialogs open window-modal and save themselves.
    AccountDialog* newAccount();
    AccountDialog* editAccount();
    AccountDialog* resetPassword();
    bool toggleActive();
    // Shows or hides the section after a login, an unlock or another user.
    void updateVisibility();

private:
    AccountDialog* openDialog(int mode);
    void updateButtons();

    Workspace& m_workspace;
    AccountListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_toggle = nullptr;
};

} // namespace lotsen
