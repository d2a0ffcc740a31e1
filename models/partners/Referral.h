#pragma once

#include <QDate>
#include <QString>

namespace lotsen {

enum class ReferralStatus { Sent, Accepted, Declined, NoAnswer };

// A referral or hand-over ("remiss / överlämning") of a youth to a partner organisation.
struct Referral
{
    qint64 id = 0;
    qint64 youthId = 0;
    qint64 organisationId = 0;
    qint64 personId = 0; // the contact person, or 0
    QDate sentOn;
    QString reason;
    qint64 consentId = 0; // the consent it relies on …
    QString consentOverride; // … or the written reason for going ahead without one
    ReferralStatus status = ReferralStatus::Sent;
    QDate responseOn;
    QString responseNote;
    qint64 staffId = 0;
    // Read-only, for display.
    QString organisationName;
    QString personName;

    bool operator==(const Referral&) const = default;
};

} // namespace lotsen
