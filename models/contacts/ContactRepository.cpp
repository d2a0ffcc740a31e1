#include "contacts/ContactRepository.h"

#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "core/CleanText.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/TextLimits.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lotsen {

namespace {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString timestamp(const QDateTime& time)
{
    return time.toString(Qt::ISODate);
}

const char* const kColumns = "SELECT c.id, c.youth_id, c.occurred_at, c.kind, c.with_whom, c.staff_id, s.name, c.note, "
                             "c.next_planned, c.corrects_id, c.activity_id, c.struck_at, c.struck_by, c.struck_reason, "
                             "c.created_at, c.network_person_id, c.consent_id, c.consent_override, c.registered_by, "
                             "a.display_name FROM contact c LEFT JOIN staff s ON s.id = c.staff_id "
                             "LEFT JOIN account a ON a.id = c.registered_by ";

Contact contactFrom(const QSqlQuery& query)
{
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.youthId = query.value(1).toLongLong();
    contact.occurredAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    contact.kind = Vocabulary::contactKindFromCode(query.value(3).toString());
    contact.withWhom = Vocabulary::contactWithFromCode(query.value(4).toString());
    contact.staffId = query.value(5).toLongLong();
    contact.staffName = query.value(6).toString();
    contact.note = query.value(7).toString();
    contact.nextPlanned = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    contact.correctsId = query.value(9).toLongLong();
    contact.activityId = query.value(10).toLongLong();
    contact.struckAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
    contact.struckBy = query.value(12).toLongLong();
    contact.struckReason = query.value(13).toString();
    contact.createdAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
    contact.networkPersonId = query.value(15).toLongLong();
    contact.consentId = query.value(16).toLongLong();
    contact.consentOverride = query.value(17).toString();
    contact.registeredBy = query.value(18).toLongLong();
    contact.registeredByName = query.value(19).toString();
    return contact;
}

} // namespace

ContactRepository::ContactRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Error ContactRepository::failure(const QString& sqlError) const
{
    qCWarning(lcSql) << "contact write failed:" << sqlError;
    return fail(tr("The contact could not be saved. Nothing was changed. (%1)").arg(sqlError));
}

Result<std::optional<Contact>> ContactRepository::load(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "contact.load");
    }
    return query.next() ? std::optional<Contact>(contactFrom(query)) : std::optional<Contact>();
}

Result<QList<Contact>> ContactRepository::contacts(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kColumns)
                  + QStringLiteral("WHERE c.youth_id = ? ORDER BY c.occurred_at DESC, c.id DESC"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "contact.contacts");
    }
    QList<Contact> result;
    while (query.next()) {
        result.append(contactFrom(query));
    }
    return result;
}

Result<void> ContactRepository::validate(const Contact& contact) const
{
    if (contact.youthId == 0) {
        return fail(tr("Choose the youth the contact was with."));
    }
    if (!contact.occurredAt.isValid()) {
        return fail(tr("Choose when the contact took place."));
    }
    // A few minutes of clock difference between PCs is allowed; a contact tomorrow is a typing error.
    if (contact.occurredAt > Clock::now().addSecs(10 * 60)) {
        return fail(tr("The contact cannot be in the future. Plan it as the next contact instead."));
    }
    if (contact.nextPlanned.isValid() && contact.nextPlanned < contact.occurredAt.date()) {
        return fail(tr("The next planned contact must be after this contact."));
    }
    if (CleanText::multiline(contact.note).size() > TextLimits::Note) {
        return fail(tr("The note is longer than %n character(s).", nullptr, TextLimits::Note));
    }
    return success();
}

Result<void> ContactRepository::applyConsent(Contact& contact) const
{
    if (contact.withWhom != ContactWith::Relative) {
        contact.networkPersonId = 0;
        contact.consentId = 0;
        contact.consentOverride.clear();
        return success();
    }
    if (contact.networkPersonId != 0) {
        QSqlQuery person(m_database.connection());
        person.prepare(QStringLiteral("SELECT youth_id FROM network_person WHERE id = ?"));
        person.addBindValue(contact.networkPersonId);
        if (!person.exec() || !person.next() || person.value(0).toLongLong() != contact.youthId) {
            return fail(tr("The relative is not in this youth's network."));
        }
    }
    // Checked here whatever the dialog did: the consent must be valid on the day of the contact.
    contact.consentOverride = contact.consentOverride.trimmed();
    const ConsentNeed need { ConsentScope::Relatives, contact.networkPersonId, 0 };
    const Result<std::optional<Consent>> found
        = ConsentRepository::findValid(m_database, contact.youthId, need, contact.occurredAt.date());
    if (!found.ok()) {
        return found.error();
    }
    const std::optional<Consent>& valid = found.value();
    contact.consentId = valid ? valid->id : 0;
    if (valid) {
        contact.consentOverride.clear();
        return success();
    }
    if (!contact.consentOverride.isEmpty()) {
        return success();
    }
    return fail(ConsentRules::missingText(need), ConsentRules::missingField());
}

