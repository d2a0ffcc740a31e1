#pragma once

#include <QString>

namespace lotsen {

class Database;

// Writes an entry of a youth's timeline that is not a contact (an intervention started, a consent withdrawn …),
// inside the caller's transaction. The detail holds codes and names, never more personal data than the timeline
// shows.
class YouthEvents
{
public:
    static bool write(const Database& database, qint64 youthId, const QString& kind, const QString& detail,
                      qint64 staffId, QString* error);
};

} // namespace lotsen
