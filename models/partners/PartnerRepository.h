#pragma once

#include "access/PermissionCheck.h"
#include "core/Result.h"
#include "partners/Partner.h"

#include <QList>
#include <QObject>

#include <optional>

namespace lotsen {

class Database;

// Partner organisations and their contact persons. An organisation or person that anything refers to
// (an intervention, a referral, a consent, a youth's contact list) is deactivated, never deleted: the foreign
// keys refuse the delete, and remove…() says so in words.
class PartnerRepository : public QObject
{
    Q_OBJECT

public:
    explicit PartnerRepository(Database& database, QObject* parent = nullptr);

    // Changing organisations and persons needs ManagePartnersAndCatalogue; reading does not.
    void setPermissionCheck(PermissionCheck check) { m_permissionCheck = std::move(check); }

    // Sorted by name.
    Result<QList<PartnerOrganisation>> organisations(bool activeOnly = false) const;
    Result<std::optional<PartnerOrganisation>> organisation(qint64 id) const;
    // Inserts (id 0; sets it) or updates. Refuses an empty or duplicate name and a malformed e-mail address.
    Result<qint64> saveOrganisation(PartnerOrganisation& organisation);
    Result<qint64> setOrganisationActive(qint64 id, bool active);
    // Deletes an organisation (and its contact persons) that nothing refers to; otherwise refuses.
    Result<qint64> removeOrganisation(qint64 id);
    Result<bool> isOrganisationReferenced(qint64 id) const;

    // Sorted by name; organisationId 0 = every organisation's persons.
    Result<QList<PartnerPerson>> persons(qint64 organisationId, bool activeOnly = false) const;
    Result<std::optional<PartnerPerson>> person(qint64 id) const;
    Result<qint64> savePerson(PartnerPerson& person);
    Result<qint64> setPersonActive(qint64 id, bool active);
    Result<qint64> removePerson(qint64 id);
    // The contact persons linked to a youth (youth_partner_contact), by organisation and name. Static so that
    // NetworkRepository, which keeps those links, reads them the same way.
    static Result<QList<PartnerPerson>> linkedPersons(const Database& database, qint64 youthId);

signals:
    void changed();

private:
    bool mayManage() const;

    Database& m_database;
    PermissionCheck m_permissionCheck;
};

} // namespace lotsen
