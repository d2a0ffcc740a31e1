#include "enrolment/ExitDialog.h"

#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "partners/PartnerRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/ReadCheck.h"
#include "youth/YouthRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lotsen {

ExitDialog::ExitDialog(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId)
{
    ReadCheck reads;
    const std::optional<Youth> youth = reads.take(workspace.youths().load(youthId));
    const QList<EnrolmentPeriod> periods = reads.take(workspace.enrolments().periods(youthId));
    const EnrolmentRepository::OpenWork work = reads.take(workspace.enrolments().openWork(youthId));
    const QList<PartnerOrganisation> partners = reads.take(workspace.partners().organisations(true));
    setWindowTitle(tr("Exit – %1").arg(youth ? youth->fullName() : QString()));

    QDate start;
    for (const EnrolmentPeriod& period : periods) {
        if (period.isOpen()) {
            start = period.startDate;
        }
    }

    m_exitDate = new QDateEdit(Clock::today(), this);
    m_exitDate->setObjectName(QStringLiteral("exitDate"));
    m_exitDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_exitDate->setCalendarPopup(true);
    m_exitDate->setMaximumDate(Clock::today());
    if (start.isValid()) {
        m_exitDate->setMinimumDate(std::min(start, Clock::today()));
    }
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("exitReason"));
    m_reason->addItem(tr("Choose the reason"), -1);
    for (ExitReason reason : EnrolmentVocabulary::all<ExitReason>()) {
        if (reason != ExitReason::NotRecorded) {
            m_reason->addItem(EnrolmentVocabulary::label(reason), static_cast<int>(reason));
        }
    }
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("exitPartner"));
    m_partner->addItem(tr("Choose the actor"), 0);
    for (const PartnerOrganisation& partner : partners) {
        m_partner->addItem(partner.name, partner.id);
    }
    m_reasonText = new QLineEdit(this);
    m_reasonText->setObjectName(QStringLiteral("exitReasonText"));
    m_reasonText->setMaxLength(2000);
    m_situation = new QComboBox(this);
    m_situation->setObjectName(QStringLiteral("exitSituation"));
    for (Situation situation : EnrolmentVocabulary::all<Situation>()) {
        m_situation->addItem(EnrolmentVocabulary::label(situation), static_cast<int>(situation));
    }
    m_situation->setCurrentIndex(m_situation->findData(static_cast<int>(Situation::NotKnown)));
    m_studyType = new QComboBox(this);
    m_studyType->setObjectName(QStringLiteral("exitStudyType"));
    for (StudyType type : EnrolmentVocabulary::all<StudyType>()) {
        m_studyType->addItem(EnrolmentVocabulary::label(type), static_cast<int>(type));
    }
    m_qualification = new QComboBox(this);
    m_qualification->setObjectName(QStringLiteral("exitQualification"));
    m_qualification->addItem(tr("Not known"), -1);
    m_qualification->addItem(tr("No"), 0);
    m_qualification->addItem(tr("Yes"), 1);
    m_qualificationText = new QLineEdit(this);
    m_qualificationText->setObjectName(QStringLiteral("exitQualificationText"));
    m_qualificationText->setPlaceholderText(tr("Which: e.g. grades in Swedish, a forklift licence"));
    m_qualificationText->setMaxLength(2000);
    m_followUpConsent = new QCheckBox(tr("The youth agrees to be contacted for follow-up"), this);
    m_followUpConsent->setObjectName(QStringLiteral("exitFollowUpConsent"));
    m_followUpConsent->setChecked(true);
    const QStringList offsets = workspace.centre().followUpOffsets();
    QStringList offsetNames;
    for (const QString& offset : offsets) {
        offsetNames << EnrolmentVocabulary::offsetLabel(offset);
    }
    m_followUpConsent->setToolTip(
        tr("Follow-ups are then due %1 after the exit date.").arg(QLocale().createSeparatedList(offsetNames)));

    auto* content = new QWidget(this);
    m_form = new QFormLayout(content);
    m_form->addRow(tr("E&xit date:"), m_exitDate);
    m_form->addRow(tr("&Reason:"), m_reason);
    m_form->addRow(tr("&Handed over to:"), m_partner);
    m_form->addRow(tr("&Describe:"), m_reasonText);
    m_form->addRow(tr("&Situation at exit:"), m_situation);
    m_form->addRow(tr("&Type of studies:"), m_studyType);
    m_form->addRow(tr("&Qualification gained:"), m_qualification);
    m_form->addRow(tr("&Which:"), m_qualificationText);
    m_form->addRow(m_followUpConsent);

    if (!work.steps.isEmpty() || !work.participations.isEmpty()) {
        auto* open = new QGroupBox(tr("Open work: what became of it?"), content);
        auto* openLayout = new QFormLayout(open);
        for (const EnrolmentRepository::OpenItem& step : work.steps) {
            QComboBox* combo = outcomeCombo(QStringLiteral("exitStep%1").arg(step.id), tr("Done"), tr("Cancelled"));
            const QString text = step.text.isEmpty() ? tr("(step without description)") : step.text;
            auto* label = new QLabel(tr("Step: %1").arg(text), open);
            label->setWordWrap(true);
            openLayout->addRow(label, combo);
            m_steps.append({ step.id, combo });
        }
        for (const EnrolmentRepository::OpenItem& participation : work.participations) {
            QComboBox* combo = outcomeCombo(QStringLiteral("exitParticipation%1").arg(participation.id),
                                            tr("Completed"), tr("Interrupted"));
            auto* label = new QLabel(tr("Intervention: %1").arg(participation.text), open);
            label->setWordWrap(true);
            openLayout->addRow(label, combo);
            m_participations.append({ participation.id, combo });
        }
        m_form->addRow(open);
    }
    if (!work.referrals.isEmpty()) {
        QStringList names;
        for (const EnrolmentRepository::OpenItem& referral : work.referrals) {
            names << tr("%1 (sent %2)").arg(referral.text, referral.date.toString(Qt::ISODate));
        }
        auto* referrals = new QLabel(tr("Referrals still waiting for an answer: %1. They stay open; record the "
                                        "answers when they come.")
                                         .arg(names.join(QStringLiteral(", "))),
                                     content);
        referrals->setObjectName(QStringLiteral("exitOpenReferrals"));
        referrals->setWordWrap(true);
        m_form->addRow(referrals);
    }
    auto* frozen = new QLabel(tr("The current action plan version is frozen at the exit."), content);
    frozen->setWordWrap(true);
    m_form->addRow(frozen);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_error = new ErrorLabel(QStringLiteral("exitError"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("E&xit"));
    ok->setObjectName(QStringLiteral("exitOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &ExitDialog::updateState);
    connect(m_situation, &QComboBox::currentIndexChanged, this, &ExitDialog::updateState);
    connect(m_qualification, &QComboBox::currentIndexChanged, this, &ExitDialog::updateState);
    updateState();
    if (reads.failed()) {
        reads.report(m_error, ok);
    } else if (!start.isValid()) {
        showError(youth && youth->status == YouthStatus::Exited
                      ? tr("This youth has already exited.")
                      : tr("This youth has never been enrolled, so there is no participation to end."));
        ok->setEnabled(false);
    }
    resize(640, 620);
    m_reason->setFocus();
}

QComboBox* ExitDialog::outcomeCombo(const QString& objectName, const QString& completed, const QString& interrupted)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(tr("Choose"), -1);
    combo->addItem(completed, 1);
    combo->addItem(interrupted, 0);
    return combo;
}

void ExitDialog::updateState()
{
    const auto reason = static_cast<ExitReason>(m_reason->currentData().toInt());
    const bool chosen = m_reason->currentData().toInt() >= 0;
    m_form->setRowVisible(m_partner, chosen && reason == ExitReason::HandedOver);
    m_form->setRowVisible(m_reasonText, chosen && (reason == ExitReason::Other || reason == ExitReason::HandedOver));
    m_form->setRowVisible(m_studyType,
                          static_cast<Situation>(m_situation->currentData().toInt()) == Situation::Studies);
    m_form->setRowVisible(m_qualificationText, m_qualification->currentData().toInt() == 1);
    // Registered in error: no follow-ups and no result; the checkbox says so by being off and disabled.
    const bool inError = chosen && reason == ExitReason::InError;
    m_followUpConsent->setEnabled(!inError);
    if (inError) {
        m_followUpConsent->setChecked(false);
    }
}

void ExitDialog::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
    }
}

