#include "partners/ParticipationDialog.h"

#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/InterventionRepository.h"
#include "partners/ParticipationModel.h"
#include "plans/PlanRepository.h"
#include "shell/ErrorLabel.h"
#include "shell/OptionalDateEdit.h"
#include "shell/ReadCheck.h"
#include "shell/ScreenFit.h"
#include "youth/YouthRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace lotsen {

namespace {

// Step descriptions can be long; the combo shows the start, the tooltip all of it.
QString shortened(const QString& text)
{
    const QString line = text.simplified();
    return line.size() > 70 ? line.left(68) + QStringLiteral(" …") : line;
}

} // namespace

ParticipationDialog::ParticipationDialog(Workspace& workspace, qint64 youthId, qint64 staffId,
                                         const Participation& existing, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_youthId(youthId), m_staffId(staffId), m_existing(existing)
{
    // A read that fails leaves the dialog open with the reason shown and Save disabled.
    ReadCheck reads;
    const std::optional<Youth> youth = reads.take(workspace.youths().load(youthId));
    const QString name = youth ? youth->fullName() : QString();
    const bool isNew = existing.id == 0;
    setWindowTitle(isNew ? tr("Add intervention – %1").arg(name) : tr("Change intervention – %1").arg(name));

    m_intervention = new QComboBox(this);
    m_intervention->setObjectName(QStringLiteral("participationIntervention"));
    const QList<Intervention> catalogue = reads.take(workspace.interventions().interventions(true));
    if (isNew) {
        m_intervention->addItem(tr("Choose an intervention"), QVariant::fromValue<qint64>(0));
    }
    for (const Intervention& intervention : catalogue) {
        // "Praktik (Arbetsförmedlingen)": the provider, unless it is the centre itself.
        m_intervention->addItem(intervention.providerName.isEmpty()
                                    ? intervention.name
                                    : tr("%1 (%2)").arg(intervention.name, intervention.providerName),
                                QVariant::fromValue(intervention.id));
        m_intervention->setItemData(
            m_intervention->count() - 1,
            Vocabulary::label(intervention.category)
                + (intervention.description.isEmpty() ? QString() : QStringLiteral("\n") + intervention.description),
            Qt::ToolTipRole);
    }
    // A participation stays with its intervention even after the catalogue entry was deactivated.
    if (!isNew && m_intervention->findData(QVariant::fromValue(existing.interventionId)) < 0) {
        m_intervention->addItem(tr("%1 (no longer offered)").arg(existing.interventionName),
                                QVariant::fromValue(existing.interventionId));
    }
    m_intervention->setCurrentIndex(
        std::max(0, m_intervention->findData(QVariant::fromValue(existing.interventionId))));

    m_start = new OptionalDateEdit(this);
    m_start->setObjectName(QStringLiteral("participationStart"));
    m_plannedEnd = new OptionalDateEdit(this);
    m_plannedEnd->setObjectName(QStringLiteral("participationPlannedEnd"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("participationStatus"));
    for (ParticipationStatus status : Vocabulary::participationStatuses()) {
        m_status->addItem(Vocabulary::label(status), static_cast<int>(status));
    }
    m_status->setToolTip(tr("Starting (ongoing) and ending (completed or interrupted) are written to the timeline."));
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("participationOutcome"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setPlaceholderText(tr("How it went, what it led to (optional)"));

    m_planStep = new QComboBox(this);
    m_planStep->setObjectName(QStringLiteral("participationPlanStep"));
    m_planStep->addItem(tr("None"), QVariant::fromValue<qint64>(0));
    const std::optional<ActionPlan> plan = reads.take(workspace.plans().current(youthId));
    if (plan) {
        for (const PlanStep& step : plan->steps) {
            m_planStep->addItem(shortened(step.description), QVariant::fromValue(step.id));
            m_planStep->setItemData(m_planStep->count() - 1, step.description, Qt::ToolTipRole);
        }
    }
    // A link to a step of an earlier plan version is kept, and shown as such.
    if (existing.planStepId != 0 && m_planStep->findData(QVariant::fromValue(existing.planStepId)) < 0) {
        const QString text = reads.take(ParticipationModel::planStepTexts(workspace.plans(), youthId))
                                 .value(existing.planStepId, tr("(step removed)"));
        m_planStep->addItem(shortened(text), QVariant::fromValue(existing.planStepId));
        m_planStep->setItemData(m_planStep->count() - 1, text, Qt::ToolTipRole);
    }
    if (m_planStep->count() == 1) {
        m_planStep->setEnabled(false);
        m_planStep->setToolTip(plan ? tr("The youth's action plan has no steps yet.")
                                    : tr("The youth has no action plan yet."));
    } else {
        m_planStep->setToolTip(tr("The step of the youth's current action plan that this intervention carries out."));
    }

    m_error = new ErrorLabel(QStringLiteral("participationError"), this);

    m_start->setOptionalDate(existing.startDate);
    m_plannedEnd->setOptionalDate(existing.plannedEnd);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(existing.status)));
    m_outcome->setPlainText(existing.outcome);
    m_planStep->setCurrentIndex(std::max(0, m_planStep->findData(QVariant::fromValue(existing.planStepId))));

    auto* form = new QFormLayout(this);
    if (catalogue.isEmpty() && isNew) {
        auto* empty = new QLabel(tr("The intervention catalogue has no active interventions yet. They are added on the "
                                    "Interventions & partners page."),
                                 this);
        empty->setObjectName(QStringLiteral("participationNoCatalogue"));
        empty->setWordWrap(true);
        form->addRow(empty);
    }
    form->addRow(tr("&Intervention:"), m_intervention);
    form->addRow(tr("&Start date:"), m_start);
    form->addRow(tr("Planned e&nd:"), m_plannedEnd);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Action-&plan step:"), m_planStep);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("participationSave"));
    form->addRow(buttons);
    reads.report(m_error, buttons->button(QDialogButtonBox::Save));
    connect(buttons, &QDialogButtonBox::accepted, this, &ParticipationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &ParticipationDialog::accept);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ParticipationDialog::statusChosen);

    // A new one starts at the intervention; a change usually is about the status or the outcome.
    if (isNew) {
        m_intervention->setFocus();
    } else {
        m_status->setFocus();
    }
    ScreenFit::resize(this, QSize(520, sizeHint().height()));
}

