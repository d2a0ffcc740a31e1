#pragma once

#include <QDateTime>
#include <QList>

namespace lotsen {

// Which automatic backups to keep: the newest of each of the last `daily` days that have one, of the last `weekly`
// ISO weeks and of the last `monthly` months (a grandfather-father-son scheme, 7/5/12 by default). A backup kept
// by any of the three rules stays; the newest backup always stays.
class BackupRotation
{
public:
    struct Keep
    {
        int daily = 7;
        int weekly = 5;
        int monthly = 12;
    };

    // The indexes into `times` of the backups to delete.
    static QList<int> toDelete(const QList<QDateTime>& times, const Keep& keep);
};

} // namespace lotsen
