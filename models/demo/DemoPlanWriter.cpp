#include "demo/DemoPlanWriter.h"

#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "demo/DemoSeeds.h"
#include "plans/PlanRepository.h"

#include <algorithm>
#include <optional>

namespace lotsen {

namespace {

// Appends the profile's next steps up to `count`, dated from the plan's first version.
void addDemoSteps(ActionPlan& plan, const DemoPlanProfile& profile, int count, const QDate& firstPlanDate)
{
    for (qsizetype i = plan.steps.size(); i < count; ++i) {
        const DemoStep& demo = profile.steps[size_t(i)];
        PlanStep step;
        step.description = QString::fromUtf8(demo.description);
        step.responsible = demo.responsible;
        step.responsibleName = QString::fromUtf8(demo.partner);
        step.startDate = std::max(firstPlanDate.addDays(demo.startDay), plan.planDate);
        step.dueDate = step.startDate.addDays(demo.days);
        plan.steps.append(step);
    }
}

// Brings the steps up to `asOf`: a step that has ended is done or, now and then, cancelled. With `leaveOverdue`
// (the current version of some active youths' plans) every other one is left unfinished after its due date:
// overdue, for the mentor to follow up and for the highlight to show.
void progressDemoSteps(ActionPlan& plan, const DemoPlanProfile& profile, const QDate& asOf, bool leaveOverdue, int salt)
{
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        PlanStep& step = plan.steps[i];
        const int roll = salt + int(i);
        if (step.status == StepStatus::Done || step.status == StepStatus::Cancelled) {
            continue;
        }
        if (step.startDate > asOf) {
            step.status = StepStatus::Planned;
        } else if (step.dueDate >= asOf) {
            step.status = StepStatus::Ongoing;
        } else if (leaveOverdue && roll % 2 == 0) {
            step.status = i % 2 == 0 ? StepStatus::Ongoing : StepStatus::Planned;
        } else if (roll % 11 == 5) {
            step.status = StepStatus::Cancelled;
            step.outcome = DemoPlanProfiles::cancelledOutcome(roll);
        } else {
            step.status = StepStatus::Done;
            step.outcome = QString::fromUtf8(profile.steps[size_t(i)].outcome);
        }
    }
}

} // namespace

DemoPlanWriter::DemoPlanWriter(Database& database, const QDate& today)
    : m_database(database), m_today(today), m_rng(DemoSeeds::Plans)
{
}

Result<void> DemoPlanWriter::write(const QList<DemoPlanHolder>& holders)
{
    PlanRepository plans(m_database);
    m_reviewWeeks = CentreSettings(m_database).planReviewWeeks();
    // A plan cannot be signed after the repository's today.
    m_signLimit = std::min(m_today, Clock::today());
    int ordinal = 0;
    for (const DemoPlanHolder& holder : holders) {
        if (Result<void> written = writePlan(plans, holder, ordinal++); !written) {
            return written;
        }
    }
    return success();
}

Result<void> DemoPlanWriter::writePlan(PlanRepository& plans, const DemoPlanHolder& holder, int n)
{
    const DemoPlanProfile& profile
        = DemoPlanProfiles::profile(DemoPlanProfiles::choose(holder.age, holder.groups, n, m_profilesUsed));
    const Versions dated = versions(holder, n);
    const auto created = plans.create(holder.youthId, holder.mentorId, dated.dates.first(), m_reviewWeeks);
    if (!created.ok()) {
        return fail(created.message());
    }
    qint64 planId = *created;
    for (qsizetype k = 0; k < dated.dates.size(); ++k) {
        if (k > 0) {
            const auto revised = plans.revise(planId, holder.mentorId, dated.dates.at(k), m_reviewWeeks);
            if (!revised.ok()) {
                return fail(revised.message());
            }
            planId = *revised;
        }
        const Version version { planId, k, k == dated.dates.size() - 1 };
        if (Result<void> written = writeVersion(plans, holder, n, profile, dated, version); !written) {
            return written;
        }
    }
    return success();
}

