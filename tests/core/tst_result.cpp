#include "access/AccessLog.h"
#include "consent/ConsentRules.h"
#include "core/Database.h"
#include "core/Result.h"
#include "plans/PlanRepository.h"
#include "youth/YouthRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lotsen {

// The one result type of models/, and that a failed read is an error rather than an empty list.
class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void valueResult();
    void errorResult();
    void voidResult();
    void moveOnlyValue();
    void consentMissingIsAField();
    void youthFieldRoundTrip();
    void failedReadIsAnError();
    void failedWriteKeepsItsMessage();
};

void TestResult::valueResult()
{
    const Result<qint64> r = qint64(42);
    QVERIFY(r.ok());
    QVERIFY(static_cast<bool>(r));
    QCOMPARE(*r, 42);
    QCOMPARE(r.value(), 42);
    QCOMPARE(r.valueOr(7), 42);
    QVERIFY(r.message().isEmpty());
    QVERIFY(r.field().isEmpty());

    Result<QStringList> list = QStringList { u"a"_s, u"b"_s };
    QCOMPARE(list->size(), 2);
    list->append(u"c"_s);
    QCOMPARE(list.value().last(), u"c"_s);
}

void TestResult::errorResult()
{
    const Result<qint64> r = fail(u"Nope."_s, u"email"_s);
    QVERIFY(!r.ok());
    QVERIFY(!r);
    QCOMPARE(r.message(), u"Nope."_s);
    QCOMPARE(r.field(), u"email"_s);
    QCOMPARE(r.error().message, u"Nope."_s);
    QCOMPARE(r.valueOr(7), 7);

    // An error passes from one Result type to another unchanged.
    const Result<QStringList> other = r.error();
    QVERIFY(!other);
    QCOMPARE(other.message(), u"Nope."_s);
    QCOMPARE(other.field(), u"email"_s);
}

void TestResult::voidResult()
{
    const Result<void> done = success();
    QVERIFY(done.ok());
    QVERIFY(static_cast<bool>(done));
    QVERIFY(done.message().isEmpty());

    const Result<void> refused = fail(u"Not allowed."_s);
    QVERIFY(!refused);
    QCOMPARE(refused.message(), u"Not allowed."_s);
    QVERIFY(refused.field().isEmpty());
}

void TestResult::moveOnlyValue()
{
    Result<QString> r = u"text"_s;
    const QString taken = std::move(r).value();
    QCOMPARE(taken, u"text"_s);
}

void TestResult::consentMissingIsAField()
{
    QVERIFY(ConsentRules::isMissing(fail(u"No consent."_s, ConsentRules::missingField())));
    QVERIFY(!ConsentRules::isMissing(fail(u"Something else."_s)));
    QVERIFY(!ConsentRules::isMissing(Error()));
}

void TestResult::youthFieldRoundTrip()
{
    using Field = YouthRepository::Field;
    for (Field field :
         { Field::FirstName, Field::LastName, Field::PersonalNumber, Field::BirthDate, Field::Email, Field::Mentor }) {
        const QString key = YouthRepository::fieldKey(field);
        QVERIFY(!key.isEmpty());
        QCOMPARE(YouthRepository::fieldOf(fail(u"x"_s, key)), field);
    }
    QCOMPARE(YouthRepository::fieldKey(Field::PersonalNumber), u"personalNumber"_s);
    QCOMPARE(YouthRepository::fieldOf(Error()), Field::None);
    QCOMPARE(YouthRepository::fieldOf(fail(u"x"_s, u"unknown"_s)), Field::None);
}

void TestResult::failedReadIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(database.open(dir.filePath(u"lotsen.db"_s)).ok());
    YouthRepository youths(database);
    AccessLog log(database);

    const Result<QStringList> before = youths.municipalities();
    QVERIFY2(before, qPrintable(before.message()));
    QVERIFY(before->isEmpty());
    QVERIFY(log.whoOpened(1).ok());

    // The connection is gone: the reads fail with a message instead of pretending there is nothing.
    database.close();
    const Result<QStringList> after = youths.municipalities();
    QVERIFY(!after);
    QVERIFY(!after.message().isEmpty());
    const Result<QList<AccessLog::Opening>> opened = log.whoOpened(1);
    QVERIFY(!opened);
    QVERIFY(!opened.message().isEmpty());
}

void TestResult::failedWriteKeepsItsMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(database.open(dir.filePath(u"lotsen.db"_s)).ok());
    PlanRepository plans(database);
    const Result<qint64> created = plans.create(12345, 0, QDate(2026, 11, 1), 4);
    // No such youth: the foreign key refuses it, and the message says the plan was not saved.
    QVERIFY(!created);
    QVERIFY(!created.message().isEmpty());
}

} // namespace lotsen

QTEST_GUILESS_MAIN(lotsen::TestResult)
#include "tst_result.moc"
