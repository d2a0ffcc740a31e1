#pragma once

#include "meetingplace/MeetingPlaceRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace lotsen {

// Today's visitors at the meeting place, in the order they came: checked-in youths by name, anonymous visitors
// by gender and age group. Follows every change of visits and contacts.
class VisitorsModel : public QAbstractTableModel
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

    const MeetingPlaceRepository::Visit& visitAt(int row) const { return m_visits.at(row); }
    // The row of a youth's (first) visit, or -1.
    int rowOfYouth(qint64 youthId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void refresh();

private:
    MeetingPlaceRepository& m_repository;
    QDate m_day;
    QList<MeetingPlaceRepository::Visit> m_visits;
};

} // namespace lotsen
