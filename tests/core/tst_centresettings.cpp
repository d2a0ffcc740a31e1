// The centre's settings: saved together in one transaction, and every change of a setting is in the access log
// with its key, old and new value, or it is not saved at all. The access log stores a code for its detail and
// shows it in the user's language.
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestCentreSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyChangeIsLoggedWithOldAndNewValue();
    void unchangedValuesAreNeitherWrittenNorLogged();
    void noSaveWithoutItsLogEntry();
    void noSaveWithoutALoggedInAccount();
    void aDatabaseWithoutAccountsSavesWithoutLog();
    void detailsAreCodesShownInTheUsersLanguage();
    void aSaveOverAnotherSessionsChangeIsRefused();

private:
    QList<AccessLog::Entry> settingEntries();

    std::unique_ptr<TestWorkspace> m_fixture;
};

void TestCentreSettings::init()
{
    m_fixture = std::make_unique<TestWorkspace>();
    QVERIFY(m_fixture->open());
}

void TestCentreSettings::cleanup()
{
    m_fixture.reset();
}

QList<AccessLog::Entry> TestCentreSettings::settingEntries()
{
    AccessLog::Filter filter;
    filter.action = AccessAction::ChangeSetting;
    return LOTSEN_VALUE(m_fixture->workspace().accessLog().entries(filter));
}

void TestCentreSettings::everyChangeIsLoggedWithOldAndNewValue()
{
    const Account admin = m_fixture->logInAsAdministrator();
    QVERIFY(admin.id != 0);
    CentreSettings& centre = m_fixture->workspace().centre();
    QSignalSpy changed(&centre, &CentreSettings::changed);
    LOTSEN_VERIFY_OK(centre.save({ { CentreSettings::Key::PlanReviewWeeks, 6 },
                                   { CentreSettings::Key::CentreName, u"Mötesplats: Väster"_s },
                                   { CentreSettings::Key::Logo, QByteArray("png") } }));
    QCOMPARE(centre.planReviewWeeks(), 6);
    QCOMPARE(centre.centreName(), u"Mötesplats: Väster"_s);
    QCOMPARE(changed.size(), 3);

    const QList<AccessLog::Entry> entries = settingEntries(); // newest first
    QCOMPARE(entries.size(), 3);
    for (const AccessLog::Entry& entry : entries) {
        QCOMPARE(entry.accountId, admin.id);
        QCOMPARE(entry.youthId, 0);
    }
    QCOMPARE(entries.at(2).detail, u"setting:plan_review_weeks:4:6"_s);
    // A ':' in a value is encoded, so that the parts stay apart.
    QCOMPARE(entries.at(1).detail, u"setting:centre_name::M%C3%B6tesplats%3A%20V%C3%A4ster"_s);
    // The logo is logged as own or default, not as its image.
    QCOMPARE(entries.at(0).detail, u"setting:centre_logo_png:default:own"_s);

    QCOMPARE(AccessDetail::describe(entries.at(2).detail), u"Next plan review after (weeks): “4” → “6”"_s);
    QCOMPARE(AccessDetail::describe(entries.at(1).detail), u"Centre name: (empty) → “Mötesplats: Väster”"_s);
    QCOMPARE(AccessDetail::describe(entries.at(0).detail),
             u"Logo on printouts: Lotsen's logo → the centre's own logo"_s);
    QVERIFY(m_fixture->workspace().accessLog().verifyChain().ok);
}

void TestCentreSettings::unchangedValuesAreNeitherWrittenNorLogged()
{
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    CentreSettings& centre = m_fixture->workspace().centre();
    QSignalSpy changed(&centre, &CentreSettings::changed);
    LOTSEN_VERIFY_OK(centre.save({ { CentreSettings::Key::PlanReviewWeeks, CentreSettings::DefaultPlanReviewWeeks },
                                   { CentreSettings::Key::CentreName, QString() } }));
    QCOMPARE(changed.size(), 0);
    QVERIFY(settingEntries().isEmpty());
    // A stored number saved again as it is: no change (the stored one reads back as another integer type).
    LOTSEN_VERIFY_OK(centre.save({ { CentreSettings::Key::PlanReviewWeeks, 6 } }));
    LOTSEN_VERIFY_OK(centre.save({ { CentreSettings::Key::PlanReviewWeeks, 6 } }));
    QCOMPARE(settingEntries().size(), 1);
    QCOMPARE(changed.size(), 1);
}

