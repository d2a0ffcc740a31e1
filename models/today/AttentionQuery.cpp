#include "today/AttentionQuery.h"

#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/Vocabulary.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace lotsen {

namespace {

QDate dateOf(const QVariant& value)
{
    // Summary columns hold dates ('2026-11-20') or timestamps ('2026-11-20T10:15:00'); the day is what counts.
    // Read by hand: QDate::fromString for tens of thousands of rows costs more than the query's look-ups.
    const QString text = value.toString();
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-') {
        return {};
    }
    const auto number = [&text](int from, int length) {
        int result = 0;
        for (int i = from; i < from + length; ++i) {
            const int digit = text.at(i).digitValue();
            if (digit < 0) {
                return -1;
            }
            result = result * 10 + digit;
        }
        return result;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

} // namespace

AttentionQuery::AttentionQuery(const Database& database) : m_database(database) { }

Result<QList<AttentionItem>> AttentionQuery::items(const QDate& today, const AttentionThresholds& thresholds,
                                                   qint64 mentorId, qint64 youthId) const
{
    const Database& database = m_database;
    // One pass over the youths that are not exited. Each reason is a condition on the summary columns (kept by
    // ContactRepository) or on the current plan version, found through the unique open-version index. The WHERE
    // clause is the cheap pre-filter; the per-reason flags are evaluated only for the rows it lets through, the
    // youth's snoozed reasons come along as one text, and a row whose every reason is snoozed is skipped below.
    // A youth without any contact counts from the start date, or from registration.
    // "y.status <> 'exited'" rather than an IN list on purpose: it cannot use the status index, and with most youths
    // not exited a scan of the table is five times faster than a look-up per index entry (120 ms instead of
    // 600 ms at 100,000 youths). The mentor and youth filters still use their indexes.
    const QString contactRef = QStringLiteral("coalesce(y.last_contact_at, y.start_date, y.created_at)");
    const QString noContact
        = QStringLiteral("((y.status = 'active' AND %1 < :activeCutoff) OR (y.status = 'prospect' AND %1 < "
                         ":prospectCutoff))")
              .arg(contactRef);
    const QString unanswered = QStringLiteral("(y.unanswered_attempts >= :attempts)");
    const QString planned = QStringLiteral("(y.next_planned_contact <= :today AND (y.last_contact_at IS NULL OR "
                                           "y.last_contact_at < y.next_planned_contact))");
    // A paused youth's plan waits with the youth; the pause's end brings both back.
    const QString review = QStringLiteral("(y.status <> 'paused' AND p.next_review <= :today)");
    const QString pauseEnded = QStringLiteral("(y.status = 'paused' AND y.pause_until <= :today)");
    const QString referral = QStringLiteral("(r.oldest IS NOT NULL)");
    const QString consent = QStringLiteral("(k.expires IS NOT NULL)");
    // Referrals and expiring consents are few; each is grouped per youth once and joined, not looked up per youth.
    // A consent counts as expiring unless a later one of the same scope and party takes over.
    const QString joins = QStringLiteral(
        "LEFT JOIN (SELECT youth_id, min(sent_on) AS oldest FROM referral WHERE status = 'sent' "
        "  AND sent_on <= :referralCutoff GROUP BY youth_id) r ON r.youth_id = y.id "
        "LEFT JOIN (SELECT c.youth_id, min(c.valid_until) AS expires FROM consent c "
        "  WHERE c.withdrawn_on IS NULL AND c.given_on <= :today AND c.valid_until >= :today "
        "  AND c.valid_until <= :expiryLimit AND NOT EXISTS (SELECT 1 FROM consent n WHERE n.youth_id = c.youth_id "
        "    AND n.id <> c.id AND n.scope = c.scope AND n.network_person_id IS c.network_person_id "
        "    AND n.partner_org_id IS c.partner_org_id AND n.other_text = c.other_text AND n.withdrawn_on IS NULL "
        "    AND (n.valid_until IS NULL OR n.valid_until > c.valid_until)) "
        "  GROUP BY c.youth_id) k ON k.youth_id = y.id ");

    // Snoozes as one list per youth (",no_contact,plan_review,"), grouped once and joined like the referrals:
    // the few snoozed youths cost one look-up each, instead of one look-up per reason for every youth.
    const QString snoozes = QStringLiteral(
        "LEFT JOIN (SELECT youth_id, ',' || group_concat(reason, ',') || ',' AS reasons FROM attention_snooze "
        "  WHERE until_date > :today GROUP BY youth_id) z ON z.youth_id = y.id ");
    QString sql = QStringLiteral("SELECT y.id, y.first_name, y.last_name, y.mentor_id, "
                                 "CASE y.status WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 ELSE 2 END, "
                                 "y.last_contact_at IS NULL, %1, y.unanswered_attempts, y.first_unanswered_at, "
                                 "y.next_planned_contact, p.next_review, y.pause_until, "
                                 "%2, %3, %4, %5, %6, r.oldest, k.expires, %7, %8, z.reasons "
                                 "FROM youth y "
                                 "LEFT JOIN action_plan p ON p.youth_id = y.id AND p.frozen_at IS NULL %9%10"
                                 "WHERE y.status <> 'exited' ")
                      .arg(contactRef, noContact, unanswered, planned, review, pauseEnded, referral, consent, joins)
                      .arg(snoozes);
    if (mentorId != 0) {
        sql += QStringLiteral("AND y.mentor_id = :mentor ");
    }
    if (youthId != 0) {
        sql += QStringLiteral("AND y.id = :youth ");
    }
    sql += QStringLiteral("AND (%1 OR %2 OR %3 OR %4 OR %5 OR %6 OR %7)")
               .arg(noContact, unanswered, planned, review, pauseEnded, referral, consent);

    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return SqlRead::failed(query, "attention.prepare");
    }
    // ISO dates compare as text: a contact on the cutoff day ('2026-11-06T…' > '2026-11-06') is exactly the
    // threshold's number of days ago, which is not yet "more than".
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":activeCutoff"),
                    today.addDays(-thresholds.activeNoContactDays).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":prospectCutoff"),
                    today.addDays(-thresholds.prospectNoContactDays).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":attempts"), AttentionThresholds::escalationAttempts);
    query.bindValue(QStringLiteral(":referralCutoff"),
                    today.addDays(-thresholds.referralNoAnswerDays).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":expiryLimit"), today.addDays(thresholds.consentExpiryDays).toString(Qt::ISODate));
    if (mentorId != 0) {
        query.bindValue(QStringLiteral(":mentor"), mentorId);
    }
    if (youthId != 0) {
        query.bindValue(QStringLiteral(":youth"), youthId);
    }
    if (!query.exec()) {
        return SqlRead::failed(query, "attention.items");
    }

    // The mentors' names from the small staff table, shared by every item instead of joined per row.
    QHash<qint64, QString> mentorNames;
    {
        QSqlQuery staff(database.connection());
        staff.setForwardOnly(true);
        if (staff.exec(QStringLiteral("SELECT id, name FROM staff"))) {
            while (staff.next()) {
                mentorNames.insert(staff.value(0).toLongLong(), staff.value(1).toString());
            }
        }
    }

    enum Column {
        Id,
        FirstName,
        LastName,
        MentorId,
        StatusNumber,
        NeverContacted,
        ContactRef,
        Attempts,
        FirstAttempt,
        PlannedDate,
        ReviewDate,
        PauseUntil,
        FlagNoContact,
        FlagUnanswered,
        FlagPlanned,
        FlagReview,
        FlagPause,
        OldestReferral,
        ConsentEnds,
        FlagReferral,
        FlagConsent,
        Snoozed
    };
    QList<AttentionItem> items;
    while (query.next()) {
        const QString snoozed = query.value(Snoozed).toString();
        const auto due = [&query, &snoozed](int column, AttentionReason reason) {
            return query.value(column).toInt() != 0
                && (snoozed.isEmpty() || !snoozed.contains(u',' + AttentionRules::code(reason) + u','));
        };
        const bool noContactFlag = due(FlagNoContact, AttentionReason::NoContact);
        const bool unansweredFlag = due(FlagUnanswered, AttentionReason::UnansweredAttempts);
        const bool plannedFlag = due(FlagPlanned, AttentionReason::PlannedContact);
        const bool reviewFlag = due(FlagReview, AttentionReason::PlanReview);
        const bool pauseFlag = due(FlagPause, AttentionReason::PauseEnded);
        const bool referralFlag = due(FlagReferral, AttentionReason::ReferralUnanswered);
        const bool consentFlag = due(FlagConsent, AttentionReason::ConsentExpiring);
        if (!(noContactFlag || unansweredFlag || plannedFlag || reviewFlag || pauseFlag || referralFlag
              || consentFlag)) {
            continue; // every reason snoozed
        }
        AttentionItem item;
        item.youthId = query.value(Id).toLongLong();
        item.firstName = query.value(FirstName).toString();
        item.lastName = query.value(LastName).toString();
        item.mentorId = query.value(MentorId).toLongLong();
        item.mentorName = mentorNames.value(item.mentorId);
        static constexpr YouthStatus statuses[] = { YouthStatus::Prospect, YouthStatus::Active, YouthStatus::Paused };
        item.status = statuses[std::clamp(query.value(StatusNumber).toInt(), 0, 2)];
        const bool prospect = item.status == YouthStatus::Prospect;

        const auto add = [&](AttentionReason reason, int dateColumn) -> AttentionCause& {
            AttentionCause cause;
            cause.reason = reason;
            cause.since = dateOf(query.value(dateColumn));
            cause.days = int(cause.since.daysTo(today));
            cause.daysOverdue = cause.days;
            item.causes.append(cause);
            return item.causes.last();
        };
        // The escalated reason first: it is the one the mentor must see even when the column is narrow.
        if (unansweredFlag) {
            add(AttentionReason::UnansweredAttempts, FirstAttempt).attempts = query.value(Attempts).toInt();
            item.urgent = true;
        }
        if (noContactFlag) {
            AttentionCause& cause = add(AttentionReason::NoContact, ContactRef);
            cause.neverContacted = query.value(NeverContacted).toInt() != 0;
            cause.daysOverdue
                = cause.days - (prospect ? thresholds.prospectNoContactDays : thresholds.activeNoContactDays);
        }
        if (plannedFlag) {
            add(AttentionReason::PlannedContact, PlannedDate);
        }
        if (reviewFlag) {
            add(AttentionReason::PlanReview, ReviewDate);
        }
        if (pauseFlag) {
            add(AttentionReason::PauseEnded, PauseUntil);
        }
        if (referralFlag) {
            AttentionCause& cause = add(AttentionReason::ReferralUnanswered, OldestReferral);
            cause.daysOverdue = cause.days - thresholds.referralNoAnswerDays;
        }
        if (consentFlag) {
            // A warning ahead of time: days is how many are left, and nothing is overdue yet.
            AttentionCause& cause = add(AttentionReason::ConsentExpiring, ConsentEnds);
            cause.days = int(today.daysTo(cause.since));
            cause.daysOverdue = 0;
        }
        for (const AttentionCause& cause : std::as_const(item.causes)) {
            item.daysOverdue = std::max(item.daysOverdue, cause.daysOverdue);
        }
        items.append(std::move(item));
    }
    if (const Result<void> followUps = addFollowUps(items, today, mentorId, youthId, mentorNames); !followUps) {
        return followUps.error();
    }
    AttentionRules::sort(items);
    return items;
}

