// Staff accounts: Argon2id hashing and rehashing, the login delay after wrong passwords, the permission table
// (every role × permission pair), management refused to non-administrators in the data layer itself, and
// accounts that are deactivated but never deleted.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccountRepository.h"
#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "access/StaffRepository.h"
#include "core/Database.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(lotsen::Role)
Q_DECLARE_METATYPE(lotsen::Permission)

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));
const QString kAdminPassword = u"Adm1n-lösenord!"_s;
const QString kMentorPassword = u"mentor-password-1"_s;

struct Expected
{
    Role role;
    Permission permission;
    bool allowed;
};

// The table, written out pair by pair: mentor works with their own youths; coordinator adds all youths,
// reports, partners, catalogue and imports, but not other youths' sensitive notes; administrator has everything.
QList<Expected> expectedTable()
{
    using P = Permission;
    return {
        { Role::Mentor, P::ViewYouths, true },
        { Role::Mentor, P::EditYouths, true },
        { Role::Mentor, P::ViewSensitiveNotesOfOwnYouths, true },
        { Role::Mentor, P::ViewAllSensitiveNotes, false },
        { Role::Mentor, P::ManagePartnersAndCatalogue, false },
        { Role::Mentor, P::ViewReports, false },
        { Role::Mentor, P::ImportYouths, false },
        { Role::Mentor, P::ManageAccounts, false },
        { Role::Mentor, P::ManageSettings, false },
        { Role::Mentor, P::ManageBackups, false },
        { Role::Mentor, P::ViewAccessLog, false },
        { Role::Mentor, P::ReopenExits, false },
        { Role::Mentor, P::ProduceRegisterExtracts, false },
        { Role::Mentor, P::ManageRetention, false },

        { Role::Coordinator, P::ViewYouths, true },
        { Role::Coordinator, P::EditYouths, true },
        { Role::Coordinator, P::ViewSensitiveNotesOfOwnYouths, true },
        { Role::Coordinator, P::ViewAllSensitiveNotes, true },
        { Role::Coordinator, P::ManagePartnersAndCatalogue, true },
        { Role::Coordinator, P::ViewReports, true },
        { Role::Coordinator, P::ImportYouths, true },
        { Role::Coordinator, P::ManageAccounts, false },
        { Role::Coordinator, P::ManageSettings, false },
        { Role::Coordinator, P::ManageBackups, false },
        { Role::Coordinator, P::ViewAccessLog, false },
        { Role::Coordinator, P::ReopenExits, true },
        { Role::Coordinator, P::ProduceRegisterExtracts, true },
        { Role::Coordinator, P::ManageRetention, false },

        { Role::Administrator, P::ViewYouths, true },
        { Role::Administrator, P::EditYouths, true },
        { Role::Administrator, P::ViewSensitiveNotesOfOwnYouths, true },
        { Role::Administrator, P::ViewAllSensitiveNotes, true },
        { Role::Administrator, P::ManagePartnersAndCatalogue, true },
        { Role::Administrator, P::ViewReports, true },
        { Role::Administrator, P::ImportYouths, true },
        { Role::Administrator, P::ManageAccounts, true },
        { Role::Administrator, P::ManageSettings, true },
        { Role::Administrator, P::ManageBackups, true },
        { Role::Administrator, P::ViewAccessLog, true },
        { Role::Administrator, P::ReopenExits, true },
        { Role::Administrator, P::ProduceRegisterExtracts, true },
        { Role::Administrator, P::ManageRetention, true },
    };
}

// For readable row names and messages.
QString name(Permission permission)
{
    static const QStringList names { u"ViewYouths"_s,
                                     u"EditYouths"_s,
                                     u"ViewSensitiveNotesOfOwnYouths"_s,
                                     u"ViewAllSensitiveNotes"_s,
                                     u"ManagePartnersAndCatalogue"_s,
                                     u"ViewReports"_s,
                                     u"ImportYouths"_s,
                                     u"ManageAccounts"_s,
                                     u"ManageSettings"_s,
                                     u"ManageBackups"_s,
                                     u"ViewAccessLog"_s,
                                     u"ReopenExits"_s,
                                     u"ProduceRegisterExtracts"_s,
                                     u"ManageRetention"_s };
    return names.value(static_cast<int>(permission), QString::number(static_cast<int>(permission)));
}

