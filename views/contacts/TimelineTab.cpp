#include "contacts/TimelineTab.h"

#include "calendar/CalendarActions.h"
#include "calendar/PlannedCalendarQuery.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactRepository.h"
#include "contacts/TimelineModel.h"
#include "core/Workspace.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/MessageBox.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

#include <array>

namespace lotsen {

namespace {

// Struck-out entries stay readable but plainly void; the program's own events read as quieter than contacts.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TimelineModel::StruckRole).toBool()) {
            option->font.setStrikeOut(true);
            option->palette.setColor(QPalette::Text, QColor(0x88, 0x88, 0x88));
            option->palette.setColor(QPalette::HighlightedText, QColor(0xdd, 0xdd, 0xdd));
        } else if (!index.data(TimelineModel::CorrectedByRole).toString().isEmpty()) {
            // Replaced by a correction: still there to read, but the correction above is what counts.
            option->palette.setColor(QPalette::Text, QColor(0x77, 0x77, 0x77));
        } else if (!index.data(TimelineModel::IsContactRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, QColor(0x40, 0x5a, 0x78));
        } else if (index.column() == TimelineModel::Kind && index.data(TimelineModel::AttemptRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x4a, 0x00));
        }
    }
};

} // namespace

TimelineTab::TimelineTab(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_youthId(youthId), m_model(new TimelineModel(workspace, this))
{
    m_model->setObjectName(QStringLiteral("model"));
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("timelineToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_logAction = bar->addAction(tr("Log contact…"), this, &TimelineTab::logContact);
    m_logAction->setObjectName(QStringLiteral("logContactAction"));
    // Ctrl+L is reserved for locking the program.
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_logAction->setToolTip(tr("Log a meeting, call, message or visit (Ctrl+K)"));
    m_attemptAction = bar->addAction(tr("Log attempt without answer"), this, &TimelineTab::logAttempt);
    m_attemptAction->setObjectName(QStringLiteral("logAttemptAction"));
    m_attemptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_attemptAction->setToolTip(
        tr("You tried to reach the youth but got no answer (Ctrl+Shift+K, then Ctrl+Enter to save)"));
    bar->addSeparator();
    m_changeAction = bar->addAction(tr("Change…"), this, &TimelineTab::changeCurrent);
    m_changeAction->setObjectName(QStringLiteral("changeEntryAction"));
    m_changeAction->setToolTip(tr("Change the selected entry: possible for a short time after it was written, or "
                                  "by its author"));
    m_correctAction = bar->addAction(tr("Correct…"), this, &TimelineTab::correctCurrent);
    m_correctAction->setObjectName(QStringLiteral("correctEntryAction"));
    m_correctAction->setToolTip(tr("Write a new entry that corrects the selected one; the original stays"));
    m_strikeAction = bar->addAction(tr("Strike out…"), this, &TimelineTab::strikeCurrent);
    m_strikeAction->setObjectName(QStringLiteral("strikeEntryAction"));
    m_strikeAction->setToolTip(tr("Mark the selected entry as void, with the reason; it stays visible"));
    bar->addSeparator();
    m_calendarAction = bar->addAction(tr("Add to calendar…"), this, &TimelineTab::addCurrentToCalendar);
    m_calendarAction->setObjectName(QStringLiteral("addToCalendarAction"));
    m_calendarAction->setToolTip(tr("Save the selected entry's next planned contact as a calendar file (.ics), with "
                                    "the youth's first name only"));
    for (QAction* action : { m_logAction, m_attemptAction, m_changeAction, m_correctAction, m_strikeAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_emptyText = new QLabel(
        tr("No contacts are logged yet. The timeline lists every contact with the youth, newest first: meetings, "
           "calls, messages, visits and also attempts that got no answer, together with status and mentor changes. "
           "Log a contact with Log contact (Ctrl+K). Entries are never deleted: a mistake is corrected or struck "
           "out, and stays visible."),
        this);
    m_emptyText->setObjectName(QStringLiteral("timelineEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setStyleSheet(QStringLiteral("color: #555; padding: 6px;"));

    m_view = new QTableView(this);

    ElidedToolTips::install(m_view);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // One youth has tens or a few hundred entries, so fitting each row to its note is cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    // When, Kind, With whom, Staff, Registered by; the note takes the rest.
    constexpr std::array<int, TimelineModel::Note> widths = { 125, 150, 120, 140, 140 };
    for (int column = 0; column < TimelineModel::Note; ++column) {
        header->resizeSection(column, widths.at(column));
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    auto* error = new ErrorLabel(QStringLiteral("timelineError"), this);
    error->follow(m_model);
    layout->addWidget(error);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, &TimelineTab::openCurrent);
    // The entry's commands also on its context menu.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ m_changeAction, m_correctAction, m_strikeAction, m_calendarAction });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const auto contact = m_model->contactAt(currentRow()); contact && m_keepContactId == 0) {
            m_keepContactId = contact->id;
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = std::exchange(m_keepContactId, 0);
        selectContact(keep);
        updateEmptyText();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelineTab::updateActions);

    syncStaff();
    m_model->setYouthId(youthId);
}

void TimelineTab::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    m_model->setYouthId(youthId);
}

void TimelineTab::showEvent(QShowEvent* event)
{
    // The mentor working at this PC may have been chosen elsewhere since (e.g. on Today).
    syncStaff();
    QWidget::showEvent(event);
}

void TimelineTab::syncStaff() { }

int TimelineTab::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TimelineTab::selectContact(qint64 contactId)
{
    const int row = contactId != 0 ? m_model->rowOfContact(contactId) : -1;
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, TimelineModel::When));
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, TimelineModel::When));
    }
}

