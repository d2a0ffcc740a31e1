#include "lifecycle/DatabaseIdentity.h"

#include <QSqlQuery>

namespace lotsen {

QString DatabaseIdentity::read(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    return query.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'database_id'")) && query.next()
        ? query.value(0).toString()
        : QString();
}

bool DatabaseIdentity::matches(const QString& stamped, const QString& current)
{
    return stamped.isEmpty() || current.isEmpty() || stamped == current;
}

} // namespace lotsen
