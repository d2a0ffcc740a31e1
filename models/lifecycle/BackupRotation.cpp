#include "lifecycle/BackupRotation.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace lotsen {

QList<int> BackupRotation::toDelete(const QList<QDateTime>& times, const Keep& keep)
{
    QList<int> newestFirst(times.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&times](int a, int b) { return times.at(a) > times.at(b); });

    QSet<int> kept;
    // Walks the backups newest first and keeps the first one of each new period, until `count` periods are kept.
    const auto keepPerPeriod = [&](int count, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (int index : newestFirst) {
            if (seen.size() >= count) {
                break;
            }
            const qint64 key = period(times.at(index).date());
            if (!seen.contains(key)) {
                seen.insert(key);
                kept.insert(index);
            }
        }
    };
    keepPerPeriod(keep.daily, [](const QDate& date) { return date.toJulianDay(); });
    keepPerPeriod(keep.weekly, [](const QDate& date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepPerPeriod(keep.monthly, [](const QDate& date) { return qint64(date.year()) * 100 + date.month(); });
    if (!newestFirst.isEmpty()) {
        kept.insert(newestFirst.first());
    }

    QList<int> deleted;
    for (int index = 0; index < times.size(); ++index) {
        if (!kept.contains(index)) {
            deleted << index;
        }
    }
    return deleted;
}

} // namespace lotsen
