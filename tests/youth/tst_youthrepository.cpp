// YouthRepository and StaffRepository on a fresh database file per test: saving and loading, validation,
// duplicates, history events, deletion rules and signals.

#include "ResultChecks.h"
#include "access/StaffRepository.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "youth/Youth.h"
#include "youth/YouthRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(lotsen::YouthRepository::Field)

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 30));

// Anna: Skatteverket test number 20030415-2382.
Youth anna()
{
    Youth youth;
    youth.firstName = u"Anna"_s;
    youth.lastName = u"Östlund"_s;
    youth.personalNumber = u"200304152382"_s;
    youth.birthDate = QDate(2003, 4, 15);
    return youth;
}

Youth bo()
{
    Youth youth;
    youth.firstName = u"Bo"_s;
    youth.lastName = u"Berg"_s;
    return youth;
}

} // namespace

class TestYouthRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveNewAndLoad();
    void saveMinimal();
    void saveCleansInput();
    void update();
    void targetGroupsRoundTrip();
    void validation_data();
    void validation();
    void validEmails_data();
    void validEmails();
    void duplicatePersonalNumber();
    void unknownMentorWritesNothing();
    void updateOfDeletedYouth();
    void history();
    void deleteNewProspect();
    void cannotDeleteActive();
    void cannotDeleteProspectWithHistory();
    void cannotDeleteProspectWithContacts();
    void cannotDeleteMissing();
    void municipalities();

    void staffAddRenameActive();
    void staffEmptyNameRefused();

private:
    int rows(const QString& sql, const QVariantList& binds = {}) const;
    QStringList events(qint64 youthId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<YouthRepository> m_youths;
    std::unique_ptr<StaffRepository> m_staff;
};

void TestYouthRepository::init()
{
    Clock::setFixedNow(kNow);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    const QString file = m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + u".lotsen"_s);
    QFile::remove(file);
    QCOMPARE(m_database->open(file).status, Database::OpenStatus::Created);
    m_youths = std::make_unique<YouthRepository>(*m_database);
    m_staff = std::make_unique<StaffRepository>(*m_database);
}

void TestYouthRepository::cleanup()
{
    m_staff.reset();
    m_youths.reset();
    m_database.reset();
    Clock::reset();
}

int TestYouthRepository::rows(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec() || !query.next()) {
        qWarning() << "query failed" << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

// "kind:detail" for each event of a youth, oldest first.
QStringList TestYouthRepository::events(qint64 youthId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT kind, detail, occurred_at FROM youth_event WHERE youth_id = ? ORDER BY id"_s);
    query.addBindValue(youthId);
    QStringList result;
    if (query.exec()) {
        while (query.next()) {
            result.append(query.value(0).toString() + u':' + query.value(1).toString());
            if (query.value(2).toString() != kNow.toString(Qt::ISODate)) {
                result.append(u"wrong time "_s + query.value(2).toString());
            }
        }
    }
    return result;
}

void TestYouthRepository::saveNewAndLoad()
{
    const qint64 mentor = m_staff->add(u"Kim Lind"_s).valueOr(0);
    QVERIFY(mentor > 0);

    Youth youth = anna();
    youth.gender = Gender::Woman;
    youth.phone = u"070-123 45 67"_s;
    youth.email = u"anna@example.se"_s;
    youth.address = u"Storgatan 1"_s;
    youth.postalCode = u"903 25"_s;
    youth.postalTown = u"  Umeå "_s;
    youth.municipality = u"Umeå"_s;
    youth.status = YouthStatus::Active;
    youth.mentorId = mentor;
    youth.startDate = QDate(2026, 9, 1);
    youth.referralSource = ReferralSource::Kaa;
    youth.targetGroups = { TargetGroup::NewlyArrived, TargetGroup::Uvas };
    youth.note = u"Två rader\nmed å, ä, ö och \"citat\"."_s;

    QSignalSpy saved(m_youths.get(), &YouthRepository::youthSaved);
    const Result<qint64> result = m_youths->save(youth);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(YouthRepository::fieldOf(result.error()), YouthRepository::Field::None);
    QVERIFY(youth.id > 0);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toLongLong(), youth.id);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 1);
    // The saved youth comes back with its groups sorted.
    QCOMPARE(youth.targetGroups, (QList<TargetGroup> { TargetGroup::Uvas, TargetGroup::NewlyArrived }));

    const std::optional<Youth> loaded = LOTSEN_VALUE(m_youths->load(youth.id));
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, youth);
    // Field by field as well, so that a failure says which.
    QCOMPARE(loaded->firstName, u"Anna"_s);
    QCOMPARE(loaded->lastName, u"Östlund"_s);
    QCOMPARE(loaded->personalNumber, u"200304152382"_s);
    QCOMPARE(loaded->birthDate, QDate(2003, 4, 15));
    QCOMPARE(loaded->gender, Gender::Woman);
    QCOMPARE(loaded->phone, u"070-123 45 67"_s);
    QCOMPARE(loaded->email, u"anna@example.se"_s);
    QCOMPARE(loaded->address, u"Storgatan 1"_s);
    QCOMPARE(loaded->postalCode, u"903 25"_s);
    QCOMPARE(loaded->postalTown, u"Umeå"_s);
    QCOMPARE(loaded->municipality, u"Umeå"_s);
    QCOMPARE(loaded->status, YouthStatus::Active);
    QCOMPARE(loaded->mentorId, mentor);
    QCOMPARE(loaded->startDate, QDate(2026, 9, 1));
    QCOMPARE(loaded->referralSource, ReferralSource::Kaa);
    QCOMPARE(loaded->note, youth.note);

    QCOMPARE(events(youth.id), QStringList { u"created:active"_s });
    QVERIFY(!LOTSEN_VALUE(m_youths->load(youth.id + 1)).has_value());
}

