#include "today/SnoozeDialog.h"

#include "core/Clock.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/ScreenFit.h"
#include "today/SnoozeRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lotsen {

SnoozeDialog::SnoozeDialog(Workspace& workspace, const AttentionItem& item, qint64 staffId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(item.youthId), m_staffId(staffId)
{
    setWindowTitle(tr("Snooze – %1").arg(item.fullName()));

    auto* explanation = new QLabel(tr("The reason leaves the Today list until the date you choose, and then comes "
                                      "back unless it has been resolved. Your explanation is kept in the youth's "
                                      "timeline."),
                                   this);
    explanation->setWordWrap(true);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("snoozeReason"));
    for (const AttentionCause& cause : item.causes) {
        m_reason->addItem(AttentionRules::describe(cause), static_cast<int>(cause.reason));
    }
    const QDate today = Clock::today();
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("snoozeUntil"));
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(today.addDays(1));
    m_until->setDate(today.addDays(7));
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("snoozeExplanation"));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setPlaceholderText(tr("Why can this wait? (required)"));
    m_error = new ErrorLabel(QStringLiteral("snoozeError"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Snooze"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("snoozeSave"));
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SnoozeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Saving stays impossible until something is written: the explanation is the point of a snooze.
    connect(m_explanation, &QPlainTextEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_explanation->toPlainText().trimmed().isEmpty()); });

    auto* form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Snooze &until:"), m_until);
    form->addRow(tr("&Explanation:"), m_explanation);
    form->addRow(m_error);
    form->addRow(buttons);
    m_explanation->setFocus();
    ScreenFit::resize(this, QSize(460, sizeHint().height()));
}

void SnoozeDialog::accept()
{
    const auto reason = static_cast<AttentionReason>(m_reason->currentData().toInt());
    const Result<void> result
        = m_workspace.snoozes().snooze(m_youthId, reason, m_until->date(), m_explanation->toPlainText(), m_staffId);
    if (!result) {
        m_error->setText(result.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace lotsen
