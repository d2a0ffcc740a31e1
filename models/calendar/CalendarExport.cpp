#include "calendar/CalendarExport.h"

#include "access/AccessDetail.h"
#include "access/Session.h"
#include "calendar/ICalendarWriter.h"
#include "calendar/PlannedCalendarQuery.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "core/Workspace.h"

#include <QDir>
#include <QSaveFile>

namespace lotsen {

Result<QList<CalendarEvent>> CalendarExport::myItems(Workspace& workspace, const QDate& from, int weeks)
{
    weeks = std::clamp(weeks, 1, MaxWeeks);
    return PlannedCalendarQuery(workspace.database())
        .mentorsItems(workspace.session().staffId(), from, from.addDays(qint64(weeks) * 7 - 1));
}

Result<int> CalendarExport::write(Workspace& workspace, const QList<CalendarEvent>& events, const QString& path)
{
    if (events.isEmpty()) {
        return fail(tr("There is nothing to put in the calendar."));
    }
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        // The path may name a youth: only the system's reason goes to the log.
        qCWarning(lcDocuments) << "Calendar file could not be opened for writing:" << file.errorString();
        return fail(tr("The file %1 could not be written: %2").arg(shown, file.errorString()));
    }
    // First names: owner-only before anything is written (best effort: a FAT USB stick has no modes).
    OwnerOnlyFile::restrict(file);
    if (file.write(ICalendarWriter::write(events, Clock::now())) < 0) {
        file.cancelWriting();
        qCWarning(lcDocuments) << "Calendar file could not be written:" << file.errorString();
        return fail(tr("The file %1 could not be written: %2").arg(shown, file.errorString()));
    }
    // No personal data leaves Lotsen without its entry: the file takes its name only once the entry is written.
    const qint64 youthId = events.size() == 1 ? events.first().youthId : 0;
    const Result<void> logged = workspace.session().log(
        AccessAction::ExportCalendar, youthId,
        AccessDetail::encode(AccessDetail::Code::CalendarEvents, { QString::number(events.size()) }));
    if (!logged) {
        file.cancelWriting();
        qCWarning(lcAccess) << "Calendar export refused: the access log could not record it";
        return fail(
            tr("Nothing was written, because the access log could not record the export: %1").arg(logged.message()));
    }
    if (!file.commit()) {
        qCWarning(lcDocuments) << "Calendar file could not be written:" << file.errorString();
        return fail(tr("The file %1 could not be written: %2").arg(shown, file.errorString()));
    }
    return int(events.size());
}

QString CalendarExport::suggestedFileName(const QString& kind, const QDate& date)
{
    return QStringLiteral("lotsen-%1-%2.ics").arg(kind, date.toString(Qt::ISODate));
}

} // namespace lotsen
