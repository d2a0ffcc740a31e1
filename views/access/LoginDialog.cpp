#include "access/LoginDialog.h"

#include "access/AccountRepository.h"
#include "access/ChangePasswordDialog.h"
#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/ScreenFit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lotsen {

LoginDialog::LoginDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to Lotsen"));

    const QString centreName = workspace.centre().centreName();
    m_centre = new QLabel(centreName.isEmpty() ? tr("Log in with your Lotsen account.")
                                               : tr("Log in to Lotsen at %1.").arg(centreName),
                          this);
    m_centre->setWordWrap(true);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new ErrorLabel(QStringLiteral("loginError"), this);

    auto* form = new QFormLayout(this);
    form->addRow(m_centre);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_logIn = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(QStringLiteral("logInButton"));
    m_logIn->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("loginQuitButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_username->setFocus();
    ScreenFit::resize(this, QSize(400, sizeHint().height()));
}

void LoginDialog::accept()
{
    if (m_changePassword) {
        return;
    }
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    if (username.isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // checking the password takes a moment, on purpose
    const AccountRepository::AuthResult result = m_workspace.session().logIn(username, password);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        m_error->setText(result.message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    if (result.account.mustChangePassword) {
        askForNewPassword(password);
        return;
    }
    QDialog::accept();
}

void LoginDialog::askForNewPassword(const QString& currentPassword)
{
    m_changePassword = new ChangePasswordDialog(m_workspace, this);
    m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
    m_changePassword->setKnownCurrentPassword(currentPassword);
    connect(m_changePassword, &QDialog::finished, this, [this](int outcome) {
        m_changePassword = nullptr;
        if (outcome == QDialog::Accepted) {
            QDialog::accept();
            return;
        }
        // Without a password of one's own there is no way in: back to the login, logged out again.
        m_workspace.session().logOut();
        m_password->clear();
        m_error->setText(tr("Your password must be changed before you can use Lotsen."));
        m_error->show();
        m_password->setFocus();
    });
    m_changePassword->open();
}

} // namespace lotsen