void TestCentreSettings::noSaveWithoutItsLogEntry()
{
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    CentreSettings& centre = m_fixture->workspace().centre();
    // The log cannot be written (as when another program holds it): the settings stay as they were, all of them.
    QVERIFY(TestServer::refuseInserts(m_fixture->database(), u"no_log"_s, u"access_log"_s, u"log refused"_s));
    QSignalSpy changed(&centre, &CentreSettings::changed);
    const Result<void> saved = centre.save(
        { { CentreSettings::Key::CentreName, u"Väster"_s }, { CentreSettings::Key::ActiveNoContactDays, 30 } });
    QVERIFY(!saved);
    QVERIFY(saved.message().contains(u"access log"_s));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(centre.value(CentreSettings::Key::CentreName).toString(), QString());
    QCOMPARE(centre.activeNoContactDays(), CentreSettings::DefaultActiveNoContactDays);
    QVERIFY(TestServer::dropTrigger(m_fixture->database(), u"no_log"_s, u"access_log"_s));
    QVERIFY(settingEntries().isEmpty());
}

void TestCentreSettings::noSaveWithoutALoggedInAccount()
{
    QVERIFY(m_fixture->logInAsAdministrator().id != 0);
    m_fixture->session().logOut();
    CentreSettings& centre = m_fixture->workspace().centre();
    QVERIFY(!centre.save({ { CentreSettings::Key::ConsentExpiryDays, 30 } }));
    QCOMPARE(centre.consentExpiryDays(), CentreSettings::DefaultConsentExpiryDays);
}

void TestCentreSettings::aDatabaseWithoutAccountsSavesWithoutLog()
{
    CentreSettings& centre = m_fixture->workspace().centre();
    LOTSEN_VERIFY_OK(centre.save({ { CentreSettings::Key::ConsentExpiryDays, 30 } }));
    QCOMPARE(centre.consentExpiryDays(), 30);
    QVERIFY(settingEntries().isEmpty());
}

void TestCentreSettings::detailsAreCodesShownInTheUsersLanguage()
{
    using Code = AccessDetail::Code;
    QCOMPARE(AccessDetail::encode(Code::UnsavedEditsDiscarded), u"unsaved_edits_discarded"_s);
    QCOMPARE(AccessDetail::describe(AccessDetail::encode(Code::UnsavedEditsDiscarded)),
             u"unsaved changes were discarded"_s);
    QCOMPARE(AccessDetail::describe(AccessDetail::encode(Code::NoUnsavedEdits)), u"there were no unsaved changes"_s);
    QCOMPARE(AccessDetail::describe(AccessDetail::encode(Code::AccountRole, { u"coordinator"_s, u"12"_s })),
             u"account 12 now has the role Coordinator"_s);
    QCOMPARE(AccessDetail::describe(AccessDetail::encode(Code::Import, { u"1"_s })), u"1 youth imported"_s);
    QCOMPARE(AccessDetail::describe(AccessDetail::encode(Code::Import, { u"5"_s })), u"5 youths imported"_s);
    // Entries written before details were codes: the known English texts are translated too, others shown as they are.
    QCOMPARE(AccessDetail::describe(u"unsaved edits discarded"_s), u"unsaved changes were discarded"_s);
    QCOMPARE(AccessDetail::describe(u"action plan"_s), u"action plan"_s);
    QCOMPARE(AccessDetail::describe(u"created account 3"_s), u"created account 3"_s);
    QCOMPARE(AccessDetail::describe(QString()), QString());
    // Every code is distinct and comes back as itself.
    QSet<QString> codes;
    for (int code = static_cast<int>(Code::Demo); code <= static_cast<int>(Code::BlankPlanCommandLine); ++code) {
        const QString text = AccessDetail::code(static_cast<Code>(code));
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(code)));
        QVERIFY2(!codes.contains(text), qPrintable(text));
        codes.insert(text);
        QVERIFY2(AccessDetail::describe(text) != text || text == u"intact"_s || text == u"broken"_s, qPrintable(text));
    }
}

