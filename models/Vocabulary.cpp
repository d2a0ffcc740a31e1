#include "Vocabulary.h"

#include <array>
#include <utility>

namespace lotsen {

namespace {

// The codes are what the database stores; they never change once released.
constexpr std::array<std::pair<YouthStatus, const char*>, 4> kStatusCodes { {
    { YouthStatus::Prospect, "prospect" },
    { YouthStatus::Active, "active" },
    { YouthStatus::Paused, "paused" },
    { YouthStatus::Exited, "exited" },
} };
constexpr std::array<std::pair<Gender, const char*>, 4> kGenderCodes { {
    { Gender::Woman, "woman" },
    { Gender::Man, "man" },
    { Gender::Other, "other" },
    { Gender::NotStated, "not_stated" },
} };
constexpr std::array<std::pair<ReferralSource, const char*>, 10> kReferralCodes { {
    { ReferralSource::None, "" },
    { ReferralSource::Kaa, "kaa" },
    { ReferralSource::EmploymentService, "employment_service" },
    { ReferralSource::SocialInsurance, "social_insurance" },
    { ReferralSource::SocialServices, "social_services" },
    { ReferralSource::School, "school" },
    { ReferralSource::SelfReferral, "self" },
    { ReferralSource::Outreach, "outreach" },
    { ReferralSource::Relative, "relative" },
    { ReferralSource::Other, "other" },
} };
constexpr std::array<std::pair<TargetGroup, const char*>, 7> kTargetGroupCodes { {
    { TargetGroup::Uvas, "uvas" },
    { TargetGroup::LongTermUnemployed, "long_term_unemployed" },
    { TargetGroup::Disability, "disability" },
    { TargetGroup::SickListed, "sick_listed" },
    { TargetGroup::ActivityCompensation, "activity_compensation" },
    { TargetGroup::Psychosocial, "psychosocial" },
    { TargetGroup::NewlyArrived, "newly_arrived" },
} };
constexpr std::array<std::pair<StepStatus, const char*>, 4> kStepStatusCodes { {
    { StepStatus::Planned, "planned" },
    { StepStatus::Ongoing, "ongoing" },
    { StepStatus::Done, "done" },
    { StepStatus::Cancelled, "cancelled" },
} };
constexpr std::array<std::pair<ContactKind, const char*>, 10> kContactKindCodes { {
    { ContactKind::Meeting, "meeting" },
    { ContactKind::Phone, "phone" },
    { ContactKind::Sms, "sms" },
    { ContactKind::Email, "email" },
    { ContactKind::Video, "video" },
    { ContactKind::HomeVisit, "home_visit" },
    { ContactKind::DropIn, "drop_in" },
    { ContactKind::GroupActivity, "group_activity" },
    { ContactKind::Letter, "letter" },
    { ContactKind::Attempt, "attempt" },
} };
constexpr std::array<std::pair<ContactWith, const char*>, 4> kContactWithCodes { {
    { ContactWith::Youth, "youth" },
    { ContactWith::Relative, "relative" },
    { ContactWith::Partner, "partner" },
    { ContactWith::Other, "other" },
} };
constexpr std::array<std::pair<StepResponsible, const char*>, 3> kResponsibleCodes { {
    { StepResponsible::Youth, "youth" },
    { StepResponsible::Mentor, "mentor" },
    { StepResponsible::Other, "other" },
} };

template<typename Enum, std::size_t N> QList<Enum> keys(const std::array<std::pair<Enum, const char*>, N>& table)
{
    QList<Enum> result;
    for (const auto& [value, code] : table) {
        result.append(value);
    }
    return result;
}

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& code, Enum fallback, bool* ok)
{
    for (const auto& [value, candidate] : table) {
        if (code == QLatin1String(candidate)) {
            if (ok) {
                *ok = true;
            }
            return value;
        }
    }
    if (ok) {
        *ok = false;
    }
    return fallback;
}

} // namespace

