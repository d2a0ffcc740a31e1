#include "partners/ReferralAnswerDialog.h"

#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/ReferralRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/ScreenFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace lotsen {

ReferralAnswerDialog::ReferralAnswerDialog(Workspace& workspace, const Referral& referral, qint64 staffId,
                                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_referral(referral), m_staffId(staffId)
{
    setWindowTitle(tr("Record answer – %1").arg(referral.organisationName));

    auto* summary = new QLabel(tr("Referral of %1 to %2")
                                   .arg(referral.sentOn.toString(Qt::ISODate),
                                        referral.personName.isEmpty()
                                            ? referral.organisationName
                                            : tr("%1 (%2)").arg(referral.organisationName, referral.personName)),
                               this);
    summary->setWordWrap(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("answerStatus"));
    for (ReferralStatus status : Vocabulary::referralStatuses()) {
        if (status != ReferralStatus::Sent) {
            m_status->addItem(Vocabulary::label(status), static_cast<int>(status));
        }
    }
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("answerDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    if (referral.sentOn.isValid()) {
        m_date->setMinimumDate(referral.sentOn);
    }
    m_date->setMaximumDate(std::max(Clock::today(), referral.sentOn));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("answerNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the partner answered, next steps (optional)"));
    m_error = new ErrorLabel(QStringLiteral("answerError"), this);

    // Changing an answer already recorded starts from it.
    const bool answered = referral.status != ReferralStatus::Sent;
    m_status->setCurrentIndex(answered ? std::max(0, m_status->findData(static_cast<int>(referral.status))) : 0);
    m_date->setDate(answered && referral.responseOn.isValid() ? referral.responseOn : Clock::today());
    m_note->setPlainText(referral.responseNote);

    auto* form = new QFormLayout(this);
    form->addRow(summary);
    form->addRow(tr("&Answer:"), m_status);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("answerSave"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &ReferralAnswerDialog::accept);
    m_status->setFocus();
    ScreenFit::resize(this, QSize(460, sizeHint().height()));
}

void ReferralAnswerDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ReferralAnswerDialog::accept()
{
    const auto status = static_cast<ReferralStatus>(m_status->currentData().toInt());
    const Result<qint64> result = m_workspace.referrals().recordResponse(m_referral.id, status, m_date->date(),
                                                                         m_note->toPlainText().trimmed(), m_staffId);
    if (!result.ok()) {
        showError(result.message());
        return;
    }
    QDialog::accept();
}

} // namespace lotsen
