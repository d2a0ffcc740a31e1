#pragma once

#include <QString>

namespace lotsen {

enum class PartnerKind {
    EmploymentService,
    SocialInsurance,
    SocialServices,
    School,
    Kaa,
    HealthCare,
    Education,
    Employer,
    CivilSociety,
    Other
};

// An organisation the centre works with: Arbetsförmedlingen, Försäkringskassan, a school, an employer …
struct PartnerOrganisation
{
    qint64 id = 0;
    QString name;
    PartnerKind kind = PartnerKind::Other;
    QString phone;
    QString email;
    QString address;
    QString notes;
    bool active = true;

    bool operator==(const PartnerOrganisation&) const = default;
};

// A contact person at a partner organisation.
struct PartnerPerson
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
    bool active = true;
    QString organisationName; // read-only, for display

    bool operator==(const PartnerPerson&) const = default;
};

} // namespace lotsen
