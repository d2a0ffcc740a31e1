#include "access/StaffRepository.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "core/SqlRead.h"
#include "core/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

StaffRepository::StaffRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

Result<QList<Staff>> StaffRepository::select(bool activeOnly) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(activeOnly ? QStringLiteral("SELECT id, name, active FROM staff WHERE active = 1 "
                                                "ORDER BY name COLLATE NOCASE")
                               : QStringLiteral("SELECT id, name, active FROM staff ORDER BY name COLLATE NOCASE"))) {
        return SqlRead::failed(query, "staff.select");
    }
    QList<Staff> result;
    while (query.next()) {
        result.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool() });
    }
    return result;
}

Result<QList<Staff>> StaffRepository::all() const
{
    return select(false);
}

Result<QList<Staff>> StaffRepository::active() const
{
    return select(true);
}

Result<QString> StaffRepository::nameOf(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name FROM staff WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return SqlRead::failed(query, "staff.nameOf");
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<qint64> StaffRepository::add(const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return fail(tr("Write the staff member's name."));
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO staff (name, active) VALUES (?, 1)"));
    query.addBindValue(trimmed);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        qCWarning(lcSql) << "adding a staff member failed:" << query.lastError().text();
        return fail(tr("The staff member could not be saved: %1").arg(query.lastError().text()));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    emit changed();
    return id;
}

Result<void> StaffRepository::rename(qint64 id, const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return fail(tr("Write the staff member's name."));
    }
    return updateOne(QStringLiteral("UPDATE staff SET name = ? WHERE id = ?"), { trimmed, id },
                     tr("The staff member could not be renamed."));
}

Result<void> StaffRepository::setActive(qint64 id, bool active)
{
    return updateOne(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"), { active ? 1 : 0, id },
                     tr("The staff member could not be changed."));
}

Result<void> StaffRepository::updateOne(const QString& sql, const QVariantList& binds, const QString& failure)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!transaction.isActive() || !query.exec() || query.numRowsAffected() != 1 || !transaction.commit()) {
        qCWarning(lcSql) << "updating staff member" << binds.value(binds.size() - 1).toLongLong()
                         << "failed:" << query.lastError().text();
        return fail(failure);
    }
    emit changed();
    return success();
}

} // namespace lotsen
