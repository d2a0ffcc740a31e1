#pragma once

#include "core/Result.h"
#include "youth/YouthFilter.h"
#include "youth/YouthListQuery.h"

#include <QSqlQueryModel>

namespace lotsen {

class Database;

// The register: every youth matching a filter, filtered and sorted in SQL and fetched lazily,
// so that it stays fast at 100,000 youths (a QSortFilterProxyModel would have to load them all).
// Not on TableModel<Row>: a QSqlQueryModel that fetches its rows page by page, filtered and sorted in SQL.
// Two ways to fetch, chosen by SqlDialect::listPageRows(): on SQLite QSqlQueryModel steps through one statement
// as the view scrolls; on PostgreSQL, whose driver reads a statement's whole result at once, the model reads pages
// of the same query (LIMIT/OFFSET) itself. rowCount(), canFetchMore() and fetchMore() are the one seam.
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
        ExitDate, // exited youths: the date of the exit in force
        ExitSituation, // exited youths: the situation at exit
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit YouthListModel(Database& database, QObject* parent = nullptr);

    // Filters and sorts again; like every refresh started by a view, a failure is reported through loadFailed.
    void setFilter(const YouthFilter& filter);
    const YouthFilter& filter() const { return m_filter; }

    // Rows matching the filter (not just the fetched ones) and rows in the register.
    int matchingCount() const { return m_matchingCount; }
    int totalCount() const { return m_totalCount; }
    // The last refresh could not read the register: the list is empty because of that, not because no one matches.
    // Also after a later page could not be read: the list then ends early (until the next refresh).
    bool hasLoadError() const { return m_loadError; }

    qint64 idAt(int row) const;
    // The row of a youth among the fetched rows, or -1.
    int rowOf(qint64 id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    // Fetches the next rows; a page that cannot be read ends the list there and is reported through loadFailed.
    void fetchMore(const QModelIndex& parent = {}) override;

    // Rows per page read with LIMIT/OFFSET, or 0 for one statement read lazily. The engine's default comes from
    // SqlDialect::listPageRows(); tests set small pages (on either engine). Refreshes, reported through loadFailed.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // The statements the last refresh ran: the counts, then the row query (which fetches lazily), or when paged its
    // first page. The benchmark runs the same ones with sqlite3 and psql.
    const QList<YouthListQuery::Statement>& lastStatements() const { return m_query.lastStatements(); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Runs the query again, e.g. after a youth was saved. On failure the list is emptied and loadFailed says why.
    Result<void> refresh();

signals:
    void countsChanged(int matching, int total);
    // A refresh, also one started by a change elsewhere, could not read the register (as TableModelBase).
    void loadFailed(const QString& message);

private:
    QVariant rawValue(int row, int queryColumn) const;
    bool paged() const { return m_pageSize > 0; }
    // Empties the model's rows (inside a reset).
    void clearRows();
    void reportFetchFailure(const QString& message);

    YouthListQuery m_query;
    int m_pageSize = 0;
    // Paged: the fetched rows' query columns, row after row (YouthListQuery::Page), and whether more follow.
    QVariantList m_pageValues;
    int m_pageRowCount = 0;
    bool m_morePages = false;
    bool m_fetchingPage = false;
    YouthFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_matchingCount = 0;
    int m_totalCount = 0;
    bool m_loadError = false;
};

} // namespace lotsen
