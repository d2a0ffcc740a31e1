// GUI tests: drive the real main window, register and youth card with QTest under the offscreen platform.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Account.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SettingsPage.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/RegisterWidget.h"
#include "youth/YouthCard.h"
#include "youth/YouthListModel.h"
#include "youth/YouthsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestGuiRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createYouthThroughFormAndFindIt();
    void badPersonalNumberShowsErrorAndSavesNothing();
    void duplicatePersonalNumberNamesTheExistingYouth();
    void filtersCombineWithSearch();
    void enterOpensTheCardOnlyOnce();
    void closingWithUnsavedChangesAsks();
    void deletingAProspectAsksAndRemovesIt();
    void activeYouthCannotBeDeleted();
    void emptyRegisterExplainsItself();
    void lastPageIsRemembered();
    void mentorsAreAddedInSettings();
    void mineIsRememberedPerAccount();
    void columnsFitA1366PixelScreen();
    void headerMenuChoosesColumns();
    void focusStaysAfterChangingTheStatus();

private:
    YouthsPage* youthsPage() const { return GuiTest::child<YouthsPage>(m_window.get(), "youthsPage"); }
    RegisterWidget* registerWidget() const { return youthsPage()->registerWidget(); }
    PersonalDataForm* openNewYouthForm();
    void typeInto(QWidget* widget, const QString& text);
    QPushButton* button(QWidget* parent, const char* name) const;
    qint64 addYouth(const QString& first, const QString& last, const QString& number, YouthStatus status);

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    qint64 m_mentorId = 0;
};

void TestGuiRegister::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(QStringLiteral("test.lotsen")));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_workspace = &m_fixture->workspace();
    m_mentorId = m_workspace->staff().add(QStringLiteral("Karin Mentorsson")).valueOr(0);
    QVERIFY(m_mentorId > 0);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::YouthsPageIndex);
}

void TestGuiRegister::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_workspace = nullptr;
    m_fixture.reset();
}

QPushButton* TestGuiRegister::button(QWidget* parent, const char* name) const
{
    return parent->findChild<QPushButton*>(QLatin1String(name));
}

void TestGuiRegister::typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

PersonalDataForm* TestGuiRegister::openNewYouthForm()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("newYouthAction"));
    if (!action) {
        return nullptr;
    }
    action->trigger();
    YouthCard* card = youthsPage()->currentCard();
    return card ? card->personalDataForm() : nullptr;
}

qint64 TestGuiRegister::addYouth(const QString& first, const QString& last, const QString& number, YouthStatus status)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = last;
    youth.personalNumber = number;
    youth.birthDate = number.isEmpty() ? QDate() : QDate::fromString(number.left(8), QStringLiteral("yyyyMMdd"));
    youth.status = status;
    youth.mentorId = m_mentorId;
    return TestWorkspace::saveYouth(*m_workspace, youth);
}

