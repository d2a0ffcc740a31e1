#pragma once

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

    struct Result
    {
        bool ok = false;
        QString message; // in the UI language when !ok
        qint64 planId = 0;
    };

    explicit PlanRepository(Database& database, QObject* parent = nullptr);

    // Newest first.
    QList<VersionInfo> versions(qint64 youthId) const;
    std::optional<ActionPlan> load(qint64 planId) const;
    // The version open for editing, if the youth has a plan.
    std::optional<ActionPlan> current(qint64 youthId) const;
    std::optional<ActionPlan> byVersion(qint64 youthId, int version) const;

    // The youth's first plan, dated `planDate` with the review `reviewWeeks` later.
    Result create(qint64 youthId, qint64 staffId, const QDate& planDate, int reviewWeeks);
    // Writes the sections, the review date and the steps (their order is the list's order).
    Result save(ActionPlan& plan);
    // Freezes `planId` and starts the next version as a copy of it, dated `today`.
    Result revise(qint64 planId, qint64 staffId, const QDate& today, int reviewWeeks);
    Result markSigned(qint64 planId, const QDate& signedOn);

signals:
    void plansChanged(qint64 youthId);

private:
    Result failure(const QString& sqlError) const;
    bool writeSteps(ActionPlan& plan, QString* error);
    qint64 insertPlan(const ActionPlan& plan, QString* error);

    Database& m_database;
};

} // namespace lotsen
