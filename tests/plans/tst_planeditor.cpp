// PlanEditor and its PlanStepsModel without a database: every edit of the steps table under
// QAbstractItemModelTester (undo and redo included), inline editing of every column, overdue highlighting with a
// fixed clock, undo and redo of sections, review date and steps, the dirty state, and read-only versions.

#include "core/Clock.h"
#include "plans/ActionPlan.h"
#include "plans/PlanEditor.h"
#include "plans/PlanStepsModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 30));

PlanStep makeStep(qint64 id, const QString& description, const QDate& due = {}, StepStatus status = StepStatus::Planned)
{
    PlanStep step;
    step.id = id;
    step.description = description;
    step.dueDate = due;
    step.status = status;
    return step;
}

// Version 2 of a youth's plan, open for editing, with steps A, B and C.
ActionPlan openPlan()
{
    ActionPlan plan;
    plan.id = 7;
    plan.youthId = 3;
    plan.version = 2;
    plan.planDate = QDate(2026, 11, 2);
    plan.staffId = 1;
    plan.myGoal = u"Mål"_s;
    plan.strengths = u"Styrkor"_s;
    plan.nextReview = QDate(2026, 11, 30);
    plan.steps = { makeStep(11, u"A"_s, QDate(2026, 12, 1)), makeStep(12, u"B"_s), makeStep(13, u"C"_s) };
    return plan;
}

ActionPlan frozenPlan()
{
    ActionPlan plan = openPlan();
    plan.version = 1;
    plan.frozenAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    return plan;
}

QStringList descriptions(const QList<PlanStep>& steps)
{
    QStringList result;
    for (const PlanStep& step : steps) {
        result.append(step.description);
    }
    return result;
}

QList<qint64> stepIds(const QList<PlanStep>& steps)
{
    QList<qint64> result;
    for (const PlanStep& step : steps) {
        result.append(step.id);
    }
    return result;
}

} // namespace

class TestPlanEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelTesterThroughEditsUndoAndRedo();
    void setDataEveryColumn();
    void responsibleFreeText_data();
    void responsibleFreeText();
    void invalidEditsRefused();
    void overdue_data();
    void overdue();
    void overdueFollowsEditsAndClock();
    void sectionUndoMergesTyping();
    void reviewDateUndo();
    void stepEditsUndoRedo();
    void dirtyFollowsCleanState();
    void markSavedTakesStepIds();
    void undoPastASaveKeepsTheSavedRowVersion();
    void readOnly_data();
    void readOnly();
    void moveStepBoundaries();

private:
    PlanStepsModel* model() const { return m_editor->steps(); }
    QStringList modelDescriptions() const;

    std::unique_ptr<PlanEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPlanEditor::init()
{
    Clock::setFixedNow(kNow);
    m_editor = std::make_unique<PlanEditor>();
    // The tester watches from the start, so loading the plan (a reset) is checked too.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_editor->steps(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->setPlan(openPlan(), false);
}

void TestPlanEditor::cleanup()
{
    m_tester.reset();
    m_editor.reset();
    Clock::reset();
}

// What the table shows in its first column, top to bottom.
QStringList TestPlanEditor::modelDescriptions() const
{
    QStringList result;
    for (int row = 0; row < model()->rowCount(); ++row) {
        result.append(model()->index(row, PlanStepsModel::Description).data().toString());
    }
    return result;
}

