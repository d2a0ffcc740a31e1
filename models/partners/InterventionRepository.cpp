#include "partners/InterventionRepository.h"

#include "core/ChangedBy.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "youth/YouthEvents.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

const char* const kInterventionColumns
    = "SELECT i.id, i.name, i.category, i.provider_id, i.description, i.typical_length, i.active, o.name "
      "FROM intervention i LEFT JOIN partner_org o ON o.id = i.provider_id ";
const char* const kParticipationColumns
    = "SELECT p.id, p.youth_id, p.intervention_id, p.start_date, p.planned_end, p.status, p.outcome, "
      "p.plan_step_id, i.name FROM participation p JOIN intervention i ON i.id = p.intervention_id ";

Intervention interventionFrom(const QSqlQuery& query)
{
    Intervention intervention;
    intervention.id = query.value(0).toLongLong();
    intervention.name = query.value(1).toString();
    intervention.category = Vocabulary::interventionCategoryFromCode(query.value(2).toString());
    intervention.providerId = query.value(3).toLongLong();
    intervention.description = query.value(4).toString();
    intervention.typicalLength = query.value(5).toString();
    intervention.active = query.value(6).toInt() != 0;
    intervention.providerName = query.value(7).toString();
    return intervention;
}

Participation participationFrom(const QSqlQuery& query)
{
    Participation participation;
    participation.id = query.value(0).toLongLong();
    participation.youthId = query.value(1).toLongLong();
    participation.interventionId = query.value(2).toLongLong();
    participation.startDate = SqlValues::date(query.value(3));
    participation.plannedEnd = SqlValues::date(query.value(4));
    participation.status = Vocabulary::participationStatusFromCode(query.value(5).toString());
    participation.outcome = query.value(6).toString();
    participation.planStepId = query.value(7).toLongLong();
    participation.interventionName = query.value(8).toString();
    return participation;
}

} // namespace

InterventionRepository::InterventionRepository(Database& database, QObject* parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<Intervention>> InterventionRepository::interventions(bool activeOnly) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(kInterventionColumns)
                    + (activeOnly ? QStringLiteral("WHERE i.active = 1 ") : QString())
                    + QStringLiteral("ORDER BY i.name COLLATE NOCASE"))) {
        return SqlRead::failed(query, "interventions.interventions");
    }
    QList<Intervention> result;
    while (query.next()) {
        result.append(interventionFrom(query));
    }
    return result;
}

Result<std::optional<Intervention>> InterventionRepository::intervention(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kInterventionColumns) + QStringLiteral("WHERE i.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "interventions.intervention");
    }
    return query.next() ? std::optional<Intervention>(interventionFrom(query)) : std::optional<Intervention>();
}

bool InterventionRepository::mayManageCatalogue() const
{
    return !m_permissionCheck || m_permissionCheck(Permission::ManagePartnersAndCatalogue);
}

