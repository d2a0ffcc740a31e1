#include "Clock.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "PersonalNumber.h"
#include "Youth.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lotsen;

namespace {

const QDate kToday(2026, 11, 27);

// Runs a query that must succeed; a broken query fails the test instead of reading as zero rows.
QSqlQuery run(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning("query failed: %s", qPrintable(sql));
    }
    return query;
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query = run(database, sql);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoHasTheExpectedShape();
    void demoUsesOnlyTestPersonalNumbers();
    void demoKeepsProspectsDeletable();
    void demoIsDeterministic();
    void syntheticWritesTheRequestedNumberOfYouths();
    void syntheticUsesUniqueTestPersonalNumbers();

private:
    bool openNew(Database& database, const QString& name);
    // Every stored number must parse, be one of Skatteverket's test numbers and match the birth date column.
    void verifyTestNumbers(Database& database, int minimumCount);

    QTemporaryDir m_dir;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The repositories validate against Clock::today(); pin it so the demo's "today" and the rules agree.
    Clock::setFixedNow(QDateTime(kToday, QTime(10, 0)));
}

void TestDemoData::cleanupTestCase()
{
    Clock::reset();
}

bool TestDemoData::openNew(Database& database, const QString& name)
{
    const Database::OpenResult result = database.open(m_dir.filePath(name));
    if (result.status != Database::OpenStatus::Created) {
        qWarning("open failed: %s", qPrintable(result.message));
        return false;
    }
    return true;
}

void TestDemoData::verifyTestNumbers(Database& database, int minimumCount)
{
    QSqlQuery query = run(database,
                          QStringLiteral("SELECT personal_number, birth_date FROM youth "
                                         "WHERE personal_number IS NOT NULL"));
    int count = 0;
    while (query.next()) {
        const QString stored = query.value(0).toString();
        const PersonalNumber number = PersonalNumber::parse(stored, kToday);
        QVERIFY2(number.isValid(), qPrintable(stored));
        QCOMPARE(number.twelveDigits(), stored);
        QVERIFY2(!number.isCoordinationNumber(), qPrintable(stored));
        const QString serial = stored.mid(8, 3);
        QVERIFY2(serial == QLatin1String("238") || serial == QLatin1String("239"), qPrintable(stored));
        QVERIFY2(number.birthDate().year() >= 2000 && number.birthDate().year() <= 2009, qPrintable(stored));
        QCOMPARE(QDate::fromString(query.value(1).toString(), Qt::ISODate), number.birthDate());
        ++count;
    }
    QVERIFY2(count >= minimumCount, qPrintable(QStringLiteral("only %1 personal numbers").arg(count)));
}

void TestDemoData::demoHasTheExpectedShape()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("shape.lotsen")));
    QString error;
    QVERIFY2(DemoDataGenerator::writeDemo(database, kToday, &error), qPrintable(error));

    const qint64 youths = scalar(database, QStringLiteral("SELECT count(*) FROM youth"));
    QVERIFY2(youths >= 50 && youths <= 70, qPrintable(QString::number(youths)));

    // Every youth has a birth date, and ages on `today` cover the whole target group 15-29.
    QSqlQuery births = run(database, QStringLiteral("SELECT birth_date FROM youth"));
    int minAge = 1000;
    int maxAge = -1;
    int rows = 0;
    while (births.next()) {
        Youth youth;
        youth.birthDate = QDate::fromString(births.value(0).toString(), Qt::ISODate);
        QVERIFY(youth.birthDate.isValid());
        const int age = youth.ageOn(kToday);
        QVERIFY2(age >= 15 && age <= 29, qPrintable(QString::number(age)));
        minAge = std::min(minAge, age);
        maxAge = std::max(maxAge, age);
        ++rows;
    }
    QCOMPARE(rows, int(youths));
    QVERIFY2(minAge <= 16, qPrintable(QString::number(minAge)));
    QVERIFY2(maxAge >= 28, qPrintable(QString::number(maxAge)));

    QSqlQuery statuses = run(database, QStringLiteral("SELECT DISTINCT status FROM youth"));
    QSet<QString> seen;
    while (statuses.next()) {
        seen.insert(statuses.value(0).toString());
    }
    QCOMPARE(seen,
             (QSet<QString> { QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("paused"),
                              QStringLiteral("exited") }));

    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM staff")) >= 4);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM staff WHERE active = 1")) >= 4);
    // The mentor who has left keeps no one who is still followed.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM staff WHERE active = 0")), 1);
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM youth y JOIN staff s ON s.id = y.mentor_id "
                                   "WHERE s.active = 0 AND y.status <> 'exited'")),
             0);

    QVERIFY(scalar(database, QStringLiteral("SELECT count(DISTINCT municipality) FROM youth WHERE municipality <> ''"))
            >= 5);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(DISTINCT gender) FROM youth")) >= 3);

    QSqlQuery names = run(database, QStringLiteral("SELECT first_name || ' ' || last_name FROM youth"));
    bool swedishLetters = false;
    while (names.next()) {
        const QString name = names.value(0).toString();
        for (QChar c : QStringView(u"åäöÅÄÖ")) {
            swedishLetters = swedishLetters || name.contains(c);
        }
    }
    QVERIFY(swedishLetters);

    // Phones only from the range PTS reserves for fiction (070-174 06 05 to 070-174 06 99).
    QSqlQuery phones = run(database, QStringLiteral("SELECT phone FROM youth WHERE phone <> ''"));
    int phoneCount = 0;
    while (phones.next()) {
        const QString phone = phones.value(0).toString();
        QVERIFY2(phone.startsWith(QLatin1String("070-174 06 ")), qPrintable(phone));
        const int last = phone.right(2).toInt();
        QVERIFY2(phone.size() == 13 && last >= 5 && last <= 99, qPrintable(phone));
        ++phoneCount;
    }
    QVERIFY(phoneCount > 0);
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM youth WHERE email <> '' "
                                   "AND email NOT LIKE '%@example.se'")),
             0);
}