void TestPlanEditor::modelTesterThroughEditsUndoAndRedo()
{
    PlanStepsModel* steps = model();
    QUndoStack* undo = m_editor->undoStack();
    QCOMPARE(steps->rowCount(), 3);
    QCOMPARE(steps->columnCount(), 6);

    QSignalSpy inserted(steps, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(steps, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(steps, &QAbstractItemModel::rowsMoved);

    QCOMPARE(steps->appendStep(makeStep(0, u"D"_s)), 3);
    QCOMPARE(steps->appendStep(makeStep(0, u"E"_s)), 4);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QVERIFY(steps->removeStep(1)); // B
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QVERIFY(steps->moveStep(3, -1)); // E up
    QVERIFY(steps->moveStep(0, 1)); // A down
    QCOMPARE(moved.count(), 2);
    QCOMPARE(modelDescriptions(), (QStringList { u"C"_s, u"A"_s, u"E"_s, u"D"_s }));

    // Every column edited once.
    QVERIFY(steps->setData(steps->index(2, PlanStepsModel::Description), u"E, ändrad"_s));
    QVERIFY(steps->setData(steps->index(2, PlanStepsModel::Responsible), u"Kommunens feriejobb"_s));
    QVERIFY(steps->setData(steps->index(2, PlanStepsModel::StartDate), QDate(2026, 12, 1)));
    QVERIFY(steps->setData(steps->index(2, PlanStepsModel::DueDate), QDate(2026, 12, 15)));
    QVERIFY(steps->setData(steps->index(2, PlanStepsModel::Status), 1));
    QVERIFY(steps->setData(steps->index(2, PlanStepsModel::Outcome), u"Sökt"_s));
    QCOMPARE(undo->count(), 11);
    QCOMPARE(undo->index(), 11);

    // All the way back, one edit at a time, and forward again.
    const QList<QStringList> orders = {
        { u"A"_s, u"B"_s, u"C"_s },
        { u"A"_s, u"B"_s, u"C"_s, u"D"_s },
        { u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s },
        { u"A"_s, u"C"_s, u"D"_s, u"E"_s },
        { u"A"_s, u"C"_s, u"E"_s, u"D"_s },
        { u"C"_s, u"A"_s, u"E"_s, u"D"_s },
    };
    while (undo->canUndo()) {
        undo->undo();
        if (undo->index() < orders.size()) {
            QCOMPARE(modelDescriptions(), orders.at(undo->index()));
        }
    }
    QCOMPARE(undo->index(), 0);
    QCOMPARE(m_editor->plan(), openPlan());
    while (undo->canRedo()) {
        undo->redo();
        if (undo->index() < orders.size()) {
            QCOMPARE(modelDescriptions(), orders.at(undo->index()));
        }
    }
    QCOMPARE(modelDescriptions(), (QStringList { u"C"_s, u"A"_s, u"E, ändrad"_s, u"D"_s }));
    const PlanStep edited = m_editor->plan().steps.at(2);
    QCOMPARE(edited.responsible, StepResponsible::Other);
    QCOMPARE(edited.responsibleName, u"Kommunens feriejobb"_s);
    QCOMPARE(edited.startDate, QDate(2026, 12, 1));
    QCOMPARE(edited.dueDate, QDate(2026, 12, 15));
    QCOMPARE(edited.status, StepStatus::Ongoing);
    QCOMPARE(edited.outcome, u"Sökt"_s);

    // Loading other plans: more rows, no rows, read-only.
    ActionPlan bigger = openPlan();
    for (int i = 0; i < 10; ++i) {
        bigger.steps.append(makeStep(100 + i, u"Steg %1"_s.arg(i)));
    }
    m_editor->setPlan(bigger, false);
    QCOMPARE(steps->rowCount(), 13);
    ActionPlan empty = openPlan();
    empty.steps.clear();
    m_editor->setPlan(empty, false);
    QCOMPARE(steps->rowCount(), 0);
    QCOMPARE(steps->appendStep(makeStep(0, u"Första"_s)), 0);
    QVERIFY(steps->removeStep(0));
    m_editor->undoStack()->undo();
    QCOMPARE(modelDescriptions(), QStringList { u"Första"_s });
    m_editor->undoStack()->undo();
    QCOMPARE(steps->rowCount(), 0);
    m_editor->setPlan(frozenPlan(), false);
    QCOMPARE(steps->rowCount(), 3);
    m_editor->setPlan(openPlan(), false);
    QVERIFY(steps->flags(steps->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

void TestPlanEditor::setDataEveryColumn()
{
    PlanStepsModel* steps = model();
    QSignalSpy changed(steps, &QAbstractItemModel::dataChanged);
    const auto cell = [steps](int column) {
        return steps->index(1, column);
    };

    QVERIFY(steps->setData(cell(PlanStepsModel::Description), u"Ringa SYV"_s));
    QCOMPARE(m_editor->plan().steps.at(1).description, u"Ringa SYV"_s);
    QCOMPARE(cell(PlanStepsModel::Description).data(), QVariant(u"Ringa SYV"_s));
    QCOMPARE(cell(PlanStepsModel::Description).data(Qt::EditRole), QVariant(u"Ringa SYV"_s));

    QVERIFY(steps->setData(cell(PlanStepsModel::Responsible), u"The mentor"_s));
    QCOMPARE(m_editor->plan().steps.at(1).responsible, StepResponsible::Mentor);
    QCOMPARE(cell(PlanStepsModel::Responsible).data().toString(), u"The mentor"_s);

    QVERIFY(steps->setData(cell(PlanStepsModel::StartDate), QDate(2026, 11, 28)));
    QCOMPARE(m_editor->plan().steps.at(1).startDate, QDate(2026, 11, 28));
    QCOMPARE(cell(PlanStepsModel::StartDate).data().toString(), u"2026-11-28"_s);
    QCOMPARE(cell(PlanStepsModel::StartDate).data(Qt::EditRole), QVariant(QDate(2026, 11, 28)));

    QVERIFY(steps->setData(cell(PlanStepsModel::DueDate), QDate(2026, 12, 5)));
    QCOMPARE(m_editor->plan().steps.at(1).dueDate, QDate(2026, 12, 5));
    QCOMPARE(cell(PlanStepsModel::DueDate).data().toString(), u"2026-12-05"_s);
    QCOMPARE(cell(PlanStepsModel::DueDate).data(Qt::EditRole), QVariant(QDate(2026, 12, 5)));

    QVERIFY(steps->setData(cell(PlanStepsModel::Status), 2));
    QCOMPARE(m_editor->plan().steps.at(1).status, StepStatus::Done);
    QCOMPARE(cell(PlanStepsModel::Status).data().toString(), u"Done"_s);
    QCOMPARE(cell(PlanStepsModel::Status).data(Qt::EditRole).toInt(), 2);
    QVERIFY(steps->setData(cell(PlanStepsModel::Status), 3));
    QCOMPARE(m_editor->plan().steps.at(1).status, StepStatus::Cancelled);
    QCOMPARE(cell(PlanStepsModel::Status).data().toString(), u"Cancelled"_s);

    QVERIFY(steps->setData(cell(PlanStepsModel::Outcome), u"Tid bokad\ntill tisdag"_s));
    QCOMPARE(m_editor->plan().steps.at(1).outcome, u"Tid bokad\ntill tisdag"_s);
    QCOMPARE(cell(PlanStepsModel::Outcome).data().toString(), u"Tid bokad\ntill tisdag"_s);

    // Each edit: one undo step, and the whole row announced (its colour may change).
    QCOMPARE(m_editor->undoStack()->count(), 7);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Edit step"_s);
    QCOMPARE(changed.count(), 7);
    for (const QList<QVariant>& arguments : std::as_const(changed)) {
        QCOMPARE(arguments.at(0).toModelIndex(), steps->index(1, 0));
        QCOMPARE(arguments.at(1).toModelIndex(), steps->index(1, PlanStepsModel::ColumnCount - 1));
    }

    // The other rows are untouched.
    QCOMPARE(m_editor->plan().steps.at(0), openPlan().steps.at(0));
    QCOMPARE(m_editor->plan().steps.at(2), openPlan().steps.at(2));

    // Writing the same value again is accepted but is no edit.
    QVERIFY(steps->setData(cell(PlanStepsModel::Description), u"Ringa SYV"_s));
    QVERIFY(steps->setData(cell(PlanStepsModel::DueDate), QDate(2026, 12, 5)));
    QCOMPARE(m_editor->undoStack()->count(), 7);
    QCOMPARE(changed.count(), 7);

    // Undo takes the column edits back one by one, newest first.
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->plan().steps.at(1).outcome, QString());
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->plan().steps.at(1).status, StepStatus::Done);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->plan().steps.at(1).status, StepStatus::Planned);
    QCOMPARE(cell(PlanStepsModel::Status).data(Qt::EditRole).toInt(), 0);
}

void TestPlanEditor::responsibleFreeText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("responsible");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");

    const int youth = static_cast<int>(StepResponsible::Youth);
    const int mentor = static_cast<int>(StepResponsible::Mentor);
    const int other = static_cast<int>(StepResponsible::Other);
    QTest::newRow("youth") << u"The youth"_s << youth << QString() << u"The youth"_s;
    QTest::newRow("mentor") << u"The mentor"_s << mentor << QString() << u"The mentor"_s;
    QTest::newRow("partner by name") << u"Arbetsförmedlingen"_s << other << u"Arbetsförmedlingen"_s
                                     << u"Arbetsförmedlingen"_s;
    QTest::newRow("name trimmed") << u"  Fritidsgården Ålidhem "_s << other << u"Fritidsgården Ålidhem"_s
                                  << u"Fritidsgården Ålidhem"_s;
    QTest::newRow("mentor trimmed") << u" The mentor "_s << mentor << QString() << u"The mentor"_s;
    QTest::newRow("other without name") << u"Partner / other"_s << other << QString() << u"Partner / other"_s;
}

void TestPlanEditor::responsibleFreeText()
{
    QFETCH(QString, typed);
    QFETCH(int, responsible);
    QFETCH(QString, name);
    QFETCH(QString, shown);

    // Start from a named partner, so that choosing the youth or the mentor must clear the name.
    ActionPlan plan = openPlan();
    plan.steps[0].responsible = StepResponsible::Other;
    plan.steps[0].responsibleName = u"Socialtjänsten"_s;
    m_editor->setPlan(plan, false);

    const QModelIndex cell = model()->index(0, PlanStepsModel::Responsible);
    QCOMPARE(cell.data().toString(), u"Socialtjänsten"_s);
    QVERIFY(model()->setData(cell, typed));
    const PlanStep step = m_editor->plan().steps.at(0);
    QCOMPARE(static_cast<int>(step.responsible), responsible);
    QCOMPARE(step.responsibleName, name);
    QCOMPARE(cell.data().toString(), shown);
    QCOMPARE(cell.data(Qt::EditRole).toString(), shown);

    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->plan().steps.at(0).responsibleName, u"Socialtjänsten"_s);
    QCOMPARE(m_editor->plan().steps.at(0).responsible, StepResponsible::Other);
}

