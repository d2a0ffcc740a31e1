#pragma once

#include "core/Result.h"
#include "partners/Referral.h"

#include <QList>
#include <QObject>

#include <optional>

namespace lotsen {

class Database;

// Referrals of youths to partner organisations. Creating one needs a valid consent to share with that
// organisation on the day, or an override with a written reason; both are stored and shown in the timeline.
class ReferralRepository : public QObject
{
    Q_OBJECT

public:
    explicit ReferralRepository(Database& database, QObject* parent = nullptr);

    // Newest first, with the organisation's and person's names.
    Result<QList<Referral>> referrals(qint64 youthId) const;
    Result<std::optional<Referral>> referral(qint64 id) const;
    // Sets referral.id. When referral.consentId is 0 the valid consent (if any) is filled in; without one the
    // referral needs referral.consentOverride, otherwise it is refused with ConsentRules::isMissing(error).
    Result<qint64> create(Referral& referral, qint64 staffId);
    // The partner's answer: accepted, declined or no answer, with its date and a note.
    Result<qint64> recordResponse(qint64 id, ReferralStatus status, const QDate& on, const QString& note,
                                  qint64 staffId);

signals:
    void changed(qint64 youthId);

private:
    Database& m_database;
};

} // namespace lotsen
