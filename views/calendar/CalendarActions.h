#pragma once

#include "calendar/CalendarEvent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace lotsen {

class Workspace;

// "Add to calendar…" on a planned contact, a plan's review date or a due follow-up, and "Export my planned
// contacts…": the save dialog, the .ics file through CalendarExport (logged, owner-only) and what the user is told.
class CalendarActions
{
    Q_DECLARE_TR_FUNCTIONS(CalendarActions)

public:
    // One item as an .ics file. `read` is the item from PlannedCalendarQuery; `kind` names it in the suggested
    // file name ("contact", "plan-review", "follow-up"). Returns whether a file was written.
    static bool addToCalendar(QWidget* parent, Workspace& workspace, const Result<std::optional<CalendarEvent>>& read,
                              const QString& kind);
    // Asks how many weeks ahead, then writes the logged-in mentor's items of those weeks. The value: events
    // written (0 when there were none, or the user cancelled).
    static int exportMyPlannedContacts(QWidget* parent, Workspace& workspace);
};

} // namespace lotsen
