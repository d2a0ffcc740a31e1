#pragma once

#include "core/TableModel.h"
#include "outreach/OutreachQuery.h"

#include <QDate>
#include <QList>

namespace lotsen {

class Database;

// The outreach list: every prospect with how often and when someone tried to reach them, so that a mentor sees
// who still waits for a first contact. Prospects are at most some thousands, so the rows are held and sorted here.
class OutreachListModel : public TableModel<OutreachQuery::Prospect>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        PersonalNumber,
        Phone,
        Municipality,
        Source,
        Registered,
        Attempts,
        Unanswered,
        LastAttempt,
        LastContact,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    using Prospect = OutreachQuery::Prospect;

    // Empty until refresh(): the view connects to loadFailed first, so that a failed first read is shown.
    explicit OutreachListModel(Database& database, QObject* parent = nullptr);

    const Prospect& prospect(int row) const { return rows().at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reads the prospects again, e.g. after a contact was logged or a youth enrolled. A failed read clears the
    // rows and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    void sortRows(QList<Prospect>& rows) const;

    OutreachQuery m_query;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace lotsen
