#include "demo/SyntheticDataWriter.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "demo/DemoNames.h"
#include "demo/DemoSeeds.h"
#include "demo/TestPersonalNumbers.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>

#include <algorithm>
#include <array>
#include <span>

namespace lotsen {

namespace {

// Ten municipalities in the Gothenburg region with a postal code prefix each.
struct SyntheticPlace
{
    const char* municipality;
    int postalPrefix;
};
constexpr std::array<SyntheticPlace, 10> kSyntheticPlaces { {
    { "Göteborg", 415 },
    { "Mölndal", 431 },
    { "Partille", 433 },
    { "Kungälv", 442 },
    { "Lerum", 443 },
    { "Härryda", 435 },
    { "Ale", 449 },
    { "Alingsås", 441 },
    { "Kungsbacka", 434 },
    { "Stenungsund", 444 },
} };

constexpr auto kSyntheticStreets = std::to_array<const char*>({
    "Storgatan",
    "Kyrkogatan",
    "Skolgatan",
    "Björkvägen",
    "Ekvägen",
    "Granvägen",
    "Tallvägen",
    "Parkvägen",
    "Ängsvägen",
    "Åkervägen",
    "Stationsvägen",
    "Drottninggatan",
    "Järnvägsgatan",
    "Lärkvägen",
    "Hagvägen",
    "Solvägen",
});

constexpr int kSyntheticMentors = 20;
constexpr int kSyntheticInactiveMentors = 2; // they keep exited youths only

constexpr int kContactColumns = 9;
constexpr int kContactDays = 800;

QStringList toStrings(std::span<const char* const> texts)
{
    QStringList result;
    for (const char* text : texts) {
        result.append(QString::fromUtf8(text));
    }
    return result;
}

QStringList mailParts(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names) {
        result.append(DemoNames::emailPart(name));
    }
    return result;
}

QString writeError(const QString& detail)
{
    return QCoreApplication::translate("DemoDataGenerator", "The test data could not be written: %1").arg(detail);
}

} // namespace

SyntheticDataWriter::SyntheticDataWriter(Database& database, int count, int contactsPerYouth)
    : m_database(database)
    , m_count(count)
    , m_contactsPerYouth(contactsPerYouth)
    , m_rng(DemoSeeds::Synthetic)
    , m_contactRng(DemoSeeds::SyntheticContacts)
    , m_today(Clock::today())
    , m_now(Clock::now().toString(Qt::ISODate))
    , m_note(QStringLiteral("GENERERAD TESTDATA"))
    , m_insert(database.connection())
    , m_contactInsert(database.connection())
    , m_planInsert(database.connection())
    , m_groupInsert(database.connection())
{
    prepareTexts();
}

