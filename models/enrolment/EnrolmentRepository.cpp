#include "enrolment/EnrolmentRepository.h"

#include "access/AccessLog.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "enrolment/FollowUpRepository.h"
#include "youth/YouthEvents.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

using V = EnrolmentVocabulary;

QVariant optionalBool(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

std::optional<bool> optionalBoolOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

// The columns of a period as periods() and period() read them, in this order.
const char* const kPeriodColumns
    = "p.id, p.youth_id, p.start_date, p.end_date, p.mentor_id, s.name, p.referral_source, p.labour_situation, "
      "p.time_without, p.education, p.income, p.kaa_override, a.display_name";

EnrolmentPeriod periodOf(const QSqlQuery& query)
{
    EnrolmentPeriod period;
    period.id = query.value(0).toLongLong();
    period.youthId = query.value(1).toLongLong();
    period.startDate = SqlValues::date(query.value(2));
    period.endDate = SqlValues::date(query.value(3));
    period.mentorId = query.value(4).toLongLong();
    period.mentorName = query.value(5).toString();
    period.referralSource = Vocabulary::referralSourceFromCode(query.value(6).toString());
    period.entry.labour = V::fromCode<LabourSituation>(query.value(7).toString());
    period.entry.timeWithout = V::fromCode<TimeWithout>(query.value(8).toString());
    period.entry.education = V::fromCode<Education>(query.value(9).toString());
    period.entry.income = V::fromCode<Income>(query.value(10).toString());
    period.entry.kaaOverride = optionalBoolOf(query.value(11));
    period.registeredByName = query.value(12).toString();
    return period;
}

} // namespace

EnrolmentRepository::EnrolmentRepository(Database& database, QObject* parent)
    : QObject(parent), m_database(database) { }

Result<int> EnrolmentRepository::execute(const QString& sql, const QVariantList& values, const char* operation) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return writeFailed(operation, query.lastError().text());
    }
    return query.numRowsAffected();
}

Error EnrolmentRepository::writeFailed(const char* operation, const QString& sqlError) const
{
    qCWarning(lcSql) << operation << "failed:" << sqlError;
    return lotsen::fail(tr("Nothing was saved: %1").arg(sqlError));
}

Result<QList<EnrolmentPeriod>> EnrolmentRepository::periods(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM enrolment_period p LEFT JOIN staff s ON s.id = p.mentor_id "
                                 "LEFT JOIN account a ON a.id = p.registered_by WHERE p.youth_id = ? "
                                 "ORDER BY p.start_date, p.id")
                      .arg(QLatin1String(kPeriodColumns)));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "enrolment.periods");
    }
    QList<EnrolmentPeriod> periods;
    QHash<qint64, int> rowOf;
    while (query.next()) {
        rowOf.insert(query.value(0).toLongLong(), int(periods.size()));
        periods.append(periodOf(query));
    }
    QSqlQuery exits(m_database.connection());
    exits.setForwardOnly(true);
    exits.prepare(QStringLiteral(
        "SELECT x.id, x.period_id, x.exit_date, x.reason, x.reason_text, x.partner_org_id, o.name, x.situation, "
        "x.study_type, x.qualification, x.qualification_text, x.follow_up_consent, x.created_at, a.display_name, "
        "x.reopened_at, x.reopen_reason, r.display_name "
        "FROM enrolment_exit x JOIN enrolment_period p ON p.id = x.period_id "
        "LEFT JOIN partner_org o ON o.id = x.partner_org_id LEFT JOIN account a ON a.id = x.registered_by "
        "LEFT JOIN account r ON r.id = x.reopened_registered_by WHERE p.youth_id = ? ORDER BY x.created_at, x.id"));
    exits.addBindValue(youthId);
    if (!exits.exec()) {
        return SqlRead::failed(exits, "enrolment.exits");
    }
    while (exits.next()) {
        ExitRecord exit;
        exit.id = exits.value(0).toLongLong();
        exit.periodId = exits.value(1).toLongLong();
        exit.exitDate = SqlValues::date(exits.value(2));
        exit.reason = V::fromCode<ExitReason>(exits.value(3).toString());
        exit.reasonText = exits.value(4).toString();
        exit.partnerOrgId = exits.value(5).toLongLong();
        exit.partnerName = exits.value(6).toString();
        exit.situation = V::fromCode<Situation>(exits.value(7).toString());
        exit.studyType = V::fromCode<StudyType>(exits.value(8).toString());
        exit.qualification = optionalBoolOf(exits.value(9));
        exit.qualificationText = exits.value(10).toString();
        exit.followUpConsent = exits.value(11).toInt() != 0;
        exit.registeredAt = QDateTime::fromString(exits.value(12).toString(), Qt::ISODate);
        exit.registeredByName = exits.value(13).toString();
        exit.reopenedAt = QDateTime::fromString(exits.value(14).toString(), Qt::ISODate);
        exit.reopenReason = exits.value(15).toString();
        exit.reopenedByName = exits.value(16).toString();
        const int row = rowOf.value(exit.periodId, -1);
        if (row >= 0) {
            periods[row].exits.append(exit);
        }
    }
    return periods;
}

