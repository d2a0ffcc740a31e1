#include "plans/PlanRepository.h"

#include "core/ChangedBy.h"
#include "core/CleanText.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/TextLimits.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lotsen {

namespace {

const char* const kFrozenMarker = "action plan version is frozen";

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant isoDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QDate dateFrom(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const char* const kPlanColumns
    = "SELECT p.id, p.youth_id, p.version, p.plan_date, p.staff_id, s.name, p.my_goal, p.strengths, p.support_needs, "
      "p.wishes, p.long_term_goal, p.notes, p.next_review, p.signed_on, p.frozen_at, p.row_version "
      "FROM action_plan p LEFT JOIN staff s ON s.id = p.staff_id ";

} // namespace

PlanRepository::PlanRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Error PlanRepository::failure(const QString& sqlError) const
{
    qCWarning(lcSql) << "plan write failed:" << sqlError;
    if (sqlError.contains(QLatin1String(kFrozenMarker))) {
        return fail(tr("This version of the plan is frozen and can no longer be changed. Revise the plan to "
                       "make a new version."));
    }
    return fail(tr("The plan could not be saved. Nothing was changed. (%1)").arg(sqlError));
}

Result<QList<PlanRepository::VersionInfo>> PlanRepository::versions(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.id, p.version, p.plan_date, s.name, p.frozen_at, p.signed_on "
                                 "FROM action_plan p LEFT JOIN staff s ON s.id = p.staff_id "
                                 "WHERE p.youth_id = ? ORDER BY p.version DESC"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "plans.versions");
    }
    QList<VersionInfo> result;
    while (query.next()) {
        result.append({ query.value(0).toLongLong(), query.value(1).toInt(), dateFrom(query.value(2)),
                        query.value(3).toString(), QDateTime::fromString(query.value(4).toString(), Qt::ISODate),
                        dateFrom(query.value(5)) });
    }
    return result;
}

Result<std::optional<ActionPlan>> PlanRepository::load(qint64 planId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kPlanColumns) + QStringLiteral("WHERE p.id = ?"));
    query.addBindValue(planId);
    if (!query.exec()) {
        return SqlRead::failed(query, "plans.load");
    }
    if (!query.next()) {
        return std::optional<ActionPlan>();
    }
    ActionPlan plan;
    plan.id = query.value(0).toLongLong();
    plan.youthId = query.value(1).toLongLong();
    plan.version = query.value(2).toInt();
    plan.planDate = dateFrom(query.value(3));
    plan.staffId = query.value(4).toLongLong();
    plan.staffName = query.value(5).toString();
    plan.myGoal = query.value(6).toString();
    plan.strengths = query.value(7).toString();
    plan.supportNeeds = query.value(8).toString();
    plan.wishes = query.value(9).toString();
    plan.longTermGoal = query.value(10).toString();
    plan.notes = query.value(11).toString();
    plan.nextReview = dateFrom(query.value(12));
    plan.signedOn = dateFrom(query.value(13));
    plan.frozenAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
    plan.rowVersion = query.value(15).toInt();

    QSqlQuery steps(m_database.connection());
    steps.setForwardOnly(true);
    steps.prepare(QStringLiteral("SELECT id, description, responsible, responsible_name, start_date, due_date, status, "
                                 "outcome FROM plan_step WHERE plan_id = ? ORDER BY position, id"));
    steps.addBindValue(planId);
    if (!steps.exec()) {
        return SqlRead::failed(steps, "plans.load.steps");
    }
    while (steps.next()) {
        PlanStep step;
        step.id = steps.value(0).toLongLong();
        step.description = steps.value(1).toString();
        step.responsible = Vocabulary::stepResponsibleFromCode(steps.value(2).toString());
        step.responsibleName = steps.value(3).toString();
        step.startDate = dateFrom(steps.value(4));
        step.dueDate = dateFrom(steps.value(5));
        step.status = Vocabulary::stepStatusFromCode(steps.value(6).toString());
        step.outcome = steps.value(7).toString();
        plan.steps.append(step);
    }
    return std::optional<ActionPlan>(std::move(plan));
}

Result<std::optional<ActionPlan>> PlanRepository::current(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM action_plan WHERE youth_id = ? AND frozen_at IS NULL"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "plans.current");
    }
    if (!query.next()) {
        return std::optional<ActionPlan>();
    }
    return load(query.value(0).toLongLong());
}

