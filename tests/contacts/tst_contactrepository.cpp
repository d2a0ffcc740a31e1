// ContactRepository: logging and its validation, the per-youth summary the register and Today read, the edit
// window, corrections and striking out, and the database's refusal to delete an entry.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Account.h"
#include "access/StaffRepository.h"
#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "contacts/Contact.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlValues.h"
#include "youth/YouthRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));

// The summary columns of one youth, as the register and the Today view read them.
struct Summary
{
    QString lastContactAt;
    QString nextPlanned;
    int unanswered = -1;
    QString firstUnansweredAt;
};

QString iso(const QDateTime& time)
{
    return time.toString(Qt::ISODate);
}

} // namespace

class TestContactRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void logStoresEverything();
    void logRefusesInvalidEntries_data();
    void logRefusesInvalidEntries();
    void attemptsAreNotContact();
    void onlyContactWithTheYouthCounts();
    void nextPlannedIsFromTheNewestEntryThatHasOne();
    void nextPlannedIsDoneWhenAContactReachesIt();
    void strikingOutRecomputesTheSummary();
    void correctionReplacesTheOriginalInTheSummary();
    void editWithinTheWindowOrByTheAuthor();
    void editCannotMoveAnEntryToAnotherYouth();
    void correctionRefersToTheOriginal();
    void struckEntriesRemainAndCannotBeStruckTwice();
    void databaseRefusesDelete();

private:
    Contact contact(ContactKind kind, const QDateTime& at, qint64 staffId = 0,
                    ContactWith with = ContactWith::Youth) const;
    qint64 logged(ContactKind kind, const QDateTime& at, qint64 staffId = 0, ContactWith with = ContactWith::Youth);
    Summary summary(qint64 youthId) const;
    qint64 count(const QString& sql) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Database* m_database = nullptr; // m_fixture's
    std::unique_ptr<ContactRepository> m_contacts;
    qint64 m_youthId = 0;
    qint64 m_otherYouthId = 0;
    qint64 m_maja = 0;
    qint64 m_olle = 0;
};

void TestContactRepository::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"contacts.lotsen"_s));
    m_database = &m_fixture->database();
    m_contacts = std::make_unique<ContactRepository>(*m_database);
    StaffRepository staff(*m_database);
    m_maja = staff.add(u"Maja Mentor"_s).valueOr(0);
    m_olle = staff.add(u"Olle Coach"_s).valueOr(0);
    QVERIFY(m_maja != 0 && m_olle != 0);
    m_youthId = m_fixture->addYouth(u"Tova"_s, u"Testberg"_s, m_maja);
    QVERIFY(m_youthId != 0);
    YouthRepository youths(*m_database);
    Youth other;
    other.firstName = u"Otto"_s;
    other.lastName = u"Annan"_s;
    QVERIFY(youths.save(other).ok());
    m_otherYouthId = other.id;
}

void TestContactRepository::cleanup()
{
    m_contacts.reset();
    m_database = nullptr;
    m_fixture.reset();
}

Contact TestContactRepository::contact(ContactKind kind, const QDateTime& at, qint64 staffId, ContactWith with) const
{
    Contact entry;
    entry.youthId = m_youthId;
    entry.occurredAt = at;
    entry.kind = kind;
    entry.withWhom = with;
    entry.staffId = staffId;
    return entry;
}

qint64 TestContactRepository::logged(ContactKind kind, const QDateTime& at, qint64 staffId, ContactWith with)
{
    Contact entry = contact(kind, at, staffId, with);
    if (with == ContactWith::Relative) {
        entry.consentOverride = u"Test: samtycket prövas i logStoresEverything"_s;
    }
    const Result<qint64> result = m_contacts->log(entry);
    if (!result.ok()) {
        qWarning("log failed: %s", qPrintable(result.message()));
    }
    return *result;
}

Summary TestContactRepository::summary(qint64 youthId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT last_contact_at, next_planned_contact, unanswered_attempts, first_unanswered_at "
                  "FROM youth WHERE id = ?"_s);
    query.addBindValue(youthId);
    Summary result;
    if (query.exec() && query.next()) {
        result.lastContactAt = SqlValues::isoText(query.value(0));
        result.nextPlanned = SqlValues::isoText(query.value(1));
        result.unanswered = query.value(2).toInt();
        result.firstUnansweredAt = SqlValues::isoText(query.value(3));
    }
    return result;
}

