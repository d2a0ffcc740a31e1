#pragma once

#include <QDate>

namespace lotsen {

class Database;

// The repositories stamp their timeline entries "now"; the demo moves each to the day it happened.
class DemoEvents
{
public:
    // Moves the youth's latest event to 09:00 on `day` (never later than now). Best effort, as before: a failure
    // leaves the entry at "now", which is still a valid timeline.
    static bool backdateLast(Database& database, qint64 youthId, const QDate& day);
};

} // namespace lotsen
