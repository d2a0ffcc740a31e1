// The demo database names who registered its entries (every one was shown as "unknown (before version 6)"): the
// demo's administrator, whose account exists before any entry is written; the mentors' accounts follow.
#include "DemoDatabase.h"
#include "TestWorkspace.h"
#include "core/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestDemoAuthorship : public QObject
{
    Q_OBJECT

private slots:
    void everyDemoEntryNamesItsAuthor();
};

void TestDemoAuthorship::everyDemoEntryNamesItsAuthor()
{
    TestWorkspace::useCheapPasswordHashing();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"demo.lotsen"_s);
    const Result<void> written = DemoDatabase::write(path, false);
    QVERIFY2(written, qPrintable(written.message()));

    Database database;
    QVERIFY(database.open(path).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"SELECT id FROM account WHERE username = 'demo'"_s) && query.next());
    const qint64 administrator = query.value(0).toLongLong();
    QVERIFY(administrator > 0);
    for (const QString& table :
         { u"youth"_s, u"contact"_s, u"action_plan"_s, u"plan_step"_s, u"consent"_s, u"referral"_s, u"participation"_s,
           u"network_person"_s, u"group_activity"_s, u"enrolment_period"_s, u"enrolment_exit"_s, u"follow_up"_s,
           u"follow_up_attempt"_s }) {
        QVERIFY2(
            query.exec(u"SELECT count(*), count(registered_by), sum(registered_by = %1) FROM %2"_s.arg(administrator)
                           .arg(table)),
            qPrintable(table));
        QVERIFY(query.next());
        const int rows = query.value(0).toInt();
        QVERIFY2(rows > 0, qPrintable(table));
        QCOMPARE(query.value(1).toInt(), rows); // none without an author
        QCOMPARE(query.value(2).toInt(), rows); // all by the administrator
    }
    // The mentors' accounts are there, linked to their staff records; the mentor who left is inactive.
    QVERIFY(
        query.exec(u"SELECT count(*), sum(active = 0) FROM account WHERE role = 'mentor' AND staff_id IS NOT NULL"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() >= 4);
    QCOMPARE(query.value(1).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDemoAuthorship)
#include "tst_demoauthorship.moc"