void TimelineTab::updateEmptyText()
{
    bool anyContact = false;
    for (int row = 0; row < m_model->rowCount() && !anyContact; ++row) {
        anyContact = m_model->contactAt(row).has_value();
    }
    // A timeline that could not be read is not "no contacts yet": the error line says what happened.
    m_emptyText->setVisible(!anyContact && !m_model->hasLoadError());
}

void TimelineTab::updateActions()
{
    const bool saved = m_youthId != 0;
    const std::optional<Contact> contact = m_model->contactAt(currentRow());
    const bool live = contact && !contact->isStruck();
    m_logAction->setEnabled(saved);
    m_attemptAction->setEnabled(saved);
    m_changeAction->setEnabled(live && m_model->isEditable(currentRow()));
    m_correctAction->setEnabled(live);
    m_strikeAction->setEnabled(live);
    m_calendarAction->setEnabled(live && contact->nextPlanned.isValid());
}

void TimelineTab::addCurrentToCalendar()
{
    const std::optional<Contact> contact = m_model->contactAt(currentRow());
    if (!contact || contact->isStruck() || !contact->nextPlanned.isValid()) {
        return;
    }
    CalendarActions::addToCalendar(this, m_workspace,
                                   PlannedCalendarQuery(m_workspace.database()).plannedContact(contact->id),
                                   QStringLiteral("contact"));
}

void TimelineTab::logContact()
{
    if (m_youthId == 0) {
        return;
    }
    auto* dialog = new ContactDialog(m_workspace, m_youthId, ContactDialog::Mode::New, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectContact(dialog->savedId()); });
    dialog->open();
}

void TimelineTab::logAttempt()
{
    if (m_youthId == 0) {
        return;
    }
    // The dialog comes preset, so Ctrl+Enter saves the attempt at once; a note can still be added.
    Contact preset;
    preset.kind = ContactKind::Attempt;
    auto* dialog = new ContactDialog(m_workspace, m_youthId, ContactDialog::Mode::New, preset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectContact(dialog->savedId()); });
    dialog->open();
    dialog->noteEdit()->setFocus();
}

void TimelineTab::changeCurrent()
{
    syncStaff();
    const int row = currentRow();
    const std::optional<Contact> contact = m_model->contactAt(row);
    if (!contact || !m_model->isEditable(row)) {
        return;
    }
    auto* dialog = new ContactDialog(m_workspace, m_youthId, ContactDialog::Mode::Edit, *contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectContact(dialog->savedId()); });
    dialog->open();
}

void TimelineTab::correctCurrent()
{
    const std::optional<Contact> contact = m_model->contactAt(currentRow());
    if (!contact || contact->isStruck()) {
        return;
    }
    auto* dialog = new ContactDialog(m_workspace, m_youthId, ContactDialog::Mode::Correction, *contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectContact(dialog->savedId()); });
    dialog->open();
}

void TimelineTab::strikeCurrent()
{
    const std::optional<Contact> contact = m_model->contactAt(currentRow());
    if (!contact || contact->isStruck()) {
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("strikeReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Strike out entry"));
    dialog->setLabelText(tr("The entry of %1 stays in the timeline, struck through, with your name, the time and "
                            "the reason.\nWhy is it struck out?")
                             .arg(contact->occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("Strike out"));
    const qint64 id = contact->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& reason) {
        const Result<qint64> result = m_workspace.contacts().strike(id, m_workspace.session().staffId(), reason);
        if (!result.ok()) {
            MessageBox::warning(this, tr("Strike out entry"), result.message());
            return;
        }
        selectContact(id);
    });
    dialog->open();
}

void TimelineTab::openCurrent()
{
    syncStaff();
    const int row = currentRow();
    const std::optional<Contact> contact = m_model->contactAt(row);
    if (!contact || contact->isStruck()) {
        return;
    }
    if (m_model->isEditable(row)) {
        changeCurrent();
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Correct entry"),
        tr("This entry can no longer be changed. Write a correction? The original stays in the timeline."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        correctCurrent();
    }
}

} // namespace lotsen
