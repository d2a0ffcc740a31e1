#pragma once

#include "consent/Consent.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

#include <optional>

namespace lotsen {

class Database;

// A youth's consents. They are never deleted: withdrawing records the date and a note. Recording and
// withdrawing write an entry to the youth's timeline in the same transaction.
class ConsentRepository : public QObject
{
    Q_OBJECT

public:
    explicit ConsentRepository(Database& database, QObject* parent = nullptr);

    // Newest first, withdrawn ones included, with the names of the relative, partner and guardian filled in.
    Result<QList<Consent>> consents(qint64 youthId) const;
    // No value when no consent has this id.
    Result<std::optional<Consent>> consent(qint64 id) const;
    // Sets consent.id. Refuses what ConsentRules::validate refuses.
    Result<qint64> record(Consent& consent);
    Result<qint64> withdraw(qint64 id, const QDate& on, const QString& note, qint64 staffId);

    // The consent that allows `need` for the youth on `date`, if any (ConsentRules over the stored consents).
    // Static so that ContactRepository and ReferralRepository can check before they write.
    // No value when none does; an Error when the consents could not be read (a write that needs one then refuses).
    static Result<std::optional<Consent>> findValid(const Database& database, qint64 youthId, const ConsentNeed& need,
                                                    const QDate& date);
    Result<std::optional<Consent>> findValid(qint64 youthId, const ConsentNeed& need, const QDate& date) const;

signals:
    void changed(qint64 youthId);

private:
    static Result<QList<Consent>> load(const Database& database, qint64 youthId, qint64 consentId);

    Database& m_database;
};

} // namespace lotsen
