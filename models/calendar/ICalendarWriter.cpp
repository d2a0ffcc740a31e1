#include "calendar/ICalendarWriter.h"

#include <QMap>

#include <algorithm>
#include <cstdlib>

#ifndef LOTSEN_VERSION
#define LOTSEN_VERSION "0"
#endif

namespace lotsen {

namespace {

constexpr qsizetype kMaxOctets = 75;

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// A wall-clock time as iCalendar writes local times: no zone, no 'Z'.
QString wallText(const QDateTime& time)
{
    return time.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    QString text = QStringLiteral("%1%2%3")
                       .arg(sign)
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
    if (seconds % 60 != 0) {
        text += QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

// A DURATION value (RFC 5545 3.3.6) of whole minutes.
QString durationText(int minutes)
{
    QString text = minutes < 0 ? QStringLiteral("-PT") : QStringLiteral("PT");
    minutes = std::abs(minutes);
    if (minutes >= 60) {
        text += QString::number(minutes / 60) + u'H';
    }
    if (minutes % 60 != 0 || minutes == 0) {
        text += QString::number(minutes % 60) + u'M';
    }
    return text;
}

QString weekdayCode(int dayOfWeek)
{
    static const QStringList codes { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                     QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                     QStringLiteral("SU") };
    return codes.at(dayOfWeek - 1);
}

// One change of the zone's offset, at a wall-clock time in the offset before it.
struct Onset
{
    QDateTime wall; // in the offset before the change (as DTSTART of a VTIMEZONE's part is written)
    int from = 0;
    int to = 0;
    bool daylight = false;
    QString name;

    // The yearly rule this onset follows: "the nth (or last, -1) weekday of the month at this time".
    int nth() const
    {
        const QDate day = wall.date();
        return day.day() + 7 > day.daysInMonth() ? -1 : (day.day() - 1) / 7 + 1;
    }
    QString ruleKey() const
    {
        return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
            .arg(daylight)
            .arg(wall.date().month())
            .arg(wall.date().dayOfWeek())
            .arg(nth())
            .arg(wall.time().toString(Qt::ISODate))
            .arg(from)
            .arg(to);
    }
};

void appendPart(QStringList& lines, const Onset& onset, const QString& rule)
{
    const QString part = onset.daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    lines.append(QStringLiteral("BEGIN:") + part);
    lines.append(QStringLiteral("DTSTART:") + wallText(onset.wall));
    if (!rule.isEmpty()) {
        lines.append(QStringLiteral("RRULE:") + rule);
    }
    lines.append(QStringLiteral("TZOFFSETFROM:") + offsetText(onset.from));
    lines.append(QStringLiteral("TZOFFSETTO:") + offsetText(onset.to));
    if (!onset.name.isEmpty()) {
        lines.append(QStringLiteral("TZNAME:") + ICalendarWriter::escapeText(onset.name));
    }
    lines.append(QStringLiteral("END:") + part);
}

} // namespace

QString ICalendarWriter::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else if (c.category() == QChar::Other_Control) {
            continue; // not allowed in a TEXT value (and CleanText keeps them out of Lotsen anyway)
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::fold(const QString& line)
{
    const QByteArray octets = line.toUtf8();
    QByteArray folded;
    qsizetype position = 0;
    bool first = true;
    while (true) {
        // A continuation line's leading space counts towards its 75 octets.
        const qsizetype room = first ? kMaxOctets : kMaxOctets - 1;
        qsizetype cut = std::min(octets.size(), position + room);
        // Never between the octets of one UTF-8 character: back off to the start of the character.
        while (cut < octets.size() && cut > position && (quint8(octets.at(cut)) & 0xC0) == 0x80) {
            --cut;
        }
        if (!first) {
            folded += ' ';
        }
        folded += octets.mid(position, cut - position);
        folded += "\r\n";
        position = cut;
        first = false;
        if (position >= octets.size()) {
            break;
        }
    }
    return folded;
}

QStringList ICalendarWriter::timeZoneLines(const QTimeZone& zone, int fromYear, int toYear)
{
    QStringList lines;
    lines.append(QStringLiteral("BEGIN:VTIMEZONE"));
    lines.append(QStringLiteral("TZID:") + QString::fromUtf8(zone.id()));
    const QDateTime begin(QDate(fromYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(toYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    const QTimeZone::OffsetDataList transitions
        = zone.hasTransitions() ? zone.transitions(begin, end) : QTimeZone::OffsetDataList();
    if (transitions.isEmpty()) {
        // A zone without daylight saving time (in these years): one offset throughout.
        Onset always;
        always.from = always.to = zone.offsetFromUtc(begin);
        always.wall = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        always.name = zone.abbreviation(begin);
        appendPart(lines, always, {});
        lines.append(QStringLiteral("END:VTIMEZONE"));
        return lines;
    }

    QList<Onset> onsets;
    int previous = zone.offsetFromUtc(transitions.first().atUtc.addSecs(-1));
    for (const QTimeZone::OffsetData& transition : transitions) {
        Onset onset;
        onset.from = previous;
        onset.to = transition.offsetFromUtc;
        onset.daylight = transition.daylightTimeOffset != 0;
        onset.wall = transition.atUtc.toUTC().addSecs(previous).toTimeSpec(Qt::UTC);
        onset.name = transition.abbreviation;
        onsets.append(onset);
        previous = transition.offsetFromUtc;
    }

    // Where every year changes by the same rules (Europe/Stockholm: the last Sunday of March and of October), one
    // part a rule with an RRULE; otherwise one part a change, as the zone's own data has them.
    QMap<QString, QList<Onset>> rules;
    for (const Onset& onset : std::as_const(onsets)) {
        rules[onset.ruleKey()].append(onset);
    }
    const int years = toYear - fromYear + 1;
    const bool yearly = std::all_of(rules.cbegin(), rules.cend(), [years](const QList<Onset>& same) {
        if (same.size() != years) {
            return false;
        }
        for (qsizetype i = 1; i < same.size(); ++i) {
            if (same.at(i).wall.date().year() != same.at(i - 1).wall.date().year() + 1) {
                return false;
            }
        }
        return true;
    });
    if (yearly) {
        QList<Onset> firsts;
        for (const QList<Onset>& same : std::as_const(rules)) {
            firsts.append(same.first());
        }
        std::sort(firsts.begin(), firsts.end(), [](const Onset& a, const Onset& b) { return a.wall < b.wall; });
        for (const Onset& onset : std::as_const(firsts)) {
            appendPart(lines, onset,
                       QStringLiteral("FREQ=YEARLY;BYMONTH=%1;BYDAY=%2%3")
                           .arg(onset.wall.date().month())
                           .arg(onset.nth())
                           .arg(weekdayCode(onset.wall.date().dayOfWeek())));
        }
    } else {
        for (const Onset& onset : std::as_const(onsets)) {
            appendPart(lines, onset, {});
        }
    }
    lines.append(QStringLiteral("END:VTIMEZONE"));
    return lines;
}

QByteArray ICalendarWriter::write(const QList<CalendarEvent>& events, const QDateTime& stamp, const QTimeZone& zone)
{
    QStringList lines { QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                        QStringLiteral("PRODID:-//Lotsen//Lotsen " LOTSEN_VERSION "//EN"),
                        QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:PUBLISH") };

    // The zone's rules from the year before the first event to the year after the last one, so that every event
    // (and a calendar's reminder before it) falls after the first onset.
    int firstYear = stamp.date().year();
    int lastYear = firstYear;
    for (const CalendarEvent& event : events) {
        const int year = event.isAllDay() ? event.date.year() : event.start.toTimeZone(zone).date().year();
        firstYear = std::min(firstYear, year);
        lastYear = std::max(lastYear, year);
    }
    const QString zoneId = QString::fromUtf8(zone.id());
    lines.append(timeZoneLines(zone, firstYear - 1, lastYear + 1));

    const QString stampText = utcText(stamp);
    for (const CalendarEvent& event : events) {
        lines.append(QStringLiteral("BEGIN:VEVENT"));
        lines.append(QStringLiteral("UID:") + event.uid);
        lines.append(QStringLiteral("DTSTAMP:") + stampText);
        if (event.isAllDay()) {
            lines.append(QStringLiteral("DTSTART;VALUE=DATE:") + dateText(event.date));
            lines.append(QStringLiteral("DTEND;VALUE=DATE:") + dateText(event.date.addDays(1)));
        } else {
            const QDateTime start = event.start.toTimeZone(zone);
            const QDateTime end = start.addSecs(qint64(event.durationMinutes) * 60);
            lines.append(QStringLiteral("DTSTART;TZID=%1:%2").arg(zoneId, wallText(start)));
            lines.append(QStringLiteral("DTEND;TZID=%1:%2").arg(zoneId, wallText(end)));
        }
        lines.append(QStringLiteral("SUMMARY:") + escapeText(event.summary));
        if (!event.description.isEmpty()) {
            lines.append(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
        }
        if (!event.categories.isEmpty()) {
            QStringList categories;
            for (const QString& category : event.categories) {
                categories.append(escapeText(category));
            }
            lines.append(QStringLiteral("CATEGORIES:") + categories.join(u','));
        }
        // Shared calendars show others only that the time is taken, not the youth's name.
        lines.append(QStringLiteral("CLASS:PRIVATE"));
        lines.append(event.isAllDay() ? QStringLiteral("TRANSP:TRANSPARENT") : QStringLiteral("TRANSP:OPAQUE"));
        if (event.alarmMinutes) {
            lines.append(QStringLiteral("BEGIN:VALARM"));
            lines.append(QStringLiteral("ACTION:DISPLAY"));
            lines.append(QStringLiteral("DESCRIPTION:") + escapeText(event.summary));
            lines.append(QStringLiteral("TRIGGER:") + durationText(*event.alarmMinutes));
            lines.append(QStringLiteral("END:VALARM"));
        }
        lines.append(QStringLiteral("END:VEVENT"));
    }
    lines.append(QStringLiteral("END:VCALENDAR"));

    QByteArray text;
    for (const QString& line : std::as_const(lines)) {
        text += fold(line);
    }
    return text;
}

} // namespace lotsen
