#include "plans/ActionPlan.h"

namespace lotsen {

bool PlanStep::isOverdue(const QDate& today) const
{
    return dueDate.isValid() && dueDate < today && status != StepStatus::Done && status != StepStatus::Cancelled;
}

QString ActionPlan::section(PlanSection which) const
{
    switch (which) {
    case PlanSection::MyGoal:
        return myGoal;
    case PlanSection::Strengths:
        return strengths;
    case PlanSection::SupportNeeds:
        return supportNeeds;
    case PlanSection::Wishes:
        return wishes;
    case PlanSection::LongTermGoal:
        return longTermGoal;
    case PlanSection::Notes:
        return notes;
    }
    return {};
}

void ActionPlan::setSection(PlanSection which, const QString& text)
{
    switch (which) {
    case PlanSection::MyGoal:
        myGoal = text;
        break;
    case PlanSection::Strengths:
        strengths = text;
        break;
    case PlanSection::SupportNeeds:
        supportNeeds = text;
        break;
    case PlanSection::Wishes:
        wishes = text;
        break;
    case PlanSection::LongTermGoal:
        longTermGoal = text;
        break;
    case PlanSection::Notes:
        notes = text;
        break;
    }
}

} // namespace lotsen
