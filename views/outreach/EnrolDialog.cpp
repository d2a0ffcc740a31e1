#include "outreach/EnrolDialog.h"

#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "shell/ErrorLabel.h"
#include "shell/ReadCheck.h"
#include "youth/YouthRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace lotsen {

EnrolDialog::EnrolDialog(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId)
{
    // A read that fails leaves the dialog open with the reason shown and Enrol disabled.
    ReadCheck reads;
    const std::optional<Youth> youth = reads.take(workspace.youths().load(youthId));
    setWindowTitle(tr("Enrol – %1").arg(youth ? youth->fullName() : QString()));

    m_startDate = new QDateEdit(Clock::today(), this);
    m_startDate->setObjectName(QStringLiteral("enrolStartDate"));
    m_startDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_startDate->setCalendarPopup(true);
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("enrolMentor"));
    reads.add(StaffChoice::fill(m_mentor, workspace.staff().active(), tr("Choose a mentor")));
    // A prospect may already have a mentor doing the outreach; that mentor usually continues.
    if (youth && youth->mentorId != 0) {
        m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(QVariant::fromValue(youth->mentorId))));
    }
    m_error = new ErrorLabel(QStringLiteral("enrolError"), this);

    auto* form = new QFormLayout(this);
    auto* explanation = new QLabel(tr("The youth becomes an active participant from the start date."), this);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("&Start date:"), m_startDate);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Enrol"));
    ok->setObjectName(QStringLiteral("enrolOk"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (reads.failed()) {
        reads.report(m_error, ok);
    } else if (m_mentor->count() < 2) {
        showError(tr("There are no mentors yet. Add them under Settings first."));
        ok->setEnabled(false);
    }
    m_mentor->setFocus();
}

void EnrolDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void EnrolDialog::accept()
{
    const qint64 mentorId = m_mentor->currentData().toLongLong();
    if (mentorId == 0) {
        showError(tr("Choose the mentor who takes over."));
        m_mentor->setFocus();
        return;
    }
    Result<std::optional<Youth>> read = m_workspace.youths().load(m_youthId);
    if (!read.ok()) {
        showError(read.message());
        return;
    }
    std::optional<Youth>& youth = read.value();
    if (!youth) {
        showError(tr("This youth no longer exists in the database."));
        return;
    }
    if (youth->status != YouthStatus::Prospect) {
        showError(tr("This youth is no longer a prospect."));
        return;
    }
    youth->status = YouthStatus::Active;
    youth->startDate = m_startDate->date();
    youth->mentorId = mentorId;
    // save() writes the status and mentor changes to the timeline in the same transaction.
    const Result<qint64> result = m_workspace.youths().save(*youth);
    if (!result.ok()) {
        showError(result.message());
        return;
    }
    QDialog::accept();
}

} // namespace lotsen
