#pragma once

#include "meetingplace/MeetingPlaceRepository.h"

#include "core/TableModel.h"

#include <QDate>

namespace lotsen {

// Today's visitors at the meeting place, in the order they came: checked-in youths by name, anonymous visitors
// by gender and age group. Follows every change of visits and contacts.
class VisitorsModel : public TableModel<MeetingPlaceRepository::Visit>
{
    Q_OBJECT

public:
    enum Column { Time, Visitor, Gender, AgeGroup, ColumnCount };
    Q_ENUM(Column)
    enum Role { YouthIdRole = Qt::UserRole + 1 };

    explicit VisitorsModel(MeetingPlaceRepository& repository, QObject* parent = nullptr);

    // The day shown; an invalid date follows Clock::today() at every refresh.
    void setDay(const QDate& day);
    QDate day() const;

    const MeetingPlaceRepository::Visit& visitAt(int row) const { return rows().at(row); }
    // The row of a youth's (first) visit, or -1.
    int rowOfYouth(qint64 youthId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    MeetingPlaceRepository& m_repository;
    QDate m_day;
};

} // namespace lotsen
