#include "consent/NetworkRepository.h"

#include "core/ChangedBy.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "partners/PartnerRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

const char* const kColumns
    = "SELECT id, youth_id, name, relation, phone, email, legal_guardian, notes FROM network_person ";

NetworkPerson personFrom(const QSqlQuery& query)
{
    NetworkPerson person;
    person.id = query.value(0).toLongLong();
    person.youthId = query.value(1).toLongLong();
    person.name = query.value(2).toString();
    person.relation = Vocabulary::relationFromCode(query.value(3).toString());
    person.phone = query.value(4).toString();
    person.email = query.value(5).toString();
    person.legalGuardian = query.value(6).toInt() != 0;
    person.notes = query.value(7).toString();
    return person;
}

} // namespace

NetworkRepository::NetworkRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<QList<NetworkPerson>> NetworkRepository::persons(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE youth_id = ? ORDER BY name COLLATE NOCASE"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "network.persons");
    }
    QList<NetworkPerson> result;
    while (query.next()) {
        result.append(personFrom(query));
    }
    return result;
}

Result<std::optional<NetworkPerson>> NetworkRepository::person(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "network.person");
    }
    return query.next() ? std::optional<NetworkPerson>(personFrom(query)) : std::optional<NetworkPerson>();
}

Result<qint64> NetworkRepository::save(NetworkPerson& person)
{
    person.name = person.name.trimmed();
    person.email = person.email.trimmed();
    if (person.name.isEmpty()) {
        return fail(tr("Enter the person's name."));
    }
    if (!SqlValues::validEmail(person.email)) {
        return fail(tr("The e-mail address is not valid."));
    }
    if (person.id != 0) {
        const Result<std::optional<NetworkPerson>> stored = this->person(person.id);
        if (!stored.ok()) {
            return stored.error();
        }
        if (!stored.value() || stored.value()->youthId != person.youthId) {
            return fail(tr("This person no longer exists."));
        }
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    const QString now = SqlValues::now();
    if (person.id == 0) {
        query.prepare(QStringLiteral(
            "INSERT INTO network_person (youth_id, name, relation, phone, email, "
            "legal_guardian, notes, created_at, updated_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(person.youthId);
    } else {
        query.prepare(QStringLiteral("UPDATE network_person SET name = ?, relation = ?, phone = ?, email = ?, "
                                     "legal_guardian = ?, notes = ?, updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(person.name);
    query.addBindValue(Vocabulary::code(person.relation));
    query.addBindValue(SqlValues::text(person.phone.trimmed()));
    query.addBindValue(SqlValues::text(person.email));
    query.addBindValue(person.legalGuardian ? 1 : 0);
    query.addBindValue(SqlValues::text(person.notes));
    query.addBindValue(now);
    if (person.id == 0) {
        query.addBindValue(now);
    } else {
        query.addBindValue(person.id);
    }
    // An unknown youth fails on the foreign key.
    if (person.id == 0) {
        query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    }
    if (!transaction.isActive() || !query.exec()) {
        qCWarning(lcSql) << "save failed:" << query.lastError().text();
        return fail(tr("The person could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = person.id == 0 ? query.lastInsertId().toLongLong() : person.id;
    if (person.id != 0) {
        if (const Result<void> marked = ChangedBy::mark(m_database, ChangedBy::Table::NetworkPerson, id); !marked) {
            return fail(tr("The person could not be saved: %1").arg(marked.message()));
        }
    }
    if (!transaction.commit()) {
        return fail(tr("The person could not be saved: %1").arg(transaction.error()));
    }
    person.id = id;
    emit changed(person.youthId);
    return id;
}

Result<qint64> NetworkRepository::remove(qint64 id)
{
    const Result<NetworkPerson> stored = required(person(id), tr("This person no longer exists."));
    if (!stored) {
        return stored.error();
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM network_person WHERE id = ?"));
    query.addBindValue(id);
    // Consents and contacts that name the person are history: their foreign keys refuse the delete.
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("%1 is named in consents or contacts, which are kept as history, so they cannot be removed.")
                        .arg(stored->name));
    }
    emit changed(stored->youthId);
    return id;
}

Result<QList<PartnerPerson>> NetworkRepository::partnerContacts(qint64 youthId) const
{
    return PartnerRepository::linkedPersons(m_database, youthId);
}

Result<qint64> NetworkRepository::linkPartnerContact(qint64 youthId, qint64 partnerPersonId, const QString& note)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO youth_partner_contact (youth_id, person_id, note, registered_by) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(youthId);
    query.addBindValue(partnerPersonId);
    query.addBindValue(SqlValues::text(note));
    query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        qCWarning(lcSql) << "linkPartnerContact failed:" << query.lastError().text();
        return fail(tr("The contact person could not be linked: %1").arg(query.lastError().text()));
    }
    emit changed(youthId);
    return partnerPersonId;
}

Result<qint64> NetworkRepository::unlinkPartnerContact(qint64 youthId, qint64 partnerPersonId)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM youth_partner_contact WHERE youth_id = ? AND person_id = ?"));
    query.addBindValue(youthId);
    query.addBindValue(partnerPersonId);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        qCWarning(lcSql) << "unlinkPartnerContact failed:" << query.lastError().text();
        return fail(tr("The contact person could not be unlinked: %1").arg(query.lastError().text()));
    }
    emit changed(youthId);
    return partnerPersonId;
}

} // namespace lotsen
