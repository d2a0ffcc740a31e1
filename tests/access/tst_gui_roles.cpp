// GUI tests of the roles in the real main window, offscreen: a mentor opens another mentor's youth and
// does not see the sensitive note, and finds the pages and commands of other roles hidden or read-only; after
// switching user at the lock screen, a coordinator sees every note and may change partners and the catalogue.
#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "partners/InterventionsPartnersPage.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "youth/PersonalDataForm.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {
const QString Password = u"ett-langt-losenord"_s; // ASCII: QTest::keyClicks types only ASCII
} // namespace

class TestGuiRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mentorDoesNotSeeAnotherMentorsSensitiveNote();
    void mentorCannotChangeHiddenNoteThroughTheCard();
    void mentorSeesOnlyTheirRolesPagesAndCommands();
    void coordinatorAfterSwitchingUserSeesAllNotesAndManagesPartners();
    void mentorTakingOverAtTheLockScreenGetsOnlyMentorCommands();

private:
    Session& session() { return m_workspace->session(); }
    YouthsPage* youthsPage() const { return GuiTest::child<YouthsPage>(m_window.get(), "youthsPage"); }
    qint64 addYouth(const QString& firstName, qint64 mentorId, const QString& note);
    void addAccount(const QString& username, Role role, qint64 staffId);
    void startAs(const QString& username);
    QPlainTextEdit* noteField(YouthCard* card) const;
    bool navigationShows(MainWindow::Page page) const;
    void typeInto(QWidget* widget, const QString& text);

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    Account m_admin;
    qint64 m_majasYouth = 0;
    qint64 m_ollesYouth = 0;
};

void TestGuiRoles::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"roles.lotsen"_s));
    m_workspace = &m_fixture->workspace();

    const qint64 maja = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    const qint64 olle = m_workspace->staff().add(u"Olle Mentor"_s).valueOr(0);
    m_majasYouth = addYouth(u"Alva"_s, maja, u"Majas känsliga anteckning"_s);
    m_ollesYouth = addYouth(u"Bo"_s, olle, u"Olles känsliga anteckning"_s);

    m_admin = m_fixture->addAdministrator(u"anna"_s, u"Anna Admin"_s, Password);
    QVERIFY(m_admin.id != 0);
    addAccount(u"maja"_s, Role::Mentor, maja);
    addAccount(u"olle"_s, Role::Mentor, olle);
    addAccount(u"cora"_s, Role::Coordinator, 0);
}

void TestGuiRoles::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::Discard); // closing the window must not ask
    m_window.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_workspace = nullptr;
    m_fixture.reset();
    AppSettings::useFile(QString());
}

qint64 TestGuiRoles::addYouth(const QString& firstName, qint64 mentorId, const QString& note)
{
    Youth youth;
    youth.firstName = firstName;
    youth.lastName = u"Testsson"_s;
    youth.status = YouthStatus::Active;
    youth.startDate = QDate(2026, 9, 1);
    youth.mentorId = mentorId;
    youth.note = note;
    const Result<qint64> saved = m_workspace->youths().save(youth);
    if (!saved.ok()) {
        qWarning("youth not saved: %s", qPrintable(saved.message()));
    }
    return youth.id;
}

void TestGuiRoles::addAccount(const QString& username, Role role, qint64 staffId)
{
    Account account;
    account.username = username;
    account.displayName = username;
    account.role = role;
    account.staffId = staffId;
    LOTSEN_VERIFY_OK(m_workspace->accounts().create(m_admin, account, Password));
}

void TestGuiRoles::startAs(const QString& username)
{
    QVERIFY(session().logIn(username, Password).ok);
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QPlainTextEdit* TestGuiRoles::noteField(YouthCard* card) const
{
    return card ? card->findChild<QPlainTextEdit*>(u"note"_s) : nullptr;
}

bool TestGuiRoles::navigationShows(MainWindow::Page page) const
{
    const auto* navigation = m_window->findChild<QListWidget*>(u"navigation"_s);
    return navigation && !navigation->item(page)->isHidden();
}

void TestGuiRoles::typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void TestGuiRoles::mentorDoesNotSeeAnotherMentorsSensitiveNote()
{
    startAs(u"maja"_s);
    m_window->showPage(MainWindow::YouthsPageIndex);

    YouthCard* own = youthsPage()->openYouth(m_majasYouth);
    QPlainTextEdit* ownNote = noteField(own);
    QVERIFY(ownNote);
    QCOMPARE(ownNote->toPlainText(), u"Majas känsliga anteckning"_s);
    QVERIFY(!ownNote->isReadOnly());

    YouthCard* other = youthsPage()->openYouth(m_ollesYouth);
    QPlainTextEdit* otherNote = noteField(other);
    QVERIFY(otherNote);
    QVERIFY(otherNote->toPlainText().isEmpty());
    QVERIFY(otherNote->isReadOnly());
    QVERIFY(!otherNote->placeholderText().isEmpty()); // says why it is empty
    // Nothing else in the card shows it either.
    for (const QLabel* label : other->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(u"Olles"_s));
    }
    for (const QLineEdit* field : other->findChildren<QLineEdit*>()) {
        QVERIFY(!field->text().contains(u"Olles"_s));
    }
    // The rest of the card is there: a mentor on duty meets any youth.
    QVERIFY(other->title().contains(u"Bo"_s));
    QCOMPARE(other->findChild<QLineEdit*>(u"firstName"_s)->text(), u"Bo"_s);
}

