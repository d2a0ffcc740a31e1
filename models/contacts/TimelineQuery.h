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
        // An exit that was reopened stays, struck out: when, by whom (the account) and why.
        QDateTime struckAt;
        QString struckByName;
        QString struckReason;
    };

    explicit TimelineQuery(Database& database);

    // One youth's events, newest first: youth_event, each action plan version (established, signed), each
    // enrolment period's start, exit and reopening, and each follow-up attempt and closing.
    Result<QList<Event>> events(qint64 youthId) const;

private:
    Database& m_database;
};

} // namespace lotsen
