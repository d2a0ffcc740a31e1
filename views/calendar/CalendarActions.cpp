#include "calendar/CalendarActions.h"

#include "calendar/CalendarExport.h"
#include "calendar/CalendarWeeksDialog.h"
#include "core/Clock.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QDir>
#include <QStandardPaths>

namespace lotsen {

namespace {

QString suggestedPath(const QString& kind, const QDate& date)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(CalendarExport::suggestedFileName(kind, date));
}

// The save dialog, then the file; false when the user cancelled or it failed (and was told).
bool save(QWidget* parent, Workspace& workspace, const QList<CalendarEvent>& events, const QString& kind,
          const QDate& date)
{
    const QString path
        = FileDialog::getSaveFileName(parent, CalendarActions::tr("Add to calendar"), suggestedPath(kind, date),
                                      CalendarActions::tr("Calendar files (*.ics)"));
    if (path.isEmpty()) {
        return false;
    }
    const Result<int> written = CalendarExport::write(workspace, events, path);
    if (!written) {
        MessageBox::warning(parent, CalendarActions::tr("Not saved"), written.message());
        return false;
    }
    return true;
}

} // namespace

bool CalendarActions::addToCalendar(QWidget* parent, Workspace& workspace,
                                    const Result<std::optional<CalendarEvent>>& read, const QString& kind)
{
    if (!read.ok()) {
        MessageBox::warning(parent, tr("Add to calendar"), read.message());
        return false;
    }
    if (!read.value()) {
        MessageBox::information(parent, tr("Add to calendar"),
                                tr("There is nothing to put in the calendar: the date is no longer planned."));
        return false;
    }
    const CalendarEvent& event = *read.value();
    if (!save(parent, workspace, { event }, kind, event.date)) {
        return false;
    }
    MessageBox::information(parent, tr("Add to calendar"),
                            tr("The calendar file is saved. Open it to add the entry to your calendar (Outlook, "
                               "Thunderbird or your phone). It names the youth by first name only."));
    return true;
}

int CalendarActions::exportMyPlannedContacts(QWidget* parent, Workspace& workspace)
{
    CalendarWeeksDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) {
        return 0;
    }
    const int weeks = dialog.weeks();
    const QDate today = Clock::today();
    const Result<QList<CalendarEvent>> items = CalendarExport::myItems(workspace, today, weeks);
    if (!items) {
        MessageBox::warning(parent, tr("Export my planned contacts"), items.message());
        return 0;
    }
    if (items->isEmpty()) {
        MessageBox::information(
            parent, tr("Export my planned contacts"),
            tr("You have no planned contacts, plan reviews or follow-ups in the next %n week(s). Nothing was written.",
               "", weeks));
        return 0;
    }
    if (!save(parent, workspace, *items, QStringLiteral("planned"), today)) {
        return 0;
    }
    const int count = int(items->size());
    MessageBox::information(parent, tr("Export my planned contacts"),
                            tr("%n calendar entry(s) for the next %1 week(s) written. Open the file to add them to "
                               "your calendar.",
                               "", count)
                                .arg(weeks));
    return count;
}

} // namespace lotsen