// A hash of the password with libsodium's minimum limits: what an older, weaker Lotsen could have stored.
QString weakHash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // PasswordHasher.
    void hashVerifiesAndRejects();
    void hashUsesAtLeastInteractiveLimits();
    void weakHashNeedsRehash();
    void strengthHint_data();
    void strengthHint();

    // Permissions.
    void permissionTable_data();
    void permissionTable();
    void permissionTableListsEveryPair();
    void widerAccessAndInactiveAccounts();
    void roleCodes();

    // AccountRepository.
    void firstAdministratorOnlyOnNewDatabase();
    void createRefusesBadInput();
    void delaySeconds_data();
    void delaySeconds();
    void lockoutDelay();
    void unknownUserFailsLikeWrongPassword();
    void authenticateUpgradesWeakHash();
    void inactiveAccountCannotLogIn();
    void resetRequiresPasswordChange();
    void changePasswordRules();
    void managementRefusedToOthersThanAdministrators();
    void lastAdministratorStays();
    void roleAndWiderAccessChanges();
    void linkStaff();
    void databaseRefusesDelete();

private:
    Account addAccount(const QString& username, Role role, const QString& password = kMentorPassword);
    // The account as stored now; an empty Account when there is none or it cannot be read.
    Account storedAccount(qint64 id) const
    {
        const Result<std::optional<Account>> stored = m_accounts->byId(id);
        return stored.ok() ? stored.value().value_or(Account {}) : Account {};
    }
    QString storedHash(qint64 id) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Database* m_database = nullptr; // m_fixture's
    std::unique_ptr<AccountRepository> m_accounts;
    Account m_admin;
};

void TestAccounts::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
}

void TestAccounts::init()
{
    m_fixture = std::make_unique<TestWorkspace>(kNow);
    QVERIFY(m_fixture->open(u"accounts.lotsen"_s));
    m_database = &m_fixture->database();
    m_accounts = std::make_unique<AccountRepository>(*m_database);
    QVERIFY(!m_accounts->hasAccounts().value());
    m_admin = {};
    m_admin.username = u"admin"_s;
    m_admin.displayName = u"Ada Administratör"_s;
    LOTSEN_VERIFY_OK(m_accounts->createFirstAdministrator(m_admin, kAdminPassword));
    QVERIFY(m_admin.id != 0);
}

void TestAccounts::cleanup()
{
    m_accounts.reset();
    m_database = nullptr;
    m_fixture.reset();
}

Account TestAccounts::addAccount(const QString& username, Role role, const QString& password)
{
    Account account;
    account.username = username;
    account.displayName = username + u" Testsson"_s;
    account.role = role;
    if (const Result<void> created = m_accounts->create(m_admin, account, password); !created) {
        qWarning() << "create failed:" << created.message();
    }
    return account;
}

