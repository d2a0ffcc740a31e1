#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace lotsen {

class Session;

// What the main window shows instead of its pages while the session is locked: whose session it is, a password
// field to unlock, and a login for another user. Shows no personal data about youths.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(Session& session, QWidget* parent = nullptr);

    // Fresh for a new lock: the user's name, empty fields, no error, the keyboard in the password field.
    void prepare();

    QLineEdit* passwordField() const { return m_password; }
    // Whether the locked session has unsaved edits, which a login as another user discards (for the access log).
    void setUnsavedEditsCheck(std::function<bool()> check) { m_unsavedEdits = std::move(check); }

public slots:
    void unlock();
    void switchUser();
    void showSwitchUser(bool show);

private:
    void showError(const QString& message);

    Session& m_session;
    std::function<bool()> m_unsavedEdits;
    QLabel* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_showSwitch = nullptr;
    QWidget* m_switchBox = nullptr;
    QLineEdit* m_switchUsername = nullptr;
    QLineEdit* m_switchPassword = nullptr;
    QPushButton* m_switchLogIn = nullptr;
};

} // namespace lotsen