Result<void> ContactRepository::refreshSummary(qint64 youthId)
{
    // Recomputed from the youth's own entries (an index lookup), so that striking out or correcting an entry
    // gives the same figures as if the mistake had never been made. An entry that a correction replaces no
    // longer counts: the correction says what really happened.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "WITH live AS (SELECT c.id, c.occurred_at, c.kind, c.with_whom, c.next_planned FROM contact c "
        "   WHERE c.youth_id = :youth AND c.struck_at IS NULL AND NOT EXISTS (SELECT 1 FROM contact k "
        "   WHERE k.youth_id = :youth AND k.corrects_id = c.id AND k.struck_at IS NULL)), "
        " reached AS (SELECT max(occurred_at) AS at FROM live WHERE kind <> 'attempt' AND with_whom = 'youth') "
        "UPDATE youth SET "
        " last_contact_at = (SELECT at FROM reached),"
        // A planned date that a contact has reached (on or after it) is done, and no longer shown as planned.
        // (A date before a date-time of the same day: a contact that day reaches it, on both engines.)
        " next_planned_contact = (SELECT planned FROM (SELECT next_planned AS planned FROM live "
        "   WHERE next_planned IS NOT NULL ORDER BY occurred_at DESC, id DESC LIMIT 1) AS newest "
        "   WHERE (SELECT at FROM reached) IS NULL OR planned > (SELECT at FROM reached)),"
        " unanswered_attempts = (SELECT count(*) FROM live WHERE kind = 'attempt' "
        "   AND ((SELECT at FROM reached) IS NULL OR occurred_at > (SELECT at FROM reached))),"
        " first_unanswered_at = (SELECT min(occurred_at) FROM live WHERE kind = 'attempt' "
        "   AND ((SELECT at FROM reached) IS NULL OR occurred_at > (SELECT at FROM reached))) "
        "WHERE id = :youth"));
    query.bindValue(QStringLiteral(":youth"), youthId);
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    return success();
}

