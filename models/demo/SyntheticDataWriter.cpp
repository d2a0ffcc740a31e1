#include "demo/SyntheticDataWriter.h"

#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "demo/DemoNames.h"
#include "demo/DemoSeeds.h"
#include "demo/TestPersonalNumbers.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"

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
constexpr int kFutureDays = 800; // follow-ups fall due up to 6 months (or, with other settings, 5 years) ahead

// The codes of a vocabulary, without its "not known" value.
template<typename E> QStringList knownCodes(E notKnown)
{
    QStringList codes;
    for (const E value : EnrolmentVocabulary::all<E>()) {
        if (value != notKnown) {
            codes.append(EnrolmentVocabulary::code(value));
        }
    }
    return codes;
}

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
    , m_enrolmentRng(DemoSeeds::SyntheticEnrolments)
    , m_today(Clock::today())
    , m_now(Clock::now().toString(Qt::ISODate))
    , m_note(QStringLiteral("GENERERAD TESTDATA"))
    , m_insert(database.connection())
    , m_contactInsert(database.connection())
    , m_planInsert(database.connection())
    , m_groupInsert(database.connection())
    , m_periodInsert(database.connection())
    , m_exitInsert(database.connection())
    , m_followUpInsert(database.connection())
    , m_attemptInsert(database.connection())
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
    for (int d = 0; d <= kFutureDays; ++d) {
        m_futureDayText.append(m_today.addDays(d).toString(Qt::ISODate));
    }
    m_labourCodes = knownCodes(LabourSituation::NotKnown);
    m_timeWithoutCodes = knownCodes(TimeWithout::NotKnown);
    m_educationCodes = knownCodes(Education::NotKnown);
    m_incomeCodes = knownCodes(Income::NotKnown);
    m_studyTypeCodes = knownCodes(StudyType::None);
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
    if (Result<void> exited = markExited(); !exited) {
        return exited;
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
    return prepareEnrolments();
}

