#include "today/SnoozeRepository.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Logging.h"
#include "core/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lotsen {

SnoozeRepository::SnoozeRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

QString SnoozeRepository::check(const QDate& until, const QString& explanation, const QDate& today)
{
    if (explanation.trimmed().isEmpty()) {
        return tr("Write why this can wait. The explanation is kept in the youth's timeline.");
    }
    if (!until.isValid() || until <= today) {
        return tr("Choose a date after today. The reason returns to the list on that date.");
    }
    return {};
}

QString SnoozeRepository::eventDetail(AttentionReason reason, const QDate& until, const QString& explanation)
{
    return until.toString(Qt::ISODate) + u' ' + AttentionRules::code(reason) + QStringLiteral(": ")
        + explanation.trimmed();
}

QString SnoozeRepository::eventText(const QString& detail)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}) ([a-z_]+): (.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(detail);
    const std::optional<AttentionReason> reason
        = match.hasMatch() ? AttentionRules::reasonFromCode(match.captured(2)) : std::nullopt;
    if (!reason) {
        return detail;
    }
    return tr("Snoozed “%1” until %2: %3").arg(AttentionRules::label(*reason), match.captured(1), match.captured(3));
}

Result<void> SnoozeRepository::snooze(qint64 youthId, AttentionReason reason, const QDate& until,
                                      const QString& explanation, qint64 staffId)
{
    const QString problem = check(until, explanation, Clock::today());
    if (!problem.isEmpty()) {
        return fail(problem);
    }
    const auto failure = [youthId](const QString& error) {
        qCWarning(lcSql) << "snooze failed for youth" << youthId << ":" << error;
        return fail(tr("The snooze could not be saved. Nothing was changed. (%1)").arg(error));
    };
    const QVariant staff = staffId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(staffId);
    const QString now = Clock::now().toString(Qt::ISODate);

    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return failure(transaction.error());
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO attention_snooze (youth_id, reason, until_date, explanation, staff_id, "
                                  "created_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(youthId);
    insert.addBindValue(AttentionRules::code(reason));
    insert.addBindValue(until.toString(Qt::ISODate));
    insert.addBindValue(explanation.trimmed());
    insert.addBindValue(staff);
    insert.addBindValue(now);
    insert.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!insert.exec()) {
        return failure(insert.lastError().text());
    }
    QSqlQuery event(m_database.connection());
    event.prepare(QStringLiteral("INSERT INTO youth_event (youth_id, occurred_at, kind, detail, staff_id, "
                                 "registered_by) VALUES (?, ?, ?, ?, ?, ?)"));
    event.addBindValue(youthId);
    event.addBindValue(now);
    event.addBindValue(QString::fromLatin1(EventKind));
    event.addBindValue(eventDetail(reason, until, explanation));
    event.addBindValue(staff);
    event.addBindValue(m_database.authorValue()); // registered_by: the logged-in account
    if (!event.exec()) {
        return failure(event.lastError().text());
    }
    if (!transaction.commit()) {
        return failure(transaction.error());
    }
    emit snoozed(youthId);
    return success();
}

} // namespace lotsen
