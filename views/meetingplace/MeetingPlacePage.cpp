#include "meetingplace/MeetingPlacePage.h"

#include "access/AccessDetail.h"
#include "contacts/ContactDialog.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "documents/DocumentPrinter.h"
#include "documents/PagedDocumentRenderer.h"
#include "lists/ListCommands.h"
#include "meetingplace/AttendanceDocumentBuilder.h"
#include "meetingplace/AttendanceModel.h"
#include "meetingplace/GroupActivityDialog.h"
#include "meetingplace/VisitorsModel.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace lotsen {

namespace {

enum ActivityColumn { ActivityDate, ActivityTitle, ActivityPlace, ActivityLeader, ActivityPresent, ActivityColumns };
constexpr int kActivityIdRole = Qt::UserRole + 1;
constexpr int kYouthIdRole = Qt::UserRole + 1;
// The activities list goes back a year; older ones are in the timelines and, later, the reports.
constexpr int kActivityMonthsShown = 12;

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    ElidedToolTips::install(view);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MeetingPlacePage::MeetingPlacePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_repository(workspace.meetingPlace())
{
    setObjectName(QStringLiteral("meetingPlacePage"));
    m_visitors = new VisitorsModel(m_repository, this);
    m_visitors->setObjectName(QStringLiteral("visitorsModel"));
    m_attendance = new AttendanceModel(m_repository, this);
    m_attendance->setObjectName(QStringLiteral("attendanceModel"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createDropInPanel());
    splitter->addWidget(createActivitiesPanel());
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_repository, &MeetingPlaceRepository::visitsChanged, this, &MeetingPlacePage::refreshCounts);
    connect(&m_repository, &MeetingPlaceRepository::activitiesChanged, this, &MeetingPlacePage::refreshActivities);
    connect(m_attendance, &AttendanceModel::attendanceFailed, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Attendance not saved"), message); });
    refresh();
}

QWidget* MeetingPlacePage::createDropInPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);

    auto* title = new QHBoxLayout;
    title->addWidget(heading(tr("Drop-in"), panel));
    title->addStretch();
    m_dateLabel = new QLabel(panel);
    m_dateLabel->setObjectName(QStringLiteral("meetingPlaceDate"));
    title->addWidget(m_dateLabel);
    layout->addLayout(title);

    m_checkIn = new QLineEdit(panel);
    m_checkIn->setObjectName(QStringLiteral("checkInEdit"));
    m_checkIn->setAccessibleName(tr("Check in a visitor"));
    m_checkIn->setClearButtonEnabled(true);
    m_checkIn->setPlaceholderText(tr("Check in: type part of a name or a personal number, then Enter"));
    m_checkIn->installEventFilter(this);
    layout->addWidget(m_checkIn);

    m_picks = new QListWidget(panel);
    m_picks->setObjectName(QStringLiteral("checkInPicks"));
    m_picks->setAccessibleName(tr("Matching youths"));
    m_picks->hide();
    layout->addWidget(m_picks);

    m_feedback = new QLabel(panel);
    m_feedback->setObjectName(QStringLiteral("checkInFeedback"));
    m_feedback->setWordWrap(true);
    layout->addWidget(m_feedback);

