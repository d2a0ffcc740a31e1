#include "lifecycle/RetentionRepository.h"

#include "lifecycle/BackupSettings.h"
#include "lifecycle/DatabaseIdentity.h"

#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/ChainSeal.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlDialect.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/Workspace.h"
#include "core/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lotsen {

namespace {

// The youths being culled, as the statements below name them.
constexpr const char* kCulled = "(SELECT youth_id FROM retention_culling)";

// The date of a youth's last entry: the latest of everything written about them (contacts, events, plans, follow-ups
// and their attempts, referrals, participations, consents, snoozes, the record itself). Dates as 'YYYY-MM-DD' texts
// on both engines ('' for none: a text compares below every date, where NULL would make SQLite's max() NULL).
QString lastEntry(const SqlDialect& dialect)
{
    const auto day = [&dialect](const QString& expression) {
        return dialect.textPrefix(expression, 10);
    };
    const auto orNone = [](const QString& expression) {
        return QStringLiteral("coalesce(%1, '')").arg(expression);
    };
    const auto latest = [&orNone](const QString& select) {
        return orNone(u'(' + select + u')');
    };
    return dialect.greatest({
        day(QStringLiteral("y.created_at")),
        day(QStringLiteral("y.updated_at")),
        latest(u"SELECT "_s + day(u"max(c.occurred_at)"_s) + u" FROM contact c WHERE c.youth_id = y.id"_s),
        latest(u"SELECT "_s + day(u"max(e.occurred_at)"_s) + u" FROM youth_event e WHERE e.youth_id = y.id"_s),
        latest(u"SELECT "_s + day(u"max(p.updated_at)"_s) + u" FROM action_plan p WHERE p.youth_id = y.id"_s),
        latest(u"SELECT "_s + day(u"max(f.closed_at)"_s) + u" FROM follow_up f WHERE f.youth_id = y.id"_s),
        latest(u"SELECT "_s + day(u"max(a.attempted_on)"_s)
               + u" FROM follow_up_attempt a JOIN follow_up f ON f.id = a.follow_up_id WHERE f.youth_id = y.id"_s),
        latest(u"SELECT max("_s + dialect.greatest({ day(u"r.sent_on"_s), orNone(day(u"r.response_on"_s)) })
               + u") FROM referral r WHERE r.youth_id = y.id"_s),
        latest(u"SELECT "_s + day(u"max(t.updated_at)"_s) + u" FROM participation t WHERE t.youth_id = y.id"_s),
        latest(u"SELECT max("_s + dialect.greatest({ day(u"s.given_on"_s), orNone(day(u"s.withdrawn_on"_s)) })
               + u") FROM consent s WHERE s.youth_id = y.id"_s),
        latest(u"SELECT "_s + day(u"max(z.created_at)"_s) + u" FROM attention_snooze z WHERE z.youth_id = y.id"_s),
    });
}

// A date as read: a QDate from PostgreSQL's date column, an ISO text from SQLite (or from a text expression).
QDate dateOf(const QVariant& value)
{
    return value.typeId() == QMetaType::QDate ? value.toDate()
                                              : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString isoMoment(const QDateTime& at)
{
    return at.toString(Qt::ISODate);
}

Result<void> exec(QSqlQuery& query, const char* operation)
{
    if (!query.exec()) {
        qCWarning(lcSql) << operation << "failed:" << query.lastError().text();
        return fail(Database::describeSqlError(query.lastError()));
    }
    return success();
}

Result<void> exec(const Database& database, const QString& sql, const QVariantList& binds, const char* operation)
{
    QSqlQuery query(database.connection());
    if (!query.prepare(sql)) {
        qCWarning(lcSql) << operation << "failed:" << query.lastError().text();
        return fail(Database::describeSqlError(query.lastError()));
    }
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    return exec(query, operation);
}

} // namespace

RetentionRepository::RetentionRepository(Workspace& workspace, QString logPath, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_logPath(std::move(logPath))
{
    if (m_logPath.isEmpty()) {
        m_logPath = defaultLogPath(workspace.database().path());
    }
}

QString RetentionRepository::defaultLogPath(const QString& databasePath)
{
    // Beside this PC's backups (BackupSettings), so that a restore finds it where the backups are.
    return BackupSettings::retentionLogPath(databasePath);
}

Result<void> RetentionRepository::mayManage() const
{
    if (!m_workspace.session().allows(Permission::ManageRetention)) {
        return fail(tr("Only an administrator may cull or erase personal data."));
    }
    return success();
}

Result<void> RetentionRepository::confirmPassword(const QString& password)
{
    Session& session = m_workspace.session();
    if (!session.isLoggedIn()) {
        // A database without accounts has no one to ask (allows() already refused one with accounts).
        return success();
    }
    const AccountRepository::AuthResult checked
        = m_workspace.accounts().authenticate(session.account()->username, password, Clock::now());
    if (!checked.ok || checked.account.id != session.accountId()) {
        return fail(checked.retryAfterSeconds > 0 ? checked.message : tr("The password is not right."),
                    QStringLiteral("password"));
    }
    return success();
}

Result<QList<RetentionRepository::Candidate>> RetentionRepository::candidates(const RetentionPolicy& policy,
                                                                              bool withNames) const
{
    const QDate today = Clock::today();
    const SqlDialect& dialect = m_workspace.database().dialect();
    QSqlQuery query(m_workspace.database().connection());
    query.setForwardOnly(true);
    // Participants: a period that ended more than N years ago, none running, nothing written since. Prospects: never
    // enrolled, nothing written for M months. "More than": on the day exactly N years after, not yet.
    query.prepare(u"SELECT id, first_name, last_name, birth_year, last_end, last_entry FROM ("
                  " SELECT y.id, y.first_name, y.last_name, "_s
                  + dialect.textPrefix(u"y.birth_date"_s, 4)
                  + u" AS birth_year,"
                    "  (SELECT max(p.end_date) FROM enrolment_period p WHERE p.youth_id = y.id) AS last_end,"
                    "  EXISTS (SELECT 1 FROM enrolment_period p WHERE p.youth_id = y.id"
                    "          AND p.end_date IS NULL) AS running,"
                    "  EXISTS (SELECT 1 FROM enrolment_period p WHERE p.youth_id = y.id) AS enrolled, "_s
                  + lastEntry(dialect)
                  + u" AS last_entry FROM youth y WHERE y.anonymised_at IS NULL) AS candidate"
                    " WHERE NOT running AND ((enrolled AND last_end < ? AND last_entry < ?)"
                    "  OR (NOT enrolled AND last_entry < ?))"
                    " ORDER BY last_entry, id"_s);
    const QString participantCutoff = policy.participantCutoff(today).toString(Qt::ISODate);
    query.addBindValue(participantCutoff);
    query.addBindValue(participantCutoff);
    query.addBindValue(policy.prospectCutoff(today).toString(Qt::ISODate));
    if (!query.exec()) {
        return SqlRead::failed(query, "retention.candidates");
    }
    QList<Candidate> result;
    while (query.next()) {
        Candidate candidate;
        candidate.youthId = query.value(0).toLongLong();
        if (withNames) {
            candidate.firstName = query.value(1).toString();
            candidate.lastName = query.value(2).toString();
        }
        candidate.birthYear = query.value(3).toInt();
        candidate.lastPeriodEnd = dateOf(query.value(4));
        candidate.kind = candidate.lastPeriodEnd.isValid() ? CandidateKind::Participant : CandidateKind::Prospect;
        candidate.lastEntry = dateOf(query.value(5));
        result.append(candidate);
    }
    if (query.lastError().isValid()) {
        return SqlRead::failed(query, "retention.candidates");
    }
    return result;
}

Result<QList<RetentionRepository::Candidate>> RetentionRepository::preview(const RetentionPolicy& policy) const
{
    const Session& session = m_workspace.session();
    const bool administrator = session.allows(Permission::ManageRetention);
    if (!administrator && !session.allows(Permission::ViewReports)) {
        return fail(tr("Only administrators and coordinators may see who would be culled."));
    }
    return candidates(policy, administrator);
}

Result<qint64> RetentionRepository::accessLogEntriesPastPolicy(const RetentionPolicy& policy) const
{
    QSqlQuery query(m_workspace.database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM access_log WHERE at < ? AND id < (SELECT max(id) FROM "
                                 "access_log)"));
    query.addBindValue(isoMoment(QDateTime(policy.accessLogCutoff(Clock::today()), QTime(0, 0))));
    if (!query.exec()) {
        return SqlRead::failed(query, "retention.logCount");
    }
    if (!query.next()) {
        return SqlRead::noRow("retention.logCount");
    }
    return query.value(0).toLongLong();
}

QString RetentionRepository::reason(const Candidate& candidate, const RetentionPolicy& policy)
{
    const QString lastEntry = candidate.lastEntry.toString(Qt::ISODate);
    if (candidate.kind == CandidateKind::Prospect) {
        return tr("Never enrolled; last entry %1, more than %n month(s) ago", "", policy.prospectMonths).arg(lastEntry);
    }
    return tr("Last period ended %1, last entry %2, more than %n year(s) ago", "", policy.years)
        .arg(candidate.lastPeriodEnd.toString(Qt::ISODate), lastEntry);
}

Result<bool> RetentionRepository::hasOngoingPeriod(qint64 youthId) const
{
    QSqlQuery query(m_workspace.database().connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM enrolment_period WHERE youth_id = ? AND end_date IS "
                                 "NULL)"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "retention.ongoing");
    }
    if (!query.next()) {
        return SqlRead::noRow("retention.ongoing");
    }
    return query.value(0).toBool();
}

Result<bool> RetentionRepository::isAnonymised(qint64 youthId) const
{
    QSqlQuery query(m_workspace.database().connection());
    query.prepare(QStringLiteral("SELECT anonymised_at IS NOT NULL FROM youth WHERE id = ?"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "retention.anonymised");
    }
    if (!query.next()) {
        return fail(tr("This youth no longer exists."));
    }
    return query.value(0).toBool();
}

Result<bool> RetentionRepository::namesTheYouth(qint64 youthId, const QString& text) const
{
    QSqlQuery query(m_workspace.database().connection());
    query.prepare(QStringLiteral("SELECT first_name, last_name, coalesce(personal_number, ''), phone FROM youth "
                                 "WHERE id = ?"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "retention.names");
    }
    if (!query.next()) {
        return fail(tr("This youth no longer exists."));
    }
    const QString folded = text.toCaseFolded();
    for (int column = 0; column < 2; ++column) {
        const QStringList words = query.value(column).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString& word : words) {
            if (word.size() >= 2 && folded.contains(word.toCaseFolded())) {
                return true;
            }
        }
    }
    const auto digitsOf = [](const QString& from) {
        QString digits;
        for (const QChar c : from) {
            if (c.isDigit()) {
                digits += c;
            }
        }
        return digits;
    };
    const QString digits = digitsOf(text);
    const QString number = query.value(2).toString();
    const QString phone = digitsOf(query.value(3).toString());
    return (number.size() == 12 && digits.contains(number.right(10))) || (phone.size() >= 6 && digits.contains(phone));
}

