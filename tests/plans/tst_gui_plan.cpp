// GUI test of the youth card's Action plan tab: write, add steps, save, revise, read the frozen version.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "plans/ActionPlanTab.h"
#include "plans/PlanEditor.h"
#include "plans/PlanRepository.h"
#include "plans/PlanStepsModel.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"
#include "youth/YouthCard.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lotsen;

namespace {
// The plan tab's editor of one section (named planSection0, planSection1, ... in PlanSection order).
QPlainTextEdit* sectionEdit(const QWidget* tab, PlanSection section)
{
    const QByteArray name = "planSection" + QByteArray::number(static_cast<int>(section));
    return GuiTest::child<QPlainTextEdit>(tab, name.constData());
}
} // namespace

class TestGuiPlan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStateExplainsAndStartsAPlan();
    void writeReviseAndReadFrozenVersion();
    void undoAndRedoInThePlanEditor();
    void closingWithUnsavedPlanAsks();
    void exportPdfWritesAFile();

private:
    ActionPlanTab* openPlanTab();
    void typeInto(QWidget* widget, const QString& text);
    void editCell(int row, int column, const QString& text);
    QAction* action(const char* name) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    QTemporaryDir* m_dir = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<YouthCard> m_card;
    qint64 m_youthId = 0;
};

void TestGuiPlan::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(QStringLiteral("plan.lotsen")));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_dir = &m_fixture->dir();
    m_workspace = &m_fixture->workspace();
    m_youthId = m_fixture->addYouth(QStringLiteral("Åsa"), QStringLiteral("Öberg"),
                                    m_workspace->staff().add(QStringLiteral("Maja Mentor")).valueOr(0));
    QVERIFY(m_youthId != 0);
    m_card = std::make_unique<YouthCard>(*m_workspace, m_youthId);
    m_card->resize(1100, 900);
    m_card->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_card.get()));
}

void TestGuiPlan::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_card.reset();
    m_workspace = nullptr;
    m_dir = nullptr;
    m_fixture.reset();
}

ActionPlanTab* TestGuiPlan::openPlanTab()
{
    auto* actionPlanTab = GuiTest::child<ActionPlanTab>(m_card.get(), "actionPlanTab");
    m_card->tabs()->setCurrentWidget(actionPlanTab);
    return actionPlanTab;
}

QAction* TestGuiPlan::action(const char* name) const
{
    return GuiTest::child<ActionPlanTab>(m_card.get(), "actionPlanTab")->findChild<QAction*>(QLatin1String(name));
}

void TestGuiPlan::typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void TestGuiPlan::editCell(int row, int column, const QString& text)
{
    QTableView* view
        = GuiTest::child<QTableView>(GuiTest::child<ActionPlanTab>(m_card.get(), "actionPlanTab"), "planSteps");
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->edit(index);
    QWidget* editor = view->indexWidget(index);
    if (!editor) {
        editor = QApplication::focusWidget();
    }
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return through a queued call.
    QTRY_VERIFY(!view->indexWidget(index));
}

void TestGuiPlan::emptyStateExplainsAndStartsAPlan()
{
    ActionPlanTab* tab = openPlanTab();
    auto* text = tab->findChild<QLabel*>(QStringLiteral("planEmptyText"));
    QVERIFY(text->isVisible());
    QVERIFY(text->text().contains(QStringLiteral("own words")));
    QVERIFY(LOTSEN_VALUE(m_workspace->plans().versions(m_youthId)).isEmpty());

    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("newPlanButton")), Qt::LeftButton);
    QVERIFY(!text->isVisible());
    const auto plan = LOTSEN_VALUE(m_workspace->plans().current(m_youthId));
    QVERIFY(plan);
    QCOMPARE(plan->version, 1);
    QCOMPARE(plan->planDate, QDate(2026, 11, 27));
    QCOMPARE(plan->nextReview, QDate(2026, 12, 25)); // four weeks by default
    QCOMPARE(GuiTest::child<OptionalDateEdit>(tab, "planNextReview")->optionalDate(), QDate(2026, 12, 25));
}

