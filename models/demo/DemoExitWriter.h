#pragma once

#include "core/Result.h"
#include "demo/DemoHolders.h"
#include "enrolment/Enrolment.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/FollowUpRepository.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace lotsen {

class Database;

// The demo's participation periods, written through EnrolmentRepository and FollowUpRepository (so with the
// program's rules, frozen plans and follow-ups): a quarter of the youths exited, mostly as planned (into work,
// studies or job seeking), some after losing contact, moving or on their own initiative, one registered in error;
// their follow-ups done, not reached after three unanswered attempts, due today or a few days overdue, or not yet
// due; two youths who came back for a second period; and the situation at entry of most periods.
class DemoExitWriter
{
public:
    DemoExitWriter(Database& database, const QDate& today);

    // What becomes of a follow-up once it is long due (the ones due in the last week stay open, for Today).
    enum class Fate { Reached, NotReached, Declined };
    struct FollowUpPlan
    {
        Fate fate = Fate::Reached;
        Situation situation = Situation::NotKnown; // when reached
        StudyType studyType = StudyType::None;
    };

    // The exit date of the demo's `ordinal`-th exited youth, who started on `start`: a few are recent enough for
    // a follow-up due today or a few days overdue. DemoYouthWriter dates the youth's history by it.
    static QDate exitDate(int ordinal, const QDate& start, const QDate& today);
    // The exit of that youth was "registered in error": no plan was ever made for them.
    static bool registeredInError(int ordinal);

    // Before the plans: each re-enrolled youth's earlier period (saved as active from `earlierStart`) ends on
    // `earlierEnd`, its follow-ups are done, and the youth is enrolled again from `startDate`.
    Result<void> writeEarlierPeriods(const QList<DemoContactHolder>& holders);
    // After the plans, before the meeting place and the contacts: the exits of the exited youths (saved as active
    // until now), their follow-ups and attempts; then the situation at entry of most periods.
    Result<void> writeExits(const QList<DemoContactHolder>& holders);

private:
    Result<void> writeExit(qint64 youthId, const ExitInput& exit, const QList<FollowUpPlan>& followUps);
    Result<void> closeOpenWork(qint64 youthId, ExitInput& exit);
    Result<void> writeFollowUps(qint64 youthId, qint64 exitId, const QList<FollowUpPlan>& plans);
    Result<void> reach(const FollowUp& followUp, const FollowUpPlan& plan);
    Result<void> notReached(const FollowUp& followUp);
    Result<void> attempt(qint64 followUpId, const QDate& on, FollowUpChannel channel, AttemptResult result,
                         const QString& note, const std::optional<Situation>& situation = std::nullopt,
                         StudyType studyType = StudyType::None);
    Result<void> writeEntrySituations();
    EntrySituation entrySituation(int age, int ordinal);
    // A weekday on or after `day`, but never after the demo's today.
    QDate workday(const QDate& day) const;

    Database& m_database;
    const QDate m_base; // the demo's today, never later than the repositories' today
    QRandomGenerator m_rng;
    EnrolmentRepository m_enrolments;
    FollowUpRepository m_followUps;
    QStringList m_offsets;
    int m_maxAttempts = 3;
};

} // namespace lotsen
