#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lotsen {

// The retention log outside the database: `retention.log` beside the backups, owner-only, one JSON line per
// culling or erasure. A restore of an older backup brings back rows that were culled after it was made; this file
// says which, so that they are culled again before anyone sees them (RetentionRepository::reapplyAfterRestore).
// It holds ids, dates and the decision only, never a name.
class RetentionLog
{
    Q_DECLARE_TR_FUNCTIONS(RetentionLog)

public:
    enum class Kind { Policy, Erasure };

    struct Run
    {
        QDateTime at; // when the run committed
        Kind kind = Kind::Policy;
        QString username;
        QString decision; // the policy's decision text
        QString reason; // an erasure's written reason; empty for the policy
        QList<qint64> youthIds; // the youths culled or erased
        QDateTime accessLogCutoff; // access-log entries before this were removed; invalid: none
        QString databaseId; // the register culled (DatabaseIdentity); empty in older lines
    };

    explicit RetentionLog(QString path);

    // `retention.log` in `folder` (the backups' folder).
    static QString pathIn(const QString& folder);
    QString path() const { return m_path; }

    // Appends one line (the file and its folder are made owner-only first when missing), flushed to disk.
    Result<void> append(const Run& run) const;
    // The runs after `after`, oldest first; none when the file does not exist. A line that cannot be read is an
    // error: a restore must not go on believing it knows every culling.
    Result<QList<Run>> runsAfter(const QDateTime& after) const;

    static QString kindCode(Kind kind);

private:
    QString m_path;
};

} // namespace lotsen