Result<RetentionRepository::Outcome> RetentionRepository::cull(const RetentionPolicy& policy, const QString& password,
                                                               const std::optional<QList<qint64>>& previewed)
{
    if (Result<void> allowed = mayManage(); !allowed) {
        return allowed.error();
    }
    if (Result<void> valid = policy.validate(); !valid) {
        return valid.error();
    }
    if (Result<void> confirmed = confirmPassword(password); !confirmed) {
        return confirmed.error();
    }
    const Result<QList<Candidate>> found = candidates(policy, false);
    if (!found) {
        return found.error();
    }
    Run run;
    run.kind = QStringLiteral("policy");
    run.policy = policy.summary();
    run.decision = policy.decision;
    for (const Candidate& candidate : *found) {
        // Only those the administrator saw and who are still candidates now (a day may have passed meanwhile).
        if (!previewed || previewed->contains(candidate.youthId)) {
            run.youthIds.append(candidate.youthId);
        }
    }
    run.accessLogCutoff = QDateTime(policy.accessLogCutoff(Clock::today()), QTime(0, 0));
    return this->run(run);
}

Result<RetentionRepository::Outcome> RetentionRepository::erase(qint64 youthId, const QString& password,
                                                                const QString& reason)
{
    if (Result<void> allowed = mayManage(); !allowed) {
        return allowed.error();
    }
    const QString written = reason.trimmed();
    if (written.isEmpty()) {
        return fail(tr("Write why the data is erased (e.g. the date of the youth's request and a case number)."),
                    QStringLiteral("reason"));
    }
    if (written.size() > 2000) {
        return fail(tr("The reason may have at most 2000 characters."), QStringLiteral("reason"));
    }
    const Result<bool> anonymised = isAnonymised(youthId);
    if (!anonymised.ok()) {
        return anonymised.error();
    }
    if (*anonymised) {
        return fail(tr("This youth's personal data has already been erased."));
    }
    // The reason is kept for good (retention_run, the retention log): it must not bring back what is erased.
    const Result<bool> named = namesTheYouth(youthId, written);
    if (!named.ok()) {
        return named.error();
    }
    if (*named) {
        return fail(tr("The reason must not contain the youth's name, personal number or phone number: it is kept "
                       "after the erasure. Write for example the date of the request and a case number."),
                    QStringLiteral("reason"));
    }
    const Result<bool> ongoing = hasOngoingPeriod(youthId);
    if (!ongoing.ok()) {
        return ongoing.error();
    }
    if (*ongoing) {
        return fail(tr("This youth has an ongoing enrolment period. End it with an exit first; then the data can "
                       "be erased."));
    }
    if (Result<void> confirmed = confirmPassword(password); !confirmed) {
        return confirmed.error();
    }
    const Result<RetentionPolicy> policy = RetentionPolicy::read(m_workspace.centre());
    if (!policy) {
        return policy.error();
    }
    Run run;
    run.kind = QStringLiteral("erasure");
    run.policy = policy->summary();
    run.decision = policy->decision;
    run.reason = written;
    run.youthIds = { youthId };
    return this->run(run);
}