qint64 TestContactRepository::count(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestContactRepository::logStoresEverything()
{
    QSignalSpy changed(m_contacts.get(), &ContactRepository::contactsChanged);
    Contact entry = contact(ContactKind::Phone, kNow.addSecs(-3600), m_maja, ContactWith::Relative);
    entry.note = u"Pratade med mamma, Tova ringer tillbaka i morgon."_s;
    entry.nextPlanned = QDate(2026, 12, 1);
    // Contact with a relative needs the youth's consent: refused, and nothing written, until there is one.
    Result<qint64> result = m_contacts->log(entry);
    QVERIFY(!result.ok());
    QVERIFY(ConsentRules::isMissing(result.error()));
    QCOMPARE(result.message(), u"There is no valid consent for contact with relatives."_s);
    QCOMPARE(changed.count(), 0);
    QVERIFY(LOTSEN_VALUE(m_contacts->contacts(m_youthId)).isEmpty());
    ConsentRepository consents(*m_database);
    Consent consent;
    consent.youthId = m_youthId;
    consent.scope = ConsentScope::Relatives;
    consent.givenOn = kNow.date().addDays(-30);
    QVERIFY(consents.record(consent).ok());

    result = m_contacts->log(entry);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(*result > 0);
    QCOMPARE(entry.id, *result);
    QCOMPARE(entry.createdAt, kNow);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_youthId);

    const std::optional<Contact> stored = LOTSEN_VALUE(m_contacts->load(*result));
    QVERIFY(stored);
    QCOMPARE(stored->youthId, m_youthId);
    QCOMPARE(stored->occurredAt, kNow.addSecs(-3600));
    QCOMPARE(stored->kind, ContactKind::Phone);
    QCOMPARE(stored->withWhom, ContactWith::Relative);
    QCOMPARE(stored->staffId, m_maja);
    QCOMPARE(stored->staffName, u"Maja Mentor"_s);
    QCOMPARE(stored->note, entry.note);
    QCOMPARE(stored->nextPlanned, QDate(2026, 12, 1));
    QCOMPARE(stored->correctsId, 0);
    QCOMPARE(stored->consentId, consent.id);
    QVERIFY(stored->consentOverride.isEmpty());
    QVERIFY(!stored->isStruck());
    QCOMPARE(stored->createdAt, kNow);
    QCOMPARE(LOTSEN_VALUE(m_contacts->contacts(m_youthId)).size(), 1);
    QVERIFY(LOTSEN_VALUE(m_contacts->contacts(m_otherYouthId)).isEmpty());
}

void TestContactRepository::logRefusesInvalidEntries_data()
{
    QTest::addColumn<qint64>("youth"); // -1: the test youth
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDate>("nextPlanned");
    QTest::addColumn<bool>("ok");

    QTest::newRow("now") << qint64(-1) << kNow << QDate() << true;
    QTest::newRow("five minutes ahead (clock drift)") << qint64(-1) << kNow.addSecs(5 * 60) << QDate() << true;
    QTest::newRow("an hour in the future") << qint64(-1) << kNow.addSecs(3600) << QDate() << false;
    QTest::newRow("tomorrow") << qint64(-1) << kNow.addDays(1) << QDate() << false;
    QTest::newRow("half a year ago") << qint64(-1) << kNow.addMonths(-6) << QDate() << true;
    QTest::newRow("no time") << qint64(-1) << QDateTime() << QDate() << false;
    QTest::newRow("no youth") << qint64(0) << kNow << QDate() << false;
    QTest::newRow("next planned before the contact") << qint64(-1) << kNow << kNow.date().addDays(-1) << false;
    QTest::newRow("next planned the same day") << qint64(-1) << kNow << kNow.date() << true;
}

void TestContactRepository::logRefusesInvalidEntries()
{
    QFETCH(qint64, youth);
    QFETCH(QDateTime, at);
    QFETCH(QDate, nextPlanned);
    QFETCH(bool, ok);

    QSignalSpy changed(m_contacts.get(), &ContactRepository::contactsChanged);
    Contact entry = contact(ContactKind::Meeting, at);
    entry.youthId = youth < 0 ? m_youthId : youth;
    entry.nextPlanned = nextPlanned;
    const Result<qint64> result = m_contacts->log(entry);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(count(u"SELECT count(*) FROM contact"_s), ok ? 1 : 0);
    QCOMPARE(changed.count(), ok ? 1 : 0);
    if (!ok) {
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(entry.id, 0);
        QCOMPARE(summary(m_youthId).lastContactAt, QString());
    }
}