DemoPlanWriter::Versions DemoPlanWriter::versions(const DemoPlanHolder& holder, int n)
{
    Versions result;
    QList<QDate>& dates = result.dates;
    const QDate earliest = std::min(holder.startDate.addDays(5), m_today);
    if (holder.status != YouthStatus::Active) {
        dates.append(std::min(holder.startDate.addDays(7 + m_rng.bounded(10)), m_today));
        result.stepCounts = { 3 + n % 3 };
        return result;
    }
    const int wanted = n % 5 == 2 ? 3 : n % 3 == 1 ? 2 : 1;
    dates.append(std::max(earliest, m_today.addDays(-2 - m_rng.bounded(70))));
    while (dates.size() < wanted) {
        const QDate before = dates.first().addDays(-35 - m_rng.bounded(50));
        if (before < earliest) {
            break;
        }
        dates.prepend(before);
    }
    switch (dates.size()) {
    case 1:
        result.stepCounts = { 2 + n % 5 };
        break;
    case 2:
        result.stepCounts = { 3, 5 };
        break;
    default:
        result.stepCounts = { 2, 4, 6 };
        break;
    }
    return result;
}

Result<void> DemoPlanWriter::writeVersion(PlanRepository& plans, const DemoPlanHolder& holder, int n,
                                          const DemoPlanProfile& profile, const Versions& versions,
                                          const Version& version)
{
    const qsizetype k = version.index;
    const QDate date = versions.dates.at(k);
    const bool active = holder.status == YouthStatus::Active;
    std::optional<ActionPlan> plan = plans.load(version.planId).valueOr(std::nullopt);
    if (!plan) {
        return fail(QStringLiteral("demo plan"));
    }
    if (k == 0) {
        plan->myGoal = QString::fromUtf8(profile.myGoal);
        plan->strengths = QString::fromUtf8(profile.strengths);
        plan->supportNeeds = QString::fromUtf8(profile.supportNeeds);
        plan->wishes = QString::fromUtf8(profile.wishes);
        plan->longTermGoal = QString::fromUtf8(profile.longTermGoal);
        plan->notes = QString::fromUtf8(profile.notes);
    } else {
        const QString followUp
            = QString::fromUtf8("Uppföljning %1: %2")
                  .arg(date.toString(Qt::ISODate), QString::fromUtf8(profile.followUps[size_t(k - 1)]));
        plan->notes = plan->notes.isEmpty() ? followUp : plan->notes + u'\n' + followUp;
    }
    // The version's own date for the frozen ones: they record what was agreed then.
    addDemoSteps(*plan, profile, versions.stepCounts.at(k), versions.dates.first());
    // One active youth in three has let a step slip past its due date. An exited youth's plan stops at the exit.
    const QDate asOf = holder.exitOn.isValid() ? std::min(m_today, holder.exitOn) : m_today;
    progressDemoSteps(*plan, profile, version.current ? asOf : date, version.current && active && n % 3 == 0, n);
    plan->nextReview = nextReview(holder, n, versions, version);
    const auto saved = plans.save(*plan);
    if (!saved.ok()) {
        return fail(saved.message());
    }

    // Paper signatures a few days after the meeting; some current plans are not signed yet.
    const bool sign = !version.current ? (n + int(k)) % 6 != 5 : !active || (n % 3 != 2 && date <= m_today.addDays(-3));
    const QDate signedOn = date.addDays(m_rng.bounded(4));
    if (sign && signedOn <= m_signLimit && (version.current || signedOn < versions.dates.at(k + 1))) {
        const auto signedResult = plans.markSigned(version.planId, signedOn);
        if (!signedResult.ok()) {
            return fail(signedResult.message());
        }
    }
    return success();
}

QDate DemoPlanWriter::nextReview(const DemoPlanHolder& holder, int n, const Versions& versions, const Version& version)
{
    const QDate date = versions.dates.at(version.index);
    if (!version.current) {
        return versions.dates.at(version.index + 1); // the review at which it was revised
    }
    if (holder.status == YouthStatus::Exited) {
        return {};
    }
    if (holder.status == YouthStatus::Paused) {
        return m_today.addDays(20 + m_rng.bounded(40));
    }
    if (date <= m_today.addDays(-14) && n % 4 == 1) {
        return std::max(date.addDays(7), m_today.addDays(-1 - m_rng.bounded(20)));
    }
    if (date <= m_today.addDays(-14) && n % 9 == 4) {
        return m_today;
    }
    return m_today.addDays(5 + m_rng.bounded(40));
}

} // namespace lotsen
