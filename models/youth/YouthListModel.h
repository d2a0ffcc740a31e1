#pragma once

#include "youth/YouthFilter.h"

#include <QSqlQueryModel>

namespace lotsen {

class Database;

// The register: every youth matching a filter, filtered and sorted in SQL and fetched lazily,
// so that it stays fast at 100,000 youths (a QSortFilterProxyModel would have to load them all).
// Not on TableModel<Row>: a QSqlQueryModel that fetches its rows page by page, filtered and sorted in SQL.
class YouthListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        PersonalNumber,
        Age,
        Gender,
        Status,
        Mentor,
        LastContact, // the last successful contact with the youth (date)
        NextPlanned, // the next planned contact (date)
        Municipality,
        StartDate,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit YouthListModel(Database& database, QObject* parent = nullptr);

    void setFilter(const YouthFilter& filter);
    const YouthFilter& filter() const { return m_filter; }

    // Rows matching the filter (not just the fetched ones) and rows in the register.
    int matchingCount() const { return m_matchingCount; }
    int totalCount() const { return m_totalCount; }

    qint64 idAt(int row) const;
    // The row of a youth among the fetched rows, or -1.
    int rowOf(qint64 id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // One SQL statement of a refresh with its bind values. The benchmark runs the same ones with sqlite3.
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    // The statements the last refresh ran: the counts, then the row query (which fetches lazily).
    const QList<Statement>& lastStatements() const { return m_lastStatements; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

public slots:
    // Runs the query again, e.g. after a youth was saved.
    void refresh();

signals:
    void countsChanged(int matching, int total);
    void queryFailed(const QString& message);

private:
    QString whereClause(QVariantList& binds, bool scanByName) const;
    QString orderClause() const;
    int runCount(const QString& sql, const QVariantList& binds);
    QVariant rawValue(int row, int queryColumn) const;

    Database& m_database;
    YouthFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_matchingCount = 0;
    int m_totalCount = 0;
    QList<Statement> m_lastStatements;
};

} // namespace lotsen
