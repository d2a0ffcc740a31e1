// GUI tests for retention and erasure, offscreen: the policy group saves the policy and opens the preview, the
// preview lists the candidate and culls after the password; the erase dialog is refused with an ongoing period and
// erases an exited youth; the card's button shows for administrators only; every input has an accessible name.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "lifecycle/EraseYouthDialog.h"
#include "lifecycle/RetentionDialog.h"
#include "lifecycle/RetentionPolicy.h"
#include "lifecycle/RetentionSettingsWidget.h"
#include "shell/ErrorLabel.h"
#include "youth/YouthCard.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kSetUp(QDate(2018, 1, 10), QTime(9, 0));
const QDateTime kNow(QDate(2026, 6, 15), QTime(10, 0));

// The inputs and lists under `root` without an accessible name.
QStringList unnamed(const QWidget* root)
{
    QStringList names;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        const bool input = qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
            || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTableWidget*>(widget);
        if (input && widget->accessibleName().isEmpty() && widget->parentWidget()
            && !qobject_cast<const QAbstractSpinBox*>(widget->parentWidget())) {
            names.append(widget->objectName());
        }
    }
    return names;
}

bool anonymised(Database& database, qint64 id)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT anonymised_at IS NOT NULL FROM youth WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toBool();
}

} // namespace

class TestGuiRetention : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void settingsSaveAndPreviewCull();
    void eraseRefusedWithOngoingPeriod();
    void eraseExitedYouth();
    void cardButtonForAdministratorsOnly();

private:
    // A youth enrolled at kSetUp and, unless `ongoing`, exited a month later.
    qint64 addYouth(const QString& first, bool ongoing);

    std::unique_ptr<TestWorkspace> m_fixture;
    Account m_admin;
};

void TestGuiRetention::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kSetUp);
    QVERIFY(m_fixture->open());
    m_admin = m_fixture->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
}

void TestGuiRetention::cleanup()
{
    GuiTest::closeModalWidgets();
    GuiTest::resetSeams();
    m_fixture.reset();
}

qint64 TestGuiRetention::addYouth(const QString& first, bool ongoing)
{
    Clock::setFixedNow(kSetUp);
    const qint64 id = m_fixture->addYouth(first, u"Gallringsson"_s, 0, u"200001012384"_s);
    if (id != 0 && !ongoing) {
        Clock::setFixedNow(kSetUp.addMonths(1));
        if (!TestWorkspace::exitYouth(m_fixture->workspace(), id)) {
            return 0;
        }
    }
    Clock::setFixedNow(kNow);
    return id;
}

void TestGuiRetention::settingsSaveAndPreviewCull()
{
    Workspace& workspace = m_fixture->workspace();
    const qint64 id = addYouth(u"Gammal"_s, false);
    QVERIFY(id != 0);
    RetentionSettingsWidget widget(workspace);
    widget.show();
    QVERIFY(unnamed(&widget).isEmpty());
    auto* years = GuiTest::child<QSpinBox>(&widget, "retentionYears");
    QCOMPARE(years->value(), 5);
    QCOMPARE(GuiTest::child<QSpinBox>(&widget, "retentionProspectMonths")->value(), 12);
    QCOMPARE(GuiTest::child<QSpinBox>(&widget, "retentionAccessLogYears")->value(), 5);
    years->setValue(6);
    GuiTest::child<QLineEdit>(&widget, "retentionDecision")->setText(u"Styrelsens beslut 2026-01-20"_s);
    QTest::mouseClick(GuiTest::child<QPushButton>(&widget, "saveRetentionPolicy"), Qt::LeftButton);
    RetentionPolicy stored = LOTSEN_VALUE(RetentionPolicy::read(workspace.centre()));
    QCOMPARE(stored.years, 6);
    QCOMPARE(stored.decision, u"Styrelsens beslut 2026-01-20"_s);
    // Exited 2018-02-10: past six years too.
    QTest::mouseClick(GuiTest::child<QPushButton>(&widget, "previewCulling"), Qt::LeftButton);
    auto* dialog = GuiTest::waitForDialog<RetentionDialog>();
    QVERIFY(dialog);
    QVERIFY(unnamed(dialog).isEmpty());
    auto* table = GuiTest::child<QTableWidget>(dialog, "retentionCandidates");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Gammal Gallringsson"_s);
    QCOMPARE(table->item(0, 2)->text(), u"2018-02-10"_s);
    auto* cull = GuiTest::child<QPushButton>(dialog, "cullNow");
    auto* password = GuiTest::child<QLineEdit>(dialog, "retentionPassword");
    QVERIFY(!cull->isEnabled());
    QTest::keyClicks(password, u"wrong password"_s);
    QVERIFY(cull->isEnabled());
    QTest::mouseClick(cull, Qt::LeftButton);
    auto* error = GuiTest::child<ErrorLabel>(dialog, "retentionDialogError");
    QVERIFY(error->isVisible());
    QVERIFY(!anonymised(m_fixture->database(), id));
    QTest::keyClicks(password, TestWorkspace::defaultPassword());
    QTest::mouseClick(cull, Qt::LeftButton);
    QVERIFY(anonymised(m_fixture->database(), id));
    auto* result = GuiTest::child<QLabel>(dialog, "retentionResult");
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(u"1 participant"_s), qPrintable(result->text()));
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!cull->isEnabled());
    dialog->close();
}