Result<std::optional<ActionPlan>> PlanRepository::byVersion(qint64 youthId, int version) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM action_plan WHERE youth_id = ? AND version = ?"));
    query.addBindValue(youthId);
    query.addBindValue(version);
    if (!query.exec()) {
        return SqlRead::failed(query, "plans.byVersion");
    }
    if (!query.next()) {
        return std::optional<ActionPlan>();
    }
    return load(query.value(0).toLongLong());
}

Result<qint64> PlanRepository::insertPlan(const ActionPlan& plan)
{
    const QString now = Clock::now().toString(Qt::ISODate);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO action_plan (youth_id, version, plan_date, staff_id, my_goal, strengths, support_needs, wishes, "
        "long_term_goal, notes, next_review, created_at, updated_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?)"));
    query.addBindValue(plan.youthId);
    query.addBindValue(plan.version);
    query.addBindValue(isoDate(plan.planDate));
    query.addBindValue(idOrNull(plan.staffId));
    query.addBindValue(text(plan.myGoal));
    query.addBindValue(text(plan.strengths));
    query.addBindValue(text(plan.supportNeeds));
    query.addBindValue(text(plan.wishes));
    query.addBindValue(text(plan.longTermGoal));
    query.addBindValue(text(plan.notes));
    query.addBindValue(isoDate(plan.nextReview));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> PlanRepository::create(qint64 youthId, qint64 staffId, const QDate& planDate, int reviewWeeks)
{
    const Result<std::optional<ActionPlan>> existing = current(youthId);
    if (!existing.ok()) {
        return existing.error();
    }
    if (existing.value()) {
        return fail(tr("This youth already has a plan. Revise it to make a new version."));
    }
    ActionPlan plan;
    plan.youthId = youthId;
    plan.staffId = staffId;
    plan.planDate = planDate;
    plan.nextReview = planDate.addDays(7 * reviewWeeks);
    const Result<QList<VersionInfo>> earlier = versions(youthId);
    if (!earlier) {
        return earlier.error();
    }
    plan.version = earlier->isEmpty() ? 1 : earlier->first().version + 1;

    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    const Result<qint64> id = insertPlan(plan);
    if (!id) {
        return id;
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit plansChanged(youthId);
    return id;
}

Result<void> PlanRepository::writeSteps(ActionPlan& plan)
{
    QSet<qint64> existing;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM plan_step WHERE plan_id = ?"));
        query.addBindValue(plan.id);
        if (!query.exec()) {
            return failure(query.lastError().text());
        }
        while (query.next()) {
            existing.insert(query.value(0).toLongLong());
        }
    }
    // Steps keep their ids across saves, so that later links to a step (interventions) stay valid.
    QSet<qint64> kept;
    for (int position = 0; position < plan.steps.size(); ++position) {
        PlanStep& step = plan.steps[position];
        const bool update = step.id != 0 && existing.contains(step.id);
        QSqlQuery query(m_database.connection());
        query.prepare(
            update ? QStringLiteral("UPDATE plan_step SET position = ?, description = ?, responsible = ?, "
                                    "responsible_name = ?, start_date = ?, due_date = ?, status = ?, outcome = ? "
                                    "WHERE id = ? AND plan_id = ?")
                   : QStringLiteral("INSERT INTO plan_step (position, description, responsible, "
                                    "responsible_name, start_date, due_date, status, outcome, plan_id, registered_by) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(position);
        query.addBindValue(text(step.description));
        query.addBindValue(Vocabulary::code(step.responsible));
        query.addBindValue(text(step.responsibleName));
        query.addBindValue(isoDate(step.startDate));
        query.addBindValue(isoDate(step.dueDate));
        query.addBindValue(Vocabulary::code(step.status));
        query.addBindValue(text(step.outcome));
        if (update) {
            query.addBindValue(step.id);
        }
        query.addBindValue(plan.id);
        if (!update) {
            query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
        }
        if (!query.exec()) {
            return failure(query.lastError().text());
        }
        if (!update) {
            step.id = query.lastInsertId().toLongLong();
        }
        kept.insert(step.id);
    }
    for (qint64 id : std::as_const(existing)) {
        if (!kept.contains(id)) {
            QSqlQuery remove(m_database.connection());
            remove.prepare(QStringLiteral("DELETE FROM plan_step WHERE id = ?"));
            remove.addBindValue(id);
            if (!remove.exec()) {
                return failure(remove.lastError().text());
            }
        }
    }
    return success();
}

Result<qint64> PlanRepository::save(ActionPlan& plan)
{
    for (QString* section :
         { &plan.myGoal, &plan.strengths, &plan.supportNeeds, &plan.wishes, &plan.longTermGoal, &plan.notes }) {
        *section = CleanText::multiline(*section);
        if (section->size() > TextLimits::PlanSection) {
            return fail(tr("A text of the plan is longer than %n character(s). Shorten it, or keep the details in a "
                           "note.",
                           nullptr, TextLimits::PlanSection));
        }
    }
    for (PlanStep& step : plan.steps) {
        step.description = CleanText::multiline(step.description);
        if (step.description.size() > TextLimits::PlanSection) {
            return fail(tr("A step of the plan is longer than %n character(s).", nullptr, TextLimits::PlanSection));
        }
    }
    for (const PlanStep& step : std::as_const(plan.steps)) {
        if (step.startDate.isValid() && step.dueDate.isValid() && step.dueDate < step.startDate) {
            return fail(tr("A step ends before it starts: \"%1\". Check its dates.").arg(step.description));
        }
    }
    ActionPlan saved = plan;
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery query(m_database.connection());
    // The plan's row first, and only over the version that was read: a save over someone else's newer one writes
    // nothing, not the steps either.
    query.prepare(QStringLiteral("UPDATE action_plan SET my_goal = ?, strengths = ?, support_needs = ?, wishes = ?, "
                                 "long_term_goal = ?, notes = ?, next_review = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"));
    query.addBindValue(text(saved.myGoal));
    query.addBindValue(text(saved.strengths));
    query.addBindValue(text(saved.supportNeeds));
    query.addBindValue(text(saved.wishes));
    query.addBindValue(text(saved.longTermGoal));
    query.addBindValue(text(saved.notes));
    query.addBindValue(isoDate(saved.nextReview));
    query.addBindValue(Clock::now().toString(Qt::ISODate));
    query.addBindValue(saved.id);
    query.addBindValue(saved.rowVersion);
    query.addBindValue(saved.rowVersion);
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    if (query.numRowsAffected() != 1) {
        return notWritten(saved.id);
    }
    if (const Result<void> steps = writeSteps(saved); !steps) {
        return steps.error();
    }
    if (const Result<void> marked = ChangedBy::mark(m_database, ChangedBy::Table::ActionPlan, saved.id); !marked) {
        return marked.error();
    }
    const Result<int> version = storedVersion(saved.id);
    if (!version) {
        return version.error();
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    saved.rowVersion = *version;
    plan = saved;
    emit plansChanged(plan.youthId);
    return plan.id;
}

Result<qint64> PlanRepository::revise(qint64 planId, qint64 staffId, const QDate& today, int reviewWeeks,
                                      int rowVersion)
{
    const Result<ActionPlan> old = required(load(planId), tr("This plan no longer exists in the database."));
    if (!old) {
        return old.error();
    }
    if (rowVersion != 0 && old->rowVersion != rowVersion) {
        return conflict(planId);
    }
    if (old->isFrozen()) {
        return failure(QString::fromLatin1(kFrozenMarker));
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery freeze(m_database.connection());
    // Frozen as it was read (the next version is a copy of that): not over a change made since on another PC.
    freeze.prepare(QStringLiteral("UPDATE action_plan SET frozen_at = ?, frozen_by = ?, frozen_registered_by = ?, "
                                  "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    freeze.addBindValue(Clock::now().toString(Qt::ISODate));
    freeze.addBindValue(idOrNull(staffId));
    freeze.addBindValue(m_database.authorValue()); // who registered the revision: the logged-in account
    freeze.addBindValue(planId);
    freeze.addBindValue(old->rowVersion);
    if (!freeze.exec()) {
        return failure(freeze.lastError().text());
    }
    if (freeze.numRowsAffected() != 1) {
        return notWritten(planId);
    }
    ActionPlan next = *old;
    next.id = 0;
    next.version = old->version + 1;
    next.planDate = today;
    next.staffId = staffId;
    next.nextReview = today.addDays(7 * reviewWeeks);
    next.signedOn = {};
    next.frozenAt = {};
    for (PlanStep& step : next.steps) {
        step.id = 0;
    }
    const Result<qint64> inserted = insertPlan(next);
    if (!inserted) {
        return inserted;
    }
    next.id = *inserted;
    if (const Result<void> steps = writeSteps(next); !steps) {
        return steps.error();
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit plansChanged(next.youthId);
    return next.id;
}

Result<qint64> PlanRepository::markSigned(qint64 planId, const QDate& signedOn, int rowVersion)
{
    const Result<ActionPlan> plan = required(load(planId), tr("This plan no longer exists in the database."));
    if (!plan) {
        return plan.error();
    }
    if (!signedOn.isValid() || signedOn > Clock::today()) {
        return fail(tr("Choose the date the plan was signed (today or earlier)."));
    }
    if (signedOn < plan->planDate) {
        return fail(tr("The plan cannot be signed before its date (%1).").arg(plan->planDate.toString(Qt::ISODate)));
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE action_plan SET signed_on = ?, updated_at = ?, signed_registered_by = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"));
    query.addBindValue(isoDate(signedOn));
    query.addBindValue(Clock::now().toString(Qt::ISODate));
    query.addBindValue(m_database.authorValue()); // who registered the signature: the logged-in account
    query.addBindValue(planId);
    query.addBindValue(rowVersion);
    query.addBindValue(rowVersion);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    if (query.numRowsAffected() != 1) {
        return notWritten(planId);
    }
    if (const Result<void> marked = ChangedBy::mark(m_database, ChangedBy::Table::ActionPlan, planId); !marked) {
        return marked.error();
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit plansChanged(plan->youthId);
    return planId;
}

Result<int> PlanRepository::storedVersion(qint64 planId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT row_version FROM action_plan WHERE id = ?"));
    query.addBindValue(planId);
    if (!query.exec() || !query.next()) {
        return failure(query.lastError().text());
    }
    return query.value(0).toInt();
}

Error PlanRepository::notWritten(qint64 planId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM action_plan WHERE id = ?"));
    query.addBindValue(planId);
    const bool gone = query.exec() && !query.next();
    query.finish();
    if (gone) {
        return fail(tr("This plan no longer exists in the database."));
    }
    return conflict(planId);
}

Error PlanRepository::conflict(qint64 planId) const
{
    // The last change to the row: its freezing (a revision) if it is frozen, else the last save or signature.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT p.updated_at, p.frozen_at, changer.display_name, reviser.display_name "
                                 "FROM action_plan p "
                                 "LEFT JOIN account changer ON changer.id = coalesce(p.changed_by, p.registered_by) "
                                 "LEFT JOIN account reviser ON reviser.id = p.frozen_registered_by WHERE p.id = ?"));
    query.addBindValue(planId);
    QString who;
    QDateTime when;
    bool frozen = false;
    if (query.exec() && query.next()) {
        frozen = !query.value(1).isNull() && !SqlValues::isoText(query.value(1)).isEmpty();
        when = SqlValues::dateTime(query.value(frozen ? 1 : 0));
        who = query.value(frozen ? 3 : 2).toString();
    } else {
        qCWarning(lcSql) << "reading who changed plan" << planId << "failed:" << query.lastError().text();
    }
    const QString at = QLocale().toString(when, QLocale::ShortFormat);
    Error error;
    error.field = conflictField();
    if (frozen) {
        error.message = who.isEmpty()
            ? tr("Someone else revised this plan at %1, after you opened it: this version is now frozen. Nothing of "
                 "yours was saved.")
                  .arg(at)
            : tr("%1 revised this plan at %2, after you opened it: this version is now frozen. Nothing of yours was "
                 "saved.")
                  .arg(who, at);
    } else {
        error.message = who.isEmpty()
            ? tr("Someone else changed this plan at %1, after you opened it. Nothing of yours was saved.").arg(at)
            : tr("%1 changed this plan at %2, after you opened it. Nothing of yours was saved.").arg(who, at);
    }
    return error;
}

} // namespace lotsen
