#pragma once

#include "core/Result.h"
#include "today/AttentionRules.h"

#include <QDate>
#include <QList>

namespace lotsen {

class Database;

// The SQL behind the Today list: who needs attention by AttentionRules, read in one pass over the youths' summary
// columns, with the few rows of the other reasons (due plan reviews, referrals, consents, snoozes, follow-ups) read
// through their own indexes. AttentionRules holds the rules' words and order; this class holds the queries.
class AttentionQuery
{
public:
    explicit AttentionQuery(const Database& database);

    // Everyone who needs attention on `today`, most urgent first, then by days overdue. `mentorId` 0 = all
    // mentors; `youthId` 0 = all youths (otherwise at most one item, for refreshing one row).
    Result<QList<AttentionItem>> items(const QDate& today, const AttentionThresholds& thresholds, qint64 mentorId = 0,
                                       qint64 youthId = 0) const;

private:
    const Database& m_database;
};

} // namespace lotsen