void TestGuiRegister::createYouthThroughFormAndFindIt()
{
    PersonalDataForm* form = openNewYouthForm();
    QVERIFY(form);
    QCOMPARE(youthsPage()->currentCard()->title(), QStringLiteral("New youth"));

    typeInto(form->findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Tova"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("lastName")), QStringLiteral("Testberg"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("personalNumber")), QStringLiteral("000101-2384"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("phone")), QStringLiteral("070-174 06 10"));
    auto* mentor = form->findChild<QComboBox*>(QStringLiteral("mentor"));
    mentor->setCurrentIndex(mentor->findText(QStringLiteral("Karin Mentorsson")));
    QVERIFY(form->isDirty());
    QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);

    QVERIFY(form->youthId() > 0);
    QVERIFY(!form->isDirty());
    QCOMPARE(youthsPage()->currentCard()->title(), QStringLiteral("Tova Testberg"));
    const auto stored = LOTSEN_VALUE(m_workspace->youths().load(form->youthId()));
    QVERIFY(stored);
    QCOMPARE(stored->personalNumber, QStringLiteral("200001012384"));
    QCOMPARE(stored->birthDate, QDate(2000, 1, 1));
    QCOMPARE(stored->mentorId, m_mentorId);

    // The register shows the new youth and finds it by name and by number as the user types.
    youthsPage()->showRegister();
    YouthListModel* model = registerWidget()->model();
    QTRY_COMPARE(model->matchingCount(), 1);
    QCOMPARE(model->data(model->index(0, YouthListModel::Name)).toString(), QStringLiteral("Testberg, Tova"));
    QCOMPARE(model->data(model->index(0, YouthListModel::Age)).toInt(), 26);
    addYouth(QStringLiteral("Anna"), QStringLiteral("Annansson"), QString(), YouthStatus::Active);
    QTRY_COMPARE(model->totalCount(), 2);

    QLineEdit* search = GuiTest::child<QLineEdit>(registerWidget(), "registerSearch");
    typeInto(search, QStringLiteral("testb"));
    QTRY_COMPARE(model->matchingCount(), 1);
    QCOMPARE(model->idAt(0), form->youthId());
    search->clear();
    typeInto(search, QStringLiteral("0001012"));
    QTRY_COMPARE(model->matchingCount(), 1);
    QCOMPARE(model->idAt(0), form->youthId());
    search->clear();
    typeInto(search, QStringLiteral("1740610"));
    QTRY_COMPARE(model->matchingCount(), 1);
    search->clear();
    typeInto(search, QStringLiteral("nobody"));
    QTRY_COMPARE(model->matchingCount(), 0);
    QCOMPARE(registerWidget()->findChild<QLabel*>(QStringLiteral("registerCount"))->text(),
             QStringLiteral("Showing 0 of 2"));
}

void TestGuiRegister::badPersonalNumberShowsErrorAndSavesNothing()
{
    PersonalDataForm* form = openNewYouthForm();
    QVERIFY(form);
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Felix"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("lastName")), QStringLiteral("Felsson"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("personalNumber")), QStringLiteral("20000101-2385"));
    QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);

    auto* error = form->findChild<QLabel*>(QStringLiteral("personalNumberError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("check digit")), qPrintable(error->text()));
    QCOMPARE(form->youthId(), 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 0);

    // An impossible date is refused the same way, and the message says why.
    auto* number = form->findChild<QLineEdit*>(QStringLiteral("personalNumber"));
    number->clear();
    typeInto(number, QStringLiteral("010229-2384"));
    QTest::keyClick(number, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("real date")), qPrintable(error->text()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 0);
    QCOMPARE(registerWidget()->model()->totalCount(), 0);
}

void TestGuiRegister::duplicatePersonalNumberNamesTheExistingYouth()
{
    QVERIFY(addYouth(QStringLiteral("Disa"), QStringLiteral("Dubblett"), QStringLiteral("200001012392"),
                     YouthStatus::Active));
    PersonalDataForm* form = openNewYouthForm();
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Dora"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("lastName")), QStringLiteral("Annan"));
    typeInto(form->findChild<QLineEdit*>(QStringLiteral("personalNumber")), QStringLiteral("200001012392"));
    QTest::mouseClick(button(form, "saveButton"), Qt::LeftButton);
    auto* error = form->findChild<QLabel*>(QStringLiteral("personalNumberError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Disa Dubblett")), qPrintable(error->text()));
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().count()), 1);
}

