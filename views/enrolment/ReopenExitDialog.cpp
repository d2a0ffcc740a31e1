#include "enrolment/ReopenExitDialog.h"

#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "shell/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotsen {

ReopenExitDialog::ReopenExitDialog(Workspace& workspace, qint64 exitId, const QString& exitText, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_exitId(exitId)
{
    setWindowTitle(tr("Reopen exit"));
    auto* explanation = new QLabel(tr("Reopen the exit \"%1\"? The participation runs again and open follow-ups "
                                      "are cancelled. The exit stays in the timeline, struck out, with your name and "
                                      "the reason.")
                                       .arg(exitText),
                                   this);
    explanation->setWordWrap(true);
    auto* label = new QLabel(tr("&Why is it reopened?"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reopenReason"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    m_error = new ErrorLabel(QStringLiteral("reopenError"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reopen"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reopenOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReopenExitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

void ReopenExitDialog::accept()
{
    const Result<void> reopened = m_workspace.enrolments().reopen(m_exitId, m_reason->toPlainText());
    if (!reopened) {
        m_error->setText(reopened.message());
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lotsen
