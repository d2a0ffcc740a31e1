#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace lotsen {

class Database;

// The read behind the timeline's program-written entries (youth_event), so that TimelineModel holds no SQL.
class TimelineQuery
{
    Q_DECLARE_TR_FUNCTIONS(TimelineQuery)

public:
    // An event the program wrote: registered, status and mentor changes, snoozes, …
    struct Event
    {
        QDateTime at;
        QString kind; // youth_event.kind
        QString detail;
        QString staffName; // who did it, or empty
        QString registeredByName; // the account that wrote it, or empty (unknown)
    };

    explicit TimelineQuery(Database& database);

    // One youth's events, newest first: youth_event, and each action plan version (established, signed).
    Result<QList<Event>> events(qint64 youthId) const;

private:
    Database& m_database;
};

} // namespace lotsen
