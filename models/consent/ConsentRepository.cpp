#include "consent/ConsentRepository.h"

#include "consent/ConsentRules.h"
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

// An invalid date for an unknown youth (the write then fails on the foreign key).
Result<QDate> birthDateOf(const Database& database, qint64 youthId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT birth_date FROM youth WHERE id = ?"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "consent.birthDate");
    }
    return query.next() ? SqlValues::date(query.value(0)) : QDate();
}

// The timeline's detail of a consent: "scope code:whom or what".
QString eventDetail(const Consent& consent)
{
    QString what;
    switch (consent.scope) {
    case ConsentScope::Relatives:
        what = consent.networkPersonName;
        break;
    case ConsentScope::Partner:
        what = consent.partnerOrgName;
        break;
    case ConsentScope::Other:
        what = consent.otherText;
        break;
    case ConsentScope::SensitiveNotes:
    case ConsentScope::Photos:
        break;
    }
    return Vocabulary::code(consent.scope) + u':' + what;
}

} // namespace

ConsentRepository::ConsentRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<QList<Consent>> ConsentRepository::load(const Database& database, qint64 youthId, qint64 consentId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.id, c.youth_id, c.scope, c.network_person_id, c.partner_org_id, c.other_text, c.given_on, c.form, "
        "c.witness, c.valid_until, c.guardian_id, c.withdrawn_on, c.withdrawn_note, c.staff_id, n.name, o.name, g.name "
        "FROM consent c LEFT JOIN network_person n ON n.id = c.network_person_id "
        "LEFT JOIN partner_org o ON o.id = c.partner_org_id LEFT JOIN network_person g ON g.id = c.guardian_id "
        "WHERE (:youth = 0 OR c.youth_id = :youth) AND (:consent = 0 OR c.id = :consent) "
        "ORDER BY c.given_on DESC, c.id DESC"));
    query.bindValue(QStringLiteral(":youth"), youthId);
    query.bindValue(QStringLiteral(":consent"), consentId);
    if (!query.exec()) {
        return SqlRead::failed(query, "consent.load");
    }
    QList<Consent> result;
    while (query.next()) {
        Consent consent;
        consent.id = query.value(0).toLongLong();
        consent.youthId = query.value(1).toLongLong();
        consent.scope = Vocabulary::consentScopeFromCode(query.value(2).toString());
        consent.networkPersonId = query.value(3).toLongLong();
        consent.partnerOrgId = query.value(4).toLongLong();
        consent.otherText = query.value(5).toString();
        consent.givenOn = SqlValues::date(query.value(6));
        consent.form = Vocabulary::consentFormFromCode(query.value(7).toString());
        consent.witness = query.value(8).toString();
        consent.validUntil = SqlValues::date(query.value(9));
        consent.guardianId = query.value(10).toLongLong();
        consent.withdrawnOn = SqlValues::date(query.value(11));
        consent.withdrawnNote = query.value(12).toString();
        consent.staffId = query.value(13).toLongLong();
        consent.networkPersonName = query.value(14).toString();
        consent.partnerOrgName = query.value(15).toString();
        consent.guardianName = query.value(16).toString();
        result.append(consent);
    }
    return result;
}

Result<QList<Consent>> ConsentRepository::consents(qint64 youthId) const
{
    return youthId == 0 ? QList<Consent>() : load(m_database, youthId, 0);
}

Result<std::optional<Consent>> ConsentRepository::consent(qint64 id) const
{
    if (id == 0) {
        return std::optional<Consent>();
    }
    Result<QList<Consent>> found = load(m_database, 0, id);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<Consent>() : std::optional<Consent>(found->first());
}

Result<std::optional<Consent>> ConsentRepository::findValid(const Database& database, qint64 youthId,
                                                            const ConsentNeed& need, const QDate& date)
{
    if (youthId == 0) {
        return std::optional<Consent>();
    }
    const Result<QList<Consent>> consents = load(database, youthId, 0);
    if (!consents) {
        return consents.error();
    }
    const Result<QDate> birthDate = birthDateOf(database, youthId);
    if (!birthDate) {
        return birthDate.error();
    }
    return ConsentRules::findValid(*consents, need, date, *birthDate);
}

Result<std::optional<Consent>> ConsentRepository::findValid(qint64 youthId, const ConsentNeed& need,
                                                            const QDate& date) const
{
    return findValid(m_database, youthId, need, date);
}

