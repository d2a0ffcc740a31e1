#pragma once

#include "access/PermissionCheck.h"
#include "core/Result.h"
#include "partners/Intervention.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace lotsen {

class Database;

// The intervention catalogue and the youths' participations. Starting and ending a participation (status
// becoming ongoing, completed or interrupted) writes an entry to the youth's timeline in the same transaction.
class InterventionRepository : public QObject
{
    Q_OBJECT

public:
    // One youth taking part in an intervention, for the catalogue's "who is in it now" list.
    struct Participant
    {
        qint64 participationId = 0;
        qint64 youthId = 0;
        QString youthName;
        ParticipationStatus status = ParticipationStatus::Ongoing;
        QDate startDate;
        QDate plannedEnd;
    };

    explicit InterventionRepository(Database& database, QObject* parent = nullptr);

    // Changing the catalogue needs ManagePartnersAndCatalogue; participations are everyday work with a youth.
    void setPermissionCheck(PermissionCheck check) { m_permissionCheck = std::move(check); }

    // Sorted by name, with the provider's name filled in.
    Result<QList<Intervention>> interventions(bool activeOnly = false) const;
    Result<std::optional<Intervention>> intervention(qint64 id) const;
    Result<qint64> saveIntervention(Intervention& intervention);
    Result<qint64> setInterventionActive(qint64 id, bool active);
    // Deletes an intervention nobody has taken part in; otherwise refuses (deactivate it instead).
    Result<qint64> removeIntervention(qint64 id);
    // Whether any youth has taken part in it (then it can only be deactivated).
    Result<bool> isInterventionReferenced(qint64 id) const;

    // Ongoing participations per intervention id (interventions without any are left out).
    Result<QHash<qint64, int>> ongoingCounts() const;
    // Everyone with an ongoing participation in the intervention, by name.
    Result<QList<Participant>> ongoingParticipants(qint64 interventionId) const;

    // A youth's participations, newest start first, with the intervention's name.
    Result<QList<Participation>> participations(qint64 youthId) const;
    Result<std::optional<Participation>> participation(qint64 id) const;
    // Inserts or updates. Refuses an unknown youth or intervention, and an end before the start. A change of
    // status to ongoing writes "started", to completed or interrupted "ended", in the timeline.
    Result<qint64> saveParticipation(Participation& participation, qint64 staffId);

signals:
    void catalogueChanged();
    void participationsChanged(qint64 youthId);

private:
    bool mayManageCatalogue() const;

    Database& m_database;
    PermissionCheck m_permissionCheck;
};

} // namespace lotsen
