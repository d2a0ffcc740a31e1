#include "today/AttentionQuery.h"

#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/Vocabulary.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <bit>
#include <utility>
#include <vector>

namespace lotsen {

namespace {

QDate dateOf(const QString& text)
{
    // Summary columns hold dates ('2026-11-20') or timestamps ('2026-11-20T10:15:00'); the day is what counts.
    // Read by hand: QDate::fromString for tens of thousands of rows costs more than the query's look-ups.
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-') {
        return {};
    }
    const auto number = [&text](int from, int length) {
        int result = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            // ASCII digits directly; digitValue also reads the other scripts' digits, as before.
            const int digit = c >= u'0' && c <= u'9' ? c - u'0' : text.at(i).digitValue();
            if (digit < 0) {
                return -1;
            }
            result = result * 10 + digit;
        }
        return result;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

constexpr quint32 bit(AttentionReason reason)
{
    return 1u << static_cast<unsigned>(reason);
}

// A side query restricted to one youth, on its youth id column. For one mentor's list a side query reads every
// youth's rows: they are few and come from one index, whereas a look-up per youth of the mentor is not.
QString restriction(const QString& youthColumn, qint64 youthId)
{
    return youthId != 0 ? QStringLiteral(" AND %1 = :youth").arg(youthColumn) : QString();
}

void bindFilters(QSqlQuery& query, qint64 mentorId, qint64 youthId)
{
    if (mentorId != 0) {
        query.bindValue(QStringLiteral(":mentor"), mentorId);
    }
    if (youthId != 0) {
        query.bindValue(QStringLiteral(":youth"), youthId);
    }
}

// The oldest due follow-up of a youth, with the youth's row for a youth that has no other reason.
struct DueFollowUp
{
    qint64 id = 0;
    QString offset;
    QString dueOn;
    QString firstName;
    QString lastName;
    qint64 mentorId = 0;
    QString status;
    bool merged = false; // added to the youth's item from the main query
};

AttentionCause followUpCause(const DueFollowUp& followUp, const QDate& today)
{
    AttentionCause cause;
    cause.reason = AttentionReason::FollowUpDue;
    cause.followUpId = followUp.id;
    cause.followUpOffset = followUp.offset;
    cause.since = dateOf(followUp.dueOn);
    cause.days = int(cause.since.daysTo(today));
    cause.daysOverdue = cause.days;
    return cause;
}

// A name's first twelve UTF-16 units, case-folded one by one as QString::compare(Qt::CaseInsensitive) folds them
// (QChar::toCaseFolded), four to a number, 0 after the end: two keys order as their names do up to the first unit
// that differs. A surrogate is folded with its pair there and is kept as it is here, and so is NUL (as 0xd800, not
// to read as the end): where two keys first differ at such a unit, only the names can tell.
struct NameKey
{
    static constexpr int Units = 12;
    std::array<quint64, Units / 4> words {};

