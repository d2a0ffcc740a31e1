// A list that cannot be read says so: every item model's refresh returns the error, emits loadFailed with a message,
// clears its rows and reports hasLoadError(), instead of showing an empty list as if there were nothing. The read is
// made to fail by closing the database connection under the model.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccessLogModel.h"
#include "access/AccountListModel.h"
#include "consent/ConsentModel.h"
#include "consent/NetworkModel.h"
#include "contacts/TimelineModel.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "meetingplace/AttendanceModel.h"
#include "meetingplace/VisitorsModel.h"
#include "outreach/OutreachListModel.h"
#include "partners/InterventionCatalogueModel.h"
#include "partners/ParticipationModel.h"
#include "partners/PartnerListModel.h"
#include "partners/ReferralModel.h"
#include "today/AttentionModel.h"
#include "youth/YouthListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));

// One item model on a workspace, and how the view refreshes it.
struct ModelUnderTest
{
    std::unique_ptr<TableModelBase> model;
    std::function<Result<void>()> refresh;
};

using Factory = std::function<ModelUnderTest(Workspace&, qint64 youthId)>;

template<typename Model> ModelUnderTest make(std::unique_ptr<Model> model)
{
    Model* raw = model.get();
    return { std::move(model), [raw] {
                return raw->refresh();
            } };
}

} // namespace

Q_DECLARE_METATYPE(Factory)

class TestReadFailures : public QObject
{
    Q_OBJECT

private slots:
    void tableModelReportsAFailedRead_data();
    void tableModelReportsAFailedRead();
    void registerReportsAFailedRead();
};

void TestReadFailures::tableModelReportsAFailedRead_data()
{
    QTest::addColumn<Factory>("factory");
    QTest::newRow("timeline") << Factory([](Workspace& w, qint64 youthId) {
        auto model = std::make_unique<TimelineModel>(w);
        model->setYouthId(youthId);
        return make(std::move(model));
    });
    QTest::newRow("referrals") << Factory([](Workspace& w, qint64 youthId) {
        auto model = std::make_unique<ReferralModel>(w);
        model->setYouthId(youthId);
        return make(std::move(model));
    });
    QTest::newRow("participations") << Factory([](Workspace& w, qint64 youthId) {
        auto model = std::make_unique<ParticipationModel>(w);
        model->setYouthId(youthId);
        return make(std::move(model));
    });
    QTest::newRow("partners") << Factory(
        [](Workspace& w, qint64) { return make(std::make_unique<PartnerListModel>(w.partners())); });
    QTest::newRow("catalogue") << Factory([](Workspace& w, qint64) {
        return make(std::make_unique<InterventionCatalogueModel>(w.interventions(), &w.partners()));
    });
    QTest::newRow("visitors") << Factory([](Workspace& w, qint64) {
        auto model = std::make_unique<VisitorsModel>(w.meetingPlace());
        model->setDay(kNow.date());
        return make(std::move(model));
    });
    QTest::newRow("attendance") << Factory([](Workspace& w, qint64) {
        auto model = std::make_unique<AttendanceModel>(w.meetingPlace());
        model->setActivity(1);
        return make(std::move(model));
    });
    QTest::newRow("network") << Factory([](Workspace& w, qint64 youthId) {
        auto model = std::make_unique<NetworkModel>(w.network());
        model->setYouthId(youthId);
        return make(std::move(model));
    });
    QTest::newRow("consents") << Factory([](Workspace& w, qint64 youthId) {
        auto model = std::make_unique<ConsentModel>(w.consents());
        model->setYouth(youthId, QDate(2000, 1, 1));
        return make(std::move(model));
    });
    QTest::newRow("accounts") << Factory(
        [](Workspace& w, qint64) { return make(std::make_unique<AccountListModel>(w.accounts(), w.staff())); });
    QTest::newRow("access log") << Factory(
        [](Workspace& w, qint64) { return make(std::make_unique<AccessLogModel>(w.accessLog(), w.accounts())); });
    QTest::newRow("outreach") << Factory(
        [](Workspace& w, qint64) { return make(std::make_unique<OutreachListModel>(w.database())); });
    QTest::newRow("today") << Factory([](Workspace& w, qint64) { return make(std::make_unique<AttentionModel>(w)); });
}

void TestReadFailures::tableModelReportsAFailedRead()
{
    QFETCH(Factory, factory);
    TestWorkspace fixture(kNow);
    QVERIFY(fixture.open());
    fixture.logInAsAdministrator();
    const qint64 mentor = fixture.addStaff(u"Karin Mentorsson"_s);
    const qint64 youthId = fixture.addYouth(u"Tova"_s, u"Testberg"_s, mentor, u"200001012384"_s);
    QVERIFY(youthId > 0);

    ModelUnderTest under = factory(fixture.workspace(), youthId);
    QAbstractItemModelTester tester(under.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failures(under.model.get(), &TableModelBase::loadFailed);
    LOTSEN_VERIFY_OK(under.refresh());
    QVERIFY(!under.model->hasLoadError());
    QCOMPARE(failures.count(), 0);

    // The database goes away under the model: the refresh is an error with a message, not an empty list.
    fixture.workspace().database().close();
    const Result<void> failed = under.refresh();
    QVERIFY(!failed.ok());
    QVERIFY(!failed.message().isEmpty());
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.first().first().toString(), failed.message());
    QVERIFY(under.model->hasLoadError());
    QCOMPARE(under.model->rowCount(), 0);
}

void TestReadFailures::registerReportsAFailedRead()
{
    TestWorkspace fixture(kNow);
    QVERIFY(fixture.open());
    fixture.logInAsAdministrator();
    QVERIFY(fixture.addYouth(u"Tova"_s, u"Testberg"_s, 0, u"200001012384"_s) > 0);

    YouthListModel model(fixture.workspace().database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failures(&model, &YouthListModel::loadFailed);
    QSignalSpy counts(&model, &YouthListModel::countsChanged);
    LOTSEN_VERIFY_OK(model.refresh());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 1);
    QVERIFY(!model.hasLoadError());

    // The staff table the rows join goes away (closing the connection would pull the driver from under
    // QSqlQueryModel's own query).
    QSqlQuery rename(fixture.workspace().database().connection());
    QVERIFY(rename.exec(u"ALTER TABLE staff RENAME TO staff_gone"_s));
    const Result<void> failed = model.refresh();
    QVERIFY(!failed.ok());
    QCOMPARE(failures.count(), 1);
    QVERIFY(!failures.first().first().toString().isEmpty());
    QVERIFY(model.hasLoadError());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(counts.last(), (QVariantList { 0, 0 }));
}

QTEST_GUILESS_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
