#include "demo/DemoExitWriter.h"

#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "demo/DemoSeeds.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace lotsen {

namespace {

using Fate = DemoExitWriter::Fate;

// One exit of the demo: when, why, the situation at exit, and what the follow-ups found once they were long due.
struct DemoExit
{
    int daysAgo; // the exit date, never earlier than 45 days after the start (registered in error: 6 days after)
    ExitReason reason;
    const char* reasonText; // UTF-8
    Situation situation;
    StudyType studyType;
    int qualification; // -1 not known, 0 no, 1 yes
    const char* qualificationText;
    bool followUpConsent;
    // What each follow-up found, in the order they fall due (4 weeks, 6 months); later ones as the last.
    std::array<DemoExitWriter::FollowUpPlan, 2> followUps;
};

constexpr DemoExitWriter::FollowUpPlan reached(Situation situation, StudyType studyType = StudyType::None)
{
    return { Fate::Reached, situation, studyType };
}
constexpr DemoExitWriter::FollowUpPlan kNotReached { Fate::NotReached, Situation::NotKnown, StudyType::None };
constexpr DemoExitWriter::FollowUpPlan kDeclined { Fate::Declined, Situation::NotKnown, StudyType::None };

// The exits of the exited youths, in the order they are saved. Ten of fifteen completed as planned. Numbers 7, 8
// and 9 have their four-week follow-up a few days overdue, and due today; number 2 its six-month one.
// clang-format off
constexpr auto kDemoExits = std::to_array<DemoExit>({
    { 330, ExitReason::Completed, "", Situation::Employed, StudyType::None, 1, "Truckkort A och B", true,
      { reached(Situation::Employed), reached(Situation::Employed) } },
    { 260, ExitReason::Completed, "", Situation::Studies, StudyType::Komvux, -1, "", true,
      { reached(Situation::Studies, StudyType::Komvux), kNotReached } },
    { 188, ExitReason::OwnInitiative, "Ville avsluta och söka jobb på egen hand.", Situation::JobSeeking,
      StudyType::None, 0, "", true, { reached(Situation::JobSeeking), reached(Situation::Employed) } },
    { 150, ExitReason::LostContact, "Har inte svarat på samtal, sms eller brev på två månader.", Situation::NotKnown,
      StudyType::None, -1, "", true, { kNotReached, kNotReached } },
    { 120, ExitReason::Completed, "", Situation::SubsidisedEmployment, StudyType::None, 0, "", true,
      { reached(Situation::SubsidisedEmployment), reached(Situation::Employed) } },
    { 100, ExitReason::Moved, "Flyttade till Umeå med familjen.", Situation::NotKnown, StudyType::None, -1, "", false,
      { kNotReached, kNotReached } },
    { 90, ExitReason::Completed, "", Situation::Studies, StudyType::FolkHighSchool, 1,
      "Godkända betyg i svenska och engelska från Komvux", true,
      { reached(Situation::Studies, StudyType::FolkHighSchool),
        reached(Situation::Studies, StudyType::FolkHighSchool) } },
    { 33, ExitReason::Completed, "", Situation::Employed, StudyType::None, 1, "Barnskötarutbildning med intyg", true,
      { reached(Situation::Employed), reached(Situation::Employed) } },
    { 30, ExitReason::Completed, "", Situation::JobSeeking, StudyType::None, 0, "", true,
      { reached(Situation::JobSeeking), reached(Situation::JobSeeking) } },
    { 28, ExitReason::Completed, "", Situation::Studies, StudyType::NationalProgramme, -1, "", true,
      { reached(Situation::Studies, StudyType::NationalProgramme),
        reached(Situation::Studies, StudyType::NationalProgramme) } },
    { 0, ExitReason::InError, "Dubbelregistrering: ungdomen fanns redan i registret.", Situation::NotKnown,
      StudyType::None, -1, "", true, { kNotReached, kNotReached } },
    { 60, ExitReason::OwnInitiative, "Fick jobb via en kompis och ville avsluta.", Situation::Employed, StudyType::None,
      -1, "", true, { kDeclined, kDeclined } },
    { 45, ExitReason::Completed, "", Situation::Studies, StudyType::IntroductionProgramme, -1, "", true,
      { reached(Situation::Studies, StudyType::IntroductionProgramme), reached(Situation::JobSeeking) } },
    { 14, ExitReason::Completed, "", Situation::Employed, StudyType::None, 1, "Yrkesbevis inom lager och logistik",
      true, { reached(Situation::Employed), reached(Situation::Employed) } },
    { 215, ExitReason::Completed, "", Situation::LabourMarketProgramme, StudyType::None, -1, "", true,
      { reached(Situation::LabourMarketProgramme), reached(Situation::Employed) } },
});

// The earlier periods of the youths who came back: one got a job that ended, one wanted a break.
constexpr auto kDemoEarlierExits = std::to_array<DemoExit>({
    { 0, ExitReason::Completed, "", Situation::Employed, StudyType::None, -1, "", true,
      { reached(Situation::Employed), reached(Situation::JobSeeking) } },
    { 0, ExitReason::OwnInitiative, "Ville ta en paus från allt ett tag.", Situation::NoOccupation, StudyType::None, -1,
      "", true, { kNotReached, reached(Situation::NoOccupation) } },
});
// clang-format on

constexpr auto kDemoUnanswered = std::to_array<const char*>({
    "Ringde, inget svar.",
    "Ringde, lämnade meddelande på röstbrevlådan.",
    "Skickade sms, inget svar.",
});

QString reachedNote(Situation situation)
{
    switch (situation) {
    case Situation::Employed:
        return QString::fromUtf8("Nådde hen på telefon. Jobbar kvar och trivs.");
    case Situation::SubsidisedEmployment:
        return QString::fromUtf8("Nådde hen. Har kvar anställningen med lönestöd.");
    case Situation::Studies:
        return QString::fromUtf8("Nådde hen på telefon. Studerar och tycker att det går bra.");
    case Situation::JobSeeking:
        return QString::fromUtf8("Nådde hen. Söker jobb och är inskriven på Arbetsförmedlingen.");
    case Situation::LabourMarketProgramme:
        return QString::fromUtf8("Nådde hen. Deltar i ett program via Arbetsförmedlingen.");
    case Situation::NoOccupation:
        return QString::fromUtf8("Nådde hen. Gör ingenting särskilt just nu, vet att hen kan höra av sig.");
    default:
        return QString::fromUtf8("Nådde hen på telefon.");
    }
}

ExitInput demoExitInput(const DemoExit& demo, const QDate& exitDate)
{
    ExitInput exit;
    exit.exitDate = exitDate;
    exit.reason = demo.reason;
    exit.reasonText = QString::fromUtf8(demo.reasonText);
    exit.situation = demo.situation;
    exit.studyType = demo.studyType;
    if (demo.qualification >= 0) {
        exit.qualification = demo.qualification == 1;
    }
    exit.qualificationText = QString::fromUtf8(demo.qualificationText);
    exit.followUpConsent = demo.followUpConsent;
    return exit;
}

QList<DemoExitWriter::FollowUpPlan> followUpPlans(const DemoExit& demo)
{
    return { demo.followUps.begin(), demo.followUps.end() };
}

int ageOn(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid()) {
        return 0;
    }
    int age = on.year() - birth.year();
    if (on < birth.addYears(age)) {
        --age;
    }
    return age;
}

} // namespace