void TestPlanEditor::invalidEditsRefused()
{
    PlanStepsModel* steps = model();
    QSignalSpy changed(steps, &QAbstractItemModel::dataChanged);
    const QModelIndex status = steps->index(0, PlanStepsModel::Status);
    QVERIFY(!steps->setData(status, 4));
    QVERIFY(!steps->setData(status, -1));
    QVERIFY(!steps->setData(steps->index(0, PlanStepsModel::Description), u"x"_s, Qt::DisplayRole));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not valid"_s)); // checkIndex says so
    QVERIFY(!steps->setData(QModelIndex(), u"x"_s));
    QVERIFY(!steps->removeStep(3));
    QVERIFY(!steps->removeStep(-1));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(m_editor->plan(), openPlan());
}

void TestPlanEditor::overdue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("overdue");

    // The clock says 2026-11-27.
    const int planned = static_cast<int>(StepStatus::Planned);
    const int ongoing = static_cast<int>(StepStatus::Ongoing);
    const int done = static_cast<int>(StepStatus::Done);
    const int cancelled = static_cast<int>(StepStatus::Cancelled);
    QTest::newRow("due yesterday, planned") << QDate(2026, 11, 26) << planned << true;
    QTest::newRow("due yesterday, ongoing") << QDate(2026, 11, 26) << ongoing << true;
    QTest::newRow("due last year, planned") << QDate(2025, 12, 31) << planned << true;
    QTest::newRow("due yesterday, done") << QDate(2026, 11, 26) << done << false;
    QTest::newRow("due yesterday, cancelled") << QDate(2026, 11, 26) << cancelled << false;
    QTest::newRow("due today, planned") << QDate(2026, 11, 27) << planned << false;
    QTest::newRow("due today, ongoing") << QDate(2026, 11, 27) << ongoing << false;
    QTest::newRow("due tomorrow, planned") << QDate(2026, 11, 28) << planned << false;
    QTest::newRow("no due date, planned") << QDate() << planned << false;
}