void TestGuiRegister::filtersCombineWithSearch()
{
    addYouth(QStringLiteral("Alva"), QStringLiteral("Aktiv"), QString(), YouthStatus::Active);
    addYouth(QStringLiteral("Alma"), QStringLiteral("Avslutad"), QString(), YouthStatus::Exited);
    addYouth(QStringLiteral("Bo"), QStringLiteral("Aktivsson"), QString(), YouthStatus::Active);
    LOTSEN_VERIFY_OK(registerWidget()->model()->refresh());
    YouthListModel* model = registerWidget()->model();
    QCOMPARE(model->matchingCount(), 3);

    auto* status = registerWidget()->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setFocus();
    status->setCurrentIndex(status->findText(QStringLiteral("Active")));
    emit status->activated(status->currentIndex());
    QCOMPARE(model->matchingCount(), 2);
    auto* searchField = GuiTest::child<QLineEdit>(registerWidget(), "registerSearch");
    typeInto(searchField, QStringLiteral("al"));
    QTRY_COMPARE(model->matchingCount(), 1);
    QCOMPARE(model->data(model->index(0, YouthListModel::Name)).toString(), QStringLiteral("Aktiv, Alva"));
    QCOMPARE(registerWidget()->findChild<QLabel*>(QStringLiteral("registerCount"))->text(),
             QStringLiteral("Showing 1 of 3"));

    // The empty state offers to clear everything again.
    auto* mentor = registerWidget()->findChild<QComboBox*>(QStringLiteral("mentorFilter"));
    mentor->setCurrentIndex(mentor->findText(QStringLiteral("No mentor")));
    emit mentor->activated(mentor->currentIndex());
    QCOMPARE(model->matchingCount(), 0);
    auto* clear = registerWidget()->findChild<QPushButton*>(QStringLiteral("registerEmptyAction"));
    QTRY_VERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model->matchingCount(), 3);
    QVERIFY(searchField->text().isEmpty());
}

void TestGuiRegister::enterOpensTheCardOnlyOnce()
{
    const qint64 id = addYouth(QStringLiteral("Elsa"), QStringLiteral("Enter"), QString(), YouthStatus::Active);
    LOTSEN_VERIFY_OK(registerWidget()->model()->refresh());
    QTableView* table = GuiTest::child<QTableView>(registerWidget(), "registerTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    YouthCard* card = youthsPage()->currentCard();
    QVERIFY(card);
    QCOMPARE(card->youthId(), id);
    auto* tabs = GuiTest::child<QTabWidget>(youthsPage(), "youthTabs");
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Elsa Enter"));
    // Opening the same youth again shows the open card instead of a second one.
    youthsPage()->showRegister();
    emit registerWidget()->openYouthRequested(id);
    QCOMPARE(youthsPage()->cards().size(), 1);
    QCOMPARE(youthsPage()->currentCard(), card);
}

void TestGuiRegister::closingWithUnsavedChangesAsks()
{
    const qint64 id = addYouth(QStringLiteral("Ulla"), QStringLiteral("Osparad"), QString(), YouthStatus::Active);
    YouthCard* card = youthsPage()->openYouth(id);
    auto* lastName = card->personalDataForm()->findChild<QLineEdit*>(QStringLiteral("lastName"));
    typeInto(lastName, QStringLiteral("x"));
    QVERIFY(card->isDirty());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    youthsPage()->closeCurrentCard();
    QCOMPARE(youthsPage()->cards().size(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    youthsPage()->closeCurrentCard();
    QCOMPARE(youthsPage()->cards().size(), 0);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->lastName, QStringLiteral("Osparad"));

    // Save from the question keeps the edit.
    card = youthsPage()->openYouth(id);
    typeInto(card->personalDataForm()->findChild<QLineEdit*>(QStringLiteral("lastName")), QStringLiteral("2"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(youthsPage()->closeAllCards());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->lastName, QStringLiteral("Osparad2"));
}

void TestGuiRegister::deletingAProspectAsksAndRemovesIt()
{
    const qint64 id = addYouth(QStringLiteral("Pia"), QStringLiteral("Prospekt"), QString(), YouthStatus::Prospect);
    YouthCard* card = youthsPage()->openYouth(id);
    QPushButton* remove = button(card, "deleteButton");
    QVERIFY(remove->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(LOTSEN_VALUE(m_workspace->youths().load(id)).has_value());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Pia Prospekt")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!LOTSEN_VALUE(m_workspace->youths().load(id)).has_value());
    QTRY_COMPARE(youthsPage()->cards().size(), 0);
    QCOMPARE(registerWidget()->model()->totalCount(), 0);
}

void TestGuiRegister::activeYouthCannotBeDeleted()
{
    const qint64 id = addYouth(QStringLiteral("Adam"), QStringLiteral("Aktivare"), QString(), YouthStatus::Active);
    YouthCard* card = youthsPage()->openYouth(id);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(card, "deleteButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Exit…")));
    QVERIFY(LOTSEN_VALUE(m_workspace->youths().load(id)).has_value());
}

void TestGuiRegister::emptyRegisterExplainsItself()
{
    auto* text = registerWidget()->findChild<QLabel*>(QStringLiteral("registerEmptyText"));
    QVERIFY(text->isVisible());
    QVERIFY(text->text().contains(QStringLiteral("No youths are registered yet")));
    QTest::mouseClick(registerWidget()->findChild<QPushButton*>(QStringLiteral("registerEmptyAction")), Qt::LeftButton);
    QVERIFY(youthsPage()->currentCard());
    QCOMPARE(youthsPage()->currentCard()->youthId(), 0);
}

void TestGuiRegister::lastPageIsRemembered()
{
    // Lotsen opens on Today every time (the day's work comes first), whichever page was open when it was closed.
    m_window->showPage(MainWindow::SettingsPageIndex);
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
}

void TestGuiRegister::mentorsAreAddedInSettings()
{
    m_window->showPage(MainWindow::SettingsPageIndex);
    SettingsPage* settings = GuiTest::child<SettingsPage>(m_window.get(), "settingsPage");
    typeInto(GuiTest::child<QLineEdit>(settings, "newMentorName"), QStringLiteral("Nils Nymentor"));
    QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("addMentorButton")), Qt::LeftButton);
    auto* mentorList = GuiTest::child<QListWidget>(settings, "mentorList");
    QCOMPARE(mentorList->count(), 2);
    const QList<Staff> active = m_workspace->staff().active().value();
    QCOMPARE(active.size(), 2);

    // The new mentor can be chosen in the register's filter at once.
    auto* filter = registerWidget()->findChild<QComboBox*>(QStringLiteral("mentorFilter"));
    QVERIFY(filter->findText(QStringLiteral("Nils Nymentor")) >= 0);

    // Deactivating keeps the record but removes the mentor from new choices.
    mentorList->setCurrentRow(mentorList->count() - 1);
    QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("mentorActiveButton")), Qt::LeftButton);
    QCOMPARE(m_workspace->staff().active()->size(), 1);
    QCOMPARE(m_workspace->staff().all()->size(), 2);
}

