#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace lotsen {

class ContactRepository;
class Database;
class MeetingPlaceRepository;

// The meeting place over the last four weeks: drop-in visits on weekdays (today's in the hours before now),
// anonymous visitors, and a weekly group activity on Wednesdays with its attendance, plus one planned for next
// week. Written through the repositories, so every visit and attendance is a contact in the youth's timeline.
class DemoMeetingPlaceWriter
{
public:
    DemoMeetingPlaceWriter(Database& database, const QDate& today, const QList<qint64>& staffIds);

    Result<void> write();

private:
    Result<void> writeDay(ContactRepository& contacts, MeetingPlaceRepository& meetingPlace, const QDate& day);
    Result<void> writeActivities(MeetingPlaceRepository& meetingPlace);
    // The time of the `index`th visit of a day: today's came in the last hours; other days between ten and four.
    QDateTime timeOn(const QDate& day, int index);

    Database& m_database;
    const QDate m_today;
    const QList<qint64> m_staffIds;
    const QDateTime m_now;
    QRandomGenerator m_rng;
    QList<qint64> m_youthIds; // active youths and prospects
    QList<qint64> m_regulars; // those who come to the drop-in
};

} // namespace lotsen
