#pragma once

#include "consent/Consent.h"
#include "consent/NetworkPerson.h"
#include "contacts/Contact.h"
#include "partners/Intervention.h"
#include "partners/Partner.h"
#include "partners/Referral.h"
#include "plans/ActionPlan.h"
#include "youth/Youth.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lotsen {

// Translates the register's fixed vocabularies between their database codes and their labels in the UI language.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QList<YouthStatus> statuses();
    static QString code(YouthStatus status);
    static YouthStatus statusFromCode(const QString& code);
    static QString label(YouthStatus status);

    static QList<Gender> genders();
    static QString code(Gender gender);
    static Gender genderFromCode(const QString& code);
    static QString label(Gender gender);

    static QList<ReferralSource> referralSources();
    static QString code(ReferralSource source);
    static ReferralSource referralSourceFromCode(const QString& code);
    static QString label(ReferralSource source);

    static QList<TargetGroup> targetGroups();
    static QString code(TargetGroup group);
    static TargetGroup targetGroupFromCode(const QString& code, bool* ok = nullptr);
    static QString label(TargetGroup group);

    static QList<StepStatus> stepStatuses();
    static QString code(StepStatus status);
    static StepStatus stepStatusFromCode(const QString& code);
    static QString label(StepStatus status);

    static QList<StepResponsible> stepResponsibles();
    static QString code(StepResponsible responsible);
    static StepResponsible stepResponsibleFromCode(const QString& code);
    static QString label(StepResponsible responsible);

    static QList<ContactKind> contactKinds();
    static QString code(ContactKind kind);
    static ContactKind contactKindFromCode(const QString& code);
    static QString label(ContactKind kind);

    static QList<ContactWith> contactWiths();
    static QString code(ContactWith with);
    static ContactWith contactWithFromCode(const QString& code);
    static QString label(ContactWith with);

    static QList<PartnerKind> partnerKinds();
    static QString code(PartnerKind kind);
    static PartnerKind partnerKindFromCode(const QString& code);
    static QString label(PartnerKind kind);

    static QList<InterventionCategory> interventionCategories();
    static QString code(InterventionCategory category);
    static InterventionCategory interventionCategoryFromCode(const QString& code);
    static QString label(InterventionCategory category);

    static QList<ParticipationStatus> participationStatuses();
    static QString code(ParticipationStatus status);
    static ParticipationStatus participationStatusFromCode(const QString& code);
    static QString label(ParticipationStatus status);

    static QList<Relation> relations();
    static QString code(Relation relation);
    static Relation relationFromCode(const QString& code);
    static QString label(Relation relation);

    static QList<ConsentScope> consentScopes();
    static QString code(ConsentScope scope);
    static ConsentScope consentScopeFromCode(const QString& code);
    static QString label(ConsentScope scope);

    static QList<ConsentForm> consentForms();
    static QString code(ConsentForm form);
    static ConsentForm consentFormFromCode(const QString& code);
    static QString label(ConsentForm form);

    static QList<ReferralStatus> referralStatuses();
    static QString code(ReferralStatus status);
    static ReferralStatus referralStatusFromCode(const QString& code);
    static QString label(ReferralStatus status);

    static QList<PlanSection> planSections();
    // The section's heading in the youth's own voice, as printed on the plan.
    static QString heading(PlanSection section);
    // A short hint for the mentor about what belongs in the section.
    static QString hint(PlanSection section);
};

} // namespace lotsen
