#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lotsen {

class Database;

// Fills a database with sample data: realistic demo youths, or many synthetic ones for the benchmark. The entry
// points of the demo library; each part is written by a class of its own (DemoStaffWriter, DemoYouthWriter,
// DemoExitWriter, DemoPlanWriter, DemoMeetingPlaceWriter, DemoPartnerWriter, DemoContactWriter,
// SyntheticDataWriter).
// Only Skatteverket's test personal numbers (births 2000-2009, serials 238 and 239) are ever used.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    // About sixty youths and five mentors, written through the repositories (so with the UI's rules and history),
    // an action plan for every active youth (some revised into two or three versions, some signed, some with
    // overdue steps or reviews), a quarter of the youths exited with their follow-ups (some done, some not
    // reached, one due today), two re-enrolled youths, and the centre's name. Ages and dates are relative to `today`,
    // which should be Clock::today() (plans cannot be signed later than that). Expects a new, empty database; the
    // result is the same on every run.
    static Result<void> writeDemo(Database& database, const QDate& today);
    static constexpr int DefaultContactsPerYouth = 20;
    // `count` youths marked 'GENERERAD TESTDATA' and twenty mentors, with bulk INSERTs in one transaction, plus
    // `contactsPerYouth` contacts each (some youths drifting out of contact, some with unanswered attempts or a
    // passed planned contact), the youth summary columns as ContactRepository keeps them, a current action plan
    // for most active and paused youths, pause end dates, an enrolment period for every participant, and for the
    // quarter who have exited an exit with follow-ups (done, not reached or open, some due). Expects an empty
    // register: the same seed would repeat the personal numbers of an earlier run.
    static Result<void> writeSynthetic(Database& database, int count, int contactsPerYouth = DefaultContactsPerYouth);

private:
    static Result<void> writeDemoParts(Database& database, const QDate& today);
};

} // namespace lotsen
