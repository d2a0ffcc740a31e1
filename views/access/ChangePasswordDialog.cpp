#include "access/ChangePasswordDialog.h"

#include "access/AccessLog.h"
#include "access/AccountRepository.h"
#include "access/PasswordHasher.h"
#include "access/Session.h"
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

ChangePasswordDialog::ChangePasswordDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("changePasswordReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    const auto passwordEdit = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_current = passwordEdit("currentPassword");
    m_new = passwordEdit("newPassword");
    m_repeat = passwordEdit("repeatPassword");
    m_strength = new QLabel(strengthText(QString()), this);
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setWordWrap(true);
    m_error = new ErrorLabel(QStringLiteral("changePasswordError"), this);

    auto* form = new QFormLayout(this);
    form->addRow(m_reason);
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), m_strength);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QLineEdit::textChanged, this,
            [this](const QString& password) { m_strength->setText(strengthText(password)); });
    m_current->setFocus();
    ScreenFit::resize(this, QSize(440, sizeHint().height()));
}

void ChangePasswordDialog::setKnownCurrentPassword(const QString& password)
{
    m_current->setText(password);
    if (auto* form = qobject_cast<QFormLayout*>(layout())) {
        form->setRowVisible(m_current, false);
    }
    m_reason->setText(tr("Your password was set by an administrator. Choose a new one that only you know before "
                         "you continue."));
    m_reason->show();
    m_new->setFocus();
}

QString ChangePasswordDialog::strengthText(const QString& password)
{
    if (password.isEmpty()) {
        return tr("At least %1 characters; a passphrase of a few words is easy to remember.")
            .arg(PasswordHasher::MinimumLength);
    }
    const QString hint = PasswordHasher::strengthHint(password);
    return hint.isEmpty() ? tr("Strong enough.") : hint;
}

void ChangePasswordDialog::showError(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void ChangePasswordDialog::accept()
{
    Session& session = m_workspace.session();
    if (!session.account()) {
        showError(tr("Nobody is logged in."), nullptr);
        return;
    }
    const QString password = m_new->text();
    if (password.size() < PasswordHasher::MinimumLength) {
        showError(tr("The new password must have at least %1 characters.").arg(PasswordHasher::MinimumLength), m_new);
        return;
    }
    if (password != m_repeat->text()) {
        showError(tr("The two new passwords differ. Type the same password twice."), m_repeat);
        return;
    }
    const Account account = *session.account();
    QApplication::setOverrideCursor(Qt::WaitCursor); // hashing takes a moment
    const Result<void> changed = session.loggedWrite({ AccessAction::ChangePassword, 0, {} }, [&](Session::LogEntry&) {
        return m_workspace.accounts().changePassword(account, account.id, m_current->text(), password);
    });
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showError(changed.message(), m_current->isVisibleTo(this) ? m_current : m_new);
        return;
    }
    session.reloadAccount();
    QDialog::accept();
}

} // namespace lotsen