void TestPlanEditor::overdue()
{
    QFETCH(QDate, due);
    QFETCH(int, status);
    QFETCH(bool, overdue);

    ActionPlan plan = openPlan();
    plan.steps = { makeStep(1, u"Steget"_s, due, static_cast<StepStatus>(status)),
                   makeStep(2, u"Kontroll"_s, QDate(2027, 1, 1)) };
    m_editor->setPlan(plan, false);

    for (int column = 0; column < PlanStepsModel::ColumnCount; ++column) {
        const QModelIndex cell = model()->index(0, column);
        QCOMPARE(cell.data(PlanStepsModel::OverdueRole).toBool(), overdue);
        const QVariant background = cell.data(Qt::BackgroundRole);
        QCOMPARE(background.isValid(), overdue);
        if (overdue) {
            QVERIFY(background.canConvert<QColor>());
            QVERIFY(background.value<QColor>().isValid());
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        }
        // The other step is never overdue.
        QCOMPARE(model()->index(1, column).data(PlanStepsModel::OverdueRole).toBool(), false);
        QVERIFY(!model()->index(1, column).data(Qt::BackgroundRole).isValid());
    }
}

void TestPlanEditor::overdueFollowsEditsAndClock()
{
    ActionPlan plan = openPlan();
    plan.steps = { makeStep(1, u"Sent"_s, QDate(2026, 11, 26)), makeStep(2, u"I dag"_s, QDate(2026, 11, 27)) };
    m_editor->setPlan(plan, false);
    const QModelIndex late = model()->index(0, PlanStepsModel::Description);
    const QModelIndex today = model()->index(1, PlanStepsModel::Description);
    QVERIFY(late.data(PlanStepsModel::OverdueRole).toBool());
    QVERIFY(!today.data(PlanStepsModel::OverdueRole).toBool());

    // Marking it done clears the highlight, in every column (the whole row is announced).
    QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
    QVERIFY(model()->setData(model()->index(0, PlanStepsModel::Status), static_cast<int>(StepStatus::Done)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), PlanStepsModel::ColumnCount - 1);
    QVERIFY(!late.data(PlanStepsModel::OverdueRole).toBool());
    QVERIFY(!late.data(Qt::BackgroundRole).isValid());

    m_editor->undoStack()->undo();
    QVERIFY(late.data(PlanStepsModel::OverdueRole).toBool());

    // Moving the due date into the future clears it too.
    QVERIFY(model()->setData(model()->index(0, PlanStepsModel::DueDate), QDate(2026, 12, 24)));
    QVERIFY(!late.data(PlanStepsModel::OverdueRole).toBool());

    // The next morning the step due "today" is overdue.
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 28), QTime(8, 0)));
    QVERIFY(today.data(PlanStepsModel::OverdueRole).toBool());
    QVERIFY(today.data(Qt::BackgroundRole).isValid());
}

