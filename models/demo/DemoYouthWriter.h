#pragma once

#include "core/Result.h"
#include "demo/DemoHolders.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

namespace lotsen {

class Database;
class DemoStaffWriter;
class YouthRepository;
struct Youth;

// The demo's sixty youths, such as a mentor could recognise from a real drop-in centre in the Gothenburg area,
// written through YouthRepository (so with the UI's rules and history): prospects, active, paused and exited
// youths, some of them enrolled, paused or handed over by a status or mentor change that their timeline shows.
// Youths who end exited are saved as active (DemoExitWriter records their exits); two active youths are saved
// from an earlier period, which DemoExitWriter ends before enrolling them again.
class DemoYouthWriter
{
public:
    DemoYouthWriter(Database& database, const DemoStaffWriter& staff, const QDate& today);

    Result<void> write();

    // What the plans, the timeline and the partners need to know about the youths written.
    const QList<DemoPlanHolder>& planHolders() const { return m_planHolders; }
    const QList<DemoContactHolder>& contactHolders() const { return m_contactHolders; }

private:
    // The state of one youth between the steps that make it up.
    struct Draft;

    Result<void> writeYouth(YouthRepository& youths, int index);
    void assignTestNumber(Youth& youth);
    void assignPlace(Youth& youth, int index, bool numberKnown);
    QDate startDate(YouthStatus status);
    void assignMentor(Draft& draft, int index);
    void chooseEarlierPeriod(Draft& draft);
    Result<void> save(YouthRepository& youths, Draft& draft, int index);
    DemoContactHolder history(const Draft& draft, int index);

    Database& m_database;
    const DemoStaffWriter& m_staff;
    const QDate m_today;
    QRandomGenerator m_rng;
    // The dates of each youth's history come from a generator of their own, so the youths stay as they were.
    QRandomGenerator m_historyRng;
    QSet<QString> m_usedNumbers;
    int m_prospects = 0;
    int m_exited = 0;
    int m_actives = 0;
    int m_handovers = 0;
    int m_exitOrdinal = 0;
    int m_reenrolled = 0;
    QList<DemoPlanHolder> m_planHolders;
    QList<DemoContactHolder> m_contactHolders;
};

} // namespace lotsen
