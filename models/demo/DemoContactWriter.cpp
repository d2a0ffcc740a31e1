#include "demo/DemoContactWriter.h"

#include "consent/ConsentRules.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "demo/DemoSeeds.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace lotsen {

namespace {

struct DemoNote
{
    ContactKind kind;
    ContactWith with;
    const char* text;
};

// Everyday notes a mentor writes, in Swedish; nothing about health.
constexpr auto kDemoContactNotes = std::to_array<DemoNote>({
    { ContactKind::Meeting, ContactWith::Youth, "Träff på mötesplatsen. Gick igenom CV:t tillsammans." },
    { ContactKind::Meeting, ContactWith::Youth, "Pratade om praktikplatser inom handel och lager." },
    { ContactKind::Meeting, ContactWith::Youth, "Följde upp veckoplanen. Morgnarna går bättre nu." },
    { ContactKind::Meeting, ContactWith::Youth, "Förberedde intervjun på torsdag, övade på vanliga frågor." },
    { ContactKind::Meeting, ContactWith::Youth, "Fyllde i ansökan till Komvux tillsammans." },
    { ContactKind::Meeting, ContactWith::Youth, "Gick igenom handlingsplanen. Vill lägga till truckkort." },
    { ContactKind::Phone, ContactWith::Youth, "Kort avstämning, allt lugnt. Kommer på tisdag." },
    { ContactKind::Phone, ContactWith::Youth, "Pratade om hur första veckan på praktiken har gått." },
    { ContactKind::Phone, ContactWith::Youth, "Påminde om mötet med handläggaren på Arbetsförmedlingen." },
    { ContactKind::Sms, ContactWith::Youth, "Skickade påminnelse om träffen, fick svar direkt." },
    { ContactKind::Sms, ContactWith::Youth, "Bekräftade tiden för nästa möte." },
    { ContactKind::Email, ContactWith::Youth, "Skickade länk till ansökan om truckkort." },
    { ContactKind::Video, ContactWith::Youth, "Videomöte eftersom hen inte kunde ta sig in. Gick igenom veckan." },
    { ContactKind::HomeVisit, ContactWith::Youth,
      "Hembesök tillsammans med kollega. Pratade om att börja komma "
      "till mötesplatsen igen." },
    { ContactKind::DropIn, ContactWith::Youth, "Kom förbi på öppna eftermiddagen och fikade." },
    { ContactKind::Letter, ContactWith::Youth, "Skickade brev med tid för nästa träff, telefonen fungerar inte." },
    { ContactKind::Phone, ContactWith::Relative, "Pratade med mamma, som lovar att hen ringer upp." },
    { ContactKind::Phone, ContactWith::Partner, "Avstämning med handläggaren på Arbetsförmedlingen om praktiken." },
    { ContactKind::Email, ContactWith::Partner, "Mejlade studie- och yrkesvägledaren på Komvux om antagningen." },
});

constexpr auto kDemoAttemptNotes = std::to_array<const char*>({
    "Ringde, inget svar.",
    "Ringde, gick direkt till röstbrevlådan. Lämnade meddelande.",
    "Skickade sms, inget svar.",
    "Ringde två gånger under dagen, inget svar.",
    "Kom inte till den bokade träffen. Ringde, inget svar.",
});

constexpr auto kDemoProspectNotes = std::to_array<const char*>({
    "Ringde numret från KAA-listan, inget svar.",
    "Skickade sms och presenterade mötesplatsen, inget svar.",
    "Sökte hen på adressen, ingen hemma. Lämnade lapp.",
});

constexpr auto kDemoFirstMeetingNotes = std::to_array<const char*>({
    "Träffades vid uppsökande arbete i centrum. Nyfiken på mötesplatsen, vill ha sms.",
    "Första samtalet. Berättade om mötesplatsen och vad vi kan hjälpa till med.",
    "Kom förbi tillsammans med en kompis som redan är inskriven.",
});

// The moment of an entry `daysAgo` before `base`: a weekday working hour, never later than now.
QDateTime demoMoment(QRandomGenerator& rng, const QDate& base, int daysAgo, const QDateTime& now)
{
    QDate day = base.addDays(-std::max(0, daysAgo));
    while (day.dayOfWeek() > 5) {
        day = day.addDays(-1); // mentors log on weekdays
    }
    QDateTime moment(day, QTime(8, 30).addSecs(60 * 5 * rng.bounded(96))); // 08:30-16:25
    if (moment > now) {
        moment = now.addSecs(-60 * (20 + rng.bounded(60)));
    }
    return moment;
}

// The contact histories of the last six months for every youth who is not exited, written through
// ContactRepository so that the summary columns are the ones the program itself would keep.
// Youths the meeting place already gave recent visits keep a regular rhythm; the others are spread over the

} // namespace

