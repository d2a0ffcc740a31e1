#pragma once

#include "youth/Youth.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lotsen {

// The situation at entry (ESF/SUS participant questions). NotKnown is a real answer: every field may be unknown.
enum class LabourSituation { NotKnown, UnemployedRegistered, UnemployedUnregistered, InEducation, Employed, Inactive };
enum class TimeWithout { NotKnown, Under6Months, SixTo12Months, Over12Months };
enum class Education {
    NotKnown,
    CompulsoryIncomplete,
    Compulsory,
    UpperSecondaryIncomplete,
    UpperSecondary,
    PostSecondary
};
// The ISCED band a Swedish education level is reported in.
enum class IscedBand { NotKnown, Isced1To2, Isced3To4, Isced5To8 };
enum class Income {
    NotKnown,
    None,
    SocialAssistance,
    ActivityCompensation,
    SicknessBenefit,
    ActivitySupport,
    Wage,
    StudyAllowance,
    Other
};
// A special-category answer, only asked when the centre collects it.
enum class SensitiveAnswer { NotAsked, Yes, No, NotStated };

enum class ExitReason {
    Completed,
    OwnInitiative,
    ConsentWithdrawn,
    LostContact,
    Moved,
    HandedOver,
    AgeLimit,
    IllHealth,
    InError,
    Other,
    NotRecorded // exits from before version 9, whose reason was never asked
};
// The situation at exit and at follow-ups.
enum class Situation {
    Employed,
    SubsidisedEmployment,
    SelfEmployed,
    Studies,
    JobSeeking,
    LabourMarketProgramme,
    Rehabilitation,
    ParentalLeave,
    OtherActivity,
    NoOccupation,
    NotKnown
};
enum class StudyType { None, NationalProgramme, IntroductionProgramme, Komvux, FolkHighSchool, UniversityOrYh, Other };

enum class FollowUpStatus { Open, Done, NotReached, Cancelled };
enum class FollowUpChannel { Phone, Sms, Email, Visit, Partner };
enum class AttemptResult { Reached, NoAnswer, MessageLeft, WrongNumber, Declined };

struct EntrySituation
{
    LabourSituation labour = LabourSituation::NotKnown;
    TimeWithout timeWithout = TimeWithout::NotKnown;
    Education education = Education::NotKnown;
    Income income = Income::NotKnown;
    std::optional<bool> kaaOverride; // empty: the KAA group is derived from the birth date and education
    SensitiveAnswer disability = SensitiveAnswer::NotAsked;
    SensitiveAnswer foreignBackground = SensitiveAnswer::NotAsked;

    bool operator==(const EntrySituation&) const = default;
};

// What a mentor records when a youth's participation ends.
struct ExitInput
{
    QDate exitDate;
    ExitReason reason = ExitReason::Completed;
    QString reasonText; // required for Other; free text otherwise
    qint64 partnerOrgId = 0; // HandedOver: to whom
    Situation situation = Situation::NotKnown;
    StudyType studyType = StudyType::None; // with Situation::Studies
    std::optional<bool> qualification; // empty: not known
    QString qualificationText;
    bool followUpConsent = true;
    // The open work at exit and what became of it: plan step / participation id → completed (true) or not.
    QList<std::pair<qint64, bool>> steps;
    QList<std::pair<qint64, bool>> participations;
};

struct ExitRecord
{
    qint64 id = 0;
    qint64 periodId = 0;
    QDate exitDate;
    ExitReason reason = ExitReason::Completed;
    QString reasonText;
    qint64 partnerOrgId = 0;
    QString partnerName;
    Situation situation = Situation::NotKnown;
    StudyType studyType = StudyType::None;
    std::optional<bool> qualification;
    QString qualificationText;
    bool followUpConsent = true;
    QDateTime registeredAt;
    QString registeredByName; // empty: unknown
    QDateTime reopenedAt; // invalid while the exit stands
    QString reopenReason;
    QString reopenedByName;

    bool isReopened() const { return reopenedAt.isValid(); }
};

struct EnrolmentPeriod
{
    qint64 id = 0;
    qint64 youthId = 0;
    QDate startDate;
    QDate endDate; // invalid while the period runs
    qint64 mentorId = 0;
    QString mentorName;
    ReferralSource referralSource = ReferralSource::None;
    EntrySituation entry;
    QList<ExitRecord> exits; // oldest first; at most one stands (not reopened), and it is the last
    QString registeredByName;

    bool isOpen() const { return !endDate.isValid(); }
    // The exit in force, if the period has ended.
    std::optional<ExitRecord> currentExit() const;
    // Days in the programme: from the start to the end, or to `today` while it runs.
    int days(const QDate& today) const;
};

struct FollowUpAttempt
{
    qint64 id = 0;
    QDate on;
    FollowUpChannel channel = FollowUpChannel::Phone;
    AttemptResult result = AttemptResult::NoAnswer;
    QString note;
    QString registeredByName;
};

struct FollowUp
{
    qint64 id = 0;
    qint64 exitId = 0;
    qint64 youthId = 0;
    QString offsetCode; // "4w", "6m"
    QDate dueOn;
    FollowUpStatus status = FollowUpStatus::Open;
    std::optional<Situation> situation; // when done
    StudyType studyType = StudyType::None;
    QString note;
    QDateTime closedAt;
    QString closedByName;
    QList<FollowUpAttempt> attempts; // oldest first

    // Attempts that did not reach the youth (declined reaches them, and closes the follow-up).
    int unansweredAttempts() const;
};

// One attempt at a follow-up, as the dialog records it. A reached youth needs the situation.
struct AttemptInput
{
    QDate on;
    FollowUpChannel channel = FollowUpChannel::Phone;
    AttemptResult result = AttemptResult::NoAnswer;
    QString note;
    std::optional<Situation> situation; // with Reached
    StudyType studyType = StudyType::None;
};

} // namespace lotsen
