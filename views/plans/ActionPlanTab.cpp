#include "plans/ActionPlanTab.h"

#include "access/AccessDetail.h"
#include "calendar/CalendarActions.h"
#include "calendar/PlannedCalendarQuery.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "documents/DocumentPrinter.h"
#include "plans/PlanEditor.h"
#include "plans/PlanPrintout.h"
#include "plans/PlanRepository.h"
#include "plans/PlanStepDelegate.h"
#include "plans/PlanStepsModel.h"
#include "shell/ElidedToolTips.h"
#include "shell/ErrorLabel.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"
#include "youth/YouthRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lotsen {

namespace {

// Ctrl+Z in a text field must reach the plan's undo stack, not the field's own (which is switched off).
class UndoShortcutFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

ActionPlanTab::ActionPlanTab(Workspace& workspace, qint64 youthId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_youthId(youthId), m_editor(new PlanEditor(this))
{
    m_editor->setObjectName(QStringLiteral("editor"));
    buildUi();
    connect(m_editor, &PlanEditor::dirtyChanged, this, [this](bool dirty) {
        updateActions();
        emit dirtyChanged(dirty);
    });
    connect(m_editor, &PlanEditor::sectionChanged, this, [this](PlanSection section, const QString& text) {
        QPlainTextEdit* edit = m_sections.value(section);
        if (edit && edit->toPlainText() != text) {
            m_updatingWidgets = true;
            edit->setPlainText(text);
            edit->moveCursor(QTextCursor::End);
            m_updatingWidgets = false;
        }
    });
    connect(m_editor, &PlanEditor::nextReviewChanged, this, [this](const QDate& date) {
        m_updatingWidgets = true;
        m_nextReview->setOptionalDate(date);
        m_updatingWidgets = false;
    });
    connect(m_editor->undoStack(), &QUndoStack::canUndoChanged, this, &ActionPlanTab::updateActions);
    connect(m_editor->undoStack(), &QUndoStack::canRedoChanged, this, &ActionPlanTab::updateActions);
    connect(&m_workspace.plans(), &PlanRepository::plansChanged, this, &ActionPlanTab::followChangedElsewhere);
    reload();
}

void ActionPlanTab::buildUi()
{
    // The empty state: what a plan is, and the way to start one.
    auto* empty = new QWidget(this);
    auto* emptyText = new QLabel(
        tr("<h3>No action plan yet</h3>"
           "<p>The individual action plan is written together with the youth, in their own words: their goal, what "
           "they are good at, what they need support with, what they want, and the concrete steps to get there.</p>"
           "<p>It is printed for the meeting, signed by both of you, and reviewed every few weeks. Earlier versions "
           "are kept.</p>"),
        empty);
    emptyText->setObjectName(QStringLiteral("planEmptyText"));
    emptyText->setWordWrap(true);
    emptyText->setFixedWidth(520);
    auto* newButton = new QPushButton(tr("&New plan"), empty);
    newButton->setObjectName(QStringLiteral("newPlanButton"));
    auto* blankButton = new QPushButton(tr("Blank template for the first meeting…"), empty);
    blankButton->setObjectName(QStringLiteral("blankTemplateButton"));
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(blankButton);
    emptyButtons->addWidget(newButton);
    emptyButtons->addStretch(1);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    connect(newButton, &QPushButton::clicked, this, &ActionPlanTab::newPlan);
    connect(blankButton, &QPushButton::clicked, this, &ActionPlanTab::exportBlankTemplate);

    // The plan.
    auto* planPage = new QWidget(this);
    m_versions = new QComboBox(planPage);
    m_versions->setObjectName(QStringLiteral("planVersions"));
    m_versions->setAccessibleName(tr("Plan version"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versionInfo = new QLabel(planPage);
    m_versionInfo->setObjectName(QStringLiteral("planVersionInfo"));
    m_versionInfo->setWordWrap(true);
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(new QLabel(tr("Version:"), planPage));
    versionRow->addWidget(m_versions);
    versionRow->addWidget(m_versionInfo, 1);
    connect(m_versions, &QComboBox::activated, this, &ActionPlanTab::onVersionActivated);

    auto* sectionsWidget = new QWidget(planPage);
    auto* sectionsGrid = new QGridLayout(sectionsWidget);
    sectionsGrid->setContentsMargins(0, 0, 0, 0);
    auto* undoFilter = new UndoShortcutFilter(this);
    int index = 0;
    for (PlanSection section : Vocabulary::planSections()) {
        auto* label
            = new QLabel(QStringLiteral("<b>%1</b>").arg(Vocabulary::heading(section).toHtmlEscaped()), sectionsWidget);
        auto* edit = new QPlainTextEdit(sectionsWidget);
        edit->setObjectName(QStringLiteral("planSection%1").arg(static_cast<int>(section)));
        edit->setPlaceholderText(Vocabulary::hint(section));
        edit->setTabChangesFocus(true);
        edit->setUndoRedoEnabled(false);
        edit->installEventFilter(undoFilter);
        edit->setMinimumHeight(64);
        label->setBuddy(edit);
        m_sections.insert(section, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, section, edit] {
            if (!m_updatingWidgets) {
                m_editor->setSection(section, edit->toPlainText());
            }
        });
        // Three sections a row: two rows of text leave the steps room on a 768-pixel screen.
        const int row = (index / 3) * 2;
        const int column = index % 3;
        sectionsGrid->addWidget(label, row, column);
        sectionsGrid->addWidget(edit, row + 1, column);
        ++index;
    }

    m_steps = new QTableView(planPage);

    ElidedToolTips::install(m_steps);
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setAccessibleName(tr("Steps of the plan"));
    m_steps->setModel(m_editor->steps());
    m_steps->setItemDelegate(new PlanStepDelegate(m_steps));
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_steps->verticalHeader()->setDefaultSectionSize(m_steps->fontMetrics().height() + 12);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setMinimumHeight(150);
    const int widths[] = { 300, 150, 100, 100, 100 };
    for (int column = 0; column < 5; ++column) {
        m_steps->horizontalHeader()->resizeSection(column, widths[column]);
    }
    m_steps->installEventFilter(undoFilter);

    auto* stepsBox = new QGroupBox(tr("Steps"), planPage);
    auto* stepsButtons = new QToolBar(stepsBox);
    stepsButtons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addStepAction = stepsButtons->addAction(tr("Add step"), this, &ActionPlanTab::addStep);
    m_addStepAction->setObjectName(QStringLiteral("addStepAction"));
    m_addStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addStepAction->setToolTip(tr("Add a step (Ctrl+Shift+N)"));
    m_removeStepAction = stepsButtons->addAction(tr("Remove step"), this, &ActionPlanTab::removeStep);
    m_removeStepAction->setToolTip(tr("Remove the selected step (can be undone with Ctrl+Z)"));
    m_upAction = stepsButtons->addAction(tr("Move up"), this, &ActionPlanTab::moveStepUp);
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downAction = stepsButtons->addAction(tr("Move down"), this, &ActionPlanTab::moveStepDown);
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction* action : { m_addStepAction, m_removeStepAction, m_upAction, m_downAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto* overdueNote = new QLabel(tr("Steps past their end date that are not done are marked in red."), stepsBox);
    overdueNote->setStyleSheet(QStringLiteral("color: #666;"));
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(stepsButtons);
    stepsLayout->addWidget(m_steps, 1);
    stepsLayout->addWidget(overdueNote);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActionPlanTab::updateActions);

    m_nextReview = new OptionalDateEdit(planPage);
    m_nextReview->setObjectName(QStringLiteral("planNextReview"));
    connect(m_nextReview, &QDateEdit::dateChanged, this, [this] {
        if (!m_updatingWidgets) {
            m_editor->setNextReview(m_nextReview->optionalDate());
        }
    });
    // Beside the version, not under the steps: on a 768-pixel screen every row counts for the steps.
    auto* reviewLabel = new QLabel(tr("Next review:"), planPage);
    reviewLabel->setBuddy(m_nextReview);
    versionRow->addSpacing(12);
    versionRow->addWidget(reviewLabel);
    versionRow->addWidget(m_nextReview);
    // The saved review date as an .ics file for the mentor's calendar.
    m_reviewCalendarAction = new QAction(tr("Add to calendar…"), this);
    m_reviewCalendarAction->setObjectName(QStringLiteral("planReviewCalendarAction"));
    m_reviewCalendarAction->setToolTip(tr("Save the next review as a calendar file (.ics), with the youth's first "
                                          "name only; save the plan first"));
    connect(m_reviewCalendarAction, &QAction::triggered, this, [this] {
        const ActionPlan plan = m_editor->plan();
        if (plan.id != 0) {
            CalendarActions::addToCalendar(this, m_workspace,
                                           PlannedCalendarQuery(m_workspace.database()).planReview(plan.id),
                                           QStringLiteral("plan-review"));
        }
    });
    auto* reviewCalendar = new QToolButton(planPage);
    reviewCalendar->setObjectName(QStringLiteral("planReviewCalendarButton"));
    reviewCalendar->setDefaultAction(m_reviewCalendarAction);
    versionRow->addWidget(reviewCalendar);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(sectionsWidget);
    contentLayout->addWidget(stepsBox, 1);
    auto* scroll = new QScrollArea(planPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(buildToolBar());
    planLayout->addLayout(versionRow);
    planLayout->addWidget(scroll, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(planPage);
    // A plan that could not be read says so, instead of the empty state's "no action plan yet".
    m_error = new ErrorLabel(QStringLiteral("planError"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_stack);
}

QToolBar* ActionPlanTab::buildToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("planToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_saveAction = bar->addAction(tr("Save plan"), this, &ActionPlanTab::save);
    m_saveAction->setObjectName(QStringLiteral("savePlanAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_undoAction = bar->addAction(tr("Undo"), m_editor->undoStack(), &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = bar->addAction(tr("Redo"), m_editor->undoStack(), &QUndoStack::redo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    bar->addSeparator();
    m_reviseAction = bar->addAction(tr("Revise plan…"), this, &ActionPlanTab::revise);
    m_reviseAction->setObjectName(QStringLiteral("revisePlanAction"));
    m_reviseAction->setToolTip(tr("Freeze this version and start the next one from it"));
    m_signAction = bar->addAction(tr("Mark as signed…"), this, &ActionPlanTab::askSignDate);
    m_signAction->setToolTip(tr("Record that the printed plan was signed by the youth and the mentor"));
    bar->addSeparator();
    m_previewAction = bar->addAction(tr("Print preview…"), this, [this] {
        if (!saveBeforePrinting()) {
            return;
        }
        const ActionPlan plan = m_editor->plan();
        DocumentPrinter::preview(
            this,
            [this] {
                return m_workspace.session().log(AccessAction::PrintDocument, m_youthId,
                                                 AccessDetail::encode(AccessDetail::Code::ActionPlanPreview));
            },
            [this, plan] { return PlanPrintout::document(m_workspace, plan, false); });
    });
    m_printAction = bar->addAction(tr("Print…"), this, [this] {
        if (!saveBeforePrinting()) {
            return;
        }
        const ActionPlan plan = m_editor->plan();
        DocumentPrinter::print(
            this,
            [this] {
                return m_workspace.session().log(AccessAction::PrintDocument, m_youthId,
                                                 AccessDetail::encode(AccessDetail::Code::ActionPlan));
            },
            [this, plan] { return PlanPrintout::document(m_workspace, plan, false); });
    });
    m_printAction->setShortcut(QKeySequence::Print);
    m_pdfAction = bar->addAction(tr("Export PDF…"), this, &ActionPlanTab::exportPdf);
    m_pdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_blankAction = bar->addAction(tr("Blank template…"), this, &ActionPlanTab::exportBlankTemplate);
    m_blankAction->setToolTip(tr("A template with only the youth's name, to fill in by hand at the first meeting"));
    for (QAction* action :
         { m_saveAction, m_undoAction, m_redoAction, m_reviseAction, m_signAction, m_printAction, m_pdfAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    return bar;
}

void ActionPlanTab::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    reload();
}

bool ActionPlanTab::isDirty() const
{
    return m_editor->isDirty();
}

void ActionPlanTab::reload(int version)
{
    const Result<std::optional<ActionPlan>> read = m_youthId != 0 ? readPlan(version) : std::optional<ActionPlan>();
    m_error->setText(read.ok() ? QString() : read.message());
    m_error->setVisible(!read.ok());
    const std::optional<ActionPlan> plan = read.valueOr(std::nullopt);
    m_stack->setCurrentIndex(plan ? 1 : 0);
    // After a failed read "New plan" would start a second plan beside the unread one.
    m_stack->widget(0)->setEnabled(m_youthId != 0 && read.ok());
    m_editor->setPlan(plan.value_or(ActionPlan()), false);
    fillVersions(plan ? plan->version : 0);
    showEditorState();
}

Result<std::optional<ActionPlan>> ActionPlanTab::readPlan(int version) const
{
    const PlanRepository& plans = m_workspace.plans();
    Result<std::optional<ActionPlan>> plan
        = version > 0 ? plans.byVersion(m_youthId, version) : plans.current(m_youthId);
    if (!plan.ok() || plan.value()) {
        return plan;
    }
    // A youth whose every version is frozen (should not happen) still shows the newest one.
    const Result<QList<PlanRepository::VersionInfo>> versions = plans.versions(m_youthId);
    if (!versions) {
        return versions.error();
    }
    return versions->isEmpty() ? plan : plans.load(versions->first().id);
}

void ActionPlanTab::fillVersions(int selectVersion)
{
    m_versions->clear();
    const Result<QList<PlanRepository::VersionInfo>> versions = m_workspace.plans().versions(m_youthId);
    if (!versions) {
        m_error->setText(versions.message());
        m_error->show();
    }
    for (const PlanRepository::VersionInfo& info : versions.valueOr({})) {
        const QString text = info.isFrozen()
            ? tr("%1 – %2").arg(info.version).arg(info.planDate.toString(Qt::ISODate))
            : tr("%1 – %2 (current)").arg(info.version).arg(info.planDate.toString(Qt::ISODate));
        m_versions->addItem(text, info.version);
    }
    m_versions->setCurrentIndex(std::max(0, m_versions->findData(selectVersion)));
}

void ActionPlanTab::showEditorState()
{
    const ActionPlan plan = m_editor->plan();
    const bool readOnly = m_editor->isReadOnly();
    m_updatingWidgets = true;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        it.value()->setPlainText(plan.section(it.key()));
        it.value()->setReadOnly(readOnly);
    }
    m_nextReview->setOptionalDate(plan.nextReview);
    m_nextReview->setEnabled(!readOnly);
    m_updatingWidgets = false;

    QStringList info;
    if (plan.id != 0) {
        info.append(plan.staffName.isEmpty()
                        ? tr("Made %1").arg(plan.planDate.toString(Qt::ISODate))
                        : tr("Made %1 by %2").arg(plan.planDate.toString(Qt::ISODate), plan.staffName));
        info.append(plan.signedOn.isValid() ? tr("signed %1").arg(plan.signedOn.toString(Qt::ISODate))
                                            : tr("not signed yet"));
        if (plan.isFrozen()) {
            info.append(tr("frozen %1: read only").arg(plan.frozenAt.date().toString(Qt::ISODate)));
        }
    }
    m_versionInfo->setText(info.join(QStringLiteral(" · ")));
    m_versionInfo->setStyleSheet(plan.isFrozen() ? QStringLiteral("color: #8a5a00; font-weight: bold;") : QString());
    updateActions();
}

void ActionPlanTab::updateActions()
{
    const bool hasPlan = m_editor->hasPlan();
    const bool editable = hasPlan && !m_editor->isReadOnly();
    const bool dirty = m_editor->isDirty();
    const int row = m_steps->currentIndex().row();
    const int steps = m_editor->steps()->rowCount();
    m_saveAction->setEnabled(editable && dirty);
    m_undoAction->setEnabled(editable && m_editor->undoStack()->canUndo());
    m_redoAction->setEnabled(editable && m_editor->undoStack()->canRedo());
    m_reviseAction->setEnabled(editable);
    m_signAction->setEnabled(editable && !m_editor->plan().signedOn.isValid());
    m_previewAction->setEnabled(hasPlan);
    m_printAction->setEnabled(hasPlan);
    m_pdfAction->setEnabled(hasPlan);
    m_blankAction->setEnabled(m_youthId != 0);
    // The calendar gets the saved date: an unsaved change would not be in it.
    const ActionPlan plan = m_editor->plan();
    m_reviewCalendarAction->setEnabled(editable && !dirty && plan.id != 0 && plan.nextReview.isValid());
    m_addStepAction->setEnabled(editable);
    m_removeStepAction->setEnabled(editable && row >= 0);
    m_upAction->setEnabled(editable && row > 0);
    m_downAction->setEnabled(editable && row >= 0 && row < steps - 1);
}

bool ActionPlanTab::confirmLeave()
{
    if (!m_editor->isDirty()) {
        return true;
    }
    const auto answer = MessageBox::question(
        this, tr("Unsaved plan"), tr("The action plan has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    if (answer == QMessageBox::Discard) {
        reload(m_versions->currentData().toInt());
        return true;
    }
    return false;
}

void ActionPlanTab::onVersionActivated(int index)
{
    const int version = m_versions->itemData(index).toInt();
    if (version == m_editor->plan().version) {
        return;
    }
    showVersion(version);
}

void ActionPlanTab::showVersion(int version)
{
    const int shown = m_editor->plan().version;
    if (!confirmLeave()) {
        m_versions->setCurrentIndex(std::max(0, m_versions->findData(shown)));
        return;
    }
    reload(version);
}

bool ActionPlanTab::newPlan()
{
    if (m_youthId == 0) {
        return false;
    }
    // The version is established by the logged-in person, not by the youth's mentor.
    const Result<qint64> result = m_workspace.plans().create(m_youthId, m_workspace.session().staffId(), Clock::today(),
                                                             m_workspace.centre().planReviewWeeks());
    if (!result.ok()) {
        MessageBox::warning(this, tr("No plan created"), result.message());
        return false;
    }
    reload();
    if (QPlainTextEdit* first = m_sections.value(PlanSection::MyGoal)) {
        first->setFocus();
    }
    return true;
}

bool ActionPlanTab::save()
{
    if (!m_editor->hasPlan() || m_editor->isReadOnly()) {
        return false;
    }
    // A cell being edited has not reached the model yet.
    // Moving the focus to the table makes the delegate commit and close its editor.
    if (QWidget* focused = QApplication::focusWidget(); focused && m_steps->viewport()->isAncestorOf(focused)) {
        m_steps->setFocus();
    }
    ActionPlan plan = m_editor->plan();
    const QScopedValueRollback writing(m_writing, true);
    const Result<qint64> result = m_workspace.plans().save(plan);
    if (!result.ok()) {
        if (result.field() == PlanRepository::conflictField()) {
            resolveConflict(m_editor->plan(), result.message());
            return false;
        }
        MessageBox::warning(this, tr("Plan not saved"), result.message());
        return false;
    }
    m_editor->markSaved(plan);
    updateActions();
    return true;
}

bool ActionPlanTab::revise()
{
    if (!m_editor->hasPlan() || m_editor->isReadOnly()) {
        return false;
    }
    const ActionPlan plan = m_editor->plan();
    const auto answer = MessageBox::question(
        this, tr("Revise plan"),
        tr("Version %1 will be frozen as it is now and can no longer be changed. Version %2 starts as a copy of it, "
           "dated today.\n\nRevise the plan?")
            .arg(plan.version)
            .arg(plan.version + 1),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    if (m_editor->isDirty() && !save()) {
        return false;
    }
    // The version as saved just now, or as read: a revision does not freeze a plan changed since on another PC.
    const ActionPlan saved = m_editor->plan();
    const QScopedValueRollback writing(m_writing, true);
    const Result<qint64> result = m_workspace.plans().revise(saved.id, m_workspace.session().staffId(), Clock::today(),
                                                             m_workspace.centre().planReviewWeeks(), saved.rowVersion);
    if (!result.ok()) {
        if (result.field() == PlanRepository::conflictField()) {
            resolveConflict(saved, result.message());
            return false;
        }
        MessageBox::warning(this, tr("Plan not revised"), result.message());
        return false;
    }
    reload();
    return true;
}

namespace {

// A text of the plan in one line of a question: the start of it.
QString brief(const QString& text)
{
    QString line = text.simplified();
    constexpr int kLength = 80;
    if (line.size() > kLength) {
        line = line.left(kLength - 1) + u'…';
    }
    return line;
}

} // namespace

void ActionPlanTab::resolveConflict(const ActionPlan& mine, const QString& message)
{
    const Result<std::optional<ActionPlan>> stored = m_workspace.plans().load(mine.id);
    if (!stored.ok() || !stored->has_value()) {
        MessageBox::warning(this, tr("Plan not saved"), stored.ok() ? message : stored.message());
        return;
    }
    const ActionPlan& theirs = **stored;
    // What differs between the saved plan and this one, so that nothing the user wrote is lost from sight.
    QStringList lines;
    for (const PlanSection section : Vocabulary::planSections()) {
        if (theirs.section(section) != mine.section(section)) {
            lines.append(
                tr("%1: saved “%2”, yours “%3”")
                    .arg(Vocabulary::heading(section), brief(theirs.section(section)), brief(mine.section(section))));
        }
    }
    if (theirs.nextReview != mine.nextReview) {
        lines.append(tr("Next review: saved %1, yours %2")
                         .arg(theirs.nextReview.toString(Qt::ISODate), mine.nextReview.toString(Qt::ISODate)));
    }
    if (theirs.signedOn != mine.signedOn) {
        lines.append(theirs.signedOn.isValid() ? tr("Marked as signed on %1").arg(theirs.signedOn.toString(Qt::ISODate))
                                               : tr("No longer marked as signed"));
    }
    // Steps by their ids: changed, only in the saved plan, or only in this one (new here, or removed there).
    QHash<qint64, PlanStep> saved;
    for (const PlanStep& step : theirs.steps) {
        saved.insert(step.id, step);
    }
    QSet<qint64> mineIds;
    for (const PlanStep& step : mine.steps) {
        mineIds.insert(step.id);
        const auto found = saved.constFind(step.id);
        if (step.id == 0 || found == saved.cend()) {
            lines.append(tr("Step “%1”: only in yours").arg(brief(step.description)));
        } else if (!(*found == step)) {
            lines.append(
                found->description == step.description
                    ? tr("Step “%1”: its dates, status or outcome differ").arg(brief(step.description))
                    : tr("Step: saved “%1”, yours “%2”").arg(brief(found->description), brief(step.description)));
        }
    }
    for (const PlanStep& step : theirs.steps) {
        if (!mineIds.contains(step.id)) {
            lines.append(tr("Step “%1”: only in the saved plan").arg(brief(step.description)));
        }
    }
    QString text = message;
    if (!lines.isEmpty()) {
        text += QStringLiteral("\n\n") + lines.join(u'\n');
    }
    text += QStringLiteral("\n\n")
        + tr("Show the saved plan now? Then make again what should still change, and save. With No, your changes "
             "stay here, unsaved.");
    const auto answer = MessageBox::question(this, tr("Changed by someone else"), text,
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        // A plan revised meanwhile is frozen: the new current version is shown.
        reload(theirs.isFrozen() ? 0 : theirs.version);
        return;
    }
    // Kept as typed; a save stays refused until the saved plan has been read.
    m_error->setText(message);
    m_error->show();
}

void ActionPlanTab::followChangedElsewhere(qint64 youthId)
{
    if (m_writing || youthId != m_youthId || !m_editor->hasPlan() || m_editor->isDirty()) {
        return;
    }
    const ActionPlan shown = m_editor->plan();
    const Result<std::optional<ActionPlan>> stored = m_workspace.plans().load(shown.id);
    if (stored.ok() && stored->has_value() && (*stored)->rowVersion != shown.rowVersion) {
        reload((*stored)->isFrozen() && !shown.isFrozen() ? 0 : shown.version);
    }
}

void ActionPlanTab::askSignDate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark as signed"));
    auto* date = new OptionalDateEdit(&dialog);
    date->setOptionalDate(Clock::today());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QFormLayout(&dialog);
    layout->addRow(new QLabel(tr("The printed plan was signed by the youth and the mentor on:"), &dialog));
    layout->addRow(tr("Date:"), date);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        markSigned(date->optionalDate());
    }
}

bool ActionPlanTab::markSigned(const QDate& date)
{
    if (!m_editor->hasPlan() || m_editor->isReadOnly()) {
        return false;
    }
    // What was signed is the saved plan; unsaved edits would not be on the paper.
    if (m_editor->isDirty() && !confirmLeave()) {
        return false;
    }
    const ActionPlan shown = m_editor->plan();
    const QScopedValueRollback writing(m_writing, true);
    const Result<qint64> result = m_workspace.plans().markSigned(shown.id, date, shown.rowVersion);
    if (!result.ok()) {
        if (result.field() == PlanRepository::conflictField()) {
            resolveConflict(shown, result.message());
            return false;
        }
        MessageBox::warning(this, tr("Not marked as signed"), result.message());
        return false;
    }
    reload(m_editor->plan().version);
    return true;
}

void ActionPlanTab::addStep()
{
    PlanStep step;
    step.startDate = Clock::today();
    const int row = m_editor->steps()->appendStep(step);
    if (row >= 0) {
        const QModelIndex index = m_editor->steps()->index(row, PlanStepsModel::Description);
        m_steps->setCurrentIndex(index);
        m_steps->setFocus();
        m_steps->edit(index);
    }
}

void ActionPlanTab::removeStep()
{
    m_editor->steps()->removeStep(m_steps->currentIndex().row());
    updateActions();
}

void ActionPlanTab::moveStepUp()
{
    const QModelIndex current = m_steps->currentIndex();
    if (m_editor->steps()->moveStep(current.row(), -1)) {
        m_steps->setCurrentIndex(m_editor->steps()->index(current.row() - 1, current.column()));
    }
}

void ActionPlanTab::moveStepDown()
{
    const QModelIndex current = m_steps->currentIndex();
    if (m_editor->steps()->moveStep(current.row(), 1)) {
        m_steps->setCurrentIndex(m_editor->steps()->index(current.row() + 1, current.column()));
    }
}

bool ActionPlanTab::saveBeforePrinting()
{
    if (!m_editor->isDirty() || m_editor->isReadOnly()) {
        return true;
    }
    const auto answer = MessageBox::question(this, tr("Save before printing"),
                                             tr("The plan has unsaved changes. Save them first, so that the printed "
                                                "plan is the one that is stored?"),
                                             QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save && save();
}

QString ActionPlanTab::suggestedPdfName(bool blank) const
{
    // Only a suggestion for the file name; a failed read (logged) leaves the name out.
    const std::optional<Youth> youth = m_workspace.youths().load(m_youthId).valueOr(std::nullopt);
    const QString name = youth ? youth->fullName() : QString();
    const QString file = blank ? tr("Action plan template %1.pdf").arg(name)
                               : tr("Action plan %1 v%2 %3.pdf")
                                     .arg(name)
                                     .arg(m_editor->plan().version)
                                     .arg(m_editor->plan().planDate.toString(Qt::ISODate));
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + file;
}

bool ActionPlanTab::exportPdf()
{
    if (!m_editor->hasPlan() || !saveBeforePrinting()) {
        return false;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Export action plan as PDF"), suggestedPdfName(false),
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    const Result<int> written = PlanPrintout::exportPdf(m_workspace, m_editor->plan(), false, path);
    if (!written) {
        MessageBox::warning(this, tr("PDF not written"), written.message());
        return false;
    }
    return DocumentPrinter::keepIfRecorded(
        this, path,
        m_workspace.session().log(AccessAction::ExportPdf, m_youthId,
                                  AccessDetail::encode(AccessDetail::Code::ActionPlan)));
}

bool ActionPlanTab::exportBlankTemplate()
{
    if (m_youthId == 0) {
        return false;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Blank action plan template as PDF"),
                                                     suggestedPdfName(true), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    ActionPlan blank;
    blank.youthId = m_youthId;
    const Result<int> written = PlanPrintout::exportPdf(m_workspace, blank, true, path);
    if (!written) {
        MessageBox::warning(this, tr("PDF not written"), written.message());
        return false;
    }
    return DocumentPrinter::keepIfRecorded(
        this, path,
        m_workspace.session().log(AccessAction::ExportPdf, m_youthId,
                                  AccessDetail::encode(AccessDetail::Code::BlankPlanTemplate)));
}

} // namespace lotsen
