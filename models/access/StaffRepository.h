#pragma once

#include "access/Staff.h"

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

    QList<Staff> all() const; // sorted by name, inactive included
    QList<Staff> active() const; // the mentors that can be chosen for a youth
    QString nameOf(qint64 id) const;

    // Returns the new id, or 0 with `errorMessage` set.
    qint64 add(const QString& name, QString* errorMessage = nullptr);
    bool rename(qint64 id, const QString& name, QString* errorMessage = nullptr);
    bool setActive(qint64 id, bool active, QString* errorMessage = nullptr);

signals:
    void changed();

private:
    QList<Staff> select(bool activeOnly) const;
    // One UPDATE that must change exactly one row, in its own transaction.
    bool updateOne(const QString& sql, const QVariantList& binds, const QString& failure, QString* errorMessage);

    Database& m_database;
};

} // namespace lotsen
