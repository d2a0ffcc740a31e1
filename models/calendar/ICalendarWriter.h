#pragma once

#include "calendar/CalendarEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace lotsen {

// Writes events as an iCalendar file (RFC 5545) that Outlook, Thunderbird and phones import: CRLF line ends,
// lines folded at 75 octets without splitting a UTF-8 character, escaped text, a VTIMEZONE for the zone the
// timed events are in (built from the zone's own transitions), UTC time stamps.
class ICalendarWriter
{
public:
    // `stamp` is the DTSTAMP of every event (the time of export); `zone` the local zone of timed events.
    static QByteArray write(const QList<CalendarEvent>& events, const QDateTime& stamp,
                            const QTimeZone& zone = QTimeZone::systemTimeZone());

    // A TEXT value with \, ; , and line breaks escaped (RFC 5545 3.3.11).
    static QString escapeText(const QString& text);
    // One content line folded at 75 octets (RFC 5545 3.1), each line ended by CRLF.
    static QByteArray fold(const QString& line);
    // The VTIMEZONE of `zone` for events in the years [fromYear, toYear], as content lines.
    static QStringList timeZoneLines(const QTimeZone& zone, int fromYear, int toYear);
};

} // namespace lotsen
