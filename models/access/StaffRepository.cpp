#include "access/StaffRepository.h"

#include "core/Database.h"
#include "core/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lotsen {

StaffRepository::StaffRepository(Database& database, QObject* parent) : QObject(parent), m_database(database) { }

QList<Staff> StaffRepository::select(bool activeOnly) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(activeOnly
                   ? QStringLiteral("SELECT id, name, active FROM staff WHERE active = 1 ORDER BY name COLLATE NOCASE")
                   : QStringLiteral("SELECT id, name, active FROM staff ORDER BY name COLLATE NOCASE"));
    QList<Staff> result;
    while (query.next()) {
        result.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool() });
    }
    return result;
}

QList<Staff> StaffRepository::all() const
{
    return select(false);
}

QList<Staff> StaffRepository::active() const
{
    return select(true);
}

QString StaffRepository::nameOf(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name FROM staff WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 StaffRepository::add(const QString& name, QString* errorMessage)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        if (errorMessage) {
            *errorMessage = tr("Write the staff member's name.");
        }
        return 0;
    }
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO staff (name, active) VALUES (?, 1)"));
    query.addBindValue(trimmed);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        if (errorMessage) {
            *errorMessage = tr("The staff member could not be saved: %1").arg(query.lastError().text());
        }
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    emit changed();
    return id;
}

bool StaffRepository::rename(qint64 id, const QString& name, QString* errorMessage)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        if (errorMessage) {
            *errorMessage = tr("Write the staff member's name.");
        }
        return false;
    }
    return updateOne(QStringLiteral("UPDATE staff SET name = ? WHERE id = ?"), { trimmed, id },
                     tr("The staff member could not be renamed."), errorMessage);
}

bool StaffRepository::setActive(qint64 id, bool active, QString* errorMessage)
{
    return updateOne(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"), { active ? 1 : 0, id },
                     tr("The staff member could not be changed."), errorMessage);
}

bool StaffRepository::updateOne(const QString& sql, const QVariantList& binds, const QString& failure,
                                QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!transaction.isActive() || !query.exec() || query.numRowsAffected() != 1 || !transaction.commit()) {
        if (errorMessage) {
            *errorMessage = failure;
        }
        return false;
    }
    emit changed();
    return true;
}

} // namespace lotsen
