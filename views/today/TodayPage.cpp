#include "today/TodayPage.h"

#include "access/Permissions.h"
#include "access/Session.h"
#include "access/StaffChoice.h"
#include "access/StaffRepository.h"
#include "calendar/CalendarActions.h"
#include "calendar/PlannedCalendarQuery.h"
#include "contacts/ContactDialog.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Workspace.h"
#include "enrolment/FollowUpDialog.h"
#include "help/HelpLinks.h"
#include "lifecycle/AutomaticBackup.h"
#include "lists/ListCommands.h"
#include "shell/ElidedToolTips.h"
#include "today/AttentionModel.h"
#include "today/SnoozeDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lotsen {

TodayPage::TodayPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_model = new AttentionModel(workspace, this);
    m_model->setObjectName(QStringLiteral("model"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("todayCount"));
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("todayMentor"));
    m_mentor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* mentorLabel = new QLabel(tr("&Show youths of:"), this);
    mentorLabel->setBuddy(m_mentor);

    m_list = new QTableView(this);

    ElidedToolTips::install(m_list);
    m_list->setObjectName(QStringLiteral("attentionList"));
    m_list->setAccessibleName(tr("Youths who need attention"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    // Fixed row heights and widths: ResizeToContents over a long list would measure every row.
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->horizontalHeader()->setSectionResizeMode(AttentionModel::Reasons, QHeaderView::Stretch);
    m_list->setColumnWidth(AttentionModel::Youth, 200);
    m_list->setColumnWidth(AttentionModel::Mentor, 150);
    m_list->setColumnWidth(AttentionModel::DaysOverdue, 140);
    m_list->installEventFilter(this);
    setFocusProxy(m_list);

    m_empty = new QLabel(this);
    HelpLinks::connect(m_empty);
    m_empty->setText(tr("<p style='font-size:14pt'>Nobody needs attention right now.</p>"
                        "<p>Everyone has had contact recently, no planned contact or plan review is due, and no "
                        "calls are waiting for an answer.</p>")
                     + QStringLiteral("<p>")
                     + HelpLinks::linkText(tr("What Today shows, and why"), QStringLiteral("page-today"))
                     + QStringLiteral("</p>"));
    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    m_open = new QPushButton(tr("&Open card"), this);
    m_open->setObjectName(QStringLiteral("todayOpen"));
    m_logContact = new QPushButton(tr("&Log contact…"), this);
    m_logContact->setObjectName(QStringLiteral("todayLogContact"));
    m_logAttempt = new QPushButton(tr("Log &attempt…"), this);
    m_logAttempt->setObjectName(QStringLiteral("todayLogAttempt"));
    m_logAttempt->setToolTip(tr("A call or message that got no answer. Two in a row make the item urgent."));
    m_snooze = new QPushButton(tr("S&nooze…"), this);
    m_snooze->setObjectName(QStringLiteral("todaySnooze"));
    m_snooze->setToolTip(tr("Hide a reason until a date, with a written explanation."));

    m_followUp = new QPushButton(tr("Record &follow-up…"), this);
    m_followUp->setObjectName(QStringLiteral("todayFollowUp"));
    m_followUp->setToolTip(tr("An attempt to reach a youth after their exit, and their situation when reached."));
    m_followUpToCalendar = new QPushButton(tr("Add to calendar…"), this);
    m_followUpToCalendar->setObjectName(QStringLiteral("todayFollowUpToCalendar"));
    m_followUpToCalendar->setToolTip(
        tr("Save the follow-up as a calendar file (.ics) for Outlook or Thunderbird: the first name and a Lotsen "
           "reference only."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(mentorLabel);
    top->addWidget(m_mentor);
    auto* listCommands = new ListCommands(workspace, m_list, ListExport::List::Today, this);
    listCommands->setTitle([] { return tr("Today's work list %1").arg(Clock::today().toString(Qt::ISODate)); });
    listCommands->setFilterText([this] { return tr("youths of: %1").arg(m_mentor->currentText()); });
    top->addWidget(listCommands->makeExportButton(this));
    top->addWidget(listCommands->makePrintButton(this));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_logContact);
    buttons->addWidget(m_logAttempt);
    buttons->addWidget(m_followUp);
    buttons->addWidget(m_followUpToCalendar);
    buttons->addWidget(m_snooze);
    m_backupWarning = new QLabel(this);
    m_backupWarning->setObjectName(QStringLiteral("backupWarning"));
    m_backupWarning->setWordWrap(true);
    m_backupWarning->setFrameShape(QFrame::StyledPanel);
    m_backupWarning->setStyleSheet(QStringLiteral("QLabel#backupWarning { background: #fff4ce; color: #3d2e00; "
                                                  "padding: 6px; }"));
    m_backupWarning->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_backupWarning);
    layout->addLayout(top);
    layout->addWidget(m_count);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_list, &QAbstractItemView::doubleClicked, this, &TodayPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_logContact, &QPushButton::clicked, this, &TodayPage::logContact);
    connect(m_logAttempt, &QPushButton::clicked, this, &TodayPage::logAttempt);
    connect(m_snooze, &QPushButton::clicked, this, &TodayPage::snoozeCurrent);
    connect(m_followUp, &QPushButton::clicked, this, &TodayPage::recordFollowUp);
    connect(m_followUpToCalendar, &QPushButton::clicked, this, &TodayPage::addFollowUpToCalendar);
    connect(m_mentor, &QComboBox::activated, this, &TodayPage::chooseMentor);
    connect(&workspace.staff(), &StaffRepository::changed, this, &TodayPage::fillMentors);
    // A failed read says so in the count line until a whole refresh succeeds (the reset clears it first).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_loadError.clear(); });
    connect(m_model, &AttentionModel::loadFailed, this, [this](const QString& message) { m_loadError = message; });
    connect(m_model, &AttentionModel::refreshed, this, &TodayPage::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TodayPage::updateState);

    fillMentors();
    // Each account has its own view: at login, at a switch of user and now.
    connect(&workspace.session(), &Session::accessChanged, this, &TodayPage::showAccountsView);
    showAccountsView();
}

