#include "youth/YouthCard.h"

#include "access/WhoOpenedDialog.h"
#include "consent/NetworkTab.h"
#include "contacts/TimelineTab.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentTab.h"
#include "lifecycle/EraseYouthDialog.h"
#include "lifecycle/RegisterExtractCommand.h"
#include "partners/InterventionsTab.h"
#include "plans/ActionPlanTab.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/PersonalNumber.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lotsen {

YouthCard::YouthCard(Workspace& workspace, qint64 youthId, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading = new QLabel(this);
    m_subheading->setObjectName(QStringLiteral("cardSubheading"));

    m_personalData = new PersonalDataForm(workspace, this);
    m_personalData->load(youthId);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    // Six tabs and the corner button must not widen the window past a 1366-pixel screen: scroll rather than grow.
    m_tabs->setUsesScrollButtons(true);
    // "Who has looked at this youth?" from the access log, for those who may view it.
    m_tabs->setCornerWidget(WhoOpenedDialog::createButton(
        workspace, [this] { return this->youthId(); }, m_tabs));
    m_tabs->addTab(m_personalData, tr("Personal data"));
    m_actionPlan = new ActionPlanTab(workspace, youthId, this);
    m_actionPlan->setObjectName(QStringLiteral("actionPlanTab"));
    m_tabs->addTab(m_actionPlan, tr("Action plan"));
    m_timeline = new TimelineTab(workspace, youthId, this);
    m_timeline->setObjectName(QStringLiteral("timelineTab"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    // A plan and a timeline belong to a saved youth.
    m_tabs->setTabEnabled(m_tabs->indexOf(m_actionPlan), youthId != 0);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_timeline), youthId != 0);
    // Interventions and referrals belong to a saved youth as well.
    auto* interventions = new InterventionsTab(workspace, youthId, this);
    m_tabs->addTab(interventions, tr("Interventions"));
    m_tabs->setTabEnabled(m_tabs->indexOf(interventions), youthId != 0);
    connect(m_personalData, &PersonalDataForm::saved, interventions, [this, interventions](qint64 id) {
        if (interventions->youthId() != id) {
            interventions->setYouthId(id);
            m_tabs->setTabEnabled(m_tabs->indexOf(interventions), true);
        }
    });
    // The network and the consents belong to a saved youth too.
    auto* network = new NetworkTab(workspace, youthId, this);
    m_tabs->addTab(network, tr("Network && consent"));
    m_tabs->setTabEnabled(m_tabs->indexOf(network), youthId != 0);
    connect(m_personalData, &PersonalDataForm::saved, network, [this, network](qint64 id) {
        if (network->youthId() != id) {
            network->setYouthId(id);
            m_tabs->setTabEnabled(m_tabs->indexOf(network), true);
        }
    });

    // Participation periods, exits and follow-ups: a saved youth's too.
    m_enrolment = new EnrolmentTab(workspace, youthId, this);
    m_enrolment->setObjectName(QStringLiteral("enrolmentTab"));
    m_tabs->addTab(m_enrolment, tr("Enrolment and exit"));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_enrolment), youthId != 0);
    connect(m_personalData, &PersonalDataForm::saved, m_enrolment, [this](qint64 id) {
        m_enrolment->setYouthId(id);
        m_tabs->setTabEnabled(m_tabs->indexOf(m_enrolment), true);
    });
    connect(m_personalData, &PersonalDataForm::exitRequested, m_enrolment, &EnrolmentTab::exitYouth);

    auto* layout = new QVBoxLayout(this);
    // The card's own actions beside the name. The register extract: coordinators and administrators.
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    auto* extract = new RegisterExtractCommand(
        workspace, [this] { return this->youthId(); }, this);
    headingRow->addWidget(extract->button());
    // Erasure on request (administrators): the card closes afterwards, as for a deleted youth.
    headingRow->addWidget(EraseYouthDialog::createButton(
        workspace, [this] { return this->youthId(); }, [this](qint64 id) { emit youthDeleted(id); }, this));
    layout->addLayout(headingRow);
    layout->addWidget(m_subheading);
    layout->addWidget(m_tabs, 1);

    connect(m_personalData, &PersonalDataForm::saved, this, [this](qint64 id) {
        if (m_actionPlan->youthId() != id) {
            m_actionPlan->setYouthId(id);
            m_tabs->setTabEnabled(m_tabs->indexOf(m_actionPlan), true);
        }
        if (m_timeline->youthId() != id) {
            m_timeline->setYouthId(id);
            m_tabs->setTabEnabled(m_tabs->indexOf(m_timeline), true);
        }
        updateHeader();
    });
    connect(m_actionPlan, &ActionPlanTab::dirtyChanged, this, &YouthCard::updateHeader);
    connect(m_personalData, &PersonalDataForm::dirtyChanged, this, &YouthCard::updateHeader);
    connect(m_personalData, &PersonalDataForm::deleted, this, &YouthCard::youthDeleted);
    updateHeader();
}

qint64 YouthCard::youthId() const
{
    return m_personalData->youthId();
}

QString YouthCard::title() const
{
    const QString name = m_personalData->loadedYouth().fullName();
    const QString base = name.isEmpty() ? tr("New youth") : name;
    return isDirty() ? base + u'*' : base;
}

bool YouthCard::isDirty() const
{
    return m_personalData->isDirty() || m_actionPlan->isDirty();
}

void YouthCard::updateHeader()
{
    const Youth& youth = m_personalData->loadedYouth();
    if (youth.id == 0) {
        m_heading->setText(tr("New youth"));
        m_subheading->setText(tr("Fill in what you know now; everything except the name can be added later."));
    } else {
        m_heading->setText(youth.fullName());
        QStringList parts;
        const PersonalNumber number = PersonalNumber::fromStored(youth.personalNumber);
        parts.append(number.isValid() ? number.display() : tr("No personal number"));
        const int age = youth.ageOn(Clock::today());
        if (age >= 0) {
            parts.append(tr("%n years", nullptr, age));
        }
        parts.append(Vocabulary::label(youth.status));
        m_subheading->setText(parts.join(QStringLiteral("  ·  ")));
    }
    emit titleChanged(title());
}

bool YouthCard::confirmClose()
{
    if (m_personalData->isDirty()) {
        m_tabs->setCurrentWidget(m_personalData);
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes"),
            tr("The card for %1 has changes that are not saved. Save them before closing?").arg(title().chopped(1)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_personalData->save())) {
            return false;
        }
    }
    if (m_actionPlan->isDirty()) {
        m_tabs->setCurrentWidget(m_actionPlan);
        return m_actionPlan->confirmLeave();
    }
    return true;
}

} // namespace lotsen
