#pragma once

#include "core/Result.h"
#include "enrolment/Enrolment.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace lotsen {

// The rules of enrolment, exit and follow-up, without the database: what may be recorded, when follow-ups fall due,
// who is in the KAA group. EnrolmentRepository and FollowUpRepository apply them before they write; the dialogs use
// them to explain a refusal before the user presses OK.
class EnrolmentRules
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentRules)

public:
    // The oldest a KAA youth can be: the municipality's activity responsibility ends the half-year they turn 20.
    static constexpr int KaaAgeLimit = 20;

    // An exit: not before the period's start, not after today, a text for "other", a partner for "handed over".
    static Result<void> checkExit(const ExitInput& exit, const QDate& periodStart, const QDate& today);
    // A new period: a start date and, after an earlier period, not before its end. (It may lie ahead: a start
    // agreed for next week.)
    static Result<void> checkEnrolment(const QDate& start, const QDate& previousEnd, const QDate& today);
    // Reopening an exit needs a written reason.
    static Result<void> checkReopen(const QString& reason);
    // An attempt at a follow-up: not in the future, not before the exit; a reached youth needs their situation.
    static Result<void> checkAttempt(const AttemptInput& attempt, const FollowUp& followUp, const QDate& exitDate,
                                     const QDate& today);
    // A follow-up may be closed as not reached after `maxAttempts` unanswered attempts.
    static Result<void> checkNotReached(const FollowUp& followUp, int maxAttempts);

    // Under 20 on `on` and without a completed upper secondary education, not in education: in the KAA group.
    // Without a birth date no one is.
    static bool derivedKaa(const QDate& birthDate, const EntrySituation& entry, const QDate& on);
    static bool inKaaGroup(const QDate& birthDate, const EntrySituation& entry, const QDate& on);

    // "4w, 6m,12m" → {"4w", "6m", "12m"}, sorted by when they fall due, without duplicates; unreadable parts are
    // left out. Weeks up to 104, months up to 60.
    static QStringList parseOffsets(const QString& text);
    static QDate dueDate(const QDate& exitDate, const QString& offsetCode);
    // An exit "registered in error", or one whose youth declined, gets no follow-ups.
    static bool createsFollowUps(const ExitInput& exit);
    // Exits registered in error are never counted in a result figure.
    static bool countsInResults(ExitReason reason) { return reason != ExitReason::InError; }
};

} // namespace lotsen
