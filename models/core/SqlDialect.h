#pragma once

#include <QString>
#include <QStringList>

namespace lotsen {

// The one place where SQL differs between the two engines Lotsen runs on: a file of its own (SQLite) and a shared
// server (PostgreSQL). Repositories write portable SQL and ask the dialect for the few fragments that are not:
// the text of a date or time, a difference in days, the search condition, the start of a write transaction.
class SqlDialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine = Engine::SQLite) : m_engine(engine) { }

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }

    // Starts the outermost write transaction. SQLite's deferred BEGIN can fail with SQLITE_BUSY when it upgrades
    // to a write in WAL mode, so it takes the write lock at once; PostgreSQL locks rows as it writes them.
    QString beginWrite() const;

    // The ISO text of a date or date-time expression ('2026-12-06', '2026-12-06 10:32:47+01' on PostgreSQL,
    // '2026-12-06T10:32:47' in SQLite): substr(text(x), 1, 7) is its month on both engines.
    QString text(const QString& expression) const;
    // The text's first `length` characters: year (4), month (7) or day (10).
    QString textPrefix(const QString& expression, int length) const;
    // Whole days from `earlier` to `later` (dates or ISO date texts).
    QString daysBetween(const QString& later, const QString& earlier) const;
    // The largest of the expressions (SQLite's scalar max(), PostgreSQL's greatest()); NULLs: see the callers.
    QString greatest(const QStringList& expressions) const;
    // A date expression (date column or bound ISO text) as a date-time at `time` ("12:00:00"), for sorting beside
    // date-times.
    QString atTime(const QString& dateExpression, const QString& time) const;
    // A date-time expression in the form both engines sort the same way.
    QString dateTime(const QString& expression) const;

    // "<idColumn> IN (ids of youths whose name or numbers match the bound search)"; `placeholder` is "?" or
    // ":name". Bind searchValue(YouthFilter::matchExpression(text)).
    QString youthSearchCondition(const QString& idColumn, const QString& placeholder = QStringLiteral("?")) const;
    // The number of youths the bound search matches.
    QString youthSearchCount(const QString& placeholder = QStringLiteral("?")) const;
    // The bind value for a search: the FTS5 expression as it is, or as a PostgreSQL tsquery.
    QString searchValue(const QString& matchExpression) const;
    // `expression` as a filter only: SQLite's unary + keeps its planner from choosing that column's index (see the
    // callers); PostgreSQL plans by statistics and has no such operator for every type.
    QString withoutIndex(const QString& expression) const;
    // True when both are equal or both NULL (SQLite's "a IS b", PostgreSQL's "a IS NOT DISTINCT FROM b").
    QString sameOrBothNull(const QString& left, const QString& right) const;
    // A date-time `days` days after the date-time expression, to store in a date-time column.
    QString plusDays(const QString& dateTimeExpression, int days) const;
    // The smallest of the expressions (SQLite's scalar min(), PostgreSQL's least()).
    QString least(const QStringList& expressions) const;
    // The date expression at `time` ("09:00:00"), to store in a date-time column.
    QString dateAt(const QString& dateExpression, const QString& time) const;

    // A date from an ISO date text expression ('2000-07-01'), for writing into a date column: the text itself in
    // SQLite, a date on PostgreSQL (which does not turn a text expression into a date by itself).
    QString dateFromText(const QString& isoTextExpression) const;
    // Removes the search index's rows of the youths `youthIds` (an SQL list or subquery, "(SELECT …)").
    QString youthSearchDelete(const QString& youthIds) const;
    // The statement that merges the search index after rows were removed, so that it keeps no old words (FTS5's
    // 'optimize'); empty on PostgreSQL, whose index drops a row's entries with the row.
    QString youthSearchOptimize() const;
    // One consistent read of several statements (a snapshot) named `name`. SQLite: a savepoint, which opens a
    // deferred read transaction when none is open. PostgreSQL: a savepoint inside an open transaction, otherwise a
    // read-only REPEATABLE READ transaction (a savepoint needs a transaction there). `inTransaction`: whether the
    // connection has a transaction open (Database::openTransactions() > 0).
    QString beginSnapshot(const QString& name, bool inTransaction) const;
    // The statements that end it, also after a failed read (PostgreSQL's savepoint is rolled back to first, so that
    // the enclosing transaction goes on; nothing was written in it).
    QStringList endSnapshot(const QString& name, bool inTransaction) const;

    // Rows a long list (the register) reads per statement, with LIMIT/OFFSET, or 0: one statement read lazily as the
    // view scrolls. SQLite steps through a result row by row; QPSQL (libpq) receives a statement's whole result
    // before it hands over the first row, which takes over a second at 100,000 youths.
    int listPageRows() const;

private:
    Engine m_engine;
};

} // namespace lotsen
