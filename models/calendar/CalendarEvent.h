#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace lotsen {

// One entry for a mentor's calendar (an iCalendar VEVENT): a planned contact, a plan review or a follow-up. It
// goes to calendars that are shared and synced, so it names the youth by first name only and carries a Lotsen
// reference, never a personal number, a surname or a note.
struct CalendarEvent
{
    QString uid; // stable, so that adding the same item again updates it in the calendar
    QString summary;
    QString description; // the Lotsen reference
    QStringList categories;
    // An all-day event when `date` is valid (Lotsen plans dates, not times); otherwise `start` in local time,
    // lasting `durationMinutes`.
    QDate date;
    QDateTime start;
    int durationMinutes = 30;
    // A reminder this many minutes after the start (negative: before; an all-day event starts at midnight).
    std::optional<int> alarmMinutes;
    // The youth it concerns, for the access log; not written to the file.
    qint64 youthId = 0;

    bool isAllDay() const { return date.isValid(); }
    bool operator==(const CalendarEvent&) const = default;
};

} // namespace lotsen