QList<YouthStatus> Vocabulary::statuses()
{
    return keys(kStatusCodes);
}
QString Vocabulary::code(YouthStatus status)
{
    return codeOf(kStatusCodes, status);
}
YouthStatus Vocabulary::statusFromCode(const QString& code)
{
    return valueOf(kStatusCodes, code, YouthStatus::Prospect, nullptr);
}

QString Vocabulary::label(YouthStatus status)
{
    switch (status) {
    case YouthStatus::Prospect:
        return tr("Prospect (outreach)");
    case YouthStatus::Active:
        return tr("Active");
    case YouthStatus::Paused:
        return tr("Paused");
    case YouthStatus::Exited:
        return tr("Exited");
    }
    return {};
}

QList<Gender> Vocabulary::genders()
{
    return keys(kGenderCodes);
}
QString Vocabulary::code(Gender gender)
{
    return codeOf(kGenderCodes, gender);
}
Gender Vocabulary::genderFromCode(const QString& code)
{
    return valueOf(kGenderCodes, code, Gender::NotStated, nullptr);
}

QString Vocabulary::label(Gender gender)
{
    switch (gender) {
    case Gender::Woman:
        return tr("Woman");
    case Gender::Man:
        return tr("Man");
    case Gender::Other:
        return tr("Non-binary / other");
    case Gender::NotStated:
        return tr("Not stated");
    }
    return {};
}

QList<ReferralSource> Vocabulary::referralSources()
{
    return keys(kReferralCodes);
}
QString Vocabulary::code(ReferralSource source)
{
    return codeOf(kReferralCodes, source);
}
ReferralSource Vocabulary::referralSourceFromCode(const QString& code)
{
    return valueOf(kReferralCodes, code, ReferralSource::None, nullptr);
}

QString Vocabulary::label(ReferralSource source)
{
    switch (source) {
    case ReferralSource::None:
        return tr("Not stated");
    case ReferralSource::Kaa:
        return tr("KAA (municipal activity responsibility)");
    case ReferralSource::EmploymentService:
        return tr("Public employment service");
    case ReferralSource::SocialInsurance:
        return tr("Social insurance agency");
    case ReferralSource::SocialServices:
        return tr("Social services");
    case ReferralSource::School:
        return tr("School");
    case ReferralSource::SelfReferral:
        return tr("Self-referral");
    case ReferralSource::Outreach:
        return tr("Outreach");
    case ReferralSource::Relative:
        return tr("Relative");
    case ReferralSource::Other:
        return tr("Other");
    }
    return {};
}

QList<TargetGroup> Vocabulary::targetGroups()
{
    return keys(kTargetGroupCodes);
}
QString Vocabulary::code(TargetGroup group)
{
    return codeOf(kTargetGroupCodes, group);
}
TargetGroup Vocabulary::targetGroupFromCode(const QString& code, bool* ok)
{
    return valueOf(kTargetGroupCodes, code, TargetGroup::Uvas, ok);
}

QString Vocabulary::label(TargetGroup group)
{
    switch (group) {
    case TargetGroup::Uvas:
        return tr("Neither working nor studying (UVAS)");
    case TargetGroup::LongTermUnemployed:
        return tr("Long-term unemployed (>12 months)");
    case TargetGroup::Disability:
        return tr("Disability");
    case TargetGroup::SickListed:
        return tr("Sick-listed");
    case TargetGroup::ActivityCompensation:
        return tr("Activity compensation");
    case TargetGroup::Psychosocial:
        return tr("Psychosocial problems");
    case TargetGroup::NewlyArrived:
        return tr("Newly arrived");
    }
    return {};
}

QList<StepStatus> Vocabulary::stepStatuses()
{
    return keys(kStepStatusCodes);
}
QString Vocabulary::code(StepStatus status)
{
    return codeOf(kStepStatusCodes, status);
}
StepStatus Vocabulary::stepStatusFromCode(const QString& code)
{
    return valueOf(kStepStatusCodes, code, StepStatus::Planned, nullptr);
}

