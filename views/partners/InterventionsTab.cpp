#include "partners/InterventionsTab.h"

#include "contacts/ContactDialog.h"
#include "core/Workspace.h"
#include "partners/ParticipationDialog.h"
#include "partners/ParticipationModel.h"
#include "partners/ReferralAnswerDialog.h"
#include "partners/ReferralDialog.h"
#include "partners/ReferralModel.h"
#include "youth/YouthRepository.h"

#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lotsen {

InterventionsTab::InterventionsTab(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_youthId(youthId)
    , m_participations(new ParticipationModel(workspace, this))
    , m_referrals(new ReferralModel(workspace, this))
{
    m_participations->setObjectName(QStringLiteral("participationModel"));
    m_referrals->setObjectName(QStringLiteral("referralModel"));
    m_addAction = new QAction(tr("Add intervention…"), this);
    m_addAction->setObjectName(QStringLiteral("addParticipationAction"));
    m_addAction->setToolTip(tr("The youth takes part in, or is proposed for, an intervention from the catalogue"));
    connect(m_addAction, &QAction::triggered, this, &InterventionsTab::addParticipation);
    m_editAction = new QAction(tr("Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editParticipationAction"));
    m_editAction->setToolTip(tr("Change the status, dates or outcome of the selected intervention (Enter)"));
    connect(m_editAction, &QAction::triggered, this, &InterventionsTab::editParticipation);
    m_referAction = new QAction(tr("New referral…"), this);
    m_referAction->setObjectName(QStringLiteral("newReferralAction"));
    m_referAction->setToolTip(tr("Refer the youth to a partner organisation"));
    connect(m_referAction, &QAction::triggered, this, &InterventionsTab::newReferral);
    m_answerAction = new QAction(tr("Record answer…"), this);
    m_answerAction->setObjectName(QStringLiteral("recordAnswerAction"));
    m_answerAction->setToolTip(tr("The partner accepted or declined the selected referral, or never answered (Enter)"));
    connect(m_answerAction, &QAction::triggered, this, &InterventionsTab::recordAnswer);

    m_participationsEmpty = new QLabel(
        tr("No interventions yet. Here you follow the youth's interventions from the catalogue (work training, "
           "studies, assessment, IPS and more) with their dates, status and outcome, and the action-plan step "
           "each one carries out. Starting and ending an intervention is written to the timeline. Add one with "
           "Add intervention."),
        this);
    m_participationsEmpty->setObjectName(QStringLiteral("participationsEmptyText"));
    m_referralsEmpty = new QLabel(
        tr("No referrals yet. A referral hands the youth over to a partner organisation such as Arbetsförmedlingen "
           "or the social services, and records the partner's answer. It relies on the youth's valid consent to "
           "share information with that organisation (recorded in the Network & consent tab); without one you give "
           "a written reason. Referrals still without an answer after %n days are shown in red.",
           nullptr, workspace.centre().referralNoAnswerDays()),
        this);
    m_referralsEmpty->setObjectName(QStringLiteral("referralsEmptyText"));

    m_participationView = makeView(QStringLiteral("participationView"));
    m_participationView->setAccessibleName(tr("Interventions of the youth"));
    m_participationView->setModel(m_participations);
    m_referralView = makeView(QStringLiteral("referralView"));
    m_referralView->setAccessibleName(tr("Referrals"));
    m_referralView->setModel(m_referrals);
    {
        QHeaderView* header = m_participationView->horizontalHeader();
        const int widths[] = { 220, 140, 90, 90, 90, 200 };
        for (int column = 0; column < ParticipationModel::LinkedStep; ++column) {
            header->resizeSection(column, widths[column]);
        }
    }
    {
        QHeaderView* header = m_referralView->horizontalHeader();
        const int widths[] = { 90, 170, 140, 200, 170, 90, 90 };
        for (int column = 0; column < ReferralModel::ResponseNote; ++column) {
            header->resizeSection(column, widths[column]);
        }
    }

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(
        section(tr("Interventions"), m_participationsEmpty, { m_addAction, m_editAction }, m_participationView));
    splitter->addWidget(section(tr("Referrals"), m_referralsEmpty, { m_referAction, m_answerAction }, m_referralView));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* error = new ErrorLabel(QStringLiteral("interventionsTabError"), this);
    error->follow(m_participations);
    error->follow(m_referrals);
    layout->addWidget(error);
    layout->addWidget(splitter);

    // Enter or a double click opens the row: a participation for a change, a referral for its answer.
    connect(m_participationView, &QTableView::activated, this, &InterventionsTab::editParticipation);
    connect(m_referralView, &QTableView::activated, this, &InterventionsTab::recordAnswer);
    for (QAbstractItemModel* model :
         { static_cast<QAbstractItemModel*>(m_participations), static_cast<QAbstractItemModel*>(m_referrals) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &InterventionsTab::updateState);
    }
    connect(m_participationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InterventionsTab::updateState);
    connect(m_referralView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InterventionsTab::updateState);

    setYouthId(youthId);
}

QTableView* InterventionsTab::makeView(const QString& objectName)
{
    auto* view = new QTableView(this);
    ElidedToolTips::install(view);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget* InterventionsTab::section(const QString& title, QLabel* emptyText, const QList<QAction*>& actions,
                                   QTableView* view)
{
    auto* box = new QWidget(this);
    auto* heading = new QLabel(title, box);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    auto* bar = new QToolBar(box);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions(actions);
    emptyText->setParent(box);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    emptyText->setStyleSheet(QStringLiteral("color: #555; padding: 6px;"));
    view->setParent(box);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(bar, 1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(emptyText);
    layout->addWidget(view, 1);
    return box;
}

void InterventionsTab::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    m_participations->setYouthId(youthId);
    m_referrals->setYouthId(youthId);
    updateState();
}

void InterventionsTab::updateState()
{
    const bool saved = m_youthId != 0;
    const bool anyParticipation = m_participations->rowCount() > 0;
    const bool anyReferral = m_referrals->rowCount() > 0;
    // The explanation stands in for an empty table.
    // A list that could not be read shows the error line above, not its "nothing yet" text.
    m_participationsEmpty->setVisible(!anyParticipation && !m_participations->hasLoadError());
    m_participationView->setVisible(anyParticipation);
    m_referralsEmpty->setVisible(!anyReferral && !m_referrals->hasLoadError());
    m_referralView->setVisible(anyReferral);
    m_addAction->setEnabled(saved);
    m_referAction->setEnabled(saved);
    m_editAction->setEnabled(m_participations->participationAt(m_participationView->currentIndex().row()).has_value());
    m_answerAction->setEnabled(m_referrals->referralAt(m_referralView->currentIndex().row()).has_value());
}

qint64 InterventionsTab::staffId() const
{
    // The mentor working at this PC, otherwise the youth's own.
    if (const qint64 id = m_workspace.session().staffId(); id != 0) {
        return id;
    }
    // Only a preset: on a failed read (logged) the dialog, which reads the youth itself, says what is wrong.
    const std::optional<Youth> youth = m_workspace.youths().load(m_youthId).valueOr(std::nullopt);
    return youth ? youth->mentorId : 0;
}

void InterventionsTab::selectParticipation(qint64 participationId)
{
    const int row = participationId != 0 ? m_participations->rowOfParticipation(participationId) : -1;
    if (row >= 0) {
        m_participationView->setCurrentIndex(m_participations->index(row, 0));
        m_participationView->selectRow(row);
        m_participationView->scrollTo(m_participations->index(row, 0));
    }
}

void InterventionsTab::selectReferral(qint64 referralId)
{
    const int row = referralId != 0 ? m_referrals->rowOfReferral(referralId) : -1;
    if (row >= 0) {
        m_referralView->setCurrentIndex(m_referrals->index(row, 0));
        m_referralView->selectRow(row);
        m_referralView->scrollTo(m_referrals->index(row, 0));
    }
}

void InterventionsTab::addParticipation()
{
    if (m_youthId == 0) {
        return;
    }
    auto* dialog = new ParticipationDialog(m_workspace, m_youthId, staffId(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectParticipation(dialog->savedId()); });
    dialog->open();
}

void InterventionsTab::editParticipation()
{
    const std::optional<Participation> participation
        = m_participations->participationAt(m_participationView->currentIndex().row());
    if (!participation) {
        return;
    }
    auto* dialog = new ParticipationDialog(m_workspace, m_youthId, staffId(), *participation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectParticipation(dialog->savedId()); });
    dialog->open();
}

void InterventionsTab::newReferral()
{
    if (m_youthId == 0) {
        return;
    }
    auto* dialog = new ReferralDialog(m_workspace, m_youthId, staffId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectReferral(dialog->savedId()); });
    dialog->open();
}

void InterventionsTab::recordAnswer()
{
    const std::optional<Referral> referral = m_referrals->referralAt(m_referralView->currentIndex().row());
    if (!referral) {
        return;
    }
    auto* dialog = new ReferralAnswerDialog(m_workspace, *referral, staffId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = referral->id;
    connect(dialog, &QDialog::accepted, this, [this, id] { selectReferral(id); });
    dialog->open();
}

} // namespace lotsen