DemoContactWriter::DemoContactWriter(Database& database, const QDate& today)
    : m_database(database)
    , m_rng(DemoSeeds::Contacts)
    , m_contacts(database)
    , m_now(Clock::now())
    , m_base(std::min(today, m_now.date()))
{
}

Result<void> DemoContactWriter::write(const QList<DemoContactHolder>& holders)
{
    if (Result<void> loaded = loadVisitors(); !loaded) {
        return loaded;
    }
    collectColleagues(holders);
    for (const DemoContactHolder& holder : holders) {
        if (holder.status == YouthStatus::Exited) {
            continue;
        }
        const int historyDays = int(std::min<qint64>(183, holder.createdOn.daysTo(m_base)));
        Result<void> written = holder.status == YouthStatus::Prospect ? writeProspect(holder, historyDays)
                                                                      : writeEnrolled(holder, historyDays);
        if (!written) {
            return written;
        }
    }
    if (Result<void> backdated = backdateEntries(); !backdated) {
        return backdated;
    }
    return backdateEvents(holders);
}

Result<void> DemoContactWriter::loadVisitors()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT youth_id FROM contact"))) {
        return fail(query.lastError().text());
    }
    while (query.next()) {
        m_visitors.insert(query.value(0).toLongLong());
    }
    return success();
}

void DemoContactWriter::collectColleagues(const QList<DemoContactHolder>& holders)
{
    for (const DemoContactHolder& holder : holders) {
        if (holder.mentorId != 0 && holder.status != YouthStatus::Exited && !m_colleagues.contains(holder.mentorId)) {
            m_colleagues.append(holder.mentorId);
        }
    }
    std::sort(m_colleagues.begin(), m_colleagues.end());
}

Result<void> DemoContactWriter::log(qint64 youthId, ContactKind kind, ContactWith with, const QDateTime& at,
                                    qint64 staffId, const QString& note, const QDate& nextPlanned)
{
    m_entry = Contact();
    m_entry.youthId = youthId;
    m_entry.kind = kind;
    m_entry.withWhom = with;
    m_entry.occurredAt = at;
    m_entry.staffId = staffId;
    m_entry.note = note;
    m_entry.nextPlanned = nextPlanned.isValid() && nextPlanned >= at.date() ? nextPlanned : QDate();
    if (with == ContactWith::Relative) {
        QSqlQuery relative(m_database.connection());
        relative.prepare(QStringLiteral("SELECT min(id) FROM network_person WHERE youth_id = ?"));
        relative.addBindValue(youthId);
        m_entry.networkPersonId = relative.exec() && relative.next() ? relative.value(0).toLongLong() : 0;
    }
    auto result = m_contacts.log(m_entry);
    if (!result.ok() && ConsentRules::isMissing(result.error())) {
        // Without a recorded consent the mentor went ahead and wrote why, as the program asks.
        m_entry.consentOverride = QStringLiteral("Ungdomen bad mig ringa. Samtycket skrivs in vid nästa möte.");
        result = m_contacts.log(m_entry);
    }
    if (!result.ok()) {
        return fail(result.message());
    }
    return success();
}

qint64 DemoContactWriter::staffOn(const DemoContactHolder& holder, const QDate& day)
{
    if (holder.formerMentorId != 0 && day < holder.mentorChangedOn) {
        return holder.formerMentorId;
    }
    // One entry in six is a colleague's: someone else took the call.
    if (!m_colleagues.isEmpty() && m_rng.bounded(6) == 0) {
        return m_colleagues.at(m_rng.bounded(int(m_colleagues.size())));
    }
    return holder.mentorId;
}

QString DemoContactWriter::attemptNote()
{
    return QString::fromUtf8(kDemoAttemptNotes[size_t(m_rng.bounded(int(kDemoAttemptNotes.size())))]);
}

