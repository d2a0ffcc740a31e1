// TimelineModel: one youth's contacts and events, newest first, in words a mentor reads; struck-out entries,
// corrections and the edit window as roles; refreshing on the repositories' signals. QAbstractItemModelTester
// watches the model throughout.
#include "ResultChecks.h"
#include "TestWorkspace.h"
#include "access/Account.h"
#include "access/StaffRepository.h"
#include "contacts/ContactRepository.h"
#include "contacts/TimelineModel.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "today/SnoozeRepository.h"
#include "youth/YouthRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0));

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyWithoutYouth();
    void mergesContactsAndEventsNewestFirst();
    void eventsReadAsText();
    void snoozeShowsAtOnce();
    void consentsReferralsAndInterventionsShow();
    void contactColumns();
    void struckEntriesStayWithWhoWhenWhy();
    void correctionsReferToTheOriginal();
    void editableFollowsTheWindowAndTheAuthor();
    void refreshesOnItsYouthsChangesOnly();

private:
    qint64 log(ContactKind kind, const QDateTime& at, const QString& note = {}, qint64 staffId = 0,
               const QDate& nextPlanned = {});
    QString cell(int row, int column) const;
    int rowWithText(int column, const QString& text) const;

    std::unique_ptr<TestWorkspace> m_fixture;
    Database* m_database = nullptr; // m_fixture's
    Workspace* m_workspace = nullptr; // m_fixture's
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_youthId = 0;
    qint64 m_otherYouthId = 0;
    qint64 m_maja = 0;
    qint64 m_olle = 0;
};

void TestTimelineModel::init()
{
    m_fixture = std::make_unique<TestWorkspace>();
    QVERIFY(m_fixture->open(u"timeline.lotsen"_s));
    m_database = &m_fixture->database();
    m_workspace = &m_fixture->workspace();
    m_maja = m_workspace->staff().add(u"Maja Mentor"_s).valueOr(0);
    m_olle = m_workspace->staff().add(u"Olle Coach"_s).valueOr(0);

    // A history over a month: found by outreach, enrolled, handed over to another mentor.
    Clock::setFixedNow(kNow.addDays(-30));
    Youth youth;
    youth.firstName = u"Tova"_s;
    youth.lastName = u"Testberg"_s;
    youth.status = YouthStatus::Prospect;
    youth.mentorId = m_maja;
    QVERIFY(m_workspace->youths().save(youth).ok());
    m_youthId = youth.id;
    Youth other;
    other.firstName = u"Otto"_s;
    other.lastName = u"Annan"_s;
    QVERIFY(m_workspace->youths().save(other).ok());
    m_otherYouthId = other.id;
    Clock::setFixedNow(kNow.addDays(-20));
    youth.status = YouthStatus::Active;
    QVERIFY(m_workspace->youths().save(youth).ok());
    Clock::setFixedNow(kNow.addDays(-10));
    youth.mentorId = m_olle;
    QVERIFY(m_workspace->youths().save(youth).ok());
    Clock::setFixedNow(kNow);

    m_model = std::make_unique<TimelineModel>(*m_workspace);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setYouthId(m_youthId);
}

void TestTimelineModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_workspace = nullptr;
    m_database = nullptr;
    m_fixture.reset();
    Clock::reset();
}

qint64 TestTimelineModel::log(ContactKind kind, const QDateTime& at, const QString& note, qint64 staffId,
                              const QDate& nextPlanned)
{
    Contact contact;
    contact.youthId = m_youthId;
    contact.kind = kind;
    contact.occurredAt = at;
    contact.note = note;
    contact.staffId = staffId;
    contact.nextPlanned = nextPlanned;
    const Result<qint64> result = m_workspace->contacts().log(contact);
    if (!result.ok()) {
        qWarning("log failed: %s", qPrintable(result.message()));
    }
    return *result;
}

QString TestTimelineModel::cell(int row, int column) const
{
    return m_model->data(m_model->index(row, column)).toString();
}

int TestTimelineModel::rowWithText(int column, const QString& text) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (cell(row, column).contains(text)) {
            return row;
        }
    }
    return -1;
}