void TestGuiRegister::mineIsRememberedPerAccount()
{
    const qint64 otherMentor = m_workspace->staff().add(QStringLiteral("Olle Annan")).valueOr(0);
    Youth mine;
    mine.firstName = QStringLiteral("Mia");
    mine.lastName = QStringLiteral("Egen");
    mine.mentorId = m_mentorId;
    QVERIFY(m_workspace->youths().save(mine).ok());
    Youth other;
    other.firstName = QStringLiteral("Otto");
    other.lastName = QStringLiteral("Annan");
    other.mentorId = otherMentor;
    QVERIFY(m_workspace->youths().save(other).ok());
    auto* onlyMine = GuiTest::child<QCheckBox>(registerWidget(), "registerOnlyMine");
    // The administrator is no staff record: no youths of their own, no "mine".
    QVERIFY(!onlyMine->isVisible());

    const Account karin = m_fixture->logInAsStaff(QStringLiteral("karin"), QStringLiteral("Karin Mentorsson"),
                                                  m_mentorId, Role::Coordinator);
    QVERIFY(karin.id != 0);
    QVERIFY(onlyMine->isVisible());
    QVERIFY(!onlyMine->isChecked());
    QCOMPARE(registerWidget()->model()->matchingCount(), 2);
    QTest::mouseClick(onlyMine, Qt::LeftButton);
    QVERIFY(onlyMine->isChecked());
    QCOMPARE(registerWidget()->model()->matchingCount(), 1);
    QCOMPARE(registerWidget()->model()->index(0, YouthListModel::Name).data().toString(), QStringLiteral("Egen, Mia"));

    // Olle at the same PC does not inherit Karin's choice; Karin finds it again.
    QVERIFY(
        m_fixture->logInAsStaff(QStringLiteral("olle"), QStringLiteral("Olle Annan"), otherMentor, Role::Coordinator).id
        != 0);
    QVERIFY(!onlyMine->isChecked());
    QCOMPARE(registerWidget()->model()->matchingCount(), 2);
    m_fixture->logInAs(karin);
    QVERIFY(onlyMine->isChecked());
    QCOMPARE(registerWidget()->model()->matchingCount(), 1);
}

