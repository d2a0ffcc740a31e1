// A mentor reads and writes only the sensitive notes of their own youths, enforced by YouthRepository for the
// logged-in session, whatever the views do; wider access and administrators see all.
#include "AccountRepository.h"
#include "Clock.h"
#include "Database.h"
#include "Session.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

class TestSensitiveNotes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutAccountsEveryoneReads();
    void mentorReadsOnlyOwnYouthsNotes();
    void hiddenNoteIsNotOverwritten();
    void widerAccessAndAdministratorReadAll();

private:
    qint64 addYouth(const QString& name, qint64 mentorId, const QString& note);
    QString storedNote(qint64 youthId) const;
    void logInAs(const QString& username);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_maja = 0; // staff records
    qint64 m_olle = 0;
    qint64 m_majasYouth = 0;
    qint64 m_ollesYouth = 0;
    Account m_admin;
};

void TestSensitiveNotes::init()
{
    Clock::setFixedNow(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"notes.lotsen"_s)).ok());
    m_workspace = std::make_unique<Workspace>(*m_database);
    m_maja = m_workspace->staff().add(u"Maja Mentor"_s);
    m_olle = m_workspace->staff().add(u"Olle Mentor"_s);
    m_majasYouth = addYouth(u"Alva"_s, m_maja, u"Majas anteckning"_s);
    m_ollesYouth = addYouth(u"Bo"_s, m_olle, u"Olles anteckning"_s);
}

void TestSensitiveNotes::cleanup()
{
    m_workspace.reset();
    m_database.reset();
    m_dir.reset();
    Clock::reset();
}

qint64 TestSensitiveNotes::addYouth(const QString& name, qint64 mentorId, const QString& note)
{
    Youth youth;
    youth.firstName = name;
    youth.lastName = u"Test"_s;
    youth.status = YouthStatus::Active;
    youth.startDate = QDate(2026, 9, 1);
    youth.mentorId = mentorId;
    youth.note = note;
    if (!m_workspace->youths().save(youth).ok) {
        qWarning("youth not saved");
    }
    return youth.id;
}

QString TestSensitiveNotes::storedNote(qint64 youthId) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(u"SELECT note FROM youth WHERE id = %1"_s.arg(youthId)) && query.next() ? query.value(0).toString()
                                                                                           : QString();
}

void TestSensitiveNotes::logInAs(const QString& username)
{
    AccountRepository& accounts = m_workspace->accounts();
    if (!accounts.hasAccounts()) {
        m_admin.username = u"admin"_s;
        m_admin.displayName = u"Admin"_s;
        m_admin.role = Role::Administrator;
        QVERIFY(accounts.createFirstAdministrator(m_admin, u"ett långt lösenord"_s));
        for (const auto& [user, staff] : { std::pair { u"maja"_s, m_maja }, std::pair { u"olle"_s, m_olle } }) {
            Account mentor;
            mentor.username = user;
            mentor.displayName = user;
            mentor.role = Role::Mentor;
            mentor.staffId = staff;
            QString error;
            QVERIFY2(accounts.create(m_admin, mentor, u"ett långt lösenord"_s, &error), qPrintable(error));
        }
    }
    m_workspace->session().logOut();
    QVERIFY(m_workspace->session().logIn(username, u"ett långt lösenord"_s).ok);
}

void TestSensitiveNotes::withoutAccountsEveryoneReads()
{
    QVERIFY(!m_workspace->session().hasAccessControl());
    QCOMPARE(m_workspace->youths().load(m_ollesYouth)->note, u"Olles anteckning"_s);
    QVERIFY(!m_workspace->youths().load(m_ollesYouth)->noteHidden);
}

void TestSensitiveNotes::mentorReadsOnlyOwnYouthsNotes()
{
    logInAs(u"maja"_s);
    const std::optional<Youth> own = m_workspace->youths().load(m_majasYouth);
    QCOMPARE(own->note, u"Majas anteckning"_s);
    QVERIFY(!own->noteHidden);
    const std::optional<Youth> other = m_workspace->youths().load(m_ollesYouth);
    QVERIFY(other->note.isEmpty());
    QVERIFY(other->noteHidden);
    // The rest of the card is there.
    QCOMPARE(other->firstName, u"Bo"_s);
    // Locked: nothing at all.
    m_workspace->session().lock();
    QVERIFY(m_workspace->youths().load(m_majasYouth)->noteHidden);
}

void TestSensitiveNotes::hiddenNoteIsNotOverwritten()
{
    logInAs(u"maja"_s);
    Youth other = *m_workspace->youths().load(m_ollesYouth);
    other.phone = u"070-123 45 67"_s;
    other.note = u"Maja försöker skriva över"_s;
    QVERIFY(m_workspace->youths().save(other).ok);
    QCOMPARE(storedNote(m_ollesYouth), u"Olles anteckning"_s);
    QVERIFY(other.note.isEmpty()); // what the caller gets back does not reveal it either
    QVERIFY(other.noteHidden);
    QCOMPARE(m_workspace->youths().load(m_ollesYouth)->phone, u"070-123 45 67"_s);
    // Her own youth's note she may change.
    Youth own = *m_workspace->youths().load(m_majasYouth);
    own.note = u"Ny anteckning"_s;
    QVERIFY(m_workspace->youths().save(own).ok);
    QCOMPARE(storedNote(m_majasYouth), u"Ny anteckning"_s);
}

void TestSensitiveNotes::widerAccessAndAdministratorReadAll()
{
    logInAs(u"admin"_s);
    QCOMPARE(m_workspace->youths().load(m_ollesYouth)->note, u"Olles anteckning"_s);
    const std::optional<Account> maja = m_workspace->accounts().byUsername(u"maja"_s);
    QVERIFY(m_workspace->accounts().setWiderAccess(m_admin, maja->id, true));
    logInAs(u"maja"_s);
    QCOMPARE(m_workspace->youths().load(m_ollesYouth)->note, u"Olles anteckning"_s);
}

QTEST_GUILESS_MAIN(TestSensitiveNotes)
#include "tst_sensitivenotes.moc"
