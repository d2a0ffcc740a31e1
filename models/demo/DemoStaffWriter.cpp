#include "demo/DemoStaffWriter.h"

#include "access/StaffRepository.h"

#include <array>

namespace lotsen {

namespace {

constexpr auto kDemoMentors = std::to_array<const char*>({
    "Karin Ekström",
    "Daniel Bergqvist",
    "Leila Haddad",
    "Jonas Åkesson",
    "Petra Lundgren",
});
static_assert(kDemoMentors.size() == DemoStaffWriter::ActiveMentors + 1);

} // namespace

DemoStaffWriter::DemoStaffWriter(Database& database) : m_database(database) { }

Result<void> DemoStaffWriter::write()
{
    // Through the repository, so that the demo obeys the same rules (and writes the same history) as the UI.
    StaffRepository staff(m_database);
    for (const char* name : kDemoMentors) {
        const Result<qint64> id = staff.add(QString::fromUtf8(name));
        if (!id) {
            return id.error();
        }
        m_mentorIds.append(*id);
    }
    return success();
}

Result<void> DemoStaffWriter::retireFormerMentor()
{
    return StaffRepository(m_database).setActive(formerMentorId(), false);
}

} // namespace lotsen
