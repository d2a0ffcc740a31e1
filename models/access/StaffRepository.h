#pragma once

#include "access/Staff.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QVariantList>

namespace lotsen {

class Database;

// Reads and writes the staff (mentor) records.
class StaffRepository : public QObject
{
    Q_OBJECT

public:
    explicit StaffRepository(Database& database, QObject* parent = nullptr);

    Result<QList<Staff>> all() const; // sorted by name, inactive included
    Result<QList<Staff>> active() const; // the mentors that can be chosen for a youth
    // Empty when there is no such staff member.
    Result<QString> nameOf(qint64 id) const;

    // The new id.
    Result<qint64> add(const QString& name);
    Result<void> rename(qint64 id, const QString& name);
    Result<void> setActive(qint64 id, bool active);

signals:
    void changed();

private:
    Result<QList<Staff>> select(bool activeOnly) const;
    // One UPDATE that must change exactly one row, in its own transaction.
    Result<void> updateOne(const QString& sql, const QVariantList& binds, const QString& failure);

    Database& m_database;
};

} // namespace lotsen
