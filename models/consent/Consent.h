#pragma once

#include <QDate>
#include <QString>

namespace lotsen {

enum class ConsentScope {
    Relatives, // contact with relatives: all of them, or one named person
    Partner, // sharing information with one named partner organisation
    SensitiveNotes, // registration of sensitive notes
    Photos, // photos at activities
    Other // described in text
};

enum class ConsentForm { Written, Verbal };

// A youth's consent ("samtycke"). Never deleted: withdrawing records the date and a note.
struct Consent
{
    qint64 id = 0;
    qint64 youthId = 0;
    ConsentScope scope = ConsentScope::Relatives;
    qint64 networkPersonId = 0; // Relatives: the named relative, or 0 for all relatives
    qint64 partnerOrgId = 0; // Partner: the organisation (required)
    QString otherText; // Other: what it covers (required)
    QDate givenOn;
    ConsentForm form = ConsentForm::Written;
    QString witness; // verbal consent: who witnessed it (required)
    QDate validUntil; // optional
    qint64 guardianId = 0; // given by this legal guardian (network person) instead of the youth
    QDate withdrawnOn;
    QString withdrawnNote;
    qint64 staffId = 0; // who recorded it
    // Read-only, for display.
    QString networkPersonName;
    QString partnerOrgName;
    QString guardianName;

    bool isWithdrawn() const { return withdrawnOn.isValid(); }
    bool operator==(const Consent&) const = default;
};

// What an action needs consent for: contact with a relative (a named one, or 0 when not named), or sharing with
// a partner organisation.
struct ConsentNeed
{
    ConsentScope scope = ConsentScope::Relatives;
    qint64 networkPersonId = 0;
    qint64 partnerOrgId = 0;
};

} // namespace lotsen
