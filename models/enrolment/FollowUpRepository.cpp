#include "enrolment/FollowUpRepository.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/WriteTransaction.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

using V = EnrolmentVocabulary;

Error writeFailed(const char* operation, const QString& sqlError)
{
    qCWarning(lcSql) << operation << "failed:" << sqlError;
    return fail(FollowUpRepository::tr("Nothing was saved: %1").arg(sqlError));
}

} // namespace

FollowUpRepository::FollowUpRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<void> FollowUpRepository::createFor(Database& database, qint64 exitId, qint64 youthId, const QDate& exitDate,
                                           const QStringList& offsets)
{
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO follow_up (exit_id, youth_id, offset_code, due_on, created_at, "
                                  "registered_by) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = SqlValues::now();
    for (const QString& offset : offsets) {
        const QDate due = EnrolmentRules::dueDate(exitDate, offset);
        if (!due.isValid()) {
            continue;
        }
        insert.addBindValue(exitId);
        insert.addBindValue(youthId);
        insert.addBindValue(offset);
        insert.addBindValue(SqlValues::dateOrNull(due));
        insert.addBindValue(now);
        insert.addBindValue(database.authorValue());
        if (!insert.exec()) {
            return fail(insert.lastError().text());
        }
    }
    return success();
}

Result<QList<FollowUp>> FollowUpRepository::followUps(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT f.id, f.exit_id, f.youth_id, f.offset_code, f.due_on, f.status, f.situation, "
                                 "f.study_type, f.note, f.closed_at, a.display_name FROM follow_up f "
                                 "LEFT JOIN account a ON a.id = f.closed_registered_by WHERE f.youth_id = ? "
                                 "ORDER BY f.due_on, f.id"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "followUp.list");
    }
    QList<FollowUp> followUps;
    QHash<qint64, int> rowOf;
    while (query.next()) {
        FollowUp followUp;
        followUp.id = query.value(0).toLongLong();
        followUp.exitId = query.value(1).toLongLong();
        followUp.youthId = query.value(2).toLongLong();
        followUp.offsetCode = query.value(3).toString();
        followUp.dueOn = SqlValues::date(query.value(4));
        followUp.status = V::fromCode<FollowUpStatus>(query.value(5).toString());
        if (!query.value(6).isNull()) {
            followUp.situation = V::fromCode<Situation>(query.value(6).toString());
        }
        followUp.studyType = V::fromCode<StudyType>(query.value(7).toString());
        followUp.note = query.value(8).toString();
        followUp.closedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        followUp.closedByName = query.value(10).toString();
        rowOf.insert(followUp.id, int(followUps.size()));
        followUps.append(followUp);
    }
    QSqlQuery attempts(m_database.connection());
    attempts.setForwardOnly(true);
    attempts.prepare(QStringLiteral("SELECT t.id, t.follow_up_id, t.attempted_on, t.channel, t.result, t.note, "
                                    "a.display_name FROM follow_up_attempt t JOIN follow_up f ON f.id = t.follow_up_id "
                                    "LEFT JOIN account a ON a.id = t.registered_by WHERE f.youth_id = ? "
                                    "ORDER BY t.attempted_on, t.id"));
    attempts.addBindValue(youthId);
    if (!attempts.exec()) {
        return SqlRead::failed(attempts, "followUp.attempts");
    }
    while (attempts.next()) {
        FollowUpAttempt attempt;
        attempt.id = attempts.value(0).toLongLong();
        attempt.on = SqlValues::date(attempts.value(2));
        attempt.channel = V::fromCode<FollowUpChannel>(attempts.value(3).toString());
        attempt.result = V::fromCode<AttemptResult>(attempts.value(4).toString());
        attempt.note = attempts.value(5).toString();
        attempt.registeredByName = attempts.value(6).toString();
        const int row = rowOf.value(attempts.value(1).toLongLong(), -1);
        if (row >= 0) {
            followUps[row].attempts.append(attempt);
        }
    }
    return followUps;
}

