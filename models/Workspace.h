#pragma once

#include "StaffRepository.h"
#include "YouthRepository.h"

#include <QObject>

namespace lotsen {

class Database;

// The open database and the services the views use on it. Views never see SQL, only these.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(Database& database, QObject* parent = nullptr);

    Database& database() const { return m_database; }
    YouthRepository& youths() { return m_youths; }
    StaffRepository& staff() { return m_staff; }

private:
    Database& m_database;
    YouthRepository m_youths;
    StaffRepository m_staff;
};

} // namespace lotsen