QString Vocabulary::label(StepStatus status)
{
    switch (status) {
    case StepStatus::Planned:
        return tr("Planned");
    case StepStatus::Ongoing:
        return tr("Ongoing");
    case StepStatus::Done:
        return tr("Done");
    case StepStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QList<StepResponsible> Vocabulary::stepResponsibles()
{
    return keys(kResponsibleCodes);
}
QString Vocabulary::code(StepResponsible responsible)
{
    return codeOf(kResponsibleCodes, responsible);
}
StepResponsible Vocabulary::stepResponsibleFromCode(const QString& code)
{
    return valueOf(kResponsibleCodes, code, StepResponsible::Youth, nullptr);
}

QString Vocabulary::label(StepResponsible responsible)
{
    switch (responsible) {
    case StepResponsible::Youth:
        return tr("The youth");
    case StepResponsible::Mentor:
        return tr("The mentor");
    case StepResponsible::Other:
        return tr("Partner / other");
    }
    return {};
}

QList<ContactKind> Vocabulary::contactKinds()
{
    return keys(kContactKindCodes);
}
QString Vocabulary::code(ContactKind kind)
{
    return codeOf(kContactKindCodes, kind);
}
ContactKind Vocabulary::contactKindFromCode(const QString& code)
{
    return valueOf(kContactKindCodes, code, ContactKind::Meeting, nullptr);
}

QString Vocabulary::label(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Meeting:
        return tr("Meeting at the centre");
    case ContactKind::Phone:
        return tr("Phone call");
    case ContactKind::Sms:
        return tr("SMS");
    case ContactKind::Email:
        return tr("E-mail");
    case ContactKind::Video:
        return tr("Video meeting");
    case ContactKind::HomeVisit:
        return tr("Home visit");
    case ContactKind::DropIn:
        return tr("Drop-in visit");
    case ContactKind::GroupActivity:
        return tr("Group activity");
    case ContactKind::Letter:
        return tr("Letter");
    case ContactKind::Attempt:
        return tr("Attempt without answer");
    }
    return {};
}

QList<ContactWith> Vocabulary::contactWiths()
{
    return keys(kContactWithCodes);
}
QString Vocabulary::code(ContactWith with)
{
    return codeOf(kContactWithCodes, with);
}
ContactWith Vocabulary::contactWithFromCode(const QString& code)
{
    return valueOf(kContactWithCodes, code, ContactWith::Youth, nullptr);
}

QString Vocabulary::label(ContactWith with)
{
    switch (with) {
    case ContactWith::Youth:
        return tr("The youth");
    case ContactWith::Relative:
        return tr("A relative");
    case ContactWith::Partner:
        return tr("A partner");
    case ContactWith::Other:
        return tr("Other");
    }
    return {};
}

QList<PlanSection> Vocabulary::planSections()
{
    return { PlanSection::MyGoal, PlanSection::Strengths,    PlanSection::SupportNeeds,
             PlanSection::Wishes, PlanSection::LongTermGoal, PlanSection::Notes };
}

QString Vocabulary::heading(PlanSection section)
{
    switch (section) {
    case PlanSection::MyGoal:
        return tr("My goal");
    case PlanSection::Strengths:
        return tr("This is what I am good at");
    case PlanSection::SupportNeeds:
        return tr("This is what I need support with");
    case PlanSection::Wishes:
        return tr("This is what I want");
    case PlanSection::LongTermGoal:
        return tr("My longer-term goal");
    case PlanSection::Notes:
        return tr("Notes");
    }
    return {};
}

QString Vocabulary::hint(PlanSection section)
{
    switch (section) {
    case PlanSection::MyGoal:
        return tr("The youth's own goal, in their own words.");
    case PlanSection::Strengths:
        return tr("Strengths, interests and competences.");
    case PlanSection::SupportNeeds:
        return tr("What the youth needs help or support with.");
    case PlanSection::Wishes:
        return tr("Wishes for work, studies, everyday life.");
    case PlanSection::LongTermGoal:
        return tr("Optional: where the youth wants to be in a year or two.");
    case PlanSection::Notes:
        return tr("Free notes for the plan.");
    }
    return {};
}

} // namespace lotsen