Result<std::optional<FollowUp>> FollowUpRepository::followUp(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT youth_id FROM follow_up WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "followUp.youth");
    }
    if (!query.next()) {
        return std::optional<FollowUp>();
    }
    Result<QList<FollowUp>> all = followUps(query.value(0).toLongLong());
    if (!all.ok()) {
        return all.error();
    }
    for (const FollowUp& followUp : all.value()) {
        if (followUp.id == id) {
            return std::optional<FollowUp>(followUp);
        }
    }
    return std::optional<FollowUp>();
}

Result<void> FollowUpRepository::recordAttempt(qint64 followUpId, const AttemptInput& input)
{
    AttemptInput attempt = input;
    attempt.note = attempt.note.trimmed();
    if (attempt.result != AttemptResult::Reached) {
        attempt.situation.reset();
    }
    if (attempt.situation != Situation::Studies) {
        attempt.studyType = StudyType::None;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    Result<std::optional<FollowUp>> read = followUp(followUpId);
    if (!read.ok()) {
        return read.error();
    }
    if (!read.value()) {
        return fail(tr("This follow-up no longer exists in the database."));
    }
    const FollowUp& followUp = *read.value();
    QSqlQuery exit(m_database.connection());
    exit.prepare(QStringLiteral("SELECT exit_date FROM enrolment_exit WHERE id = ?"));
    exit.addBindValue(followUp.exitId);
    if (!exit.exec() || !exit.next()) {
        return SqlRead::failed(exit, "followUp.exitDate");
    }
    if (const Result<void> valid
        = EnrolmentRules::checkAttempt(attempt, followUp, SqlValues::date(exit.value(0)), Clock::today());
        !valid) {
        return valid;
    }
    const QString now = SqlValues::now();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO follow_up_attempt (follow_up_id, attempted_on, channel, result, note, "
                                  "created_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(followUpId);
    insert.addBindValue(SqlValues::dateOrNull(attempt.on));
    insert.addBindValue(V::code(attempt.channel));
    insert.addBindValue(V::code(attempt.result));
    insert.addBindValue(SqlValues::text(attempt.note));
    insert.addBindValue(now);
    insert.addBindValue(m_database.authorValue());
    if (!insert.exec()) {
        return writeFailed("followUp.attempt", insert.lastError().text());
    }
    if (attempt.result == AttemptResult::Reached || attempt.result == AttemptResult::Declined) {
        QSqlQuery close(m_database.connection());
        close.prepare(QStringLiteral("UPDATE follow_up SET status = ?, situation = ?, study_type = ?, note = ?, "
                                     "closed_at = ?, closed_registered_by = ? WHERE id = ?"));
        const bool reached = attempt.result == AttemptResult::Reached;
        close.addBindValue(reached ? QStringLiteral("done") : QStringLiteral("not_reached"));
        close.addBindValue(reached ? QVariant(V::code(*attempt.situation)) : QVariant(QMetaType::fromType<QString>()));
        close.addBindValue(V::code(attempt.studyType));
        close.addBindValue(SqlValues::text(attempt.note));
        close.addBindValue(now);
        close.addBindValue(m_database.authorValue());
        close.addBindValue(followUpId);
        if (!close.exec()) {
            return writeFailed("followUp.close", close.lastError().text());
        }
    }
    if (!transaction.commit()) {
        return fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    emit changed(followUp.youthId);
    return success();
}

Result<void> FollowUpRepository::closeNotReached(qint64 followUpId, int maxAttempts)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    Result<std::optional<FollowUp>> read = followUp(followUpId);
    if (!read.ok()) {
        return read.error();
    }
    if (!read.value()) {
        return fail(tr("This follow-up no longer exists in the database."));
    }
    if (const Result<void> allowed = EnrolmentRules::checkNotReached(*read.value(), maxAttempts); !allowed) {
        return allowed;
    }
    QSqlQuery close(m_database.connection());
    close.prepare(QStringLiteral("UPDATE follow_up SET status = 'not_reached', closed_at = ?, closed_registered_by = ? "
                                 "WHERE id = ?"));
    close.addBindValue(SqlValues::now());
    close.addBindValue(m_database.authorValue());
    close.addBindValue(followUpId);
    if (!close.exec()) {
        return writeFailed("followUp.notReached", close.lastError().text());
    }
    if (!transaction.commit()) {
        return fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    emit changed(read.value()->youthId);
    return success();
}

} // namespace lotsen
