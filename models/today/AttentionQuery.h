#pragma once

#include "core/Result.h"
#include "today/AttentionRules.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace lotsen {

class Database;

// The SQL behind the Today list: who needs attention by AttentionRules, read in one pass over the youths' summary
// columns and current plans. AttentionRules holds the rules' words and order; this class holds the query.
class AttentionQuery
{
public:
    explicit AttentionQuery(const Database& database);

    // Everyone who needs attention on `today`, most urgent first, then by days overdue. `mentorId` 0 = all
    // mentors; `youthId` 0 = all youths (otherwise at most one item, for refreshing one row).
    Result<QList<AttentionItem>> items(const QDate& today, const AttentionThresholds& thresholds, qint64 mentorId = 0,
                                       qint64 youthId = 0) const;

private:
    // Adds the follow-ups after exit that are due, to the youths' items or as items of their own.
    Result<void> addFollowUps(QList<AttentionItem>& items, const QDate& today, qint64 mentorId, qint64 youthId,
                              const QHash<qint64, QString>& mentorNames) const;

    const Database& m_database;
};

} // namespace lotsen