// Those who came to the meeting place are in touch already. Of the others, some were tried without answer, some
// have only just been found and have no entries (they can still be deleted), and some met someone from the centre
// once and then stopped answering.
Result<void> DemoContactWriter::writeProspect(const DemoContactHolder& holder, int historyDays)
{
    const qint64 youthId = holder.youthId;
    if (m_visitors.contains(youthId)) {
        return success();
    }
    const int kind = m_prospectOrdinal++ % 5;
    if (kind == 1 || kind == 4) {
        return success();
    }
    const int attempts = 1 + m_rng.bounded(3);
    int daysAgo = std::max(1, historyDays - m_rng.bounded(std::max(1, historyDays / 2 + 1)));
    if (kind == 3) {
        const QDateTime at = demoMoment(m_rng, m_base, daysAgo, m_now);
        const QString note
            = QString::fromUtf8(kDemoFirstMeetingNotes[size_t(m_rng.bounded(int(kDemoFirstMeetingNotes.size())))]);
        Result<void> logged
            = log(youthId, m_rng.bounded(2) ? ContactKind::Meeting : ContactKind::Phone, ContactWith::Youth, at,
                  staffOn(holder, at.date()), note, m_base.addDays(m_rng.bounded(10) - 3));
        if (!logged) {
            return logged;
        }
        daysAgo = std::max(0, daysAgo - 2 - m_rng.bounded(5));
    }
    for (int a = 0; a < attempts && daysAgo >= 0; ++a) {
        const QDateTime at = demoMoment(m_rng, m_base, daysAgo, m_now);
        const QString note
            = QString::fromUtf8(kDemoProspectNotes[size_t(m_rng.bounded(int(kDemoProspectNotes.size())))]);
        if (Result<void> logged
            = log(youthId, ContactKind::Attempt, ContactWith::Youth, at, staffOn(holder, at.date()), note);
            !logged) {
            return logged;
        }
        daysAgo -= 2 + m_rng.bounded(6);
    }
    return success();
}

// Active and paused youths: a rhythm, then the history that leads up to it.
Result<void> DemoContactWriter::writeEnrolled(const DemoContactHolder& holder, int historyDays)
{
    History history;
    history.holder = &holder;
    history.historyDays = historyDays;
    chooseRhythm(history);
    int daysAgo = historyDays;
    if (Result<void> written = writeOutreach(history, daysAgo); !written) {
        return written;
    }
    if (Result<void> written = writeContacts(history, daysAgo); !written) {
        return written;
    }
    return writeAfterLastContact(history);
}

void DemoContactWriter::chooseRhythm(History& history)
{
    const DemoContactHolder& holder = *history.holder;
    history.lastSuccess = m_rng.bounded(10);
    if (holder.status == YouthStatus::Paused) {
        history.lastSuccess = int(holder.statusChangedOn.daysTo(m_base));
    } else if (!m_visitors.contains(holder.youthId)) {
        // The meeting place's visitors are in touch; the others are spread over every rhythm.
        switch (m_activeOrdinal++ % 4) {
        case 1:
            history.rhythm = Rhythm::Drifting;
            history.lastSuccess = 20 + m_rng.bounded(41);
            break;
        case 2:
            history.rhythm = Rhythm::Unanswered;
            history.lastSuccess = 12 + m_rng.bounded(20);
            break;
        case 3:
            history.rhythm = Rhythm::PlannedDue;
            history.lastSuccess = 5 + m_rng.bounded(8);
            break;
        default:
            break;
        }
    }
    history.lastSuccess = std::min(history.lastSuccess, history.historyDays);
}

// Before enrolment, outreach: an attempt or two and a first meeting.
Result<void> DemoContactWriter::writeOutreach(const History& history, int& daysAgo)
{
    const DemoContactHolder& holder = *history.holder;
    if (!holder.statusChangedOn.isValid() || holder.status != YouthStatus::Active) {
        return success();
    }
    const int enrolled = int(holder.statusChangedOn.daysTo(m_base));
    if (enrolled >= history.historyDays) {
        return success();
    }
    const QDateTime tried = demoMoment(m_rng, m_base, history.historyDays, m_now);
    if (Result<void> logged = log(holder.youthId, ContactKind::Attempt, ContactWith::Youth, tried,
                                  staffOn(holder, tried.date()), QString::fromUtf8(kDemoProspectNotes[0]));
        !logged) {
        return logged;
    }
    daysAgo = std::max(enrolled, history.lastSuccess);
    return success();
}