void TestTimelineModel::emptyWithoutYouth()
{
    m_model->setYouthId(0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(TimelineModel::ColumnCount));
    QVERIFY(!m_model->contactAt(0));
    QCOMPARE(m_model->rowOfContact(1), -1);
    // A contact logged for someone while no youth is shown changes nothing.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Contact contact;
    contact.youthId = m_otherYouthId;
    contact.occurredAt = kNow;
    QVERIFY(m_workspace->contacts().log(contact).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->headerData(TimelineModel::When, Qt::Horizontal).toString(), u"When"_s);
    QCOMPARE(m_model->headerData(TimelineModel::Note, Qt::Horizontal).toString(), u"Note"_s);
}

void TestTimelineModel::mergesContactsAndEventsNewestFirst()
{
    // Four events so far: registered, the status change, the participation period it started, mentor changed.
    QCOMPARE(m_model->rowCount(), 4);
    log(ContactKind::Attempt, kNow.addDays(-25), u"Inget svar"_s);
    log(ContactKind::Meeting, kNow.addDays(-21), u"Första mötet"_s);
    log(ContactKind::Phone, kNow.addDays(-2));
    log(ContactKind::Sms, kNow.addDays(-15));
    QCOMPARE(m_model->rowCount(), 8);

    const QStringList kinds { u"Phone call"_s,
                              u"Mentor changed"_s,
                              u"SMS"_s,
                              u"Status changed"_s,
                              u"Enrolled"_s,
                              u"Meeting at the centre"_s,
                              u"Attempt without answer"_s,
                              u"Registered"_s };
    QStringList shown;
    QString previous = u"9999"_s;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        shown.append(cell(row, TimelineModel::Kind));
        const QString when = cell(row, TimelineModel::When);
        QCOMPARE(when.size(), 16); // "2026-11-25 10:00"
        QVERIFY2(when <= previous, qPrintable(when + u" after "_s + previous));
        previous = when;
        QCOMPARE(m_model->data(m_model->index(row, 0), TimelineModel::IsContactRole).toBool(),
                 m_model->contactAt(row).has_value());
    }
    QCOMPARE(shown, kinds);
    QCOMPARE(cell(0, TimelineModel::When), u"2026-11-25 10:00"_s);
    QCOMPARE(cell(7, TimelineModel::When), u"2026-10-28 10:00"_s);
    QVERIFY(m_model->data(m_model->index(6, 0), TimelineModel::AttemptRole).toBool());
    QVERIFY(!m_model->data(m_model->index(5, 0), TimelineModel::AttemptRole).toBool());
}

void TestTimelineModel::snoozeShowsAtOnce()
{
    const int before = m_model->rowCount();
    QVERIFY(m_workspace->snoozes()
                .snooze(m_youthId, AttentionReason::NoContact, kNow.date().addDays(7), u"På semester"_s, m_olle)
                .ok());
    // No refresh() here: the model follows SnoozeRepository by itself.
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(cell(0, TimelineModel::Kind), u"Reminder snoozed"_s);
    QCOMPARE(cell(0, TimelineModel::Note),
             u"Snoozed “No contact” until %1: På semester"_s.arg(kNow.date().addDays(7).toString(Qt::ISODate)));
    QCOMPARE(cell(0, TimelineModel::Staff), u"Olle Coach"_s);
}

