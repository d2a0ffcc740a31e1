#include "outreach/EnrolDialog.h"

#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EntrySituationForm.h"
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
    const bool again = youth && youth->status == YouthStatus::Exited;
    setWindowTitle((again ? tr("Re-enrol – %1") : tr("Enrol – %1")).arg(youth ? youth->fullName() : QString()));

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
    m_referralSource = new QComboBox(this);
    m_referralSource->setObjectName(QStringLiteral("enrolReferralSource"));
    for (ReferralSource source : Vocabulary::referralSources()) {
        m_referralSource->addItem(Vocabulary::label(source), static_cast<int>(source));
    }
    if (youth) {
        m_referralSource->setCurrentIndex(
            std::max(0, m_referralSource->findData(static_cast<int>(youth->referralSource))));
    }
    m_entry = new EntrySituationForm(youth ? youth->birthDate : QDate(),
                                     workspace.centre().collectsSensitiveCharacteristics(), this);
    m_entry->setObjectName(QStringLiteral("enrolEntrySituation"));
    connect(m_startDate, &QDateEdit::dateChanged, m_entry, &EntrySituationForm::setReferenceDate);
    m_error = new ErrorLabel(QStringLiteral("enrolError"), this);

    auto* form = new QFormLayout(this);
    auto* explanation = new QLabel(again ? tr("A new participation period starts. The earlier periods, plans and "
                                              "history stay on the card.")
                                         : tr("The youth becomes an active participant from the start date."),
                                   this);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("&Start date:"), m_startDate);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(tr("&Referred by:"), m_referralSource);
    auto* situation = new QLabel(tr("<b>Situation at entry</b> (\"Not known\" is a fine answer; it can be "
                                    "changed later)"),
                                 this);
    situation->setWordWrap(true);
    form->addRow(situation);
    form->addRow(m_entry);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(again ? tr("&Re-enrol") : tr("&Enrol"));
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
    EnrolmentRepository::Enrolment enrolment;
    enrolment.startDate = m_startDate->date();
    enrolment.mentorId = mentorId;
    enrolment.referralSource = static_cast<ReferralSource>(m_referralSource->currentData().toInt());
    enrolment.entry = m_entry->situation();
    // One transaction: the period, the youth's status, start date and mentor (and the mentor change in the timeline).
    const Result<qint64> result = m_workspace.enrolments().enrol(m_youthId, enrolment);
    if (!result.ok()) {
        showError(result.message());
        return;
    }
    QDialog::accept();
}

} // namespace lotsen
