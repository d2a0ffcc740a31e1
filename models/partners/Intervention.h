#pragma once

#include <QDate>
#include <QString>

namespace lotsen {

enum class InterventionCategory {
    WorkTraining, // praktik
    Studies,
    StudyPreparation,
    Rehabilitation,
    Assessment, // kartläggning
    SupportedEmployment, // Supported Employment / IPS
    FolkHighSchool,
    StudyVisit,
    Lecture, // lecture / workshop
    Health,
    Other
};

enum class ParticipationStatus { Proposed, Ongoing, Completed, Interrupted };

// An entry of the intervention catalogue ("insats").
struct Intervention
{
    qint64 id = 0;
    QString name;
    InterventionCategory category = InterventionCategory::Other;
    qint64 providerId = 0; // a partner organisation; 0 = the centre itself
    QString description;
    QString typicalLength; // free text: "8 veckor", "en dag"
    bool active = true;
    QString providerName; // read-only, for display

    bool operator==(const Intervention&) const = default;
};

// A youth's participation in an intervention.
struct Participation
{
    qint64 id = 0;
    qint64 youthId = 0;
    qint64 interventionId = 0;
    QDate startDate;
    QDate plannedEnd;
    ParticipationStatus status = ParticipationStatus::Proposed;
    QString outcome;
    qint64 planStepId = 0; // the action-plan step it carries out, or 0
    QString interventionName; // read-only, for display

    bool operator==(const Participation&) const = default;
};

} // namespace lotsen