Result<RetentionRepository::Outcome>
RetentionRepository::reapplyAfterRestore(const QList<RetentionLog::Run>& runsAfterBackupDate)
{
    Run run;
    run.kind = QStringLiteral("reapplied");
    run.reappliedRuns = int(runsAfterBackupDate.size());
    QList<qint64> ids;
    for (const RetentionLog::Run& logged : runsAfterBackupDate) {
        ids += logged.youthIds;
        if (logged.accessLogCutoff.isValid()
            && (!run.accessLogCutoff.isValid() || logged.accessLogCutoff > run.accessLogCutoff)) {
            run.accessLogCutoff = logged.accessLogCutoff;
        }
        run.decision = logged.decision;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Only the rows the backup still holds as persons: a youth registered after the backup is not in it, and one
    // culled before it is anonymised already.
    for (const qint64 id : std::as_const(ids)) {
        QSqlQuery query(m_workspace.database().connection());
        query.prepare(QStringLiteral("SELECT anonymised_at IS NULL FROM youth WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec()) {
            return SqlRead::failed(query, "retention.reapply");
        }
        if (query.next() && query.value(0).toBool()) {
            run.youthIds.append(id);
        }
    }
    return this->run(run);
}

Result<void> RetentionRepository::anonymise(const QList<qint64>& youthIds)
{
    const Database& database = m_workspace.database();
    if (Result<void> cleared = exec(database, QStringLiteral("DELETE FROM retention_culling"), {}, "retention.mark");
        !cleared) {
        return cleared;
    }
    {
        QSqlQuery mark(database.connection());
        mark.prepare(QStringLiteral("INSERT INTO retention_culling (youth_id) VALUES (?)"));
        for (const qint64 id : youthIds) {
            mark.bindValue(0, id);
            if (Result<void> marked = exec(mark, "retention.mark"); !marked) {
                return marked;
            }
        }
    }
    const SqlDialect& dialect = database.dialect();
    const QString culled = QString::fromLatin1(kCulled);
    const QString placeholder = RetentionRepository::placeholder();
    const QString now = SqlValues::now();
    // The birth year as 1 July of that year; none stays none.
    const QString birthDate = u"CASE WHEN coalesce("_s + dialect.text(u"birth_date"_s) + u", '') = '' THEN NULL ELSE "_s
        + dialect.dateFromText(dialect.textPrefix(u"birth_date"_s, 4) + u" || '-07-01'"_s) + u" END"_s;
    // Column by column, every table that refers to the youth (see resources/sql). What stays is what the reports
    // count: gender, birth year (as 1 July, so an age is off by at most half a year), municipality, statuses, dates,
    // codes and categories, links between rows. What goes: names, numbers, contact details, addresses and every
    // free text. Texts that a CHECK requires become the placeholder.
    const QList<std::pair<QString, QVariantList>> statements = {
        { u"UPDATE youth SET first_name = ?, last_name = ?, personal_number = NULL, birth_date = "_s + birthDate
              + u", phone = '', email = '', address = '', postal_code = '', postal_town = NULL, note = '', "
                "anonymised_at = ?, updated_at = ? WHERE id IN "_s
              + culled,
          { placeholder, placeholder, now, now } },
        { QStringLiteral("UPDATE youth_event SET detail = '' WHERE youth_id IN ") + culled, {} },
        { QStringLiteral("UPDATE action_plan SET my_goal = '', strengths = '', support_needs = '', wishes = '', "
                         "long_term_goal = '', notes = '' WHERE youth_id IN ")
              + culled,
          {} },
        { QStringLiteral("UPDATE plan_step SET description = '', responsible_name = '', outcome = '' WHERE plan_id IN "
                         "(SELECT id FROM action_plan WHERE youth_id IN ")
              + culled + u')',
          {} },
        { QStringLiteral("UPDATE contact SET note = '', struck_reason = '', consent_override = CASE WHEN "
                         "consent_override = '' THEN '' ELSE ? END WHERE youth_id IN ")
              + culled,
          { placeholder } },
        { QStringLiteral("UPDATE attention_snooze SET explanation = ? WHERE youth_id IN ") + culled, { placeholder } },
        { QStringLiteral("UPDATE participation SET outcome = '' WHERE youth_id IN ") + culled, {} },
        { QStringLiteral("UPDATE network_person SET name = ?, phone = '', email = '', notes = '' WHERE youth_id IN ")
              + culled,
          { placeholder } },
        { QStringLiteral("UPDATE youth_partner_contact SET note = '' WHERE youth_id IN ") + culled, {} },
        { QStringLiteral("UPDATE consent SET other_text = CASE WHEN other_text = '' THEN '' ELSE ? END, witness = "
                         "CASE WHEN witness = '' THEN '' ELSE ? END, withdrawn_note = '' WHERE youth_id IN ")
              + culled,
          { placeholder, placeholder } },
        { QStringLiteral("UPDATE referral SET reason = ?, consent_override = CASE WHEN consent_override = '' THEN '' "
                         "ELSE ? END, response_note = '' WHERE youth_id IN ")
              + culled,
          { placeholder, placeholder } },
        { QStringLiteral("UPDATE enrolment_exit SET reason_text = CASE WHEN reason_text = '' THEN '' ELSE ? END, "
                         "qualification_text = '', reopen_reason = CASE WHEN reopen_reason = '' THEN '' ELSE ? END "
                         "WHERE period_id IN (SELECT id FROM enrolment_period WHERE youth_id IN ")
              + culled + u')',
          { placeholder, placeholder } },
        { QStringLiteral("UPDATE follow_up SET note = '' WHERE youth_id IN ") + culled, {} },
        { QStringLiteral("UPDATE follow_up_attempt SET note = '' WHERE follow_up_id IN (SELECT id FROM follow_up "
                         "WHERE youth_id IN ")
              + culled + u')',
          {} },
        // An anonymised youth is found by no search; SQLite's 'optimize' merges the index's segments, which still
        // hold the old words of an updated or deleted row (PostgreSQL has nothing to merge).
        { dialect.youthSearchDelete(culled), {} },
        { dialect.youthSearchOptimize(), {} },
        { QStringLiteral("DELETE FROM retention_culling"), {} },
    };
    for (const auto& [sql, binds] : statements) {
        if (sql.isEmpty()) {
            continue; // nothing to do on this engine
        }
        if (Result<void> done = exec(database, sql, binds, "retention.anonymise"); !done) {
            return done;
        }
    }
    return success();
}

Result<qint64> RetentionRepository::cutAccessLog(const QDateTime& cutoff)
{
    if (!cutoff.isValid()) {
        return qint64 { 0 };
    }
    const Database& database = m_workspace.database();
    qint64 firstKept = 0;
    QString prevHash;
    {
        // The first entry at or after the cutoff, or the newest: the log never ends up empty.
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral(
            "SELECT l.id, l.prev_hash FROM access_log l WHERE l.id = coalesce((SELECT min(id) FROM access_log WHERE "
            "at >= ?), (SELECT max(id) FROM access_log))"));
        query.addBindValue(isoMoment(cutoff));
        if (!query.exec()) {
            return SqlRead::failed(query, "retention.cutFind");
        }
        if (!query.next()) {
            return qint64 { 0 }; // an empty log
        }
        firstKept = query.value(0).toLongLong();
        prevHash = query.value(1).toString();
    }
    qint64 removed = 0;
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM access_log WHERE id < ?"));
        query.addBindValue(firstKept);
        if (!query.exec() || !query.next()) {
            return SqlRead::failed(query, "retention.cutCount");
        }
        removed = query.value(0).toLongLong();
    }
    if (removed == 0) {
        return qint64 { 0 };
    }
    // A cut the log's key does not seal cannot be told from one made with only the file: without the key the old
    // entries stay (the log is then only longer than the policy asks).
    const QByteArray sealingKey = ChainSeal::key();
    if (sealingKey.isEmpty()) {
        qCWarning(lcAccess) << "retention: the access log's key is not available; no entries removed";
        return qint64 { 0 };
    }
    if (Result<void> recorded
        = exec(database,
               QStringLiteral("INSERT INTO access_log_cut (first_id, prev_hash, mac, cut_at, "
                              "removed) VALUES (?, ?, ?, ?, ?)"),
               { firstKept, prevHash, AccessLog::cutSeal(sealingKey, firstKept, prevHash), SqlValues::now(), removed },
               "retention.cut");
        !recorded) {
        return recorded.error();
    }
    if (Result<void> deleted
        = exec(database, QStringLiteral("DELETE FROM access_log WHERE id < ?"), { firstKept }, "retention.cutDelete");
        !deleted) {
        return deleted.error();
    }
    return removed;
}

