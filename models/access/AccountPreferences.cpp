#include "access/AccountPreferences.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

QString AccountPreferences::code(Key key)
{
    switch (key) {
    case Key::TodayMentor:
        return QStringLiteral("today.mentor");
    case Key::RegisterOnlyMine:
        return QStringLiteral("register.only_mine");
    }
    return {};
}

Result<std::optional<qint64>> AccountPreferences::value(qint64 accountId, Key key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM account_preference WHERE account_id = ? AND key = ?"));
    query.addBindValue(accountId);
    query.addBindValue(code(key));
    if (!query.exec()) {
        return SqlRead::failed(query, "preference.value");
    }
    if (!query.next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<void> AccountPreferences::setValue(qint64 accountId, Key key, qint64 value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO account_preference (account_id, key, value) VALUES (?, ?, ?) "
                                 "ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(accountId);
    query.addBindValue(code(key));
    query.addBindValue(QString::number(value));
    if (!query.exec()) {
        qCWarning(lcSql) << "saving a preference of account" << accountId << "failed:" << query.lastError().text();
        return fail(tr("Your choice could not be saved."));
    }
    return success();
}

} // namespace lotsen
