#include "demo/DemoMeetingPlaceWriter.h"

#include "contacts/ContactRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "demo/DemoSeeds.h"
#include "meetingplace/MeetingPlaceRepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace lotsen {

namespace {

struct DemoActivity
{
    const char* title;
    const char* place;
};

constexpr auto kDemoActivities = std::to_array<DemoActivity>({
    { "Studiebesök på Komvux", "Komvux Centrum" },
    { "Föreläsning: Må bra i vardagen", "Mötesplatsen" },
    { "Workshop: CV och personligt brev", "Mötesplatsen" },
    { "Fika och spelkväll", "Mötesplatsen" },
    { "Studiebesök på Arbetsförmedlingen", "Arbetsförmedlingen, Storgatan 4" },
    { "Matlagning tillsammans", "Mötesplatsens kök" },
});

} // namespace

DemoMeetingPlaceWriter::DemoMeetingPlaceWriter(Database& database, const QDate& today, const QList<qint64>& staffIds)
    : m_database(database), m_today(today), m_staffIds(staffIds), m_now(Clock::now()), m_rng(DemoSeeds::MeetingPlace)
{
}

Result<void> DemoMeetingPlaceWriter::write()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM youth WHERE status IN ('active', 'prospect') ORDER BY id"))) {
        return fail(query.lastError().text());
    }
    while (query.next()) {
        m_youthIds.append(query.value(0).toLongLong());
    }
    if (m_youthIds.isEmpty() || m_staffIds.isEmpty()) {
        return success();
    }
    // About a third of the youths come to the drop-in; the rest only meet their mentor.
    for (int i = 0; i < m_youthIds.size(); i += 3) {
        m_regulars.append(m_youthIds.at(i));
    }
    ContactRepository contacts(m_database);
    MeetingPlaceRepository meetingPlace(m_database, contacts);
    for (int back = 27; back >= 0; --back) {
        const QDate day = m_today.addDays(-back);
        if (day.dayOfWeek() > 5) {
            continue;
        }
        if (Result<void> written = writeDay(contacts, meetingPlace, day); !written) {
            return written;
        }
    }
    return writeActivities(meetingPlace);
}

QDateTime DemoMeetingPlaceWriter::timeOn(const QDate& day, int index)
{
    return day == m_now.date() ? m_now.addSecs(-60 * (7 + 26 * index))
                               : QDateTime(day, QTime(10, 0).addSecs(m_rng.bounded(6 * 3600)));
}

Result<void> DemoMeetingPlaceWriter::writeDay(ContactRepository& contacts, MeetingPlaceRepository& meetingPlace,
                                              const QDate& day)
{
    QSet<qint64> came;
    const int visits = 3 + m_rng.bounded(5);
    for (int k = 0; k < visits; ++k) {
        const qint64 youthId = m_regulars.at(m_rng.bounded(int(m_regulars.size())));
        const QDateTime at = timeOn(day, k);
        if (came.contains(youthId) || at.date() != day || at > m_now) {
            continue;
        }
        came.insert(youthId);
        Contact contact;
        contact.youthId = youthId;
        contact.occurredAt = at;
        contact.kind = ContactKind::DropIn;
        contact.staffId = m_staffIds.at(m_rng.bounded(int(m_staffIds.size())));
        const auto logged = contacts.log(contact);
        if (!logged.ok()) {
            return fail(logged.message());
        }
    }
    const QList<Gender> genders = Vocabulary::genders();
    const QList<MeetingPlaceRepository::AgeGroup> ageGroups = MeetingPlaceRepository::ageGroups();
    const int anonymous = 1 + m_rng.bounded(3);
    for (int k = 0; k < anonymous; ++k) {
        const QDateTime at = timeOn(day, visits + k);
        const Gender gender = genders.at(m_rng.bounded(int(genders.size())));
        const MeetingPlaceRepository::AgeGroup age = ageGroups.at(m_rng.bounded(int(ageGroups.size())));
        if (at.date() != day || at > m_now) {
            continue;
        }
        const auto added = meetingPlace.addAnonymousVisit(gender, age, at);
        if (!added.ok()) {
            return fail(added.message());
        }
    }
    return success();
}

// Wednesdays: four held, one next week not yet held.
Result<void> DemoMeetingPlaceWriter::writeActivities(MeetingPlaceRepository& meetingPlace)
{
    const QDate thisWednesday = m_today.addDays(3 - m_today.dayOfWeek());
    for (int week = -4; week <= 1; ++week) {
        const QDate day = thisWednesday.addDays(7 * week);
        if (day > m_today.addDays(7) || (week == 0 && day > m_today)) {
            continue;
        }
        const DemoActivity& demo = kDemoActivities[size_t(week + 4) % kDemoActivities.size()];
        MeetingPlaceRepository::GroupActivity activity;
        activity.heldOn = day;
        activity.title = QString::fromUtf8(demo.title);
        activity.place = QString::fromUtf8(demo.place);
        activity.leaderId = m_staffIds.at(size_t(week + 4) % size_t(m_staffIds.size()));
        const auto saved = meetingPlace.saveActivity(activity);
        if (!saved.ok()) {
            return fail(saved.message());
        }
        if (day > m_today || (day == m_today && m_now.date() != m_today)) {
            continue;
        }
        // The drop-in's regulars take part; the youths who only meet their mentor stay out of the meeting place.
        const int present = 3 + m_rng.bounded(6);
        for (int k = 0; k < present; ++k) {
            const qint64 youthId = m_regulars.at(m_rng.bounded(int(m_regulars.size())));
            const auto ticked = meetingPlace.setPresent(activity.id, youthId, true, activity.leaderId);
            if (!ticked.ok()) {
                return fail(ticked.message());
            }
        }
    }
    return success();
}

} // namespace lotsen