void TestDemoData::demoUsesOnlyTestPersonalNumbers()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("numbers.lotsen")));
    QString error;
    QVERIFY2(DemoDataGenerator::writeDemo(database, kToday, &error), qPrintable(error));
    verifyTestNumbers(database, 20);
    // Youths born outside 2000-2009 cannot have a test number, so they have none; some prospects neither.
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE personal_number IS NULL")) > 0);
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT count(*) FROM youth WHERE personal_number IS NULL "
                                  "AND status = 'prospect' AND birth_date BETWEEN '2000-01-01' AND "
                                  "'2009-12-31'"))
            > 0);
}

void TestDemoData::demoKeepsProspectsDeletable()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("history.lotsen")));
    QString error;
    QVERIFY2(DemoDataGenerator::writeDemo(database, kToday, &error), qPrintable(error));
    // Deletion is only allowed without history: the demo needs prospects that have only their 'created' event.
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT count(*) FROM youth y WHERE y.status = 'prospect' AND NOT EXISTS "
                                  "(SELECT 1 FROM youth_event e WHERE e.youth_id = y.id "
                                  "AND e.kind <> 'created')"))
            >= 3);
    // ...while others show a status change in their history.
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT count(DISTINCT youth_id) FROM youth_event "
                                  "WHERE kind = 'status_changed'"))
            >= 5);
}

void TestDemoData::demoIsDeterministic()
{
    const auto snapshot = [this](const QString& name) {
        Database database;
        QStringList rows;
        if (!openNew(database, name) || !DemoDataGenerator::writeDemo(database, kToday)) {
            return rows;
        }
        QSqlQuery query = run(database,
                              QStringLiteral("SELECT first_name, last_name, personal_number, birth_date, "
                                             "status, start_date FROM youth ORDER BY id"));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < 6; ++i) {
                fields.append(query.value(i).toString());
            }
            rows.append(fields.join(u'|'));
        }
        return rows;
    };
    const QStringList first = snapshot(QStringLiteral("first.lotsen"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(snapshot(QStringLiteral("second.lotsen")), first);
}

void TestDemoData::syntheticWritesTheRequestedNumberOfYouths()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("synthetic-count.lotsen")));
    QString error;
    QVERIFY2(DemoDataGenerator::writeSynthetic(database, 2000, &error), qPrintable(error));
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth")), 2000);
    // Marked as generated, one by one, and found by the search index that the triggers keep.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE note = 'GENERERAD TESTDATA'")), 2000);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth_search")), 2000);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM youth_search WHERE youth_search MATCH 'anders*'"))
            > 0);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM staff")) >= 10);

    // Every status occurs, in roughly the intended shares (10/60/15/15 %).
    const qint64 active = scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE status = 'active'"));
    QVERIFY2(active > 1000 && active < 1400, qPrintable(QString::number(active)));
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(DISTINCT status) FROM youth")), 4);
}

void TestDemoData::syntheticUsesUniqueTestPersonalNumbers()
{
    Database database;
    QVERIFY(openNew(database, QStringLiteral("synthetic-numbers.lotsen")));
    QString error;
    QVERIFY2(DemoDataGenerator::writeSynthetic(database, 2000, &error), qPrintable(error));
    verifyTestNumbers(database, 500);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(DISTINCT personal_number) FROM youth")),
             scalar(database, QStringLiteral("SELECT count(personal_number) FROM youth")));
    // The ones without a number still have a birth date, for the age column.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM youth WHERE birth_date IS NULL")), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