void TestTimelineModel::consentsReferralsAndInterventionsShow()
{
    const int before = m_model->rowCount();
    NetworkPerson mother;
    mother.youthId = m_youthId;
    mother.name = u"Mamma Test"_s;
    QVERIFY(m_workspace->network().save(mother).ok());
    Consent consent;
    consent.youthId = m_youthId;
    consent.scope = ConsentScope::Relatives;
    consent.networkPersonId = mother.id;
    consent.givenOn = kNow.date();
    consent.staffId = m_olle;
    QVERIFY(m_workspace->consents().record(consent).ok());
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(cell(0, TimelineModel::Kind), u"Consent recorded"_s);
    QCOMPARE(cell(0, TimelineModel::Note), u"Contact with relatives: Mamma Test"_s);

    Contact call;
    call.youthId = m_youthId;
    call.occurredAt = kNow.addSecs(60);
    call.kind = ContactKind::Phone;
    call.withWhom = ContactWith::Relative;
    call.networkPersonId = mother.id;
    Clock::setFixedNow(kNow.addSecs(120));
    QVERIFY(m_workspace->contacts().log(call).ok());
    QCOMPARE(cell(0, TimelineModel::WithWhom), u"A relative (Mamma Test)"_s);

    PartnerOrganisation fk;
    fk.name = u"Försäkringskassan"_s;
    QVERIFY(m_workspace->partners().saveOrganisation(fk).ok());
    Referral referral;
    referral.youthId = m_youthId;
    referral.organisationId = fk.id;
    referral.sentOn = kNow.date();
    referral.reason = u"Ersättning"_s;
    referral.consentOverride = u"Akut"_s;
    Clock::setFixedNow(kNow.addSecs(180));
    QVERIFY(m_workspace->referrals().create(referral, m_olle).ok());
    QCOMPARE(cell(0, TimelineModel::Kind), u"Referral without consent"_s);
    QCOMPARE(cell(0, TimelineModel::Note), u"Referral to Försäkringskassan without consent. Reason: Akut"_s);

    Intervention ips;
    ips.name = u"IPS-stöd"_s;
    QVERIFY(m_workspace->interventions().saveIntervention(ips).ok());
    Participation participation;
    participation.youthId = m_youthId;
    participation.interventionId = ips.id;
    participation.status = ParticipationStatus::Ongoing;
    participation.startDate = kNow.date();
    Clock::setFixedNow(kNow.addSecs(240));
    QVERIFY(m_workspace->interventions().saveParticipation(participation, m_olle).ok());
    QCOMPARE(cell(0, TimelineModel::Kind), u"Intervention started"_s);
    QCOMPARE(cell(0, TimelineModel::Note), u"Started: IPS-stöd"_s);
    participation.status = ParticipationStatus::Interrupted;
    Clock::setFixedNow(kNow.addSecs(300));
    QVERIFY(m_workspace->interventions().saveParticipation(participation, m_olle).ok());
    QCOMPARE(cell(0, TimelineModel::Note), u"Interrupted: IPS-stöd"_s);
    QCOMPARE(m_model->rowCount(), before + 5);
}

void TestTimelineModel::eventsReadAsText()
{
    // Written later by other parts of Lotsen: shown with their own words.
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO youth_event (youth_id, occurred_at, kind, detail, staff_id) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(m_youthId);
    query.addBindValue(kNow.addDays(-1).toString(Qt::ISODate));
    query.addBindValue(u"snoozed"_s);
    query.addBindValue(u"Påminnelsen pausad till 2026-12-05: på semester med familjen"_s);
    query.addBindValue(m_olle);
    QVERIFY(query.exec());
    query.addBindValue(m_youthId);
    query.addBindValue(kNow.addDays(-5).toString(Qt::ISODate));
    query.addBindValue(u"something_new"_s);
    query.addBindValue(u"En händelse som modellen inte känner till"_s);
    query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
    QVERIFY(query.exec());
    LOTSEN_VERIFY_OK(m_model->refresh());

    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(cell(0, TimelineModel::Kind), u"Reminder snoozed"_s);
    QCOMPARE(cell(0, TimelineModel::Note), u"Påminnelsen pausad till 2026-12-05: på semester med familjen"_s);
    QCOMPARE(cell(0, TimelineModel::Staff), u"Olle Coach"_s);
    QCOMPARE(m_model->data(m_model->index(0, 0), TimelineModel::EventKindRole).toString(), u"snoozed"_s);
    QCOMPARE(cell(1, TimelineModel::Kind), u"Event"_s);
    QCOMPARE(cell(1, TimelineModel::Note), u"En händelse som modellen inte känner till"_s);

    QCOMPARE(cell(2, TimelineModel::Note), u"Mentor changed: Maja Mentor → Olle Coach"_s);
    QCOMPARE(cell(3, TimelineModel::Note), u"Status: Prospect (outreach) → Active"_s);
    QCOMPARE(cell(4, TimelineModel::Note), u"Participation period started 2026-11-07"_s);
    QCOMPARE(cell(5, TimelineModel::Note), u"Registered as Prospect (outreach)"_s);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(!m_model->contactAt(row));
        QCOMPARE(m_model->data(m_model->index(row, 0), TimelineModel::ContactIdRole).toLongLong(), 0);
        QVERIFY(!m_model->data(m_model->index(row, 0), TimelineModel::EditableRole).toBool());
        QVERIFY(cell(row, TimelineModel::WithWhom).isEmpty());
    }

    // Losing the mentor reads as such.
    Youth youth = *LOTSEN_VALUE(m_workspace->youths().load(m_youthId));
    youth.mentorId = 0;
    QVERIFY(m_workspace->youths().save(youth).ok());
    QCOMPARE(cell(0, TimelineModel::Note), u"Mentor changed: Olle Coach → no mentor"_s);
}

