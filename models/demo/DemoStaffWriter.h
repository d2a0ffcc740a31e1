#pragma once

#include "core/Result.h"

#include <QList>

namespace lotsen {

class Database;

// The demo's staff: four active mentors and one who has left (she keeps only exited youths, as after a real
// hand-over). The accounts that go with them are the application's business (DemoDatabase).
class DemoStaffWriter
{
public:
    explicit DemoStaffWriter(Database& database);

    // Adds all five as active: the one who has left still takes youths while they are written.
    Result<void> write();
    // Marks the mentor who has left as no longer active, once everything that refers to her is written.
    Result<void> retireFormerMentor();

    QList<qint64> activeMentorIds() const { return m_mentorIds.mid(0, ActiveMentors); }
    qint64 mentorId(int index) const { return m_mentorIds.at(index); }
    qint64 formerMentorId() const { return m_mentorIds.at(ActiveMentors); }

    static constexpr int ActiveMentors = 4;

private:
    Database& m_database;
    QList<qint64> m_mentorIds;
};

} // namespace lotsen