Result<qint64> InterventionRepository::saveIntervention(Intervention& intervention)
{
    if (!mayManageCatalogue()) {
        return fail(Permissions::refusal());
    }
    intervention.name = intervention.name.trimmed();
    if (intervention.name.isEmpty()) {
        return fail(tr("Enter the intervention's name."));
    }
    if (intervention.providerId != 0) {
        QSqlQuery provider(m_database.connection());
        provider.prepare(QStringLiteral("SELECT count(*) FROM partner_org WHERE id = ?"));
        provider.addBindValue(intervention.providerId);
        if (!provider.exec() || !provider.next() || provider.value(0).toInt() == 0) {
            return fail(tr("The provider no longer exists. Choose another one."));
        }
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    const QString now = SqlValues::now();
    if (intervention.id == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO intervention (name, category, provider_id, description, "
                           "typical_length, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(
            QStringLiteral("UPDATE intervention SET name = ?, category = ?, provider_id = ?, description = ?, "
                           "typical_length = ?, active = ?, updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(intervention.name);
    query.addBindValue(Vocabulary::code(intervention.category));
    query.addBindValue(SqlValues::idOrNull(intervention.providerId));
    query.addBindValue(SqlValues::text(intervention.description));
    query.addBindValue(SqlValues::text(intervention.typicalLength.trimmed()));
    query.addBindValue(intervention.active ? 1 : 0);
    query.addBindValue(now);
    if (intervention.id == 0) {
        query.addBindValue(now);
    } else {
        query.addBindValue(intervention.id);
    }
    if (!transaction.isActive() || !query.exec() || (intervention.id != 0 && query.numRowsAffected() != 1)) {
        qCWarning(lcSql) << "saveIntervention failed:" << query.lastError().text();
        return fail(tr("The intervention could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = intervention.id == 0 ? query.lastInsertId().toLongLong() : intervention.id;
    if (!transaction.commit()) {
        return fail(tr("The intervention could not be saved: %1").arg(transaction.error()));
    }
    intervention.id = id;
    emit catalogueChanged();
    return id;
}

Result<qint64> InterventionRepository::setInterventionActive(qint64 id, bool active)
{
    if (!mayManageCatalogue()) {
        return fail(Permissions::refusal());
    }
    Result<Intervention> found = required(intervention(id), tr("This intervention no longer exists."));
    if (!found) {
        return found.error();
    }
    found->active = active;
    return saveIntervention(*found);
}

Result<qint64> InterventionRepository::removeIntervention(qint64 id)
{
    if (!mayManageCatalogue()) {
        return fail(Permissions::refusal());
    }
    if (const Result<Intervention> found = required(intervention(id), tr("This intervention no longer exists."));
        !found) {
        return found.error();
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM intervention WHERE id = ?"));
    query.addBindValue(id);
    // The foreign key from participation refuses the delete of an intervention someone took part in.
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("Youths have taken part in this intervention, so it cannot be deleted. Deactivate it "
                       "instead."));
    }
    emit catalogueChanged();
    return id;
}

Result<bool> InterventionRepository::isInterventionReferenced(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM participation WHERE intervention_id = ?)"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "interventions.isReferenced");
    }
    if (!query.next()) {
        return SqlRead::noRow("interventions.isReferenced");
    }
    return query.value(0).toInt() != 0;
}

Result<QHash<qint64, int>> InterventionRepository::ongoingCounts() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT intervention_id, count(*) FROM participation WHERE status = 'ongoing' "
                                   "GROUP BY intervention_id"))) {
        return SqlRead::failed(query, "interventions.ongoingCounts");
    }
    QHash<qint64, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

Result<QList<InterventionRepository::Participant>>
InterventionRepository::ongoingParticipants(qint64 interventionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT p.id, y.id, y.first_name || ' ' || y.last_name, p.status, p.start_date, p.planned_end "
                       "FROM participation p JOIN youth y ON y.id = p.youth_id "
                       "WHERE p.intervention_id = ? AND p.status = 'ongoing' "
                       "ORDER BY y.last_name COLLATE NOCASE, y.first_name COLLATE NOCASE"));
    query.addBindValue(interventionId);
    if (!query.exec()) {
        return SqlRead::failed(query, "interventions.ongoingParticipants");
    }
    QList<Participant> result;
    while (query.next()) {
        Participant participant;
        participant.participationId = query.value(0).toLongLong();
        participant.youthId = query.value(1).toLongLong();
        participant.youthName = query.value(2).toString().trimmed();
        participant.status = Vocabulary::participationStatusFromCode(query.value(3).toString());
        participant.startDate = SqlValues::date(query.value(4));
        participant.plannedEnd = SqlValues::date(query.value(5));
        result.append(participant);
    }
    return result;
}

Result<QList<Participation>> InterventionRepository::participations(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QString::fromLatin1(kParticipationColumns)
        + QStringLiteral("WHERE p.youth_id = ? ORDER BY coalesce(p.start_date, p.created_at) DESC, p.id DESC"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "interventions.participations");
    }
    QList<Participation> result;
    while (query.next()) {
        result.append(participationFrom(query));
    }
    return result;
}

