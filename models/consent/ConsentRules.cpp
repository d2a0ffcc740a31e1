#include "consent/ConsentRules.h"

namespace lotsen {

namespace {

bool minorOn(const QDate& birthDate, const QDate& date)
{
    return birthDate.isValid() && date < birthDate.addYears(18);
}

} // namespace

bool ConsentRules::covers(const Consent& consent, const ConsentNeed& need)
{
    if (consent.scope != need.scope) {
        return false;
    }
    switch (need.scope) {
    case ConsentScope::Relatives:
        // A consent for all relatives covers every one of them, and an unnamed relative; a named one only that
        // person.
        return consent.networkPersonId == 0 || consent.networkPersonId == need.networkPersonId;
    case ConsentScope::Partner:
        return consent.partnerOrgId != 0 && consent.partnerOrgId == need.partnerOrgId;
    case ConsentScope::SensitiveNotes:
    case ConsentScope::Photos:
    case ConsentScope::Other:
        return true;
    }
    return false;
}

bool ConsentRules::isValidOn(const Consent& consent, const QDate& date, const QDate& birthDate)
{
    if (!date.isValid() || !consent.givenOn.isValid() || consent.givenOn > date) {
        return false;
    }
    if (consent.validUntil.isValid() && consent.validUntil < date) {
        return false;
    }
    // Withdrawn on a day: no longer valid from that day on.
    if (consent.withdrawnOn.isValid() && consent.withdrawnOn <= date) {
        return false;
    }
    // A guardian speaks for the youth only while the youth is a minor; from 18 the youth decides.
    if (consent.guardianId != 0 && !minorOn(birthDate, date)) {
        return false;
    }
    return true;
}

std::optional<Consent> ConsentRules::findValid(const QList<Consent>& consents, const ConsentNeed& need,
                                               const QDate& date, const QDate& birthDate)
{
    for (const Consent& consent : consents) {
        if (covers(consent, need) && isValidOn(consent, date, birthDate)) {
            return consent;
        }
    }
    return std::nullopt;
}

QString ConsentRules::missingText(const ConsentNeed& need, const QString& partnerName)
{
    switch (need.scope) {
    case ConsentScope::Relatives:
        return tr("There is no valid consent for contact with relatives.");
    case ConsentScope::Partner:
        return partnerName.isEmpty() ? tr("There is no valid consent to share information with this partner.")
                                     : tr("There is no valid consent to share information with %1.").arg(partnerName);
    case ConsentScope::SensitiveNotes:
    case ConsentScope::Photos:
    case ConsentScope::Other:
        break;
    }
    return tr("There is no valid consent for this.");
}

QString ConsentRules::validate(const Consent& consent, const QDate& birthDate, bool guardianIsLegalGuardian)
{
    if (consent.youthId == 0) {
        return tr("Choose the youth the consent is for.");
    }
    if (!consent.givenOn.isValid()) {
        return tr("Enter the date the consent was given.");
    }
    if (consent.scope == ConsentScope::Partner && consent.partnerOrgId == 0) {
        return tr("Choose the partner organisation the information may be shared with.");
    }
    if (consent.scope != ConsentScope::Partner && consent.partnerOrgId != 0) {
        return tr("Only a consent to share information names a partner organisation.");
    }
    if (consent.scope != ConsentScope::Relatives && consent.networkPersonId != 0) {
        return tr("Only a consent for contact with relatives names a relative.");
    }
    if (consent.scope == ConsentScope::Other && consent.otherText.trimmed().isEmpty()) {
        return tr("Describe what the consent covers.");
    }
    if (consent.form == ConsentForm::Verbal && consent.witness.trimmed().isEmpty()) {
        return tr("A verbal consent needs a witness: enter who heard it.");
    }
    if (consent.validUntil.isValid() && consent.validUntil < consent.givenOn) {
        return tr("The consent cannot end before it was given.");
    }
    if (consent.guardianId != 0) {
        if (!guardianIsLegalGuardian) {
            return tr("Only a legal guardian can give consent for the youth.");
        }
        if (!minorOn(birthDate, consent.givenOn)) {
            return tr("A guardian's consent applies only while the youth is under 18. From 18 the youth gives "
                      "consent.");
        }
    }
    return {};
}

} // namespace lotsen