QString TestAccounts::storedHash(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT password_hash FROM account WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestAccounts::hashVerifiesAndRejects()
{
    const QString password = u"rätt häst batteri"_s;
    const QString hash = PasswordHasher::hash(password);
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(PasswordHasher::verify(hash, password));
    QVERIFY(!PasswordHasher::verify(hash, u"ratt hast batteri"_s));
    QVERIFY(!PasswordHasher::verify(hash, password + u"x"_s));
    QVERIFY(!PasswordHasher::verify(hash, QString()));
    QVERIFY(!PasswordHasher::verify(QString(), password));
    QVERIFY(!PasswordHasher::verify(u"not a hash"_s, password));
    // A fresh salt each time.
    const QString again = PasswordHasher::hash(password);
    QVERIFY(again != hash);
    QVERIFY(PasswordHasher::verify(again, password));
    QVERIFY(!PasswordHasher::needsRehash(hash));
}

void TestAccounts::hashUsesAtLeastInteractiveLimits()
{
    TestWorkspace::useRealPasswordHashing(); // the cost itself is under test
    QVERIFY(PasswordHasher::OpsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
    QVERIFY(PasswordHasher::MemLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    QCOMPARE(PasswordHasher::MinimumLength, 10);
    // The hash itself records the limits it was made with: memory in KiB (m) and passes (t).
    const QString hash = PasswordHasher::hash(u"any password at all"_s);
    const QRegularExpressionMatch match
        = QRegularExpression(u"^\\$argon2id\\$v=\\d+\\$m=(\\d+),t=(\\d+),p=\\d+\\$"_s).match(hash);
    QVERIFY2(match.hasMatch(), qPrintable(hash));
    QVERIFY(match.captured(1).toULongLong() * 1024 >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    QVERIFY(match.captured(2).toULongLong() >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
}

void TestAccounts::weakHashNeedsRehash()
{
    TestWorkspace::useRealPasswordHashing(); // the test's cheap cost is the weak one
    const QString password = u"weak limits password"_s;
    const QString weak = weakHash(password);
    QVERIFY(weak.startsWith(u"$argon2id$"_s));
    QVERIFY(PasswordHasher::verify(weak, password));
    QVERIFY(PasswordHasher::needsRehash(weak));
    QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::hash(password)));
    QVERIFY(PasswordHasher::needsRehash(u"garbage"_s));
}

void TestAccounts::strengthHint_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("hint");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("short") << u"Ab1!x"_s << true;
    QTest::newRow("nine mixed") << u"Ab1!xyZ9?"_s << true;
    QTest::newRow("ten lower case") << u"abcdefghij"_s << true;
    QTest::newRow("ten digits") << u"1234567890"_s << true;
    QTest::newRow("one character repeated") << u"aaaaaaaaaaaaaaaaaaaa"_s << true;
    QTest::newRow("ten of three kinds") << u"Sommar2026"_s << false;
    QTest::newRow("mixed with symbol") << u"Correct-Horse-9"_s << false;
    QTest::newRow("long passphrase") << u"korrekt häst batteri häftklammer"_s << false;
}

void TestAccounts::strengthHint()
{
    QFETCH(QString, password);
    QFETCH(bool, hint);
    const QString text = PasswordHasher::strengthHint(password);
    QCOMPARE(!text.isEmpty(), hint);
    if (password.size() < PasswordHasher::MinimumLength) {
        QVERIFY2(text.contains(QString::number(PasswordHasher::MinimumLength)), qPrintable(text));
    }
}

void TestAccounts::permissionTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (const Expected& row : expectedTable()) {
        QTest::addRow("%s %s", qPrintable(Permissions::code(row.role)), qPrintable(name(row.permission)))
            << row.role << row.permission << row.allowed;
    }
}

void TestAccounts::permissionTable()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(role, permission), allowed);
    // An active account without wider access has exactly its role's permissions.
    Account account;
    account.role = role;
    QCOMPARE(Permissions::allows(account, permission), allowed);
}

void TestAccounts::permissionTableListsEveryPair()
{
    // A permission or role added later without an expected row in this test fails here.
    const QList<Expected> table = expectedTable();
    const QList<Role> roles = Permissions::roles();
    const QList<Permission> permissions = Permissions::permissions();
    QCOMPARE(roles.size(), 3);
    QCOMPARE(permissions.size(), 14);
    QCOMPARE(table.size(), roles.size() * permissions.size());
    for (const Role role : roles) {
        for (const Permission permission : permissions) {
            const auto rows = std::count_if(table.cbegin(), table.cend(), [&](const Expected& row) {
                return row.role == role && row.permission == permission;
            });
            QVERIFY2(rows == 1, qPrintable(Permissions::code(role) + u' ' + name(permission)));
        }
    }
}