Result<std::optional<EnrolmentPeriod>> EnrolmentRepository::period(qint64 periodId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT youth_id FROM enrolment_period WHERE id = ?"));
    query.addBindValue(periodId);
    if (!query.exec()) {
        return SqlRead::failed(query, "enrolment.period");
    }
    if (!query.next()) {
        return std::optional<EnrolmentPeriod>();
    }
    Result<QList<EnrolmentPeriod>> all = periods(query.value(0).toLongLong());
    if (!all.ok()) {
        return all.error();
    }
    for (const EnrolmentPeriod& period : all.value()) {
        if (period.id == periodId) {
            return std::optional<EnrolmentPeriod>(period);
        }
    }
    return std::optional<EnrolmentPeriod>();
}

Result<EnrolmentRepository::OpenWork> EnrolmentRepository::openWork(qint64 youthId) const
{
    OpenWork work;
    const auto read
        = [this, youthId](const QString& sql, QList<OpenItem>& into, const char* operation) -> Result<void> {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(youthId);
        if (!query.exec()) {
            return SqlRead::failed(query, operation);
        }
        while (query.next()) {
            into.append({ query.value(0).toLongLong(), query.value(1).toString(), SqlValues::date(query.value(2)) });
        }
        return success();
    };
    if (Result<void> r = read(QStringLiteral("SELECT st.id, st.description, st.due_date FROM plan_step st "
                                             "JOIN action_plan p ON p.id = st.plan_id WHERE p.youth_id = ? "
                                             "AND p.frozen_at IS NULL AND st.status IN ('planned', 'ongoing') "
                                             "ORDER BY st.position"),
                              work.steps, "enrolment.openSteps");
        !r) {
        return r.error();
    }
    if (Result<void> r = read(QStringLiteral("SELECT pa.id, i.name, pa.start_date FROM participation pa "
                                             "JOIN intervention i ON i.id = pa.intervention_id WHERE pa.youth_id = ? "
                                             "AND pa.status IN ('proposed', 'ongoing') ORDER BY pa.start_date, pa.id"),
                              work.participations, "enrolment.openParticipations");
        !r) {
        return r.error();
    }
    if (Result<void> r = read(QStringLiteral("SELECT r.id, o.name, r.sent_on FROM referral r "
                                             "JOIN partner_org o ON o.id = r.org_id WHERE r.youth_id = ? "
                                             "AND r.status = 'sent' ORDER BY r.sent_on, r.id"),
                              work.referrals, "enrolment.openReferrals");
        !r) {
        return r.error();
    }
    return work;
}