DemoExitWriter::DemoExitWriter(Database& database, const QDate& today)
    : m_database(database)
    , m_base(std::min(today, Clock::today()))
    , m_rng(DemoSeeds::Enrolments)
    , m_enrolments(database)
    , m_followUps(database)
{
    const CentreSettings settings(database);
    m_offsets = settings.followUpOffsets();
    m_maxAttempts = std::max(1, settings.followUpAttempts());
}

QDate DemoExitWriter::exitDate(int ordinal, const QDate& start, const QDate& today)
{
    const DemoExit& demo = kDemoExits[size_t(ordinal) % kDemoExits.size()];
    if (demo.reason == ExitReason::InError) {
        return std::min(today, start.addDays(6)); // noticed within the week
    }
    return std::min(today, std::max(today.addDays(-demo.daysAgo), start.addDays(45)));
}

bool DemoExitWriter::registeredInError(int ordinal)
{
    return ordinal >= 0 && kDemoExits[size_t(ordinal) % kDemoExits.size()].reason == ExitReason::InError;
}

Result<void> DemoExitWriter::writeEarlierPeriods(const QList<DemoContactHolder>& holders)
{
    int ordinal = 0;
    for (const DemoContactHolder& holder : holders) {
        if (!holder.earlierStart.isValid() || !holder.earlierEnd.isValid()) {
            continue;
        }
        const DemoExit& demo = kDemoEarlierExits[size_t(ordinal) % kDemoEarlierExits.size()];
        if (Result<void> exited
            = writeExit(holder.youthId, demoExitInput(demo, holder.earlierEnd), followUpPlans(demo));
            !exited) {
            return exited;
        }
        QSqlQuery youth(m_database.connection());
        youth.prepare(QStringLiteral("SELECT referral_source, birth_date FROM youth WHERE id = ?"));
        youth.addBindValue(holder.youthId);
        if (!youth.exec() || !youth.next()) {
            return fail(youth.lastError().text());
        }
        EnrolmentRepository::Enrolment enrolment;
        enrolment.startDate = holder.startDate;
        enrolment.mentorId = holder.mentorId;
        enrolment.referralSource = Vocabulary::referralSourceFromCode(youth.value(0).toString());
        enrolment.entry
            = entrySituation(ageOn(QDate::fromString(youth.value(1).toString(), Qt::ISODate), holder.startDate), 0);
        if (const Result<qint64> enrolled = m_enrolments.enrol(holder.youthId, enrolment); !enrolled.ok()) {
            return fail(enrolled.message());
        }
        ++ordinal;
    }
    return success();
}