void TestPlanEditor::sectionUndoMergesTyping()
{
    QUndoStack* undo = m_editor->undoStack();
    QSignalSpy sectionChanged(m_editor.get(), &PlanEditor::sectionChanged);

    // The text the section already has is no edit.
    m_editor->setSection(PlanSection::MyGoal, u"Mål"_s);
    m_editor->setNextReview(QDate(2026, 11, 30));
    QCOMPARE(undo->count(), 0);
    QVERIFY(!m_editor->isDirty());

    // Typing in one section, a character at a time: one undo step.
    m_editor->setSection(PlanSection::MyGoal, u"J"_s);
    m_editor->setSection(PlanSection::MyGoal, u"Ja"_s);
    m_editor->setSection(PlanSection::MyGoal, u"Jag"_s);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(m_editor->plan().myGoal, u"Jag"_s);

    // Another section is another undo step; back in the first section, another again.
    m_editor->setSection(PlanSection::Strengths, u"Snäll"_s);
    m_editor->setSection(PlanSection::Strengths, u"Snäll mot djur"_s);
    QCOMPARE(undo->count(), 2);
    m_editor->setSection(PlanSection::MyGoal, u"Jag vill"_s);
    QCOMPARE(undo->count(), 3);
    m_editor->setSection(PlanSection::Notes, u"Anteckning"_s);
    QCOMPARE(undo->count(), 4);

    // The same text again is no edit.
    m_editor->setSection(PlanSection::Notes, u"Anteckning"_s);
    QCOMPARE(undo->count(), 4);
    // Editing does not announce the section back to the view that typed it.
    QCOMPARE(sectionChanged.count(), 0);

    undo->undo();
    QCOMPARE(m_editor->plan().notes, QString());
    QCOMPARE(sectionChanged.count(), 1);
    QCOMPARE(sectionChanged.at(0).at(0).value<PlanSection>(), PlanSection::Notes);
    QCOMPARE(sectionChanged.at(0).at(1).toString(), QString());

    undo->undo();
    QCOMPARE(m_editor->plan().myGoal, u"Jag"_s);
    QCOMPARE(m_editor->plan().strengths, u"Snäll mot djur"_s);
    QCOMPARE(sectionChanged.count(), 2);
    QCOMPARE(sectionChanged.at(1).at(0).value<PlanSection>(), PlanSection::MyGoal);
    QCOMPARE(sectionChanged.at(1).at(1).toString(), u"Jag"_s);

    undo->undo();
    QCOMPARE(m_editor->plan().strengths, u"Styrkor"_s);
    QCOMPARE(m_editor->plan().myGoal, u"Jag"_s);
    QCOMPARE(sectionChanged.at(2).at(0).value<PlanSection>(), PlanSection::Strengths);

    undo->undo();
    QCOMPARE(m_editor->plan().myGoal, u"Mål"_s);
    QCOMPARE(sectionChanged.count(), 4);
    QVERIFY(!undo->canUndo());
    QCOMPARE(m_editor->plan(), openPlan());

    undo->redo();
    QCOMPARE(m_editor->plan().myGoal, u"Jag"_s);
    undo->redo();
    undo->redo();
    undo->redo();
    ActionPlan expected = openPlan();
    expected.myGoal = u"Jag vill"_s;
    expected.strengths = u"Snäll mot djur"_s;
    expected.notes = u"Anteckning"_s;
    QCOMPARE(m_editor->plan(), expected);
    QCOMPARE(sectionChanged.count(), 8);
}