Result<void> SyntheticDataWriter::prepareEnrolments()
{
    m_offsets = CentreSettings(m_database).followUpOffsets();
    if (!m_periodInsert.prepare(
            QStringLiteral("INSERT INTO enrolment_period (youth_id, start_date, end_date, mentor_id, referral_source, "
                           "labour_situation, time_without, education, income, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return failed(m_periodInsert);
    }
    if (!m_exitInsert.prepare(QStringLiteral(
            "INSERT INTO enrolment_exit (period_id, exit_date, reason, reason_text, situation, study_type, "
            "qualification, qualification_text, follow_up_consent, staff_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return failed(m_exitInsert);
    }
    if (!m_followUpInsert.prepare(QStringLiteral(
            "INSERT INTO follow_up (exit_id, youth_id, offset_code, due_on, status, situation, study_type, "
            "closed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return failed(m_followUpInsert);
    }
    if (!m_attemptInsert.prepare(QStringLiteral(
            "INSERT INTO follow_up_attempt (follow_up_id, attempted_on, channel, result, staff_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"))) {
        return failed(m_attemptInsert);
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
    row.status = statusRoll < 10 ? 0 : statusRoll < 65 ? 1 : statusRoll < 75 ? 2 : 3;
    const bool prospect = row.status == 0;
    const QVariant number = testNumber(birth, prospect);
    row.mentor = mentorFor(row.status, prospect);
    const SyntheticPlace& place = kSyntheticPlaces[size_t(m_rng.bounded(int(kSyntheticPlaces.size())))];
    row.start = m_today.addDays(-(prospect ? m_rng.bounded(60) : m_rng.bounded(730)));
    const ReferralSource referral
        = prospect ? ReferralSource::Outreach : m_referrals.at(m_rng.bounded(int(m_referrals.size())));
    row.referral = Vocabulary::code(referral);
    if (row.status == 3) {
        row.exitAgo = m_enrolmentRng.bounded(int(row.start.daysTo(m_today)) + 1);
    }

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
    // Exited youths are active until their exits exist (markExited).
    m_insert.bindValue(10, m_statusCodes.at(row.status == 3 ? 1 : row.status));
    m_insert.bindValue(11, row.mentor);
    m_insert.bindValue(12, row.start.toString(Qt::ISODate));
    m_insert.bindValue(13, row.referral);
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
    if (m_firstYouthId == 0) {
        m_firstYouthId = row.id;
    }
    if (Result<void> contacts = insertContacts(row); !contacts) {
        return contacts;
    }
    if (Result<void> period = insertPeriod(row); !period) {
        return period;
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
    if (row.status == 3) {
        lastAgo = row.exitAgo + m_contactRng.bounded(0, 30); // exited: the history ended before the exit
    } else if (row.status == 2) {
        lastAgo = m_contactRng.bounded(10, 120); // paused: the history ended a while ago
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

// Every participant's period, from the start date; four in five with the situation at entry. Exited youths' periods
// end on the exit date, with the exit and its follow-ups.
Result<void> SyntheticDataWriter::insertPeriod(const Row& row)
{
    if (row.status == 0) {
        return success();
    }
    const bool entryKnown = m_enrolmentRng.bounded(5) != 0;
    const auto entry = [this, entryKnown](const QStringList& codes) {
        return entryKnown ? codes.at(m_enrolmentRng.bounded(int(codes.size()))) : QStringLiteral("");
    };
    m_periodInsert.bindValue(0, row.id);
    m_periodInsert.bindValue(1, row.start.toString(Qt::ISODate));
    m_periodInsert.bindValue(
        2, row.status == 3 ? QVariant(dayText(row.exitAgo)) : QVariant(QMetaType::fromType<QString>()));
    m_periodInsert.bindValue(3, row.mentor);
    m_periodInsert.bindValue(4, row.referral);
    m_periodInsert.bindValue(5, entry(m_labourCodes));
    m_periodInsert.bindValue(6, entry(m_timeWithoutCodes));
    m_periodInsert.bindValue(7, entry(m_educationCodes));
    m_periodInsert.bindValue(8, entry(m_incomeCodes));
    m_periodInsert.bindValue(9, m_now);
    m_periodInsert.bindValue(10, m_now);
    if (!m_periodInsert.exec()) {
        return failed(m_periodInsert);
    }
    if (row.status != 3) {
        return success();
    }
    return insertExit(row, m_periodInsert.lastInsertId().toLongLong());
}

// Most completed as planned, into work, studies or job seeking; some lost contact, moved or left on their own.
Result<void> SyntheticDataWriter::insertExit(const Row& row, qint64 periodId)
{
    const int reasonRoll = m_enrolmentRng.bounded(100);
    const int situationRoll = m_enrolmentRng.bounded(100);
    QString reason = QStringLiteral("completed");
    QString situation;
    if (reasonRoll < 57) {
        situation = situationRoll < 35 ? QStringLiteral("employed")
            : situationRoll < 45       ? QStringLiteral("subsidised_employment")
            : situationRoll < 70       ? QStringLiteral("studies")
            : situationRoll < 85       ? QStringLiteral("job_seeking")
            : situationRoll < 95       ? QStringLiteral("labour_market_programme")
                                       : QStringLiteral("self_employed");
    } else if (reasonRoll < 67) {
        reason = QStringLiteral("own_initiative");
        situation = situationRoll < 30 ? QStringLiteral("employed")
            : situationRoll < 50       ? QStringLiteral("studies")
            : situationRoll < 70       ? QStringLiteral("job_seeking")
            : situationRoll < 90       ? QStringLiteral("no_occupation")
                                       : QStringLiteral("other_activity");
    } else if (reasonRoll < 90) {
        reason = reasonRoll < 79 ? QStringLiteral("lost_contact")
            : reasonRoll < 85    ? QStringLiteral("moved")
            : reasonRoll < 87    ? QStringLiteral("consent_withdrawn")
            : reasonRoll < 89    ? QStringLiteral("other")
                                 : QStringLiteral("in_error");
        situation = QStringLiteral("not_known");
    } else if (reasonRoll < 95) {
        reason = QStringLiteral("age_limit");
        situation = situationRoll < 50 ? QStringLiteral("job_seeking")
            : situationRoll < 80       ? QStringLiteral("labour_market_programme")
                                       : QStringLiteral("employed");
    } else {
        reason = QStringLiteral("ill_health");
        situation = situationRoll < 70 ? QStringLiteral("rehabilitation") : QStringLiteral("not_known");
    }
    const bool studies = situation == QLatin1String("studies");
    const bool completed = reason == QLatin1String("completed");
    const int qualificationRoll = completed ? m_enrolmentRng.bounded(10) : 9;
    const bool consent = reason != QLatin1String("consent_withdrawn") && m_enrolmentRng.bounded(10) != 0;
    m_exitInsert.bindValue(0, periodId);
    m_exitInsert.bindValue(1, dayText(row.exitAgo));
    m_exitInsert.bindValue(2, reason);
    m_exitInsert.bindValue(3, reason == QLatin1String("other") ? m_note : QStringLiteral(""));
    m_exitInsert.bindValue(4, situation);
    m_exitInsert.bindValue(
        5, studies ? m_studyTypeCodes.at(m_enrolmentRng.bounded(int(m_studyTypeCodes.size()))) : QStringLiteral(""));
    m_exitInsert.bindValue(6,
                           qualificationRoll < 3       ? QVariant(1)
                               : qualificationRoll < 6 ? QVariant(0)
                                                       : QVariant(QMetaType::fromType<int>()));
    m_exitInsert.bindValue(7, qualificationRoll < 3 ? m_note : QStringLiteral(""));
    m_exitInsert.bindValue(8, consent ? 1 : 0);
    m_exitInsert.bindValue(9, row.mentor);
    m_exitInsert.bindValue(10, dayText(row.exitAgo) + QStringLiteral("T15:00:00"));
    if (!m_exitInsert.exec()) {
        return failed(m_exitInsert);
    }
    if (!consent || reason == QLatin1String("in_error")) {
        return success();
    }
    const qint64 exitId = m_exitInsert.lastInsertId().toLongLong();
    for (const QString& offset : std::as_const(m_offsets)) {
        if (Result<void> inserted = insertFollowUp(row, exitId, offset, situation); !inserted) {
            return inserted;
        }
    }
    return success();
}

// Not yet due, or due in the last week: open (on Today). Older: mostly done, some not reached after three
// unanswered attempts or declined, and a few still open, forgotten after one try.
Result<void> SyntheticDataWriter::insertFollowUp(const Row& row, qint64 exitId, const QString& offset,
                                                 const QString& exitSituation)
{
    const QDate due = EnrolmentRules::dueDate(m_today.addDays(-row.exitAgo), offset);
    if (!due.isValid()) {
        return success();
    }
    const int dueAgo = int(due.daysTo(m_today));
    const int roll = dueAgo > 7 ? m_enrolmentRng.bounded(100) : 100;
    enum class Outcome { Open, Done, NotReached, Declined } outcome = Outcome::Open;
    if (roll < 68) {
        outcome = Outcome::Done;
    } else if (roll < 88) {
        outcome = Outcome::NotReached;
    } else if (roll < 93) {
        outcome = Outcome::Declined;
    }
    // The day the follow-up was closed (or last tried), in days before today.
    const int firstTry = std::max(0, dueAgo - m_enrolmentRng.bounded(3));
    const int closedAgo = outcome == Outcome::NotReached ? std::max(0, firstTry - 8)
        : outcome == Outcome::Done                       ? std::max(0, firstTry - m_enrolmentRng.bounded(4))
                                                         : firstTry;
    QString situation;
    QString studyType = QStringLiteral(""); // not NULL
    if (outcome == Outcome::Done) {
        situation = situationAfter(exitSituation);
        if (situation == QLatin1String("studies")) {
            studyType = m_studyTypeCodes.at(m_enrolmentRng.bounded(int(m_studyTypeCodes.size())));
        }
    }
    static const std::array<QString, 4> statuses { QStringLiteral("open"), QStringLiteral("done"),
                                                   QStringLiteral("not_reached"), QStringLiteral("not_reached") };
    const QString closedAt = dayText(closedAgo) + QStringLiteral("T14:00:00");
    m_followUpInsert.bindValue(0, exitId);
    m_followUpInsert.bindValue(1, row.id);
    m_followUpInsert.bindValue(2, offset);
    m_followUpInsert.bindValue(3, dayText(dueAgo));
    m_followUpInsert.bindValue(4, statuses[size_t(outcome)]);
    m_followUpInsert.bindValue(5, situation.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(situation));
    m_followUpInsert.bindValue(6, studyType);
    m_followUpInsert.bindValue(
        7, outcome == Outcome::Open ? QVariant(QMetaType::fromType<QString>()) : QVariant(closedAt));
    m_followUpInsert.bindValue(8, dayText(row.exitAgo) + QStringLiteral("T15:00:00"));
    if (!m_followUpInsert.exec()) {
        return failed(m_followUpInsert);
    }
    const qint64 followUpId = m_followUpInsert.lastInsertId().toLongLong();
    const QString phone = QStringLiteral("phone");
    const QString noAnswer = QStringLiteral("no_answer");
    switch (outcome) {
    case Outcome::Open:
        // Tried once, for a third of those due and all of the forgotten ones.
        if (dueAgo >= 2 && (dueAgo > 7 || m_enrolmentRng.bounded(3) == 0)) {
            return insertAttempt(followUpId, firstTry, phone, noAnswer, row.mentor);
        }
        return success();
    case Outcome::Done:
        if (closedAgo < firstTry) {
            if (Result<void> tried = insertAttempt(followUpId, firstTry, phone, noAnswer, row.mentor); !tried) {
                return tried;
            }
        }
        return insertAttempt(followUpId, closedAgo, phone, QStringLiteral("reached"), row.mentor);
    case Outcome::NotReached:
        if (Result<void> tried = insertAttempt(followUpId, firstTry, phone, noAnswer, row.mentor); !tried) {
            return tried;
        }
        if (Result<void> tried
            = insertAttempt(followUpId, std::max(0, firstTry - 4), phone, QStringLiteral("message_left"), row.mentor);
            !tried) {
            return tried;
        }
        return insertAttempt(followUpId, closedAgo, QStringLiteral("sms"), noAnswer, row.mentor);
    case Outcome::Declined:
        return insertAttempt(followUpId, closedAgo, phone, QStringLiteral("declined"), row.mentor);
    }
    return success();
}

Result<void> SyntheticDataWriter::insertAttempt(qint64 followUpId, int daysAgo, const QString& channel,
                                                const QString& result, const QVariant& staff)
{
    const QString day = dayText(daysAgo);
    m_attemptInsert.bindValue(0, followUpId);
    m_attemptInsert.bindValue(1, day);
    m_attemptInsert.bindValue(2, channel);
    m_attemptInsert.bindValue(3, result);
    m_attemptInsert.bindValue(4, staff);
    m_attemptInsert.bindValue(5, day + QStringLiteral("T14:00:00"));
    if (!m_attemptInsert.exec()) {
        return failed(m_attemptInsert);
    }
    return success();
}

// Where a youth is at a follow-up: mostly where they went at the exit, otherwise anywhere.
QString SyntheticDataWriter::situationAfter(const QString& exitSituation)
{
    static const std::array<QString, 8> anywhere {
        QStringLiteral("employed"),       QStringLiteral("employed"),      QStringLiteral("studies"),
        QStringLiteral("job_seeking"),    QStringLiteral("job_seeking"),   QStringLiteral("labour_market_programme"),
        QStringLiteral("parental_leave"), QStringLiteral("no_occupation"),
    };
    if (exitSituation != QLatin1String("not_known") && m_enrolmentRng.bounded(10) < 6) {
        return exitSituation;
    }
    return anywhere[size_t(m_enrolmentRng.bounded(int(anywhere.size())))];
}

QString SyntheticDataWriter::dayText(int daysAgo) const
{
    if (daysAgo >= 0 && daysAgo < m_dayText.size()) {
        return m_dayText.at(daysAgo);
    }
    if (daysAgo < 0 && -daysAgo < m_futureDayText.size()) {
        return m_futureDayText.at(-daysAgo);
    }
    return m_today.addDays(-daysAgo).toString(Qt::ISODate);
}

// The exited youths become 'exited' now that their periods have ended with an exit (the triggers check it).
Result<void> SyntheticDataWriter::markExited()
{
    if (m_firstYouthId == 0) {
        return success();
    }
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE youth SET status = 'exited' WHERE id >= ? AND status = 'active' "
        "AND id IN (SELECT youth_id FROM enrolment_period WHERE end_date IS NOT NULL AND youth_id >= ?) "
        "AND id NOT IN (SELECT youth_id FROM enrolment_period WHERE end_date IS NULL AND youth_id >= ?)"));
    update.addBindValue(m_firstYouthId);
    update.addBindValue(m_firstYouthId);
    update.addBindValue(m_firstYouthId);
    if (!update.exec()) {
        return failed(update);
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
