#pragma once

#include "core/Result.h"
#include "demo/DemoConsentWriter.h"
#include "demo/DemoHolders.h"
#include "partners/InterventionRepository.h"
#include "partners/ReferralRepository.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace lotsen {

class Database;

// The demo's partners and what the youths do with them: the partner organisations and their contact people,
// the catalogue of interventions, the youths' participations, and referrals (some waiting past the answer
// threshold, a reason on Today), together with the network and the consents (DemoConsentWriter) they rely on.
class DemoPartnerWriter
{
public:
    DemoPartnerWriter(Database& database, const QDate& today, const QList<qint64>& staffIds);

    Result<void> write(const QList<DemoContactHolder>& holders);

private:
    Result<void> writeOrganisations();
    Result<void> writeCatalogue();
    Result<void> writeYouth(const DemoContactHolder& holder);
    Result<void> writeParticipations(const DemoPartnerYouth& youth);
    Result<void> writeParticipation(const DemoPartnerYouth& youth, Participation participation);
    void writeReferral(const DemoPartnerYouth& youth);
    void answerReferral(const Referral& referral, int roll, qint64 staffId);

    Database& m_database;
    const QDate m_today;
    const QList<qint64> m_staffIds;
    QRandomGenerator m_rng;
    DemoConsentWriter m_consentWriter; // draws from m_rng
    InterventionRepository m_interventions;
    ReferralRepository m_referrals;
    QList<qint64> m_organisationIds;
    QList<qint64> m_personIds; // the contact person of each organisation, or 0
    QList<qint64> m_interventionIds;
    int m_referralCount = 0;
};

} // namespace lotsen