void TestYouthRepository::saveMinimal()
{
    Youth youth = bo();
    QVERIFY(m_youths->save(youth).ok());
    const std::optional<Youth> loaded = LOTSEN_VALUE(m_youths->load(youth.id));
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, youth);
    QVERIFY(loaded->personalNumber.isEmpty());
    QVERIFY(!loaded->birthDate.isValid());
    QVERIFY(!loaded->startDate.isValid());
    QCOMPARE(loaded->mentorId, 0);
    QCOMPARE(loaded->status, YouthStatus::Prospect);
    QCOMPARE(loaded->gender, Gender::NotStated);
    QCOMPARE(loaded->referralSource, ReferralSource::None);
    QVERIFY(loaded->targetGroups.isEmpty());
    // No number is stored as NULL, so that many youths without one do not collide on UNIQUE.
    QCOMPARE(rows(u"SELECT count(*) FROM youth WHERE personal_number IS NULL"_s), 1);

    Youth another = bo();
    another.firstName = u"Bo"_s;
    QVERIFY(m_youths->save(another).ok());
    QVERIFY(another.id != youth.id);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 2);
}

void TestYouthRepository::saveCleansInput()
{
    Youth youth = bo();
    youth.firstName = u"  Bo   Erik "_s;
    youth.lastName = u"\tBerg  "_s;
    youth.email = u" bo@example.se "_s;
    youth.municipality = u"  Umeå  "_s;
    youth.targetGroups = { TargetGroup::Disability, TargetGroup::Uvas, TargetGroup::Disability };
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(youth.firstName, u"Bo Erik"_s);
    QCOMPARE(youth.lastName, u"Berg"_s);
    QCOMPARE(youth.email, u"bo@example.se"_s);
    QCOMPARE(youth.municipality, u"Umeå"_s);
    QCOMPARE(youth.targetGroups, (QList<TargetGroup> { TargetGroup::Uvas, TargetGroup::Disability }));
    QCOMPARE(*m_youths->load(youth.id), youth);
}

