#pragma once

#include "core/Result.h"
#include "plans/ActionPlan.h"

#include <QObject>

#include <optional>

namespace lotsen {

class Database;

// Reads and writes action plans. A version is edited until it is revised; then it is frozen, and the
// database's triggers refuse any change to it, whatever program tries.
class PlanRepository : public QObject
{
    Q_OBJECT

public:
    struct VersionInfo
    {
        qint64 id = 0;
        int version = 0;
        QDate planDate;
        QString staffName;
        QDateTime frozenAt;
        QDate signedOn;
        bool isFrozen() const { return frozenAt.isValid(); }
    };

    // Error::field of a write refused because someone else changed the plan after it was read (ActionPlan::
    // rowVersion): the plan tab shows both and offers to read the plan again.
    static QString conflictField() { return QStringLiteral("planRowVersion"); }

    explicit PlanRepository(Database& database, QObject* parent = nullptr);

    // Newest first.
    Result<QList<VersionInfo>> versions(qint64 youthId) const;
    Result<std::optional<ActionPlan>> load(qint64 planId) const;
    // The version open for editing, if the youth has a plan.
    Result<std::optional<ActionPlan>> current(qint64 youthId) const;
    Result<std::optional<ActionPlan>> byVersion(qint64 youthId, int version) const;

    // The youth's first plan, dated `planDate` with the review `reviewWeeks` later.
    Result<qint64> create(qint64 youthId, qint64 staffId, const QDate& planDate, int reviewWeeks);
    // Writes the sections, the review date and the steps (their order is the list's order), and raises
    // plan.rowVersion. Over a newer version than plan.rowVersion (unless 0) it writes nothing and returns an error
    // with conflictField() that says who changed the plan and when.
    Result<qint64> save(ActionPlan& plan);
    // Freezes `planId` and starts the next version as a copy of it, dated `today`. With a rowVersion (as read),
    // refused like save() when the plan has changed since.
    Result<qint64> revise(qint64 planId, qint64 staffId, const QDate& today, int reviewWeeks, int rowVersion = 0);
    Result<qint64> markSigned(qint64 planId, const QDate& signedOn, int rowVersion = 0);

signals:
    void plansChanged(qint64 youthId);

private:
    Error failure(const QString& sqlError) const;
    Result<void> writeSteps(ActionPlan& plan);
    Result<qint64> insertPlan(const ActionPlan& plan);
    Result<int> storedVersion(qint64 planId) const;
    // A versioned UPDATE that changed no row: the plan is gone, or someone else changed it (conflict()).
    Error notWritten(qint64 planId) const;
    Error conflict(qint64 planId) const;

    Database& m_database;
};

} // namespace lotsen