Result<qint64> EnrolmentRepository::enrol(qint64 youthId, const Enrolment& enrolment)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    QSqlQuery youth(m_database.connection());
    youth.prepare(QStringLiteral("SELECT status, mentor_id, (SELECT max(end_date) FROM enrolment_period "
                                 "WHERE youth_id = y.id) FROM youth y WHERE id = ?"));
    youth.addBindValue(youthId);
    if (!youth.exec()) {
        return SqlRead::failed(youth, "enrolment.enrolYouth");
    }
    if (!youth.next()) {
        return lotsen::fail(tr("This youth no longer exists in the database."));
    }
    const YouthStatus status = Vocabulary::statusFromCode(youth.value(0).toString());
    const qint64 previousMentor = youth.value(1).toLongLong();
    if (status != YouthStatus::Prospect && status != YouthStatus::Exited) {
        return lotsen::fail(tr("This youth is already taking part. A new period starts only after an exit."));
    }
    if (enrolment.mentorId == 0) {
        return lotsen::fail(tr("Choose the mentor who takes over."), QStringLiteral("mentor"));
    }
    if (const Result<void> valid
        = EnrolmentRules::checkEnrolment(enrolment.startDate, SqlValues::date(youth.value(2)), Clock::today());
        !valid) {
        return valid.error();
    }
    const QString now = SqlValues::now();
    const EntrySituation& entry = enrolment.entry;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO enrolment_period (youth_id, start_date, mentor_id, referral_source, labour_situation, "
        "time_without, education, income, kaa_override, disability, foreign_background, created_at, updated_at, "
        "registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(youthId);
    insert.addBindValue(SqlValues::dateOrNull(enrolment.startDate));
    insert.addBindValue(SqlValues::idOrNull(enrolment.mentorId));
    insert.addBindValue(Vocabulary::code(enrolment.referralSource));
    insert.addBindValue(V::code(entry.labour));
    insert.addBindValue(V::code(entry.timeWithout));
    insert.addBindValue(V::code(entry.education));
    insert.addBindValue(V::code(entry.income));
    insert.addBindValue(optionalBool(entry.kaaOverride));
    insert.addBindValue(V::code(entry.disability));
    insert.addBindValue(V::code(entry.foreignBackground));
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(m_database.authorValue());
    if (!insert.exec()) {
        return writeFailed("enrolment.insertPeriod", insert.lastError().text());
    }
    const qint64 periodId = insert.lastInsertId().toLongLong();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE youth SET status = 'active', start_date = ?, mentor_id = ?, "
                                  "referral_source = ?, pause_until = NULL, updated_at = ? WHERE id = ?"));
    update.addBindValue(SqlValues::dateOrNull(enrolment.startDate));
    update.addBindValue(SqlValues::idOrNull(enrolment.mentorId));
    update.addBindValue(Vocabulary::code(enrolment.referralSource));
    update.addBindValue(now);
    update.addBindValue(youthId);
    if (!update.exec()) {
        return writeFailed("enrolment.enrolStatus", update.lastError().text());
    }
    // The status change in the history, as when the card's status changes (prospect>active, exited>active).
    if (const Result<void> event = YouthEvents::write(m_database, youthId, QStringLiteral("status_changed"),
                                                      Vocabulary::code(status) + QStringLiteral(">active"), 0);
        !event) {
        return writeFailed("enrolment.statusEvent", event.message());
    }
    if (previousMentor != enrolment.mentorId) {
        const Result<void> event
            = YouthEvents::write(m_database, youthId, QStringLiteral("mentor_changed"),
                                 QString::number(previousMentor) + u'>' + QString::number(enrolment.mentorId), 0);
        if (!event) {
            return writeFailed("enrolment.mentorEvent", event.message());
        }
    }
    if (!transaction.commit()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    emit changed(youthId);
    return periodId;
}