void TestYouthRepository::update()
{
    Youth youth = anna();
    QVERIFY(m_youths->save(youth).ok());
    const qint64 id = youth.id;

    QSignalSpy saved(m_youths.get(), &YouthRepository::youthSaved);
    youth.lastName = u"Berg"_s;
    youth.phone = u"073-999 88 77"_s;
    youth.gender = Gender::Other;
    youth.note = u"Moved."_s;
    youth.referralSource = ReferralSource::SelfReferral;
    youth.startDate = QDate(2026, 10, 1);
    const Result<qint64> result = m_youths->save(youth);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(youth.id, id);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toLongLong(), id);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 1);
    QCOMPARE(*m_youths->load(id), youth);

    // Clearing values clears them.
    youth.personalNumber.clear();
    youth.birthDate = {};
    youth.startDate = {};
    youth.phone.clear();
    youth.note.clear();
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(*m_youths->load(id), youth);
    QVERIFY(LOTSEN_VALUE(m_youths->load(id))->personalNumber.isEmpty());
}

void TestYouthRepository::targetGroupsRoundTrip()
{
    Youth youth = bo();
    youth.targetGroups = { TargetGroup::SickListed, TargetGroup::Uvas, TargetGroup::Psychosocial };
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(LOTSEN_VALUE(m_youths->load(youth.id))->targetGroups,
             (QList<TargetGroup> { TargetGroup::Uvas, TargetGroup::SickListed, TargetGroup::Psychosocial }));

    youth.targetGroups = { TargetGroup::ActivityCompensation };
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(LOTSEN_VALUE(m_youths->load(youth.id))->targetGroups,
             QList<TargetGroup> { TargetGroup::ActivityCompensation });
    QCOMPARE(rows(u"SELECT count(*) FROM youth_target_group WHERE youth_id = ?"_s, { youth.id }), 1);

    // All seven at once, and a second youth's groups stay separate.
    Youth other = anna();
    other.targetGroups = { TargetGroup::NewlyArrived, TargetGroup::Psychosocial, TargetGroup::ActivityCompensation,
                           TargetGroup::SickListed,   TargetGroup::Disability,   TargetGroup::LongTermUnemployed,
                           TargetGroup::Uvas };
    QVERIFY(m_youths->save(other).ok());
    QCOMPARE(LOTSEN_VALUE(m_youths->load(other.id))->targetGroups.size(), 7);
    QCOMPARE(LOTSEN_VALUE(m_youths->load(youth.id))->targetGroups,
             QList<TargetGroup> { TargetGroup::ActivityCompensation });

    youth.targetGroups.clear();
    QVERIFY(m_youths->save(youth).ok());
    QVERIFY(LOTSEN_VALUE(m_youths->load(youth.id))->targetGroups.isEmpty());
    QCOMPARE(rows(u"SELECT count(*) FROM youth_target_group"_s), 7);
}

void TestYouthRepository::validation_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("personalNumber");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("email");
    QTest::addColumn<YouthRepository::Field>("field");

    using F = YouthRepository::Field;
    const QString a = u"Anna"_s;
    const QString o = u"Östlund"_s;
    const QString pn = u"200304152382"_s;
    const QDate birth(2003, 4, 15);

    QTest::newRow("no first name") << QString() << o << pn << birth << QString() << F::FirstName;
    QTest::newRow("blank first name") << u"  \t "_s << o << pn << birth << QString() << F::FirstName;
    QTest::newRow("no last name") << a << QString() << pn << birth << QString() << F::LastName;
    QTest::newRow("blank last name") << a << u"   "_s << pn << birth << QString() << F::LastName;
    QTest::newRow("wrong check digit") << a << o << u"200304152383"_s << birth << QString() << F::PersonalNumber;
    QTest::newRow("impossible date") << a << o << u"200302292388"_s << QDate() << QString() << F::PersonalNumber;
    QTest::newRow("10-digit form stored") << a << o << u"0304152382"_s << birth << QString() << F::PersonalNumber;
    QTest::newRow("display form stored") << a << o << u"20030415-2382"_s << birth << QString() << F::PersonalNumber;
    QTest::newRow("letters") << a << o << u"2003O4152382"_s << birth << QString() << F::PersonalNumber;
    QTest::newRow("birth date mismatch") << a << o << pn << QDate(2003, 4, 16) << QString() << F::BirthDate;
    QTest::newRow("birth date missing") << a << o << pn << QDate() << QString() << F::BirthDate;
    QTest::newRow("birth date in future") << a << o << QString() << QDate(2026, 11, 28) << QString() << F::BirthDate;
    QTest::newRow("e-mail without @") << a << o << pn << birth << u"anna.example.se"_s << F::Email;
    QTest::newRow("e-mail without domain") << a << o << pn << birth << u"anna@"_s << F::Email;
    QTest::newRow("e-mail without dot") << a << o << pn << birth << u"anna@example"_s << F::Email;
    QTest::newRow("e-mail with space") << a << o << pn << birth << u"anna berg@example.se"_s << F::Email;
    QTest::newRow("e-mail without name") << a << o << pn << birth << u"@example.se"_s << F::Email;
    QTest::newRow("e-mail with two @") << a << o << pn << birth << u"anna@berg@example.se"_s << F::Email;
}

