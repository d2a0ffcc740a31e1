#include "enrolment/EnrolmentVocabulary.h"

#include <array>
#include <utility>

namespace lotsen {

namespace {

template<typename E, std::size_t N> using Codes = std::array<std::pair<E, const char*>, N>;

constexpr Codes<LabourSituation, 6> kLabour { {
    { LabourSituation::NotKnown, "" },
    { LabourSituation::UnemployedRegistered, "unemployed_registered" },
    { LabourSituation::UnemployedUnregistered, "unemployed_unregistered" },
    { LabourSituation::InEducation, "in_education" },
    { LabourSituation::Employed, "employed" },
    { LabourSituation::Inactive, "inactive" },
} };
constexpr Codes<TimeWithout, 4> kTimeWithout { {
    { TimeWithout::NotKnown, "" },
    { TimeWithout::Under6Months, "under_6" },
    { TimeWithout::SixTo12Months, "6_to_12" },
    { TimeWithout::Over12Months, "over_12" },
} };
constexpr Codes<Education, 6> kEducation { {
    { Education::NotKnown, "" },
    { Education::CompulsoryIncomplete, "compulsory_incomplete" },
    { Education::Compulsory, "compulsory" },
    { Education::UpperSecondaryIncomplete, "upper_secondary_incomplete" },
    { Education::UpperSecondary, "upper_secondary" },
    { Education::PostSecondary, "post_secondary" },
} };
constexpr Codes<Income, 9> kIncome { {
    { Income::NotKnown, "" },
    { Income::None, "none" },
    { Income::SocialAssistance, "social_assistance" },
    { Income::ActivityCompensation, "activity_compensation" },
    { Income::SicknessBenefit, "sickness_benefit" },
    { Income::ActivitySupport, "activity_support" },
    { Income::Wage, "wage" },
    { Income::StudyAllowance, "study_allowance" },
    { Income::Other, "other" },
} };
constexpr Codes<SensitiveAnswer, 4> kSensitive { {
    { SensitiveAnswer::NotAsked, "" },
    { SensitiveAnswer::Yes, "yes" },
    { SensitiveAnswer::No, "no" },
    { SensitiveAnswer::NotStated, "not_stated" },
} };
constexpr Codes<ExitReason, 11> kReasons { {
    { ExitReason::Completed, "completed" },
    { ExitReason::OwnInitiative, "own_initiative" },
    { ExitReason::ConsentWithdrawn, "consent_withdrawn" },
    { ExitReason::LostContact, "lost_contact" },
    { ExitReason::Moved, "moved" },
    { ExitReason::HandedOver, "handed_over" },
    { ExitReason::AgeLimit, "age_limit" },
    { ExitReason::IllHealth, "ill_health" },
    { ExitReason::InError, "in_error" },
    { ExitReason::Other, "other" },
    { ExitReason::NotRecorded, "not_recorded" },
} };
constexpr Codes<Situation, 11> kSituations { {
    { Situation::Employed, "employed" },
    { Situation::SubsidisedEmployment, "subsidised_employment" },
    { Situation::SelfEmployed, "self_employed" },
    { Situation::Studies, "studies" },
    { Situation::JobSeeking, "job_seeking" },
    { Situation::LabourMarketProgramme, "labour_market_programme" },
    { Situation::Rehabilitation, "rehabilitation" },
    { Situation::ParentalLeave, "parental_leave" },
    { Situation::OtherActivity, "other_activity" },
    { Situation::NoOccupation, "no_occupation" },
    { Situation::NotKnown, "not_known" },
} };
constexpr Codes<StudyType, 7> kStudyTypes { {
    { StudyType::None, "" },
    { StudyType::NationalProgramme, "national_programme" },
    { StudyType::IntroductionProgramme, "introduction_programme" },
    { StudyType::Komvux, "komvux" },
    { StudyType::FolkHighSchool, "folk_high_school" },
    { StudyType::UniversityOrYh, "university_yh" },
    { StudyType::Other, "other" },
} };
constexpr Codes<FollowUpStatus, 4> kFollowUpStatuses { {
    { FollowUpStatus::Open, "open" },
    { FollowUpStatus::Done, "done" },
    { FollowUpStatus::NotReached, "not_reached" },
    { FollowUpStatus::Cancelled, "cancelled" },
} };
constexpr Codes<FollowUpChannel, 5> kChannels { {
    { FollowUpChannel::Phone, "phone" },
    { FollowUpChannel::Sms, "sms" },
    { FollowUpChannel::Email, "email" },
    { FollowUpChannel::Visit, "visit" },
    { FollowUpChannel::Partner, "partner" },
} };
constexpr Codes<AttemptResult, 5> kResults { {
    { AttemptResult::Reached, "reached" },
    { AttemptResult::NoAnswer, "no_answer" },
    { AttemptResult::MessageLeft, "message_left" },
    { AttemptResult::WrongNumber, "wrong_number" },
    { AttemptResult::Declined, "declined" },
} };

template<typename E, std::size_t N> QString codeIn(const Codes<E, N>& codes, E value)
{
    for (const auto& [entry, code] : codes) {
        if (entry == value) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

template<typename E, std::size_t N> E valueIn(const Codes<E, N>& codes, const QString& code, E fallback)
{
    for (const auto& [entry, text] : codes) {
        if (code == QLatin1String(text)) {
            return entry;
        }
    }
    return fallback;
}

template<typename E, std::size_t N> QList<E> valuesIn(const Codes<E, N>& codes)
{
    QList<E> values;
    for (const auto& pair : codes) {
        values.append(pair.first);
    }
    return values;
}

} // namespace

// clang-format off
template<> QList<LabourSituation> EnrolmentVocabulary::all() { return valuesIn(kLabour); }
template<> QList<TimeWithout> EnrolmentVocabulary::all() { return valuesIn(kTimeWithout); }
template<> QList<Education> EnrolmentVocabulary::all() { return valuesIn(kEducation); }
template<> QList<Income> EnrolmentVocabulary::all() { return valuesIn(kIncome); }
template<> QList<SensitiveAnswer> EnrolmentVocabulary::all() { return valuesIn(kSensitive); }
template<> QList<ExitReason> EnrolmentVocabulary::all() { return valuesIn(kReasons); }
template<> QList<Situation> EnrolmentVocabulary::all() { return valuesIn(kSituations); }
template<> QList<StudyType> EnrolmentVocabulary::all() { return valuesIn(kStudyTypes); }
template<> QList<FollowUpStatus> EnrolmentVocabulary::all() { return valuesIn(kFollowUpStatuses); }
template<> QList<FollowUpChannel> EnrolmentVocabulary::all() { return valuesIn(kChannels); }
template<> QList<AttemptResult> EnrolmentVocabulary::all() { return valuesIn(kResults); }

template<> LabourSituation EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kLabour, c, LabourSituation::NotKnown); }
template<> TimeWithout EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kTimeWithout, c, TimeWithout::NotKnown); }
template<> Education EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kEducation, c, Education::NotKnown); }
template<> Income EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kIncome, c, Income::NotKnown); }
template<> SensitiveAnswer EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kSensitive, c, SensitiveAnswer::NotAsked); }
template<> ExitReason EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kReasons, c, ExitReason::NotRecorded); }
template<> Situation EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kSituations, c, Situation::NotKnown); }
template<> StudyType EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kStudyTypes, c, StudyType::None); }
template<> FollowUpStatus EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kFollowUpStatuses, c, FollowUpStatus::Open); }
template<> FollowUpChannel EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kChannels, c, FollowUpChannel::Phone); }
template<> AttemptResult EnrolmentVocabulary::fromCode(const QString& c) { return valueIn(kResults, c, AttemptResult::NoAnswer); }