    // A visitor who is not registered: only what the funder's statistics ask for.
    auto* anonymous = new QHBoxLayout;
    anonymous->addWidget(new QLabel(tr("Anonymous visitor:"), panel));
    m_anonymousGender = new QComboBox(panel);
    m_anonymousGender->setObjectName(QStringLiteral("anonymousGender"));
    for (Gender gender : Vocabulary::genders()) {
        m_anonymousGender->addItem(Vocabulary::label(gender), static_cast<int>(gender));
    }
    m_anonymousGender->setCurrentIndex(m_anonymousGender->findData(static_cast<int>(Gender::NotStated)));
    m_anonymousAge = new QComboBox(panel);
    m_anonymousAge->setObjectName(QStringLiteral("anonymousAgeGroup"));
    for (MeetingPlaceRepository::AgeGroup group : MeetingPlaceRepository::ageGroups()) {
        m_anonymousAge->addItem(MeetingPlaceRepository::label(group), static_cast<int>(group));
    }
    m_anonymousAge->setCurrentIndex(
        m_anonymousAge->findData(static_cast<int>(MeetingPlaceRepository::AgeGroup::Unknown)));
    auto* addAnonymous = new QPushButton(tr("Check in"), panel);
    addAnonymous->setObjectName(QStringLiteral("anonymousCheckIn"));
    addAnonymous->setToolTip(tr("Count a visitor who is not registered, by gender and age group only."));
    anonymous->addWidget(m_anonymousGender);
    anonymous->addWidget(m_anonymousAge);
    anonymous->addWidget(addAnonymous);
    anonymous->addStretch();
    layout->addLayout(anonymous);

    m_counts = new QLabel(panel);
    m_counts->setObjectName(QStringLiteral("visitCounts"));
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);
    m_countsNote = new QLabel(panel);
    m_countsNote->setObjectName(QStringLiteral("visitCountsNote"));
    m_countsNote->setWordWrap(true);
    m_countsNote->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_countsNote);

    layout->addWidget(new QLabel(tr("Today's visitors"), panel));
    auto* visitorsError = new ErrorLabel(QStringLiteral("visitorsError"), panel);
    visitorsError->follow(m_visitors);
    layout->addWidget(visitorsError);
    m_visitorsView = makeTable(panel, QStringLiteral("visitorsView"));
    m_visitorsView->setAccessibleName(tr("Today's visitors"));
    m_visitorsView->setModel(m_visitors);
    m_visitorsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visitorsView->horizontalHeader()->setSectionResizeMode(VisitorsModel::Time, QHeaderView::ResizeToContents);
    m_visitorsView->setColumnWidth(VisitorsModel::Visitor, 200);
    layout->addWidget(m_visitorsView, 1);

    auto* visitButtons = new QHBoxLayout;
    m_removeVisit = new QPushButton(tr("Remove visit…"), panel);
    m_removeVisit->setObjectName(QStringLiteral("removeVisitButton"));
    m_removeVisit->setToolTip(tr("For a check-in by mistake. The youth's entry stays in the timeline, struck out."));
    m_removeVisit->setEnabled(false);
    auto* listCommands = new ListCommands(m_workspace, m_visitorsView, ListExport::List::Visits, panel);
    listCommands->setTitle([] { return tr("Meeting place visits %1").arg(Clock::today().toString(Qt::ISODate)); });
    visitButtons->addWidget(listCommands->makeExportButton(panel));
    visitButtons->addWidget(listCommands->makePrintButton(panel));
    visitButtons->addStretch();
    visitButtons->addWidget(m_removeVisit);
    layout->addLayout(visitButtons);

    connect(m_checkIn, &QLineEdit::returnPressed, this, &MeetingPlacePage::checkInFromSearch);
    connect(m_checkIn, &QLineEdit::textEdited, this, &MeetingPlacePage::hidePicks);
    connect(m_picks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { checkInYouth(item->data(kYouthIdRole).toLongLong()); });
    connect(addAnonymous, &QPushButton::clicked, this, &MeetingPlacePage::checkInAnonymous);
    connect(m_removeVisit, &QPushButton::clicked, this, &MeetingPlacePage::removeSelectedVisit);
    connect(m_visitorsView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 youthId = index.data(VisitorsModel::YouthIdRole).toLongLong();
        if (youthId != 0) {
            emit openYouthRequested(youthId);
        }
    });
    const auto updateRemove = [this] {
        m_removeVisit->setEnabled(m_visitorsView->selectionModel()->hasSelection());
    };
    connect(m_visitorsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateRemove);
    connect(m_visitors, &QAbstractItemModel::modelReset, this, updateRemove);
    return panel;
}