Result<qint64> ConsentRepository::record(Consent& consent)
{
    consent.otherText = consent.otherText.trimmed();
    consent.witness = consent.witness.trimmed();
    bool guardianIsLegal = false;
    // The named relative and the guardian must belong to this youth's network.
    for (const qint64 personId : { consent.networkPersonId, consent.guardianId }) {
        if (personId == 0) {
            continue;
        }
        QSqlQuery person(m_database.connection());
        person.prepare(QStringLiteral("SELECT youth_id, legal_guardian FROM network_person WHERE id = ?"));
        person.addBindValue(personId);
        if (!person.exec() || !person.next() || person.value(0).toLongLong() != consent.youthId) {
            return fail(tr("The person named in the consent is not in this youth's network."));
        }
        if (personId == consent.guardianId) {
            guardianIsLegal = person.value(1).toInt() != 0;
        }
    }
    const Result<QDate> birthDate = birthDateOf(m_database, consent.youthId);
    if (!birthDate) {
        return birthDate.error();
    }
    const QString problem = ConsentRules::validate(consent, *birthDate, guardianIsLegal);
    if (!problem.isEmpty()) {
        return fail(problem);
    }

    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO consent (youth_id, scope, network_person_id, partner_org_id, other_text, given_on, form, witness, "
        "valid_until, guardian_id, staff_id, created_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    query.addBindValue(consent.youthId);
    query.addBindValue(Vocabulary::code(consent.scope));
    query.addBindValue(SqlValues::idOrNull(consent.networkPersonId));
    query.addBindValue(SqlValues::idOrNull(consent.partnerOrgId));
    query.addBindValue(SqlValues::text(consent.otherText));
    query.addBindValue(SqlValues::dateOrNull(consent.givenOn));
    query.addBindValue(Vocabulary::code(consent.form));
    query.addBindValue(SqlValues::text(consent.witness));
    query.addBindValue(SqlValues::dateOrNull(consent.validUntil));
    query.addBindValue(SqlValues::idOrNull(consent.guardianId));
    query.addBindValue(SqlValues::idOrNull(consent.staffId));
    query.addBindValue(SqlValues::now());
    query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!transaction.isActive() || !query.exec()) {
        qCWarning(lcSql) << "record failed:" << query.lastError().text();
        return fail(tr("The consent could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    // Read back inside the transaction, for the names the timeline shows; a failure rolls the consent back.
    const Result<Consent> stored = required(this->consent(id), tr("The consent could not be saved."));
    if (!stored) {
        return stored.error();
    }
    Result<void> event = success();
    if (!(event = YouthEvents::write(m_database, consent.youthId, QStringLiteral("consent_given"), eventDetail(*stored),
                                     consent.staffId))
        || !transaction.commit()) {
        return fail(tr("The consent could not be saved: %1").arg(event ? transaction.error() : event.message()));
    }
    consent = *stored;
    emit changed(consent.youthId);
    return id;
}

Result<qint64> ConsentRepository::withdraw(qint64 id, const QDate& on, const QString& note, qint64 staffId)
{
    const Result<Consent> stored = required(consent(id), tr("This consent no longer exists."));
    if (!stored) {
        return stored.error();
    }
    if (stored->isWithdrawn()) {
        return fail(tr("This consent was already withdrawn on %1.").arg(stored->withdrawnOn.toString(Qt::ISODate)));
    }
    if (!on.isValid() || on < stored->givenOn) {
        return fail(
            tr("The consent cannot be withdrawn before it was given (%1).").arg(stored->givenOn.toString(Qt::ISODate)));
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE consent SET withdrawn_on = ?, withdrawn_note = ?, withdrawn_registered_by = ? WHERE id = ?"));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(SqlValues::text(note.trimmed()));
    query.addBindValue(m_database.authorValue()); // who registered the withdrawal: the logged-in account
    query.addBindValue(id);
    Result<void> event = success();
    if (!transaction.isActive() || !query.exec()
        || !(event = YouthEvents::write(m_database, stored->youthId, QStringLiteral("consent_withdrawn"),
                                        eventDetail(*stored), staffId))
        || !transaction.commit()) {
        return fail(
            tr("The consent could not be withdrawn: %1").arg(event ? query.lastError().text() : event.message()));
    }
    emit changed(stored->youthId);
    return id;
}

} // namespace lotsen