// Every one to two weeks, now and then after an unanswered attempt; the last one plans the next.
Result<void> DemoContactWriter::writeContacts(const History& history, int daysAgo)
{
    const int lastSuccess = history.lastSuccess;
    while (daysAgo >= lastSuccess) {
        const bool last = daysAgo - lastSuccess < 4;
        const int day = last ? lastSuccess : daysAgo;
        if (Result<void> written = writeContact(history, day, last); !written) {
            return written;
        }
        if (last) {
            break;
        }
        daysAgo = std::max(lastSuccess, daysAgo - 5 - m_rng.bounded(10));
    }
    return success();
}

Result<void> DemoContactWriter::writeContact(const History& history, int day, bool last)
{
    const DemoContactHolder& holder = *history.holder;
    const qint64 youthId = holder.youthId;
    if (!last && m_rng.bounded(7) == 0 && day > history.lastSuccess + 1) {
        const QDateTime at = demoMoment(m_rng, m_base, day + 1, m_now);
        if (Result<void> logged
            = log(youthId, ContactKind::Attempt, ContactWith::Youth, at, staffOn(holder, at.date()), attemptNote());
            !logged) {
            return logged;
        }
    }
    const DemoNote& note = last ? kDemoContactNotes[size_t(m_rng.bounded(6))]
                                : kDemoContactNotes[size_t(m_rng.bounded(int(kDemoContactNotes.size())))];
    const QDateTime at = demoMoment(m_rng, m_base, day, m_now);
    const QDate next = nextPlanned(history, last, at.date());
    QString text = QString::fromUtf8(note.text);
    if (last && holder.status == YouthStatus::Paused) {
        text = QString::fromUtf8("Pausar deltagandet en period. Hör av sig när hen vill börja igen.");
    }
    if (Result<void> logged = log(youthId, note.kind, note.with, at, staffOn(holder, at.date()), text, next); !logged) {
        return logged;
    }
    if (last) {
        return success();
    }
    return correctOrStrike(history, note.kind, at);
}

// The planned next contact written with a contact on `on`.
QDate DemoContactWriter::nextPlanned(const History& history, bool last, const QDate& on)
{
    if (last && history.holder->status == YouthStatus::Active) {
        switch (history.rhythm) {
        case Rhythm::PlannedDue:
            // Today for the first, a few days ago for the others.
            return m_plannedDue++ == 0 ? m_base : m_base.addDays(-1 - m_rng.bounded(4));
        case Rhythm::Regular:
            return m_rng.bounded(5) == 0 ? QDate() : m_base.addDays(2 + m_rng.bounded(12));
        default:
            // Sometimes a date was agreed back then, and has passed since.
            return m_rng.bounded(2) == 0 ? on.addDays(7) : QDate();
        }
    }
    if (!last && m_rng.bounded(3) == 0) {
        return on.addDays(7 + m_rng.bounded(7));
    }
    return {};
}

// Somewhere in the demo: a correction, and an entry struck out, as they happen in real work.
Result<void> DemoContactWriter::correctOrStrike(const History& history, ContactKind kind, const QDateTime& at)
{
    const qint64 loggedId = m_entry.id;
    if (!m_correctionWritten && history.rhythm == Rhythm::Regular && kind == ContactKind::Meeting) {
        Contact correction;
        correction.kind = ContactKind::Phone;
        correction.withWhom = ContactWith::Youth;
        correction.occurredAt = at;
        correction.staffId = m_entry.staffId;
        correction.note = QString::fromUtf8("Rättelse: det var ett telefonsamtal, inte en träff. "
                                            "Träffen flyttades till nästa vecka.");
        const auto corrected = m_contacts.correct(loggedId, correction);
        if (!corrected.ok()) {
            return fail(corrected.message());
        }
        m_correctionWritten = true;
    } else if (!m_strikeWritten && m_correctionWritten && history.rhythm == Rhythm::Regular
               && kind == ContactKind::Sms) {
        const auto struck = m_contacts.strike(
            loggedId, m_entry.staffId, QString::fromUtf8("Registrerad på fel ungdom, sms:et gick till en annan."));
        if (!struck.ok()) {
            return fail(struck.message());
        }
        m_strikeWritten = true;
    }
    return success();
}

