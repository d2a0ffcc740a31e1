#pragma once

#include "core/TableModel.h"
#include "enrolment/Enrolment.h"

#include <optional>

namespace lotsen {

class Workspace;

// One youth's enrolment periods, oldest first: start, end, mentor, days in the programme, the exit's reason and
// situation. An exit that was reopened shows in the timeline and in the period's details, not as the period's end.
// Refreshes itself when the youth's periods change.
class EnrolmentPeriodsModel : public TableModel<EnrolmentPeriod>
{
    Q_OBJECT

public:
    enum Column { Start, End, Mentor, Days, Reason, ExitSituation, ColumnCount };
    Q_ENUM(Column)
    enum Role { PeriodIdRole = Qt::UserRole + 1, OpenRole, InErrorRole };
    Q_ENUM(Role)

    explicit EnrolmentPeriodsModel(Workspace& workspace, QObject* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }
    std::optional<EnrolmentPeriod> periodAt(int row) const;
    // The periods as read, oldest first.
    const QList<EnrolmentPeriod>& periods() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    Workspace& m_workspace;
    qint64 m_youthId = 0;
};

} // namespace lotsen
