#include "outreach/OutreachQuery.h"

#include "core/Database.h"
#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

OutreachQuery::OutreachQuery(Database& database) : m_database(database) { }

Result<QList<OutreachQuery::Prospect>> OutreachQuery::prospects() const
{
    QList<Prospect> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The attempt figures come from the contact index (youth_id, occurred_at), one lookup per prospect.
    const bool ok = query.exec(
        QStringLiteral(
            "SELECT y.id, y.first_name, y.last_name, y.personal_number, y.phone, y.municipality, y.referral_source, "
            "y.created_at, y.unanswered_attempts, y.last_contact_at, "
            "(SELECT count(*) FROM contact c WHERE c.youth_id = y.id AND c.kind = 'attempt' AND c.struck_at IS NULL), "
            "(SELECT max(c.occurred_at) FROM contact c WHERE c.youth_id = y.id AND c.kind = 'attempt' "
            "  AND c.struck_at IS NULL) "
            "FROM youth y WHERE y.status = 'prospect' AND %1 IS NULL")
            .arg(m_database.dialect().withoutIndex(QStringLiteral("y.anonymised_at"))));
    if (!ok) {
        qCWarning(lcSql) << "reading the outreach list failed:" << query.lastError().text();
        return fail(tr("The outreach list could not be read."));
    }
    while (query.next()) {
        Prospect prospect;
        prospect.id = query.value(0).toLongLong();
        const QString first = query.value(1).toString();
        const QString last = query.value(2).toString();
        // "Last, First" as in the register, which is also the order the list sorts by.
        prospect.name = last + QLatin1String(", ") + first;
        prospect.personalNumber = query.value(3).toString();
        prospect.phone = query.value(4).toString();
        prospect.municipality = query.value(5).toString();
        prospect.referralSource = query.value(6).toString();
        prospect.registered = QDateTime::fromString(query.value(7).toString(), Qt::ISODate).date();
        prospect.unanswered = query.value(8).toInt();
        prospect.lastContact = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        prospect.attempts = query.value(10).toInt();
        prospect.lastAttempt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
        rows.append(prospect);
    }
    return rows;
}

} // namespace lotsen