void TodayPage::setBackupStatus(AutomaticBackup* backup)
{
    m_backup = backup;
    connect(backup, &AutomaticBackup::stateChanged, this, &TodayPage::updateBackupWarning);
    connect(&m_workspace.session(), &Session::accessChanged, this, &TodayPage::updateBackupWarning);
    updateBackupWarning();
}

void TodayPage::updateBackupWarning()
{
    QString text;
    if (m_backup && m_backup->isEnabled() && !m_backup->isRunning()
        && m_workspace.session().allows(Permission::ManageBackups)) {
        const Result<std::optional<int>> read = m_backup->daysWithoutVerifiedBackup();
        const std::optional<int> days = read.ok() ? *read : std::nullopt;
        const QString problem = read.ok() ? m_backup->lastProblem() : read.message();
        if (!read.ok()) {
            text = tr("The backups cannot be checked.");
        } else if (!days) {
            text = tr("There is no verified backup of this database yet.");
        } else if (*days > 0) {
            text = tr("No verified backup for %n day(s).", nullptr, *days);
        } else if (!problem.isEmpty()) {
            text = tr("The last backup had a problem.");
        }
        if (!text.isEmpty()) {
            if (!problem.isEmpty()) {
                text += u' ' + problem;
            }
            text += u' ' + tr("See Settings › Automatic backups.");
        }
    }
    m_backupWarning->setText(text);
    m_backupWarning->setVisible(!text.isEmpty());
}

void TodayPage::showAccountsView()
{
    // What this account chose last time, on any PC; at first a mentor sees "my youths", a coordinator or an
    // administrator all of them. Never what the previous user of this PC chose.
    const Session& session = m_workspace.session();
    qint64 mentorId = 0;
    if (const std::optional<Account>& account = session.account()) {
        const Result<std::optional<qint64>> chosen
            = m_workspace.preferences().value(account->id, AccountPreferences::Key::TodayMentor);
        if (chosen.ok() && chosen.value()) {
            mentorId = **chosen;
        } else if (account->role == Role::Mentor) {
            mentorId = account->staffId;
        }
    }
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(QVariant::fromValue(mentorId))));
    // One read of the list: at start-up, or for a new user who has the same filter as the last.
    if (const qint64 chosen = m_mentor->currentData().toLongLong(); chosen != m_model->mentorId()) {
        m_model->setMentorId(chosen);
    } else {
        (void)m_model->refresh(); // a failure shows in the count line
    }
    updateState();
}

void TodayPage::fillMentors()
{
    const QVariant current = m_mentor->currentData();
    // When the staff cannot be read the filter shows why (disabled); the list itself still shows all mentors.
    if (!StaffChoice::fill(m_mentor, m_workspace.staff().active(), tr("All mentors"))) {
        return;
    }
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(current)));
}

void TodayPage::chooseMentor()
{
    const qint64 mentorId = m_mentor->currentData().toLongLong();
    if (const qint64 accountId = m_workspace.session().accountId(); accountId != 0) {
        // Remembered for this account (a failure only means the choice is not kept; it is logged).
        (void)m_workspace.preferences().setValue(accountId, AccountPreferences::Key::TodayMentor, mentorId);
    }
    m_model->setMentorId(mentorId);
    updateState();
}