void TestTimelineModel::contactColumns()
{
    const qint64 id
        = log(ContactKind::HomeVisit, kNow.addDays(-1), u"Hembesök, pratade om praktik."_s, m_maja, QDate(2026, 12, 3));
    const int row = m_model->rowOfContact(id);
    QCOMPARE(row, 0);
    QCOMPARE(cell(row, TimelineModel::When), u"2026-11-26 10:00"_s);
    QCOMPARE(cell(row, TimelineModel::Kind), u"Home visit"_s);
    QCOMPARE(cell(row, TimelineModel::WithWhom), u"The youth"_s);
    QCOMPARE(cell(row, TimelineModel::Staff), u"Maja Mentor"_s);
    QCOMPARE(cell(row, TimelineModel::Note), u"Hembesök, pratade om praktik.\nNext planned: 2026-12-03"_s);
    QVERIFY(m_model->data(m_model->index(row, TimelineModel::Note), Qt::ToolTipRole)
                .toString()
                .contains(u"Next planned: 2026-12-03"_s));
    QCOMPARE(m_model->data(m_model->index(row, 0), TimelineModel::ContactIdRole).toLongLong(), id);
    QCOMPARE(m_model->contactAt(row)->id, id);
    QVERIFY(!m_model->data(m_model->index(row, 0), TimelineModel::StruckRole).toBool());
    QVERIFY(m_model->data(m_model->index(row, 0), TimelineModel::CorrectsRole).toString().isEmpty());
    QVERIFY(!(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsEditable));
}

void TestTimelineModel::struckEntriesStayWithWhoWhenWhy()
{
    const qint64 id = log(ContactKind::Phone, kNow.addDays(-3), u"Samtal"_s, m_maja);
    Clock::setFixedNow(kNow.addSecs(3600));
    QVERIFY(m_workspace->contacts().strike(id, m_olle, u"Loggat på fel ungdom"_s).ok());
    const int row = m_model->rowOfContact(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->rowCount(), 5); // still there
    QVERIFY(m_model->data(m_model->index(row, TimelineModel::Note), TimelineModel::StruckRole).toBool());
    const QString info = m_model->data(m_model->index(row, 0), TimelineModel::StruckInfoRole).toString();
    QCOMPARE(info, u"Struck out 2026-11-27 11:00 by Olle Coach: Loggat på fel ungdom"_s);
    for (int column = 0; column < TimelineModel::ColumnCount; ++column) {
        QVERIFY(m_model->data(m_model->index(row, column), Qt::ToolTipRole).toString().startsWith(info));
    }
    QCOMPARE(cell(row, TimelineModel::Note), u"Samtal"_s); // the struck text itself stays readable
    QVERIFY(!m_model->isEditable(row));
}

void TestTimelineModel::correctionsReferToTheOriginal()
{
    const qint64 original = log(ContactKind::Meeting, QDateTime(QDate(2026, 11, 20), QTime(14, 0)), u"Möte"_s);
    Contact correction;
    correction.kind = ContactKind::Attempt;
    correction.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(14, 5));
    correction.note = u"Kom aldrig"_s;
    const Result<qint64> result = m_workspace->contacts().correct(original, correction);
    QVERIFY(result.ok());

    const int correctionRow = m_model->rowOfContact(*result);
    const int originalRow = m_model->rowOfContact(original);
    QVERIFY(correctionRow >= 0 && correctionRow < originalRow);
    QCOMPARE(m_model->data(m_model->index(correctionRow, 0), TimelineModel::CorrectsRole).toString(),
             u"Corrects the entry of 2026-11-20 14:00"_s);
    QCOMPARE(cell(correctionRow, TimelineModel::Note), u"Corrects the entry of 2026-11-20 14:00.\nKom aldrig"_s);
    QCOMPARE(m_model->data(m_model->index(originalRow, 0), TimelineModel::CorrectedByRole).toString(),
             u"Corrected by the entry of 2026-11-20 14:05"_s);
    QVERIFY(cell(originalRow, TimelineModel::Note).startsWith(u"Möte"_s));
    QVERIFY(m_model->data(m_model->index(originalRow, 0), TimelineModel::CorrectsRole).toString().isEmpty());
}