void TestPlanEditor::reviewDateUndo()
{
    QUndoStack* undo = m_editor->undoStack();
    QSignalSpy reviewChanged(m_editor.get(), &PlanEditor::nextReviewChanged);

    m_editor->setNextReview(QDate(2026, 12, 14));
    m_editor->setNextReview(QDate(2026, 12, 21)); // stepping the date editor: one undo step
    QCOMPARE(undo->count(), 1);
    QCOMPARE(m_editor->plan().nextReview, QDate(2026, 12, 21));
    m_editor->setNextReview(QDate(2026, 12, 21));
    QCOMPARE(undo->count(), 1);

    // A section edit in between separates review date edits.
    m_editor->setSection(PlanSection::Wishes, u"Jobba ute"_s);
    m_editor->setNextReview(QDate(2027, 1, 11));
    QCOMPARE(undo->count(), 3);

    undo->undo();
    QCOMPARE(m_editor->plan().nextReview, QDate(2026, 12, 21));
    QCOMPARE(m_editor->plan().wishes, u"Jobba ute"_s);
    QCOMPARE(reviewChanged.count(), 1);
    QCOMPARE(reviewChanged.at(0).at(0).toDate(), QDate(2026, 12, 21));
    undo->undo(); // the wishes: the date does not change, and is not announced
    QCOMPARE(reviewChanged.count(), 1);
    undo->undo();
    QCOMPARE(m_editor->plan().nextReview, QDate(2026, 11, 30));
    QCOMPARE(reviewChanged.count(), 2);
    QCOMPARE(reviewChanged.at(1).at(0).toDate(), QDate(2026, 11, 30));

    undo->redo();
    QCOMPARE(m_editor->plan().nextReview, QDate(2026, 12, 21));
    QCOMPARE(reviewChanged.at(2).at(0).toDate(), QDate(2026, 12, 21));
}

