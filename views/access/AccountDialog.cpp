#include "access/AccountDialog.h"

#include "access/AccessDetail.h"
#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lotsen {

AccountDialog::AccountDialog(Workspace& workspace, Mode mode, const Account& account, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_mode(mode), m_account(mode == Mode::Create ? Account {} : account)
{
    setObjectName(QStringLiteral("accountDialog"));
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New account"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Change account"));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        break;
    }

    m_displayName = new QLineEdit(m_account.displayName, this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_username = new QLineEdit(m_account.username, this);
    m_username->setObjectName(QStringLiteral("username"));
    // The repository has no rename: the log's entries carry the username they were written with.
    m_displayName->setReadOnly(mode != Mode::Create);
    m_username->setReadOnly(mode != Mode::Create);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    const QList<Role> roles = Permissions::roles();
    for (Role role : roles) {
        m_role->addItem(Permissions::label(role), int(role));
    }
    m_role->setCurrentIndex(m_role->findData(int(m_account.role)));

    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("mentor"));
    const Result<void> staffRead
        = StaffChoice::fill(m_mentor, workspace.staff().all(), tr("(none)"), m_account.staffId);
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(m_account.staffId)));
    m_mentor->setToolTip(
        tr("The mentor record this account is: its user sees the sensitive notes of the youths they are mentor "
           "for."));

    m_widerAccess = new QCheckBox(tr("Wider access: every youth's sensitive notes"), this);
    m_widerAccess->setObjectName(QStringLiteral("widerAccess"));
    m_widerAccess->setChecked(m_account.widerAccess);
    // Coordinators and administrators see every youth's notes anyway; the box matters only for mentors.
    const auto updateWiderAccess = [this] {
        m_widerAccess->setEnabled(static_cast<Role>(m_role->currentData().toInt()) == Role::Mentor);
    };
    updateWiderAccess();
    connect(m_role, &QComboBox::currentIndexChanged, this, updateWiderAccess);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_hint->setWordWrap(true);

    m_error = new ErrorLabel(QStringLiteral("errorLabel"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_displayName);
    form->addRow(tr("Username:"), m_username);
    if (mode != Mode::ResetPassword) {
        form->addRow(tr("Role:"), m_role);
        form->addRow(tr("Mentor record:"), m_mentor);
        form->addRow(QString(), m_widerAccess);
    } else {
        m_role->hide();
        m_mentor->hide();
        m_widerAccess->hide();
    }
    if (mode != Mode::Edit) {
        form->addRow(mode == Mode::Create ? tr("Password:") : tr("New password:"), m_password);
        form->addRow(tr("Repeat password:"), m_repeat);
        form->addRow(QString(), m_hint);
        if (mode == Mode::ResetPassword) {
            auto* note = new QLabel(tr("The user must change this password at the next login."), this);
            note->setWordWrap(true);
            form->addRow(QString(), note);
        }
    } else {
        m_password->hide();
        m_repeat->hide();
        m_hint->hide();
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Create ? tr("Create account") : tr("Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    if (!staffRead) {
        m_error->setText(staffRead.message());
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &AccountDialog::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &AccountDialog::updateHint);
    updateHint();
}

void AccountDialog::updateHint()
{
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_hint->setText(tr("At least %n characters.", nullptr, PasswordHasher::MinimumLength));
        return;
    }
    const QString problem = passwordProblem();
    m_hint->setText(problem.isEmpty() ? PasswordHasher::strengthHint(password) : problem);
}

QString AccountDialog::passwordProblem() const
{
    if (m_password->text().size() < PasswordHasher::MinimumLength) {
        return tr("The password must have at least %n characters.", nullptr, PasswordHasher::MinimumLength);
    }
    if (m_password->text() != m_repeat->text()) {
        return tr("The two passwords are not the same.");
    }
    return {};
}

void AccountDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool AccountDialog::save()
{
    showError({});
    const std::optional<Account>& actor = m_workspace.session().account();
    if (!actor || !m_workspace.session().allows(Permission::ManageAccounts)) {
        showError(tr("Only an administrator can manage accounts."));
        return false;
    }
    bool ok = false;
    switch (m_mode) {
    case Mode::Create:
        ok = create();
        break;
    case Mode::Edit:
        ok = edit();
        break;
    case Mode::ResetPassword:
        ok = resetPassword();
        break;
    }
    if (ok) {
        accept();
    }
    return ok;
}

bool AccountDialog::create()
{
    if (m_displayName->text().trimmed().isEmpty() || m_username->text().trimmed().isEmpty()) {
        showError(tr("Fill in the name and the username."));
        return false;
    }
    if (const QString problem = passwordProblem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    Account account;
    account.displayName = m_displayName->text().trimmed();
    account.username = m_username->text().trimmed();
    account.role = static_cast<Role>(m_role->currentData().toInt());
    account.widerAccess = m_widerAccess->isChecked();
    account.staffId = m_mentor->currentData().toLongLong();
    const Result<void> created = m_workspace.session().loggedWrite(
        { AccessAction::ChangeAccount, 0, {} }, [&](Session::LogEntry& entry) -> Result<void> {
            if (Result<void> written
                = m_workspace.accounts().create(*m_workspace.session().account(), account, m_password->text());
                !written) {
                return written;
            }
            entry.detail = AccessDetail::encode(AccessDetail::Code::AccountCreated, { QString::number(account.id) });
            return success();
        });
    if (!created) {
        showError(created.message());
        return false;
    }
    m_account = account;
    return true;
}

bool AccountDialog::edit()
{
    const Account actor = *m_workspace.session().account();
    AccountRepository& accounts = m_workspace.accounts();
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    const bool widerAccess = m_widerAccess->isChecked();
    const qint64 staffId = m_mentor->currentData().toLongLong();
    const QString id = QString::number(m_account.id);
    // Every change and its log entry in one transaction: all of them, or none.
    const Result<void> edited = m_workspace.session().loggedWrites([&](QList<Session::LogEntry>& entries) {
        if (role != m_account.role) {
            if (Result<void> changed = accounts.setRole(actor, m_account.id, role); !changed) {
                return changed;
            }
            entries.append({ AccessAction::ChangeAccount, 0,
                             AccessDetail::encode(AccessDetail::Code::AccountRole, { Permissions::code(role), id }) });
        }
        if (widerAccess != m_account.widerAccess) {
            if (Result<void> changed = accounts.setWiderAccess(actor, m_account.id, widerAccess); !changed) {
                return changed;
            }
            entries.append(
                { AccessAction::ChangeAccount, 0,
                  AccessDetail::encode(
                      widerAccess ? AccessDetail::Code::WiderAccessOn : AccessDetail::Code::WiderAccessOff, { id }) });
        }
        if (staffId != m_account.staffId) {
            if (Result<void> changed = accounts.linkStaff(actor, m_account.id, staffId); !changed) {
                return changed;
            }
            entries.append(
                { AccessAction::ChangeAccount, 0, AccessDetail::encode(AccessDetail::Code::AccountMentor, { id }) });
        }
        return success();
    });
    if (!edited) {
        showError(edited.message());
        return false;
    }
    m_account.role = role;
    m_account.widerAccess = widerAccess;
    m_account.staffId = staffId;
    return true;
}

bool AccountDialog::resetPassword()
{
    if (const QString problem = passwordProblem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const Result<void> reset = m_workspace.session().loggedWrite(
        { AccessAction::ChangeAccount, 0,
          AccessDetail::encode(AccessDetail::Code::PasswordReset, { QString::number(m_account.id) }) },
        [&](Session::LogEntry&) {
            return m_workspace.accounts().resetPassword(*m_workspace.session().account(), m_account.id,
                                                        m_password->text());
        });
    if (!reset) {
        showError(reset.message());
        return false;
    }
    return true;
}

} // namespace lotsen