QString EnrolmentVocabulary::code(LabourSituation value) { return codeIn(kLabour, value); }
QString EnrolmentVocabulary::code(TimeWithout value) { return codeIn(kTimeWithout, value); }
QString EnrolmentVocabulary::code(Education value) { return codeIn(kEducation, value); }
QString EnrolmentVocabulary::code(Income value) { return codeIn(kIncome, value); }
QString EnrolmentVocabulary::code(SensitiveAnswer value) { return codeIn(kSensitive, value); }
QString EnrolmentVocabulary::code(ExitReason value) { return codeIn(kReasons, value); }
QString EnrolmentVocabulary::code(Situation value) { return codeIn(kSituations, value); }
QString EnrolmentVocabulary::code(StudyType value) { return codeIn(kStudyTypes, value); }
QString EnrolmentVocabulary::code(FollowUpStatus value) { return codeIn(kFollowUpStatuses, value); }
QString EnrolmentVocabulary::code(FollowUpChannel value) { return codeIn(kChannels, value); }
QString EnrolmentVocabulary::code(AttemptResult value) { return codeIn(kResults, value); }
// clang-format on

QString EnrolmentVocabulary::label(LabourSituation value)
{
    switch (value) {
    case LabourSituation::NotKnown:
        return tr("Not known");
    case LabourSituation::UnemployedRegistered:
        return tr("Unemployed, registered at Arbetsförmedlingen");
    case LabourSituation::UnemployedUnregistered:
        return tr("Unemployed, not registered");
    case LabourSituation::InEducation:
        return tr("In education");
    case LabourSituation::Employed:
        return tr("Employed");
    case LabourSituation::Inactive:
        return tr("Inactive (neither studying nor looking for work)");
    }
    return {};
}

