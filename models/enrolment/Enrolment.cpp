#include "enrolment/Enrolment.h"

#include <algorithm>

namespace lotsen {

std::optional<ExitRecord> EnrolmentPeriod::currentExit() const
{
    for (auto it = exits.crbegin(); it != exits.crend(); ++it) {
        if (!it->isReopened()) {
            return *it;
        }
    }
    return std::nullopt;
}

int EnrolmentPeriod::days(const QDate& today) const
{
    const QDate end = endDate.isValid() ? endDate : today;
    return startDate.isValid() ? std::max<qint64>(0, startDate.daysTo(end)) : 0;
}

int FollowUp::unansweredAttempts() const
{
    return int(std::count_if(attempts.cbegin(), attempts.cend(), [](const FollowUpAttempt& attempt) {
        return attempt.result != AttemptResult::Reached && attempt.result != AttemptResult::Declined;
    }));
}

} // namespace lotsen
