#pragma once

#include "core/Result.h"
#include "core/TableModelBase.h"
#include "today/AttentionRules.h"

#include <QDate>
#include <QList>

namespace lotsen {

class Workspace;

// The Today list as a table: youth, mentor, reasons, days overdue. Filtered to one mentor's youths or all.
// A change to one youth (a contact, the record, a plan, a snooze) recomputes that youth's row only, so that an
// item disappears the moment its reason is resolved; thresholds or a new day recompute the whole list.
// Not (yet) on TableModel<Row>: refreshYouth inserts, moves and removes single rows in their sorted place.
class AttentionModel : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Youth, Mentor, Reasons, DaysOverdue, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        UrgentRole = Qt::UserRole + 1, // bool: escalated (unanswered attempts in a row)
        YouthIdRole, // qint64
        DaysOverdueRole, // int
        ReasonsRole, // QList<int> of AttentionReason
    };
    Q_ENUM(Role)

    // Empty until the first refresh(), so that the view can listen for loadFailed before the first read.
    explicit AttentionModel(Workspace& workspace, QObject* parent = nullptr);

    // 0 = all mentors.
    void setMentorId(qint64 mentorId);
    qint64 mentorId() const { return m_mentorId; }
    // The date the list was computed for.
    QDate today() const { return m_today; }
    const QList<AttentionItem>& items() const { return m_items; }
    const AttentionItem* itemAt(int row) const;
    int rowOfYouth(qint64 youthId) const;
    int urgentCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The whole list, for Clock::today() and the centre's thresholds. A failed read empties the list and emits
    // loadFailed before refreshed.
    Result<void> refresh();
    // One youth's row: removed, changed or inserted in its sorted place. A failed read leaves the row as it was
    // and emits loadFailed.
    Result<void> refreshYouth(qint64 youthId);

signals:
    // After every refresh, failed or not.
    void refreshed();

private:
    AttentionThresholds thresholds() const;

    Workspace& m_workspace;
    qint64 m_mentorId = 0;
    QDate m_today;
    QList<AttentionItem> m_items;
};

} // namespace lotsen
