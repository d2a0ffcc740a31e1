#include "demo/DemoDataGenerator.h"

#include "core/CentreSettings.h"
#include "core/Database.h"
#include "demo/DemoContactWriter.h"
#include "demo/DemoExitWriter.h"
#include "demo/DemoMeetingPlaceWriter.h"
#include "demo/DemoPartnerWriter.h"
#include "demo/DemoPlanWriter.h"
#include "demo/DemoStaffWriter.h"
#include "demo/DemoYouthWriter.h"
#include "demo/SyntheticDataWriter.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace lotsen {

Result<void> DemoDataGenerator::writeDemo(Database& database, const QDate& today)
{
    if (!database.isOpen()) {
        return fail(tr("The demo database is not open."));
    }
    if (!today.isValid()) {
        return fail(tr("The demo data needs a valid date."));
    }
    // A thousand small transactions (every contact is one, as in the UI) would each wait for the disk. A demo file
    // that is half written is removed anyway, so it need not survive a power cut while it is being made.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const auto durable = qScopeGuard(
        [&database] { QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = FULL")); });
    return writeDemoParts(database, today);
}

// The parts in the order they depend on each other. Each draws from a random sequence of its own, so that a
// change in one part leaves the others as they were.
Result<void> DemoDataGenerator::writeDemoParts(Database& database, const QDate& today)
{
    DemoStaffWriter staff(database);
    if (Result<void> written = staff.write(); !written) {
        return written;
    }
    DemoYouthWriter youths(database, staff, today);
    if (Result<void> written = youths.write(); !written) {
        return written;
    }
    // Before the plans, so that a youth who came back has a plan of the new period only.
    DemoExitWriter exits(database, today);
    if (Result<void> written = exits.writeEarlierPeriods(youths.contactHolders()); !written) {
        return written;
    }
    // The name on printed plans and documents.
    // The project the reports count for: started two years back, planned for 120 participants.
    if (const Result<void> named = CentreSettings(database).save(
            { { CentreSettings::Key::CentreName, QStringLiteral("Mötesplats Hisingen") },
              { CentreSettings::Key::ProjectName, QStringLiteral("Vägen vidare (ESF)") },
              { CentreSettings::Key::ProjectStart, QDate(today.year() - 2, 1, 1).toString(Qt::ISODate) },
              { CentreSettings::Key::ProjectEnd, QDate(today.year() + 1, 12, 31).toString(Qt::ISODate) },
              { CentreSettings::Key::PlannedParticipants, 120 } });
        !named) {
        return named;
    }
    if (Result<void> written = DemoPlanWriter(database, today).write(youths.planHolders()); !written) {
        return written;
    }
    // After the plans, which the exits freeze; before the meeting place, which has only active youths visit.
    if (Result<void> written = exits.writeExits(youths.contactHolders()); !written) {
        return written;
    }
    if (Result<void> written = DemoMeetingPlaceWriter(database, today, staff.activeMentorIds()).write(); !written) {
        return written;
    }
    // Before the contacts, so that calls to relatives find the consents they rely on.
    if (Result<void> written
        = DemoPartnerWriter(database, today, staff.activeMentorIds()).write(youths.contactHolders());
        !written) {
        return written;
    }
    // After the meeting place, so that the youths it gave visits keep a regular rhythm and the others can drift.
    if (Result<void> written = DemoContactWriter(database, today).write(youths.contactHolders()); !written) {
        return written;
    }
    return staff.retireFormerMentor();
}

Result<void> DemoDataGenerator::writeSynthetic(Database& database, int count, int contactsPerYouth)
{
    if (!database.isOpen()) {
        return fail(tr("The database is not open."));
    }
    if (count < 0) {
        return fail(tr("The number of youths cannot be negative."));
    }
    if (contactsPerYouth < 0 || contactsPerYouth > 1000) {
        return fail(tr("The number of contacts per youth must be between 0 and 1000."));
    }
    return SyntheticDataWriter(database, count, contactsPerYouth).write();
}

} // namespace lotsen