void TestPlanEditor::stepEditsUndoRedo()
{
    PlanStepsModel* steps = model();
    QUndoStack* undo = m_editor->undoStack();

    QCOMPARE(steps->appendStep(makeStep(0, u"D"_s)), 3);
    QCOMPARE(undo->undoText(), u"Add step"_s);
    QVERIFY(steps->removeStep(1));
    QCOMPARE(undo->undoText(), u"Remove step"_s);
    QVERIFY(steps->moveStep(2, -1));
    QCOMPARE(undo->undoText(), u"Move step"_s);
    QVERIFY(steps->setData(steps->index(2, PlanStepsModel::Description), u"C2"_s));
    QCOMPARE(undo->undoText(), u"Edit step"_s);
    QCOMPARE(undo->count(), 4); // step edits never merge
    QCOMPARE(descriptions(m_editor->plan().steps), (QStringList { u"A"_s, u"D"_s, u"C2"_s }));
    QCOMPARE(stepIds(m_editor->plan().steps), (QList<qint64> { 11, 0, 13 }));

    // Undo announces the changed cells, so that views repaint them.
    QSignalSpy dataChanged(steps, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(steps, &QAbstractItemModel::modelReset);
    undo->undo();
    QCOMPARE(descriptions(m_editor->plan().steps), (QStringList { u"A"_s, u"D"_s, u"C"_s }));
    QVERIFY(reset.count() > 0
            || (dataChanged.count() > 0 && dataChanged.last().at(0).toModelIndex().row() <= 2
                && dataChanged.last().at(1).toModelIndex().row() >= 2
                && dataChanged.last().at(0).toModelIndex().column() <= PlanStepsModel::Description));
    QCOMPARE(modelDescriptions(), (QStringList { u"A"_s, u"D"_s, u"C"_s }));
    undo->undo();
    QCOMPARE(descriptions(m_editor->plan().steps), (QStringList { u"A"_s, u"C"_s, u"D"_s }));
    undo->undo();
    // The removed step comes back where it was, with its id and content.
    QCOMPARE(descriptions(m_editor->plan().steps), (QStringList { u"A"_s, u"B"_s, u"C"_s, u"D"_s }));
    QCOMPARE(stepIds(m_editor->plan().steps), (QList<qint64> { 11, 12, 13, 0 }));
    QCOMPARE(m_editor->plan().steps.at(1), openPlan().steps.at(1));
    undo->undo();
    QCOMPARE(m_editor->plan(), openPlan());
    QCOMPARE(modelDescriptions(), (QStringList { u"A"_s, u"B"_s, u"C"_s }));

    undo->redo();
    undo->redo();
    QCOMPARE(modelDescriptions(), (QStringList { u"A"_s, u"C"_s, u"D"_s }));
    undo->redo();
    undo->redo();
    QCOMPARE(modelDescriptions(), (QStringList { u"A"_s, u"D"_s, u"C2"_s }));
    QCOMPARE(stepIds(m_editor->plan().steps), (QList<qint64> { 11, 0, 13 }));

    // A new edit after an undo drops the redo history.
    undo->undo();
    QVERIFY(steps->removeStep(0));
    QVERIFY(!undo->canRedo());
    QCOMPARE(modelDescriptions(), (QStringList { u"D"_s, u"C"_s }));
}

void TestPlanEditor::dirtyFollowsCleanState()
{
    QUndoStack* undo = m_editor->undoStack();
    QSignalSpy dirty(m_editor.get(), &PlanEditor::dirtyChanged);
    QVERIFY(!m_editor->isDirty());

    m_editor->setSection(PlanSection::MyGoal, u"Nytt mål"_s);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.at(0).at(0).toBool(), true);

    undo->undo();
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(dirty.at(1).at(0).toBool(), false);

    undo->redo();
    QVERIFY(m_editor->isDirty());
    QCOMPARE(model()->appendStep(makeStep(0, u"D"_s)), 3);
    m_editor->setSection(PlanSection::MyGoal, u"Nytt mål!"_s);
    QCOMPARE(undo->count(), 3);

    // Saved: the current state is the clean one; the history stays.
    m_editor->markSaved(m_editor->plan());
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), false);
    QCOMPARE(undo->count(), 3);
    // Typing on in the same section is a new, dirty edit: it does not merge into the saved one.
    m_editor->setSection(PlanSection::MyGoal, u"Nytt mål!!"_s);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), true);
    QCOMPARE(undo->count(), 4);
    undo->undo();
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(m_editor->plan().myGoal, u"Nytt mål!"_s);
    // Undoing past the save is a change against what is saved.
    undo->undo();
    QVERIFY(m_editor->isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), true);
    QCOMPARE(m_editor->plan().myGoal, u"Nytt mål"_s);
    QCOMPARE(m_editor->plan().steps.size(), 4);
    undo->undo();
    QCOMPARE(m_editor->plan().steps.size(), 3);
    QVERIFY(m_editor->isDirty());

    // Loading a plan forgets the history and is clean.
    m_editor->setPlan(openPlan(), false);
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), false);
    QCOMPARE(undo->count(), 0);
}

void TestPlanEditor::markSavedTakesStepIds()
{
    QCOMPARE(model()->appendStep(makeStep(0, u"D"_s)), 3);
    m_editor->setSection(PlanSection::Notes, u"Ny"_s);
    ActionPlan saved = m_editor->plan();
    QCOMPARE(saved.steps.at(3).id, 0);
    saved.steps[3].id = 99; // as the repository gives it
    m_editor->markSaved(saved);
    QCOMPARE(m_editor->plan(), saved);
    QCOMPARE(stepIds(m_editor->plan().steps), (QList<qint64> { 11, 12, 13, 99 }));
    QVERIFY(!m_editor->isDirty());

    // Edits after the save keep the ids.
    QVERIFY(model()->setData(model()->index(3, PlanStepsModel::Outcome), u"Klart"_s));
    QVERIFY(model()->moveStep(3, -1));
    QCOMPARE(stepIds(m_editor->plan().steps), (QList<qint64> { 11, 12, 99, 13 }));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->plan(), saved);
    QVERIFY(!m_editor->isDirty());
}

void TestPlanEditor::undoPastASaveKeepsTheSavedRowVersion()
{
    // Saved once (the repository raised the version), then an edit from before the save undone: still an edit of
    // the saved version, which the next save must name, or it would be refused as someone else's change.
    m_editor->setSection(PlanSection::Notes, u"Före"_s);
    ActionPlan saved = m_editor->plan();
    saved.rowVersion = 7;
    m_editor->markSaved(saved);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->plan().notes, openPlan().notes);
    QCOMPARE(m_editor->plan().rowVersion, 7);
    m_editor->undoStack()->redo();
    QCOMPARE(m_editor->plan().rowVersion, 7);
}

