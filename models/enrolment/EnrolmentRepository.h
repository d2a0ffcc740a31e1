#pragma once

#include "access/PermissionCheck.h"
#include "core/Result.h"
#include "enrolment/Enrolment.h"

#include <QObject>
#include <QVariantList>

#include <functional>
#include <optional>

namespace lotsen {

class Database;
class Session;

// A youth's participation: enrolment periods with the situation at entry, exits with reason and situation, and
// reopening an exit made by mistake. Each user action is one transaction that also keeps the youth's status, start
// date and mentor (the summary the register and Today read) in step with the periods; triggers refuse any other
// way to make a youth 'exited'. Authors are the logged-in account, set here from the database's session.
class EnrolmentRepository : public QObject
{
    Q_OBJECT

public:
    // The open work of a youth at exit, listed in the exit dialog.
    struct OpenItem
    {
        qint64 id = 0;
        QString text; // the step's description, the intervention's name, the partner of a referral
        QDate date; // due date, start date, date sent
    };
    struct OpenWork
    {
        QList<OpenItem> steps; // planned or ongoing steps of the current plan version
        QList<OpenItem> participations; // proposed or ongoing
        QList<OpenItem> referrals; // sent and not answered
    };
    // Who enrols, and with what.
    struct Enrolment
    {
        QDate startDate;
        qint64 mentorId = 0;
        ReferralSource referralSource = ReferralSource::None;
        EntrySituation entry;
    };

    explicit EnrolmentRepository(Database& database, QObject* parent = nullptr);

    // ReopenExits for reopen(); the session for the logged read of special-category answers, and whether the
    // current user may see them (coordinators and the youth's own mentor).
    void setPermissionCheck(PermissionCheck check) { m_permissionCheck = std::move(check); }
    void attachSession(Session* session) { m_session = session; }
    using SensitivePolicy = std::function<bool(qint64 mentorId)>;
    void setSensitivePolicy(SensitivePolicy policy) { m_sensitivePolicy = std::move(policy); }

    // Oldest first, each with its exits. The special-category answers are never in this read: see sensitive().
    Result<QList<EnrolmentPeriod>> periods(qint64 youthId) const;
    Result<std::optional<EnrolmentPeriod>> period(qint64 periodId) const;
    Result<OpenWork> openWork(qint64 youthId) const;

    // Enrols a prospect, or re-enrols an exited youth in a new period; the youth becomes active.
    Result<qint64> enrol(qint64 youthId, const Enrolment& enrolment);
    // The situation at entry of a period, editable later. The special-category answers are written only when
    // `withSensitive` (the centre collects them and the user may see them); otherwise the stored ones stay.
    Result<void> updateEntry(qint64 periodId, const EntrySituation& entry, bool withSensitive);
    // The special-category answers of a period, for those who may see them; every read is logged, and without its
    // entry nothing is shown.
    Result<EntrySituation> sensitive(qint64 periodId);

    // Ends the running period: the exit record, the open steps and participations as chosen, the current plan
    // version frozen, the follow-ups due after `followUpOffsets`, the youth 'exited'. Refused with a message for
    // a youth without a running period (never enrolled, or already exited) and for the rules in EnrolmentRules.
    Result<qint64> exit(qint64 youthId, const ExitInput& exit, const QStringList& followUpOffsets);
    // Undoes an exit made by mistake: coordinators only, with a reason. The exit stays, struck out; its open
    // follow-ups are cancelled, and the period runs again.
    Result<void> reopen(qint64 exitId, const QString& reason);

signals:
    // After a committed change to this youth's periods, exits or follow-ups.
    void changed(qint64 youthId);

private:
    Error writeFailed(const char* operation, const QString& sqlError) const;
    // One statement of a write; the rows it changed, or the failure (logged without values).
    Result<int> execute(const QString& sql, const QVariantList& values, const char* operation) const;

    Database& m_database;
    PermissionCheck m_permissionCheck;
    Session* m_session = nullptr;
    SensitivePolicy m_sensitivePolicy;
};

} // namespace lotsen
