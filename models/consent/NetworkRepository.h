#pragma once

#include "consent/NetworkPerson.h"
#include "core/Result.h"
#include "partners/Partner.h"

#include <QList>
#include <QObject>

#include <optional>

namespace lotsen {

class Database;

// A youth's network: relatives and other persons, and the partner contact persons who work with the youth.
class NetworkRepository : public QObject
{
    Q_OBJECT

public:
    explicit NetworkRepository(Database& database, QObject* parent = nullptr);

    // Sorted by name.
    Result<QList<NetworkPerson>> persons(qint64 youthId) const;
    // No value when no person has this id.
    Result<std::optional<NetworkPerson>> person(qint64 id) const;
    // Inserts or updates; refuses an empty name, a malformed e-mail and an unknown youth.
    Result<qint64> save(NetworkPerson& person);
    // Refused when a consent or a contact names the person (they are history).
    Result<qint64> remove(qint64 id);

    // The partner contact persons linked to the youth, with their organisation's name.
    Result<QList<PartnerPerson>> partnerContacts(qint64 youthId) const;
    Result<qint64> linkPartnerContact(qint64 youthId, qint64 partnerPersonId, const QString& note = QString());
    Result<qint64> unlinkPartnerContact(qint64 youthId, qint64 partnerPersonId);

signals:
    void changed(qint64 youthId);

private:
    Database& m_database;
};

} // namespace lotsen
