#include "core/Vocabulary.h"

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
constexpr std::array<std::pair<PartnerKind, const char*>, 10> kPartnerKindCodes { {
    { PartnerKind::EmploymentService, "employment_service" },
    { PartnerKind::SocialInsurance, "social_insurance" },
    { PartnerKind::SocialServices, "social_services" },
    { PartnerKind::School, "school" },
    { PartnerKind::Kaa, "kaa" },
    { PartnerKind::HealthCare, "health_care" },
    { PartnerKind::Education, "education" },
    { PartnerKind::Employer, "employer" },
    { PartnerKind::CivilSociety, "civil_society" },
    { PartnerKind::Other, "other" },
} };
constexpr std::array<std::pair<InterventionCategory, const char*>, 11> kInterventionCategoryCodes { {
    { InterventionCategory::WorkTraining, "work_training" },
    { InterventionCategory::Studies, "studies" },
    { InterventionCategory::StudyPreparation, "study_preparation" },
    { InterventionCategory::Rehabilitation, "rehabilitation" },
    { InterventionCategory::Assessment, "assessment" },
    { InterventionCategory::SupportedEmployment, "supported_employment" },
    { InterventionCategory::FolkHighSchool, "folk_high_school" },
    { InterventionCategory::StudyVisit, "study_visit" },
    { InterventionCategory::Lecture, "lecture" },
    { InterventionCategory::Health, "health" },
    { InterventionCategory::Other, "other" },
} };
constexpr std::array<std::pair<ParticipationStatus, const char*>, 4> kParticipationStatusCodes { {
    { ParticipationStatus::Proposed, "proposed" },
    { ParticipationStatus::Ongoing, "ongoing" },
    { ParticipationStatus::Completed, "completed" },
    { ParticipationStatus::Interrupted, "interrupted" },
} };
constexpr std::array<std::pair<Relation, const char*>, 6> kRelationCodes { {
    { Relation::Parent, "parent" },
    { Relation::Sibling, "sibling" },
    { Relation::Partner, "partner" },
    { Relation::Guardian, "guardian" },
    { Relation::Friend, "friend" },
    { Relation::Other, "other" },
} };
constexpr std::array<std::pair<ConsentScope, const char*>, 5> kConsentScopeCodes { {
    { ConsentScope::Relatives, "relatives" },
    { ConsentScope::Partner, "partner" },
    { ConsentScope::SensitiveNotes, "sensitive_notes" },
    { ConsentScope::Photos, "photos" },
    { ConsentScope::Other, "other" },
} };
constexpr std::array<std::pair<ConsentForm, const char*>, 2> kConsentFormCodes { {
    { ConsentForm::Written, "written" },
    { ConsentForm::Verbal, "verbal" },
} };
constexpr std::array<std::pair<ReferralStatus, const char*>, 4> kReferralStatusCodes { {
    { ReferralStatus::Sent, "sent" },
    { ReferralStatus::Accepted, "accepted" },
    { ReferralStatus::Declined, "declined" },
    { ReferralStatus::NoAnswer, "no_answer" },
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

QList<PartnerKind> Vocabulary::partnerKinds()
{
    return keys(kPartnerKindCodes);
}
QString Vocabulary::code(PartnerKind value)
{
    return codeOf(kPartnerKindCodes, value);
}
PartnerKind Vocabulary::partnerKindFromCode(const QString& code)
{
    return valueOf(kPartnerKindCodes, code, PartnerKind::Other, nullptr);
}
QString Vocabulary::label(PartnerKind value)
{
    switch (value) {
    case PartnerKind::EmploymentService:
        return tr("Public employment service");
    case PartnerKind::SocialInsurance:
        return tr("Social insurance");
    case PartnerKind::SocialServices:
        return tr("Social services");
    case PartnerKind::School:
        return tr("School");
    case PartnerKind::Kaa:
        return tr("KAA (municipal activity responsibility)");
    case PartnerKind::HealthCare:
        return tr("Health care");
    case PartnerKind::Education:
        return tr("Education provider");
    case PartnerKind::Employer:
        return tr("Employer");
    case PartnerKind::CivilSociety:
        return tr("Civil society");
    case PartnerKind::Other:
        return tr("Other");
    }
    return {};
}

QList<InterventionCategory> Vocabulary::interventionCategories()
{
    return keys(kInterventionCategoryCodes);
}
QString Vocabulary::code(InterventionCategory value)
{
    return codeOf(kInterventionCategoryCodes, value);
}
InterventionCategory Vocabulary::interventionCategoryFromCode(const QString& code)
{
    return valueOf(kInterventionCategoryCodes, code, InterventionCategory::Other, nullptr);
}
QString Vocabulary::label(InterventionCategory value)
{
    switch (value) {
    case InterventionCategory::WorkTraining:
        return tr("Work training / internship");
    case InterventionCategory::Studies:
        return tr("Studies");
    case InterventionCategory::StudyPreparation:
        return tr("Study preparation");
    case InterventionCategory::Rehabilitation:
        return tr("Rehabilitation");
    case InterventionCategory::Assessment:
        return tr("Assessment");
    case InterventionCategory::SupportedEmployment:
        return tr("Supported Employment / IPS");
    case InterventionCategory::FolkHighSchool:
        return tr("Folk high school");
    case InterventionCategory::StudyVisit:
        return tr("Study visit");
    case InterventionCategory::Lecture:
        return tr("Lecture / workshop");
    case InterventionCategory::Health:
        return tr("Health");
    case InterventionCategory::Other:
        return tr("Other");
    }
    return {};
}

QList<ParticipationStatus> Vocabulary::participationStatuses()
{
    return keys(kParticipationStatusCodes);
}
QString Vocabulary::code(ParticipationStatus value)
{
    return codeOf(kParticipationStatusCodes, value);
}
ParticipationStatus Vocabulary::participationStatusFromCode(const QString& code)
{
    return valueOf(kParticipationStatusCodes, code, ParticipationStatus::Proposed, nullptr);
}
QString Vocabulary::label(ParticipationStatus value)
{
    switch (value) {
    case ParticipationStatus::Proposed:
        return tr("Proposed");
    case ParticipationStatus::Ongoing:
        return tr("Ongoing");
    case ParticipationStatus::Completed:
        return tr("Completed");
    case ParticipationStatus::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QList<Relation> Vocabulary::relations()
{
    return keys(kRelationCodes);
}
QString Vocabulary::code(Relation value)
{
    return codeOf(kRelationCodes, value);
}
Relation Vocabulary::relationFromCode(const QString& code)
{
    return valueOf(kRelationCodes, code, Relation::Other, nullptr);
}
QString Vocabulary::label(Relation value)
{
    switch (value) {
    case Relation::Parent:
        return tr("Parent");
    case Relation::Sibling:
        return tr("Sibling");
    case Relation::Partner:
        return tr("Partner");
    case Relation::Guardian:
        return tr("Guardian");
    case Relation::Friend:
        return tr("Friend");
    case Relation::Other:
        return tr("Other");
    }
    return {};
}

QList<ConsentScope> Vocabulary::consentScopes()
{
    return keys(kConsentScopeCodes);
}
QString Vocabulary::code(ConsentScope value)
{
    return codeOf(kConsentScopeCodes, value);
}
ConsentScope Vocabulary::consentScopeFromCode(const QString& code)
{
    return valueOf(kConsentScopeCodes, code, ConsentScope::Other, nullptr);
}
QString Vocabulary::label(ConsentScope value)
{
    switch (value) {
    case ConsentScope::Relatives:
        return tr("Contact with relatives");
    case ConsentScope::Partner:
        return tr("Sharing information with a partner");
    case ConsentScope::SensitiveNotes:
        return tr("Registration of sensitive notes");
    case ConsentScope::Photos:
        return tr("Photos at activities");
    case ConsentScope::Other:
        return tr("Other");
    }
    return {};
}

QList<ConsentForm> Vocabulary::consentForms()
{
    return keys(kConsentFormCodes);
}
QString Vocabulary::code(ConsentForm value)
{
    return codeOf(kConsentFormCodes, value);
}
ConsentForm Vocabulary::consentFormFromCode(const QString& code)
{
    return valueOf(kConsentFormCodes, code, ConsentForm::Written, nullptr);
}
QString Vocabulary::label(ConsentForm value)
{
    switch (value) {
    case ConsentForm::Written:
        return tr("Written");
    case ConsentForm::Verbal:
        return tr("Verbal");
    }
    return {};
}

QList<ReferralStatus> Vocabulary::referralStatuses()
{
    return keys(kReferralStatusCodes);
}
QString Vocabulary::code(ReferralStatus value)
{
    return codeOf(kReferralStatusCodes, value);
}
ReferralStatus Vocabulary::referralStatusFromCode(const QString& code)
{
    return valueOf(kReferralStatusCodes, code, ReferralStatus::Sent, nullptr);
}
QString Vocabulary::label(ReferralStatus value)
{
    switch (value) {
    case ReferralStatus::Sent:
        return tr("Sent");
    case ReferralStatus::Accepted:
        return tr("Accepted");
    case ReferralStatus::Declined:
        return tr("Declined");
    case ReferralStatus::NoAnswer:
        return tr("No answer");
    }
    return {};
}

} // namespace lotsen
