// Two PCs on one shared database: two connections, each with its own Workspace, as two Lotsen windows have.
// What one writes reaches the other's Today through the server's change notices, within seconds and without a
// refresh; a save over the other's newer save is refused and names who saved; the access log stays one chain.
#include "ResultChecks.h"
#include "TestServer.h"
#include "TestWorkspace.h"

#include "access/AccessLog.h"
#include "access/Session.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "today/AttentionModel.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lotsen;

namespace {

// Now, not a fixed time: the server's notices and the models run on the real clock.
bool todayHas(const AttentionModel& model, qint64 youthId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, AttentionModel::Youth).data(AttentionModel::YouthIdRole).toLongLong() == youthId) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aContactLoggedOnOnePcLeavesTheOthersToday();
    void aConflictingSaveIsCaughtAndNamesWhoSaved();
    void ownChangesAreNotAnnouncedTwice();
    void bothPcsAppendToOneChain();

private:
    std::unique_ptr<TestWorkspace> m_first; // "the front desk"
    std::unique_ptr<Database> m_secondDatabase; // "the mentor's PC"
    std::unique_ptr<Workspace> m_second;
    Account m_admin;
    Account m_mentor;
    qint64 m_staff = 0;
};

void TestConcurrency::init()
{
    QVERIFY2(TestServer::active(), "this test needs the test server (the pg_server fixture)");
    m_first = std::make_unique<TestWorkspace>();
    QVERIFY(m_first->open());
    QVERIFY(m_first->database().isServer());
    m_admin = m_first->logInAsAdministrator();
    QVERIFY(m_admin.id != 0);
    m_staff = m_first->addStaff(u"Maja Mentor"_s);
    m_mentor = m_first->addAccount(m_admin, u"maja"_s, u"Maja Mentor"_s, Role::Mentor, TestWorkspace::defaultPassword(),
                                   m_staff);
    QVERIFY(m_mentor.id != 0);

    m_secondDatabase = std::make_unique<Database>();
    const Database::OpenResult opened = m_secondDatabase->open(m_first->location());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_second = std::make_unique<Workspace>(*m_secondDatabase);
    QVERIFY(m_second->notifications().isListening());
    LOTSEN_VERIFY_OK(m_second->session().startWithoutPassword(m_mentor));
}

void TestConcurrency::cleanup()
{
    m_second.reset();
    m_secondDatabase.reset();
    m_first.reset();
}