void ExitDialog::accept()
{
    if (m_reason->currentData().toInt() < 0) {
        showError(tr("Choose the reason for the exit."), m_reason);
        return;
    }
    ExitInput exit;
    exit.exitDate = m_exitDate->date();
    exit.reason = static_cast<ExitReason>(m_reason->currentData().toInt());
    exit.reasonText = m_reasonText->text();
    exit.partnerOrgId = m_partner->currentData().toLongLong();
    exit.situation = static_cast<Situation>(m_situation->currentData().toInt());
    exit.studyType = static_cast<StudyType>(m_studyType->currentData().toInt());
    const int qualification = m_qualification->currentData().toInt();
    if (qualification >= 0) {
        exit.qualification = qualification == 1;
    }
    exit.qualificationText = m_qualificationText->text();
    exit.followUpConsent = m_followUpConsent->isChecked();
    for (const auto& [id, combo] : std::as_const(m_steps)) {
        if (combo->currentData().toInt() < 0) {
            showError(tr("Say for each open step whether it was done or cancelled."), combo);
            return;
        }
        exit.steps.append({ id, combo->currentData().toInt() == 1 });
    }
    for (const auto& [id, combo] : std::as_const(m_participations)) {
        if (combo->currentData().toInt() < 0) {
            showError(tr("Say for each open intervention whether it was completed or interrupted."), combo);
            return;
        }
        exit.participations.append({ id, combo->currentData().toInt() == 1 });
    }
    const Result<qint64> done = m_workspace.enrolments().exit(m_youthId, exit, m_workspace.centre().followUpOffsets());
    if (!done.ok()) {
        const QString field = done.error().field;
        QWidget* widget = nullptr;
        if (field == QLatin1String("exitDate")) {
            widget = m_exitDate;
        } else if (field == QLatin1String("reasonText")) {
            widget = m_reasonText;
        } else if (field == QLatin1String("partner")) {
            widget = m_partner;
        } else if (field == QLatin1String("qualificationText")) {
            widget = m_qualificationText;
        } else if (field == QLatin1String("reason")) {
            widget = m_reason;
        }
        showError(done.message(), widget);
        return;
    }
    m_exitId = done.value();
    QDialog::accept();
}

} // namespace lotsen
