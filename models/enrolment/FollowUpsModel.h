#pragma once

#include "core/TableModel.h"
#include "enrolment/Enrolment.h"

#include <optional>

namespace lotsen {

class Workspace;

// One youth's follow-ups after exit, by due date: when, which (4 weeks, 6 months), status, attempts, and the
// situation found. An open follow-up that is due is shown in red. Refreshes itself when they change.
class FollowUpsModel : public TableModel<FollowUp>
{
    Q_OBJECT

public:
    enum Column { Due, Which, Status, Attempts, FoundSituation, ColumnCount };
    Q_ENUM(Column)
    enum Role { FollowUpIdRole = Qt::UserRole + 1, OpenRole, DueRole };
    Q_ENUM(Role)

    explicit FollowUpsModel(Workspace& workspace, QObject* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }
    std::optional<FollowUp> followUpAt(int row) const;
    int rowOfFollowUp(qint64 id) const { return rowOf(id); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    Workspace& m_workspace;
    qint64 m_youthId = 0;
};

} // namespace lotsen