void TestYouthRepository::validation()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QString, personalNumber);
    QFETCH(QDate, birthDate);
    QFETCH(QString, email);
    QFETCH(YouthRepository::Field, field);

    Youth youth;
    youth.firstName = firstName;
    youth.lastName = lastName;
    youth.personalNumber = personalNumber;
    youth.birthDate = birthDate;
    youth.email = email;

    const Result<void> checked = m_youths->validate(youth);
    QVERIFY(!checked.ok());
    QCOMPARE(YouthRepository::fieldOf(checked.error()), field);
    QVERIFY(!checked.message().isEmpty());

    QSignalSpy saved(m_youths.get(), &YouthRepository::youthSaved);
    const Youth before = youth;
    const Result<qint64> result = m_youths->save(youth);
    QVERIFY(!result.ok());
    QCOMPARE(YouthRepository::fieldOf(result.error()), field);
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(youth, before); // untouched, id still 0
    QCOMPARE(saved.count(), 0);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM youth_event"_s), 0);
}

void TestYouthRepository::validEmails_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"anna@example.se"_s;
    QTest::newRow("dots and plus") << u"anna.berg+lotsen@mail.example.se"_s;
    QTest::newRow("non-ASCII") << u"åsa@exempel.se"_s;
}

void TestYouthRepository::validEmails()
{
    QFETCH(QString, email);
    Youth youth = anna();
    youth.email = email;
    const Result<qint64> result = m_youths->save(youth);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(LOTSEN_VALUE(m_youths->load(youth.id))->email, email);
}

void TestYouthRepository::duplicatePersonalNumber()
{
    Youth first = anna();
    QVERIFY(m_youths->save(first).ok());

    Youth second = bo();
    second.personalNumber = first.personalNumber;
    second.birthDate = first.birthDate;
    QSignalSpy saved(m_youths.get(), &YouthRepository::youthSaved);
    const Result<qint64> result = m_youths->save(second);
    QVERIFY(!result.ok());
    QCOMPARE(YouthRepository::fieldOf(result.error()), YouthRepository::Field::PersonalNumber);
    QVERIFY2(result.message().contains(u"Anna Östlund"_s), qPrintable(result.message()));
    QCOMPARE(second.id, 0);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 1);
    QCOMPARE(YouthRepository::fieldOf(m_youths->validate(second).error()), YouthRepository::Field::PersonalNumber);

    // The youth with the number may be saved again with it.
    first.phone = u"070-1"_s;
    QVERIFY(m_youths->save(first).ok());

    // Another number is fine; changing it to Anna's is refused and leaves the record as it was.
    second.personalNumber = u"200304152390"_s; // serial 239
    QVERIFY(m_youths->save(second).ok());
    Youth changed = second;
    changed.personalNumber = first.personalNumber;
    const Result<qint64> refused = m_youths->save(changed);
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(u"Anna Östlund"_s));
    QCOMPARE(*m_youths->load(second.id), second);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 2);
}