Result<void> DemoExitWriter::writeExits(const QList<DemoContactHolder>& holders)
{
    for (const DemoContactHolder& holder : holders) {
        if (holder.status != YouthStatus::Exited || holder.exitOrdinal < 0) {
            continue;
        }
        const DemoExit& demo = kDemoExits[size_t(holder.exitOrdinal) % kDemoExits.size()];
        if (Result<void> exited = writeExit(holder.youthId, demoExitInput(demo, holder.exitOn), followUpPlans(demo));
            !exited) {
            return exited;
        }
    }
    return writeEntrySituations();
}

Result<void> DemoExitWriter::writeExit(qint64 youthId, const ExitInput& input, const QList<FollowUpPlan>& followUps)
{
    ExitInput exit = input;
    if (Result<void> closed = closeOpenWork(youthId, exit); !closed) {
        return closed;
    }
    const Result<qint64> written = m_enrolments.exit(youthId, exit, m_offsets);
    if (!written.ok()) {
        return fail(written.message());
    }
    return writeFollowUps(youthId, *written, followUps);
}

// The steps still open at the exit, as the mentor closes them in the exit dialog: those a youth who completed was
// working on are done, the rest cancelled; the same for interventions under way.
Result<void> DemoExitWriter::closeOpenWork(qint64 youthId, ExitInput& exit)
{
    const bool completed = exit.reason == ExitReason::Completed;
    QSqlQuery steps(m_database.connection());
    steps.prepare(QStringLiteral("SELECT st.id, st.due_date FROM plan_step st JOIN action_plan p ON p.id = st.plan_id "
                                 "WHERE p.youth_id = ? AND p.frozen_at IS NULL AND st.status IN ('planned', 'ongoing') "
                                 "ORDER BY st.position"));
    steps.addBindValue(youthId);
    if (!steps.exec()) {
        return fail(steps.lastError().text());
    }
    while (steps.next()) {
        const QDate due = QDate::fromString(steps.value(1).toString(), Qt::ISODate);
        exit.steps.append(
            { steps.value(0).toLongLong(), completed && due.isValid() && due <= exit.exitDate.addDays(14) });
    }
    QSqlQuery participations(m_database.connection());
    participations.prepare(QStringLiteral("SELECT id FROM participation WHERE youth_id = ? AND status IN ('proposed', "
                                          "'ongoing') ORDER BY id"));
    participations.addBindValue(youthId);
    if (!participations.exec()) {
        return fail(participations.lastError().text());
    }
    while (participations.next()) {
        exit.participations.append({ participations.value(0).toLongLong(), completed });
    }
    return success();
}