void TestGuiRoles::mentorCannotChangeHiddenNoteThroughTheCard()
{
    startAs(u"maja"_s);
    m_window->showPage(MainWindow::YouthsPageIndex);
    YouthCard* other = youthsPage()->openYouth(m_ollesYouth);
    QVERIFY(other);
    QPlainTextEdit* note = noteField(other);
    QVERIFY(note);
    typeInto(note, u"skrivet av Maja"_s);
    QVERIFY(note->toPlainText().isEmpty()); // read-only: typing does nothing
    // A change elsewhere on the card is saved, and the hidden note stays as Olle wrote it.
    auto* phone = other->findChild<QLineEdit*>(u"phone"_s);
    QVERIFY(phone);
    typeInto(phone, u"070-111 22 33"_s);
    QVERIFY(other->isDirty());
    QVERIFY(other->personalDataForm()->save());
    session().logOut();
    QVERIFY(session().logIn(u"olle"_s, Password).ok);
    const std::optional<Youth> stored = LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth));
    QCOMPARE(stored->note, u"Olles känsliga anteckning"_s);
    QCOMPARE(stored->phone, u"070-111 22 33"_s);
}

void TestGuiRoles::mentorSeesOnlyTheirRolesPagesAndCommands()
{
    startAs(u"maja"_s);
    QCOMPARE(m_window->windowTitle(), u"Lotsen – maja"_s);
    QVERIFY(navigationShows(MainWindow::TodayPage));
    QVERIFY(navigationShows(MainWindow::YouthsPageIndex));
    QVERIFY(navigationShows(MainWindow::InterventionsPage));
    QVERIFY(!navigationShows(MainWindow::ReportsPage));
    QVERIFY(!navigationShows(MainWindow::AccessLogPageIndex));
    auto* import = m_window->findChild<QAction*>(u"importYouthsAction"_s);
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    auto* outreachImport = m_window->findChild<QPushButton*>(u"outreachImport"_s);
    QVERIFY(outreachImport);
    QVERIFY(!outreachImport->isEnabled());

    // Partners and the catalogue: readable, not changeable, and the page says so.
    m_window->showPage(MainWindow::InterventionsPage);
    auto* page = m_window->findChild<InterventionsPartnersPage*>();
    QVERIFY(page);
    auto* note = page->findChild<QLabel*>(u"partnersReadOnlyNote"_s);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    for (const char* name : { "partnerNew", "partnerEdit", "partnerToggleActive", "partnerDelete", "interventionNew",
                              "interventionEdit", "interventionToggleActive", "interventionDelete" }) {
        auto* button = page->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
    }
    QVERIFY(!page->newPartner());
    QVERIFY(!page->newIntervention());
}

void TestGuiRoles::coordinatorAfterSwitchingUserSeesAllNotesAndManagesPartners()
{
    startAs(u"maja"_s);
    m_window->showPage(MainWindow::YouthsPageIndex);
    QVERIFY(noteField(youthsPage()->openYouth(m_ollesYouth))->toPlainText().isEmpty());

    session().lock();
    LockScreen* lockScreen = GuiTest::child<LockScreen>(m_window.get(), "lockScreen");
    QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen, "switchUserButton"), Qt::LeftButton);
    typeInto(GuiTest::child<QLineEdit>(lockScreen, "switchUsername"), u"cora"_s);
    auto* switchPasswordField = GuiTest::child<QLineEdit>(lockScreen, "switchPassword");
    typeInto(switchPasswordField, Password);
    QTest::keyClick(switchPasswordField, Qt::Key_Return);
    QVERIFY(!session().isLocked());
    QCOMPARE(session().account()->username, u"cora"_s);
    QCOMPARE(m_window->windowTitle(), u"Lotsen – cora"_s); // whose session this is now

    m_window->showPage(MainWindow::YouthsPageIndex);
    QCOMPARE(noteField(youthsPage()->openYouth(m_ollesYouth))->toPlainText(), u"Olles känsliga anteckning"_s);
    QVERIFY(navigationShows(MainWindow::ReportsPage));
    QVERIFY(!navigationShows(MainWindow::AccessLogPageIndex));
    QVERIFY(m_window->findChild<QAction*>(u"importYouthsAction"_s)->isEnabled());
    auto* page = m_window->findChild<InterventionsPartnersPage*>();
    QVERIFY(!page->findChild<QLabel*>(u"partnersReadOnlyNote"_s)->isVisibleTo(page));
    QVERIFY(page->findChild<QPushButton*>(u"partnerNew"_s)->isEnabled());
    QVERIFY(page->findChild<QPushButton*>(u"interventionNew"_s)->isEnabled());
}

void TestGuiRoles::mentorTakingOverAtTheLockScreenGetsOnlyMentorCommands()
{
    startAs(u"cora"_s);
    auto* import = m_window->findChild<QAction*>(u"importYouthsAction"_s);
    QVERIFY(import->isEnabled());
    session().lock();
    QVERIFY(!import->isEnabled());
    LockScreen* lockScreen = GuiTest::child<LockScreen>(m_window.get(), "lockScreen");
    QTest::mouseClick(GuiTest::child<QPushButton>(lockScreen, "switchUserButton"), Qt::LeftButton);
    typeInto(GuiTest::child<QLineEdit>(lockScreen, "switchUsername"), u"maja"_s);
    auto* switchPasswordField = GuiTest::child<QLineEdit>(lockScreen, "switchPassword");
    typeInto(switchPasswordField, Password);
    QTest::keyClick(switchPasswordField, Qt::Key_Return);
    QCOMPARE(session().account()->username, u"maja"_s);
    // Unlocking gives back what the lock disabled, but not what Maja's role lacks.
    QVERIFY(!import->isEnabled());
    QVERIFY(!navigationShows(MainWindow::ReportsPage));
    QCOMPARE(m_window->windowTitle(), u"Lotsen – maja"_s);
}

QTEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