Result<void> AttentionQuery::addFollowUps(QList<AttentionItem>& items, const QDate& today, qint64 mentorId,
                                          qint64 youthId, const QHash<qint64, QString>& mentorNames) const
{
    // Follow-ups after exit are few and indexed by due date (follow_up_due_idx covers only the open ones): one
    // look-up, then merged with the youth's other reasons, if any. The youth's mentor is the mentor of their last
    // period (the repositories keep the two in step). The oldest due follow-up per youth is the reason.
    QString sql = QStringLiteral(
        "SELECT f.youth_id, y.first_name, y.last_name, y.mentor_id, y.status, f.id, f.offset_code, min(f.due_on), "
        "(SELECT 1 FROM attention_snooze z WHERE z.youth_id = f.youth_id AND z.reason = :reason "
        "   AND z.until_date > :today) "
        "FROM follow_up f JOIN youth y ON y.id = f.youth_id WHERE f.status = 'open' AND f.due_on <= :today ");
    if (mentorId != 0) {
        sql += QStringLiteral("AND y.mentor_id = :mentor ");
    }
    if (youthId != 0) {
        sql += QStringLiteral("AND f.youth_id = :youth ");
    }
    sql += QStringLiteral("GROUP BY f.youth_id");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return SqlRead::failed(query, "attention.followUps.prepare");
    }
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":reason"), AttentionRules::code(AttentionReason::FollowUpDue));
    if (mentorId != 0) {
        query.bindValue(QStringLiteral(":mentor"), mentorId);
    }
    if (youthId != 0) {
        query.bindValue(QStringLiteral(":youth"), youthId);
    }
    if (!query.exec()) {
        return SqlRead::failed(query, "attention.followUps");
    }
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype row = 0; row < items.size(); ++row) {
        rowOf.insert(items.at(row).youthId, row);
    }
    while (query.next()) {
        if (!query.value(8).isNull()) {
            continue; // snoozed
        }
        AttentionCause cause;
        cause.reason = AttentionReason::FollowUpDue;
        cause.followUpId = query.value(5).toLongLong();
        cause.followUpOffset = query.value(6).toString();
        cause.since = dateOf(query.value(7));
        cause.days = int(cause.since.daysTo(today));
        cause.daysOverdue = cause.days;
        const qint64 id = query.value(0).toLongLong();
        const qsizetype row = rowOf.value(id, -1);
        if (row >= 0) {
            AttentionItem& item = items[row];
            item.causes.append(cause);
            item.daysOverdue = std::max(item.daysOverdue, cause.daysOverdue);
            continue;
        }
        AttentionItem item;
        item.youthId = id;
        item.firstName = query.value(1).toString();
        item.lastName = query.value(2).toString();
        item.mentorId = query.value(3).toLongLong();
        item.mentorName = mentorNames.value(item.mentorId);
        item.status = Vocabulary::statusFromCode(query.value(4).toString());
        item.daysOverdue = cause.daysOverdue;
        item.causes.append(cause);
        items.append(std::move(item));
    }
    return success();
}

} // namespace lotsen
