#pragma once

#include "calendar/CalendarEvent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lotsen {

class Workspace;

// Planned contacts, plan reviews and follow-ups out of Lotsen as an iCalendar file for the mentor's calendar.
// First names leave Lotsen this way, so the file is written only once the access log has recorded it (who, how
// many events, the youth when there is one), and only for its owner to read.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    static constexpr int DefaultWeeks = 4;
    static constexpr int MaxWeeks = 52;

    // The logged-in account's own items (its staff record is the youths' mentor) from `from` for `weeks` weeks.
    static Result<QList<CalendarEvent>> myItems(Workspace& workspace, const QDate& from, int weeks);
    // Writes `events` to `path` (replacing it only once complete and logged). The value: the events written.
    [[nodiscard]] static Result<int> write(Workspace& workspace, const QList<CalendarEvent>& events,
                                           const QString& path);
    // A file name to suggest: "lotsen-<kind>-<date>.ics".
    static QString suggestedFileName(const QString& kind, const QDate& date);
};

} // namespace lotsen