QString EnrolmentVocabulary::label(TimeWithout value)
{
    switch (value) {
    case TimeWithout::NotKnown:
        return tr("Not known");
    case TimeWithout::Under6Months:
        return tr("Under 6 months");
    case TimeWithout::SixTo12Months:
        return tr("6–12 months");
    case TimeWithout::Over12Months:
        return tr("Over 12 months");
    }
    return {};
}

QString EnrolmentVocabulary::label(Education value)
{
    switch (value) {
    case Education::NotKnown:
        return tr("Not known");
    case Education::CompulsoryIncomplete:
        return tr("Compulsory school not completed");
    case Education::Compulsory:
        return tr("Compulsory school");
    case Education::UpperSecondaryIncomplete:
        return tr("Upper secondary school not completed");
    case Education::UpperSecondary:
        return tr("Upper secondary school");
    case Education::PostSecondary:
        return tr("Post-secondary education");
    }
    return {};
}

QString EnrolmentVocabulary::label(IscedBand value)
{
    switch (value) {
    case IscedBand::NotKnown:
        return tr("Not known");
    case IscedBand::Isced1To2:
        return tr("ISCED 1–2");
    case IscedBand::Isced3To4:
        return tr("ISCED 3–4");
    case IscedBand::Isced5To8:
        return tr("ISCED 5–8");
    }
    return {};
}

QString EnrolmentVocabulary::label(Income value)
{
    switch (value) {
    case Income::NotKnown:
        return tr("Not known");
    case Income::None:
        return tr("No income");
    case Income::SocialAssistance:
        return tr("Social assistance (försörjningsstöd)");
    case Income::ActivityCompensation:
        return tr("Activity or sickness compensation");
    case Income::SicknessBenefit:
        return tr("Sickness benefit");
    case Income::ActivitySupport:
        return tr("Activity support (aktivitetsstöd)");
    case Income::Wage:
        return tr("Wage");
    case Income::StudyAllowance:
        return tr("Study allowance");
    case Income::Other:
        return tr("Other income");
    }
    return {};
}

QString EnrolmentVocabulary::label(SensitiveAnswer value)
{
    switch (value) {
    case SensitiveAnswer::NotAsked:
        return tr("Not asked");
    case SensitiveAnswer::Yes:
        return tr("Yes");
    case SensitiveAnswer::No:
        return tr("No");
    case SensitiveAnswer::NotStated:
        return tr("Does not want to say");
    }
    return {};
}

QString EnrolmentVocabulary::label(ExitReason value)
{
    switch (value) {
    case ExitReason::Completed:
        return tr("Completed according to the plan");
    case ExitReason::OwnInitiative:
        return tr("Left on own initiative");
    case ExitReason::ConsentWithdrawn:
        return tr("Consent withdrawn");
    case ExitReason::LostContact:
        return tr("Lost contact");
    case ExitReason::Moved:
        return tr("Moved away");
    case ExitReason::HandedOver:
        return tr("Handed over to another actor");
    case ExitReason::AgeLimit:
        return tr("Reached the age limit");
    case ExitReason::IllHealth:
        return tr("Ill health");
    case ExitReason::InError:
        return tr("Registered in error");
    case ExitReason::Other:
        return tr("Other reason");
    case ExitReason::NotRecorded:
        return tr("Not recorded (exited before version 9)");
    }
    return {};
}