void TestContactRepository::attemptsAreNotContact()
{
    QCOMPARE(summary(m_youthId).unanswered, 0);
    QVERIFY(summary(m_youthId).lastContactAt.isEmpty());

    // A prospect reached only by attempts has no contact at all, and the attempts add up.
    logged(ContactKind::Attempt, kNow.addDays(-9));
    logged(ContactKind::Attempt, kNow.addDays(-8));
    Summary s = summary(m_youthId);
    QVERIFY(s.lastContactAt.isEmpty());
    QCOMPARE(s.unanswered, 2);
    QCOMPARE(s.firstUnansweredAt, iso(kNow.addDays(-9)));

    // A meeting ends the run of attempts...
    logged(ContactKind::Meeting, kNow.addDays(-7));
    s = summary(m_youthId);
    QCOMPARE(s.lastContactAt, iso(kNow.addDays(-7)));
    QCOMPARE(s.unanswered, 0);
    QVERIFY(s.firstUnansweredAt.isEmpty());

    // ...and only attempts after the last success count: three in a row since then.
    logged(ContactKind::Attempt, kNow.addDays(-5));
    logged(ContactKind::Attempt, kNow.addDays(-3));
    logged(ContactKind::Attempt, kNow.addDays(-1));
    s = summary(m_youthId);
    QCOMPARE(s.lastContactAt, iso(kNow.addDays(-7)));
    QCOMPARE(s.unanswered, 3);
    QCOMPARE(s.firstUnansweredAt, iso(kNow.addDays(-5)));

    // An older success logged afterwards changes nothing; an SMS reply now resets the run.
    logged(ContactKind::Phone, kNow.addDays(-20));
    QCOMPARE(summary(m_youthId).unanswered, 3);
    logged(ContactKind::Sms, kNow.addSecs(-60));
    s = summary(m_youthId);
    QCOMPARE(s.lastContactAt, iso(kNow.addSecs(-60)));
    QCOMPARE(s.unanswered, 0);

    // The other youth's figures are untouched.
    QVERIFY(summary(m_otherYouthId).lastContactAt.isEmpty());
    QCOMPARE(summary(m_otherYouthId).unanswered, 0);
}

void TestContactRepository::onlyContactWithTheYouthCounts()
{
    // Talking to a relative or a partner is useful, but the youth was not reached.
    logged(ContactKind::Attempt, kNow.addDays(-4));
    logged(ContactKind::Phone, kNow.addDays(-2), m_maja, ContactWith::Relative);
    logged(ContactKind::Email, kNow.addDays(-1), m_maja, ContactWith::Partner);
    Summary s = summary(m_youthId);
    QVERIFY(s.lastContactAt.isEmpty());
    QCOMPARE(s.unanswered, 1);
    logged(ContactKind::HomeVisit, kNow.addDays(-1), m_maja, ContactWith::Youth);
    s = summary(m_youthId);
    QCOMPARE(s.lastContactAt, iso(kNow.addDays(-1)));
    QCOMPARE(s.unanswered, 0);
}

void TestContactRepository::nextPlannedIsFromTheNewestEntryThatHasOne()
{
    Contact first = contact(ContactKind::Meeting, kNow.addDays(-10));
    first.nextPlanned = kNow.date().addDays(-3);
    QVERIFY(m_contacts->log(first).ok());
    QCOMPARE(summary(m_youthId).nextPlanned, kNow.date().addDays(-3).toString(Qt::ISODate));
    Contact second = contact(ContactKind::Phone, kNow.addDays(-2));
    second.nextPlanned = kNow.date().addDays(5);
    QVERIFY(m_contacts->log(second).ok());
    QCOMPARE(summary(m_youthId).nextPlanned, kNow.date().addDays(5).toString(Qt::ISODate));
    // A later entry without a plan keeps the agreed date.
    logged(ContactKind::Attempt, kNow.addDays(-1));
    QCOMPARE(summary(m_youthId).nextPlanned, kNow.date().addDays(5).toString(Qt::ISODate));
    // Striking the entry that planned it falls back to the earlier plan.
    QVERIFY(m_contacts->strike(second.id, m_maja, u"Fel ungdom"_s).ok());
    QCOMPARE(summary(m_youthId).nextPlanned, kNow.date().addDays(-3).toString(Qt::ISODate));
}

