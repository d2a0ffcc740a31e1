#include "demo/DemoConsentWriter.h"

#include "demo/DemoEvents.h"
#include "demo/DemoNames.h"

#include <algorithm>

namespace lotsen {

DemoConsentWriter::DemoConsentWriter(Database& database, QRandomGenerator& rng, const QDate& today)
    : m_database(database), m_rng(rng), m_today(today), m_network(database), m_consents(database)
{
}

// Most youths have a parent on record; a minor's parent is the legal guardian.
Result<void> DemoConsentWriter::writeNetwork(const DemoPartnerYouth& youth)
{
    if (!youth.minor && m_rng.bounded(10) >= 9) {
        return success();
    }
    const std::span<const char* const> women = DemoNames::womensNames();
    const std::span<const char* const> men = DemoNames::mensNames();
    NetworkPerson parent;
    parent.youthId = youth.holder->youthId;
    const bool mother = m_rng.bounded(2) == 0;
    parent.name = QString::fromUtf8(mother ? women[size_t(m_rng.bounded(int(women.size())))]
                                           : men[size_t(m_rng.bounded(int(men.size())))])
        + u' ' + youth.surname;
    parent.relation = youth.minor ? Relation::Guardian : Relation::Parent;
    parent.legalGuardian = youth.minor;
    parent.phone = QStringLiteral("070-%1 %2 %3")
                       .arg(200 + m_rng.bounded(700))
                       .arg(10 + m_rng.bounded(89))
                       .arg(10 + m_rng.bounded(89));
    parent.notes = youth.minor ? QStringLiteral("Vårdnadshavare.") : QString();
    const auto saved = m_network.save(parent);
    if (!saved.ok()) {
        return fail(saved.message());
    }
    // A few have not given their consent (yet): their mentors' calls home show the override in the timeline.
    if (youth.holder->index % 12 == 7) {
        return success();
    }
    return writeRelativesConsent(youth, parent.id);
}

// Consent to contact relatives, given early, mostly in writing. A minor's guardian signs as well.
Result<void> DemoConsentWriter::writeRelativesConsent(const DemoPartnerYouth& youth, qint64 parentId)
{
    const DemoContactHolder& holder = *youth.holder;
    Consent consent;
    consent.youthId = holder.youthId;
    consent.scope = ConsentScope::Relatives;
    consent.givenOn = std::min(m_today, youth.start.addDays(m_rng.bounded(10)));
    consent.form = m_rng.bounded(4) == 0 ? ConsentForm::Verbal : ConsentForm::Written;
    consent.witness = consent.form == ConsentForm::Verbal ? QStringLiteral("Kollega på mötesplatsen") : QString();
    consent.staffId = youth.staffId;
    if (m_expiring < 2 && holder.status == YouthStatus::Active && m_rng.bounded(3) == 0) {
        consent.validUntil = m_today.addDays(4 + 5 * m_expiring); // expires soon: a reason on Today
        ++m_expiring;
    }
    const auto recorded = m_consents.record(consent);
    if (!recorded.ok()) {
        return fail(recorded.message());
    }
    DemoEvents::backdateLast(m_database, holder.youthId, consent.givenOn);
    if (youth.minor) {
        Consent guardian = consent;
        guardian.id = 0;
        guardian.guardianId = parentId;
        guardian.validUntil = {};
        if (m_consents.record(guardian).ok()) {
            DemoEvents::backdateLast(m_database, holder.youthId, guardian.givenOn);
        }
    }
    return success();
}

// Photos at activities: asked of many; one withdrew it later.
Result<void> DemoConsentWriter::writePhotoConsent(const DemoPartnerYouth& youth)
{
    if (m_rng.bounded(3) != 0) {
        return success();
    }
    const DemoContactHolder& holder = *youth.holder;
    Consent photos;
    photos.youthId = holder.youthId;
    photos.scope = ConsentScope::Photos;
    photos.givenOn = std::min(m_today, youth.start.addDays(7));
    photos.form = ConsentForm::Written;
    photos.staffId = youth.staffId;
    if (!m_consents.record(photos).ok()) {
        return fail(QStringLiteral("demo photo consent"));
    }
    DemoEvents::backdateLast(m_database, holder.youthId, photos.givenOn);
    if (holder.index % 7 == 3 && photos.givenOn < m_today.addDays(-10)) {
        const QDate withdrawn = m_today.addDays(-5);
        if (m_consents
                .withdraw(photos.id, withdrawn, QStringLiteral("Vill inte synas på bilder längre."), youth.staffId)
                .ok()) {
            DemoEvents::backdateLast(m_database, holder.youthId, withdrawn);
        }
    }
    return success();
}

void DemoConsentWriter::writePartnerConsent(const DemoPartnerYouth& youth, qint64 organisationId, const QDate& sentOn)
{
    Consent share;
    share.youthId = youth.holder->youthId;
    share.scope = ConsentScope::Partner;
    share.partnerOrgId = organisationId;
    share.givenOn = std::max(youth.start, sentOn.addDays(-3));
    share.form = ConsentForm::Written;
    share.staffId = youth.staffId;
    if (share.givenOn <= sentOn && m_consents.record(share).ok()) {
        DemoEvents::backdateLast(m_database, youth.holder->youthId, share.givenOn);
    }
}

} // namespace lotsen
