// The account-management and access-log item models: QAbstractItemModelTester on both, what each column shows
// (role labels, the linked mentor, wider access, deactivated and must-change accounts; account names, action labels,
// youth numbers with names only when the lookup gives one), that they follow the repositories, and the log filters.
#include "TestWorkspace.h"
#include "access/AccessLogModel.h"
#include "access/AccountListModel.h"
#include "access/Permissions.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestAccountModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountListShowsAccounts();
    void accountListFollowsChanges();
    void accessLogShowsEntries();
    void accessLogFollowsAppends();
    void accessLogFilters();

private:
    qint64 addAccount(const QString& username, const QString& name, Role role, qint64 staffId = 0);
    QString cell(const QAbstractItemModel& model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }

    std::unique_ptr<TestWorkspace> m_fixture;
    Workspace* m_workspace = nullptr; // m_fixture's
    Account m_admin;
    qint64 m_staff = 0;
};

void TestAccountModels::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"accounts.lotsen"_s));
    m_workspace = &m_fixture->workspace();
    m_staff = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    QVERIFY(m_staff > 0);
    m_admin = m_fixture->addAdministrator(u"admin"_s, u"Ada Admin"_s, u"correct horse battery"_s);
    QVERIFY(m_admin.id != 0);
}

void TestAccountModels::cleanup()
{
    m_workspace = nullptr;
    m_fixture.reset();
}

qint64 TestAccountModels::addAccount(const QString& username, const QString& name, Role role, qint64 staffId)
{
    Account account;
    account.username = username;
    account.displayName = name;
    account.role = role;
    account.staffId = staffId;
    if (const Result<void> created = m_workspace->accounts().create(m_admin, account, u"long enough password"_s);
        !created) {
        qWarning("%s", qPrintable(created.message()));
        return 0;
    }
    return account.id;
}

void TestAccountModels::accountListShowsAccounts()
{
    const qint64 maja = addAccount(u"maja"_s, u"Maja Mentor"_s, Role::Mentor, m_staff);
    QVERIFY(maja > 0);
    QVERIFY(m_workspace->accounts().setWiderAccess(m_admin, maja, true));

    AccountListModel model(m_workspace->accounts(), m_workspace->staff());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(AccountListModel::ColumnCount));
    QCOMPARE(model.rowCount(), 2);

    // By display name: Ada before Maja.
    QCOMPARE(cell(model, 0, AccountListModel::DisplayName), u"Ada Admin"_s);
    QCOMPARE(cell(model, 0, AccountListModel::Username), u"admin"_s);
    QCOMPARE(cell(model, 0, AccountListModel::RoleColumn), Permissions::label(Role::Administrator));
    QCOMPARE(cell(model, 0, AccountListModel::Mentor), QString());
    QCOMPARE(cell(model, 0, AccountListModel::WiderAccess), QString());
    QCOMPARE(cell(model, 0, AccountListModel::Active), u"Active"_s);
    QCOMPARE(cell(model, 0, AccountListModel::MustChangePassword), QString());

    const int row = model.rowOf(maja);
    QCOMPARE(row, 1);
    QCOMPARE(model.idAt(row), maja);
    QCOMPARE(model.index(row, 0).data(AccountListModel::IdRole).toLongLong(), maja);
    QCOMPARE(cell(model, row, AccountListModel::RoleColumn), Permissions::label(Role::Mentor));
    QCOMPARE(cell(model, row, AccountListModel::Mentor), u"Maja Mentor"_s);
    QCOMPARE(cell(model, row, AccountListModel::WiderAccess), u"Yes"_s);
    QCOMPARE(model.headerData(AccountListModel::RoleColumn, Qt::Horizontal).toString(), u"Role"_s);
    QCOMPARE(model.idAt(5), 0);
    QCOMPARE(model.rowOf(4711), -1);
}

void TestAccountModels::accountListFollowsChanges()
{
    AccountListModel model(m_workspace->accounts(), m_workspace->staff());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowCount(), 1);

    const qint64 bo = addAccount(u"bo"_s, u"Bo Berg"_s, Role::Coordinator, m_staff);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.size(), 1);
    const int row = model.rowOf(bo);

    // Changes to an account keep the rows (and a view's selection): dataChanged, no reset.
    QVERIFY(m_workspace->accounts().resetPassword(m_admin, bo, u"another long password"_s));
    QCOMPARE(resets.size(), 1);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(cell(model, row, AccountListModel::MustChangePassword), u"At next login"_s);

    QVERIFY(m_workspace->accounts().setRole(m_admin, bo, Role::Mentor));
    QCOMPARE(cell(model, row, AccountListModel::RoleColumn), Permissions::label(Role::Mentor));

    // Deactivated, never gone.
    QVERIFY(m_workspace->accounts().deactivate(m_admin, bo));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, row, AccountListModel::Active), u"Deactivated"_s);
    QCOMPARE(model.index(row, 0).data(AccountListModel::ActiveRole).toBool(), false);
    QVERIFY(model.index(row, 0).data(Qt::ForegroundRole).isValid());

    // The mentor column follows the staff record's name.
    QVERIFY(m_workspace->staff().rename(m_staff, u"Maja Mentorsson"_s));
    QCOMPARE(cell(model, row, AccountListModel::Mentor), u"Maja Mentorsson"_s);
}

