#pragma once

#include "core/Database.h"
#include "core/ServerAddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lotsen {

// Where the shared database is (issue 17): host, port, database, user, password and TLS mode, with a test of the
// connection. OK connects first (unless the same values were just tested), so an accepted dialog always names a
// database Lotsen can open; the password is kept on this PC (ServerCredentials) when the user wants.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectionDialog(QWidget* parent = nullptr);

    // Prefills every field, the password too when the address has one.
    void setAddress(const ServerAddress& address);
    // With the password.
    ServerAddress address() const;
    // A paragraph above the fields: what this connection is for.
    void setExplanation(const QString& text);
    // How the test opens the database: ReadWriteExisting (the default) refuses a database without Lotsen's
    // schema; ReadWrite lets an owner account give an empty one its schema, as a move needs.
    void setOpenMode(Database::Mode mode) { m_openMode = mode; }
    bool rememberPassword() const;

    // Opens the database on a temporary connection and shows the outcome below the fields.
    bool testConnection();

public slots:
    void accept() override;

private:
    bool isComplete() const;
    void fieldsChanged();
    void followHost();
    void showStatus(const QString& text, bool ok);

    QLabel* m_explanation = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_sslMode = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    Database::Mode m_openMode = Database::Mode::ReadWriteExisting;
    // The TLS mode follows the host until the user picks one.
    bool m_sslChosen = false;
    // The URL last tested successfully (with its password): OK need not connect again.
    QString m_testedUrl;
    QString m_testedPassword;
};

} // namespace lotsen