QWidget* MeetingPlacePage::createActivitiesPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(heading(tr("Group activities"), panel));

    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("New activity…"), panel);
    newButton->setObjectName(QStringLiteral("newActivityButton"));
    m_editActivity = new QPushButton(tr("Edit…"), panel);
    m_editActivity->setObjectName(QStringLiteral("editActivityButton"));
    m_printAttendance = new QPushButton(tr("Print attendance list…"), panel);
    m_printAttendance->setObjectName(QStringLiteral("printAttendanceButton"));
    m_exportAttendance = new QPushButton(tr("Export PDF…"), panel);
    m_exportAttendance->setObjectName(QStringLiteral("exportAttendanceButton"));
    buttons->addWidget(newButton);
    buttons->addWidget(m_editActivity);
    buttons->addStretch();
    buttons->addWidget(m_printAttendance);
    buttons->addWidget(m_exportAttendance);
    layout->addLayout(buttons);

    m_activities = new QTableWidget(0, ActivityColumns, panel);
    m_activities->setObjectName(QStringLiteral("activitiesTable"));
    m_activities->setAccessibleName(tr("Group activities"));
    m_activities->setHorizontalHeaderLabels({ tr("Date"), tr("Activity"), tr("Place"), tr("Leader"), tr("Present") });
    m_activities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activities->setAlternatingRowColors(true);
    m_activities->verticalHeader()->hide();
    m_activities->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_activities->horizontalHeader()->setHighlightSections(false);
    m_activities->horizontalHeader()->setSectionResizeMode(ActivityTitle, QHeaderView::Stretch);
    m_activities->horizontalHeader()->setSectionResizeMode(ActivityDate, QHeaderView::ResizeToContents);
    m_activities->horizontalHeader()->setSectionResizeMode(ActivityPresent, QHeaderView::ResizeToContents);
    m_activities->setWordWrap(false);
    m_activities->setTextElideMode(Qt::ElideRight);
    m_activities->setMaximumHeight(220);
    layout->addWidget(m_activities);

    m_attendanceTitle = new QLabel(panel);
    m_attendanceTitle->setObjectName(QStringLiteral("attendanceTitle"));
    m_attendanceTitle->setWordWrap(true);
    layout->addWidget(m_attendanceTitle);
    m_attendanceFilter = new QLineEdit(panel);
    m_attendanceFilter->setObjectName(QStringLiteral("attendanceFilter"));
    m_attendanceFilter->setAccessibleName(tr("Search the attendance list"));
    m_attendanceFilter->setClearButtonEnabled(true);
    m_attendanceFilter->setPlaceholderText(tr("Filter by name"));
    layout->addWidget(m_attendanceFilter);
    auto* attendanceError = new ErrorLabel(QStringLiteral("attendanceError"), panel);
    attendanceError->follow(m_attendance);
    layout->addWidget(attendanceError);
    m_attendanceView = makeTable(panel, QStringLiteral("attendanceView"));
    m_attendanceView->setAccessibleName(tr("Attendance"));
    m_attendanceView->setModel(m_attendance);
    m_attendanceView->setColumnWidth(AttendanceModel::Name, 260);
    layout->addWidget(m_attendanceView, 1);

    connect(newButton, &QPushButton::clicked, this, &MeetingPlacePage::newActivity);
    connect(m_editActivity, &QPushButton::clicked, this, &MeetingPlacePage::editActivity);
    connect(m_activities, &QTableWidget::itemDoubleClicked, this, &MeetingPlacePage::editActivity);
    connect(m_printAttendance, &QPushButton::clicked, this, &MeetingPlacePage::previewAttendanceList);
    connect(m_exportAttendance, &QPushButton::clicked, this, &MeetingPlacePage::exportAttendancePdf);
    connect(m_activities, &QTableWidget::itemSelectionChanged, this, &MeetingPlacePage::activityChosen);
    connect(m_attendanceFilter, &QLineEdit::textChanged, m_attendance, &AttendanceModel::setFilterText);
    return panel;
}

void MeetingPlacePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The page may have stayed open past midnight: "today" is read again each time it is shown.
    refresh();
    m_checkIn->setFocus();
}

void MeetingPlacePage::refresh()
{
    const QDate today = Clock::today();
    m_dateLabel->setText(tr("Today %1 · week %2").arg(today.toString(Qt::ISODate)).arg(today.weekNumber()));
    m_visitors->setDay({});
    refreshCounts();
    refreshActivities();
}

void MeetingPlacePage::refreshCounts()
{
    const QDate today = Clock::today();
    const Result<MeetingPlaceRepository::PeriodCounts> read = m_repository.periodCounts(today);
    if (!read) {
        m_counts->setText(read.message());
        m_counts->setStyleSheet(ErrorLabel::textStyle());
        return;
    }
    m_counts->setStyleSheet(QString());
    const MeetingPlaceRepository::PeriodCounts& counts = *read;
    const MeetingPlaceRepository::Counts& day = counts.day;
    const MeetingPlaceRepository::Counts& week = counts.week;
    const MeetingPlaceRepository::Counts& month = counts.month;
    const QString cell = QStringLiteral("<td align=\"right\" style=\"padding: 1px 10px;\">%1</td>");
    const QString head = QStringLiteral("<th align=\"right\" style=\"padding: 1px 10px;\">%1</th>");
    QString html = QStringLiteral("<table cellspacing=\"0\"><tr><td></td>") + head.arg(tr("Today"))
        + head.arg(tr("This week")) + head.arg(tr("This month")) + QStringLiteral("</tr><tr><td>") + tr("Visits")
        + QStringLiteral("</td>") + cell.arg(day.visits) + cell.arg(week.visits) + cell.arg(month.visits)
        + QStringLiteral("</tr><tr><td>") + tr("Registered youths (each once)") + QStringLiteral("</td>")
        + cell.arg(day.namedVisitors) + cell.arg(week.namedVisitors) + cell.arg(month.namedVisitors)
        + QStringLiteral("</tr><tr><td>") + tr("Anonymous visits") + QStringLiteral("</td>")
        + cell.arg(day.anonymousVisits) + cell.arg(week.anonymousVisits) + cell.arg(month.anonymousVisits)
        + QStringLiteral("</tr></table>");
    m_counts->setText(html);
    m_counts->setToolTip(tr("Visits: drop-in check-ins of registered youths and anonymous visits."));
    m_countsNote->setText(tr("Registered youths are counted once however often they came. Anonymous visits cannot "
                             "be told apart, so each one is counted as a visit and not as a person. Weeks run "
                             "Monday to Sunday."));
}

void MeetingPlacePage::setFeedback(const QString& text, bool problem)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(problem ? ErrorLabel::textStyle() : QString());
}

