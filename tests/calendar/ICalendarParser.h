#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A small iCalendar (RFC 5545) reader for the tests: unfolds the lines, splits each into name, parameters and value,
// and nests the components. Strict where Lotsen's writer must be: CRLF only, lines of at most 75 octets, each line
// whole UTF-8.
struct ICalendarProperty
{
    QString name;
    QMap<QString, QString> parameters;
    QString value; // as written (still escaped)
};

struct ICalendarComponent
{
    QString name;
    QList<ICalendarProperty> properties;
    QList<ICalendarComponent> children;

    QList<ICalendarProperty> all(const QString& property) const
    {
        QList<ICalendarProperty> found;
        for (const ICalendarProperty& p : properties) {
            if (p.name == property) {
                found.append(p);
            }
        }
        return found;
    }
    bool has(const QString& property) const { return !all(property).isEmpty(); }
    ICalendarProperty one(const QString& property) const
    {
        const QList<ICalendarProperty> found = all(property);
        return found.isEmpty() ? ICalendarProperty() : found.first();
    }
    QList<ICalendarComponent> components(const QString& component) const
    {
        QList<ICalendarComponent> found;
        for (const ICalendarComponent& c : children) {
            if (c.name == component) {
                found.append(c);
            }
        }
        return found;
    }
};

struct ICalendarParse
{
    QString error; // empty when the text is well-formed
    ICalendarComponent calendar;
    QStringList unfoldedLines;
};

inline QString unescapeText(const QString& value)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            text += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            text += value.at(i);
        }
    }
    return text;
}

inline ICalendarParse parseICalendar(const QByteArray& data)
{
    ICalendarParse parse;
    if (!data.endsWith("\r\n")) {
        parse.error = QStringLiteral("does not end with CRLF");
        return parse;
    }
    // Physical lines (the last CRLF's LF taken off, so every line still ends with its CR): CRLF only, at most 75
    // octets, each valid UTF-8 on its own (no character split by a fold).
    const QList<QByteArray> physical = data.left(data.size() - 1).split('\n');
    QList<QByteArray> logical;
    for (const QByteArray& withCr : physical) {
        if (!withCr.endsWith('\r')) {
            parse.error = QStringLiteral("a line ends without CR");
            return parse;
        }
        const QByteArray line = withCr.left(withCr.size() - 1);
        if (line.contains('\r')) {
            parse.error = QStringLiteral("a bare CR");
            return parse;
        }
        if (line.size() > 75) {
            parse.error = QStringLiteral("a line of %1 octets").arg(line.size());
            return parse;
        }
        if (QString::fromUtf8(line).toUtf8() != line || QString::fromUtf8(line).contains(QChar::ReplacementCharacter)) {
            parse.error = QStringLiteral("a line that is not whole UTF-8");
            return parse;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty()) {
                parse.error = QStringLiteral("a continuation first");
                return parse;
            }
            logical.last() += line.mid(1);
        } else {
            logical.append(line);
        }
    }
    QList<ICalendarComponent> stack;
    for (const QByteArray& octets : std::as_const(logical)) {
        const QString line = QString::fromUtf8(octets);
        parse.unfoldedLines.append(line);
        // The name and parameters end at the first ':' outside a quoted parameter value.
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == u'"') {
                quoted = !quoted;
            } else if (line.at(i) == u':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            parse.error = QStringLiteral("a line without a name and ':': %1").arg(line);
            return parse;
        }
        ICalendarProperty property;
        const QStringList head = line.left(colon).split(u';');
        property.name = head.first().toUpper();
        for (qsizetype i = 1; i < head.size(); ++i) {
            const qsizetype equals = head.at(i).indexOf(u'=');
            property.parameters.insert(head.at(i).left(equals).toUpper(), head.at(i).mid(equals + 1));
        }
        property.value = line.mid(colon + 1);
        if (property.name == u"BEGIN") {
            ICalendarComponent component;
            component.name = property.value;
            stack.append(component);
        } else if (property.name == u"END") {
            if (stack.isEmpty() || stack.last().name != property.value) {
                parse.error = QStringLiteral("END:%1 does not close what began").arg(property.value);
                return parse;
            }
            const ICalendarComponent done = stack.takeLast();
            if (stack.isEmpty()) {
                parse.calendar = done;
            } else {
                stack.last().children.append(done);
            }
        } else if (stack.isEmpty()) {
            parse.error = QStringLiteral("a property outside any component");
            return parse;
        } else {
            stack.last().properties.append(property);
        }
    }
    if (!stack.isEmpty() || parse.calendar.name != u"VCALENDAR") {
        parse.error = QStringLiteral("no complete VCALENDAR");
    }
    return parse;
}

// The RFC 5545 properties every calendar and event must have, and the TZIDs that must match a VTIMEZONE; the
// problems found, empty when none.
inline QStringList checkRequired(const ICalendarComponent& calendar)
{
    QStringList problems;
    if (calendar.one(QStringLiteral("VERSION")).value != u"2.0") {
        problems.append(QStringLiteral("VERSION:2.0 missing"));
    }
    if (calendar.all(QStringLiteral("PRODID")).size() != 1) {
        problems.append(QStringLiteral("PRODID missing"));
    }
    QStringList zones;
    for (const ICalendarComponent& zone : calendar.components(QStringLiteral("VTIMEZONE"))) {
        zones.append(zone.one(QStringLiteral("TZID")).value);
        if (zone.components(QStringLiteral("STANDARD")).isEmpty()) {
            problems.append(QStringLiteral("VTIMEZONE without STANDARD"));
        }
        for (const ICalendarComponent& part : zone.children) {
            for (const char* name : { "DTSTART", "TZOFFSETFROM", "TZOFFSETTO" }) {
                if (!part.has(QString::fromLatin1(name))) {
                    problems.append(QStringLiteral("%1 without %2").arg(part.name, QString::fromLatin1(name)));
                }
            }
        }
    }
    for (const ICalendarComponent& event : calendar.components(QStringLiteral("VEVENT"))) {
        for (const char* name : { "UID", "DTSTAMP", "DTSTART" }) {
            if (event.all(QString::fromLatin1(name)).size() != 1) {
                problems.append(QStringLiteral("VEVENT without exactly one %1").arg(QString::fromLatin1(name)));
            }
        }
        if (!event.one(QStringLiteral("DTSTAMP")).value.endsWith(u'Z')) {
            problems.append(QStringLiteral("DTSTAMP not in UTC"));
        }
        for (const char* name : { "DTSTART", "DTEND" }) {
            const ICalendarProperty time = event.one(QString::fromLatin1(name));
            const QString tzid = time.parameters.value(QStringLiteral("TZID"));
            if (!tzid.isEmpty() && !zones.contains(tzid)) {
                problems.append(
                    QStringLiteral("%1 names TZID %2 without a VTIMEZONE").arg(QString::fromLatin1(name), tzid));
            }
            if (time.parameters.value(QStringLiteral("VALUE")) == u"DATE" && !tzid.isEmpty()) {
                problems.append(QStringLiteral("a DATE with a TZID"));
            }
        }
    }
    return problems;
}