void TestConcurrency::aContactLoggedOnOnePcLeavesTheOthersToday()
{
    // An active youth not contacted for 40 days is on the mentor's Today.
    Youth youth;
    youth.firstName = u"Alva"_s;
    youth.lastName = u"Berg"_s;
    youth.status = YouthStatus::Active;
    youth.mentorId = m_staff;
    youth.startDate = Clock::today().addDays(-40);
    const qint64 id = TestWorkspace::saveYouth(m_first->workspace(), youth);
    QVERIFY(id != 0);

    AttentionModel today(*m_second);
    QAbstractItemModelTester tester(&today, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LOTSEN_VERIFY_OK(today.refresh());
    QVERIFY(todayHas(today, id));

    // The front desk logs a meeting: the mentor's Today follows within seconds, with no refresh asked for.
    QSignalSpy contacts(&m_second->contacts(), &ContactRepository::contactsChanged);
    Contact contact;
    contact.youthId = id;
    contact.kind = ContactKind::Meeting;
    contact.withWhom = ContactWith::Youth;
    contact.staffId = m_staff;
    contact.occurredAt = Clock::now().addSecs(-600);
    LOTSEN_VERIFY_OK(m_first->workspace().contacts().log(contact));
    QTRY_VERIFY_WITH_TIMEOUT(!todayHas(today, id), 5000);
    QVERIFY(!contacts.isEmpty());
    QCOMPARE(contacts.first().first().toLongLong(), id);
}

void TestConcurrency::aConflictingSaveIsCaughtAndNamesWhoSaved()
{
    Youth youth;
    youth.firstName = u"Ebba"_s;
    youth.lastName = u"Lund"_s;
    youth.status = YouthStatus::Prospect;
    const qint64 id = TestWorkspace::saveYouth(m_first->workspace(), youth);
    QVERIFY(id != 0);

    // Both PCs open the card.
    std::optional<Youth> atDesk = LOTSEN_VALUE(m_first->workspace().youths().load(id));
    std::optional<Youth> atMentor = LOTSEN_VALUE(m_second->youths().load(id));
    QVERIFY(atDesk && atMentor);
    QCOMPARE(atDesk->rowVersion, atMentor->rowVersion);

    // The desk saves first.
    atDesk->phone = u"070-111 22 33"_s;
    LOTSEN_VERIFY_OK(m_first->workspace().youths().save(*atDesk));

    // The mentor's save from the older version is refused: nothing written, and it says who saved and when.
    atMentor->email = u"ebba@example.se"_s;
    const Result<qint64> refused = m_second->youths().save(*atMentor);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.field(), YouthRepository::conflictField());
    QVERIFY2(refused.message().contains(m_admin.displayName), qPrintable(refused.message()));
    std::optional<Youth> stored = LOTSEN_VALUE(m_second->youths().load(id));
    QVERIFY(stored);
    QCOMPARE(stored->phone, u"070-111 22 33"_s);
    QCOMPARE(stored->email, QString());

    // Read again, the mentor's change goes through on top of the desk's.
    stored->email = u"ebba@example.se"_s;
    LOTSEN_VERIFY_OK(m_second->youths().save(*stored));
    stored = LOTSEN_VALUE(m_first->workspace().youths().load(id));
    QCOMPARE(stored->phone, u"070-111 22 33"_s);
    QCOMPARE(stored->email, u"ebba@example.se"_s);
}

void TestConcurrency::ownChangesAreNotAnnouncedTwice()
{
    // The repositories signal this PC's own saves themselves; the server's notice of them is not passed on again.
    QSignalSpy others(&m_second->notifications(), &ServerNotifications::othersChanged);
    QSignalSpy saved(&m_second->youths(), &YouthRepository::youthSaved);
    Youth youth;
    youth.firstName = u"Olle"_s;
    youth.lastName = u"Ek"_s;
    youth.status = YouthStatus::Prospect;
    LOTSEN_VERIFY_OK(m_second->youths().save(youth));
    QCOMPARE(saved.count(), 1);
    // A change on the other PC afterwards is announced; by then the own one would have been too.
    Youth other;
    other.firstName = u"Pia"_s;
    other.lastName = u"Ek"_s;
    other.status = YouthStatus::Prospect;
    QVERIFY(TestWorkspace::saveYouth(m_first->workspace(), other) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!others.isEmpty(), 5000);
    const QList<qint64> announced = others.last().first().value<QList<qint64>>();
    QVERIFY(announced.contains(other.id));
    QVERIFY(!announced.contains(youth.id));
    QCOMPARE(saved.count(), 2); // the own save, and the other PC's through the notice
}

void TestConcurrency::bothPcsAppendToOneChain()
{
    // Interleaved appends from the two connections, each of which has a cached last hash.
    for (int i = 0; i < 10; ++i) {
        LOTSEN_VERIFY_OK(m_first->workspace().accessLog().append(m_admin.id, m_admin.username,
                                                                 AccessAction::ChangeSetting, 0, u"desk"_s));
        LOTSEN_VERIFY_OK(
            m_second->accessLog().append(m_mentor.id, m_mentor.username, AccessAction::ChangeSetting, 0, u"mentor"_s));
    }
    const AccessLog::VerifyResult first = m_first->workspace().accessLog().verifyChain();
    QVERIFY2(first.ok, qPrintable(first.message));
    const AccessLog::VerifyResult second = m_second->accessLog().verifyChain();
    QVERIFY2(second.ok, qPrintable(second.message));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
