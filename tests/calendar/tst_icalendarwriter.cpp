// The iCalendar writer (issue 18 §3) read back with a small parser: CRLF, lines folded at 75 octets without
// splitting å, ä or ö, TEXT escaping, the properties RFC 5545 requires, a timed event's TZID matching a VTIMEZONE
// built from the zone's transitions (Europe/Stockholm: the EU rule), all-day items as VALUE=DATE.
#include "ICalendarParser.h"
#include "calendar/ICalendarWriter.h"

#include <QTest>
#include <QTimeZone>

using namespace lotsen;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStamp(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);

CalendarEvent allDay(const QString& summary, const QDate& date)
{
    CalendarEvent event;
    event.uid = u"contact-1@lotsen"_s;
    event.summary = summary;
    event.description = u"Lotsen ref. Y-000001"_s;
    event.categories = { u"Lotsen"_s };
    event.date = date;
    event.alarmMinutes = -15 * 60;
    return event;
}

} // namespace

class TestICalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesText_data();
    void escapesText();
    void foldsAt75OctetsWithoutSplittingCharacters_data();
    void foldsAt75OctetsWithoutSplittingCharacters();
    void calendarHasTheRequiredProperties();
    void timedEventIsInTheZoneOfAVTimezone();
    void stockholmFollowsTheEuRule();
    void zoneWithoutDaylightSavingHasOneOffset();
    void allDayItemIsADate();
};

void TestICalendarWriter::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"Träffa Åsa"_s << u"Träffa Åsa"_s;
    QTest::newRow("comma") << u"a, b"_s << u"a\\, b"_s;
    QTest::newRow("semicolon") << u"a; b"_s << u"a\\; b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"a\\nb"_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"a\\nb"_s;
    QTest::newRow("colon stays") << u"Lotsen: ref"_s << u"Lotsen: ref"_s;
}

void TestICalendarWriter::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ICalendarWriter::escapeText(text), escaped);
    QCOMPARE(unescapeText(escaped), QString(text).replace(u"\r\n"_s, u"\n"_s));
}

void TestICalendarWriter::foldsAt75OctetsWithoutSplittingCharacters_data()
{
    QTest::addColumn<QString>("summary");
    QTest::newRow("short") << u"Lotsen: contact with Åsa"_s;
    QTest::newRow("ascii, long") << QString(200, u'x');
    // Two-octet letters at every offset, so that some fold falls inside one unless the writer backs off.
    QTest::newRow("å ä ö") << QString(100, u'å') + u"äö"_s + QString(57, u'ö');
    QTest::newRow("odd offset") << u"x"_s + QString(120, u'ä');
    QTest::newRow("three octets") << QString(90, QChar(0x20AC)); // €
    QTest::newRow("mixed, escaped") << u"Träffa Åsa, Örjan; Ärla\\Övik\nnästa vecka "_s.repeated(4);
}