void TestContactRepository::nextPlannedIsDoneWhenAContactReachesIt()
{
    Contact planning = contact(ContactKind::Meeting, kNow.addDays(-10));
    planning.nextPlanned = kNow.date().addDays(-4);
    QVERIFY(m_contacts->log(planning).ok());
    // A contact before the planned day leaves the plan standing.
    logged(ContactKind::Sms, kNow.addDays(-6));
    QCOMPARE(summary(m_youthId).nextPlanned, kNow.date().addDays(-4).toString(Qt::ISODate));
    // An unanswered attempt on the day does not reach it either.
    logged(ContactKind::Attempt, QDateTime(kNow.date().addDays(-4), QTime(9, 0)));
    QCOMPARE(summary(m_youthId).nextPlanned, kNow.date().addDays(-4).toString(Qt::ISODate));
    // A contact on the planned day is the planned contact: nothing is planned any more.
    const qint64 met = logged(ContactKind::Meeting, QDateTime(kNow.date().addDays(-4), QTime(14, 0)));
    QCOMPARE(summary(m_youthId).nextPlanned, QString());
    // Striking that contact out brings the plan back.
    QVERIFY(m_contacts->strike(met, m_maja, u"Fel dag"_s).ok());
    QCOMPARE(summary(m_youthId).nextPlanned, kNow.date().addDays(-4).toString(Qt::ISODate));
}

void TestContactRepository::strikingOutRecomputesTheSummary()
{
    logged(ContactKind::Meeting, kNow.addDays(-10));
    logged(ContactKind::Attempt, kNow.addDays(-6));
    logged(ContactKind::Attempt, kNow.addDays(-4));
    const qint64 call = logged(ContactKind::Phone, kNow.addDays(-2));
    QCOMPARE(summary(m_youthId).lastContactAt, iso(kNow.addDays(-2)));
    QCOMPARE(summary(m_youthId).unanswered, 0);

    // The call was logged on the wrong youth: as if it had never been, the two attempts are unanswered again.
    QSignalSpy changed(m_contacts.get(), &ContactRepository::contactsChanged);
    QVERIFY(m_contacts->strike(call, m_olle, u"Loggad på fel ungdom"_s).ok());
    QCOMPARE(changed.count(), 1);
    const Summary s = summary(m_youthId);
    QCOMPARE(s.lastContactAt, iso(kNow.addDays(-10)));
    QCOMPARE(s.unanswered, 2);
    QCOMPARE(s.firstUnansweredAt, iso(kNow.addDays(-6)));
}

void TestContactRepository::correctionReplacesTheOriginalInTheSummary()
{
    logged(ContactKind::Meeting, kNow.addDays(-10));
    const qint64 wrong = logged(ContactKind::Meeting, kNow.addDays(-3));
    QCOMPARE(summary(m_youthId).lastContactAt, iso(kNow.addDays(-3)));

    // "She never came": the correction says it was an attempt, and the summary follows the correction.
    Contact correction = contact(ContactKind::Attempt, kNow.addDays(-3));
    correction.note = u"Kom inte till mötet, svarade inte i telefon."_s;
    const Result<qint64> result = m_contacts->correct(wrong, correction);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    Summary s = summary(m_youthId);
    QCOMPARE(s.lastContactAt, iso(kNow.addDays(-10)));
    QCOMPARE(s.unanswered, 1);

    // Striking the correction brings the original back.
    QVERIFY(m_contacts->strike(*result, m_maja, u"Fel rättelse"_s).ok());
    s = summary(m_youthId);
    QCOMPARE(s.lastContactAt, iso(kNow.addDays(-3)));
    QCOMPARE(s.unanswered, 0);
}