void TestAccountModels::accessLogShowsEntries()
{
    const qint64 bo = addAccount(u"bo"_s, u"Bo Berg"_s, Role::Mentor);
    AccessLog& log = m_workspace->accessLog();
    QVERIFY(log.append(bo, u"bo"_s, AccessAction::OpenYouth, 7, u"card"_s));
    QVERIFY(log.append(bo, u"bo"_s, AccessAction::OpenYouth, 8, u"card"_s));
    QVERIFY(log.append(0, {}, AccessAction::LoginFailed));

    AccessLogModel model(log, m_workspace->accounts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The name only where the lookup gives one (the current user may see that youth).
    model.setYouthNameLookup([](qint64 youthId) { return youthId == 7 ? u"Alva Ek"_s : QString(); });
    QCOMPARE(model.columnCount(), int(AccessLogModel::ColumnCount));
    QCOMPARE(model.rowCount(), 3);

    // Newest first.
    QCOMPARE(cell(model, 0, AccessLogModel::Action), AccessLog::label(AccessAction::LoginFailed));
    QCOMPARE(cell(model, 0, AccessLogModel::AccountColumn), u"(unknown)"_s);
    QCOMPARE(cell(model, 0, AccessLogModel::Youth), QString());
    QCOMPARE(cell(model, 1, AccessLogModel::Youth), u"8"_s);
    QCOMPARE(cell(model, 2, AccessLogModel::Youth), u"7 – Alva Ek"_s);
    QCOMPARE(cell(model, 2, AccessLogModel::AccountColumn), u"Bo Berg (bo)"_s);
    QCOMPARE(cell(model, 2, AccessLogModel::Action), AccessLog::label(AccessAction::OpenYouth));
    QCOMPARE(cell(model, 2, AccessLogModel::Detail), u"card"_s);
    QCOMPARE(cell(model, 2, AccessLogModel::Time), u"2026-11-27 10:00:00"_s);
    QCOMPARE(model.index(2, 0).data(AccessLogModel::YouthIdRole).toLongLong(), 7);
    QCOMPARE(model.index(2, 0).data(AccessLogModel::AccountIdRole).toLongLong(), bo);
    QCOMPARE(model.index(2, 0).data(AccessLogModel::ActionCodeRole).toString(),
             AccessLog::code(AccessAction::OpenYouth));
    QCOMPARE(model.headerData(AccessLogModel::Youth, Qt::Horizontal).toString(), u"Youth"_s);
}

void TestAccountModels::accessLogFollowsAppends()
{
    AccessLogModel model(m_workspace->accessLog(), m_workspace->accounts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    QVERIFY(m_workspace->accessLog().append(m_admin.id, m_admin.username, AccessAction::VerifyLog));
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(cell(model, 0, AccessLogModel::Action), AccessLog::label(AccessAction::VerifyLog));
    QCOMPARE(cell(model, 0, AccessLogModel::AccountColumn), u"Ada Admin (admin)"_s);

    // An entry outside the filter does not show up.
    AccessLog::Filter filter;
    filter.action = AccessAction::ExportLog;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_workspace->accessLog().append(m_admin.id, m_admin.username, AccessAction::VerifyLog));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_workspace->accessLog().append(m_admin.id, m_admin.username, AccessAction::ExportLog, 0, u"csv"_s));
    QCOMPARE(model.rowCount(), 1);

    // Not live (its page hidden): no re-read at each entry, caught up when live again.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setLive(false);
    QVERIFY(m_workspace->accessLog().append(m_admin.id, m_admin.username, AccessAction::ExportLog, 0, u"csv"_s));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.size(), 0);
    model.setLive(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.size(), 1);
    model.setLive(false);
    model.setLive(true);
    QCOMPARE(resets.size(), 1);
}

void TestAccountModels::accessLogFilters()
{
    const qint64 bo = addAccount(u"bo"_s, u"Bo Berg"_s, Role::Mentor);
    AccessLog& log = m_workspace->accessLog();
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    QVERIFY(log.append(bo, u"bo"_s, AccessAction::OpenYouth, 7));
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 10), QTime(9, 0)));
    QVERIFY(log.append(bo, u"bo"_s, AccessAction::ChangeYouth, 7, u"phone"_s));
    QVERIFY(log.append(m_admin.id, m_admin.username, AccessAction::OpenYouth, 8));
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    QVERIFY(log.append(m_admin.id, m_admin.username, AccessAction::OpenYouth, 7));

    AccessLogModel model(log, m_workspace->accounts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rowsWith = [&model](int role) {
        QList<QVariant> values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values.append(model.index(row, 0).data(role));
        }
        return values;
    };

    AccessLog::Filter filter;
    filter.accountId = bo;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(rowsWith(AccessLogModel::AccountIdRole), (QList<QVariant> { bo, bo }));

    filter = {};
    filter.youthId = 7;
    model.setFilter(filter);
    QCOMPARE(rowsWith(AccessLogModel::YouthIdRole), (QList<QVariant> { qint64(7), qint64(7), qint64(7) }));

    filter.action = AccessAction::OpenYouth;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);

    filter = {};
    filter.from = QDate(2026, 11, 10);
    filter.to = QDate(2026, 11, 10);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.filter().from, QDate(2026, 11, 10));

    model.setFilter({});
    QVERIFY(model.rowCount() >= 4);
}

QTEST_GUILESS_MAIN(TestAccountModels)
#include "tst_accountmodels.moc"