void TestICalendarWriter::foldsAt75OctetsWithoutSplittingCharacters()
{
    QFETCH(QString, summary);
    const QByteArray text
        = ICalendarWriter::write({ allDay(summary, QDate(2027, 3, 1)) }, kStamp, QTimeZone("Europe/Stockholm"));
    // The parser refuses lines over 75 octets, a bare LF or CR, and a line that is not whole UTF-8.
    const ICalendarParse parse = parseICalendar(text);
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    const QList<ICalendarComponent> events = parse.calendar.components(u"VEVENT"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(unescapeText(events.first().one(u"SUMMARY"_s).value), summary);
    QVERIFY(text.count("\r\n") == text.count('\n'));
}

void TestICalendarWriter::calendarHasTheRequiredProperties()
{
    CalendarEvent timed = allDay(u"Lotsen: plan review with Åsa"_s, {});
    timed.uid = u"plan-review-7@lotsen"_s;
    timed.start = QDateTime(QDate(2027, 1, 15), QTime(10, 0), QTimeZone("Europe/Stockholm"));
    const QByteArray text = ICalendarWriter::write({ allDay(u"Lotsen: contact with Bo"_s, QDate(2027, 1, 12)), timed },
                                                   kStamp, QTimeZone("Europe/Stockholm"));
    const ICalendarParse parse = parseICalendar(text);
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QVERIFY2(checkRequired(parse.calendar).isEmpty(), qPrintable(checkRequired(parse.calendar).join(u", "_s)));
    const ICalendarComponent& calendar = parse.calendar;
    QVERIFY(calendar.one(u"PRODID"_s).value.contains(u"Lotsen"_s));
    QCOMPARE(calendar.one(u"CALSCALE"_s).value, u"GREGORIAN"_s);
    QCOMPARE(calendar.one(u"METHOD"_s).value, u"PUBLISH"_s);
    const QList<ICalendarComponent> events = calendar.components(u"VEVENT"_s);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).one(u"UID"_s).value, u"contact-1@lotsen"_s);
    QCOMPARE(events.at(1).one(u"UID"_s).value, u"plan-review-7@lotsen"_s);
    QCOMPARE(events.at(0).one(u"DTSTAMP"_s).value, u"20261204T093000Z"_s);
    QCOMPARE(events.at(0).one(u"DESCRIPTION"_s).value, u"Lotsen ref. Y-000001"_s);
    QCOMPARE(events.at(0).one(u"CATEGORIES"_s).value, u"Lotsen"_s);
    QCOMPARE(events.at(0).one(u"CLASS"_s).value, u"PRIVATE"_s);
    const QList<ICalendarComponent> alarms = events.at(0).components(u"VALARM"_s);
    QCOMPARE(alarms.size(), 1);
    QCOMPARE(alarms.first().one(u"ACTION"_s).value, u"DISPLAY"_s);
    QCOMPARE(alarms.first().one(u"TRIGGER"_s).value, u"-PT15H"_s);
}

void TestICalendarWriter::timedEventIsInTheZoneOfAVTimezone()
{
    CalendarEvent summer = allDay(u"Lotsen: contact with Åsa"_s, {});
    summer.start = QDateTime(QDate(2027, 6, 15), QTime(10, 0), QTimeZone("Europe/Stockholm"));
    summer.durationMinutes = 45;
    CalendarEvent winter = summer;
    winter.uid = u"contact-2@lotsen"_s;
    // Given in UTC: written in the zone's local time (CET, +01:00).
    winter.start = QDateTime(QDate(2027, 1, 15), QTime(13, 0), Qt::UTC);
    const ICalendarParse parse
        = parseICalendar(ICalendarWriter::write({ summer, winter }, kStamp, QTimeZone("Europe/Stockholm")));
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QVERIFY2(checkRequired(parse.calendar).isEmpty(), qPrintable(checkRequired(parse.calendar).join(u", "_s)));
    const QList<ICalendarComponent> zones = parse.calendar.components(u"VTIMEZONE"_s);
    QCOMPARE(zones.size(), 1);
    QCOMPARE(zones.first().one(u"TZID"_s).value, u"Europe/Stockholm"_s);
    const QList<ICalendarComponent> events = parse.calendar.components(u"VEVENT"_s);
    const ICalendarProperty start = events.at(0).one(u"DTSTART"_s);
    QCOMPARE(start.parameters.value(u"TZID"_s), u"Europe/Stockholm"_s);
    QCOMPARE(start.value, u"20270615T100000"_s);
    QCOMPARE(events.at(0).one(u"DTEND"_s).value, u"20270615T104500"_s);
    QCOMPARE(events.at(1).one(u"DTSTART"_s).value, u"20270115T140000"_s);
    QCOMPARE(events.at(1).one(u"DTSTART"_s).parameters.value(u"TZID"_s), u"Europe/Stockholm"_s);
    QCOMPARE(events.at(0).one(u"TRANSP"_s).value, u"OPAQUE"_s);
}