void TestYouthRepository::unknownMentorWritesNothing()
{
    Youth youth = anna();
    youth.mentorId = 4711; // no such staff member
    youth.targetGroups = { TargetGroup::Uvas };
    QSignalSpy saved(m_youths.get(), &YouthRepository::youthSaved);
    const Result<qint64> result = m_youths->save(youth);
    QVERIFY(!result.ok());
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(youth.id, 0);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM youth_target_group"_s), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM youth_event"_s), 0);

    // The transaction was closed: the next save works.
    youth.mentorId = 0;
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 1);
}

void TestYouthRepository::updateOfDeletedYouth()
{
    Youth youth = bo();
    QVERIFY(m_youths->save(youth).ok());
    QVERIFY(m_youths->remove(youth.id));
    youth.note = u"edited in another window"_s;
    const Result<qint64> result = m_youths->save(youth);
    QVERIFY(!result.ok());
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 0);
}

void TestYouthRepository::history()
{
    const qint64 kim = m_staff->add(u"Kim"_s).valueOr(0);
    const qint64 lo = m_staff->add(u"Lo"_s).valueOr(0);
    Youth youth = anna();
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(events(youth.id), QStringList { u"created:prospect"_s });

    // A save that changes neither status nor mentor writes no event.
    youth.note = u"first meeting"_s;
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(events(youth.id).size(), 1);

    youth.status = YouthStatus::Active;
    QVERIFY(m_youths->save(youth).ok());
    youth.mentorId = kim;
    QVERIFY(m_youths->save(youth).ok());
    youth.mentorId = lo;
    youth.status = YouthStatus::Paused;
    QVERIFY(m_youths->save(youth).ok());
    youth.mentorId = 0;
    QVERIFY(m_youths->save(youth).ok());

    const QStringList expected = {
        u"created:prospect"_s,
        u"status_changed:prospect>active"_s,
        u"mentor_changed:0>%1"_s.arg(kim),
        u"status_changed:active>paused"_s,
        u"mentor_changed:%1>%2"_s.arg(kim).arg(lo),
        u"mentor_changed:%1>0"_s.arg(lo),
    };
    QCOMPARE(events(youth.id), expected);

    // A refused save writes no event either.
    youth.status = YouthStatus::Exited;
    youth.firstName.clear();
    QVERIFY(!m_youths->save(youth).ok());
    QCOMPARE(events(youth.id), expected);
}

void TestYouthRepository::deleteNewProspect()
{
    Youth youth = anna();
    youth.targetGroups = { TargetGroup::Uvas, TargetGroup::Disability };
    QVERIFY(m_youths->save(youth).ok());
    Youth other = bo();
    other.targetGroups = { TargetGroup::Uvas };
    QVERIFY(m_youths->save(other).ok());
    // Editing other fields is not history.
    youth.phone = u"070-1"_s;
    QVERIFY(m_youths->save(youth).ok());

    LOTSEN_VERIFY_OK(m_youths->checkRemovable(youth.id));
    QSignalSpy removed(m_youths.get(), &YouthRepository::youthRemoved);
    const Result<void> removal = m_youths->remove(youth.id);
    QVERIFY2(removal, qPrintable(removal.message()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), youth.id);
    QVERIFY(!LOTSEN_VALUE(m_youths->load(youth.id)).has_value());
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 1);
    QCOMPARE(rows(u"SELECT count(*) FROM youth_target_group WHERE youth_id = ?"_s, { youth.id }), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM youth_event WHERE youth_id = ?"_s, { youth.id }), 0);
    // The other youth is untouched.
    QCOMPARE(LOTSEN_VALUE(m_youths->load(other.id))->targetGroups, QList<TargetGroup> { TargetGroup::Uvas });

    // The number is free again.
    Youth again = anna();
    QVERIFY(m_youths->save(again).ok());
}

void TestYouthRepository::cannotDeleteActive()
{
    QSignalSpy removed(m_youths.get(), &YouthRepository::youthRemoved);
    for (YouthStatus status : { YouthStatus::Active, YouthStatus::Paused }) {
        Youth youth = bo();
        youth.status = status; // saved so from the start: no status change in the history
        QVERIFY(m_youths->save(youth).ok());
        LOTSEN_VERIFY_FAILS(m_youths->checkRemovable(youth.id));
        const Result<void> removal = m_youths->remove(youth.id);
        QVERIFY(!removal);
        QVERIFY(!removal.message().isEmpty());
        QVERIFY(LOTSEN_VALUE(m_youths->load(youth.id)).has_value());
    }
    QCOMPARE(removed.count(), 0);
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 2);
}

