// The roles, enforced in the data layer for the logged-in session whatever the views do. A mentor reads and writes
// only the sensitive notes of their own youths; wider access, coordinators and administrators see all. Changing
// partners and the catalogue and importing youths are refused for a role without them, with the refusal in words.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/AccountRepository.h"
#include "access/Permissions.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestRoleEnforcement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutAccountsEveryoneReads();
    void mentorReadsOnlyOwnYouthsNotes();
    void hiddenNoteIsNotOverwritten();
    void widerAccessAndAdministratorReadAll();
    void coordinatorReadsAllNotes();
    void writesRefusedByRole_data();
    void writesRefusedByRole();

private:
    qint64 addYouth(const QString& name, qint64 mentorId, const QString& note);
    QString storedNote(qint64 youthId) const;
    void logInAs(const QString& username);

    std::unique_ptr<TestWorkspace> m_fixture;
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    qint64 m_maja = 0; // staff records
    qint64 m_olle = 0;
    qint64 m_majasYouth = 0;
    qint64 m_ollesYouth = 0;
    Account m_admin;
};

void TestRoleEnforcement::init()
{
    m_fixture = std::make_unique<TestWorkspace>(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    QVERIFY(m_fixture->open(u"notes.lotsen"_s));
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_maja = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    m_olle = m_workspace->staff().add(u"Olle Mentor"_s).valueOr(0);
    m_majasYouth = addYouth(u"Alva"_s, m_maja, u"Majas anteckning"_s);
    m_ollesYouth = addYouth(u"Bo"_s, m_olle, u"Olles anteckning"_s);
}

void TestRoleEnforcement::cleanup()
{
    m_workspace = nullptr;
    m_database = nullptr;
    m_fixture.reset();
}

qint64 TestRoleEnforcement::addYouth(const QString& name, qint64 mentorId, const QString& note)
{
    Youth youth;
    youth.firstName = name;
    youth.lastName = u"Test"_s;
    youth.status = YouthStatus::Active;
    youth.startDate = QDate(2026, 9, 1);
    youth.mentorId = mentorId;
    youth.note = note;
    if (!m_workspace->youths().save(youth).ok()) {
        qWarning("youth not saved");
    }
    return youth.id;
}

QString TestRoleEnforcement::storedNote(qint64 youthId) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(u"SELECT note FROM youth WHERE id = %1"_s.arg(youthId)) && query.next()
        ? query.value(0).toString()
        : QString();
}

void TestRoleEnforcement::logInAs(const QString& username)
{
    AccountRepository& accounts = m_workspace->accounts();
    if (!accounts.hasAccounts().value()) {
        m_admin.username = u"admin"_s;
        m_admin.displayName = u"Admin"_s;
        m_admin.role = Role::Administrator;
        QVERIFY(accounts.createFirstAdministrator(m_admin, u"ett långt lösenord"_s));
        const struct
        {
            QString username;
            qint64 staffId;
            Role role;
        } others[] = { { u"maja"_s, m_maja, Role::Mentor },
                       { u"olle"_s, m_olle, Role::Mentor },
                       { u"cora"_s, 0, Role::Coordinator } };
        for (const auto& other : others) {
            Account mentor;
            mentor.username = other.username;
            mentor.displayName = other.username;
            mentor.role = other.role;
            mentor.staffId = other.staffId;
            LOTSEN_VERIFY_OK(accounts.create(m_admin, mentor, u"ett långt lösenord"_s));
        }
    }
    m_workspace->session().logOut();
    QVERIFY(m_workspace->session().logIn(username, u"ett långt lösenord"_s).ok);
}

void TestRoleEnforcement::withoutAccountsEveryoneReads()
{
    QVERIFY(!m_workspace->session().hasAccessControl());
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth))->note, u"Olles anteckning"_s);
    QVERIFY(!LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth))->noteHidden);
}

void TestRoleEnforcement::mentorReadsOnlyOwnYouthsNotes()
{
    logInAs(u"maja"_s);
    const std::optional<Youth> own = LOTSEN_VALUE(m_workspace->youths().load(m_majasYouth));
    QCOMPARE(own->note, u"Majas anteckning"_s);
    QVERIFY(!own->noteHidden);
    const std::optional<Youth> other = LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth));
    QVERIFY(other->note.isEmpty());
    QVERIFY(other->noteHidden);
    // The rest of the card is there.
    QCOMPARE(other->firstName, u"Bo"_s);
    // Locked: nothing at all.
    m_workspace->session().lock();
    QVERIFY(LOTSEN_VALUE(m_workspace->youths().load(m_majasYouth))->noteHidden);
}

void TestRoleEnforcement::hiddenNoteIsNotOverwritten()
{
    logInAs(u"maja"_s);
    Youth other = *LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth));
    other.phone = u"070-123 45 67"_s;
    other.note = u"Maja försöker skriva över"_s;
    QVERIFY(m_workspace->youths().save(other).ok());
    QCOMPARE(storedNote(m_ollesYouth), u"Olles anteckning"_s);
    QVERIFY(other.note.isEmpty()); // what the caller gets back does not reveal it either
    QVERIFY(other.noteHidden);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth))->phone, u"070-123 45 67"_s);
    // Her own youth's note she may change.
    Youth own = *LOTSEN_VALUE(m_workspace->youths().load(m_majasYouth));
    own.note = u"Ny anteckning"_s;
    QVERIFY(m_workspace->youths().save(own).ok());
    QCOMPARE(storedNote(m_majasYouth), u"Ny anteckning"_s);
}