void TestContactRepository::editWithinTheWindowOrByTheAuthor()
{
    const int window = CentreSettings::DefaultContactEditHours;
    QCOMPARE(window, 24);
    // The author is the account that registered the entry, not the staff member it names: Maja registers a call
    // that her colleague Olle made.
    const Account admin = m_fixture->logInAsAdministrator();
    const Account maja = m_fixture->addAccount(admin, u"maja"_s, u"Maja Mentor"_s, Role::Mentor,
                                               TestWorkspace::defaultPassword(), m_maja);
    const Account olle = m_fixture->addAccount(admin, u"olle"_s, u"Olle Coach"_s, Role::Mentor,
                                               TestWorkspace::defaultPassword(), m_olle);
    QVERIFY(maja.id != 0 && olle.id != 0);
    m_fixture->logInAs(maja);
    Contact entry = contact(ContactKind::Phone, kNow.addSecs(-600), m_olle);
    entry.note = u"Första versionen"_s;
    QVERIFY(m_contacts->log(entry).ok());
    const Contact stored = *LOTSEN_VALUE(m_contacts->load(entry.id));
    QCOMPARE(stored.registeredBy, maja.id);
    QCOMPARE(stored.registeredByName, u"Maja Mentor"_s);
    QCOMPARE(stored.staffId, m_olle);

    // Anyone within the window, at its very end too.
    QVERIFY(ContactRepository::canEdit(stored, kNow, olle.id, window));
    QVERIFY(ContactRepository::canEdit(stored, kNow.addSecs(window * 3600), olle.id, window));
    QVERIFY(ContactRepository::canEdit(stored, kNow.addSecs(window * 3600), 0, window));
    // After it only the author: Maja, who registered it, not Olle, whom it names.
    QVERIFY(!ContactRepository::canEdit(stored, kNow.addSecs(window * 3600 + 1), olle.id, window));
    QVERIFY(!ContactRepository::canEdit(stored, kNow.addSecs(window * 3600 + 1), 0, window));
    QVERIFY(ContactRepository::canEdit(stored, kNow.addDays(30), maja.id, window));
    // A shorter window set for the centre applies.
    QVERIFY(!ContactRepository::canEdit(stored, kNow.addSecs(2 * 3600 + 1), olle.id, 2));
    // Never an entry that is not stored.
    QVERIFY(!ContactRepository::canEdit(Contact(), kNow, maja.id, window));

    // Olle changes it within the window; the entry stays Maja's.
    m_fixture->logInAs(olle);
    Contact changed = stored;
    changed.note = u"Ändrad inom fönstret"_s;
    changed.kind = ContactKind::Video;
    QSignalSpy signal(m_contacts.get(), &ContactRepository::contactsChanged);
    Result<qint64> result = m_contacts->edit(changed, window);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(signal.count(), 1);
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->note, u"Ändrad inom fönstret"_s);
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->kind, ContactKind::Video);
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->createdAt, kNow); // the window runs from when it was written
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->registeredBy, maja.id);

    // Two days later he may not, and nothing changes; Maja, the author, still may.
    Clock::setFixedNow(kNow.addDays(2));
    changed.note = u"För sent"_s;
    result = m_contacts->edit(changed, window);
    QVERIFY(!result.ok());
    QVERIFY(result.message().contains(u"correction"_s));
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->note, u"Ändrad inom fönstret"_s);
    m_fixture->logInAs(maja);
    changed.note = u"Författaren rättar sin egen anteckning"_s;
    result = m_contacts->edit(changed, window);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->note, changed.note);

    // An edit is validated like a new entry: not into the future.
    changed.occurredAt = Clock::now().addDays(1);
    QVERIFY(!m_contacts->edit(changed, window).ok());

    // A struck-out entry can never be changed, not even by its author.
    QVERIFY(m_contacts->strike(entry.id, m_maja, u"Dubblett"_s).ok());
    const Contact struck = *LOTSEN_VALUE(m_contacts->load(entry.id));
    QVERIFY(!ContactRepository::canEdit(struck, Clock::now(), maja.id, window));
    changed = struck;
    changed.note = u"Efter struken"_s;
    QVERIFY(!m_contacts->edit(changed, window).ok());
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->note, u"Författaren rättar sin egen anteckning"_s);

    // Who registered it can never be changed afterwards, whatever program tries.
    QSqlQuery tamper(m_database->connection());
    QVERIFY(!tamper.exec(u"UPDATE contact SET registered_by = %1 WHERE id = %2"_s.arg(olle.id).arg(entry.id)));
    QVERIFY(!tamper.exec(u"UPDATE contact SET struck_registered_by = %1 WHERE id = %2"_s.arg(olle.id).arg(entry.id)));
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(entry.id))->registeredBy, maja.id);
}

void TestContactRepository::editCannotMoveAnEntryToAnotherYouth()
{
    const qint64 id = logged(ContactKind::Meeting, kNow.addSecs(-60), m_maja);
    Contact moved = *LOTSEN_VALUE(m_contacts->load(id));
    moved.youthId = m_otherYouthId;
    QVERIFY(!m_contacts->edit(moved, 24).ok());
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(id))->youthId, m_youthId);
    QVERIFY(LOTSEN_VALUE(m_contacts->contacts(m_otherYouthId)).isEmpty());
}

