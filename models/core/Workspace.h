#pragma once

#include "access/AccessLog.h"
#include "access/AccountPreferences.h"
#include "access/AccountRepository.h"
#include "access/Session.h"
#include "access/StaffRepository.h"
#include "consent/ConsentRepository.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactRepository.h"
#include "core/CentreSettings.h"
#include "enrolment/EnrolmentRepository.h"
#include "enrolment/FollowUpRepository.h"
#include "meetingplace/MeetingPlaceRepository.h"
#include "partners/InterventionRepository.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralRepository.h"
#include "plans/PlanRepository.h"
#include "reports/ReportQuery.h"
#include "server/ServerNotifications.h"
#include "today/SnoozeRepository.h"
#include "youth/YouthRepository.h"

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
    PartnerRepository& partners() { return m_partners; }
    InterventionRepository& interventions() { return m_interventions; }
    NetworkRepository& network() { return m_network; }
    ConsentRepository& consents() { return m_consents; }
    ReferralRepository& referrals() { return m_referrals; }
    EnrolmentRepository& enrolments() { return m_enrolments; }
    FollowUpRepository& followUps() { return m_followUps; }
    AccountRepository& accounts() { return m_accounts; }
    AccessLog& accessLog() { return m_accessLog; }
    Session& session() { return m_session; }
    AccountPreferences& preferences() { return m_preferences; }
    const ReportQuery& reports() const { return m_reports; }
    // Other PCs' changes on a shared database, as the repositories' signals (nothing for a file).
    ServerNotifications& notifications() { return m_notifications; }

private:
    Database& m_database;
    YouthRepository m_youths;
    StaffRepository m_staff;
    PlanRepository m_plans;
    CentreSettings m_centre;
    ContactRepository m_contacts;
    SnoozeRepository m_snoozes;
    MeetingPlaceRepository m_meetingPlace; // after m_contacts, which it writes through
    PartnerRepository m_partners;
    InterventionRepository m_interventions;
    NetworkRepository m_network;
    ConsentRepository m_consents;
    ReferralRepository m_referrals;
    EnrolmentRepository m_enrolments;
    FollowUpRepository m_followUps;
    AccountRepository m_accounts;
    AccessLog m_accessLog;
    Session m_session; // after the two it uses
    AccountPreferences m_preferences;
    ReportQuery m_reports; // after m_centre, which it reads
    ServerNotifications m_notifications; // last: it emits the repositories' signals
};

} // namespace lotsen
