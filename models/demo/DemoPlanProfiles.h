#pragma once

#include "plans/ActionPlan.h"
#include "youth/Youth.h"

#include <QList>
#include <QString>

#include <array>

namespace lotsen {

// A step as a profile proposes it. `startDay` counts from the date of the plan's first version; a step that a
// later revision adds starts no earlier than that revision.
struct DemoStep
{
    const char* description;
    StepResponsible responsible;
    const char* partner; // the named partner when responsible is Other, otherwise ""
    int startDay;
    int days; // from the start date to the due date
    const char* outcome; // written when the step is done; may be ""
};

struct DemoPlanProfile
{
    const char* myGoal;
    const char* strengths;
    const char* supportNeeds;
    const char* wishes;
    const char* longTermGoal; // may be ""
    const char* notes; // may be ""
    std::array<const char*, 2> followUps; // what the second and the third version add to the notes
    std::array<DemoStep, 6> steps; // in the order they are added to the plan
};

// Twelve action plans such as a mentor and a young person write them together, in the youth's own words, and
// which of them fits a youth. Nothing about health.
class DemoPlanProfiles
{
public:
    static constexpr int Count = 12;
    using Usage = std::array<int, Count>; // how many youths have each profile so far

    static const DemoPlanProfile& profile(int index);
    // Why a step was cancelled, in the plan's own words.
    static QString cancelledOutcome(int roll);
    // Which profile fits a youth: what the youth's age allows (Komvux from twenty, folk high school from
    // eighteen) and, for a few, a target group. Among those that fit, the least used one, so that the plans vary.
    static int choose(int age, const QList<TargetGroup>& groups, int ordinal, Usage& used);
};

} // namespace lotsen