void TestAccounts::widerAccessAndInactiveAccounts()
{
    for (const Role role : Permissions::roles()) {
        Account account;
        account.role = role;
        account.widerAccess = true;
        for (const Permission permission : Permissions::permissions()) {
            const bool widened = permission == Permission::ViewAllSensitiveNotes;
            QCOMPARE(Permissions::allows(account, permission), widened || Permissions::allows(role, permission));
        }
        // A deactivated account may do nothing at all, wider access or not.
        account.active = false;
        for (const Permission permission : Permissions::permissions()) {
            QVERIFY(!Permissions::allows(account, permission));
        }
    }
}

void TestAccounts::roleCodes()
{
    QStringList labels;
    for (const Role role : Permissions::roles()) {
        bool ok = false;
        QCOMPARE(Permissions::roleFromCode(Permissions::code(role), &ok), role);
        QVERIFY(ok);
        labels.append(Permissions::label(role));
    }
    QCOMPARE(Permissions::code(Role::Mentor), u"mentor"_s);
    QCOMPARE(Permissions::code(Role::Coordinator), u"coordinator"_s);
    QCOMPARE(Permissions::code(Role::Administrator), u"administrator"_s);
    labels.removeDuplicates();
    QCOMPARE(labels.size(), 3);
    QVERIFY(!labels.contains(QString()));
    bool ok = true;
    QCOMPARE(Permissions::roleFromCode(u"superuser"_s, &ok), Role::Mentor); // the least privileged
    QVERIFY(!ok);
}

void TestAccounts::firstAdministratorOnlyOnNewDatabase()
{
    QVERIFY(m_accounts->hasAccounts().value());
    const std::optional<Account> stored = m_accounts->byId(m_admin.id).value();
    QVERIFY(stored);
    QCOMPARE(stored->role, Role::Administrator);
    QCOMPARE(stored->displayName, u"Ada Administratör"_s);
    Account second;
    second.username = u"intruder"_s;
    second.displayName = u"Intruder"_s;
    LOTSEN_VERIFY_FAILS(m_accounts->createFirstAdministrator(second, u"intruder-password"_s));
    QCOMPARE(m_accounts->all()->size(), 1);
}

void TestAccounts::createRefusesBadInput()
{
    QSignalSpy changed(m_accounts.get(), &AccountRepository::changed);
    const auto tryCreate = [this](const QString& username, const QString& name, const QString& password) {
        Account account;
        account.username = username;
        account.displayName = name;
        const Result<void> created = m_accounts->create(m_admin, account, password);
        return created ? QString() : (created.message().isEmpty() ? u"(no message)"_s : created.message());
    };
    const QString nine(PasswordHasher::MinimumLength - 1, u'x');
    const QString ten(PasswordHasher::MinimumLength, u'x');
    QVERIFY(!tryCreate(u"maja"_s, u"Maja"_s, nine).isEmpty());
    QVERIFY(!tryCreate(QString(), u"Maja"_s, ten).isEmpty());
    QVERIFY(!tryCreate(u"   "_s, u"Maja"_s, ten).isEmpty());
    QVERIFY(!tryCreate(u"maja"_s, u"  "_s, ten).isEmpty());
    QVERIFY(!tryCreate(u"ADMIN"_s, u"Another"_s, ten).isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_accounts->all()->size(), 1);

    QCOMPARE(tryCreate(u" Åsa "_s, u"Åsa Öberg"_s, ten), QString());
    QCOMPARE(changed.count(), 1);
    // Case-insensitive beyond ASCII, which SQLite's NOCASE alone would miss.
    QVERIFY(!tryCreate(u"åSA"_s, u"Åsa Två"_s, ten).isEmpty());
    QCOMPARE(m_accounts->all()->size(), 2);
    const std::optional<Account> asa = m_accounts->byUsername(u"ÅSA"_s).value();
    QVERIFY(asa);
    QCOMPARE(asa->username, u"Åsa"_s);
    QCOMPARE(asa->role, Role::Mentor);
    QVERIFY(m_accounts->authenticate(u"åsa"_s, ten, kNow).ok);
}

