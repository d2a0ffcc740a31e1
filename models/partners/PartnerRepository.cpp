#include "partners/PartnerRepository.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

const char* const kOrgColumns = "SELECT id, name, kind, phone, email, address, notes, active FROM partner_org ";
const char* const kPersonColumns = "SELECT p.id, p.org_id, p.name, p.role, p.phone, p.email, p.active, o.name "
                                   "FROM partner_person p JOIN partner_org o ON o.id = p.org_id ";

PartnerOrganisation organisationFrom(const QSqlQuery& query)
{
    PartnerOrganisation organisation;
    organisation.id = query.value(0).toLongLong();
    organisation.name = query.value(1).toString();
    organisation.kind = Vocabulary::partnerKindFromCode(query.value(2).toString());
    organisation.phone = query.value(3).toString();
    organisation.email = query.value(4).toString();
    organisation.address = query.value(5).toString();
    organisation.notes = query.value(6).toString();
    organisation.active = query.value(7).toInt() != 0;
    return organisation;
}

PartnerPerson personFrom(const QSqlQuery& query)
{
    PartnerPerson person;
    person.id = query.value(0).toLongLong();
    person.organisationId = query.value(1).toLongLong();
    person.name = query.value(2).toString();
    person.role = query.value(3).toString();
    person.phone = query.value(4).toString();
    person.email = query.value(5).toString();
    person.active = query.value(6).toInt() != 0;
    person.organisationName = query.value(7).toString();
    return person;
}

} // namespace

PartnerRepository::PartnerRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<QList<PartnerOrganisation>> PartnerRepository::organisations(bool activeOnly) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(kOrgColumns) + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString())
                    + QStringLiteral("ORDER BY name COLLATE NOCASE"))) {
        return SqlRead::failed(query, "partners.organisations");
    }
    QList<PartnerOrganisation> result;
    while (query.next()) {
        result.append(organisationFrom(query));
    }
    return result;
}

Result<std::optional<PartnerOrganisation>> PartnerRepository::organisation(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kOrgColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "partners.organisation");
    }
    return query.next() ? std::optional<PartnerOrganisation>(organisationFrom(query))
                        : std::optional<PartnerOrganisation>();
}

bool PartnerRepository::mayManage() const
{
    return !m_permissionCheck || m_permissionCheck(Permission::ManagePartnersAndCatalogue);
}

