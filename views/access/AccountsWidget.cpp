#include "access/AccountsWidget.h"

#include "access/AccessDetail.h"
#include "access/AccountDialog.h"
#include "access/AccountListModel.h"
#include "core/Workspace.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lotsen {

AccountsWidget::AccountsWidget(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Staff accounts"), parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("accountsWidget"));
    auto* explanation = new QLabel(tr("Who can log in to Lotsen and what their role lets them see. An account that "
                                      "is no longer used is deactivated, not deleted: the access log refers to it."),
                                   this);
    explanation->setWordWrap(true);

    m_model = new AccountListModel(workspace.accounts(), workspace.staff(), this);
    m_model->setObjectName(QStringLiteral("model"));
    m_table = new QTableView(this);
    ElidedToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Names take the room; the short columns fit their content (header included), so nothing is cut off.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccountListModel::DisplayName, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(160);

    // Mnemonics clear of the menus (F, E, G, H) and of the mentors box above (A, R, D).
    m_new = new QPushButton(tr("&New account…"), this);
    m_new->setObjectName(QStringLiteral("newAccountButton"));
    m_edit = new QPushButton(tr("Change r&ole or access…"), this);
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_reset = new QPushButton(tr("Reset &password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggle = new QPushButton(tr("Deac&tivate"), this);
    m_toggle->setObjectName(QStringLiteral("accountActiveButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    auto* loadError = new ErrorLabel(QStringLiteral("accountsLoadError"), this);
    loadError->follow(m_model);
    layout->addWidget(loadError);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &AccountsWidget::newAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsWidget::editAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsWidget::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsWidget::toggleActive);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsWidget::editAccount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsWidget::updateButtons);

    Session& session = workspace.session();
    connect(&session, &Session::accessChanged, this, &AccountsWidget::updateVisibility);
    connect(&session, &Session::locked, this, &AccountsWidget::updateVisibility);
    updateVisibility();
    updateButtons();
}

void AccountsWidget::updateVisibility()
{
    // While locked nothing is allowed; keep the section as it was rather than flicker behind the lock screen.
    if (m_workspace.session().isLocked()) {
        return;
    }
    setVisible(m_workspace.session().allows(Permission::ManageAccounts));
}

qint64 AccountsWidget::currentAccountId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

void AccountsWidget::selectAccount(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

void AccountsWidget::updateButtons()
{
    const int row = m_model->rowOf(currentAccountId());
    const bool selected = row >= 0;
    m_edit->setEnabled(selected);
    m_reset->setEnabled(selected && m_model->account(row).active);
    m_toggle->setEnabled(selected);
    m_toggle->setText(selected && !m_model->account(row).active ? tr("Ac&tivate") : tr("Deac&tivate"));
}

AccountDialog* AccountsWidget::openDialog(int mode)
{
    const auto dialogMode = static_cast<AccountDialog::Mode>(mode);
    Account account;
    if (dialogMode != AccountDialog::Mode::Create) {
        const int row = m_model->rowOf(currentAccountId());
        if (row < 0) {
            return nullptr;
        }
        account = m_model->account(row);
    }
    auto* dialog = new AccountDialog(m_workspace, dialogMode, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialogMode == AccountDialog::Mode::Create) {
        connect(dialog, &QDialog::accepted, this, [this, dialog] { selectAccount(dialog->accountId()); });
    }
    dialog->open();
    return dialog;
}

AccountDialog* AccountsWidget::newAccount()
{
    return openDialog(int(AccountDialog::Mode::Create));
}

AccountDialog* AccountsWidget::editAccount()
{
    return openDialog(int(AccountDialog::Mode::Edit));
}

AccountDialog* AccountsWidget::resetPassword()
{
    return openDialog(int(AccountDialog::Mode::ResetPassword));
}

bool AccountsWidget::toggleActive()
{
    const int row = m_model->rowOf(currentAccountId());
    const std::optional<Account>& actor = m_workspace.session().account();
    if (row < 0 || !actor) {
        return false;
    }
    const Account account = m_model->account(row);
    if (account.active
        && MessageBox::question(this, tr("Deactivate account"),
                                tr("Deactivate the account %1? Its user can no longer log in. The account stays in "
                                   "the list and in the access log, and can be activated again.")
                                    .arg(account.username),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return false;
    }
    const Result<void> changed = m_workspace.session().loggedWrite(
        { AccessAction::ChangeAccount, 0,
          AccessDetail::encode(account.active ? AccessDetail::Code::AccountDeactivated
                                              : AccessDetail::Code::AccountActivated,
                               { QString::number(account.id) }) },
        [&](Session::LogEntry&) {
            return account.active ? m_workspace.accounts().deactivate(*actor, account.id)
                                  : m_workspace.accounts().activate(*actor, account.id);
        });
    if (!changed) {
        MessageBox::warning(this, account.active ? tr("Deactivate account") : tr("Activate account"),
                            changed.message());
        return false;
    }
    return true;
}

} // namespace lotsen
