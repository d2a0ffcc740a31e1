#pragma once

#include "core/Result.h"
#include "demo/DemoHolders.h"
#include "demo/DemoPlanProfiles.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace lotsen {

class Database;
class PlanRepository;

// The demo's action plans. Every active youth gets a plan, some revised once or twice; paused and exited youths
// keep the plan they had (an exited youth's plan stops at the exit, which then freezes it). Dates are relative to
// `today`: the first version at the first meetings, revisions every six to twelve weeks, the current one within the
// last ten weeks. Some reviews are overdue or due today, so the Today view has work.
class DemoPlanWriter
{
public:
    DemoPlanWriter(Database& database, const QDate& today);

    Result<void> write(const QList<DemoPlanHolder>& holders);

private:
    // The dates of a plan's versions, oldest first, and how many steps each has.
    struct Versions
    {
        QList<QDate> dates;
        QList<int> stepCounts;
    };
    // One version being written: which, of which plan, for whom.
    struct Version
    {
        qint64 planId = 0;
        qsizetype index = 0;
        bool current = false;
    };

    Result<void> writePlan(PlanRepository& plans, const DemoPlanHolder& holder, int ordinal);
    Versions versions(const DemoPlanHolder& holder, int ordinal);
    Result<void> writeVersion(PlanRepository& plans, const DemoPlanHolder& holder, int ordinal,
                              const DemoPlanProfile& profile, const Versions& versions, const Version& version);
    QDate nextReview(const DemoPlanHolder& holder, int ordinal, const Versions& versions, const Version& version);

    Database& m_database;
    const QDate m_today;
    QRandomGenerator m_rng;
    int m_reviewWeeks = 0;
    QDate m_signLimit;
    DemoPlanProfiles::Usage m_profilesUsed {};
};

} // namespace lotsen
