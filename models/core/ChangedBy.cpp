#include "core/ChangedBy.h"

#include "core/Database.h"
#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

namespace {

// Table names from this list only, never from input.
const char* tableName(ChangedBy::Table table)
{
    switch (table) {
    case ChangedBy::Table::Youth:
        return "youth";
    case ChangedBy::Table::ActionPlan:
        return "action_plan";
    case ChangedBy::Table::Participation:
        return "participation";
    case ChangedBy::Table::NetworkPerson:
        return "network_person";
    }
    return "youth";
}

} // namespace

Result<void> ChangedBy::mark(Database& database, Table table, qint64 id)
{
    if (database.author() == 0) {
        return success();
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET changed_by = ? WHERE id = ?").arg(QLatin1String(tableName(table))));
    query.addBindValue(database.author());
    query.addBindValue(id);
    if (!query.exec()) {
        qCWarning(lcSql) << "recording who changed a row of" << tableName(table)
                         << "failed:" << query.lastError().text();
        return fail(query.lastError().text());
    }
    return success();
}

} // namespace lotsen