void TestICalendarWriter::stockholmFollowsTheEuRule()
{
    const QStringList lines = ICalendarWriter::timeZoneLines(QTimeZone("Europe/Stockholm"), 2026, 2028);
    const ICalendarParse parse
        = parseICalendar((u"BEGIN:VCALENDAR\r\n"_s + lines.join(u"\r\n"_s) + u"\r\nEND:VCALENDAR\r\n"_s).toUtf8());
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    const ICalendarComponent zone = parse.calendar.components(u"VTIMEZONE"_s).value(0);
    const QList<ICalendarComponent> summerParts = zone.components(u"DAYLIGHT"_s);
    const QList<ICalendarComponent> winterParts = zone.components(u"STANDARD"_s);
    QCOMPARE(summerParts.size(), 1);
    QCOMPARE(winterParts.size(), 1);
    // Summer time from the last Sunday of March, 02:00 local (01:00 UTC), to the last Sunday of October, 03:00.
    QCOMPARE(summerParts.first().one(u"DTSTART"_s).value, u"20260329T020000"_s);
    QCOMPARE(summerParts.first().one(u"RRULE"_s).value, u"FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"_s);
    QCOMPARE(summerParts.first().one(u"TZOFFSETFROM"_s).value, u"+0100"_s);
    QCOMPARE(summerParts.first().one(u"TZOFFSETTO"_s).value, u"+0200"_s);
    QCOMPARE(winterParts.first().one(u"DTSTART"_s).value, u"20261025T030000"_s);
    QCOMPARE(winterParts.first().one(u"RRULE"_s).value, u"FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"_s);
    QCOMPARE(winterParts.first().one(u"TZOFFSETFROM"_s).value, u"+0200"_s);
    QCOMPARE(winterParts.first().one(u"TZOFFSETTO"_s).value, u"+0100"_s);
}

void TestICalendarWriter::zoneWithoutDaylightSavingHasOneOffset()
{
    const QTimeZone tokyo("Asia/Tokyo");
    QVERIFY(tokyo.isValid());
    CalendarEvent event = allDay(u"Lotsen: contact with Bo"_s, {});
    event.start = QDateTime(QDate(2027, 6, 15), QTime(10, 0), tokyo);
    const ICalendarParse parse = parseICalendar(ICalendarWriter::write({ event }, kStamp, tokyo));
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QVERIFY2(checkRequired(parse.calendar).isEmpty(), qPrintable(checkRequired(parse.calendar).join(u", "_s)));
    const ICalendarComponent zone = parse.calendar.components(u"VTIMEZONE"_s).value(0);
    QCOMPARE(zone.one(u"TZID"_s).value, u"Asia/Tokyo"_s);
    QCOMPARE(zone.children.size(), 1);
    QCOMPARE(zone.children.first().name, u"STANDARD"_s);
    QCOMPARE(zone.children.first().one(u"TZOFFSETTO"_s).value, u"+0900"_s);
    QCOMPARE(parse.calendar.components(u"VEVENT"_s).first().one(u"DTSTART"_s).value, u"20270615T100000"_s);
}

void TestICalendarWriter::allDayItemIsADate()
{
    const ICalendarParse parse = parseICalendar(ICalendarWriter::write(
        { allDay(u"Lotsen: follow-up with Åsa"_s, QDate(2027, 2, 28)) }, kStamp, QTimeZone("Europe/Stockholm")));
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QVERIFY2(checkRequired(parse.calendar).isEmpty(), qPrintable(checkRequired(parse.calendar).join(u", "_s)));
    const ICalendarComponent event = parse.calendar.components(u"VEVENT"_s).first();
    QCOMPARE(event.one(u"DTSTART"_s).parameters.value(u"VALUE"_s), u"DATE"_s);
    QCOMPARE(event.one(u"DTSTART"_s).value, u"20270228"_s);
    QCOMPARE(event.one(u"DTEND"_s).parameters.value(u"VALUE"_s), u"DATE"_s);
    QCOMPARE(event.one(u"DTEND"_s).value, u"20270301"_s);
    QVERIFY(!event.one(u"DTSTART"_s).parameters.contains(u"TZID"_s));
    QCOMPARE(event.one(u"TRANSP"_s).value, u"TRANSPARENT"_s);
}

QTEST_GUILESS_MAIN(TestICalendarWriter)
#include "tst_icalendarwriter.moc"
