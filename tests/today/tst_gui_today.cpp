// GUI tests for the Today page under the offscreen platform: the main window opens on it; logging a contact through
// the real ContactDialog removes the item at once; attempts escalate; a snooze needs an explanation; double-click
// and Enter open the youth card; the mentor choice filters, is remembered and becomes the contacts' default author.

#include "GuiTest.h"
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Account.h"
#include "access/AccountPreferences.h"
#include "consent/ConsentRepository.h"
#include "contacts/ContactDialog.h"
#include "core/AppSettings.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SettingsPage.h"
#include "core/Workspace.h"
#include "shell/MainWindow.h"
#include "today/AttentionModel.h"
#include "today/SnoozeDialog.h"
#include "today/TodayPage.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 27);

} // namespace

class TestGuiToday : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensOnTodayWithTheFlaggedYouth();
    void logContactFromTodayRemovesTheItem();
    void attemptsKeepTheItemAndEscalate();
    void snoozeRequiresAnExplanation();
    void doubleClickAndEnterOpenTheCard();
    void mentorChoiceFiltersAndIsRemembered();
    void emptyStateSaysNobodyNeedsAttention();
    void thresholdsAreSetInSettings();

private:
    qint64 addYouth(const QString& first, const QString& last, qint64 mentorId, int daysSinceContact);
    // Runs `fill` on the modal dialog that `trigger` opens; a safety timer closes it if the test cannot.
    template<typename Dialog>
    bool withDialog(const std::function<void()>& trigger, const std::function<void(Dialog*)>& fill);
    TodayPage* today() const { return GuiTest::child<TodayPage>(m_window.get(), "todayPage"); }
    int scalar(const QString& sql) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<MainWindow> m_window;
    qint64 m_karin = 0;
    qint64 m_olle = 0;
    qint64 m_youth = 0;
};

void TestGuiToday::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(kToday, QTime(10, 0)));
    QVERIFY(m_fixture->open(u"today.lotsen"_s));
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_karin = m_workspace->staff().add(u"Karin Mentorsson"_s).valueOr(0);
    m_olle = m_workspace->staff().add(u"Olle Mentorsson"_s).valueOr(0);
    m_youth = addYouth(u"Sara"_s, u"Lind"_s, m_karin, 20);
    addYouth(u"Tom"_s, u"Ek"_s, m_karin, 3); // recent contact: not on the list
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiToday::cleanup()
{
    m_window.reset();
    m_workspace = nullptr;
    m_database = nullptr;
    m_fixture.reset();
}

qint64 TestGuiToday::addYouth(const QString& first, const QString& last, qint64 mentorId, int daysSinceContact)
{
    Youth youth;
    youth.firstName = first;
    youth.lastName = last;
    youth.status = YouthStatus::Active;
    youth.mentorId = mentorId;
    youth.startDate = kToday.addDays(-200);
    if (!m_workspace->youths().save(youth).ok()) {
        return 0;
    }
    Contact contact;
    contact.youthId = youth.id;
    contact.occurredAt = QDateTime(kToday.addDays(-daysSinceContact), QTime(9, 0));
    contact.staffId = mentorId;
    if (!m_workspace->contacts().log(contact)) {
        return 0;
    }
    return youth.id;
}

template<typename Dialog>
bool TestGuiToday::withDialog(const std::function<void()>& trigger, const std::function<void(Dialog*)>& fill)
{
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (dialog) {
            found = true;
            fill(dialog);
        }
    });
    // Never hang: whatever is still open after a while is closed (and the test fails on its checks).
    QTimer safety;
    safety.setSingleShot(true);
    connect(&safety, &QTimer::timeout, this, [] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            modal->close();
        }
    });
    safety.start(5000);
    trigger();
    return found;
}