void SyntheticDataWriter::prepareTexts()
{
    m_surnames = toStrings(DemoNames::surnames());
    m_womensNames = toStrings(DemoNames::womensNames());
    m_mensNames = toStrings(DemoNames::mensNames());
    m_streets = toStrings(kSyntheticStreets);
    m_surnameMail = mailParts(m_surnames);
    m_womensMail = mailParts(m_womensNames);
    m_mensMail = mailParts(m_mensNames);
    m_referrals = Vocabulary::referralSources();
    m_referrals.removeAll(ReferralSource::None);
    m_targetGroups = Vocabulary::targetGroups();
    m_statusCodes = { Vocabulary::code(YouthStatus::Prospect), Vocabulary::code(YouthStatus::Active),
                      Vocabulary::code(YouthStatus::Paused), Vocabulary::code(YouthStatus::Exited) };
    for (int d = 0; d <= kContactDays; ++d) {
        m_dayText.append(m_today.addDays(-d).toString(Qt::ISODate));
    }
    for (int h = 8; h < 17; ++h) {
        for (int m = 0; m < 60; m += 15) {
            m_timeText.append(
                QStringLiteral("T%1:%2:00").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')));
        }
    }
    m_successfulKinds = {
        Vocabulary::code(ContactKind::Meeting), Vocabulary::code(ContactKind::Phone),
        Vocabulary::code(ContactKind::Sms),     Vocabulary::code(ContactKind::Meeting),
        Vocabulary::code(ContactKind::Video),   Vocabulary::code(ContactKind::HomeVisit),
        Vocabulary::code(ContactKind::DropIn),  Vocabulary::code(ContactKind::Email),
    };
    m_daysAgo.resize(size_t(std::max(m_contactsPerYouth, 1)));
    const QDate firstTestDate(TestPersonalNumbers::FirstYear, 1, 1);
    m_serialsUsed.assign(size_t(firstTestDate.daysTo(QDate(TestPersonalNumbers::LastYear, 12, 31)) + 1), 0);
    // Ages 15-29 on today: birth dates over the fifteen years before the fifteenth birthday.
    m_youngestBirth = m_today.addYears(-15);
    m_birthSpan = int(m_today.addYears(-30).daysTo(m_youngestBirth));
}

Result<void> SyntheticDataWriter::failed(const QSqlQuery& query) const
{
    return fail(writeError(query.lastError().text()));
}

Result<void> SyntheticDataWriter::write()
{
    // Two connection settings for the duration of the bulk insert, restored afterwards:
    // - Each INSERT fires the FTS trigger, so SQLite keeps a statement journal for it, and with the default
    //   temp_store that journal spills to a temporary file: 18 pwrite calls per youth, 12 s for 100,000 youths.
    // - With the default 2 MB page cache, the random-order inserts into six indexes and the FTS table spill
    //   dirty pages to the WAL and read them back again and again.
    QSqlQuery pragma(m_database.connection());
    const auto currentValue = [&pragma](const QString& name, qint64 fallback) {
        const qint64 value
            = pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next() ? pragma.value(0).toLongLong() : fallback;
        pragma.finish();
        return value;
    };
    const qint64 previousTempStore = currentValue(QStringLiteral("temp_store"), 0);
    const qint64 previousCacheSize = currentValue(QStringLiteral("cache_size"), -2000);
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreSettings = qScopeGuard([&pragma, previousTempStore, previousCacheSize] {
        pragma.exec(QStringLiteral("PRAGMA temp_store = %1").arg(previousTempStore));
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCacheSize));
    });
    return writeAll();
}

Result<void> SyntheticDataWriter::writeAll()
{
    // One transaction: 100,000 separate commits with synchronous=FULL would take minutes.
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return fail(writeError(transaction.error()));
    }
    if (Result<void> prepared = prepare(); !prepared) {
        return prepared;
    }
    if (Result<void> staff = insertStaff(); !staff) {
        return staff;
    }
    for (int i = 0; i < m_count; ++i) {
        if (Result<void> inserted = insertYouth(i); !inserted) {
            return inserted;
        }
    }
    if (Result<void> summary = updateSummary(); !summary) {
        return summary;
    }
    if (!transaction.commit()) {
        return fail(writeError(transaction.error()));
    }
    return success();
}