    bool operator==(const NameKey&) const = default;
};

NameKey nameKey(const QString& name)
{
    NameKey key;
    const qsizetype length = std::min<qsizetype>(name.size(), NameKey::Units);
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = name.at(i).unicode();
        quint64 unit = c;
        if (c == 0) {
            unit = 0xd800;
        } else if (c >= u'A' && c <= u'Z') {
            unit = c - u'A' + u'a';
        } else if (c >= 0x80 && !QChar::isSurrogate(c)) {
            unit = QChar::toCaseFolded(char32_t(c));
        }
        key.words[size_t(i / 4)] |= unit << (48 - 16 * (i % 4));
    }
    return key;
}

// For two different keys: negative or positive where they decide the order of their names, 0 where the names must.
int compareNameKeys(const NameKey& a, const NameKey& b)
{
    size_t word = 0;
    while (a.words[word] == b.words[word]) {
        ++word;
    }
    const quint64 x = a.words[word];
    const quint64 y = b.words[word];
    const int shift = 48 - std::countl_zero(x ^ y) / 16 * 16; // the first unit that differs
    const char32_t u = char32_t((x >> shift) & 0xffff);
    const char32_t v = char32_t((y >> shift) & 0xffff);
    if (QChar::isSurrogate(u) || QChar::isSurrogate(v)) {
        return 0;
    }
    return u < v ? -1 : 1;
}

// Whether a key holds its whole name: the name ended before the key's last unit.
bool wholeName(const NameKey& key)
{
    return (key.words.back() & 0xffff) == 0;
}

// The items as they are read, in blocks of a fixed size: a list of tens of thousands of items that grew by doubling
// would move every item again at each step and allocate and free blocks of megabytes.
class ItemBlocks
{
public:
    qsizetype size() const { return m_size; }
    const AttentionItem& at(qsizetype i) const { return m_blocks[size_t(i / BlockSize)][size_t(i % BlockSize)]; }
    AttentionItem& operator[](qsizetype i) { return m_blocks[size_t(i / BlockSize)][size_t(i % BlockSize)]; }
    void append(AttentionItem&& item)
    {
        if (m_size % BlockSize == 0) {
            m_blocks.emplace_back().reserve(BlockSize);
        }
        m_blocks.back().push_back(std::move(item));
        ++m_size;
    }

private:
    static constexpr qsizetype BlockSize = 256;
    std::vector<std::vector<AttentionItem>> m_blocks;
    qsizetype m_size = 0;
};

// What AttentionRules::before compares, in a small array that the sort can run over without touching the items.
struct SortKey
{
    bool urgent;
    int daysOverdue;
    NameKey lastName;
    NameKey firstName;
    qint64 youthId;
    qsizetype index; // in the unsorted list
};

// Taken when the item is made, while its names are still in the cache.
SortKey sortKey(const AttentionItem& item, qsizetype index)
{
    return { item.urgent, item.daysOverdue, nameKey(item.lastName), nameKey(item.firstName), item.youthId, index };
}

// The items in AttentionRules::sort's order. Positions are sorted rather than the items, which are large to move,
// and what AttentionRules::before would decide on urgency, days and the first twelve units of the names is decided
// from the keys, without reading the items; the rest (longer names alike so far, surrogates) goes to before().
QList<AttentionItem> sorted(ItemBlocks items, std::vector<SortKey> keys)
{
    std::sort(keys.begin(), keys.end(), [&items](const SortKey& a, const SortKey& b) {
        if (a.urgent != b.urgent) {
            return a.urgent;
        }
        if (a.daysOverdue != b.daysOverdue) {
            return a.daysOverdue > b.daysOverdue;
        }
        const auto byNames = [&]() {
            return AttentionRules::before(items.at(a.index), items.at(b.index));
        };
        if (a.lastName != b.lastName) {
            const int order = compareNameKeys(a.lastName, b.lastName);
            return order != 0 ? order < 0 : byNames();
        }
        if (!wholeName(a.lastName)) {
            return byNames();
        }
        if (a.firstName != b.firstName) {
            const int order = compareNameKeys(a.firstName, b.firstName);
            return order != 0 ? order < 0 : byNames();
        }
        if (!wholeName(a.firstName)) {
            return byNames();
        }
        return a.youthId < b.youthId;
    });
    QList<AttentionItem> result;
    result.reserve(items.size());
    for (const SortKey& key : keys) {
        result.append(std::move(items[key.index]));
    }
    return result;
}

} // namespace

AttentionQuery::AttentionQuery(const Database& database) : m_database(database) { }