void TestTimelineModel::editableFollowsTheWindowAndTheAuthor()
{
    // Maja registers one entry, Olle another; the author is the account that registered the entry.
    const Account admin = m_fixture->logInAsAdministrator();
    const Account maja = m_fixture->addAccount(admin, u"maja"_s, u"Maja Mentor"_s, Role::Mentor,
                                               TestWorkspace::defaultPassword(), m_maja);
    const Account olle = m_fixture->addAccount(admin, u"olle"_s, u"Olle Coach"_s, Role::Mentor,
                                               TestWorkspace::defaultPassword(), m_olle);
    m_fixture->logInAs(maja);
    const qint64 mine = log(ContactKind::Meeting, kNow.addDays(-1), {}, m_maja);
    m_fixture->logInAs(olle);
    const qint64 olles = log(ContactKind::Phone, kNow.addDays(-1).addSecs(60), {}, m_olle);
    QCOMPARE(cell(m_model->rowOfContact(mine), TimelineModel::RegisteredBy), u"Maja Mentor"_s);
    QCOMPARE(cell(m_model->rowOfContact(olles), TimelineModel::RegisteredBy), u"Olle Coach"_s);
    // Just written: anyone may change both.
    QVERIFY(m_model->isEditable(m_model->rowOfContact(mine)));
    QVERIFY(m_model->isEditable(m_model->rowOfContact(olles)));
    QVERIFY(m_model->data(m_model->index(m_model->rowOfContact(mine), 2), TimelineModel::EditableRole).toBool());

    // Two days later only the author: Olle, logged in, his own entry and not Maja's.
    Clock::setFixedNow(kNow.addDays(2));
    LOTSEN_VERIFY_OK(m_model->refresh());
    QVERIFY(!m_model->isEditable(m_model->rowOfContact(mine)));
    QVERIFY(m_model->isEditable(m_model->rowOfContact(olles)));
    QVERIFY(m_model->data(m_model->index(m_model->rowOfContact(mine), TimelineModel::Note), Qt::ToolTipRole)
                .toString()
                .contains(u"correction"_s));
    // Another user at the same PC: the model follows the session by itself.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_fixture->logInAs(maja);
    QVERIFY(reset.count() >= 1);
    QVERIFY(m_model->isEditable(m_model->rowOfContact(mine)));
    QVERIFY(!m_model->isEditable(m_model->rowOfContact(olles)));

    // The centre's own window counts: a week makes both editable again.
    QVERIFY(m_workspace->centre().setValue(CentreSettings::Key::ContactEditHours, 24 * 7));
    LOTSEN_VERIFY_OK(m_model->refresh());
    QVERIFY(m_model->isEditable(m_model->rowOfContact(olles)));
    QVERIFY(!m_model->isEditable(-1));
    QVERIFY(!m_model->isEditable(m_model->rowCount()));
}

void TestTimelineModel::refreshesOnItsYouthsChangesOnly()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int before = m_model->rowCount();

    log(ContactKind::Video, kNow.addSecs(-300));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), before + 1);

    // Another youth's contact or record is not this timeline's business.
    Contact other;
    other.youthId = m_otherYouthId;
    other.occurredAt = kNow;
    QVERIFY(m_workspace->contacts().log(other).ok());
    Youth otherYouth = *LOTSEN_VALUE(m_workspace->youths().load(m_otherYouthId));
    otherYouth.status = YouthStatus::Active;
    QVERIFY(m_workspace->youths().save(otherYouth).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), before + 1);

    // A status change of this youth lands at once.
    Youth youth = *LOTSEN_VALUE(m_workspace->youths().load(m_youthId));
    youth.status = YouthStatus::Paused;
    QVERIFY(m_workspace->youths().save(youth).ok());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), before + 2);
    QCOMPARE(cell(0, TimelineModel::Note), u"Status: Active → Paused"_s);

    // Switching to the other youth shows theirs.
    m_model->setYouthId(m_otherYouthId);
    QCOMPARE(m_model->youthId(), m_otherYouthId);
    QCOMPARE(m_model->rowCount(), 4); // registered, status change, the period it started, the contact
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
