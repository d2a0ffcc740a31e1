#include "partners/ReferralRepository.h"

#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/SqlValues.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "youth/YouthEvents.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

const char* const kColumns
    = "SELECT r.id, r.youth_id, r.org_id, r.person_id, r.sent_on, r.reason, r.consent_id, r.consent_override, "
      "r.status, r.response_on, r.response_note, r.staff_id, o.name, p.name "
      "FROM referral r JOIN partner_org o ON o.id = r.org_id LEFT JOIN partner_person p ON p.id = r.person_id ";

Referral referralFrom(const QSqlQuery& query)
{
    Referral referral;
    referral.id = query.value(0).toLongLong();
    referral.youthId = query.value(1).toLongLong();
    referral.organisationId = query.value(2).toLongLong();
    referral.personId = query.value(3).toLongLong();
    referral.sentOn = SqlValues::date(query.value(4));
    referral.reason = query.value(5).toString();
    referral.consentId = query.value(6).toLongLong();
    referral.consentOverride = query.value(7).toString();
    referral.status = Vocabulary::referralStatusFromCode(query.value(8).toString());
    referral.responseOn = SqlValues::date(query.value(9));
    referral.responseNote = query.value(10).toString();
    referral.staffId = query.value(11).toLongLong();
    referral.organisationName = query.value(12).toString();
    referral.personName = query.value(13).toString();
    return referral;
}

} // namespace

ReferralRepository::ReferralRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<QList<Referral>> ReferralRepository::referrals(qint64 youthId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kColumns)
                  + QStringLiteral("WHERE r.youth_id = ? ORDER BY r.sent_on DESC, r.id DESC"));
    query.addBindValue(youthId);
    if (!query.exec()) {
        return SqlRead::failed(query, "referrals.referrals");
    }
    QList<Referral> result;
    while (query.next()) {
        result.append(referralFrom(query));
    }
    return result;
}

Result<std::optional<Referral>> ReferralRepository::referral(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE r.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "referrals.referral");
    }
    return query.next() ? std::optional<Referral>(referralFrom(query)) : std::optional<Referral>();
}

Result<qint64> ReferralRepository::create(Referral& referral, qint64 staffId)
{
    referral.reason = referral.reason.trimmed();
    referral.consentOverride = referral.consentOverride.trimmed();
    if (referral.youthId == 0) {
        return fail(tr("Choose the youth."));
    }
    if (referral.organisationId == 0) {
        return fail(tr("Choose the partner organisation."));
    }
    if (!referral.sentOn.isValid()) {
        return fail(tr("Enter the date of the referral."));
    }
    if (referral.reason.isEmpty()) {
        return fail(tr("Write the reason for the referral."));
    }
    if (referral.personId != 0) {
        QSqlQuery person(m_database.connection());
        person.prepare(QStringLiteral("SELECT org_id FROM partner_person WHERE id = ?"));
        person.addBindValue(referral.personId);
        if (!person.exec() || !person.next() || person.value(0).toLongLong() != referral.organisationId) {
            return fail(tr("The contact person does not work at the chosen organisation."));
        }
    }
    // The consent is checked here, whatever the dialog did; a stale or foreign consent id is not trusted.
    const ConsentNeed need { ConsentScope::Partner, 0, referral.organisationId };
    const Result<std::optional<Consent>> found
        = ConsentRepository::findValid(m_database, referral.youthId, need, referral.sentOn);
    if (!found.ok()) {
        return found.error();
    }
    const std::optional<Consent>& valid = found.value();
    referral.consentId = valid ? valid->id : 0;
    if (!valid && referral.consentOverride.isEmpty()) {
        QSqlQuery name(m_database.connection());
        name.prepare(QStringLiteral("SELECT name FROM partner_org WHERE id = ?"));
        name.addBindValue(referral.organisationId);
        const QString organisation = name.exec() && name.next() ? name.value(0).toString() : QString();
        return fail(ConsentRules::missingText(need, organisation), ConsentRules::missingField());
    }
    if (valid) {
        referral.consentOverride.clear();
    }

    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    const QString now = SqlValues::now();
    query.prepare(QStringLiteral(
        "INSERT INTO referral (youth_id, org_id, person_id, sent_on, reason, consent_id, consent_override, status, "
        "staff_id, created_at, updated_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?)"));
    query.addBindValue(referral.youthId);
    query.addBindValue(referral.organisationId);
    query.addBindValue(SqlValues::idOrNull(referral.personId));
    query.addBindValue(referral.sentOn.toString(Qt::ISODate));
    query.addBindValue(referral.reason);
    query.addBindValue(SqlValues::idOrNull(referral.consentId));
    query.addBindValue(SqlValues::text(referral.consentOverride));
    query.addBindValue(SqlValues::idOrNull(staffId));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!transaction.isActive() || !query.exec()) {
        qCWarning(lcSql) << "create failed:" << query.lastError().text();
        return fail(tr("The referral could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    // Read back inside the transaction, for the names the timeline shows; a failure rolls the referral back.
    const Result<Referral> stored = required(this->referral(id), tr("The referral could not be saved."));
    if (!stored) {
        return stored.error();
    }
    Result<void> event = success();
    // The timeline shows the referral, and an override with its reason.
    const QString detail = stored->organisationName
        + (referral.consentOverride.isEmpty() ? QString() : QStringLiteral("\n") + referral.consentOverride);
    if (!(event
          = YouthEvents::write(m_database, referral.youthId,
                               referral.consentOverride.isEmpty() ? QStringLiteral("referral_sent")
                                                                  : QStringLiteral("referral_sent_without_consent"),
                               detail, staffId))
        || !transaction.commit()) {
        return fail(tr("The referral could not be saved: %1").arg(event ? transaction.error() : event.message()));
    }
    referral = *stored;
    emit changed(referral.youthId);
    return id;
}

Result<qint64> ReferralRepository::recordResponse(qint64 id, ReferralStatus status, const QDate& on,
                                                  const QString& note, qint64 staffId)
{
    const Result<Referral> stored = required(referral(id), tr("This referral no longer exists."));
    if (!stored) {
        return stored.error();
    }
    if (status == ReferralStatus::Sent) {
        return fail(tr("Choose the answer: accepted, declined or no answer."));
    }
    if (!on.isValid() || on < stored->sentOn) {
        return fail(
            tr("The answer cannot be dated before the referral (%1).").arg(stored->sentOn.toString(Qt::ISODate)));
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE referral SET status = ?, response_on = ?, response_note = ?, updated_at = ?, "
                                 "answer_registered_by = ? WHERE id = ?"));
    query.addBindValue(Vocabulary::code(status));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(SqlValues::text(note.trimmed()));
    query.addBindValue(SqlValues::now());
    query.addBindValue(m_database.authorValue()); // who registered the answer: the logged-in account
    query.addBindValue(id);
    Result<void> event = success();
    if (!transaction.isActive() || !query.exec()
        || !(event = YouthEvents::write(m_database, stored->youthId, QStringLiteral("referral_answered"),
                                        Vocabulary::code(status) + u':' + stored->organisationName, staffId))
        || !transaction.commit()) {
        return fail(tr("The answer could not be saved: %1").arg(event ? query.lastError().text() : event.message()));
    }
    emit changed(stored->youthId);
    return id;
}

} // namespace lotsen
