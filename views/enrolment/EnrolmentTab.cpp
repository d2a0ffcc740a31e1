#include "enrolment/EnrolmentTab.h"

#include "access/Session.h"
#include "calendar/CalendarActions.h"
#include "calendar/PlannedCalendarQuery.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentPeriodsModel.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "enrolment/EntrySituationDialog.h"
#include "enrolment/ExitDialog.h"
#include "enrolment/FollowUpDialog.h"
#include "enrolment/FollowUpsModel.h"
#include "enrolment/ReopenExitDialog.h"
#include "outreach/EnrolDialog.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"
#include "youth/YouthRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lotsen {

namespace {

QTableView* tableFor(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    return view;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

EnrolmentTab::EnrolmentTab(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_periods = new EnrolmentPeriodsModel(workspace, this);
    m_followUps = new FollowUpsModel(workspace, this);

    m_enrolButton = new QPushButton(tr("&Enrol…"), this);
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    m_exitButton = new QPushButton(tr("E&xit…"), this);
    m_exitButton->setObjectName(QStringLiteral("exitButton"));
    m_exitButton->setToolTip(tr("End the participation: date, reason and situation at exit"));
    m_entryButton = new QPushButton(tr("Change situation at &entry…"), this);
    m_entryButton->setObjectName(QStringLiteral("entryButton"));
    m_reopenButton = new QPushButton(tr("Re&open exit…"), this);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_reopenButton->setToolTip(tr("For an exit made by mistake (coordinators)"));
    m_followUpButton = new QPushButton(tr("Record &follow-up…"), this);
    m_followUpButton->setObjectName(QStringLiteral("followUpButton"));
    m_followUpCalendarButton = new QPushButton(tr("Add to calendar…"), this);
    m_followUpCalendarButton->setObjectName(QStringLiteral("followUpCalendarButton"));
    m_followUpCalendarButton->setToolTip(
        tr("Save the selected follow-up as a calendar file (.ics), with the youth's first name only"));

    m_periodView = tableFor(m_periods, QStringLiteral("periodView"), this);
    m_periodView->setAccessibleName(tr("Participation periods"));
    m_periodView->setMaximumHeight(150);
    m_followUpView = tableFor(m_followUps, QStringLiteral("followUpView"), this);
    m_followUpView->setAccessibleName(tr("Follow-ups after exit"));
    m_followUpView->setMaximumHeight(130);
    m_empty = new QLabel(tr("Not enrolled yet. A prospect becomes a participant with Enrol…, which asks for the start "
                            "date, the mentor and the situation at entry."),
                         this);
    m_empty->setObjectName(QStringLiteral("enrolmentEmpty"));
    m_empty->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("periodDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new ErrorLabel(QStringLiteral("enrolmentError"), this);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_enrolButton);
    actions->addWidget(m_exitButton);
    actions->addWidget(m_entryButton);
    actions->addWidget(m_reopenButton);
    actions->addStretch(1);
    auto* followUpHeader = new QHBoxLayout;
    auto* followUpTitle = new QLabel(tr("<b>Follow-ups after exit</b>"), this);
    followUpHeader->addWidget(followUpTitle);
    followUpHeader->addStretch(1);
    followUpHeader->addWidget(m_followUpCalendarButton);
    followUpHeader->addWidget(m_followUpButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("<b>Participation periods</b>"), this));
    layout->addWidget(m_empty);
    layout->addWidget(m_periodView);
    layout->addWidget(m_details, 1);
    layout->addLayout(followUpHeader);
    layout->addWidget(m_followUpView);

    connect(m_enrolButton, &QPushButton::clicked, this, &EnrolmentTab::enrol);
    connect(m_exitButton, &QPushButton::clicked, this, &EnrolmentTab::exitYouth);
    connect(m_entryButton, &QPushButton::clicked, this, &EnrolmentTab::changeEntry);
    connect(m_reopenButton, &QPushButton::clicked, this, &EnrolmentTab::reopenExit);
    connect(m_followUpButton, &QPushButton::clicked, this, &EnrolmentTab::recordFollowUp);
    connect(m_followUpCalendarButton, &QPushButton::clicked, this, [this] {
        const std::optional<FollowUp> followUp = m_followUps->followUpAt(m_followUpView->currentIndex().row());
        if (followUp && followUp->status == FollowUpStatus::Open) {
            CalendarActions::addToCalendar(this, m_workspace,
                                           PlannedCalendarQuery(m_workspace.database()).followUp(followUp->id),
                                           QStringLiteral("follow-up"));
        }
    });
    connect(m_followUpView, &QTableView::activated, this, &EnrolmentTab::recordFollowUp);
    connect(m_periods, &QAbstractItemModel::modelReset, this, [this] {
        // The newest period is the one people look at.
        if (m_periods->rowCount() > 0) {
            m_periodView->selectRow(m_periods->rowCount() - 1);
        }
        m_periodView->resizeColumnsToContents();
        updateState();
    });
    connect(m_followUps, &QAbstractItemModel::modelReset, this, [this] {
        m_followUpView->resizeColumnsToContents();
        updateState();
    });
    connect(m_periods, &EnrolmentPeriodsModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_followUps, &FollowUpsModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_periodView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EnrolmentTab::showDetails);
    connect(m_followUpView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EnrolmentTab::updateState);
    setYouthId(youthId);
}

void EnrolmentTab::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    refresh();
}

void EnrolmentTab::refresh()
{
    m_error->hide();
    m_periods->setYouthId(m_youthId);
    m_followUps->setYouthId(m_youthId);
    updateState();
}

qint64 EnrolmentTab::selectedPeriodRow() const
{
    const QModelIndex current = m_periodView->currentIndex();
    return current.isValid() ? current.row() : m_periods->rowCount() - 1;
}

void EnrolmentTab::updateState()
{
    const QList<EnrolmentPeriod>& periods = m_periods->periods();
    const bool any = !periods.isEmpty();
    const bool running = any && periods.last().isOpen();
    m_empty->setVisible(!any);
    m_periodView->setVisible(any);
    m_enrolButton->setText(any ? tr("&Re-enrol…") : tr("&Enrol…"));
    m_enrolButton->setEnabled(m_youthId != 0 && !running);
    m_exitButton->setEnabled(running);
    m_entryButton->setEnabled(any);
    const std::optional<ExitRecord> lastExit = any ? periods.last().currentExit() : std::nullopt;
    m_reopenButton->setVisible(m_workspace.session().allows(Permission::ReopenExits));
    m_reopenButton->setEnabled(lastExit.has_value());
    const std::optional<FollowUp> followUp = m_followUps->followUpAt(m_followUpView->currentIndex().row());
    m_followUpButton->setEnabled(followUp && followUp->status == FollowUpStatus::Open);
    m_followUpCalendarButton->setEnabled(followUp && followUp->status == FollowUpStatus::Open);
    showDetails();
}

void EnrolmentTab::showDetails()
{
    const std::optional<EnrolmentPeriod> period = m_periods->periodAt(int(selectedPeriodRow()));
    if (!period) {
        m_details->clear();
        return;
    }
    using V = EnrolmentVocabulary;
    QStringList lines;
    lines << tr("<b>Period from %1</b> · mentor %2 · referred by %3 · %n day(s) in the programme", nullptr,
                period->days(Clock::today()))
                 .arg(period->startDate.toString(Qt::ISODate),
                      escaped(period->mentorName.isEmpty() ? tr("none") : period->mentorName),
                      escaped(Vocabulary::label(period->referralSource)));
    const EntrySituation& entry = period->entry;
    const std::optional<Youth> youth = m_workspace.youths().load(m_youthId).valueOr(std::nullopt);
    const bool kaa = EnrolmentRules::inKaaGroup(youth ? youth->birthDate : QDate(), entry, period->startDate);
    lines << tr("At entry: %1 · without work or studies: %2 · education: %3 (%4) · income: %5 · KAA group: %6")
                 .arg(escaped(V::label(entry.labour)), escaped(V::label(entry.timeWithout)),
                      escaped(V::label(entry.education)), escaped(V::label(V::isced(entry.education))),
                      escaped(V::label(entry.income)), kaa ? tr("yes") : tr("no"));
    for (const ExitRecord& exit : period->exits) {
        QString text = tr("Exit %1: %2").arg(exit.exitDate.toString(Qt::ISODate), escaped(V::label(exit.reason)));
        if (!exit.partnerName.isEmpty()) {
            text += tr(" (to %1)").arg(escaped(exit.partnerName));
        }
        if (!exit.reasonText.isEmpty()) {
            text += QStringLiteral(" – ") + escaped(exit.reasonText);
        }
        text += tr(" · situation at exit: %1").arg(escaped(V::label(exit.situation)));
        if (exit.situation == Situation::Studies && exit.studyType != StudyType::None) {
            text += QStringLiteral(" (") + escaped(V::label(exit.studyType)) + u')';
        }
        if (exit.qualification) {
            text += *exit.qualification ? tr(" · qualification: %1").arg(escaped(exit.qualificationText))
                                        : tr(" · no qualification");
        }
        if (!exit.followUpConsent) {
            text += tr(" · no follow-up");
        }
        text += tr(" · recorded by %1")
                    .arg(escaped(exit.registeredByName.isEmpty() ? tr("unknown") : exit.registeredByName));
        if (exit.isReopened()) {
            text = QStringLiteral("<s>") + text + QStringLiteral("</s> ")
                + tr("<i>reopened %1 by %2: %3</i>")
                      .arg(exit.reopenedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           escaped(exit.reopenedByName.isEmpty() ? tr("unknown") : exit.reopenedByName),
                           escaped(exit.reopenReason));
        }
        lines << text;
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

bool EnrolmentTab::exitYouth()
{
    ExitDialog dialog(m_workspace, m_youthId, this);
    return dialog.exec() == QDialog::Accepted;
}

void EnrolmentTab::enrol()
{
    EnrolDialog dialog(m_workspace, m_youthId, this);
    dialog.exec();
}

void EnrolmentTab::changeEntry()
{
    const std::optional<EnrolmentPeriod> period = m_periods->periodAt(int(selectedPeriodRow()));
    if (!period) {
        return;
    }
    const std::optional<Youth> youth = m_workspace.youths().load(m_youthId).valueOr(std::nullopt);
    std::optional<EntrySituation> sensitive;
    if (m_workspace.centre().collectsSensitiveCharacteristics()) {
        // Read (and logged) only when asked for here; a user who may not see them edits the rest.
        Result<EntrySituation> read = m_workspace.enrolments().sensitive(period->id);
        if (read.ok()) {
            sensitive = read.value();
        } else if (youth && m_workspace.session().maySeeSensitiveNotes(*youth)) {
            MessageBox::warning(this, tr("Situation at entry"), read.message());
            return;
        }
    }
    EntrySituationDialog dialog(m_workspace, *period, youth ? youth->birthDate : QDate(), sensitive, this);
    dialog.exec();
}

void EnrolmentTab::recordFollowUp()
{
    const std::optional<FollowUp> followUp = m_followUps->followUpAt(m_followUpView->currentIndex().row());
    if (!followUp || followUp->status != FollowUpStatus::Open) {
        return;
    }
    FollowUpDialog dialog(m_workspace, followUp->id, this);
    dialog.exec();
}

void EnrolmentTab::reopenExit()
{
    const QList<EnrolmentPeriod>& periods = m_periods->periods();
    if (periods.isEmpty()) {
        return;
    }
    const std::optional<ExitRecord> exit = periods.last().currentExit();
    if (!exit) {
        return;
    }
    ReopenExitDialog dialog(
        m_workspace, exit->id,
        tr("%1, %2").arg(exit->exitDate.toString(Qt::ISODate), EnrolmentVocabulary::label(exit->reason)), this);
    dialog.exec();
}

} // namespace lotsen
