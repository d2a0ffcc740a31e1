#pragma once

#include "core/Result.h"

#include <QString>

namespace lotsen {

class Database;

// Writes an entry of a youth's timeline that is not a contact (an intervention started, a consent withdrawn …),
// inside the caller's transaction. The detail holds codes and names, never more personal data than the timeline
// shows.
class YouthEvents
{
public:
    // On failure (logged here) the message is SQLite's text, for the caller's own message.
    static Result<void> write(const Database& database, qint64 youthId, const QString& kind, const QString& detail,
                              qint64 staffId);
};

} // namespace lotsen