void TestContactRepository::correctionRefersToTheOriginal()
{
    Contact original = contact(ContactKind::Meeting, kNow.addDays(-5), m_maja);
    original.note = u"Pratade om praktik på lager."_s;
    QVERIFY(m_contacts->log(original).ok());
    const Contact before = *LOTSEN_VALUE(m_contacts->load(original.id));

    Clock::setFixedNow(kNow.addDays(3)); // long after the edit window
    Contact correction = contact(ContactKind::Meeting, kNow.addDays(-5), m_olle);
    correction.youthId = m_otherYouthId; // ignored: a correction belongs to the original's youth
    correction.note = u"Praktik i butik, inte på lager."_s;
    const Result<qint64> result = m_contacts->correct(original.id, correction);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(*result != original.id);

    const Contact stored = *LOTSEN_VALUE(m_contacts->load(*result));
    QCOMPARE(stored.correctsId, original.id);
    QCOMPARE(stored.youthId, m_youthId);
    QCOMPARE(stored.note, u"Praktik i butik, inte på lager."_s);
    QCOMPARE(stored.createdAt, kNow.addDays(3));
    // The original is exactly as it was, and both are in the history, newest first.
    QCOMPARE(*m_contacts->load(original.id), before);
    const QList<Contact> all = LOTSEN_VALUE(m_contacts->contacts(m_youthId));
    QCOMPARE(all.size(), 2);
    QVERIFY(LOTSEN_VALUE(m_contacts->contacts(m_otherYouthId)).isEmpty());

    // Nothing to correct: a missing entry, or one that is struck out.
    Contact again = contact(ContactKind::Phone, kNow);
    QVERIFY(!m_contacts->correct(999999, again).ok());
    QVERIFY(m_contacts->strike(original.id, m_maja, u"Hela mötet fel"_s).ok());
    QVERIFY(!m_contacts->correct(original.id, again).ok());
    QCOMPARE(LOTSEN_VALUE(m_contacts->contacts(m_youthId)).size(), 2);
}

void TestContactRepository::struckEntriesRemainAndCannotBeStruckTwice()
{
    const qint64 id = logged(ContactKind::Sms, kNow.addDays(-1), m_maja);
    // A reason is required.
    QVERIFY(!m_contacts->strike(id, m_olle, u"   "_s).ok());
    QVERIFY(!LOTSEN_VALUE(m_contacts->load(id))->isStruck());

    Clock::setFixedNow(kNow.addDays(2));
    const Result<qint64> result = m_contacts->strike(id, m_olle, u"  Skickat till fel nummer  "_s);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const std::optional<Contact> struck = LOTSEN_VALUE(m_contacts->load(id));
    QVERIFY(struck);
    QVERIFY(struck->isStruck());
    QCOMPARE(struck->struckAt, kNow.addDays(2));
    QCOMPARE(struck->struckBy, m_olle);
    QCOMPARE(struck->struckReason, u"Skickat till fel nummer"_s);
    QVERIFY(!struck->isSuccessful());
    QCOMPARE(LOTSEN_VALUE(m_contacts->contacts(m_youthId)).size(), 1);

    // Once only: the first who, when and why stay.
    QSignalSpy changed(m_contacts.get(), &ContactRepository::contactsChanged);
    QVERIFY(!m_contacts->strike(id, m_maja, u"Igen"_s).ok());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(id))->struckBy, m_olle);
    QCOMPARE(LOTSEN_VALUE(m_contacts->load(id))->struckReason, u"Skickat till fel nummer"_s);
    QVERIFY(!m_contacts->strike(999999, m_maja, u"Finns inte"_s).ok());
}

void TestContactRepository::databaseRefusesDelete()
{
    const qint64 id = logged(ContactKind::Meeting, kNow.addDays(-1), m_maja);
    QVERIFY(id != 0);
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"DELETE FROM contact WHERE id = %1"_s.arg(id)));
    QVERIFY2(query.lastError().text().contains(u"never deleted"_s), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"DELETE FROM contact"_s));
    QCOMPARE(count(u"SELECT count(*) FROM contact"_s), 1);
    // Nor does the youth disappear from under its history.
    QVERIFY(!query.exec(u"DELETE FROM youth WHERE id = %1"_s.arg(m_youthId)));
    QCOMPARE(count(u"SELECT count(*) FROM contact"_s), 1);
    QVERIFY(LOTSEN_VALUE(m_contacts->load(id)).has_value());
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"