void TestGuiRetention::eraseRefusedWithOngoingPeriod()
{
    const qint64 id = addYouth(u"Pågående"_s, true);
    QVERIFY(id != 0);
    EraseYouthDialog dialog(m_fixture->workspace(), id);
    dialog.show();
    QVERIFY(unnamed(&dialog).isEmpty());
    auto* error = GuiTest::child<ErrorLabel>(&dialog, "erasureError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"ongoing"_s), qPrintable(error->text()));
    QVERIFY(!GuiTest::child<QPlainTextEdit>(&dialog, "erasureReason")->isEnabled());
    QVERIFY(!GuiTest::child<QPushButton>(&dialog, "erasureOk")->isEnabled());
}

void TestGuiRetention::eraseExitedYouth()
{
    const qint64 id = addYouth(u"Avslutad"_s, false);
    QVERIFY(id != 0);
    EraseYouthDialog dialog(m_fixture->workspace(), id);
    QSignalSpy erased(&dialog, &EraseYouthDialog::erased);
    dialog.show();
    auto* ok = GuiTest::child<QPushButton>(&dialog, "erasureOk");
    QVERIFY(!ok->isEnabled());
    GuiTest::child<QPlainTextEdit>(&dialog, "erasureReason")->setPlainText(u"Begäran per brev 2026-06-10"_s);
    QVERIFY(!ok->isEnabled());
    auto* password = GuiTest::child<QLineEdit>(&dialog, "erasurePassword");
    QTest::keyClicks(password, u"not it at all"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(GuiTest::child<ErrorLabel>(&dialog, "erasureError")->isVisible());
    QCOMPARE(erased.size(), 0);
    QVERIFY(!anonymised(m_fixture->database(), id));
    QTest::keyClicks(password, TestWorkspace::defaultPassword());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(erased.size(), 1);
    QCOMPARE(erased.first().first().toLongLong(), id);
    QVERIFY(anonymised(m_fixture->database(), id));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestGuiRetention::cardButtonForAdministratorsOnly()
{
    Workspace& workspace = m_fixture->workspace();
    const qint64 id = addYouth(u"Kortsson"_s, false);
    QVERIFY(id != 0);
    {
        YouthCard card(workspace, id);
        card.show();
        QSignalSpy deleted(&card, &YouthCard::youthDeleted);
        auto* button = GuiTest::child<QPushButton>(&card, "eraseYouthButton");
        QVERIFY(button->isVisible());
        bool handled = false;
        GuiTest::whenModal<EraseYouthDialog>(
            this,
            [](EraseYouthDialog* dialog) {
                GuiTest::child<QPlainTextEdit>(dialog, "erasureReason")->setPlainText(u"Begäran"_s);
                QTest::keyClicks(GuiTest::child<QLineEdit>(dialog, "erasurePassword"),
                                 TestWorkspace::defaultPassword());
                QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "erasureOk"), Qt::LeftButton);
            },
            &handled);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return deleted.size() == 1; }));
        QVERIFY(handled);
        QCOMPARE(deleted.first().first().toLongLong(), id);
    }
    const Account coordinator = m_fixture->addAccount(m_admin, u"coord"_s, u"Cora Koordinator"_s, Role::Coordinator);
    m_fixture->logInAs(coordinator);
    const qint64 other = addYouth(u"Annan"_s, false);
    YouthCard card(workspace, other);
    card.show();
    QVERIFY(!GuiTest::child<QPushButton>(&card, "eraseYouthButton")->isVisible());
}

QTEST_MAIN(TestGuiRetention)
#include "tst_gui_retention.moc"
