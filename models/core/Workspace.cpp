#include "core/Workspace.h"

#include "core/Database.h"

namespace lotsen {

Workspace::Workspace(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_youths(database)
    , m_staff(database)
    , m_plans(database)
    , m_centre(database)
    , m_contacts(database)
    , m_snoozes(database)
    , m_meetingPlace(database, m_contacts)
    , m_partners(database)
    , m_interventions(database)
    , m_network(database)
    , m_consents(database)
    , m_referrals(database)
    , m_enrolments(database)
    , m_followUps(database)
    , m_accounts(database)
    , m_accessLog(database)
    , m_session(m_accounts, m_accessLog)
    , m_preferences(database)
    , m_reports(database, m_centre)
    , m_notifications(*this)
{
    m_youths.setNotePolicy([this](const Youth& youth) { return m_session.maySeeSensitiveNotes(youth); });
    const PermissionCheck check = [this](Permission permission) {
        return m_session.allows(permission);
    };
    m_youths.setPermissionCheck(check);
    m_partners.setPermissionCheck(check);
    m_interventions.setPermissionCheck(check);
    m_centre.attachSession(&m_session);
    m_reports.setPermissionCheck(check);
    m_enrolments.setPermissionCheck(check);
    m_enrolments.attachSession(&m_session);
    // Special-category answers: coordinators (who see every sensitive note) and the youth's own mentor.
    m_enrolments.setSensitivePolicy([this](qint64 mentorId) {
        Youth youth;
        youth.mentorId = mentorId;
        return m_session.maySeeSensitiveNotes(youth);
    });
    // A changed period changes the youth's status, start date and mentor: lists of youths refresh as after a save.
    connect(&m_enrolments, &EnrolmentRepository::changed, &m_youths, &YouthRepository::youthSaved);
}

} // namespace lotsen