// Follow-ups not yet due stay open; those due in the last week too (on Today, overdue by a few days, some tried
// once); the older ones were done, not reached after the attempts the centre asks for, or declined.
Result<void> DemoExitWriter::writeFollowUps(qint64 youthId, qint64 exitId, const QList<FollowUpPlan>& plans)
{
    const Result<QList<FollowUp>> read = m_followUps.followUps(youthId);
    if (!read.ok()) {
        return fail(read.message());
    }
    int index = 0;
    for (const FollowUp& followUp : *read) {
        if (followUp.exitId != exitId) {
            continue;
        }
        const FollowUpPlan plan = plans.isEmpty() ? FollowUpPlan() : plans.value(index, plans.last());
        ++index;
        if (followUp.status != FollowUpStatus::Open || followUp.dueOn > m_base) {
            continue;
        }
        Result<void> written = success();
        if (followUp.dueOn >= m_base.addDays(-7)) {
            if (followUp.dueOn <= m_base.addDays(-4)) {
                written = attempt(followUp.id, workday(followUp.dueOn.addDays(1)), FollowUpChannel::Phone,
                                  AttemptResult::NoAnswer, QString::fromUtf8(kDemoUnanswered[0]));
            }
        } else if (plan.fate == Fate::Reached) {
            written = reach(followUp, plan);
        } else if (plan.fate == Fate::NotReached) {
            written = notReached(followUp);
        } else {
            written = attempt(followUp.id, workday(followUp.dueOn.addDays(1)), FollowUpChannel::Phone,
                              AttemptResult::Declined,
                              QString::fromUtf8("Nådde hen, men hen ville inte svara på frågorna."));
        }
        if (!written) {
            return written;
        }
    }
    return success();
}

// Reached on the first call, or after a call without answer.
Result<void> DemoExitWriter::reach(const FollowUp& followUp, const FollowUpPlan& plan)
{
    QDate on = workday(followUp.dueOn.addDays(m_rng.bounded(3)));
    if (m_rng.bounded(3) == 0) {
        if (Result<void> tried = attempt(followUp.id, on, FollowUpChannel::Phone, AttemptResult::NoAnswer,
                                         QString::fromUtf8(kDemoUnanswered[0]));
            !tried) {
            return tried;
        }
        on = workday(on.addDays(2 + m_rng.bounded(3)));
    }
    const FollowUpChannel channel = m_rng.bounded(5) == 0 ? FollowUpChannel::Sms : FollowUpChannel::Phone;
    return attempt(followUp.id, on, channel, AttemptResult::Reached, reachedNote(plan.situation), plan.situation,
                   plan.studyType);
}

// Two calls (a message left on the second) and a text over about ten days, none answered; then closed as not
// reached.
Result<void> DemoExitWriter::notReached(const FollowUp& followUp)
{
    static constexpr std::array<FollowUpChannel, 3> channels { FollowUpChannel::Phone, FollowUpChannel::Phone,
                                                               FollowUpChannel::Sms };
    static constexpr std::array<AttemptResult, 3> results { AttemptResult::NoAnswer, AttemptResult::MessageLeft,
                                                            AttemptResult::NoAnswer };
    for (int a = 0; a < std::max(3, m_maxAttempts); ++a) {
        const size_t k = size_t(a % 3);
        if (Result<void> tried = attempt(followUp.id, workday(followUp.dueOn.addDays(4 * a)), channels[k], results[k],
                                         QString::fromUtf8(kDemoUnanswered[k]));
            !tried) {
            return tried;
        }
    }
    if (const Result<void> closed = m_followUps.closeNotReached(followUp.id, m_maxAttempts); !closed) {
        return fail(closed.message());
    }
    return success();
}