void TestRoleEnforcement::widerAccessAndAdministratorReadAll()
{
    logInAs(u"admin"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth))->note, u"Olles anteckning"_s);
    const std::optional<Account> maja = m_workspace->accounts().byUsername(u"maja"_s).value();
    QVERIFY(m_workspace->accounts().setWiderAccess(m_admin, maja->id, true));
    logInAs(u"maja"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth))->note, u"Olles anteckning"_s);
}

void TestRoleEnforcement::coordinatorReadsAllNotes()
{
    // Cora is nobody's mentor, and a coordinator follows up every youth.
    logInAs(u"cora"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_ollesYouth))->note, u"Olles anteckning"_s);
    QCOMPARE(LOTSEN_VALUE(m_workspace->youths().load(m_majasYouth))->note, u"Majas anteckning"_s);
    QVERIFY(!LOTSEN_VALUE(m_workspace->youths().load(m_majasYouth))->noteHidden);
}

void TestRoleEnforcement::writesRefusedByRole_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("mentor") << u"maja"_s << false;
    QTest::newRow("coordinator") << u"cora"_s << true;
    QTest::newRow("administrator") << u"admin"_s << true;
}

void TestRoleEnforcement::writesRefusedByRole()
{
    QFETCH(QString, username);
    QFETCH(bool, allowed);
    // Written while nobody is logged in and the database has no accounts yet: no access control.
    PartnerOrganisation existing;
    existing.name = u"Arbetsförmedlingen"_s;
    QVERIFY(m_workspace->partners().saveOrganisation(existing).ok());
    Intervention course;
    course.name = u"Studiebesök"_s;
    QVERIFY(m_workspace->interventions().saveIntervention(course).ok());
    logInAs(username);

    const auto count = [this](const QString& table) {
        QSqlQuery query(m_database->connection());
        return query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && query.next() ? query.value(0).toInt() : -1;
    };
    const auto expect = [&](bool ok, const QString& message, const char* what) {
        QVERIFY2(ok == allowed, what);
        if (!allowed) {
            QCOMPARE(message, Permissions::refusal());
        }
    };

    // Partners: new, changed, deactivated, deleted.
    PartnerOrganisation partner;
    partner.name = u"Ny partner"_s;
    Result<qint64> partnerResult = m_workspace->partners().saveOrganisation(partner);
    expect(partnerResult.ok(), partnerResult.message(), "new partner");
    existing.phone = u"0771-60 00 00"_s;
    partnerResult = m_workspace->partners().saveOrganisation(existing);
    expect(partnerResult.ok(), partnerResult.message(), "changed partner");
    QCOMPARE(LOTSEN_VALUE(m_workspace->partners().organisation(existing.id))->phone.isEmpty(), !allowed);
    PartnerPerson person;
    person.organisationId = existing.id;
    person.name = u"Kim Handläggare"_s;
    partnerResult = m_workspace->partners().savePerson(person);
    expect(partnerResult.ok(), partnerResult.message(), "new contact person");
    partnerResult = m_workspace->partners().setOrganisationActive(existing.id, false);
    expect(partnerResult.ok(), partnerResult.message(), "deactivated partner");
    QCOMPARE(count(u"partner_org"_s), allowed ? 2 : 1);

    // The catalogue.
    Intervention intervention;
    intervention.name = u"Arbetsträning"_s;
    Result<qint64> catalogueResult = m_workspace->interventions().saveIntervention(intervention);
    expect(catalogueResult.ok(), catalogueResult.message(), "new intervention");
    catalogueResult = m_workspace->interventions().setInterventionActive(course.id, false);
    expect(catalogueResult.ok(), catalogueResult.message(), "deactivated intervention");
    QCOMPARE(LOTSEN_VALUE(m_workspace->interventions().intervention(course.id))->active, !allowed);
    catalogueResult = m_workspace->interventions().removeIntervention(course.id);
    expect(catalogueResult.ok(), catalogueResult.message(), "deleted intervention");
    QCOMPARE(LOTSEN_VALUE(m_workspace->interventions().intervention(course.id)).has_value(), !allowed);
    QCOMPARE(LOTSEN_VALUE(m_workspace->interventions().interventions()).size(),
             1); // one added and one deleted, or neither

    // Importing youths.
    const int youthsBefore = count(u"youth"_s);
    QList<Youth> imported(1);
    imported[0].firstName = u"Import"_s;
    imported[0].lastName = u"Test"_s;
    const Result<void> importResult = m_workspace->youths().insertAll(imported);
    expect(importResult.ok(), importResult.message(), "import");
    QCOMPARE(count(u"youth"_s), youthsBefore + (allowed ? 1 : 0));
}

QTEST_GUILESS_MAIN(TestRoleEnforcement)
#include "tst_roleenforcement.moc"