void TestAccounts::delaySeconds_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("4") << 4 << 0;
    QTest::newRow("5") << 5 << 30;
    QTest::newRow("6") << 6 << 60;
    QTest::newRow("7") << 7 << 120;
    QTest::newRow("8") << 8 << 240;
    QTest::newRow("9") << 9 << 480;
    QTest::newRow("10: capped") << 10 << 900;
    QTest::newRow("11") << 11 << 900;
    QTest::newRow("1000") << 1000 << 900;
}

void TestAccounts::delaySeconds()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(AccountRepository::delaySeconds(failures), seconds);
}

void TestAccounts::lockoutDelay()
{
    const Account mentor = addAccount(u"maja"_s, Role::Mentor);
    QVERIFY(mentor.id != 0);
    QDateTime at = kNow;
    for (int i = 1; i <= 4; ++i) {
        at = at.addSecs(1);
        const AccountRepository::AuthResult result = m_accounts->authenticate(u"maja"_s, u"wrong password"_s, at);
        QVERIFY(!result.ok);
        QCOMPARE(result.retryAfterSeconds, 0);
        QVERIFY(!result.lockedOut);
        QCOMPARE(result.account.id, mentor.id);
        QCOMPARE(storedAccount(mentor.id).failedLogins, i);
    }
    // The fifth wrong password in a row starts the delay.
    at = at.addSecs(1);
    const QDateTime fifth = at;
    AccountRepository::AuthResult result = m_accounts->authenticate(u"maja"_s, u"wrong password"_s, fifth);
    QVERIFY(!result.ok);
    QVERIFY(result.lockedOut);
    QCOMPARE(result.retryAfterSeconds, AccountRepository::delaySeconds(5));
    QVERIFY(result.retryAfterSeconds > 0);
    QVERIFY(!result.message.isEmpty());

    // Inside the delay even the right password is refused, and the refusal is not another failure.
    result = m_accounts->authenticate(u"maja"_s, kMentorPassword, fifth.addSecs(10));
    QVERIFY(!result.ok);
    QVERIFY(result.lockedOut);
    QCOMPARE(result.retryAfterSeconds, AccountRepository::delaySeconds(5) - 10);
    QCOMPARE(storedAccount(mentor.id).failedLogins, 5);

    // After the delay a further wrong password doubles it.
    const QDateTime sixth = fifth.addSecs(AccountRepository::delaySeconds(5));
    result = m_accounts->authenticate(u"maja"_s, u"still wrong"_s, sixth);
    QVERIFY(!result.ok);
    QCOMPARE(result.retryAfterSeconds, 2 * AccountRepository::delaySeconds(5));
    result = m_accounts->authenticate(u"maja"_s, kMentorPassword, sixth.addSecs(result.retryAfterSeconds - 1));
    QVERIFY(!result.ok);
    QCOMPARE(result.retryAfterSeconds, 1);

    // After that delay the right password works and resets the count.
    result = m_accounts->authenticate(u"maja"_s, kMentorPassword, sixth.addSecs(AccountRepository::delaySeconds(6)));
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.account.id, mentor.id);
    QCOMPARE(result.account.failedLogins, 0);
    QVERIFY(!result.account.lastFailedAt.isValid());
    result = m_accounts->authenticate(u"maja"_s, u"wrong again"_s, sixth.addSecs(1000));
    QVERIFY(!result.ok);
    QCOMPARE(result.retryAfterSeconds, 0);
    QCOMPARE(storedAccount(mentor.id).failedLogins, 1);
}

void TestAccounts::unknownUserFailsLikeWrongPassword()
{
    const AccountRepository::AuthResult unknown = m_accounts->authenticate(u"nobody"_s, kAdminPassword, kNow);
    QVERIFY(!unknown.ok);
    QCOMPARE(unknown.account.id, 0);
    const AccountRepository::AuthResult wrong = m_accounts->authenticate(u"admin"_s, u"not the password"_s, kNow);
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.message, unknown.message);
    const AccountRepository::AuthResult right = m_accounts->authenticate(u"Admin"_s, kAdminPassword, kNow);
    QVERIFY(right.ok);
    QCOMPARE(right.account.id, m_admin.id);
    QCOMPARE(right.account.role, Role::Administrator);
}

