#pragma once

#include "consent/ConsentRepository.h"
#include "consent/NetworkRepository.h"
#include "core/Result.h"
#include "demo/DemoHolders.h"

#include <QDate>
#include <QRandomGenerator>

namespace lotsen {

class Database;

// The demo's networks and consents: most youths have a parent on record (a minor's is the legal guardian) and
// have consented to contact with relatives; some have consented to photos, and one later withdrew it; two
// consents expire soon, a reason on Today. Draws from the partners' random sequence, in the order it always has.
class DemoConsentWriter
{
public:
    DemoConsentWriter(Database& database, QRandomGenerator& rng, const QDate& today);

    Result<void> writeNetwork(const DemoPartnerYouth& youth);
    Result<void> writePhotoConsent(const DemoPartnerYouth& youth);
    // The consent to share with a partner that a referral relies on, given a few days before it was sent.
    void writePartnerConsent(const DemoPartnerYouth& youth, qint64 organisationId, const QDate& sentOn);

    NetworkRepository& network() { return m_network; }

private:
    Result<void> writeRelativesConsent(const DemoPartnerYouth& youth, qint64 parentId);

    Database& m_database;
    QRandomGenerator& m_rng;
    const QDate m_today;
    NetworkRepository m_network;
    ConsentRepository m_consents;
    int m_expiring = 0;
};

} // namespace lotsen