void TestGuiRegister::columnsFitA1366PixelScreen()
{
    // The register needed sideways scrolling for Kommun and Startdatum at 1366×768: by default every shown column
    // fits, and the gender is one right click away.
    QVERIFY(addYouth(u"Amina"_s, u"Hassan"_s, QString(), YouthStatus::Active) > 0);
    m_window->resize(1366, 728);
    auto* table = GuiTest::child<QTableView>(registerWidget(), "registerTable");
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    QHeaderView* header = table->horizontalHeader();
    QVERIFY(header->isSectionHidden(YouthListModel::Gender));
    for (int column : { YouthListModel::Name, YouthListModel::PersonalNumber, YouthListModel::Status,
                        YouthListModel::Mentor, YouthListModel::LastContact, YouthListModel::NextPlanned,
                        YouthListModel::Municipality, YouthListModel::StartDate }) {
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        // Every header text is readable in its column.
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->fontMetrics().horizontalAdvance(title) < header->sectionSize(column), qPrintable(title));
    }
}

void TestGuiRegister::headerMenuChoosesColumns()
{
    auto* table = GuiTest::child<QTableView>(registerWidget(), "registerTable");
    QHeaderView* header = table->horizontalHeader();
    const auto chooseFromMenu = [header](const QString& text) {
        bool chosen = false;
        QTimer::singleShot(0, header, [&chosen, text] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            const QList<QAction*> actions = menu->actions();
            for (QAction* action : actions) {
                if (action->text() == text) {
                    action->trigger();
                    chosen = true;
                }
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY2(chosen, qPrintable(text));
    };
    chooseFromMenu(u"Gender"_s);
    QVERIFY(!header->isSectionHidden(YouthListModel::Gender));
    chooseFromMenu(u"Start date"_s);
    QVERIFY(header->isSectionHidden(YouthListModel::StartDate));
    chooseFromMenu(u"Default columns"_s);
    QVERIFY(header->isSectionHidden(YouthListModel::Gender));
    QVERIFY(!header->isSectionHidden(YouthListModel::StartDate));
}

void TestGuiRegister::focusStaysAfterChangingTheStatus()
{
    // After changing the status and saving, the keyboard was on "Delete youth…". (Ending a participation is now
    // Exit… on the card; pausing goes through the same save.)
    const qint64 id = addYouth(u"Amina"_s, u"Hassan"_s, QString(), YouthStatus::Active);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    YouthCard* card = youthsPage()->openYouth(id);
    QVERIFY(card);
    auto* status = GuiTest::child<QComboBox>(card, "status");
    status->setFocus();
    QTRY_VERIFY(status->hasFocus());
    status->setCurrentIndex(status->findData(static_cast<int>(YouthStatus::Paused)));
    auto* save = GuiTest::child<QPushButton>(card, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->status, YouthStatus::Paused);
    QVERIFY(!save->isEnabled());
    QWidget* focused = QApplication::focusWidget();
    QVERIFY2(focused == status, focused ? qPrintable(focused->objectName()) : "nothing");
    // With Ctrl+S in the field, the same.
    status->setCurrentIndex(status->findData(static_cast<int>(YouthStatus::Active)));
    QTest::keySequence(status, QKeySequence::Save);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(id))->status, YouthStatus::Active);
    QCOMPARE(QApplication::focusWidget(), status);
}

QTEST_MAIN(TestGuiRegister)
#include "tst_gui_register.moc"
