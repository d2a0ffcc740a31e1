#pragma once

#include "core/Result.h"
#include "youth/YouthFilter.h"

#include <QSqlQuery>
#include <QVariantList>

namespace lotsen {

class Database;

// The register's SQL: the counts and the row query for a filter and a sort order, built so that SQLite can use
// its indexes at 100,000 youths. YouthListModel shows the rows; the benchmark runs the same statements in sqlite3.
class YouthListQuery
{
public:
    // The register's sort keys, in the order of YouthListModel's columns.
    enum class Sort {
        Name,
        PersonalNumber,
        Age,
        Gender,
        Status,
        Mentor,
        LastContact,
        NextPlanned,
        Municipality,
        StartDate,
        ExitDate,
        ExitSituation
    };

    struct Counts
    {
        int matching = 0; // rows matching the filter
        int total = 0; // rows in the register
    };

    // One SQL statement with its bind values.
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };

    // Query columns of rows(), in order.
    enum Column {
        Id,
        FirstName,
        LastName,
        PersonalNumberColumn,
        BirthDate,
        GenderColumn,
        StatusColumn,
        MentorName,
        MunicipalityColumn,
        StartDateColumn,
        LastContactAt,
        NextPlannedContact,
        ExitDateColumn, // the exit in force, for exited youths only
        ExitSituationColumn,
        QueryColumnCount
    };

    // Rows of the row query read completely: the values of row r are values[r * QueryColumnCount + column].
    struct Page
    {
        QVariantList values;
        int rows = 0;
        bool more = false; // the query has rows after this page
    };

    explicit YouthListQuery(Database& database) : m_database(database) { }

    // Counts the youths matching `filter` and all youths (one statement when the filter is empty).
    [[nodiscard]] Result<Counts> counts(const YouthFilter& filter);
    // The executed row query, for QSqlQueryModel to fetch lazily. `matching` (from counts()) picks the plan.
    [[nodiscard]] Result<QSqlQuery> rows(const YouthFilter& filter, Sort sort, Qt::SortOrder order, int matching);
    // The same rows a page at a time (LIMIT/OFFSET), for a driver that reads a whole result at once (QPSQL): at most
    // `limit` rows after the first `offset`, read to the end, so that the connection is free again at once. The
    // order ends with the id, so it is total and consecutive pages neither skip nor repeat a row (unless the
    // register changed in between; the model refreshes then). The first page (offset 0) belongs to the refresh
    // and is recorded in lastStatements(); later pages are not.
    [[nodiscard]] Result<Page> page(const YouthFilter& filter, Sort sort, Qt::SortOrder order, int matching, int offset,
                                    int limit);

    // The statements run since the last counts(): the counts, then the row query.
    const QList<Statement>& lastStatements() const { return m_lastStatements; }

private:
    Result<int> runCount(const QString& sql, const QVariantList& binds);
    Statement rowStatement(const YouthFilter& filter, Sort sort, Qt::SortOrder order, int matching) const;
    QString whereClause(const YouthFilter& filter, QVariantList& binds, bool scanByName) const;
    static QString orderClause(Sort sort, Qt::SortOrder order);

    Database& m_database;
    QList<Statement> m_lastStatements;
};

} // namespace lotsen