Result<void> DemoExitWriter::attempt(qint64 followUpId, const QDate& on, FollowUpChannel channel, AttemptResult result,
                                     const QString& note, const std::optional<Situation>& situation,
                                     StudyType studyType)
{
    AttemptInput input;
    input.on = on;
    input.channel = channel;
    input.result = result;
    input.note = note;
    input.situation = situation;
    input.studyType = studyType;
    if (const Result<void> recorded = m_followUps.recordAttempt(followUpId, input); !recorded) {
        return fail(recorded.message());
    }
    return success();
}

// The situation at entry, as the mentor asked at the first meetings; one period in eight not yet asked.
Result<void> DemoExitWriter::writeEntrySituations()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT p.id, y.birth_date, p.start_date FROM enrolment_period p "
                                   "JOIN youth y ON y.id = p.youth_id WHERE p.labour_situation = '' ORDER BY p.id"))) {
        return fail(query.lastError().text());
    }
    QList<std::pair<qint64, int>> periods; // id, age at the start
    while (query.next()) {
        periods.append({ query.value(0).toLongLong(),
                         ageOn(QDate::fromString(query.value(1).toString(), Qt::ISODate),
                               QDate::fromString(query.value(2).toString(), Qt::ISODate)) });
    }
    query.finish();
    int ordinal = 0;
    for (const auto& [periodId, age] : std::as_const(periods)) {
        if (ordinal++ % 8 == 5) {
            continue;
        }
        if (const Result<void> updated = m_enrolments.updateEntry(periodId, entrySituation(age, ordinal), false);
            !updated) {
            return fail(updated.message());
        }
    }
    return success();
}

// Young people who came to a youth centre: the youngest left school without completing it and live at home, the
// older ones are registered at the employment service and live on activity support or social assistance.
EntrySituation DemoExitWriter::entrySituation(int age, int ordinal)
{
    const auto pick = [this](const auto& values) {
        return values[size_t(m_rng.bounded(int(values.size())))];
    };
    EntrySituation entry;
    if (age < 18) {
        entry.labour = pick(std::array { LabourSituation::UnemployedUnregistered, LabourSituation::Inactive,
                                         LabourSituation::Inactive });
        entry.education = pick(
            std::array { Education::CompulsoryIncomplete, Education::Compulsory, Education::UpperSecondaryIncomplete });
        entry.income = pick(std::array { Income::None, Income::None, Income::StudyAllowance });
    } else if (age < 20) {
        entry.labour = pick(std::array { LabourSituation::UnemployedUnregistered, LabourSituation::UnemployedRegistered,
                                         LabourSituation::Inactive });
        entry.education = pick(std::array { Education::CompulsoryIncomplete, Education::Compulsory,
                                            Education::UpperSecondaryIncomplete, Education::UpperSecondaryIncomplete });
        entry.income = pick(std::array { Income::None, Income::SocialAssistance, Income::ActivityCompensation });
    } else {
        entry.labour = pick(std::array { LabourSituation::UnemployedRegistered, LabourSituation::UnemployedRegistered,
                                         LabourSituation::UnemployedUnregistered, LabourSituation::Inactive,
                                         LabourSituation::Employed });
        entry.education
            = pick(std::array { Education::Compulsory, Education::UpperSecondaryIncomplete, Education::UpperSecondary,
                                Education::UpperSecondary, Education::PostSecondary });
        entry.income = pick(std::array { Income::ActivitySupport, Income::ActivitySupport, Income::SocialAssistance,
                                         Income::SicknessBenefit, Income::ActivityCompensation });
    }
    entry.timeWithout = pick(std::array { TimeWithout::Under6Months, TimeWithout::SixTo12Months,
                                          TimeWithout::Over12Months, TimeWithout::Over12Months });
    if (entry.labour == LabourSituation::Employed) {
        entry.income = Income::Wage; // a few hours a week
        entry.timeWithout = TimeWithout::NotKnown;
    }
    if (ordinal % 6 == 4) {
        entry.income = Income::NotKnown; // not asked at the first meeting
    }
    return entry;
}

QDate DemoExitWriter::workday(const QDate& day) const
{
    QDate result = day;
    while (result.dayOfWeek() > 5) {
        result = result.addDays(1);
    }
    return std::min(result, m_base);
}

} // namespace lotsen