void TestGuiPlan::writeReviseAndReadFrozenVersion()
{
    ActionPlanTab* tab = openPlanTab();
    QVERIFY(tab->newPlan());
    typeInto(sectionEdit(tab, PlanSection::MyGoal), QStringLiteral("Bli underskoterska"));
    typeInto(sectionEdit(tab, PlanSection::Strengths), QStringLiteral("Lyssnar bra"));

    // Two steps with dates, through the table's editors.
    action("addStepAction")->trigger();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Besok pa Komvux"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    action("addStepAction")->trigger();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Skicka ansokan"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* editor = GuiTest::child<PlanEditor>(tab, "editor");
    PlanStepsModel* steps = editor->steps();
    QCOMPARE(steps->rowCount(), 2);
    QVERIFY(steps->setData(steps->index(0, PlanStepsModel::DueDate), QDate(2026, 12, 10)));
    QVERIFY(steps->setData(steps->index(1, PlanStepsModel::DueDate), QDate(2027, 1, 15)));
    editCell(1, PlanStepsModel::Responsible, QStringLiteral("Komvux SYV"));
    QCOMPARE(steps->steps().at(1).responsible, StepResponsible::Other);
    QVERIFY(tab->isDirty());
    QVERIFY(m_card->title().endsWith(u'*'));

    QTest::keySequence(sectionEdit(tab, PlanSection::MyGoal), QKeySequence::Save);
    QVERIFY(!tab->isDirty());
    auto saved = LOTSEN_VALUE(m_workspace->plans().current(m_youthId));
    QVERIFY(saved);
    QCOMPARE(saved->myGoal, QStringLiteral("Bli underskoterska"));
    QCOMPARE(saved->strengths, QStringLiteral("Lyssnar bra"));
    QCOMPARE(saved->steps.size(), 2);
    QCOMPARE(saved->steps.at(0).description, QStringLiteral("Besok pa Komvux"));
    QCOMPARE(saved->steps.at(0).startDate, QDate(2026, 11, 27));
    QCOMPARE(saved->steps.at(0).dueDate, QDate(2026, 12, 10));
    QCOMPARE(saved->steps.at(1).responsibleName, QStringLiteral("Komvux SYV"));

    // Revise: version 1 frozen, version 2 carries the content.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("revisePlanAction")->trigger();
    const auto versions = LOTSEN_VALUE(m_workspace->plans().versions(m_youthId));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).version, 2);
    QVERIFY(!versions.at(0).isFrozen());
    QVERIFY(versions.at(1).isFrozen());
    QCOMPARE(editor->plan().version, 2);
    QCOMPARE(sectionEdit(tab, PlanSection::Strengths)->toPlainText(), QStringLiteral("Lyssnar bra"));
    QCOMPARE(editor->steps()->rowCount(), 2);
    QCOMPARE(GuiTest::child<QComboBox>(tab, "planVersions")->count(), 2);

    // Version 1 opens read-only: the widgets refuse input and the model refuses edits.
    tab->showVersion(1);
    QCOMPARE(editor->plan().version, 1);
    QVERIFY(editor->isReadOnly());
    QVERIFY(sectionEdit(tab, PlanSection::MyGoal)->isReadOnly());
    typeInto(sectionEdit(tab, PlanSection::MyGoal), QStringLiteral("X"));
    QVERIFY(!sectionEdit(tab, PlanSection::MyGoal)->toPlainText().contains(u'X'));
    QVERIFY(!(editor->steps()->flags(editor->steps()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!action("revisePlanAction")->isEnabled());
    QVERIFY(!action("savePlanAction")->isEnabled());
    QVERIFY(!tab->isDirty());
    auto* info = tab->findChild<QLabel*>(QStringLiteral("planVersionInfo"));
    QVERIFY2(info->text().contains(QStringLiteral("read only")), qPrintable(info->text()));

    // Back to the current version, which is editable.
    tab->showVersion(2);
    QVERIFY(!editor->isReadOnly());
    typeInto(sectionEdit(tab, PlanSection::Wishes), QStringLiteral("Jobba"));
    QVERIFY(tab->save());
    QCOMPARE(LOTSEN_VALUE(m_workspace->plans().byVersion(m_youthId, 2))->wishes, QStringLiteral("Jobba"));
    QVERIFY(LOTSEN_VALUE(m_workspace->plans().byVersion(m_youthId, 1))->wishes.isEmpty());
}

void TestGuiPlan::undoAndRedoInThePlanEditor()
{
    ActionPlanTab* tab = openPlanTab();
    QVERIFY(tab->newPlan());
    QPlainTextEdit* goal = sectionEdit(tab, PlanSection::MyGoal);
    typeInto(goal, QStringLiteral("Plugga"));
    action("addStepAction")->trigger();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    auto* editor = GuiTest::child<PlanEditor>(tab, "editor");
    QCOMPARE(editor->steps()->rowCount(), 1);

    // Ctrl+Z in the text field reaches the plan's undo stack: first the step, then the typing.
    goal->setFocus();
    QTest::keySequence(goal, QKeySequence::Undo);
    QCOMPARE(editor->steps()->rowCount(), 0);
    QCOMPARE(goal->toPlainText(), QStringLiteral("Plugga"));
    QTest::keySequence(goal, QKeySequence::Undo);
    QCOMPARE(goal->toPlainText(), QString());
    QVERIFY(!tab->isDirty());
    QTest::keySequence(goal, QKeySequence::Redo);
    QCOMPARE(goal->toPlainText(), QStringLiteral("Plugga"));
    QVERIFY(tab->isDirty());
}

void TestGuiPlan::closingWithUnsavedPlanAsks()
{
    ActionPlanTab* tab = openPlanTab();
    QVERIFY(tab->newPlan());
    typeInto(sectionEdit(tab, PlanSection::Wishes), QStringLiteral("Resa"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_card->confirmClose());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_card->confirmClose());
    QCOMPARE(LOTSEN_VALUE(m_workspace->plans().current(m_youthId))->wishes, QStringLiteral("Resa"));
}

void TestGuiPlan::exportPdfWritesAFile()
{
    ActionPlanTab* tab = openPlanTab();
    QVERIFY(tab->newPlan());
    typeInto(sectionEdit(tab, PlanSection::MyGoal), QStringLiteral("Jobb"));
    const QString path = m_dir->filePath(QStringLiteral("plan.pdf"));
    // Unsaved edits are saved first, so the PDF is the stored plan.
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(path);
    QVERIFY(tab->exportPdf());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(LOTSEN_VALUE(m_workspace->plans().current(m_youthId))->myGoal, QStringLiteral("Jobb"));

    // Cancelling the file dialog writes nothing.
    const QString cancelled = m_dir->filePath(QStringLiteral("none.pdf"));
    FileDialog::setNextFileName(QString());
    QVERIFY(!tab->exportBlankTemplate());
    QVERIFY(!QFile::exists(cancelled));
}

QTEST_MAIN(TestGuiPlan)
#include "tst_gui_plan.moc"