// What happened after the last contact.
Result<void> DemoContactWriter::writeAfterLastContact(const History& history)
{
    const DemoContactHolder& holder = *history.holder;
    if (holder.status != YouthStatus::Active) {
        return success();
    }
    int attempts = 0;
    if (history.rhythm == Rhythm::Unanswered) {
        attempts = 2 + m_rng.bounded(3);
    } else if (history.rhythm == Rhythm::Drifting) {
        attempts = m_rng.bounded(2); // at most one: drifting, not yet a run of unanswered calls
    }
    int day = history.lastSuccess - 3 - m_rng.bounded(3);
    for (int a = 0; a < attempts && day >= 0; ++a) {
        const QDateTime at = demoMoment(m_rng, m_base, day, m_now);
        if (Result<void> logged = log(holder.youthId, ContactKind::Attempt, ContactWith::Youth, at,
                                      staffOn(holder, at.date()), attemptNote());
            !logged) {
            return logged;
        }
        day -= 2 + m_rng.bounded(4);
    }
    // Drifting youths' families are sometimes reached when the youth is not.
    if (history.rhythm == Rhythm::Drifting && m_rng.bounded(2) == 0 && history.lastSuccess > 8) {
        const QDateTime at = demoMoment(m_rng, m_base, history.lastSuccess / 2, m_now);
        return log(holder.youthId, ContactKind::Phone, ContactWith::Relative, at, staffOn(holder, at.date()),
                   QString::fromUtf8(kDemoContactNotes[16].text));
    }
    return success();
}

// The entries were "written" when they happened, not all today, so that only recent ones can still be changed.
// A correction and a striking out came two days after the entry (or in the last hour, for recent ones).
Result<void> DemoContactWriter::backdateEntries()
{
    QSqlQuery backdate(m_database.connection());
    const SqlDialect& dialect = m_database.dialect();
    const QString twoDaysLater
        = dialect.least({ dialect.plusDays(QStringLiteral("occurred_at"), 2), QStringLiteral(":latest") });
    backdate.prepare(QStringLiteral("UPDATE contact SET created_at = CASE WHEN corrects_id IS NULL THEN occurred_at "
                                    "  ELSE %1 END, "
                                    " struck_at = CASE WHEN struck_at IS NULL THEN NULL ELSE %1 END")
                         .arg(twoDaysLater));
    backdate.bindValue(QStringLiteral(":latest"), m_now.addSecs(-3600).toString(Qt::ISODate));
    if (!backdate.exec()) {
        return fail(backdate.lastError().text());
    }
    if (!backdate.exec(QStringLiteral("UPDATE contact SET updated_at = coalesce(struck_at, created_at)"))) {
        return fail(backdate.lastError().text());
    }
    return success();
}

// The youths' own records and events get the dates when they happened.
Result<void> DemoContactWriter::backdateEvents(const QList<DemoContactHolder>& holders)
{
    // Youths were registered on their start day, not all on the day the demo was written.
    QSqlQuery registered(m_database.connection());
    const QString startMorning = m_database.dialect().dateAt(QStringLiteral("start_date"), QStringLiteral("09:00:00"));
    registered.prepare(QStringLiteral("UPDATE youth SET created_at = %1, updated_at = %1 "
                                      "WHERE start_date IS NOT NULL AND start_date < :today")
                           .arg(startMorning));
    registered.bindValue(QStringLiteral(":today"), m_now.date().toString(Qt::ISODate));
    if (!registered.exec()) {
        return fail(registered.lastError().text());
    }
    QSqlQuery event(m_database.connection());
    event.prepare(QStringLiteral("UPDATE youth_event SET occurred_at = ? WHERE youth_id = ? AND kind = ?"));
    const auto dateEvent = [&](qint64 youthId, const QString& kind, const QDate& date, const QTime& time) {
        if (!date.isValid()) {
            return true;
        }
        QDateTime at(date, time);
        if (at > m_now) {
            at = m_now.addSecs(-3600);
        }
        event.bindValue(0, at.toString(Qt::ISODate));
        event.bindValue(1, youthId);
        event.bindValue(2, kind);
        return event.exec();
    };
    for (const DemoContactHolder& holder : holders) {
        if (!dateEvent(holder.youthId, QStringLiteral("created"), holder.createdOn, QTime(8, 15))
            || !dateEvent(holder.youthId, QStringLiteral("status_changed"), holder.statusChangedOn, QTime(16, 40))
            || !dateEvent(holder.youthId, QStringLiteral("mentor_changed"), holder.mentorChangedOn, QTime(16, 45))) {
            return fail(event.lastError().text());
        }
    }
    return success();
}

} // namespace lotsen