Result<qint64> PartnerRepository::saveOrganisation(PartnerOrganisation& organisation)
{
    if (!mayManage()) {
        return fail(Permissions::refusal());
    }
    organisation.name = organisation.name.trimmed();
    organisation.email = organisation.email.trimmed();
    if (organisation.name.isEmpty()) {
        return fail(tr("Enter the organisation's name."));
    }
    if (!SqlValues::validEmail(organisation.email)) {
        return fail(tr("The e-mail address is not valid."));
    }
    {
        QSqlQuery same(m_database.connection());
        same.prepare(QStringLiteral("SELECT count(*) FROM partner_org WHERE name = ? COLLATE NOCASE AND id <> ?"));
        same.addBindValue(organisation.name);
        same.addBindValue(organisation.id);
        if (same.exec() && same.next() && same.value(0).toInt() > 0) {
            return fail(tr("There is already an organisation called %1.").arg(organisation.name));
        }
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    const QString now = SqlValues::now();
    if (organisation.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO partner_org (name, kind, phone, email, address, notes, active, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("UPDATE partner_org SET name = ?, kind = ?, phone = ?, email = ?, address = ?, "
                                     "notes = ?, active = ?, updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(organisation.name);
    query.addBindValue(Vocabulary::code(organisation.kind));
    query.addBindValue(SqlValues::text(organisation.phone.trimmed()));
    query.addBindValue(SqlValues::text(organisation.email));
    query.addBindValue(SqlValues::text(organisation.address.trimmed()));
    query.addBindValue(SqlValues::text(organisation.notes));
    query.addBindValue(organisation.active ? 1 : 0);
    query.addBindValue(now);
    if (organisation.id == 0) {
        query.addBindValue(now);
    } else {
        query.addBindValue(organisation.id);
    }
    if (!transaction.isActive() || !query.exec() || (organisation.id != 0 && query.numRowsAffected() != 1)) {
        qCWarning(lcSql) << "saveOrganisation failed:" << query.lastError().text();
        return fail(tr("The organisation could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = organisation.id == 0 ? query.lastInsertId().toLongLong() : organisation.id;
    if (!transaction.commit()) {
        return fail(tr("The organisation could not be saved: %1").arg(transaction.error()));
    }
    organisation.id = id;
    emit changed();
    return id;
}

Result<qint64> PartnerRepository::setOrganisationActive(qint64 id, bool active)
{
    if (!mayManage()) {
        return fail(Permissions::refusal());
    }
    Result<PartnerOrganisation> organisation
        = required(this->organisation(id), tr("This organisation no longer exists."));
    if (!organisation) {
        return organisation.error();
    }
    organisation->active = active;
    return saveOrganisation(*organisation);
}

Result<bool> PartnerRepository::isOrganisationReferenced(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM intervention WHERE provider_id = :id) "
        "OR EXISTS (SELECT 1 FROM referral WHERE org_id = :id) "
        "OR EXISTS (SELECT 1 FROM consent WHERE partner_org_id = :id) "
        "OR EXISTS (SELECT 1 FROM youth_partner_contact c JOIN partner_person p ON p.id = c.person_id "
        "           WHERE p.org_id = :id) "
        "OR EXISTS (SELECT 1 FROM referral r JOIN partner_person p ON p.id = r.person_id WHERE p.org_id = :id)"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        return SqlRead::failed(query, "partners.isReferenced");
    }
    if (!query.next()) {
        return SqlRead::noRow("partners.isReferenced");
    }
    return query.value(0).toInt() != 0;
}

Result<qint64> PartnerRepository::removeOrganisation(qint64 id)
{
    if (!mayManage()) {
        return fail(Permissions::refusal());
    }
    if (const Result<PartnerOrganisation> found = required(organisation(id), tr("This organisation no longer exists."));
        !found) {
        return found.error();
    }
    const Result<bool> referenced = isOrganisationReferenced(id);
    if (!referenced.ok()) {
        return referenced.error();
    }
    if (*referenced) {
        return fail(tr("The organisation is referred to by interventions, referrals, consents or youths' contacts, "
                       "so it cannot be deleted. Deactivate it instead."));
    }
    WriteTransaction transaction(m_database);
    QSqlQuery persons(m_database.connection());
    persons.prepare(QStringLiteral("DELETE FROM partner_person WHERE org_id = ?"));
    persons.addBindValue(id);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM partner_org WHERE id = ?"));
    query.addBindValue(id);
    // The foreign keys are the last word: whatever refers to the organisation makes the delete fail.
    if (!transaction.isActive() || !persons.exec() || !query.exec() || !transaction.commit()) {
        const QString error = persons.lastError().isValid() ? persons.lastError().text() : query.lastError().text();
        qCWarning(lcSql) << "removeOrganisation failed:" << error;
        return fail(tr("The organisation could not be deleted: %1").arg(error));
    }
    emit changed();
    return id;
}

Result<QList<PartnerPerson>> PartnerRepository::persons(qint64 organisationId, bool activeOnly) const
{
    QString sql = QString::fromLatin1(kPersonColumns) + QStringLiteral("WHERE 1 = 1 ");
    if (organisationId != 0) {
        sql += QStringLiteral("AND p.org_id = :org ");
    }
    if (activeOnly) {
        sql += QStringLiteral("AND p.active = 1 AND o.active = 1 ");
    }
    sql += QStringLiteral("ORDER BY p.name COLLATE NOCASE, o.name COLLATE NOCASE");
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    if (organisationId != 0) {
        query.bindValue(QStringLiteral(":org"), organisationId);
    }
    if (!query.exec()) {
        return SqlRead::failed(query, "partners.persons");
    }
    QList<PartnerPerson> result;
    while (query.next()) {
        result.append(personFrom(query));
    }
    return result;
}

Result<std::optional<PartnerPerson>> PartnerRepository::person(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kPersonColumns) + QStringLiteral("WHERE p.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "partners.person");
    }
    return query.next() ? std::optional<PartnerPerson>(personFrom(query)) : std::optional<PartnerPerson>();
}

Result<QList<PartnerPerson>> PartnerRepository::linkedPersons(const Database& database, qint64 youthId)
{
    QSqlQuery query(database.connection());
    query.prepare(QString::fromLatin1(kPersonColumns)
                  + QStringLiteral("JOIN youth_partner_contact c ON c.person_id = p.id WHERE c.youth_id = ? "
                                   "ORDER BY o.name COLLATE NOCASE, p.name COLLATE NOCASE"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "partners.linkedPersons");
    }
    QList<PartnerPerson> result;
    while (query.next()) {
        result.append(personFrom(query));
    }
    return result;
}

Result<qint64> PartnerRepository::savePerson(PartnerPerson& person)
{
    if (!mayManage()) {
        return fail(Permissions::refusal());
    }
    person.name = person.name.trimmed();
    person.email = person.email.trimmed();
    if (person.name.isEmpty()) {
        return fail(tr("Enter the contact person's name."));
    }
    if (!SqlValues::validEmail(person.email)) {
        return fail(tr("The e-mail address is not valid."));
    }
    if (const Result<PartnerOrganisation> found
        = required(organisation(person.organisationId), tr("Choose the organisation the contact person works for."));
        !found) {
        return found.error();
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    if (person.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO partner_person (org_id, name, role, phone, email, active) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("UPDATE partner_person SET org_id = ?, name = ?, role = ?, phone = ?, email = ?, "
                                     "active = ? WHERE id = ?"));
    }
    query.addBindValue(person.organisationId);
    query.addBindValue(person.name);
    query.addBindValue(SqlValues::text(person.role.trimmed()));
    query.addBindValue(SqlValues::text(person.phone.trimmed()));
    query.addBindValue(SqlValues::text(person.email));
    query.addBindValue(person.active ? 1 : 0);
    if (person.id != 0) {
        query.addBindValue(person.id);
    }
    if (!transaction.isActive() || !query.exec() || (person.id != 0 && query.numRowsAffected() != 1)) {
        qCWarning(lcSql) << "savePerson failed:" << query.lastError().text();
        return fail(tr("The contact person could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = person.id == 0 ? query.lastInsertId().toLongLong() : person.id;
    if (!transaction.commit()) {
        return fail(tr("The contact person could not be saved: %1").arg(transaction.error()));
    }
    person.id = id;
    emit changed();
    return id;
}

Result<qint64> PartnerRepository::setPersonActive(qint64 id, bool active)
{
    if (!mayManage()) {
        return fail(Permissions::refusal());
    }
    Result<PartnerPerson> person = required(this->person(id), tr("This contact person no longer exists."));
    if (!person) {
        return person.error();
    }
    person->active = active;
    return savePerson(*person);
}

Result<qint64> PartnerRepository::removePerson(qint64 id)
{
    if (!mayManage()) {
        return fail(Permissions::refusal());
    }
    if (const Result<PartnerPerson> found = required(person(id), tr("This contact person no longer exists.")); !found) {
        return found.error();
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM partner_person WHERE id = ?"));
    query.addBindValue(id);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        return fail(tr("The contact person is referred to by referrals or youths' contacts, so they cannot be "
                       "deleted. Deactivate them instead."));
    }
    emit changed();
    return id;
}

} // namespace lotsen