void ParticipationDialog::statusChosen()
{
    // Whoever marks it as started today need not also type today's date.
    const auto status = static_cast<ParticipationStatus>(m_status->currentData().toInt());
    if (status != ParticipationStatus::Proposed && !m_start->optionalDate().isValid()) {
        m_start->setOptionalDate(Clock::today());
    }
}

Participation ParticipationDialog::participation() const
{
    Participation participation = m_existing;
    participation.youthId = m_youthId;
    participation.interventionId = m_intervention->currentData().toLongLong();
    participation.startDate = m_start->optionalDate();
    participation.plannedEnd = m_plannedEnd->optionalDate();
    participation.status = static_cast<ParticipationStatus>(m_status->currentData().toInt());
    participation.outcome = m_outcome->toPlainText().trimmed();
    participation.planStepId = m_planStep->currentData().toLongLong();
    return participation;
}

QString ParticipationDialog::validate(const Participation& participation) const
{
    if (participation.interventionId == 0) {
        return tr("Choose the intervention.");
    }
    if (participation.status != ParticipationStatus::Proposed && !participation.startDate.isValid()) {
        return tr("Give the start date: with this status the participation has started.");
    }
    if (participation.startDate.isValid() && participation.plannedEnd.isValid()
        && participation.plannedEnd < participation.startDate) {
        return tr("The planned end (%1) is before the start (%2).")
            .arg(participation.plannedEnd.toString(Qt::ISODate), participation.startDate.toString(Qt::ISODate));
    }
    return {};
}

void ParticipationDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ParticipationDialog::accept()
{
    Participation entry = participation();
    const QString problem = validate(entry);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    const Result<qint64> result = m_workspace.interventions().saveParticipation(entry, m_staffId);
    if (!result.ok()) {
        showError(result.message());
        return;
    }
    m_savedId = entry.id != 0 ? entry.id : *result;
    QDialog::accept();
}

} // namespace lotsen
