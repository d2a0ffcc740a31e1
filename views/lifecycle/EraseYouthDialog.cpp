#include "lifecycle/EraseYouthDialog.h"

#include "access/Session.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "youth/YouthRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotsen {

EraseYouthDialog::EraseYouthDialog(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId), m_retention(workspace)
{
    setWindowTitle(tr("Erase personal data"));
    setObjectName(QStringLiteral("eraseYouthDialog"));
    auto* explanation = new QLabel(tr("The youth's name, personal number, contact details, address, notes, plan "
                                      "texts, network and the texts of consents and entries are erased now, for "
                                      "good. What the reports count stays, without a name. This cannot be undone, "
                                      "and the erasure is logged."),
                                   this);
    explanation->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("erasureReason"));
    m_reason->setAccessibleName(tr("Reason for the erasure"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. request received 2026-03-01, case no. 123 (no names)"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("erasurePassword"));
    m_password->setAccessibleName(tr("Your password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new ErrorLabel(QStringLiteral("erasureError"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_erase = buttons->button(QDialogButtonBox::Ok);
    m_erase->setText(tr("&Erase"));
    m_erase->setObjectName(QStringLiteral("erasureOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EraseYouthDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Why is the data erased?"), m_reason);
    form->addRow(tr("Confirm with your &password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Checked when the dialog opens, so that the administrator is told before writing a reason.
    m_allowed = workspace.session().allows(Permission::ManageRetention);
    if (!m_allowed) {
        m_error->setText(tr("Only an administrator may erase personal data."));
    } else if (const Result<bool> ongoing = m_retention.hasOngoingPeriod(youthId); !ongoing.ok()) {
        m_allowed = false;
        m_error->setText(ongoing.message());
    } else if (*ongoing) {
        m_allowed = false;
        m_error->setText(tr("This youth has an ongoing enrolment period. End it with an exit first; then the data "
                            "can be erased."));
    }
    m_error->setVisible(!m_allowed);
    m_reason->setEnabled(m_allowed);
    m_password->setEnabled(m_allowed);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EraseYouthDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &EraseYouthDialog::updateButton);
    updateButton();
    m_reason->setFocus();
}

void EraseYouthDialog::updateButton()
{
    m_erase->setEnabled(m_allowed && !m_reason->toPlainText().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void EraseYouthDialog::accept()
{
    if (!m_erase->isEnabled()) {
        return;
    }
    const Result<RetentionRepository::Outcome> outcome
        = m_retention.erase(m_youthId, m_password->text(), m_reason->toPlainText());
    m_password->clear();
    if (!outcome) {
        m_error->setText(outcome.message());
        m_error->show();
        m_password->setFocus();
        return;
    }
    if (!outcome->warnings.isEmpty()) {
        MessageBox::warning(this, windowTitle(), outcome->warnings.join(u'\n'));
    }
    emit erased(m_youthId);
    QDialog::accept();
}

QPushButton* EraseYouthDialog::createButton(Workspace& workspace, std::function<qint64()> youthId,
                                            std::function<void(qint64)> erased, QWidget* parent)
{
    auto* button = new QPushButton(tr("Erase personal data…"), parent);
    button->setObjectName(QStringLiteral("eraseYouthButton"));
    button->setToolTip(tr("Erase this youth's personal data on request (administrators)"));
    QObject::connect(button, &QPushButton::clicked, button, [&workspace, youthId, erased, button] {
        auto* dialog = new EraseYouthDialog(workspace, youthId(), button->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &EraseYouthDialog::erased, button, erased);
        dialog->open();
    });
    const auto update = [&workspace, youthId, button] {
        if (!workspace.session().isLocked()) {
            button->setVisible(workspace.session().allows(Permission::ManageRetention) && youthId() != 0);
        }
    };
    QObject::connect(&workspace.session(), &Session::accessChanged, button, update);
    QObject::connect(&workspace.youths(), &YouthRepository::youthSaved, button, update);
    update();
    return button;
}

} // namespace lotsen