Result<void> SyntheticDataWriter::prepare()
{
    if (!m_insert.prepare(QStringLiteral(
            "INSERT INTO youth (first_name, last_name, personal_number, birth_date, gender, phone, email, address, "
            "postal_code, municipality, status, mentor_id, start_date, referral_source, note, created_at, updated_at, "
            "pause_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return failed(m_insert);
    }
    if (Result<void> contacts = prepareContactInsert(); !contacts) {
        return contacts;
    }
    if (!m_planInsert.prepare(QStringLiteral("INSERT INTO action_plan (youth_id, version, plan_date, staff_id, "
                                             "my_goal, next_review, created_at, updated_at) "
                                             "VALUES (?, 1, ?, ?, ?, ?, ?, ?)"))) {
        return failed(m_planInsert);
    }
    if (!m_groupInsert.prepare(
            QStringLiteral("INSERT INTO youth_target_group (youth_id, target_group) VALUES (?, ?)"))) {
        return failed(m_groupInsert);
    }
    return success();
}

// One statement inserts a youth's contacts at once: a multi-row VALUES saves a statement step and reset per row,
// which is most of the cost at two million rows.
Result<void> SyntheticDataWriter::prepareContactInsert()
{
    if (m_contactsPerYouth <= 0) {
        return success();
    }
    QString sql = QStringLiteral("INSERT INTO contact (youth_id, occurred_at, kind, with_whom, staff_id, "
                                 "next_planned, created_at, updated_at, consent_override) VALUES ");
    for (int c = 0; c < m_contactsPerYouth; ++c) {
        sql += c == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    if (!m_contactInsert.prepare(sql)) {
        return failed(m_contactInsert);
    }
    return success();
}

Result<void> SyntheticDataWriter::insertStaff()
{
    QSqlQuery staffInsert(m_database.connection());
    if (!staffInsert.prepare(QStringLiteral("INSERT INTO staff (name, active) VALUES (?, ?)"))) {
        return failed(staffInsert);
    }
    for (int i = 0; i < kSyntheticMentors; ++i) {
        const QStringList& firstNames = i % 2 == 0 ? m_womensNames : m_mensNames;
        staffInsert.bindValue(
            0, firstNames.at((i * 37) % firstNames.size()) + u' ' + m_surnames.at((i * 53 + 11) % m_surnames.size()));
        staffInsert.bindValue(1, i < kSyntheticMentors - kSyntheticInactiveMentors ? 1 : 0);
        if (!staffInsert.exec()) {
            return failed(staffInsert);
        }
        m_mentorIds.append(staffInsert.lastInsertId().toLongLong());
    }
    return success();
}

Result<void> SyntheticDataWriter::insertYouth(int i)
{
    const int genderRoll = m_rng.bounded(100);
    const Gender gender = genderRoll < 47 ? Gender::Woman
        : genderRoll < 94                 ? Gender::Man
        : genderRoll < 97                 ? Gender::Other
                                          : Gender::NotStated;
    const bool womansName = gender == Gender::Woman || (gender != Gender::Man && m_rng.bounded(2) == 0);
    const QStringList& firstNames = womansName ? m_womensNames : m_mensNames;
    const QStringList& firstMail = womansName ? m_womensMail : m_mensMail;
    const int first = m_rng.bounded(int(firstNames.size()));
    const int last = m_rng.bounded(int(m_surnames.size()));
    const QDate birth = m_youngestBirth.addDays(-m_rng.bounded(m_birthSpan));

    Row row;
    const int statusRoll = m_rng.bounded(100);
    row.status = statusRoll < 10 ? 0 : statusRoll < 70 ? 1 : statusRoll < 85 ? 2 : 3;
    const bool prospect = row.status == 0;
    const QVariant number = testNumber(birth, prospect);
    row.mentor = mentorFor(row.status, prospect);
    const SyntheticPlace& place = kSyntheticPlaces[size_t(m_rng.bounded(int(kSyntheticPlaces.size())))];
    row.start = m_today.addDays(-(prospect ? m_rng.bounded(60) : m_rng.bounded(730)));
    const ReferralSource referral
        = prospect ? ReferralSource::Outreach : m_referrals.at(m_rng.bounded(int(m_referrals.size())));

    m_insert.bindValue(0, firstNames.at(first));
    m_insert.bindValue(1, m_surnames.at(last));
    m_insert.bindValue(2, number);
    m_insert.bindValue(3, birth.toString(Qt::ISODate));
    m_insert.bindValue(4, Vocabulary::code(gender));
    m_insert.bindValue(5, QStringLiteral("070-000 %1").arg(i % 10000, 4, 10, QLatin1Char('0')));
    m_insert.bindValue(
        6, firstMail.at(first) + u'.' + m_surnameMail.at(last) + QString::number(i) + QStringLiteral("@example.se"));
    m_insert.bindValue(
        7, m_streets.at(m_rng.bounded(int(m_streets.size()))) + u' ' + QString::number(1 + m_rng.bounded(80)));
    m_insert.bindValue(8, DemoNames::postalCode(place.postalPrefix, 10 + m_rng.bounded(90)));
    m_insert.bindValue(9, QString::fromUtf8(place.municipality));
    m_insert.bindValue(10, m_statusCodes.at(row.status));
    m_insert.bindValue(11, row.mentor);
    m_insert.bindValue(12, row.start.toString(Qt::ISODate));
    m_insert.bindValue(13, Vocabulary::code(referral));
    m_insert.bindValue(14, m_note);
    m_insert.bindValue(15, m_now);
    m_insert.bindValue(16, m_now);
    // Half of the paused youths have an end date, some of them already passed.
    const bool pauseEnds = row.status == 2 && m_contactRng.bounded(2) == 0;
    m_insert.bindValue(17,
                       pauseEnds ? QVariant(m_today.addDays(m_contactRng.bounded(-20, 60)).toString(Qt::ISODate))
                                 : QVariant(QMetaType::fromType<QString>()));
    if (!m_insert.exec()) {
        return failed(m_insert);
    }
    row.id = m_insert.lastInsertId().toLongLong();
    if (Result<void> contacts = insertContacts(row); !contacts) {
        return contacts;
    }
    if (Result<void> plan = insertPlan(row); !plan) {
        return plan;
    }
    return insertTargetGroups(row);
}

// One of the two test numbers of the birth date while one is free; half of the prospects have none.
QVariant SyntheticDataWriter::testNumber(const QDate& birth, bool prospect)
{
    if (TestPersonalNumbers::covers(birth) && !(prospect && m_rng.bounded(2) == 0)) {
        quint8& used = m_serialsUsed[size_t(QDate(TestPersonalNumbers::FirstYear, 1, 1).daysTo(birth))];
        if (used < TestPersonalNumbers::Serials.size()) {
            const QString number = TestPersonalNumbers::number(birth, TestPersonalNumbers::Serials[used]);
            ++used;
            return number;
        }
    }
    return QVariant(QMetaType::fromType<QString>());
}

QVariant SyntheticDataWriter::mentorFor(int status, bool prospect)
{
    if (status == 3) {
        return m_mentorIds.at(m_rng.bounded(kSyntheticMentors)); // inactive mentors only have exited youths
    }
    if (!(prospect && m_rng.bounded(2) == 0)) {
        return m_mentorIds.at(m_rng.bounded(kSyntheticMentors - kSyntheticInactiveMentors));
    }
    return QVariant(QMetaType::fromType<qint64>());
}

// Contact history between the start and the last contact, oldest first. Most youths were in touch recently; some
// drift out of contact, some end in a run of unanswered attempts, and about half have a planned next contact,
// which has passed for those who drifted.
Result<void> SyntheticDataWriter::insertContacts(const Row& row)
{
    if (m_contactsPerYouth <= 0) {
        return success();
    }
    const QString attemptKind = Vocabulary::code(ContactKind::Attempt);
    const QString withYouth = Vocabulary::code(ContactWith::Youth);
    const QString withRelative = Vocabulary::code(ContactWith::Relative);
    const QVariant noDate(QMetaType::fromType<QString>());
    const int lastSuccessful = contactDays(row);
    for (int c = 0; c < m_contactsPerYouth; ++c) {
        const int base = c * kContactColumns;
        const bool attempt = c > lastSuccessful || (c < lastSuccessful && m_contactRng.bounded(10) == 0);
        const QString occurred
            = m_dayText.at(m_daysAgo[size_t(c)]) + m_timeText.at(m_contactRng.bounded(int(m_timeText.size())));
        QVariant planned = noDate;
        if (c == lastSuccessful && !attempt && m_contactRng.bounded(2) == 0) {
            planned = m_today.addDays(7 + m_contactRng.bounded(15) - m_daysAgo[size_t(c)]).toString(Qt::ISODate);
        }
        m_contactInsert.bindValue(base, row.id);
        m_contactInsert.bindValue(base + 1, occurred);
        m_contactInsert.bindValue(base + 2, attempt ? attemptKind : m_successfulKinds.at(m_contactRng.bounded(8)));
        const bool relative = !attempt && c < lastSuccessful && m_contactRng.bounded(12) == 0;
        m_contactInsert.bindValue(base + 3, relative ? withRelative : withYouth);
        m_contactInsert.bindValue(base + 4, row.mentor);
        m_contactInsert.bindValue(base + 5, planned);
        m_contactInsert.bindValue(base + 6, occurred);
        m_contactInsert.bindValue(base + 7, occurred);
        // Generated relatives have no consent records; the override says so (the database requires one).
        m_contactInsert.bindValue(base + 8, relative ? QStringLiteral("GENERERAD TESTDATA") : QStringLiteral(""));
    }
    if (!m_contactInsert.exec()) {
        return failed(m_contactInsert);
    }
    return success();
}

int SyntheticDataWriter::contactDays(const Row& row)
{
    const bool prospect = row.status == 0;
    const int startAgo = std::clamp(int(row.start.daysTo(m_today)), 1, kContactDays);
    int lastAgo = 1;
    const int profile = m_contactRng.bounded(100);
    if (row.status == 3 || row.status == 2) {
        lastAgo = m_contactRng.bounded(10, 120); // exited or paused: the history ended a while ago
    } else if (profile < 85) {
        lastAgo = 1 + m_contactRng.bounded(prospect ? 6 : 12);
    } else {
        lastAgo = m_contactRng.bounded(15, 90);
    }
    lastAgo = std::min(lastAgo, startAgo);
    const int trailingAttempts = row.status <= 1 && profile >= 78 && profile < 88 ? 2 + m_contactRng.bounded(3) : 0;
    for (int c = 0; c < m_contactsPerYouth; ++c) {
        m_daysAgo[size_t(c)] = lastAgo + m_contactRng.bounded(startAgo - lastAgo + 1);
    }
    std::sort(m_daysAgo.begin(), m_daysAgo.begin() + m_contactsPerYouth, std::greater<int>());
    m_daysAgo[size_t(m_contactsPerYouth - 1)] = lastAgo;
    const int lastSuccessful = m_contactsPerYouth - 1 - std::min(trailingAttempts, m_contactsPerYouth - 1);
    // A run of attempts follows the last contact within days, as when someone stops answering.
    for (int c = m_contactsPerYouth - 2; c >= lastSuccessful; --c) {
        m_daysAgo[size_t(c)] = std::min(startAgo, m_daysAgo[size_t(c + 1)] + 2 + m_contactRng.bounded(5));
    }
    return lastSuccessful;
}

// A current plan for seven in ten active and paused youths; reviews spread around today.
Result<void> SyntheticDataWriter::insertPlan(const Row& row)
{
    if ((row.status != 1 && row.status != 2) || m_contactRng.bounded(10) >= 7) {
        return success();
    }
    const QDate planDate = row.start.addDays(m_contactRng.bounded(1, 30));
    m_planInsert.bindValue(0, row.id);
    m_planInsert.bindValue(1, std::min(planDate, m_today).toString(Qt::ISODate));
    m_planInsert.bindValue(2, row.mentor);
    m_planInsert.bindValue(3, m_note);
    m_planInsert.bindValue(4, m_today.addDays(m_contactRng.bounded(-20, 120)).toString(Qt::ISODate));
    m_planInsert.bindValue(5, m_now);
    m_planInsert.bindValue(6, m_now);
    if (!m_planInsert.exec()) {
        return failed(m_planInsert);
    }
    return success();
}

// Four in ten have one or two target groups.
Result<void> SyntheticDataWriter::insertTargetGroups(const Row& row)
{
    if (m_rng.bounded(10) >= 4) {
        return success();
    }
    const int firstGroup = m_rng.bounded(int(m_targetGroups.size()));
    const int groups = 1 + m_rng.bounded(2);
    for (int g = 0; g < groups; ++g) {
        m_groupInsert.bindValue(0, row.id);
        m_groupInsert.bindValue(1, Vocabulary::code(m_targetGroups.at((firstGroup + g * 3) % m_targetGroups.size())));
        if (!m_groupInsert.exec()) {
            return failed(m_groupInsert);
        }
    }
    return success();
}

// The summary columns in one set-based statement, with the same definitions as ContactRepository::refreshSummary
// (which does this for one youth after each write): struck-out entries and entries replaced by a live correction
// do not count. The corrected ids are one list for the whole statement (a correction always belongs to the same
// youth). "+kind" keeps the planner on contact_youth_idx: with contact_kind_time_idx it would read every attempt
// in the database for each youth (32 s instead of 0.2 s for 10,000 youths).
Result<void> SyntheticDataWriter::updateSummary()
{
    if (m_contactsPerYouth <= 0) {
        return success();
    }
    const QString live
        = QStringLiteral("youth_id = youth.id AND struck_at IS NULL AND id NOT IN (SELECT corrects_id FROM contact "
                         "WHERE corrects_id IS NOT NULL AND struck_at IS NULL)");
    const QString reached
        = QStringLiteral("(SELECT max(occurred_at) FROM contact WHERE %1 AND kind <> 'attempt' AND with_whom = "
                         "'youth')")
              .arg(live);
    QSqlQuery summary(m_database.connection());
    if (!summary.exec(QStringLiteral("UPDATE youth SET last_contact_at = %2, "
                                     "next_planned_contact = (SELECT planned FROM (SELECT next_planned AS "
                                     "planned FROM contact WHERE %1 AND next_planned IS NOT NULL "
                                     "ORDER BY occurred_at DESC, id DESC LIMIT 1) "
                                     "WHERE planned > coalesce(%2, '')), "
                                     "unanswered_attempts = (SELECT count(*) FROM contact WHERE %1 "
                                     "AND +kind = 'attempt' AND occurred_at > coalesce(%2, '')), "
                                     "first_unanswered_at = (SELECT min(occurred_at) FROM contact WHERE %1 "
                                     "AND +kind = 'attempt' AND occurred_at > coalesce(%2, ''))")
                          .arg(live, reached))) {
        return failed(summary);
    }
    return success();
}

} // namespace lotsen