bool MeetingPlacePage::eventFilter(QObject* watched, QEvent* event)
{
    // Up/Down move in the pick list while the typing stays in the check-in box; Escape closes the list.
    if (watched == m_checkIn && event->type() == QEvent::KeyPress && m_picks->isVisible()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int count = m_picks->count();
        switch (key->key()) {
        case Qt::Key_Down:
            m_picks->setCurrentRow(std::min(m_picks->currentRow() + 1, count - 1));
            return true;
        case Qt::Key_Up:
            m_picks->setCurrentRow(std::max(m_picks->currentRow() - 1, 0));
            return true;
        case Qt::Key_Escape:
            hidePicks();
            setFeedback({});
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingPlacePage::checkInFromSearch()
{
    if (m_picks->isVisible() && m_picks->currentItem()) {
        checkInYouth(m_picks->currentItem()->data(kYouthIdRole).toLongLong());
        return;
    }
    const QString text = m_checkIn->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    const Result<QList<MeetingPlaceRepository::YouthMatch>> found = m_repository.findYouths(text);
    if (!found) {
        hidePicks();
        setFeedback(found.message(), true);
        return;
    }
    const QList<MeetingPlaceRepository::YouthMatch>& matches = *found;
    if (matches.isEmpty()) {
        hidePicks();
        setFeedback(tr("No youth matches “%1”. Register the youth first, or check in an anonymous visitor.").arg(text),
                    true);
        return;
    }
    if (matches.size() == 1) {
        checkInYouth(matches.first().id);
        return;
    }
    showPicks(matches);
}

void MeetingPlacePage::showPicks(const QList<MeetingPlaceRepository::YouthMatch>& matches)
{
    m_picks->clear();
    for (const MeetingPlaceRepository::YouthMatch& match : matches) {
        QStringList parts { match.name };
        if (match.birthDate.isValid()) {
            parts.append(match.birthDate.toString(Qt::ISODate));
        }
        parts.append(Vocabulary::label(match.status));
        auto* item = new QListWidgetItem(parts.join(QStringLiteral("  ·  ")), m_picks);
        item->setData(kYouthIdRole, match.id);
    }
    m_picks->setCurrentRow(0);
    // As tall as the matches, up to eight rows; the rest scroll.
    const int rows = std::min(int(matches.size()), 8);
    m_picks->setFixedHeight(rows * m_picks->sizeHintForRow(0) + 2 * m_picks->frameWidth() + 2);
    m_picks->show();
    setFeedback(tr("%n youths match. Choose one with Up/Down and press Enter.", nullptr, int(matches.size())));
}

void MeetingPlacePage::hidePicks()
{
    m_picks->hide();
    m_picks->clear();
}

bool MeetingPlacePage::checkInYouth(qint64 youthId)
{
    const Result<std::optional<Youth>> read = m_workspace.youths().load(youthId);
    if (!read.ok()) {
        MessageBox::warning(this, tr("Not checked in"), read.message());
        return false;
    }
    const std::optional<Youth>& youth = read.value();
    if (!youth) {
        return false;
    }
    const QString name = youth->fullName();
    const Result<std::optional<QDateTime>> checkedIn = m_repository.checkedInAt(youthId, Clock::today());
    if (!checkedIn.ok()) {
        setFeedback(checkedIn.message(), true);
        return false;
    }
    if (const std::optional<QDateTime>& earlier = checkedIn.value()) {
        const auto answer = MessageBox::question(this, tr("Already checked in"),
                                                 tr("%1 was already checked in today at %2. Check in again?")
                                                     .arg(name, earlier->time().toString(QStringLiteral("HH:mm"))),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            setFeedback(tr("%1 is already checked in today.").arg(name));
            m_checkIn->selectAll();
            return false;
        }
    }
    const Result<qint64> result = m_repository.checkIn(youthId, m_workspace.session().staffId());
    if (!result.ok()) {
        MessageBox::warning(this, tr("Not checked in"), result.message());
        return false;
    }
    hidePicks();
    m_checkIn->clear();
    m_checkIn->setFocus();
    setFeedback(tr("Checked in: %1 at %2.").arg(name, Clock::now().time().toString(QStringLiteral("HH:mm"))));
    const int row = m_visitors->rowOfYouth(youthId);
    if (row >= 0) {
        m_visitorsView->scrollTo(m_visitors->index(row, 0));
    }
    return true;
}

void MeetingPlacePage::checkInAnonymous()
{
    const auto gender = static_cast<Gender>(m_anonymousGender->currentData().toInt());
    const auto age = static_cast<MeetingPlaceRepository::AgeGroup>(m_anonymousAge->currentData().toInt());
    const Result<qint64> result = m_repository.addAnonymousVisit(gender, age);
    if (!result.ok()) {
        MessageBox::warning(this, tr("Not checked in"), result.message());
        return;
    }
    setFeedback(tr("Anonymous visitor checked in at %1.").arg(Clock::now().time().toString(QStringLiteral("HH:mm"))));
    m_checkIn->setFocus();
}

void MeetingPlacePage::removeSelectedVisit()
{
    const QModelIndexList rows = m_visitorsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const MeetingPlaceRepository::Visit visit = m_visitors->visitAt(rows.first().row());
    const QString time = visit.at.time().toString(QStringLiteral("HH:mm"));
    const QString text = visit.isAnonymous()
        ? tr("Remove the anonymous visit at %1?").arg(time)
        : tr("Remove the visit of %1 at %2? The entry stays in the youth's timeline, struck out.")
              .arg(visit.name, time);
    if (MessageBox::question(this, tr("Remove visit"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    const Result<qint64> result = m_repository.removeVisit(visit, m_workspace.session().staffId());
    if (!result.ok()) {
        MessageBox::warning(this, tr("Visit not removed"), result.message());
    }
}

qint64 MeetingPlacePage::currentActivityId() const
{
    const QList<QTableWidgetItem*> selected = m_activities->selectedItems();
    return selected.isEmpty() ? 0 : m_activities->item(selected.first()->row(), 0)->data(kActivityIdRole).toLongLong();
}

void MeetingPlacePage::selectActivity(qint64 activityId)
{
    for (int row = 0; row < m_activities->rowCount(); ++row) {
        if (m_activities->item(row, 0)->data(kActivityIdRole).toLongLong() == activityId) {
            m_activities->selectRow(row);
            return;
        }
    }
}

void MeetingPlacePage::refreshActivities()
{
    const qint64 selected = currentActivityId();
    const QDate today = Clock::today();
    const Result<QList<MeetingPlaceRepository::GroupActivity>> read
        = m_repository.activities(today.addMonths(-kActivityMonthsShown));
    if (!read) {
        setFeedback(read.message(), true);
    }
    const QList<MeetingPlaceRepository::GroupActivity> activities = read.valueOr({});
    {
        // Rebuilding the rows must not look like a new choice to the attendance list.
        const QSignalBlocker blocker(m_activities);
        m_activities->clearSelection();
        m_activities->setRowCount(int(activities.size()));
        for (int row = 0; row < activities.size(); ++row) {
            const MeetingPlaceRepository::GroupActivity& activity = activities.at(row);
            const QStringList texts = { activity.heldOn.toString(Qt::ISODate), activity.title, activity.place,
                                        activity.leaderName, QString::number(activity.attendance) };
            for (int column = 0; column < ActivityColumns; ++column) {
                auto* item = new QTableWidgetItem(texts.at(column));
                item->setData(kActivityIdRole, activity.id);
                if (column == ActivityPresent) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                if (activity.heldOn == today) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                m_activities->setItem(row, column, item);
            }
        }
        // Keep the choice; otherwise today's activity (the list is newest first), or the latest one held.
        qint64 choose = selected;
        if (choose == 0) {
            for (const MeetingPlaceRepository::GroupActivity& activity : activities) {
                if (activity.heldOn <= today) {
                    choose = activity.id;
                    break;
                }
            }
        }
        selectActivity(choose);
    }
    activityChosen();
}

void MeetingPlacePage::activityChosen()
{
    const qint64 id = currentActivityId();
    const Result<std::optional<MeetingPlaceRepository::GroupActivity>> read
        = id != 0 ? m_repository.activity(id) : std::optional<MeetingPlaceRepository::GroupActivity>();
    const std::optional<MeetingPlaceRepository::GroupActivity> activity = read.valueOr(std::nullopt);
    if (!read.ok()) {
        m_attendanceTitle->setText(read.message().toHtmlEscaped());
    } else if (activity) {
        // The leader logs the attendance; without one, this PC's staff member.
        m_attendance->setStaffId(activity->leaderId != 0 ? activity->leaderId : m_workspace.session().staffId());
        m_attendanceTitle->setText(
            tr("<b>Attendance: %1, %2</b> — tick those who came. %n present.", nullptr, activity->attendance)
                .arg(activity->title.toHtmlEscaped(), activity->heldOn.toString(Qt::ISODate)));
    } else {
        m_attendanceTitle->setText(tr("Choose an activity to tick its attendance, or create a new one."));
    }
    if (m_attendance->activityId() != id) {
        m_attendance->setActivity(id);
    }
    updateActivityButtons();
}

void MeetingPlacePage::updateActivityButtons()
{
    const bool chosen = currentActivityId() != 0;
    m_editActivity->setEnabled(chosen);
    m_printAttendance->setEnabled(chosen);
    m_exportAttendance->setEnabled(chosen);
    m_attendanceFilter->setEnabled(chosen);
    m_attendanceView->setEnabled(chosen);
}

GroupActivityDialog* MeetingPlacePage::newActivity()
{
    auto* dialog = new GroupActivityDialog(m_workspace, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refreshActivities();
        selectActivity(dialog->savedId());
    });
    dialog->open();
    return dialog;
}

GroupActivityDialog* MeetingPlacePage::editActivity()
{
    const Result<MeetingPlaceRepository::GroupActivity> activity
        = required(m_repository.activity(currentActivityId()), tr("This activity no longer exists."));
    if (!activity) {
        MessageBox::warning(this, tr("Change activity"), activity.message());
        return nullptr;
    }
    auto* dialog = new GroupActivityDialog(m_workspace, *activity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MeetingPlacePage::refreshActivities);
    dialog->open();
    return dialog;
}

Result<std::unique_ptr<QTextDocument>> MeetingPlacePage::attendanceDocument() const
{
    const Result<MeetingPlaceRepository::GroupActivity> activity
        = required(m_repository.activity(currentActivityId()), tr("This activity no longer exists."));
    if (!activity) {
        return activity.error();
    }
    const Result<QList<MeetingPlaceRepository::Attendee>> attendees = m_repository.attendees(activity->id);
    if (!attendees) {
        return attendees.error();
    }
    AttendanceDocumentBuilder::Input input;
    input.activity = *activity;
    for (const MeetingPlaceRepository::Attendee& attendee : *attendees) {
        input.names.append(attendee.name);
    }
    input.centreName = m_workspace.centre().centreName();
    input.logo = m_workspace.centre().logo();
    return AttendanceDocumentBuilder::build(input);
}

void MeetingPlacePage::previewAttendanceList()
{
    if (currentActivityId() == 0) {
        return;
    }
    DocumentPrinter::preview(
        this,
        [this] {
            return m_workspace.session().log(AccessAction::PrintDocument, 0,
                                             AccessDetail::encode(AccessDetail::Code::AttendanceList));
        },
        [this]() -> Result<std::unique_ptr<QTextDocument>> { return attendanceDocument(); });
}

bool MeetingPlacePage::exportAttendancePdf()
{
    const Result<MeetingPlaceRepository::GroupActivity> activity
        = required(m_repository.activity(currentActivityId()), tr("This activity no longer exists."));
    if (!activity) {
        MessageBox::warning(this, tr("PDF not written"), activity.message());
        return false;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + tr("Attendance list %1 %2.pdf").arg(activity->title, activity->heldOn.toString(Qt::ISODate));
    const QString path = FileDialog::getSaveFileName(this, tr("Export attendance list as PDF"), suggested,
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    const Result<std::unique_ptr<QTextDocument>> document = attendanceDocument();
    if (!document) {
        MessageBox::warning(this, tr("PDF not written"), document.message());
        return false;
    }
    const Result<int> written = PagedDocumentRenderer::writePdf(**document, path, Clock::today());
    if (!written) {
        MessageBox::warning(this, tr("PDF not written"), written.message());
        return false;
    }
    if (!DocumentPrinter::keepIfRecorded(
            this, path,
            m_workspace.session().log(AccessAction::ExportPdf, 0,
                                      AccessDetail::encode(AccessDetail::Code::AttendanceList)))) {
        return false;
    }
    setFeedback(tr("Attendance list written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace lotsen
