#include "today/AttentionRules.h"

#include "enrolment/EnrolmentVocabulary.h"

#include <algorithm>

namespace lotsen {

bool AttentionItem::has(AttentionReason reason) const
{
    return std::any_of(causes.begin(), causes.end(), [reason](const AttentionCause& c) { return c.reason == reason; });
}

QList<AttentionReason> AttentionRules::reasons()
{
    return { AttentionReason::NoContact,       AttentionReason::UnansweredAttempts, AttentionReason::PlannedContact,
             AttentionReason::PlanReview,      AttentionReason::PauseEnded,         AttentionReason::ReferralUnanswered,
             AttentionReason::ConsentExpiring, AttentionReason::FollowUpDue };
}

QString AttentionRules::code(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::NoContact:
        return QStringLiteral("no_contact");
    case AttentionReason::UnansweredAttempts:
        return QStringLiteral("unanswered");
    case AttentionReason::PlannedContact:
        return QStringLiteral("planned_contact");
    case AttentionReason::PlanReview:
        return QStringLiteral("plan_review");
    case AttentionReason::PauseEnded:
        return QStringLiteral("pause_ended");
    case AttentionReason::ReferralUnanswered:
        return QStringLiteral("referral_unanswered");
    case AttentionReason::ConsentExpiring:
        return QStringLiteral("consent_expiring");
    case AttentionReason::FollowUpDue:
        return QStringLiteral("follow_up");
    }
    return {};
}

std::optional<AttentionReason> AttentionRules::reasonFromCode(const QString& text)
{
    for (AttentionReason reason : reasons()) {
        if (code(reason) == text) {
            return reason;
        }
    }
    return std::nullopt;
}

QString AttentionRules::label(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::NoContact:
        return tr("No contact");
    case AttentionReason::UnansweredAttempts:
        return tr("Unanswered contact attempts");
    case AttentionReason::PlannedContact:
        return tr("Planned contact");
    case AttentionReason::PlanReview:
        return tr("Plan review");
    case AttentionReason::PauseEnded:
        return tr("Pause ended");
    case AttentionReason::ReferralUnanswered:
        return tr("Referral without answer");
    case AttentionReason::ConsentExpiring:
        return tr("Consent expiring");
    case AttentionReason::FollowUpDue:
        return tr("Follow-up after exit");
    }
    return {};
}

QString AttentionRules::describe(const AttentionCause& cause)
{
    const QString date = cause.since.toString(Qt::ISODate);
    switch (cause.reason) {
    // The counts here are always two or more (a threshold is at least one day, and "more than" it is two;
    // attempts escalate from two), so the English source needs no singular; Swedish gets its forms from %n.
    case AttentionReason::NoContact:
        return cause.neverContacted ? tr("Never contacted, %n days since the start", nullptr, cause.days)
                                    : tr("No contact for %n days", nullptr, cause.days);
    case AttentionReason::UnansweredAttempts:
        return tr("%n unanswered contact attempts since %1", nullptr, cause.attempts).arg(date);
    case AttentionReason::PlannedContact:
        return cause.daysOverdue == 0 ? tr("Planned contact today") : tr("Planned contact %1 passed").arg(date);
    case AttentionReason::PlanReview:
        return tr("Plan review due %1").arg(date);
    case AttentionReason::PauseEnded:
        return tr("Pause ended %1").arg(date);
    case AttentionReason::ReferralUnanswered:
        return tr("Referral of %1 without an answer for %n days", nullptr, cause.days).arg(date);
    case AttentionReason::ConsentExpiring:
        return cause.days == 0 ? tr("A consent ends today") : tr("A consent ends %1").arg(date);
    case AttentionReason::FollowUpDue:
        return cause.days == 0
            ? tr("Follow-up %1 after exit, due today").arg(EnrolmentVocabulary::offsetShortLabel(cause.followUpOffset))
            : tr("Follow-up %1 after exit, overdue by %n day(s)", nullptr, cause.days)
                  .arg(EnrolmentVocabulary::offsetShortLabel(cause.followUpOffset));
    }
    return {};
}

bool AttentionRules::before(const AttentionItem& a, const AttentionItem& b)
{
    if (a.urgent != b.urgent) {
        return a.urgent;
    }
    if (a.daysOverdue != b.daysOverdue) {
        return a.daysOverdue > b.daysOverdue;
    }
    // Not localeAwareCompare: at tens of thousands of items the collator would cost more than the query. Within
    // the same urgency and days the order only has to be stable and readable.
    const int byLast = a.lastName.compare(b.lastName, Qt::CaseInsensitive);
    if (byLast != 0) {
        return byLast < 0;
    }
    const int byFirst = a.firstName.compare(b.firstName, Qt::CaseInsensitive);
    if (byFirst != 0) {
        return byFirst < 0;
    }
    return a.youthId < b.youthId;
}

void AttentionRules::sort(QList<AttentionItem>& items)
{
    std::sort(items.begin(), items.end(), &AttentionRules::before);
}

} // namespace lotsen