int TestGuiToday::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void TestGuiToday::opensOnTodayWithTheFlaggedYouth()
{
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
    QVERIFY(today()->isVisible());
    QVERIFY(GuiTest::child<QTableView>(today(), "attentionList")->isVisible());
    QVERIFY(!GuiTest::child<QLabel>(today(), "todayEmpty")->isVisible());
    auto* model = GuiTest::child<AttentionModel>(today(), "model");
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex first = model->index(0, AttentionModel::Youth);
    QCOMPARE(first.data().toString(), u"Sara Lind"_s);
    QCOMPARE(model->index(0, AttentionModel::Reasons).data().toString(), u"No contact for 20 days"_s);
    QCOMPARE(model->index(0, AttentionModel::Mentor).data().toString(), u"Karin Mentorsson"_s);
    QVERIFY(GuiTest::child<QLabel>(today(), "todayCount")->text().contains(u"1 youth needs attention"_s));
    auto* heading = today()->findChild<QLabel*>(u"todayHeading"_s);
    QVERIFY(heading->text().contains(u"2026-11-27"_s));
    // The first row is current, so the buttons work at once.
    QCOMPARE(today()->currentYouthId(), m_youth);
    QVERIFY(GuiTest::child<QPushButton>(today(), "todayLogContact")->isEnabled());
}

void TestGuiToday::logContactFromTodayRemovesTheItem()
{
    QCOMPARE(today()->currentYouthId(), m_youth);
    const bool opened = withDialog<ContactDialog>(
        [this] { QTest::mouseClick(GuiTest::child<QPushButton>(today(), "todayLogContact"), Qt::LeftButton); },
        [](ContactDialog* dialog) {
            GuiTest::child<QComboBox>(dialog, "contactKind")
                ->setCurrentIndex(GuiTest::child<QComboBox>(dialog, "contactKind")->findData(int(ContactKind::Phone)));
            dialog->noteEdit()->setFocus();
            QTest::keyClicks(dialog->noteEdit(), u"Talked about the internship"_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
        });
    QVERIFY(opened);
    // Gone at once, without leaving the page, and the empty state shows.
    QCOMPARE(GuiTest::child<AttentionModel>(today(), "model")->rowCount(), 0);
    QVERIFY(GuiTest::child<QLabel>(today(), "todayEmpty")->isVisible());
    QCOMPARE(scalar(u"SELECT count(*) FROM contact WHERE kind = 'phone' AND note = 'Talked about the internship' "
                    "AND youth_id = %1"_s.arg(m_youth)),
             1);
    QCOMPARE(m_window->currentPage(), MainWindow::TodayPage);
}

void TestGuiToday::attemptsKeepTheItemAndEscalate()
{
    const auto logAttempt = [this] {
        return withDialog<ContactDialog>(
            [this] { QTest::mouseClick(GuiTest::child<QPushButton>(today(), "todayLogAttempt"), Qt::LeftButton); },
            [](ContactDialog* dialog) {
                // Preset: an attempt without answer.
                if (GuiTest::child<QComboBox>(dialog, "contactKind")->currentData().toInt()
                    == int(ContactKind::Attempt)) {
                    QTest::mouseClick(dialog->findChild<QPushButton*>(u"contactSave"_s), Qt::LeftButton);
                }
            });
    };
    QVERIFY(logAttempt());
    QCOMPARE(scalar(u"SELECT count(*) FROM contact WHERE kind = 'attempt'"_s), 1);
    // An attempt is no contact: still listed, not yet urgent.
    auto* model = GuiTest::child<AttentionModel>(today(), "model");
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!model->index(0, 0).data(AttentionModel::UrgentRole).toBool());
    QVERIFY(logAttempt());
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data(AttentionModel::UrgentRole).toBool());
    QVERIFY(model->index(0, AttentionModel::Reasons)
                .data()
                .toString()
                .contains(u"2 unanswered contact attempts since 2026-11-27"_s));
    QVERIFY(GuiTest::child<QLabel>(today(), "todayCount")->text().contains(u"1 urgent"_s));
}

