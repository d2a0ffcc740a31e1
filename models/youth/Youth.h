#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace lotsen {

enum class YouthStatus { Prospect, Active, Paused, Exited };
enum class Gender { NotStated, Woman, Man, Other };
enum class ReferralSource {
    None,
    Kaa,
    EmploymentService,
    SocialInsurance,
    SocialServices,
    School,
    SelfReferral,
    Outreach,
    Relative,
    Other
};
enum class TargetGroup {
    Uvas,
    LongTermUnemployed,
    Disability,
    SickListed,
    ActivityCompensation,
    Psychosocial,
    NewlyArrived
};

// One young person's personal data as the register and the Personal data tab see it.
struct Youth
{
    qint64 id = 0; // 0 until saved
    QString firstName;
    QString lastName;
    QString personalNumber; // 12 digits, or empty
    QDate birthDate;
    Gender gender = Gender::NotStated;
    QString phone;
    QString email;
    QString address;
    QString postalCode;
    QString postalTown; // "Ort": the town of the postal address
    QString municipality;
    YouthStatus status = YouthStatus::Prospect;
    qint64 mentorId = 0; // 0 = no mentor
    QDate startDate;
    QDate pauseUntil; // while paused: the date the pause ends (Today reminds from then on)
    ReferralSource referralSource = ReferralSource::None;
    QList<TargetGroup> targetGroups; // sorted, no duplicates
    QString note; // sensitive: shown only to those who may (Session::maySeeSensitiveNotes)
    bool noteHidden = false; // load() left the note out for the current user; save() keeps the stored one
    // The row's version as load() read it; save() refuses to write over a newer one (someone else saved the youth
    // meanwhile, on another PC). 0: not read from the database (a new youth, or a caller that writes regardless).
    int rowVersion = 0;

    QString fullName() const { return (firstName + u' ' + lastName).trimmed(); }
    // Whole years on `today`, or -1 without a birth date.
    int ageOn(const QDate& today) const;

    bool operator==(const Youth&) const = default;
};

} // namespace lotsen