Result<qint64> ContactRepository::log(Contact& contact)
{
    contact.note = CleanText::multiline(contact.note);
    Result<void> checked = validate(contact);
    if (!checked) {
        return checked.error();
    }
    checked = applyConsent(contact);
    if (!checked) {
        return checked.error();
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    const QString now = timestamp(Clock::now());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO contact (youth_id, occurred_at, kind, with_whom, staff_id, note, next_planned, corrects_id, "
        "activity_id, network_person_id, consent_id, consent_override, created_at, updated_at, registered_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(contact.youthId);
    query.addBindValue(timestamp(contact.occurredAt));
    query.addBindValue(Vocabulary::code(contact.kind));
    query.addBindValue(Vocabulary::code(contact.withWhom));
    query.addBindValue(idOrNull(contact.staffId));
    query.addBindValue(text(contact.note));
    query.addBindValue(dateOrNull(contact.nextPlanned));
    query.addBindValue(idOrNull(contact.correctsId));
    query.addBindValue(idOrNull(contact.activityId));
    query.addBindValue(idOrNull(contact.networkPersonId));
    query.addBindValue(idOrNull(contact.consentId));
    query.addBindValue(text(contact.consentOverride));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!query.exec()) {
        return failure(query.lastError().text());
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (const Result<void> summary = refreshSummary(contact.youthId); !summary) {
        return summary.error();
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    contact.id = id;
    contact.createdAt = QDateTime::fromString(now, Qt::ISODate);
    emit contactsChanged(contact.youthId);
    return id;
}

bool ContactRepository::canEdit(const Contact& contact, const QDateTime& now, qint64 accountId, int editWindowHours)
{
    if (contact.id == 0 || contact.isStruck()) {
        return false;
    }
    // The author is the account that registered the entry, not the staff member it names.
    if (accountId != 0 && contact.registeredBy == accountId) {
        return true;
    }
    return contact.createdAt.isValid() && contact.createdAt.secsTo(now) <= qint64(editWindowHours) * 3600;
}

Result<qint64> ContactRepository::edit(const Contact& edited, int editWindowHours)
{
    Contact changed = edited;
    const Result<Contact> stored = required(load(changed.id), tr("This entry no longer exists."));
    if (!stored) {
        return stored.error();
    }
    if (!canEdit(*stored, Clock::now(), m_database.author(), editWindowHours)) {
        return fail(tr("This entry can no longer be changed. Write a correction instead; the original stays in "
                       "the timeline."));
    }
    if (changed.youthId != stored->youthId) {
        return fail(tr("An entry cannot be moved to another youth. Strike it out and log it again."));
    }
    Result<void> checked = validate(changed);
    if (!checked) {
        return checked.error();
    }
    // A relative contact logged before consents existed keeps what it had; a new or changed relative needs the
    // consent check.
    const bool sameRelative = stored->withWhom == ContactWith::Relative && changed.withWhom == ContactWith::Relative
        && stored->networkPersonId == changed.networkPersonId && changed.consentOverride.trimmed().isEmpty();
    if (sameRelative) {
        changed.consentId = stored->consentId;
        changed.consentOverride = stored->consentOverride;
    } else {
        checked = applyConsent(changed);
        if (!checked) {
            return checked.error();
        }
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE contact SET occurred_at = ?, kind = ?, with_whom = ?, staff_id = ?, note = ?, "
                                 "next_planned = ?, network_person_id = ?, consent_id = ?, consent_override = ?, "
                                 "updated_at = ? WHERE id = ? AND struck_at IS NULL"));
    query.addBindValue(timestamp(changed.occurredAt));
    query.addBindValue(Vocabulary::code(changed.kind));
    query.addBindValue(Vocabulary::code(changed.withWhom));
    query.addBindValue(idOrNull(changed.staffId));
    query.addBindValue(text(changed.note));
    query.addBindValue(dateOrNull(changed.nextPlanned));
    query.addBindValue(idOrNull(changed.networkPersonId));
    query.addBindValue(idOrNull(changed.consentId));
    query.addBindValue(text(changed.consentOverride));
    query.addBindValue(timestamp(Clock::now()));
    query.addBindValue(changed.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return failure(query.lastError().text());
    }
    if (const Result<void> summary = refreshSummary(changed.youthId); !summary) {
        return summary.error();
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit contactsChanged(changed.youthId);
    return changed.id;
}

Result<qint64> ContactRepository::correct(qint64 originalId, Contact& correction)
{
    const Result<Contact> original = required(load(originalId), tr("This entry no longer exists."));
    if (!original) {
        return original.error();
    }
    if (original->isStruck()) {
        return fail(tr("A struck-out entry cannot be corrected. Log a new contact instead."));
    }
    correction.youthId = original->youthId;
    correction.correctsId = originalId;
    return log(correction);
}

Result<qint64> ContactRepository::strike(qint64 id, qint64 staffId, const QString& reason)
{
    const Result<Contact> stored = required(load(id), tr("This entry no longer exists."));
    if (!stored) {
        return stored.error();
    }
    if (stored->isStruck()) {
        return fail(tr("This entry is already struck out."));
    }
    if (reason.trimmed().isEmpty()) {
        return fail(tr("Write why the entry is struck out."));
    }
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE contact SET struck_at = ?, struck_by = ?, struck_reason = ?, updated_at = ?, "
                                 "struck_registered_by = ? WHERE id = ? AND struck_at IS NULL"));
    const QString now = timestamp(Clock::now());
    query.addBindValue(now);
    query.addBindValue(idOrNull(staffId));
    query.addBindValue(reason.trimmed());
    query.addBindValue(now);
    query.addBindValue(m_database.authorValue()); // who registered the strike-out: the logged-in account
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return failure(query.lastError().text());
    }
    if (const Result<void> summary = refreshSummary(stored->youthId); !summary) {
        return summary.error();
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit contactsChanged(stored->youthId);
    return id;
}

} // namespace lotsen