void TestGuiToday::snoozeRequiresAnExplanation()
{
    bool refusedEmpty = false;
    bool refusedBlank = false;
    const bool opened = withDialog<SnoozeDialog>(
        [this] { QTest::mouseClick(GuiTest::child<QPushButton>(today(), "todaySnooze"), Qt::LeftButton); },
        [&](SnoozeDialog* dialog) {
            refusedEmpty = !GuiTest::child<QPushButton>(dialog, "snoozeSave")->isEnabled();
            GuiTest::child<QPlainTextEdit>(dialog, "snoozeExplanation")->setPlainText(u"   "_s);
            refusedBlank = !GuiTest::child<QPushButton>(dialog, "snoozeSave")->isEnabled();
            // Even forced, the dialog refuses and says why.
            dialog->accept();
            refusedBlank
                = refusedBlank && dialog->isVisible() && GuiTest::child<QLabel>(dialog, "snoozeError")->isVisible();
            GuiTest::child<QPlainTextEdit>(dialog, "snoozeExplanation")->clear();
            GuiTest::child<QPlainTextEdit>(dialog, "snoozeExplanation")->setFocus();
            QTest::keyClicks(GuiTest::child<QPlainTextEdit>(dialog, "snoozeExplanation"),
                             u"On holiday, back on Monday"_s);
            GuiTest::child<QDateEdit>(dialog, "snoozeUntil")->setDate(kToday.addDays(3));
            QTest::mouseClick(GuiTest::child<QPushButton>(dialog, "snoozeSave"), Qt::LeftButton);
        });
    QVERIFY(opened);
    QVERIFY(refusedEmpty);
    QVERIFY(refusedBlank);
    auto* model = GuiTest::child<AttentionModel>(today(), "model");
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM attention_snooze WHERE until_date = '2026-11-30' AND explanation = "
                    "'On holiday, back on Monday'"_s),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM youth_event WHERE kind = 'snoozed' AND youth_id = %1"_s.arg(m_youth)), 1);

    // On its date the reason is back.
    Clock::setFixedNow(QDateTime(kToday.addDays(3), QTime(8, 0)));
    LOTSEN_VERIFY_OK(model->refresh());
    QCOMPARE(model->rowCount(), 1);
}

void TestGuiToday::doubleClickAndEnterOpenTheCard()
{
    QTableView* list = GuiTest::child<QTableView>(today(), "attentionList");
    const QRect cell
        = list->visualRect(GuiTest::child<AttentionModel>(today(), "model")->index(0, AttentionModel::Youth));
    // QTest's double-click alone has no preceding press on the item, which the view requires.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->currentPage(), MainWindow::YouthsPageIndex);
    auto* youthsPage = GuiTest::child<YouthsPage>(m_window.get(), "youthsPage");
    YouthCard* card = youthsPage->currentCard();
    QVERIFY(card);
    QCOMPARE(card->youthId(), m_youth);

    m_window->showPage(MainWindow::TodayPage);
    youthsPage->closeAllCards();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::YouthsPageIndex);
    QCOMPARE(youthsPage->cards().size(), 1);
}

void TestGuiToday::mentorChoiceFiltersAndIsRemembered()
{
    QComboBox* combo = GuiTest::child<QComboBox>(today(), "todayMentor");
    QCOMPARE(combo->currentData().toLongLong(), 0); // all mentors at first
    const int olle = combo->findData(QVariant::fromValue(m_olle));
    QVERIFY(olle > 0);
    combo->setFocus();
    combo->setCurrentIndex(olle);
    emit combo->activated(olle);
    QCOMPARE(GuiTest::child<AttentionModel>(today(), "model")->rowCount(), 0);
    QVERIFY(GuiTest::child<QLabel>(today(), "todayEmpty")->isVisible());
    // Remembered for the administrator's account, in the database.
    const Result<std::optional<qint64>> stored
        = m_workspace->preferences().value(m_workspace->session().accountId(), AccountPreferences::Key::TodayMentor);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(**stored, m_olle);

    // Started again, the same mentor is chosen.
    m_window = std::make_unique<MainWindow>(*m_workspace, false);
    auto* mentorCombo = GuiTest::child<QComboBox>(today(), "todayMentor");
    QCOMPARE(mentorCombo->currentData().toLongLong(), m_olle);
    auto* model = GuiTest::child<AttentionModel>(today(), "model");
    QCOMPARE(model->mentorId(), m_olle);
    const int karin = mentorCombo->findData(QVariant::fromValue(m_karin));
    mentorCombo->setCurrentIndex(karin);
    emit mentorCombo->activated(karin);
    QCOMPARE(model->rowCount(), 1);

    // Karin, a mentor, logs in at the same PC: her own youths, not the administrator's last choice.
    const Account karinAccount = m_fixture->logInAsStaff(u"karin"_s, u"Karin Mentorsson"_s, m_karin);
    QVERIFY(karinAccount.id != 0);
    QCOMPARE(mentorCombo->currentData().toLongLong(), m_karin);
    QCOMPARE(model->mentorId(), m_karin);
    // She chooses all mentors; Olle, a coordinator, then starts at all mentors; Karin again finds her choice.
    mentorCombo->setCurrentIndex(0);
    emit mentorCombo->activated(0);
    QVERIFY(m_fixture->logInAsStaff(u"olle"_s, u"Olle Mentorsson"_s, m_olle, Role::Coordinator).id != 0);
    QCOMPARE(mentorCombo->currentData().toLongLong(), 0);
    m_fixture->logInAs(karinAccount);
    QCOMPARE(mentorCombo->currentData().toLongLong(), 0);
}