void TestAccounts::authenticateUpgradesWeakHash()
{
    TestWorkspace::useRealPasswordHashing(); // the test's cheap cost is the weak one
    const Account mentor = addAccount(u"maja"_s, Role::Mentor);
    const QString weak = weakHash(kMentorPassword);
    QSqlQuery query(m_database->connection());
    query.prepare(u"UPDATE account SET password_hash = ? WHERE id = ?"_s);
    query.addBindValue(weak);
    query.addBindValue(mentor.id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(storedHash(mentor.id), weak);

    // A wrong password leaves the weak hash alone.
    QVERIFY(!m_accounts->authenticate(u"maja"_s, u"wrong password"_s, kNow).ok);
    QCOMPARE(storedHash(mentor.id), weak);

    QVERIFY(m_accounts->authenticate(u"maja"_s, kMentorPassword, kNow).ok);
    const QString upgraded = storedHash(mentor.id);
    QVERIFY(upgraded != weak);
    QVERIFY(!PasswordHasher::needsRehash(upgraded));
    QVERIFY(PasswordHasher::verify(upgraded, kMentorPassword));
    // And it still logs in, without another rehash.
    QVERIFY(m_accounts->authenticate(u"maja"_s, kMentorPassword, kNow).ok);
    QCOMPARE(storedHash(mentor.id), upgraded);
}

void TestAccounts::inactiveAccountCannotLogIn()
{
    const Account mentor = addAccount(u"maja"_s, Role::Mentor);
    QVERIFY(m_accounts->authenticate(u"maja"_s, kMentorPassword, kNow).ok);
    LOTSEN_VERIFY_OK(m_accounts->deactivate(m_admin, mentor.id));
    QVERIFY(!storedAccount(mentor.id).active);
    const AccountRepository::AuthResult refused = m_accounts->authenticate(u"maja"_s, kMentorPassword, kNow);
    QVERIFY(!refused.ok);
    QVERIFY(!refused.message.isEmpty());
    LOTSEN_VERIFY_OK(m_accounts->activate(m_admin, mentor.id));
    QVERIFY(m_accounts->authenticate(u"maja"_s, kMentorPassword, kNow).ok);
}

void TestAccounts::resetRequiresPasswordChange()
{
    const Account mentor = addAccount(u"maja"_s, Role::Mentor);
    QVERIFY(!storedAccount(mentor.id).mustChangePassword);
    const QString temporary = u"temporary-123"_s;
    LOTSEN_VERIFY_FAILS(m_accounts->resetPassword(m_admin, mentor.id, u"short"_s));
    LOTSEN_VERIFY_OK(m_accounts->resetPassword(m_admin, mentor.id, temporary));
    QVERIFY(!m_accounts->authenticate(u"maja"_s, kMentorPassword, kNow).ok);
    AccountRepository::AuthResult login = m_accounts->authenticate(u"maja"_s, temporary, kNow);
    QVERIFY(login.ok);
    QVERIFY(login.account.mustChangePassword);

    const QString chosen = u"my-own-password-2"_s;
    LOTSEN_VERIFY_OK(m_accounts->changePassword(login.account, mentor.id, temporary, chosen));
    QVERIFY(!storedAccount(mentor.id).mustChangePassword);
    login = m_accounts->authenticate(u"maja"_s, chosen, kNow);
    QVERIFY(login.ok);
    QVERIFY(!login.account.mustChangePassword);
    QVERIFY(!m_accounts->authenticate(u"maja"_s, temporary, kNow).ok);
}

void TestAccounts::changePasswordRules()
{
    const Account maja = addAccount(u"maja"_s, Role::Mentor);
    const Account olle = addAccount(u"olle"_s, Role::Mentor);
    LOTSEN_VERIFY_FAILS(m_accounts->changePassword(maja, maja.id, u"wrong old password"_s, u"new-password-1"_s));
    LOTSEN_VERIFY_FAILS(m_accounts->changePassword(maja, maja.id, kMentorPassword, u"short"_s));
    LOTSEN_VERIFY_FAILS(m_accounts->changePassword(maja, maja.id, kMentorPassword, kMentorPassword));
    // Another mentor's password, even with the right old one.
    LOTSEN_VERIFY_FAILS(m_accounts->changePassword(maja, olle.id, kMentorPassword, u"taken-over-1"_s));
    QVERIFY(m_accounts->authenticate(u"olle"_s, kMentorPassword, kNow).ok);
    LOTSEN_VERIFY_OK(m_accounts->changePassword(maja, maja.id, kMentorPassword, u"new-password-1"_s));
    QVERIFY(m_accounts->authenticate(u"maja"_s, u"new-password-1"_s, kNow).ok);
}

void TestAccounts::managementRefusedToOthersThanAdministrators()
{
    Account mentor = addAccount(u"maja"_s, Role::Mentor);
    const Account coordinator = addAccount(u"kim"_s, Role::Coordinator);
    const Account other = addAccount(u"olle"_s, Role::Mentor);
    StaffRepository staff(*m_database);
    const qint64 staffId = staff.add(u"Maja Mentor"_s).valueOr(0);
    QVERIFY(staffId != 0);

    // A forged copy: the stored role decides, not what the caller claims.
    Account forged = mentor;
    forged.role = Role::Administrator;

    for (const Account& actor : { mentor, coordinator, forged }) {
        QSignalSpy changed(m_accounts.get(), &AccountRepository::changed);
        Account created;
        created.username = u"new"_s;
        created.displayName = u"New Person"_s;
        created.role = Role::Administrator;
        LOTSEN_VERIFY_FAILS(m_accounts->create(actor, created, u"new-password-1"_s));
        LOTSEN_VERIFY_FAILS(m_accounts->deactivate(actor, other.id));
        LOTSEN_VERIFY_FAILS(m_accounts->activate(actor, other.id));
        LOTSEN_VERIFY_FAILS(m_accounts->resetPassword(actor, other.id, u"reset-password-1"_s));
        LOTSEN_VERIFY_FAILS(m_accounts->setRole(actor, actor.id, Role::Administrator));
        LOTSEN_VERIFY_FAILS(m_accounts->setWiderAccess(actor, actor.id, true));
        LOTSEN_VERIFY_FAILS(m_accounts->linkStaff(actor, actor.id, staffId));
        QCOMPARE(changed.count(), 0);
    }
    QCOMPARE(m_accounts->all()->size(), 4);
    QCOMPARE(storedAccount(mentor.id).role, Role::Mentor);
    QVERIFY(!storedAccount(mentor.id).widerAccess);
    QCOMPARE(storedAccount(mentor.id).staffId, 0);
    QVERIFY(storedAccount(other.id).active);
    QVERIFY(m_accounts->authenticate(u"olle"_s, kMentorPassword, kNow).ok);

    // A deactivated administrator manages nothing either.
    const Account second = addAccount(u"bo"_s, Role::Administrator);
    LOTSEN_VERIFY_OK(m_accounts->deactivate(m_admin, second.id));
    LOTSEN_VERIFY_FAILS(m_accounts->setRole(second, mentor.id, Role::Coordinator));
    QCOMPARE(storedAccount(mentor.id).role, Role::Mentor);
    // The administrator can.
    LOTSEN_VERIFY_OK(m_accounts->setRole(m_admin, mentor.id, Role::Coordinator));
    QCOMPARE(storedAccount(mentor.id).role, Role::Coordinator);
}

void TestAccounts::lastAdministratorStays()
{
    LOTSEN_VERIFY_FAILS(m_accounts->deactivate(m_admin, m_admin.id));
    LOTSEN_VERIFY_FAILS(m_accounts->setRole(m_admin, m_admin.id, Role::Mentor));
    QCOMPARE(storedAccount(m_admin.id).role, Role::Administrator);
    QVERIFY(storedAccount(m_admin.id).active);
    // With a second administrator, the first may step down.
    const Account second = addAccount(u"bo"_s, Role::Administrator);
    QVERIFY(second.id != 0);
    LOTSEN_VERIFY_OK(m_accounts->setRole(m_admin, m_admin.id, Role::Coordinator));
    QCOMPARE(storedAccount(m_admin.id).role, Role::Coordinator);
}

void TestAccounts::roleAndWiderAccessChanges()
{
    const Account mentor = addAccount(u"maja"_s, Role::Mentor);
    QVERIFY(!Permissions::allows(storedAccount(mentor.id), Permission::ViewAllSensitiveNotes));
    LOTSEN_VERIFY_OK(m_accounts->setWiderAccess(m_admin, mentor.id, true));
    const Account wider = storedAccount(mentor.id);
    QVERIFY(wider.widerAccess);
    QVERIFY(Permissions::allows(wider, Permission::ViewAllSensitiveNotes));
    QVERIFY(!Permissions::allows(wider, Permission::ManageAccounts));
    LOTSEN_VERIFY_OK(m_accounts->setRole(m_admin, mentor.id, Role::Administrator));
    QVERIFY(Permissions::allows(storedAccount(mentor.id), Permission::ManageAccounts));
}

void TestAccounts::linkStaff()
{
    StaffRepository staff(*m_database);
    const qint64 majaStaff = staff.add(u"Maja Mentor"_s).valueOr(0);
    const Account maja = addAccount(u"maja"_s, Role::Mentor);
    const Account olle = addAccount(u"olle"_s, Role::Mentor);
    LOTSEN_VERIFY_OK(m_accounts->linkStaff(m_admin, maja.id, majaStaff));
    QCOMPARE(storedAccount(maja.id).staffId, majaStaff);
    LOTSEN_VERIFY_FAILS(m_accounts->linkStaff(m_admin, olle.id, majaStaff));
    LOTSEN_VERIFY_FAILS(m_accounts->linkStaff(m_admin, olle.id, majaStaff + 1000));
    QCOMPARE(storedAccount(olle.id).staffId, 0);
    LOTSEN_VERIFY_OK(m_accounts->linkStaff(m_admin, maja.id, 0));
    QCOMPARE(storedAccount(maja.id).staffId, 0);
    LOTSEN_VERIFY_OK(m_accounts->linkStaff(m_admin, olle.id, majaStaff));
    // Creating an account for a staff member who already has one is refused in words, not by the constraint.
    Account again;
    again.username = u"maja2"_s;
    again.displayName = u"Maja Again"_s;
    again.staffId = majaStaff;
    LOTSEN_VERIFY_FAILS(m_accounts->create(m_admin, again, kMentorPassword));
    QVERIFY(!m_accounts->create(m_admin, again, kMentorPassword).message().contains(u"UNIQUE"_s));
    again.staffId = staff.add(u"Maja Two"_s).valueOr(0);
    LOTSEN_VERIFY_OK(m_accounts->create(m_admin, again, kMentorPassword));
    QCOMPARE(storedAccount(again.id).staffId, again.staffId);
}

void TestAccounts::databaseRefusesDelete()
{
    const Account mentor = addAccount(u"maja"_s, Role::Mentor);
    QSqlQuery query(m_database->connection());
    query.prepare(u"DELETE FROM account WHERE id = ?"_s);
    query.addBindValue(mentor.id);
    QVERIFY(!query.exec());
    QVERIFY2(query.lastError().text().contains(u"never deleted"_s), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"DELETE FROM account"_s));
    QCOMPARE(m_accounts->all()->size(), 2);
    QVERIFY(m_accounts->byId(mentor.id).value());
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