Result<RetentionRepository::Outcome> RetentionRepository::run(const Run& run)
{
    Database& database = m_workspace.database();
    Session& session = m_workspace.session();
    Outcome outcome;
    outcome.youthIds = run.youthIds;
    outcome.reappliedRuns = run.reappliedRuns;
    const QDateTime at = Clock::now();
    {
        WriteTransaction transaction(database);
        if (!transaction.isActive()) {
            return fail(tr("Nothing was culled: %1").arg(transaction.error()));
        }
        // Counted before the culling, by whether they ever enrolled.
        for (const qint64 id : run.youthIds) {
            QSqlQuery query(database.connection());
            query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM enrolment_period WHERE youth_id = ?)"));
            query.addBindValue(id);
            if (!query.exec() || !query.next()) {
                return SqlRead::failed(query, "retention.count");
            }
            ++(query.value(0).toBool() ? outcome.youths : outcome.prospects);
        }
        if (!run.youthIds.isEmpty()) {
            if (Result<void> done = anonymise(run.youthIds); !done) {
                return fail(tr("Nothing was culled: %1").arg(done.message()));
            }
        }
        const Result<qint64> cut = cutAccessLog(run.accessLogCutoff);
        if (!cut) {
            return fail(tr("Nothing was culled: %1").arg(cut.message()));
        }
        outcome.logEntries = *cut;
        outcome.accessLogCutoff = *cut > 0 ? run.accessLogCutoff : QDateTime();

        const qint64 accountId = session.accountId();
        const QString username = session.isLoggedIn() ? session.account()->username : QString();
        if (Result<void> recorded
            = exec(database,
                   QStringLiteral(
                       "INSERT INTO retention_run (run_at, kind, account_id, username, policy, decision, reason, "
                       "youths, prospects, log_entries, log_cutoff) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   { isoMoment(at), run.kind, SqlValues::idOrNull(accountId), SqlValues::text(username),
                     SqlValues::text(run.policy), SqlValues::text(run.decision), SqlValues::text(run.reason),
                     outcome.youths, outcome.prospects, outcome.logEntries,
                     outcome.accessLogCutoff.isValid() ? QVariant(isoMoment(outcome.accessLogCutoff)) : QVariant() },
                   "retention.run");
            !recorded) {
            return fail(tr("Nothing was culled: %1").arg(recorded.message()));
        }

        const bool erasure = run.kind == QLatin1String("erasure");
        const AccessAction action = erasure ? AccessAction::EraseYouth : AccessAction::RetentionRun;
        const QString detail = erasure ? AccessDetail::encode(AccessDetail::Code::ErasureOnRequest)
            : run.kind == QLatin1String("reapplied")
            ? AccessDetail::encode(AccessDetail::Code::RetentionReapplied, { QString::number(run.reappliedRuns) })
            : AccessDetail::encode(AccessDetail::Code::RetentionCounts,
                                   { QString::number(outcome.youths), QString::number(outcome.prospects),
                                     QString::number(outcome.logEntries) });
        const qint64 youthId = erasure ? run.youthIds.value(0) : 0;
        // Without a logged-in user (a restore before login) the entry names no account.
        const Result<void> logged = session.isLoggedIn()
            ? session.log(action, youthId, detail)
            : m_workspace.accessLog().append(0, QString(), action, youthId, detail);
        if (!logged) {
            return fail(tr("Nothing was culled, because the access log could not record it: %1").arg(logged.message()));
        }
        if (!transaction.commit()) {
            return fail(tr("Nothing was culled: %1").arg(transaction.error()));
        }
    }
    qCInfo(lcDatabase) << "retention run" << run.kind << "culled" << outcome.youths << "youths," << outcome.prospects
                       << "prospects," << outcome.logEntries << "access-log entries";

    if (run.kind != QLatin1String("reapplied")) {
        RetentionLog::Run line;
        line.at = at;
        line.kind = run.kind == QLatin1String("erasure") ? RetentionLog::Kind::Erasure : RetentionLog::Kind::Policy;
        line.username = session.isLoggedIn() ? session.account()->username : QString();
        line.decision = run.decision;
        line.reason = run.reason;
        line.youthIds = run.youthIds;
        line.accessLogCutoff = outcome.accessLogCutoff;
        line.databaseId = DatabaseIdentity::read(m_workspace.database().connection());
        if (Result<void> appended = RetentionLog(m_logPath).append(line); !appended) {
            outcome.warnings.append(
                tr("The culling is done, but it could not be written to the retention log outside the database, so a "
                   "restore of an older backup would not repeat it: %1")
                    .arg(appended.message()));
        }
    }
    outcome.warnings += compact();
    if (!run.youthIds.isEmpty()) {
        for (const qint64 id : run.youthIds) {
            emit m_workspace.youths().youthRemoved(id);
        }
        emit culled(run.youthIds);
    }
    return outcome;
}

