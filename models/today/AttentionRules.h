#pragma once

#include "core/CentreSettings.h"
#include "youth/Youth.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lotsen {

class Database;

// Why a youth needs attention today. One youth can have several reasons at once.
enum class AttentionReason {
    NoContact, // active (or prospect) without a successful contact for longer than the threshold
    UnansweredAttempts, // two or more attempts without answer in a row: escalated
    PlannedContact, // the planned next contact is today or has passed, with no contact since
    PlanReview, // the current action plan's review date has come
    PauseEnded, // a paused youth whose pause end date has come
    ReferralUnanswered, // a referral to a partner still without an answer after the threshold
    ConsentExpiring, // a consent that ends within the warning period and has not been renewed
    FollowUpDue, // a follow-up after exit whose due date has come and that is still open
};

struct AttentionThresholds
{
    int activeNoContactDays = CentreSettings::DefaultActiveNoContactDays;
    int prospectNoContactDays = CentreSettings::DefaultProspectNoContactDays;
    int referralNoAnswerDays = CentreSettings::DefaultReferralNoAnswerDays;
    int consentExpiryDays = CentreSettings::DefaultConsentExpiryDays;
    // From this many attempts without answer in a row the item is urgent.
    static constexpr int escalationAttempts = 2;
};

// One reason with the figures its wording needs.
struct AttentionCause
{
    AttentionReason reason = AttentionReason::NoContact;
    QDate since; // last contact / first unanswered attempt / planned date / review date / pause end
    int days = 0; // NoContact: days without contact; otherwise days since `since`
    int daysOverdue = 0; // how far past its threshold or date the reason is (0 = due today)
    int attempts = 0; // UnansweredAttempts
    bool neverContacted = false; // NoContact counted from the start date (or registration)
    qint64 followUpId = 0; // FollowUpDue: the oldest open follow-up that is due
    QString followUpOffset; // FollowUpDue: "4w", "6m"

    bool operator==(const AttentionCause&) const = default;
};

// One youth on the Today list.
struct AttentionItem
{
    qint64 youthId = 0;
    QString firstName;
    QString lastName;
    qint64 mentorId = 0;
    QString mentorName;
    YouthStatus status = YouthStatus::Active;
    QList<AttentionCause> causes; // never empty
    bool urgent = false;
    int daysOverdue = 0; // the largest of the causes'

    QString fullName() const { return (firstName + u' ' + lastName).trimmed(); }
    bool has(AttentionReason reason) const;
};

// The Today view's rules. They run as one SQL query over the per-youth summary columns that ContactRepository
// keeps (never a loop over every youth), with "today" and the thresholds as parameters so that tests can pin them.
// Exited youths appear only for a follow-up that is due; a snoozed reason is left out until its date, and the youth
// stays on the list for any other reason.
class AttentionRules
{
    Q_DECLARE_TR_FUNCTIONS(AttentionRules)

public:
    // Urgent first, then more days overdue, then by name.
    static bool before(const AttentionItem& a, const AttentionItem& b);
    static void sort(QList<AttentionItem>& items);

    // The reason for people: "No contact for 23 days", "3 unanswered contact attempts since 2026-11-02".
    static QString describe(const AttentionCause& cause);
    // A short name for the reason, as in the snooze dialog's list.
    static QString label(AttentionReason reason);

    // The code stored in attention_snooze.reason.
    static QString code(AttentionReason reason);
    static std::optional<AttentionReason> reasonFromCode(const QString& code);
    static QList<AttentionReason> reasons();
};

} // namespace lotsen
