#pragma once

#include "contacts/Contact.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

#include <optional>

namespace lotsen {

class Database;

// The one place where contacts are written. Entries are never deleted: a mistake is corrected by a new entry
// that refers to the old one, or the entry is struck out with who, when and why. Every write also refreshes the
// youth's summary (last contact, next planned contact, unanswered attempts) that the register and Today read.
class ContactRepository : public QObject
{
    Q_OBJECT

public:
    explicit ContactRepository(Database& database, QObject* parent = nullptr);

    // No value when no entry has this id.
    Result<std::optional<Contact>> load(qint64 id) const;
    // Newest first, struck-out entries included.
    Result<QList<Contact>> contacts(qint64 youthId) const;

    // Logs a new entry (sets contact.id). Contact in the future or without a youth is refused. A contact with a
    // relative needs a valid consent on its day (filled in here when contact.consentId is 0) or a written
    // contact.consentOverride; otherwise it is refused with ConsentRules::isMissing(error).
    Result<qint64> log(Contact& contact);
    // An entry may be changed by its author at any time, by others only within the edit window after it was
    // written; struck-out entries never.
    static bool canEdit(const Contact& contact, const QDateTime& now, qint64 accountId, int editWindowHours);
    // As the logged-in account (the database's author).
    Result<qint64> edit(const Contact& edited, int editWindowHours);
    // A new entry that corrects `originalId`; the original stays as it was, but the summary counts the correction
    // instead. A struck-out entry cannot be corrected.
    Result<qint64> correct(qint64 originalId, Contact& correction);
    Result<qint64> strike(qint64 id, qint64 staffId, const QString& reason);
    // Recomputes the youth's summary columns from the entries; every write above calls it in its transaction.
    // Public so that tests can hold the demo generator's set-based version to the same definition.
    Result<void> refreshSummary(qint64 youthId);

signals:
    void contactsChanged(qint64 youthId);

private:
    Result<void> validate(const Contact& contact) const;
    // A relative contact: fills in the valid consent, keeps a written override, or refuses
    // (ConsentRules::missingField()).
    Result<void> applyConsent(Contact& contact) const;
    Error failure(const QString& sqlError) const;

    Database& m_database;
};

} // namespace lotsen
