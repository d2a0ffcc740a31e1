#include "enrolment/EnrolmentRules.h"

#include "core/TextLimits.h"

#include <QRegularExpression>

#include <algorithm>

namespace lotsen {

Result<void> EnrolmentRules::checkExit(const ExitInput& exit, const QDate& periodStart, const QDate& today)
{
    if (!exit.exitDate.isValid()) {
        return fail(tr("Give the exit date."), QStringLiteral("exitDate"));
    }
    if (periodStart.isValid() && exit.exitDate < periodStart) {
        return fail(tr("The exit date cannot be before the start of the participation (%1).")
                        .arg(periodStart.toString(Qt::ISODate)),
                    QStringLiteral("exitDate"));
    }
    if (exit.exitDate > today) {
        return fail(tr("The exit date cannot be in the future. Record the exit on the day it happens."),
                    QStringLiteral("exitDate"));
    }
    if (exit.reason == ExitReason::NotRecorded) {
        return fail(tr("Choose the reason for the exit."), QStringLiteral("reason"));
    }
    if (exit.reason == ExitReason::Other && exit.reasonText.trimmed().isEmpty()) {
        return fail(tr("Describe the reason when it is \"Other reason\"."), QStringLiteral("reasonText"));
    }
    if (exit.reason == ExitReason::HandedOver && exit.partnerOrgId == 0) {
        return fail(tr("Choose the actor the youth was handed over to."), QStringLiteral("partner"));
    }
    if (exit.reasonText.size() > 2000 || exit.qualificationText.size() > 2000) {
        return fail(tr("A text is longer than 2,000 characters. Shorten it."), QStringLiteral("reasonText"));
    }
    if (exit.qualification == true && exit.qualificationText.trimmed().isEmpty()) {
        return fail(tr("Say which qualification the youth gained."), QStringLiteral("qualificationText"));
    }
    return success();
}

Result<void> EnrolmentRules::checkEnrolment(const QDate& start, const QDate& previousEnd, const QDate& today)
{
    if (!start.isValid()) {
        return fail(tr("Give the start date."), QStringLiteral("startDate"));
    }
    Q_UNUSED(today) // a start planned for next week is fine; the period counts its days from then
    if (previousEnd.isValid() && start < previousEnd) {
        return fail(tr("The new participation cannot start before the previous one ended (%1).")
                        .arg(previousEnd.toString(Qt::ISODate)),
                    QStringLiteral("startDate"));
    }
    return success();
}

Result<void> EnrolmentRules::checkReopen(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return fail(tr("Write why the exit is reopened. The reason stays in the timeline."), QStringLiteral("reason"));
    }
    if (reason.size() > 2000) {
        return fail(tr("A text is longer than 2,000 characters. Shorten it."), QStringLiteral("reason"));
    }
    return success();
}

Result<void> EnrolmentRules::checkAttempt(const AttemptInput& attempt, const FollowUp& followUp, const QDate& exitDate,
                                          const QDate& today)
{
    if (followUp.status != FollowUpStatus::Open) {
        return fail(tr("This follow-up is already closed."));
    }
    if (!attempt.on.isValid() || attempt.on > today) {
        return fail(tr("The date of the attempt cannot be in the future."), QStringLiteral("date"));
    }
    if (exitDate.isValid() && attempt.on < exitDate) {
        return fail(tr("The attempt cannot be before the exit (%1).").arg(exitDate.toString(Qt::ISODate)),
                    QStringLiteral("date"));
    }
    if (attempt.result == AttemptResult::Reached && !attempt.situation) {
        return fail(tr("The youth was reached: choose their situation now."), QStringLiteral("situation"));
    }
    if (attempt.note.size() > TextLimits::Note) {
        return fail(tr("The note is longer than 20,000 characters. Shorten it."), QStringLiteral("note"));
    }
    return success();
}

Result<void> EnrolmentRules::checkNotReached(const FollowUp& followUp, int maxAttempts)
{
    if (followUp.status != FollowUpStatus::Open) {
        return fail(tr("This follow-up is already closed."));
    }
    const int unanswered = followUp.unansweredAttempts();
    if (unanswered < maxAttempts) {
        return fail(tr("A follow-up can be closed as not reached after %n unanswered attempt(s); %1 so far.", nullptr,
                       maxAttempts)
                        .arg(unanswered));
    }
    return success();
}

bool EnrolmentRules::derivedKaa(const QDate& birthDate, const EntrySituation& entry, const QDate& on)
{
    if (!birthDate.isValid() || !on.isValid()) {
        return false;
    }
    int age = on.year() - birthDate.year();
    if (on < birthDate.addYears(age)) {
        --age;
    }
    if (age < 0 || age >= KaaAgeLimit) {
        return false;
    }
    const bool completed = entry.education == Education::UpperSecondary || entry.education == Education::PostSecondary;
    return !completed && entry.labour != LabourSituation::InEducation;
}

bool EnrolmentRules::inKaaGroup(const QDate& birthDate, const EntrySituation& entry, const QDate& on)
{
    return entry.kaaOverride ? *entry.kaaOverride : derivedKaa(birthDate, entry, on);
}

QStringList EnrolmentRules::parseOffsets(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("^\\s*(\\d{1,3})\\s*([wWmM])\\s*$"));
    QList<std::pair<int, QString>> found; // days (approximate, for sorting) and code
    for (const QString& piece : text.split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = part.match(piece);
        if (!match.hasMatch()) {
            continue;
        }
        const int number = match.captured(1).toInt();
        const bool weeks = match.captured(2).compare(QLatin1String("w"), Qt::CaseInsensitive) == 0;
        if (number <= 0 || (weeks && number > 104) || (!weeks && number > 60)) {
            continue;
        }
        const QString code = QString::number(number) + (weeks ? u'w' : u'm');
        const int days = weeks ? number * 7 : number * 30;
        if (std::none_of(found.cbegin(), found.cend(), [&code](const auto& f) { return f.second == code; })) {
            found.append({ days, code });
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList codes;
    for (const auto& f : std::as_const(found)) {
        codes << f.second;
    }
    return codes;
}

QDate EnrolmentRules::dueDate(const QDate& exitDate, const QString& offsetCode)
{
    const int number = offsetCode.chopped(1).toInt();
    if (!exitDate.isValid() || number <= 0) {
        return {};
    }
    return offsetCode.endsWith(u'w') ? exitDate.addDays(7 * number) : exitDate.addMonths(number);
}

bool EnrolmentRules::createsFollowUps(const ExitInput& exit)
{
    return exit.followUpConsent && exit.reason != ExitReason::InError;
}

} // namespace lotsen