void TestPlanEditor::readOnly_data()
{
    QTest::addColumn<bool>("frozen");
    QTest::addColumn<bool>("askReadOnly");
    QTest::addColumn<bool>("unsaved");
    QTest::newRow("frozen version") << true << false << false;
    QTest::newRow("opened read-only") << false << true << false;
    QTest::newRow("no plan id") << false << false << true;
}

void TestPlanEditor::readOnly()
{
    QFETCH(bool, frozen);
    QFETCH(bool, askReadOnly);
    QFETCH(bool, unsaved);

    ActionPlan plan = frozen ? frozenPlan() : openPlan();
    if (unsaved) {
        plan.id = 0;
    }
    QVERIFY(model()->flags(model()->index(0, 0)).testFlag(Qt::ItemIsEditable)); // the open plan from init()
    m_editor->setPlan(plan, askReadOnly);
    QVERIFY(m_editor->isReadOnly());
    QVERIFY(model()->isReadOnly());

    PlanStepsModel* steps = model();
    QSignalSpy dataChanged(steps, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(steps, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(steps, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(steps, &QAbstractItemModel::rowsMoved);
    QSignalSpy dirty(m_editor.get(), &PlanEditor::dirtyChanged);

    m_editor->setSection(PlanSection::MyGoal, u"Ändrat i efterhand"_s);
    m_editor->setSection(PlanSection::Notes, u"Ny anteckning"_s);
    m_editor->setNextReview(QDate(2027, 1, 1));
    QCOMPARE(steps->appendStep(makeStep(0, u"D"_s)), -1);
    QVERIFY(!steps->removeStep(0));
    QVERIFY(!steps->moveStep(0, 1));
    QVERIFY(!steps->moveStep(2, -1));
    const QList<QVariant> values = { u"x"_s, u"The mentor"_s, QDate(2026, 12, 1), QDate(2026, 12, 2), 2, u"y"_s };
    for (int column = 0; column < PlanStepsModel::ColumnCount; ++column) {
        const QModelIndex cell = steps->index(0, column);
        QVERIFY2(!steps->setData(cell, values.at(column)), qPrintable(QString::number(column)));
        const Qt::ItemFlags flags = steps->flags(cell);
        QVERIFY(!flags.testFlag(Qt::ItemIsEditable));
        QVERIFY(flags.testFlag(Qt::ItemIsEnabled));
        QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
    }

    QCOMPARE(m_editor->plan(), plan);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(dirty.count(), 0);

    // Back to an open plan: editable again.
    m_editor->setPlan(openPlan(), false);
    QVERIFY(!m_editor->isReadOnly());
    QVERIFY(steps->flags(steps->index(0, 0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(steps->setData(steps->index(0, 0), u"x"_s));
}

void TestPlanEditor::moveStepBoundaries()
{
    PlanStepsModel* steps = model();
    QSignalSpy moved(steps, &QAbstractItemModel::rowsMoved);

    QVERIFY(!steps->moveStep(0, -1)); // first up
    QVERIFY(!steps->moveStep(2, 1)); // last down
    QVERIFY(!steps->moveStep(0, 2)); // only one place at a time
    QVERIFY(!steps->moveStep(1, 0));
    QVERIFY(!steps->moveStep(1, -2));
    QVERIFY(!steps->moveStep(-1, 1));
    QVERIFY(!steps->moveStep(3, -1));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(modelDescriptions(), (QStringList { u"A"_s, u"B"_s, u"C"_s }));

    // The limits themselves work: first down, last up.
    QVERIFY(steps->moveStep(0, 1));
    QCOMPARE(modelDescriptions(), (QStringList { u"B"_s, u"A"_s, u"C"_s }));
    QVERIFY(steps->moveStep(2, -1));
    QCOMPARE(modelDescriptions(), (QStringList { u"B"_s, u"C"_s, u"A"_s }));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(stepIds(m_editor->plan().steps), (QList<qint64> { 12, 13, 11 }));

    // A single step cannot move at all.
    ActionPlan one = openPlan();
    one.steps = { makeStep(1, u"Ensam"_s) };
    m_editor->setPlan(one, false);
    QVERIFY(!steps->moveStep(0, -1));
    QVERIFY(!steps->moveStep(0, 1));
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
