#include "youth/RegisterWidget.h"

#include "shell/ErrorLabel.h"

#include "access/StaffRepository.h"
#include "contacts/ContactRepository.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "help/HelpLinks.h"
#include "lists/ListCommands.h"
#include "shell/ElidedToolTips.h"
#include "youth/YouthListModel.h"
#include "youth/YouthRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace lotsen {

namespace {
// The version of the register's column layout; saved header states of another version are not restored.
constexpr int kHeaderLayout = 2;
// Long enough to skip the keystrokes of a fast typist, short enough to feel immediate.
constexpr int kSearchDelayMs = 120;
constexpr int kAll = -100; // filter combo data meaning "no filter"
constexpr int kFollowUpDue = -101; // the status filter's "Follow-up due": exited youths with a follow-up to do
} // namespace

RegisterWidget::RegisterWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_model = new YouthListModel(workspace.database(), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setAccessibleName(tr("Search the register"));
    m_search->setPlaceholderText(tr("Search name, personal number or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), kAll);
    for (YouthStatus status : Vocabulary::statuses()) {
        m_status->addItem(Vocabulary::label(status), static_cast<int>(status));
    }
    m_status->addItem(tr("Follow-up due"), kFollowUpDue);
    // Sized for the statuses, not for the longest choice: the filter row must fit a 1366-pixel screen.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(14);
    m_status->setItemData(m_status->count() - 1, tr("Exited youths with a follow-up that is due or overdue"),
                          Qt::ToolTipRole);
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("mentorFilter"));
    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(QStringLiteral("municipalityFilter"));
    fillMentorFilter();
    fillMunicipalityFilter();

    m_newButton = new QPushButton(tr("&New youth"), this);
    m_newButton->setObjectName(QStringLiteral("newYouthButton"));
    m_newButton->setToolTip(tr("Register a new youth (Ctrl+N)"));

    m_onlyMine = new QCheckBox(tr("M&ine"), this);
    m_onlyMine->setObjectName(QStringLiteral("registerOnlyMine"));
    m_onlyMine->setToolTip(tr("Only the youths you are mentor for"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_onlyMine);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_mentor, 1);
    filters->addWidget(m_municipality, 1);
    filters->addWidget(m_newButton);

    m_table = new QTableView(this);

    ElidedToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setAccessibleName(tr("Youths in the register"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    // Fixed row heights and no ResizeToContents: both would touch every row of a 100,000-row register.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicator(YouthListModel::Name, Qt::AscendingOrder);
    showDefaultColumns();
    // The state is kept with the layout it was made for: restoring a state from a version with other columns or
    // other default widths would give the columns the widths of the old ones.
    const QVariantMap saved = AppSettings::instance()->value(AppSettings::Key::RegisterHeaderState).toMap();
    if (saved.value(QStringLiteral("layout")).toInt() == kHeaderLayout) {
        header->restoreState(saved.value(QStringLiteral("state")).toByteArray());
    }
    // Right click on the header: which columns to show.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RegisterWidget::showColumnMenu);
    header->setToolTip(tr("Right-click to choose the columns"));

    m_emptyText = new QLabel(this);
    m_emptyText->setObjectName(QStringLiteral("registerEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    HelpLinks::connect(m_emptyText);
    m_emptyAction = new QPushButton(this);
    m_emptyAction->setObjectName(QStringLiteral("registerEmptyAction"));
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(emptyPage);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registerCount"));
    auto* error = new ErrorLabel(QStringLiteral("registerError"), this);
    error->follow(m_model);

    m_listCommands = new ListCommands(workspace, m_table, ListExport::List::Register, this);
    m_listCommands->setPrepare([this] {
        if (m_searchDelay->isActive()) { // what was typed is what the user expects to get
            applyFilter();
        }
    });
    m_listCommands->setFilterText([this] { return filterDescription(); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_listCommands->makeExportButton(this));
    bottom->addWidget(m_listCommands->makePrintButton(this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(error);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &RegisterWidget::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* combo : { m_status, m_mentor, m_municipality }) {
        connect(combo, &QComboBox::activated, this, &RegisterWidget::applyFilter);
    }
    connect(m_onlyMine, &QCheckBox::clicked, this, [this](bool checked) {
        if (const qint64 accountId = m_workspace.session().accountId(); accountId != 0) {
            // Remembered for this account (a failure only means the choice is not kept; it is logged).
            (void)m_workspace.preferences().setValue(accountId, AccountPreferences::Key::RegisterOnlyMine, checked);
        }
        applyFilter();
    });
    // Each account its own choice: at login, at a switch of user and now.
    connect(&workspace.session(), &Session::accessChanged, this, &RegisterWidget::showAccountsView);
    connect(m_newButton, &QPushButton::clicked, this, &RegisterWidget::newYouthRequested);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (m_model->totalCount() == 0) {
            emit newYouthRequested();
        } else {
            clearFilters();
        }
    });
    connect(m_table, &QTableView::activated, this, &RegisterWidget::openCurrent);
    connect(m_model, &YouthListModel::countsChanged, this, &RegisterWidget::updateCounts);
    connect(&workspace.youths(), &YouthRepository::youthSaved, this, [this] {
        fillMunicipalityFilter();
        (void)m_model->refresh(); // a failure shows in the error line
    });
    const auto refresh = [this] {
        (void)m_model->refresh(); // a failure shows in the error line
    };
    connect(&workspace.youths(), &YouthRepository::youthRemoved, this, refresh);
    // Last contact and next planned contact change with every logged contact.
    connect(&workspace.contacts(), &ContactRepository::contactsChanged, this, refresh);
    connect(&workspace.staff(), &StaffRepository::changed, this, [this] {
        fillMentorFilter();
        (void)m_model->refresh(); // a failure shows in the error line
    });

    showAccountsView();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateCounts();
}

RegisterWidget::~RegisterWidget()
{
    const QVariantMap state { { QStringLiteral("layout"), kHeaderLayout },
                              { QStringLiteral("state"), m_table->horizontalHeader()->saveState() } };
    AppSettings::instance()->setValue(AppSettings::Key::RegisterHeaderState, state);
}

void RegisterWidget::showDefaultColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    // Name, personal number, age, gender, status, mentor, last contact, next planned contact, municipality, start,
    // exit date, situation at exit.
    const int widths[] = { 180, 120, 45, 90, 105, 135, 115, 165, 105, 95, 95, 200 };
    static_assert(std::size(widths) == YouthListModel::ColumnCount);
    for (int column = 0; column < YouthListModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, column == YouthListModel::Gender);
        header->resizeSection(column, widths[column]);
    }
    showExitColumns();
}

void RegisterWidget::showExitColumns()
{
    // The exit columns belong to the exited youths: shown with that filter (and the follow-ups due), hidden
    // otherwise, where they would be empty for nearly everyone.
    const int choice = m_status->currentData().toInt();
    const bool exited = choice == static_cast<int>(YouthStatus::Exited) || choice == kFollowUpDue;
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionHidden(YouthListModel::ExitDate, !exited);
    header->setSectionHidden(YouthListModel::ExitSituation, !exited);
}

void RegisterWidget::showColumnMenu(const QPoint& pos)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("registerColumnMenu"));
    for (int column = 0; column < YouthListModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != YouthListModel::Name); // the name says which row is whose
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Default columns"), this, &RegisterWidget::showDefaultColumns);
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void RegisterWidget::fillMentorFilter()
{
    const QVariant current = m_mentor->currentData();
    m_mentor->clear();
    m_mentor->addItem(tr("All mentors"), QVariant::fromValue<qint64>(kAll));
    m_mentor->addItem(tr("No mentor"), QVariant::fromValue<qint64>(YouthFilter::NoMentor));
    // A filter shows every mentor, the inactive too, so it does not go through StaffChoice. When the staff cannot
    // be read, the filter offers only these two and says why in its tooltip.
    const Result<QList<Staff>> staff = m_workspace.staff().all();
    m_mentor->setToolTip(staff ? QString() : staff.message());
    for (const Staff& member : staff.valueOr({})) {
        m_mentor->addItem(member.active ? member.name : tr("%1 (inactive)").arg(member.name),
                          QVariant::fromValue(member.id));
    }
    const int index = m_mentor->findData(current);
    m_mentor->setCurrentIndex(index < 0 ? 0 : index);
}

void RegisterWidget::fillMunicipalityFilter()
{
    const QString current = m_municipality->currentIndex() > 0 ? m_municipality->currentText() : QString();
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"));
    // A failed read is logged by the repository; the list then offers no suggestions, and typing still works.
    m_municipality->addItems(m_workspace.youths().municipalities().valueOr({}));
    const int index = current.isEmpty() ? 0 : m_municipality->findText(current);
    m_municipality->setCurrentIndex(index < 0 ? 0 : index);
}

void RegisterWidget::showAccountsView()
{
    const Session& session = m_workspace.session();
    // Only a person who is a staff record has youths of their own.
    m_onlyMine->setVisible(session.staffId() != 0);
    bool onlyMine = false;
    if (session.staffId() != 0) {
        const Result<std::optional<qint64>> chosen
            = m_workspace.preferences().value(session.accountId(), AccountPreferences::Key::RegisterOnlyMine);
        onlyMine = chosen.ok() && chosen.value() && **chosen != 0;
    }
    if (onlyMine != m_onlyMine->isChecked()) {
        m_onlyMine->setChecked(onlyMine);
        applyFilter();
    }
}

void RegisterWidget::applyFilter()
{
    m_searchDelay->stop();
    YouthFilter filter;
    filter.text = m_search->text();
    if (const int status = m_status->currentData().toInt(); status == kFollowUpDue) {
        filter.followUpDue = Clock::today();
    } else if (status != kAll) {
        filter.status = static_cast<YouthStatus>(status);
    }
    showExitColumns();
    const qint64 ownStaff = m_workspace.session().staffId();
    m_mentor->setEnabled(!m_onlyMine->isChecked());
    if (m_onlyMine->isChecked() && ownStaff != 0) {
        filter.mentorId = ownStaff;
    } else if (const qint64 mentor = m_mentor->currentData().toLongLong(); mentor != kAll) {
        filter.mentorId = mentor;
    }
    if (m_municipality->currentIndex() > 0) {
        filter.municipality = m_municipality->currentText();
    }
    m_model->setFilter(filter);
}

QString RegisterWidget::filterDescription() const
{
    QStringList parts;
    if (const QString text = m_search->text().trimmed(); !text.isEmpty()) {
        parts.append(tr("search “%1”").arg(text));
    }
    if (m_onlyMine->isChecked()) {
        parts.append(tr("only my youths"));
    }
    for (const QComboBox* combo : { m_status, m_mentor, m_municipality }) {
        if (combo->isEnabled() && combo->currentIndex() > 0) {
            parts.append(combo->currentText());
        }
    }
    return parts.join(QStringLiteral(", "));
}

void RegisterWidget::clearFilters()
{
    m_search->clear();
    m_onlyMine->setChecked(false);
    m_status->setCurrentIndex(0);
    m_mentor->setCurrentIndex(0);
    m_municipality->setCurrentIndex(0);
    applyFilter();
}

void RegisterWidget::updateCounts()
{
    const int matching = m_model->matchingCount();
    const int total = m_model->totalCount();
    m_count->setText(tr("Showing %1 of %2").arg(matching).arg(total));
    if (m_model->hasLoadError()) {
        // Not "no youths registered": the error line above says that the register could not be read.
        m_count->clear();
        m_stack->setCurrentIndex(0);
    } else if (total == 0) {
        m_emptyText->setText(
            HelpLinks::emptyState(tr("No youths are registered yet.\nRegister the first one with New youth (Ctrl+N)."),
                                  QStringLiteral("page-youths")));
        m_emptyAction->setText(tr("New youth"));
        m_stack->setCurrentIndex(1);
    } else if (matching == 0) {
        m_emptyText->setText(tr("No youth matches the search and filters.").toHtmlEscaped());
        m_emptyAction->setText(tr("Clear search and filters"));
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
    }
}

void RegisterWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegisterWidget::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        emit openYouthRequested(m_model->idAt(current.row()));
    }
}

bool RegisterWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Down or Enter in the search field moves to the results, so the keyboard alone finds and opens a youth.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_searchDelay->isActive()) {
                applyFilter();
            }
            if (m_model->rowCount() > 0) {
                m_table->setFocus(Qt::OtherFocusReason);
                if (!m_table->currentIndex().isValid()) {
                    m_table->setCurrentIndex(m_model->index(0, 0));
                }
                m_table->selectRow(m_table->currentIndex().row());
                if (key->key() != Qt::Key_Down && m_model->matchingCount() == 1) {
                    openCurrent();
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lotsen
