#include "access/FirstStartDialog.h"

#include "access/Account.h"
#include "access/AccountRepository.h"
#include "access/ChangePasswordDialog.h"
#include "access/PasswordHasher.h"
#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "shell/ScreenFit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lotsen {

FirstStartDialog::FirstStartDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to Lotsen"));

    auto* intro = new QLabel(tr("This database is new. Enter your centre's name and create the first administrator "
                                "account: it can create accounts for the rest of the staff afterwards."),
                             this);
    intro->setWordWrap(true);
    const auto lineEdit = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_centreName = lineEdit("centreName");
    // Empty rather than the built-in default, so that the centre's own name is typed in (it heads every printout).
    m_centreName->setPlaceholderText(tr("e.g. Mötesplats Hisingen"));
    m_displayName = lineEdit("adminDisplayName");
    m_displayName->setPlaceholderText(tr("First and last name"));
    m_username = lineEdit("adminUsername");
    m_username->setPlaceholderText(tr("What you type to log in, e.g. your first name"));
    m_password = lineEdit("adminPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = lineEdit("adminRepeatPassword");
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(ChangePasswordDialog::strengthText(QString()), this);
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setWordWrap(true);
    m_error = new ErrorLabel(QStringLiteral("firstStartError"), this);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Centre's name:"), m_centreName);
    form->addRow(tr("&Your name:"), m_displayName);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_strength);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create &administrator"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createAdministratorButton"));
    m_create->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("firstStartQuitButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& password) { m_strength->setText(ChangePasswordDialog::strengthText(password)); });
    m_centreName->setFocus();
    ScreenFit::resize(this, QSize(480, sizeHint().height()));
}

void FirstStartDialog::showError(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void FirstStartDialog::accept()
{
    const QString centreName = m_centreName->text().trimmed();
    if (centreName.isEmpty()) {
        showError(tr("Enter the centre's name; it is printed on plans and lists."), m_centreName);
        return;
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        showError(tr("Enter your name."), m_displayName);
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Choose a user name."), m_username);
        return;
    }
    const QString password = m_password->text();
    if (password.size() < PasswordHasher::MinimumLength) {
        showError(tr("The password must have at least %1 characters.").arg(PasswordHasher::MinimumLength), m_password);
        return;
    }
    if (password != m_repeat->text()) {
        showError(tr("The two passwords differ. Type the same password twice."), m_repeat);
        return;
    }

    Account account;
    account.displayName = m_displayName->text().trimmed();
    account.username = m_username->text().trimmed();
    account.role = Role::Administrator;
    QApplication::setOverrideCursor(Qt::WaitCursor); // hashing takes a moment
    const Result<void> created = m_workspace.accounts().createFirstAdministrator(account, password);
    QApplication::restoreOverrideCursor();
    if (!created) {
        showError(created.message(), nullptr);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AccountRepository::AuthResult result = m_workspace.session().logIn(account.username, password);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        showError(result.message, nullptr);
        return;
    }
    // Saved as the new administrator, so that the access log says who named the centre.
    if (const Result<void> named = m_workspace.centre().setValue(CentreSettings::Key::CentreName, centreName); !named) {
        // The account exists now; the name can be set again on the Settings page.
        MessageBox::warning(
            this, tr("Centre name not saved"),
            tr("The centre's name could not be saved: %1. It can be set on the Settings page.").arg(named.message()));
    }
    QDialog::accept();
}

} // namespace lotsen