Result<void> EnrolmentRepository::updateEntry(qint64 periodId, const EntrySituation& entry, bool withSensitive)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE enrolment_period SET labour_situation = ?, time_without = ?, education = ?, "
                                 "income = ?, kaa_override = ?, updated_at = ?%1 WHERE id = ? RETURNING youth_id")
                      .arg(withSensitive ? QStringLiteral(", disability = ?, foreign_background = ?") : QString()));
    query.addBindValue(V::code(entry.labour));
    query.addBindValue(V::code(entry.timeWithout));
    query.addBindValue(V::code(entry.education));
    query.addBindValue(V::code(entry.income));
    query.addBindValue(optionalBool(entry.kaaOverride));
    query.addBindValue(SqlValues::now());
    if (withSensitive) {
        query.addBindValue(V::code(entry.disability));
        query.addBindValue(V::code(entry.foreignBackground));
    }
    query.addBindValue(periodId);
    if (!query.exec()) {
        return writeFailed("enrolment.updateEntry", query.lastError().text());
    }
    if (!query.next()) {
        return lotsen::fail(tr("This participation period no longer exists in the database."));
    }
    const qint64 youthId = query.value(0).toLongLong();
    query.finish();
    if (!transaction.commit()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    emit changed(youthId);
    return success();
}

Result<EntrySituation> EnrolmentRepository::sensitive(qint64 periodId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT youth_id, mentor_id, disability, foreign_background FROM enrolment_period "
                                 "WHERE id = ?"));
    query.addBindValue(periodId);
    if (!query.exec()) {
        return SqlRead::failed(query, "enrolment.sensitive");
    }
    if (!query.next()) {
        return lotsen::fail(tr("This participation period no longer exists in the database."));
    }
    const qint64 youthId = query.value(0).toLongLong();
    if (m_sensitivePolicy && !m_sensitivePolicy(query.value(1).toLongLong())) {
        return lotsen::fail(tr("Only coordinators and the youth's own mentor may see these answers."));
    }
    EntrySituation answers;
    answers.disability = V::fromCode<SensitiveAnswer>(query.value(2).toString());
    answers.foreignBackground = V::fromCode<SensitiveAnswer>(query.value(3).toString());
    if (m_session && m_session->hasAccessControl()) {
        if (const Result<void> logged = m_session->log(AccessAction::ViewSensitiveCharacteristics, youthId); !logged) {
            return lotsen::fail(tr("The answers are not shown, because the access log could not record that you "
                                   "read them: %1")
                                    .arg(logged.message()));
        }
    }
    return answers;
}

