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

    explicit PlanRepository(Database& database, QObject* parent = nullptr);

    // Newest first.
    Result<QList<VersionInfo>> versions(qint64 youthId) const;
    Result<std::optional<ActionPlan>> load(qint64 planId) const;
    // The version open for editing, if the youth has a plan.
    Result<std::optional<ActionPlan>> current(qint64 youthId) const;
    Result<std::optional<ActionPlan>> byVersion(qint64 youthId, int version) const;

    // The youth's first plan, dated `planDate` with the review `reviewWeeks` later.
    Result<qint64> create(qint64 youthId, qint64 staffId, const QDate& planDate, int reviewWeeks);
    // Writes the sections, the review date and the steps (their order is the list's order).
    Result<qint64> save(ActionPlan& plan);
    // Freezes `planId` and starts the next version as a copy of it, dated `today`.
    Result<qint64> revise(qint64 planId, qint64 staffId, const QDate& today, int reviewWeeks);
    Result<qint64> markSigned(qint64 planId, const QDate& signedOn);

signals:
    void plansChanged(qint64 youthId);

private:
    Error failure(const QString& sqlError) const;
    Result<void> writeSteps(ActionPlan& plan);
    Result<qint64> insertPlan(const ActionPlan& plan);

    Database& m_database;
};

} // namespace lotsen