Result<QList<AttentionItem>> AttentionQuery::items(const QDate& today, const AttentionThresholds& thresholds,
                                                   qint64 mentorId, qint64 youthId) const
{
    const Database& database = m_database;
    // ISO dates compare as text: a contact on the cutoff day ('2026-11-06T…' > '2026-11-06') is exactly the
    // threshold's number of days ago, which is not yet "more than".
    const QString todayText = today.toString(Qt::ISODate);

    // First the reasons that do not live in the youth's row. They concern few youths, so each is read once through
    // its own index into a hash, instead of being joined to (and looked up for) every youth of the register:
    // - a current plan whose review is due (the unique open-version index allows one per youth);
    // - referrals still without an answer after the threshold, the oldest per youth;
    // - consents that end within the warning period, unless a later one of the same scope and party takes over;
    // - snoozes, as bits of AttentionReason per youth.
    const QString reviewFrom = QStringLiteral("FROM action_plan WHERE frozen_at IS NULL AND next_review <= :today");
    const QString referralFrom = QStringLiteral("FROM referral WHERE status = 'sent' AND sent_on <= :referralCutoff");
    const QString consentFrom
        = QStringLiteral(
              "FROM consent c WHERE c.withdrawn_on IS NULL AND c.given_on <= :today AND c.valid_until >= :today "
              "AND c.valid_until <= :expiryLimit AND NOT EXISTS (SELECT 1 FROM consent n WHERE n.youth_id = c.youth_id "
              "  AND n.id <> c.id AND n.scope = c.scope AND %1 "
              "  AND %2 AND n.other_text = c.other_text AND n.withdrawn_on IS NULL "
              "  AND (n.valid_until IS NULL OR n.valid_until > c.valid_until))")
              .arg(database.dialect().sameOrBothNull(QStringLiteral("n.network_person_id"),
                                                     QStringLiteral("c.network_person_id")),
                   database.dialect().sameOrBothNull(QStringLiteral("n.partner_org_id"),
                                                     QStringLiteral("c.partner_org_id")));
    const QString referralCutoff = today.addDays(-thresholds.referralNoAnswerDays).toString(Qt::ISODate);
    const QString expiryLimit = today.addDays(thresholds.consentExpiryDays).toString(Qt::ISODate);

    // Reads `youth id → date` pairs.
    using Binds = QList<std::pair<QString, QString>>;
    const auto readDates = [&](const QString& sql, const Binds& binds, const char* operation,
                               QHash<qint64, QString>& into) -> Result<void> {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return SqlRead::failed(query, operation);
        }
        for (const auto& [name, value] : binds) {
            query.bindValue(name, value);
        }
        bindFilters(query, 0, youthId);
        if (!query.exec()) {
            return SqlRead::failed(query, operation);
        }
        while (query.next()) {
            into.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
        return success();
    };
    const std::pair<QString, QString> todayBind { QStringLiteral(":today"), todayText };
    QHash<qint64, QString> reviews;
    QHash<qint64, QString> referrals;
    QHash<qint64, QString> consents;
    if (const Result<void> read = readDates(QStringLiteral("SELECT youth_id, next_review ") + reviewFrom
                                                + restriction(QStringLiteral("youth_id"), youthId),
                                            { todayBind }, "attention.reviews", reviews);
        !read) {
        return read.error();
    }
    if (const Result<void> read
        = readDates(QStringLiteral("SELECT youth_id, min(sent_on) ") + referralFrom
                        + restriction(QStringLiteral("youth_id"), youthId) + QStringLiteral(" GROUP BY youth_id"),
                    { { QStringLiteral(":referralCutoff"), referralCutoff } }, "attention.referrals", referrals);
        !read) {
        return read.error();
    }
    if (const Result<void> read
        = readDates(QStringLiteral("SELECT c.youth_id, min(c.valid_until) ") + consentFrom
                        + restriction(QStringLiteral("c.youth_id"), youthId) + QStringLiteral(" GROUP BY c.youth_id"),
                    { todayBind, { QStringLiteral(":expiryLimit"), expiryLimit } }, "attention.consents", consents);
        !read) {
        return read.error();
    }

    // A snoozed reason is hidden until its date. As before, a stored reason is read as a comma-separated list of
    // codes for the reasons above; a follow-up is snoozed only by a snooze of exactly its code.
    QHash<qint64, quint32> snoozed;
    {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT youth_id, reason FROM attention_snooze WHERE until_date > :today")
                           + restriction(QStringLiteral("youth_id"), youthId))) {
            return SqlRead::failed(query, "attention.snoozes.prepare");
        }
        query.bindValue(QStringLiteral(":today"), todayText);
        bindFilters(query, 0, youthId);
        if (!query.exec()) {
            return SqlRead::failed(query, "attention.snoozes");
        }
        const QString followUpCode = AttentionRules::code(AttentionReason::FollowUpDue);
        QList<std::pair<QString, AttentionReason>> codes;
        for (const AttentionReason reason : AttentionRules::reasons()) {
            if (reason != AttentionReason::FollowUpDue) {
                codes.append({ AttentionRules::code(reason), reason });
            }
        }
        while (query.next()) {
            const QString reason = query.value(1).toString();
            quint32 bits = reason == followUpCode ? bit(AttentionReason::FollowUpDue) : 0;
            for (const QStringView part : QStringView(reason).split(u',')) {
                for (const auto& [code, candidate] : std::as_const(codes)) {
                    if (part == code) {
                        bits |= bit(candidate);
                    }
                }
            }
            snoozed[query.value(0).toLongLong()] |= bits;
        }
    }

    // Follow-ups after exit that are due: few, and indexed by due date (follow_up_due_idx covers only the open
    // ones). The oldest per youth is the reason (of two due the same day, the first registered). The youth's
    // mentor is the mentor of their last period (the repositories keep the two in step).
    QHash<qint64, DueFollowUp> followUps;
    {
        QString sql
            = QStringLiteral(
                  "SELECT f.youth_id, f.id, f.offset_code, f.due_on, y.first_name, y.last_name, y.mentor_id, y.status "
                  "FROM follow_up f JOIN youth y ON y.id = f.youth_id WHERE f.status = 'open' AND f.due_on <= :today "
                  "AND %1 IS NULL ")
                  .arg(database.dialect().withoutIndex(QStringLiteral("y.anonymised_at")));
        if (mentorId != 0) {
            sql += QStringLiteral("AND y.mentor_id = :mentor ");
        }
        if (youthId != 0) {
            sql += QStringLiteral("AND f.youth_id = :youth ");
        }
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return SqlRead::failed(query, "attention.followUps.prepare");
        }
        query.bindValue(QStringLiteral(":today"), todayText);
        bindFilters(query, mentorId, youthId);
        if (!query.exec()) {
            return SqlRead::failed(query, "attention.followUps");
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (snoozed.value(id) & bit(AttentionReason::FollowUpDue)) {
                continue;
            }
            const qint64 followUpId = query.value(1).toLongLong();
            const QString dueOn = query.value(3).toString();
            const auto found = followUps.find(id);
            if (found != followUps.end()
                && (found->dueOn < dueOn || (found->dueOn == dueOn && found->id < followUpId))) {
                continue;
            }
            DueFollowUp followUp;
            followUp.id = followUpId;
            followUp.offset = query.value(2).toString();
            followUp.dueOn = dueOn;
            followUp.firstName = query.value(4).toString();
            followUp.lastName = query.value(5).toString();
            followUp.mentorId = query.value(6).toLongLong();
            followUp.status = query.value(7).toString();
            followUps.insert(id, followUp);
        }
    }

    // Then the youths that are not exited, in one statement of two parts. The first reads the table once, for the
    // reasons in the youth's own row (the summary columns ContactRepository keeps); the second fetches by id the
    // youths whose only reasons are the ones read above. A youth without any contact counts from the start date,
    // or from registration. "y.status <> 'exited'" rather than an IN list on purpose: it cannot use the status
    // index, and with most youths not exited a scan of the table is five times faster than a look-up per index
    // entry (120 ms instead of 600 ms at 100,000 youths). The mentor and youth filters still use their indexes.
    const QString contactRef = QStringLiteral("coalesce(y.last_contact_at, y.start_date, y.created_at)");
    const QString noContact
        = QStringLiteral("((y.status = 'active' AND %1 < :activeCutoff) OR (y.status = 'prospect' AND %1 < "
                         ":prospectCutoff))")
              .arg(contactRef);
    const QString unanswered = QStringLiteral("(y.unanswered_attempts >= :attempts)");
    const QString planned = QStringLiteral("(y.next_planned_contact <= :today AND (y.last_contact_at IS NULL OR "
                                           "y.last_contact_at < y.next_planned_contact))");
    const QString pauseEnded = QStringLiteral("(y.status = 'paused' AND y.pause_until <= :today)");
    const QString ownReasons = QStringLiteral("(%1 OR %2 OR %3 OR %4)").arg(noContact, unanswered, planned, pauseEnded);
    // Each of those reasons as the value its wording needs, NULL where the reason does not hold: the flag and the
    // value in one column, and no text converted for a reason that does not apply. The status and whether the
    // youth was ever contacted share one integer.
    const QString identity = QStringLiteral("y.id, y.first_name, y.last_name, y.mentor_id, "
                                            "CASE y.status WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 ELSE 2 END "
                                            "+ CASE WHEN y.last_contact_at IS NULL THEN 4 ELSE 0 END");
    const QString columns = QStringLiteral("%1, CASE WHEN %2 THEN y.unanswered_attempts END, y.first_unanswered_at, "
                                           "CASE WHEN %3 THEN %4 END, CASE WHEN %5 THEN y.next_planned_contact END, "
                                           "CASE WHEN %6 THEN y.pause_until END")
                                .arg(identity, unanswered, noContact, contactRef, planned, pauseEnded);
    // A prospect culled under the retention policy is no longer a person to follow.
    QString filters = QStringLiteral("y.status <> 'exited' AND %1 IS NULL ")
                          .arg(database.dialect().withoutIndex(QStringLiteral("y.anonymised_at")));
    if (mentorId != 0) {
        filters += QStringLiteral("AND y.mentor_id = :mentor ");
    }
    if (youthId != 0) {
        filters += QStringLiteral("AND y.id = :youth ");
    }
    QString sql = QStringLiteral("SELECT %1 FROM youth y WHERE %2AND %3").arg(columns, filters, ownReasons);
    // Only the reasons that have rows take part, so that an empty one costs nothing.
    QStringList others;
    if (!reviews.isEmpty()) {
        others.append(QStringLiteral("SELECT youth_id ") + reviewFrom);
    }
    if (!referrals.isEmpty()) {
        others.append(QStringLiteral("SELECT youth_id ") + referralFrom);
    }
    if (!consents.isEmpty()) {
        others.append(QStringLiteral("SELECT c.youth_id ") + consentFrom);
    }
    if (!others.isEmpty()) {
        // Exactly the rows the first part leaves out (there a NULL reason counts as not holding, as here), so none
        // of their own reasons holds.
        sql += QStringLiteral(" UNION ALL SELECT %1, NULL, NULL, NULL, NULL, NULL FROM youth y WHERE y.id IN (%2) "
                              "AND %3AND NOT coalesce(%4, FALSE)")
                   .arg(identity, others.join(QStringLiteral(" UNION ")), filters, ownReasons);
    }

    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return SqlRead::failed(query, "attention.prepare");
    }
    query.bindValue(QStringLiteral(":today"), todayText);
    query.bindValue(QStringLiteral(":activeCutoff"),
                    today.addDays(-thresholds.activeNoContactDays).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":prospectCutoff"),
                    today.addDays(-thresholds.prospectNoContactDays).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":attempts"), AttentionThresholds::escalationAttempts);
    if (!referrals.isEmpty()) {
        query.bindValue(QStringLiteral(":referralCutoff"), referralCutoff);
    }
    if (!consents.isEmpty()) {
        query.bindValue(QStringLiteral(":expiryLimit"), expiryLimit);
    }
    // The mentors' names from the small staff table, shared by every item instead of joined per row. Read before
    // the items: PostgreSQL's driver streams a forward-only result, and another statement meanwhile would end it.
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

    bindFilters(query, mentorId, youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "attention.items");
    }

    enum Column {
        Id,
        FirstName,
        LastName,
        MentorId,
        StatusBits,
        Attempts,
        FirstAttempt,
        ContactRef,
        PlannedDate,
        PauseUntil
    };
    ItemBlocks items;
    std::vector<SortKey> keys;
    while (query.next()) {
        const qint64 id = query.value(Id).toLongLong();
        const int statusBits = query.value(StatusBits).toInt();
        static constexpr YouthStatus statuses[] = { YouthStatus::Prospect, YouthStatus::Active, YouthStatus::Paused };
        const YouthStatus status = statuses[std::clamp(statusBits & 3, 0, 2)];
        const quint32 snoozedBits = snoozed.isEmpty() ? 0 : snoozed.value(id);
        const auto due = [snoozedBits](bool reasonHolds, AttentionReason reason) {
            return reasonHolds && !(snoozedBits & bit(reason));
        };
        // A paused youth's plan waits with the youth; the pause's end brings both back.
        const auto review = status == YouthStatus::Paused ? reviews.constEnd() : reviews.constFind(id);
        const auto referral = referrals.constFind(id);
        const auto consent = consents.constFind(id);
        const bool noContactFlag = due(!query.isNull(ContactRef), AttentionReason::NoContact);
        const bool unansweredFlag = due(!query.isNull(Attempts), AttentionReason::UnansweredAttempts);
        const bool plannedFlag = due(!query.isNull(PlannedDate), AttentionReason::PlannedContact);
        const bool reviewFlag = due(review != reviews.constEnd(), AttentionReason::PlanReview);
        const bool pauseFlag = due(!query.isNull(PauseUntil), AttentionReason::PauseEnded);
        const bool referralFlag = due(referral != referrals.constEnd(), AttentionReason::ReferralUnanswered);
        const bool consentFlag = due(consent != consents.constEnd(), AttentionReason::ConsentExpiring);
        if (!(noContactFlag || unansweredFlag || plannedFlag || reviewFlag || pauseFlag || referralFlag
              || consentFlag)) {
            continue; // every reason snoozed
        }
        AttentionItem item;
        item.youthId = id;
        item.firstName = query.value(FirstName).toString();
        item.lastName = query.value(LastName).toString();
        item.mentorId = query.value(MentorId).toLongLong();
        item.mentorName = mentorNames.value(item.mentorId);
        item.status = status;
        const bool prospect = item.status == YouthStatus::Prospect;
        const auto followUp = followUps.isEmpty() ? followUps.end() : followUps.find(id);
        item.causes.reserve(int(noContactFlag) + int(unansweredFlag) + int(plannedFlag) + int(reviewFlag)
                            + int(pauseFlag) + int(referralFlag) + int(consentFlag) + int(followUp != followUps.end()));

        const auto add = [&](AttentionReason reason, const QString& since) -> AttentionCause& {
            AttentionCause cause;
            cause.reason = reason;
            cause.since = dateOf(since);
            cause.days = int(cause.since.daysTo(today));
            cause.daysOverdue = cause.days;
            item.causes.append(cause);
            return item.causes.last();
        };
        // The escalated reason first: it is the one the mentor must see even when the column is narrow.
        if (unansweredFlag) {
            add(AttentionReason::UnansweredAttempts, query.value(FirstAttempt).toString()).attempts
                = query.value(Attempts).toInt();
            item.urgent = true;
        }
        if (noContactFlag) {
            AttentionCause& cause = add(AttentionReason::NoContact, query.value(ContactRef).toString());
            cause.neverContacted = (statusBits & 4) != 0;
            cause.daysOverdue
                = cause.days - (prospect ? thresholds.prospectNoContactDays : thresholds.activeNoContactDays);
        }
        if (plannedFlag) {
            add(AttentionReason::PlannedContact, query.value(PlannedDate).toString());
        }
        if (reviewFlag) {
            add(AttentionReason::PlanReview, *review);
        }
        if (pauseFlag) {
            add(AttentionReason::PauseEnded, query.value(PauseUntil).toString());
        }
        if (referralFlag) {
            AttentionCause& cause = add(AttentionReason::ReferralUnanswered, *referral);
            cause.daysOverdue = cause.days - thresholds.referralNoAnswerDays;
        }
        if (consentFlag) {
            // A warning ahead of time: days is how many are left, and nothing is overdue yet.
            AttentionCause& cause = add(AttentionReason::ConsentExpiring, *consent);
            cause.days = int(today.daysTo(cause.since));
            cause.daysOverdue = 0;
        }
        if (followUp != followUps.end()) {
            item.causes.append(followUpCause(*followUp, today));
            followUp->merged = true;
        }
        for (const AttentionCause& cause : std::as_const(item.causes)) {
            item.daysOverdue = std::max(item.daysOverdue, cause.daysOverdue);
        }
        keys.push_back(sortKey(item, items.size()));
        items.append(std::move(item));
    }

    // Youths whose only reason is a follow-up: mostly exited ones, which the pass above does not read.
    for (auto followUp = followUps.cbegin(); followUp != followUps.cend(); ++followUp) {
        if (followUp->merged) {
            continue;
        }
        AttentionItem item;
        item.youthId = followUp.key();
        item.firstName = followUp->firstName;
        item.lastName = followUp->lastName;
        item.mentorId = followUp->mentorId;
        item.mentorName = mentorNames.value(item.mentorId);
        item.status = Vocabulary::statusFromCode(followUp->status);
        item.causes.append(followUpCause(*followUp, today));
        item.daysOverdue = item.causes.first().daysOverdue;
        keys.push_back(sortKey(item, items.size()));
        items.append(std::move(item));
    }
    return sorted(std::move(items), std::move(keys));
}

} // namespace lotsen