void TestYouthRepository::cannotDeleteProspectWithHistory()
{
    Youth youth = anna();
    QVERIFY(m_youths->save(youth).ok());
    // A mentor who took the prospect on and handed over is history.
    youth.mentorId = m_staff->add(u"Kim"_s).valueOr(0);
    QVERIFY(m_youths->save(youth).ok());
    youth.mentorId = 0;
    QVERIFY(m_youths->save(youth).ok());
    QCOMPARE(LOTSEN_VALUE(m_youths->load(youth.id))->status, YouthStatus::Prospect);

    QSignalSpy removed(m_youths.get(), &YouthRepository::youthRemoved);
    LOTSEN_VERIFY_FAILS(m_youths->checkRemovable(youth.id));
    const Result<void> removal = m_youths->remove(youth.id);
    QVERIFY(!removal);
    QVERIFY(!removal.message().isEmpty());
    QVERIFY(LOTSEN_VALUE(m_youths->load(youth.id)).has_value());
    QCOMPARE(removed.count(), 0);

    // A mentor change is history too.
    Youth other = bo();
    QVERIFY(m_youths->save(other).ok());
    other.mentorId = m_staff->add(u"Kim"_s).valueOr(0);
    QVERIFY(m_youths->save(other).ok());
    LOTSEN_VERIFY_FAILS(m_youths->checkRemovable(other.id));
    QVERIFY(!m_youths->remove(other.id));
    QCOMPARE(LOTSEN_VALUE(m_youths->count()), 2);
}

void TestYouthRepository::cannotDeleteProspectWithContacts()
{
    Youth youth = anna();
    QVERIFY(m_youths->save(youth).ok());
    ContactRepository contacts(*m_database);
    Contact attempt;
    attempt.youthId = youth.id;
    attempt.kind = ContactKind::Attempt;
    attempt.occurredAt = Clock::now().addSecs(-3600);
    QVERIFY(contacts.log(attempt).ok());
    // Even struck out, the entry is history.
    QVERIFY(contacts.strike(attempt.id, 0, u"Wrong youth"_s).ok());

    const QString blocker = m_youths->checkRemovable(youth.id).message();
    QVERIFY2(blocker.contains(u"contacts"_s), qPrintable(blocker));
    const Result<void> removal = m_youths->remove(youth.id);
    QVERIFY(!removal);
    QCOMPARE(removal.message(), blocker);
    QVERIFY(LOTSEN_VALUE(m_youths->load(youth.id)).has_value());
    QCOMPARE(rows(u"SELECT count(*) FROM contact WHERE youth_id = ?"_s, { youth.id }), 1);

    // A relative on record blocks it too (it would otherwise fail on the foreign key).
    Youth other = bo();
    QVERIFY(m_youths->save(other).ok());
    LOTSEN_VERIFY_OK(m_youths->checkRemovable(other.id));
    NetworkRepository network(*m_database);
    NetworkPerson mother;
    mother.youthId = other.id;
    mother.name = u"Mamma Berg"_s;
    QVERIFY(network.save(mother).ok());
    LOTSEN_VERIFY_FAILS(m_youths->checkRemovable(other.id));
    QVERIFY(!m_youths->remove(other.id));
    QVERIFY(LOTSEN_VALUE(m_youths->load(other.id)).has_value());
}

void TestYouthRepository::cannotDeleteMissing()
{
    QSignalSpy removed(m_youths.get(), &YouthRepository::youthRemoved);
    LOTSEN_VERIFY_FAILS(m_youths->checkRemovable(12345));
    const Result<void> removal = m_youths->remove(12345);
    QVERIFY(!removal);
    QVERIFY(!removal.message().isEmpty());
    QCOMPARE(removed.count(), 0);
}

