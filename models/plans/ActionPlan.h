#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lotsen {

enum class StepStatus { Planned, Ongoing, Done, Cancelled };
enum class StepResponsible { Youth, Mentor, Other };
enum class PlanSection { MyGoal, Strengths, SupportNeeds, Wishes, LongTermGoal, Notes };

// One concrete step of an action plan: what, who, when, and how it went.
struct PlanStep
{
    qint64 id = 0;
    QString description;
    StepResponsible responsible = StepResponsible::Youth;
    QString responsibleName; // a partner or other person, when responsible is Other
    QDate startDate;
    QDate dueDate;
    StepStatus status = StepStatus::Planned;
    QString outcome;

    // Due date passed and neither done nor cancelled.
    bool isOverdue(const QDate& today) const;
    bool operator==(const PlanStep&) const = default;
};

// One version of a youth's individual action plan, written with the youth in their own words.
struct ActionPlan
{
    qint64 id = 0;
    qint64 youthId = 0;
    int version = 0; // 1, 2, 3 … per youth
    QDate planDate;
    qint64 staffId = 0; // the mentor who made this version
    QString staffName; // read-only, for display
    QString myGoal;
    QString strengths;
    QString supportNeeds;
    QString wishes;
    QString longTermGoal;
    QString notes;
    QDate nextReview;
    QDate signedOn; // paper signatures by the youth and the mentor
    QDateTime frozenAt; // set when revised; a frozen version never changes again
    QList<PlanStep> steps;
    // The row's version as it was read; save(), markSigned() and revise() refuse to write over a newer one (someone
    // else changed the plan meanwhile, on another PC). 0: not read from the database (a caller that writes
    // regardless).
    int rowVersion = 0;

    bool isFrozen() const { return frozenAt.isValid(); }
    QString section(PlanSection section) const;
    void setSection(PlanSection section, const QString& text);
    bool operator==(const ActionPlan&) const = default;
};

} // namespace lotsen
