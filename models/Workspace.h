#pragma once

#include "CentreSettings.h"
#include "ContactRepository.h"
#include "MeetingPlaceRepository.h"
#include "PlanRepository.h"
#include "SnoozeRepository.h"
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
    PlanRepository& plans() { return m_plans; }
    CentreSettings& centre() { return m_centre; }
    ContactRepository& contacts() { return m_contacts; }
    SnoozeRepository& snoozes() { return m_snoozes; }
    MeetingPlaceRepository& meetingPlace() { return m_meetingPlace; }

private:
    Database& m_database;
    YouthRepository m_youths;
    StaffRepository m_staff;
    PlanRepository m_plans;
    CentreSettings m_centre;
    ContactRepository m_contacts;
    SnoozeRepository m_snoozes;
    MeetingPlaceRepository m_meetingPlace; // after m_contacts, which it writes through
};

} // namespace lotsen
