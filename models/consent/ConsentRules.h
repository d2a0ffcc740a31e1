#pragma once

#include "consent/Consent.h"
#include "core/CentreSettings.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lotsen {

// The domain rule of consent, as pure functions: which consent, if any, allows contact with a relative or sharing
// with a partner on a given day. ContactRepository and ReferralRepository apply it before they write, and the
// database refuses a relative contact or a referral that names neither a consent nor an override.
class ConsentRules
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRules)

public:
    // Whether the consent's scope covers the need: an all-relatives consent covers every relative, a named one
    // only that person; a partner consent only its own organisation.
    static bool covers(const Consent& consent, const ConsentNeed& need);
    // Valid on `date`: given on or before it, not past valid_until, not withdrawn on or before it. A legal
    // guardian's consent counts only while the youth is under 18 (`birthDate` invalid: not known to be a minor,
    // so it does not count).
    static bool isValidOn(const Consent& consent, const QDate& date, const QDate& birthDate);
    // The first valid consent covering `need` on `date`.
    static std::optional<Consent> findValid(const QList<Consent>& consents, const ConsentNeed& need, const QDate& date,
                                            const QDate& birthDate);
    // "Det finns inget giltigt samtycke för kontakt med anhöriga", for the dialogs.
    static QString missingText(const ConsentNeed& need, const QString& partnerName = QString());
    // Error::field of a write refused only because no valid consent covers it and no override was written:
    // the dialog then asks for the override (the form field it concerns).
    static QString missingField() { return QStringLiteral("consentOverride"); }
    static bool isMissing(const Error& error) { return error.field == missingField(); }
    // Empty when the consent may be recorded; otherwise why not (required fields by scope, dates, witness,
    // a guardian only for a youth under 18 on the day it was given).
    static QString validate(const Consent& consent, const QDate& birthDate, bool guardianIsLegalGuardian);
    // A consent whose valid_until falls within this many days from today is marked on the card and is a reason on
    // Today, unless the centre has set another number (CentreSettings::consentExpiryDays).
    static constexpr int ExpiryWarningDays = CentreSettings::DefaultConsentExpiryDays;
};

} // namespace lotsen