Result<std::optional<Participation>> InterventionRepository::participation(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kParticipationColumns) + QStringLiteral("WHERE p.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "interventions.participation");
    }
    return query.next() ? std::optional<Participation>(participationFrom(query)) : std::optional<Participation>();
}

Result<qint64> InterventionRepository::saveParticipation(Participation& participation, qint64 staffId)
{
    if (participation.youthId == 0) {
        return fail(tr("Choose the youth."));
    }
    const Result<Intervention> chosen
        = required(intervention(participation.interventionId), tr("Choose an intervention from the catalogue."));
    if (!chosen) {
        return chosen.error();
    }
    if (participation.startDate.isValid() && participation.plannedEnd.isValid()
        && participation.plannedEnd < participation.startDate) {
        return fail(tr("The planned end cannot be before the start."));
    }
    if (participation.status != ParticipationStatus::Proposed && !participation.startDate.isValid()) {
        return fail(tr("Enter the start date: the intervention has started."));
    }
    std::optional<Participation> before;
    if (participation.id != 0) {
        Result<std::optional<Participation>> stored = this->participation(participation.id);
        if (!stored.ok()) {
            return stored.error();
        }
        before = std::move(stored).value();
        if (!before || before->youthId != participation.youthId) {
            return fail(tr("This participation no longer exists."));
        }
    }

    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    const QString now = SqlValues::now();
    if (participation.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO participation (youth_id, intervention_id, start_date, planned_end, "
                                     "status, outcome, plan_step_id, created_at, updated_at, registered_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(participation.youthId);
    } else {
        query.prepare(QStringLiteral("UPDATE participation SET intervention_id = ?, start_date = ?, planned_end = ?, "
                                     "status = ?, outcome = ?, plan_step_id = ?, updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(participation.interventionId);
    query.addBindValue(SqlValues::dateOrNull(participation.startDate));
    query.addBindValue(SqlValues::dateOrNull(participation.plannedEnd));
    query.addBindValue(Vocabulary::code(participation.status));
    query.addBindValue(SqlValues::text(participation.outcome));
    query.addBindValue(SqlValues::idOrNull(participation.planStepId));
    query.addBindValue(now);
    if (participation.id == 0) {
        query.addBindValue(now);
    } else {
        query.addBindValue(participation.id);
    }
    if (participation.id == 0) {
        query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    }
    if (!transaction.isActive() || !query.exec()) {
        qCWarning(lcSql) << "saveParticipation failed:" << query.lastError().text();
        return fail(tr("The participation could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = participation.id == 0 ? query.lastInsertId().toLongLong() : participation.id;
    if (participation.id != 0) {
        if (const Result<void> marked = ChangedBy::mark(m_database, ChangedBy::Table::Participation, id); !marked) {
            return marked.error();
        }
    }

    // Starting and ending are events in the youth's timeline; the detail is "status code:intervention name".
    const ParticipationStatus previous = before ? before->status : ParticipationStatus::Proposed;
    const bool started = participation.status == ParticipationStatus::Ongoing
        && (!before || previous == ParticipationStatus::Proposed);
    const bool ended = (participation.status == ParticipationStatus::Completed
                        || participation.status == ParticipationStatus::Interrupted)
        && participation.status != previous;
    const QString detail = Vocabulary::code(participation.status) + u':' + chosen->name;
    Result<void> event = success();
    if (started) {
        event = YouthEvents::write(m_database, participation.youthId, QStringLiteral("intervention_started"), detail,
                                   staffId);
    }
    if (event && ended) {
        event = YouthEvents::write(m_database, participation.youthId, QStringLiteral("intervention_ended"), detail,
                                   staffId);
    }
    if (!event) {
        return fail(tr("The participation could not be saved: %1").arg(event.message()));
    }
    if (!transaction.commit()) {
        return fail(tr("The participation could not be saved: %1").arg(transaction.error()));
    }
    participation.id = id;
    participation.interventionName = chosen->name;
    emit participationsChanged(participation.youthId);
    return id;
}

} // namespace lotsen