void TodayPage::updateState()
{
    const QDate today = m_model->today().isValid() ? m_model->today() : Clock::today();
    m_heading->setText(QStringLiteral("<h2>%1</h2>")
                           .arg(tr("Today, %1 %2")
                                    .arg(QLocale().dayName(today.dayOfWeek()), today.toString(Qt::ISODate))
                                    .toHtmlEscaped()));
    const int count = m_model->rowCount();
    const int urgent = m_model->urgentCount();
    QString text = count == 1 ? tr("1 youth needs attention.") : tr("%n youths need attention.", nullptr, count);
    if (urgent > 0) {
        text += u' ' + tr("%n urgent (unanswered attempts in a row), shown in red.", nullptr, urgent);
    }
    if (!m_loadError.isEmpty()) {
        text = tr("The list could not be computed: %1").arg(m_loadError);
    }
    m_count->setText(text);
    m_stack->setCurrentWidget(count == 0 && m_loadError.isEmpty() ? static_cast<QWidget*>(m_empty)
                                                                  : static_cast<QWidget*>(m_list));
    if (count > 0 && !m_list->currentIndex().isValid()) {
        m_list->setCurrentIndex(m_model->index(0, AttentionModel::Youth));
    }
    const bool hasCurrent = currentYouthId() != 0;
    for (QPushButton* button : { m_open, m_logContact, m_logAttempt, m_snooze }) {
        button->setEnabled(hasCurrent);
    }
    const AttentionItem* item = m_model->itemAt(m_list->currentIndex().row());
    const bool followUpDue = item && item->has(AttentionReason::FollowUpDue);
    m_followUp->setVisible(followUpDue);
    m_followUpToCalendar->setVisible(followUpDue);
}

qint64 TodayPage::currentYouthId() const
{
    const AttentionItem* item = m_model->itemAt(m_list->currentIndex().row());
    return item ? item->youthId : 0;
}

void TodayPage::openCurrent()
{
    const qint64 youthId = currentYouthId();
    if (youthId != 0) {
        emit openYouthRequested(youthId);
    }
}

void TodayPage::logEntry(bool attempt)
{
    const qint64 youthId = currentYouthId();
    if (youthId == 0) {
        return;
    }
    Contact preset;
    if (attempt) {
        preset.kind = ContactKind::Attempt;
    }
    ContactDialog dialog(m_workspace, youthId, ContactDialog::Mode::New, preset, this);
    // The model drops or updates the row itself when ContactRepository announces the new entry.
    dialog.exec();
    m_list->setFocus();
}

void TodayPage::logContact()
{
    logEntry(false);
}

void TodayPage::logAttempt()
{
    logEntry(true);
}

void TodayPage::snoozeCurrent()
{
    const AttentionItem* item = m_model->itemAt(m_list->currentIndex().row());
    if (!item) {
        return;
    }
    SnoozeDialog dialog(m_workspace, *item, m_workspace.session().staffId(), this);
    dialog.exec();
    m_list->setFocus();
}

void TodayPage::recordFollowUp()
{
    const AttentionItem* item = m_model->itemAt(m_list->currentIndex().row());
    if (!item) {
        return;
    }
    for (const AttentionCause& cause : item->causes) {
        if (cause.reason == AttentionReason::FollowUpDue) {
            FollowUpDialog dialog(m_workspace, cause.followUpId, this);
            // The model drops or updates the row when FollowUpRepository announces the attempt.
            dialog.exec();
            break;
        }
    }
    m_list->setFocus();
}

void TodayPage::addFollowUpToCalendar()
{
    const AttentionItem* item = m_model->itemAt(m_list->currentIndex().row());
    if (!item) {
        return;
    }
    for (const AttentionCause& cause : item->causes) {
        if (cause.reason == AttentionReason::FollowUpDue) {
            CalendarActions::addToCalendar(this, m_workspace,
                                           PlannedCalendarQuery(m_workspace.database()).followUp(cause.followUpId),
                                           QStringLiteral("follow-up"));
            break;
        }
    }
    m_list->setFocus();
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The model was computed when the page was built; coming back later (or the next day), other pages may have
    // changed what is due.
    if (m_shownOnce) {
        (void)m_model->refresh(); // a failure shows in the count line
    }
    m_shownOnce = true;
    updateBackupWarning(); // days pass while Lotsen stays open
}

bool TodayPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter opens the card, as a double-click does; the views' own "activated" would also fire on a single
    // click on styles that activate on single click.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lotsen