Result<qint64> EnrolmentRepository::exit(qint64 youthId, const ExitInput& input, const QStringList& followUpOffsets)
{
    ExitInput exitInput = input;
    exitInput.reasonText = exitInput.reasonText.trimmed();
    exitInput.qualificationText = exitInput.qualificationText.trimmed();
    if (exitInput.situation != Situation::Studies) {
        exitInput.studyType = StudyType::None;
    }
    if (exitInput.reason != ExitReason::HandedOver) {
        exitInput.partnerOrgId = 0;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    QSqlQuery state(m_database.connection());
    state.prepare(QStringLiteral("SELECT y.status, p.id, p.start_date, p.mentor_id FROM youth y "
                                 "LEFT JOIN enrolment_period p ON p.youth_id = y.id AND p.end_date IS NULL "
                                 "WHERE y.id = ?"));
    state.addBindValue(youthId);
    if (!state.exec()) {
        return SqlRead::failed(state, "enrolment.exitState");
    }
    if (!state.next()) {
        return lotsen::fail(tr("This youth no longer exists in the database."));
    }
    const YouthStatus status = Vocabulary::statusFromCode(state.value(0).toString());
    const qint64 periodId = state.value(1).toLongLong();
    const QDate start = SqlValues::date(state.value(2));
    const qint64 mentorId = state.value(3).toLongLong();
    if (status == YouthStatus::Exited) {
        return lotsen::fail(tr("This youth has already exited. Re-enrol them to start a new period."));
    }
    if (periodId == 0) {
        return lotsen::fail(tr("This youth has never been enrolled, so there is no participation to end."));
    }
    if (const Result<void> valid = EnrolmentRules::checkExit(exitInput, start, Clock::today()); !valid) {
        return valid.error();
    }

    const QString now = SqlValues::now();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO enrolment_exit (period_id, exit_date, reason, reason_text, partner_org_id, situation, "
        "study_type, qualification, qualification_text, follow_up_consent, staff_id, created_at, registered_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(periodId);
    insert.addBindValue(SqlValues::dateOrNull(exitInput.exitDate));
    insert.addBindValue(V::code(exitInput.reason));
    insert.addBindValue(SqlValues::text(exitInput.reasonText));
    insert.addBindValue(SqlValues::idOrNull(exitInput.partnerOrgId));
    insert.addBindValue(V::code(exitInput.situation));
    insert.addBindValue(V::code(exitInput.studyType));
    insert.addBindValue(optionalBool(exitInput.qualification));
    insert.addBindValue(SqlValues::text(exitInput.qualificationText));
    insert.addBindValue(exitInput.followUpConsent ? 1 : 0);
    insert.addBindValue(SqlValues::idOrNull(mentorId));
    insert.addBindValue(now);
    insert.addBindValue(m_database.authorValue());
    if (!insert.exec()) {
        return writeFailed("enrolment.insertExit", insert.lastError().text());
    }
    const qint64 exitId = insert.lastInsertId().toLongLong();

    if (Result<int> r = execute(QStringLiteral("UPDATE enrolment_period SET end_date = ?, updated_at = ? WHERE id = ?"),
                                { SqlValues::dateOrNull(exitInput.exitDate), now, periodId }, "enrolment.endPeriod");
        !r.ok()) {
        return r.error();
    }
    // The open steps as the mentor chose, before the plan version is frozen with them.
    for (const auto& [stepId, completed] : std::as_const(exitInput.steps)) {
        Result<int> r
            = execute(QStringLiteral("UPDATE plan_step SET status = ? WHERE id = ? AND status IN ('planned', "
                                     "'ongoing') AND plan_id IN (SELECT id FROM action_plan WHERE youth_id = ? "
                                     "AND frozen_at IS NULL)"),
                      { completed ? QStringLiteral("done") : QStringLiteral("cancelled"), stepId, youthId },
                      "enrolment.closeStep");
        if (!r.ok()) {
            return r.error();
        }
        if (r.value() != 1) {
            return lotsen::fail(tr("A step of the plan changed while the exit was being recorded. Close the "
                                   "dialog and try again."));
        }
    }
    if (Result<int> r = execute(
            QStringLiteral("UPDATE action_plan SET frozen_at = ?, frozen_by = ?, "
                           "frozen_registered_by = ? WHERE youth_id = ? AND frozen_at IS NULL"),
            { Clock::now().toString(Qt::ISODate), SqlValues::idOrNull(mentorId), m_database.authorValue(), youthId },
            "enrolment.freezePlan");
        !r.ok()) {
        return r.error();
    }
    for (const auto& [participationId, completed] : std::as_const(exitInput.participations)) {
        const QString code = completed ? QStringLiteral("completed") : QStringLiteral("interrupted");
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE participation SET status = ?, updated_at = ? WHERE id = ? AND "
                                     "youth_id = ? AND status IN ('proposed', 'ongoing') "
                                     "RETURNING (SELECT name FROM intervention WHERE id = intervention_id)"));
        query.addBindValue(code);
        query.addBindValue(now);
        query.addBindValue(participationId);
        query.addBindValue(youthId);
        if (!query.exec()) {
            return writeFailed("enrolment.closeParticipation", query.lastError().text());
        }
        if (!query.next()) {
            return lotsen::fail(tr("An intervention changed while the exit was being recorded. Close the dialog "
                                   "and try again."));
        }
        const QString name = query.value(0).toString();
        query.finish();
        const Result<void> event = YouthEvents::write(m_database, youthId, QStringLiteral("intervention_ended"),
                                                      code + u':' + name, mentorId);
        if (!event) {
            return writeFailed("enrolment.participationEvent", event.message());
        }
    }
    if (EnrolmentRules::createsFollowUps(exitInput)) {
        if (const Result<void> created
            = FollowUpRepository::createFor(m_database, exitId, youthId, exitInput.exitDate, followUpOffsets);
            !created) {
            return writeFailed("enrolment.followUps", created.message());
        }
    }
    if (Result<int> r = execute(QStringLiteral("UPDATE youth SET status = 'exited', pause_until = NULL, updated_at = ? "
                                               "WHERE id = ?"),
                                { now, youthId }, "enrolment.exitStatus");
        !r.ok()) {
        return r.error();
    }
    if (!transaction.commit()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    emit changed(youthId);
    return exitId;
}

Result<void> EnrolmentRepository::reopen(qint64 exitId, const QString& reason)
{
    if (m_permissionCheck && !m_permissionCheck(Permission::ReopenExits)) {
        return lotsen::fail(tr("Only coordinators can reopen an exit."));
    }
    if (const Result<void> valid = EnrolmentRules::checkReopen(reason); !valid) {
        return valid;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    QSqlQuery state(m_database.connection());
    state.prepare(QStringLiteral(
        "SELECT x.reopened_at, p.id, p.youth_id, p.end_date, "
        "(SELECT count(*) FROM enrolment_period l WHERE l.youth_id = p.youth_id AND l.start_date > p.start_date) "
        "FROM enrolment_exit x JOIN enrolment_period p ON p.id = x.period_id WHERE x.id = ?"));
    state.addBindValue(exitId);
    if (!state.exec()) {
        return SqlRead::failed(state, "enrolment.reopenState");
    }
    if (!state.next()) {
        return lotsen::fail(tr("This exit no longer exists in the database."));
    }
    if (!state.value(0).isNull()) {
        return lotsen::fail(tr("This exit has already been reopened."));
    }
    const qint64 periodId = state.value(1).toLongLong();
    const qint64 youthId = state.value(2).toLongLong();
    if (state.value(4).toInt() > 0) {
        return lotsen::fail(tr("The youth has been enrolled again since this exit, so it can no longer be "
                               "reopened."));
    }
    const QString now = SqlValues::now();
    Result<int> written = execute(QStringLiteral("UPDATE enrolment_exit SET reopened_at = ?, reopen_reason = ?, "
                                                 "reopened_registered_by = ? WHERE id = ?"),
                                  { now, reason.trimmed(), m_database.authorValue(), exitId }, "enrolment.reopen");
    if (written.ok()) {
        written = execute(QStringLiteral("UPDATE enrolment_period SET end_date = NULL, updated_at = ? WHERE id = ?"),
                          { now, periodId }, "enrolment.reopenPeriod");
    }
    if (written.ok()) {
        written = execute(QStringLiteral("UPDATE follow_up SET status = 'cancelled', closed_at = ?, "
                                         "closed_registered_by = ? WHERE exit_id = ? AND status = 'open'"),
                          { now, m_database.authorValue(), exitId }, "enrolment.cancelFollowUps");
    }
    if (written.ok()) {
        written = execute(QStringLiteral("UPDATE youth SET status = 'active', updated_at = ? WHERE id = ?"),
                          { now, youthId }, "enrolment.reopenStatus");
    }
    if (!written.ok()) {
        return written.error();
    }
    if (!transaction.commit()) {
        return lotsen::fail(tr("Nothing was saved: %1").arg(transaction.error()));
    }
    emit changed(youthId);
    return success();
}

} // namespace lotsen