QStringList RetentionRepository::compact()
{
    QStringList warnings;
    const Database& database = m_workspace.database();
    if (database.isServer()) {
        // The server's own autovacuum reclaims the culled rows' space; its VACUUM needs the tables' owner, which
        // the program's role is not. Its write-ahead log is the server's and is recycled by the server.
        return warnings;
    }
    bool vacuumed = false;
    {
        QSqlQuery vacuum(database.connection());
        vacuumed = vacuum.exec(QStringLiteral("VACUUM"));
        if (!vacuumed) {
            qCWarning(lcSql) << "retention: VACUUM failed:" << vacuum.lastError().text();
        }
    }
    if (!vacuumed) {
        // A list elsewhere in the program may hold a statement open on the main connection, which VACUUM refuses
        // to run beside; under WAL a second connection may vacuum while it reads.
        const QString name = QStringLiteral("lotsen-vacuum-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase side = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            side.setDatabaseName(database.path());
            side.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (side.open()) {
                QSqlQuery vacuum(side);
                vacuumed = vacuum.exec(QStringLiteral("VACUUM"));
                if (!vacuumed) {
                    qCWarning(lcSql) << "retention: VACUUM on a second connection failed:" << vacuum.lastError().text();
                }
            }
            side.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!vacuumed) {
        warnings.append(tr("The culled data was removed, but the file could not be compacted now; the space it held "
                           "is overwritten with zeros but the file keeps its size until the next culling."));
    }
    QSqlQuery checkpoint(database.connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
        || checkpoint.value(0).toInt() != 0) {
        qCWarning(lcSql) << "retention: WAL checkpoint incomplete:" << checkpoint.lastError().text();
        warnings.append(tr("Earlier versions of the culled data remain in the database's write-ahead file until "
                           "Lotsen is closed."));
    }
    return warnings;
}

} // namespace lotsen