void TestYouthRepository::municipalities()
{
    QVERIFY(m_youths->municipalities()->isEmpty());
    const QStringList names = { u"Umeå"_s, u"Luleå"_s, QString(), u"Umeå"_s, u"Arjeplog"_s };
    for (const QString& municipality : names) {
        Youth youth = bo();
        youth.municipality = municipality;
        QVERIFY(m_youths->save(youth).ok());
    }
    QCOMPARE(*m_youths->municipalities(), (QStringList { u"Arjeplog"_s, u"Luleå"_s, u"Umeå"_s }));
}

void TestYouthRepository::staffAddRenameActive()
{
    QSignalSpy changed(m_staff.get(), &StaffRepository::changed);
    const Result<qint64> added = m_staff->add(u"  Kim   Lind "_s);
    QVERIFY2(added, qPrintable(added.message()));
    const qint64 kim = *added;
    QVERIFY(kim > 0);
    const qint64 anna = m_staff->add(u"anna Berg"_s).valueOr(0);
    const qint64 bo = m_staff->add(u"Bo Ek"_s).valueOr(0);
    QVERIFY(anna > 0 && bo > 0);
    QVERIFY(kim != anna && anna != bo && kim != bo);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_staff->nameOf(kim).value(), u"Kim Lind"_s);
    QVERIFY(m_staff->nameOf(9999)->isEmpty());

    const auto names = [](const Result<QList<Staff>>& staff) {
        QStringList result;
        for (const Staff& member : staff.value()) {
            result.append(member.name + (member.active ? QString() : u" (inactive)"_s));
        }
        return result;
    };
    // Sorted by name without regard to case.
    QCOMPARE(names(m_staff->all()), (QStringList { u"anna Berg"_s, u"Bo Ek"_s, u"Kim Lind"_s }));
    QCOMPARE(names(m_staff->active()), (QStringList { u"anna Berg"_s, u"Bo Ek"_s, u"Kim Lind"_s }));

    QVERIFY(m_staff->setActive(bo, false));
    QCOMPARE(names(m_staff->active()), (QStringList { u"anna Berg"_s, u"Kim Lind"_s }));
    QCOMPARE(names(m_staff->all()), (QStringList { u"anna Berg"_s, u"Bo Ek (inactive)"_s, u"Kim Lind"_s }));
    QVERIFY(m_staff->setActive(bo, true));
    QCOMPARE(m_staff->active()->size(), 3);

    QVERIFY(m_staff->rename(kim, u"Alva Lind"_s));
    QCOMPARE(m_staff->nameOf(kim).value(), u"Alva Lind"_s);
    QCOMPARE(m_staff->all()->first().id, kim);
    QCOMPARE(changed.count(), 6);

    // Unknown ids are refused.
    const Result<void> renamed = m_staff->rename(9999, u"Nobody"_s);
    QVERIFY(!renamed);
    QVERIFY(!renamed.message().isEmpty());
    const Result<void> deactivated = m_staff->setActive(9999, false);
    QVERIFY(!deactivated);
    QVERIFY(!deactivated.message().isEmpty());
    QCOMPARE(changed.count(), 6);
    QCOMPARE(m_staff->all()->size(), 3);
}

void TestYouthRepository::staffEmptyNameRefused()
{
    QSignalSpy changed(m_staff.get(), &StaffRepository::changed);
    for (const QString& name : { QString(), u"   "_s, u"\t\n"_s }) {
        const Result<qint64> added = m_staff->add(name);
        QVERIFY(!added);
        QVERIFY(!added.message().isEmpty());
    }
    QVERIFY(m_staff->all()->isEmpty());

    const qint64 kim = m_staff->add(u"Kim"_s).valueOr(0);
    const Result<void> renamed = m_staff->rename(kim, u"  "_s);
    QVERIFY(!renamed);
    QVERIFY(!renamed.message().isEmpty());
    QCOMPARE(m_staff->nameOf(kim).value(), u"Kim"_s);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestYouthRepository)
#include "tst_youthrepository.moc"