QString EnrolmentVocabulary::label(Situation value)
{
    switch (value) {
    case Situation::Employed:
        return tr("Employed (unsubsidised)");
    case Situation::SubsidisedEmployment:
        return tr("Subsidised employment");
    case Situation::SelfEmployed:
        return tr("Self-employed");
    case Situation::Studies:
        return tr("Studies");
    case Situation::JobSeeking:
        return tr("Job-seeking at Arbetsförmedlingen");
    case Situation::LabourMarketProgramme:
        return tr("Labour-market programme or internship");
    case Situation::Rehabilitation:
        return tr("Rehabilitation, sick leave or activity compensation");
    case Situation::ParentalLeave:
        return tr("Parental leave");
    case Situation::OtherActivity:
        return tr("Other activity");
    case Situation::NoOccupation:
        return tr("No occupation");
    case Situation::NotKnown:
        return tr("Not known");
    }
    return {};
}

QString EnrolmentVocabulary::label(StudyType value)
{
    switch (value) {
    case StudyType::None:
        return tr("Not stated");
    case StudyType::NationalProgramme:
        return tr("Upper secondary, national programme");
    case StudyType::IntroductionProgramme:
        return tr("Upper secondary, introduction programme");
    case StudyType::Komvux:
        return tr("Komvux (adult education)");
    case StudyType::FolkHighSchool:
        return tr("Folk high school");
    case StudyType::UniversityOrYh:
        return tr("University or higher vocational education");
    case StudyType::Other:
        return tr("Other studies");
    }
    return {};
}

QString EnrolmentVocabulary::label(FollowUpStatus value)
{
    switch (value) {
    case FollowUpStatus::Open:
        return tr("Open");
    case FollowUpStatus::Done:
        return tr("Done");
    case FollowUpStatus::NotReached:
        return tr("Not reached");
    case FollowUpStatus::Cancelled:
        return tr("Cancelled (exit reopened)");
    }
    return {};
}

QString EnrolmentVocabulary::label(FollowUpChannel value)
{
    switch (value) {
    case FollowUpChannel::Phone:
        return tr("Phone");
    case FollowUpChannel::Sms:
        return tr("SMS");
    case FollowUpChannel::Email:
        return tr("E-mail");
    case FollowUpChannel::Visit:
        return tr("Visit");
    case FollowUpChannel::Partner:
        return tr("Through a partner");
    }
    return {};
}

QString EnrolmentVocabulary::label(AttemptResult value)
{
    switch (value) {
    case AttemptResult::Reached:
        return tr("Reached");
    case AttemptResult::NoAnswer:
        return tr("No answer");
    case AttemptResult::MessageLeft:
        return tr("Message left");
    case AttemptResult::WrongNumber:
        return tr("Wrong number");
    case AttemptResult::Declined:
        return tr("Declined");
    }
    return {};
}

IscedBand EnrolmentVocabulary::isced(Education education)
{
    switch (education) {
    case Education::NotKnown:
        return IscedBand::NotKnown;
    case Education::CompulsoryIncomplete:
    case Education::Compulsory:
        return IscedBand::Isced1To2;
    // As the funders' forms group them: started upper secondary school counts in the band of upper secondary.
    case Education::UpperSecondaryIncomplete:
    case Education::UpperSecondary:
        return IscedBand::Isced3To4;
    case Education::PostSecondary:
        return IscedBand::Isced5To8;
    }
    return IscedBand::NotKnown;
}

QString EnrolmentVocabulary::offsetLabel(const QString& offsetCode)
{
    const int number = offsetCode.chopped(1).toInt();
    if (number <= 0) {
        return offsetCode;
    }
    return offsetCode.endsWith(u'w') ? tr("%n week(s)", nullptr, number) : tr("%n month(s)", nullptr, number);
}

QString EnrolmentVocabulary::offsetShortLabel(const QString& offsetCode)
{
    const int number = offsetCode.chopped(1).toInt();
    if (number <= 0) {
        return offsetCode;
    }
    return offsetCode.endsWith(u'w') ? tr("%1 wk").arg(number) : tr("%1 mo").arg(number);
}

} // namespace lotsen