void TestCentreSettings::aSaveOverAnotherSessionsChangeIsRefused()
{
    using Key = CentreSettings::Key;
    const Account admin = m_fixture->logInAsAdministrator();
    const Account maja = m_fixture->addAccount(admin, u"maja"_s, u"Maja Mentor"_s, Role::Coordinator);
    QVERIFY(admin.id != 0 && maja.id != 0);
    // A second PC: its own connection to the same database (the same file, or the same server database).
    // A file is refused to a second Lotsen by its lock file (one writer per file); SQLite itself lets two
    // connections share it under WAL, so the lock file is taken away here to open the file a second time.
    if (!TestServer::active()) {
        QFile::remove(m_fixture->location() + u".lock"_s);
    }
    Database otherDatabase;
    const Database::OpenResult opened = otherDatabase.open(m_fixture->location());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    Workspace other(otherDatabase);
    LOTSEN_VERIFY_OK(other.session().startWithoutPassword(maja));
    CentreSettings& desk = m_fixture->workspace().centre();
    CentreSettings& mentor = other.centre();

    // Both open the settings.
    const CentreSettings::Versions atDesk = LOTSEN_VALUE(desk.versions());
    const CentreSettings::Versions atMentor = LOTSEN_VALUE(mentor.versions());
    QCOMPARE(atDesk, atMentor);
    QCOMPARE(atDesk.value(Key::PlanReviewWeeks, 0), 0); // never saved

    // The mentor saves first.
    LOTSEN_VERIFY_OK(mentor.save({ { Key::PlanReviewWeeks, 6 }, { Key::CentreName, u"Öster"_s } }, atMentor));
    const CentreSettings::Versions afterMentor = LOTSEN_VALUE(desk.versions());
    QCOMPARE(afterMentor.value(Key::PlanReviewWeeks), 1);
    const int entriesBefore = int(settingEntries().size());
    QCOMPARE(entriesBefore, 2);

    // The desk's save from what it read before is refused as a whole: neither setting written, nothing logged, no
    // signal; the message names the setting, who changed it and when.
    QSignalSpy changed(&desk, &CentreSettings::changed);
    const Result<void> refused = desk.save({ { Key::ActiveNoContactDays, 30 }, { Key::PlanReviewWeeks, 8 } }, atDesk);
    QVERIFY(!refused);
    QCOMPARE(refused.field(), CentreSettings::conflictField());
    QVERIFY2(refused.message().contains(u"Maja Mentor"_s), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(CentreSettings::label(Key::PlanReviewWeeks)), qPrintable(refused.message()));
    QVERIFY2(!refused.message().contains(CentreSettings::label(Key::ActiveNoContactDays)),
             qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QLocale().toString(Clock::today(), QLocale::ShortFormat)),
             qPrintable(refused.message()));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(desk.planReviewWeeks(), 6);
    QCOMPARE(desk.activeNoContactDays(), CentreSettings::DefaultActiveNoContactDays);
    QCOMPARE(int(settingEntries().size()), entriesBefore);
    QCOMPARE(LOTSEN_VALUE(desk.versions()), afterMentor);

    // A setting the other PC changed to the very value of this save is no conflict: nothing is overwritten.
    LOTSEN_VERIFY_OK(desk.save({ { Key::CentreName, u"Öster"_s } }, atDesk));
    QCOMPARE(LOTSEN_VALUE(desk.versions()), afterMentor);

    // Read again, the desk's save goes through and raises the version.
    LOTSEN_VERIFY_OK(desk.save({ { Key::PlanReviewWeeks, 8 } }, afterMentor));
    QCOMPARE(desk.planReviewWeeks(), 8);
    QCOMPARE(LOTSEN_VALUE(mentor.versions()).value(Key::PlanReviewWeeks), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(int(settingEntries().size()), entriesBefore + 1);

    // Now the mentor's versions are the stale ones, and the refusal names the desk's account.
    const Result<void> mentorRefused = mentor.save({ { Key::PlanReviewWeeks, 5 } }, afterMentor);
    QCOMPARE(mentorRefused.field(), CentreSettings::conflictField());
    QVERIFY2(mentorRefused.message().contains(admin.displayName), qPrintable(mentorRefused.message()));
    QCOMPARE(mentor.planReviewWeeks(), 8);
    QVERIFY(m_fixture->workspace().accessLog().verifyChain().ok);
}
QTEST_GUILESS_MAIN(TestCentreSettings)
#include "tst_centresettings.moc"
