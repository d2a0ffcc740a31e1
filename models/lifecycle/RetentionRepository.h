#pragma once

#include "core/Result.h"
#include "lifecycle/RetentionLog.h"
#include "lifecycle/RetentionPolicy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lotsen {

class Workspace;

// Retention (gallring) by policy and erasure on request: which youths are past the policy, and culling them. A culled
// youth keeps only what the reports count and can never be opened as a person again; every run writes a
// retention_run row and its access-log entry in the culling's one transaction (no entry, no culling), then a line in
// the retention log outside the database, and compacts the file so that the old text leaves it.
class RetentionRepository : public QObject
{
    Q_OBJECT

public:
    enum class CandidateKind {
        Participant, // enrolled once; the last period ended and the last entry is older than the policy's years
        Prospect, // never enrolled; the last entry is older than the policy's months
    };

    struct Candidate
    {
        qint64 youthId = 0;
        CandidateKind kind = CandidateKind::Participant;
        QString firstName; // only for those who may manage retention (administrators); empty otherwise
        QString lastName;
        int birthYear = 0; // 0: not known
        QDate lastPeriodEnd; // invalid for a prospect
        QDate lastEntry;
    };

    // What a run did.
    struct Outcome
    {
        int youths = 0; // participants culled
        int prospects = 0;
        qint64 logEntries = 0; // access-log entries removed
        QList<qint64> youthIds;
        QDateTime accessLogCutoff; // invalid when no entries were removed
        int reappliedRuns = 0; // reapplyAfterRestore: the runs from the retention log
        // Things that went wrong after the commit (the retention log, compacting the file), in the UI language:
        // the data is culled, but the user must hear of these.
        QStringList warnings;
    };

    // logPath: the retention log (RetentionLog); empty: defaultLogPath() of the workspace's database.
    explicit RetentionRepository(Workspace& workspace, QString logPath = {}, QObject* parent = nullptr);

    // "<database>-retention.log" in this PC's backup folder (BackupSettings::retentionLogPath).
    static QString defaultLogPath(const QString& databasePath);
    QString logPath() const { return m_logPath; }
    void setLogPath(const QString& path) { m_logPath = path; }

    // Who would be culled today (Clock::today()) under the policy, oldest last entry first. For administrators (with
    // names) and those who may view reports (without).
    Result<QList<Candidate>> preview(const RetentionPolicy& policy) const;
    // How many access-log entries the policy would remove today.
    Result<qint64> accessLogEntriesPastPolicy(const RetentionPolicy& policy) const;
    // A sentence for the preview: why this youth is a candidate.
    static QString reason(const Candidate& candidate, const RetentionPolicy& policy);

    // Culls every candidate of the preview and the access log's old entries, now. Administrators only, with their
    // password.
    // `previewed`: the youths of the preview the administrator confirmed; only those of them who are still
    // candidates are culled (nullopt: every candidate, for tests and scripts).
    Result<Outcome> cull(const RetentionPolicy& policy, const QString& password,
                         const std::optional<QList<qint64>>& previewed = std::nullopt);
    // Erasure on request (GDPR art. 17): one youth, now, with a written reason. Administrators only, with their
    // password; refused while the youth has an enrolment period that has not ended.
    Result<Outcome> erase(qint64 youthId, const QString& password, const QString& reason);
    // After a restore of a backup made before these runs: culls exactly their youths again (those already
    // anonymised are skipped) and removes the access-log entries before the latest cutoff. Needs no logged-in
    // user (a restore may happen before login): the entry then names no account.
    Result<Outcome> reapplyAfterRestore(const QList<RetentionLog::Run>& runsAfterBackupDate);

    Result<bool> hasOngoingPeriod(qint64 youthId) const;
    // Whether `text` holds a word of the youth's name, their personal number or phone number.
    Result<bool> namesTheYouth(qint64 youthId, const QString& text) const;
    Result<bool> isAnonymised(qint64 youthId) const;

    // What a culled name is replaced with (the name columns may not be empty).
    static QString placeholder() { return QStringLiteral("(anonymised)"); }

signals:
    void culled(const QList<qint64>& youthIds);

private:
    Result<void> mayManage() const;
    Result<void> confirmPassword(const QString& password);
    Result<QList<Candidate>> candidates(const RetentionPolicy& policy, bool withNames) const;
    // Inside the caller's transaction: anonymises the youths (and every row about them).
    Result<void> anonymise(const QList<qint64>& youthIds);
    // Inside the caller's transaction: removes the access-log entries before `cutoff`, always keeping the newest,
    // and records the cut so that the chain is checked from there. The number removed.
    Result<qint64> cutAccessLog(const QDateTime& cutoff);
    // Everything after the checks: one transaction with the run and its entry, then the log file and compacting.
    struct Run
    {
        QString kind; // 'policy', 'erasure', 'reapplied'
        QString policy;
        QString decision;
        QString reason;
        QList<qint64> youthIds;
        QDateTime accessLogCutoff;
        int reappliedRuns = 0;
    };
    Result<Outcome> run(const Run& run);
    // VACUUM and a truncating WAL checkpoint, outside the transaction; warnings for the user on failure.
    QStringList compact();

    Workspace& m_workspace;
    QString m_logPath;
};

} // namespace lotsen