void TestGuiToday::emptyStateSaysNobodyNeedsAttention()
{
    Contact contact;
    contact.youthId = m_youth;
    contact.occurredAt = QDateTime(kToday, QTime(9, 30));
    QVERIFY(m_workspace->contacts().log(contact).ok());
    QCOMPARE(GuiTest::child<AttentionModel>(today(), "model")->rowCount(), 0);
    auto* emptyLabel = GuiTest::child<QLabel>(today(), "todayEmpty");
    QVERIFY(emptyLabel->isVisible());
    QVERIFY(emptyLabel->text().contains(u"Nobody needs attention"_s));
    QVERIFY(!GuiTest::child<QPushButton>(today(), "todayLogContact")->isEnabled());
    QVERIFY(!GuiTest::child<QPushButton>(today(), "todaySnooze")->isEnabled());
}

// The Today list's thresholds are the centre's settings, set on the Settings page; the list follows a change.
void TestGuiToday::thresholdsAreSetInSettings()
{
    Contact contact;
    contact.youthId = m_youth;
    contact.occurredAt = QDateTime(kToday, QTime(9, 30));
    QVERIFY(m_workspace->contacts().log(contact).ok());
    Consent consent;
    consent.youthId = m_youth;
    consent.scope = ConsentScope::Photos;
    consent.givenOn = kToday.addDays(-100);
    consent.validUntil = kToday.addDays(20);
    QVERIFY(m_workspace->consents().record(consent).ok());
    auto* model = GuiTest::child<AttentionModel>(today(), "model");
    QCOMPARE(model->rowCount(), 0);

    m_window->showPage(MainWindow::SettingsPageIndex);
    SettingsPage* settings = GuiTest::child<SettingsPage>(m_window.get(), "settingsPage");
    CentreSettings& centre = m_workspace->centre();
    using Key = CentreSettings::Key;
    for (const auto& [name, key] : { std::pair { u"activeNoContactDays"_s, Key::ActiveNoContactDays },
                                     std::pair { u"prospectNoContactDays"_s, Key::ProspectNoContactDays },
                                     std::pair { u"referralNoAnswerDays"_s, Key::ReferralNoAnswerDays },
                                     std::pair { u"consentExpiryDays"_s, Key::ConsentExpiryDays } }) {
        auto* spin = settings->findChild<QSpinBox*>(name);
        QVERIFY2(spin, qPrintable(name));
        QCOMPARE(spin->value(), centre.value(key).toInt());
        spin->setValue(spin->value() + 1);
        QCOMPARE(centre.value(key).toInt(), spin->value() - 1); // written by Save, not at each change
        QTest::mouseClick(GuiTest::child<QPushButton>(settings, "saveCentreSettings"), Qt::LeftButton);
        QCOMPARE(centre.value(key).toInt(), spin->value());
    }
    auto* consentDays = settings->findChild<QSpinBox*>(u"consentExpiryDays"_s);
    QCOMPARE(consentDays->value(), 15);
    consentDays->setValue(20);
    QTest::mouseClick(GuiTest::child<QPushButton>(settings, "saveCentreSettings"), Qt::LeftButton);
    QCOMPARE(centre.consentExpiryDays(), 20);
    QCOMPARE(model->rowCount(), 1);
}

QTEST_MAIN(TestGuiToday)
#include "tst_gui_today.moc"
