#include "core/SqlDialect.h"

#include <QRegularExpression>

namespace lotsen {

QString SqlDialect::beginWrite() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::text(const QString& expression) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS text)").arg(expression) : expression;
}

QString SqlDialect::textPrefix(const QString& expression, int length) const
{
    return QStringLiteral("substr(%1, 1, %2)").arg(text(expression)).arg(length);
}

QString SqlDialect::daysBetween(const QString& later, const QString& earlier) const
{
    return isPostgres() ? QStringLiteral("(CAST(%1 AS date) - CAST(%2 AS date))").arg(later, earlier)
                        : QStringLiteral("CAST(julianday(%1) - julianday(%2) AS INTEGER)").arg(later, earlier);
}

QString SqlDialect::greatest(const QStringList& expressions) const
{
    return (isPostgres() ? QStringLiteral("greatest(") : QStringLiteral("max("))
        + expressions.join(QStringLiteral(", ")) + u')';
}

QString SqlDialect::atTime(const QString& dateExpression, const QString& time) const
{
    return isPostgres() ? QStringLiteral("to_char(CAST(%1 AS date), 'YYYY-MM-DD') || 'T%2'").arg(dateExpression, time)
                        : QStringLiteral("%1 || 'T%2'").arg(dateExpression, time);
}

QString SqlDialect::dateTime(const QString& expression) const
{
    return isPostgres() ? QStringLiteral("to_char(%1, 'YYYY-MM-DD\"T\"HH24:MI:SS')").arg(expression) : expression;
}

QString SqlDialect::youthSearchCondition(const QString& idColumn, const QString& placeholder) const
{
    if (isPostgres()) {
        return QStringLiteral("%1 IN (SELECT youth_id FROM youth_search WHERE words @@ lotsen_search_query(%2))")
            .arg(idColumn, placeholder);
    }
    return QStringLiteral("%1 IN (SELECT rowid FROM youth_search WHERE youth_search MATCH %2)")
        .arg(idColumn, placeholder);
}

QString SqlDialect::youthSearchCount(const QString& placeholder) const
{
    if (isPostgres()) {
        return QStringLiteral("SELECT count(*) FROM youth_search WHERE words @@ lotsen_search_query(%1)")
            .arg(placeholder);
    }
    return QStringLiteral("SELECT count(*) FROM youth_search WHERE youth_search MATCH %1").arg(placeholder);
}

QString SqlDialect::sameOrBothNull(const QString& left, const QString& right) const
{
    return (isPostgres() ? QStringLiteral("%1 IS NOT DISTINCT FROM %2") : QStringLiteral("%1 IS %2")).arg(left, right);
}

QString SqlDialect::plusDays(const QString& dateTimeExpression, int days) const
{
    return isPostgres() ? QStringLiteral("(%1 + interval '%2 days')").arg(dateTimeExpression).arg(days)
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%S', %1, '%2%3 days')")
                              .arg(dateTimeExpression, days < 0 ? QString() : QStringLiteral("+"))
                              .arg(days);
}

QString SqlDialect::least(const QStringList& expressions) const
{
    return (isPostgres() ? QStringLiteral("least(") : QStringLiteral("min(")) + expressions.join(QStringLiteral(", "))
        + u')';
}

QString SqlDialect::dateAt(const QString& dateExpression, const QString& time) const
{
    return isPostgres() ? QStringLiteral("(%1 + time '%2')").arg(dateExpression, time)
                        : QStringLiteral("%1 || 'T%2'").arg(dateExpression, time);
}

QString SqlDialect::withoutIndex(const QString& expression) const
{
    return isPostgres() ? expression : u'+' + expression;
}

QString SqlDialect::searchValue(const QString& matchExpression) const
{
    if (!isPostgres() || matchExpression.isEmpty()) {
        return matchExpression;
    }
    // YouthFilter::matchExpression writes either `numbers : "digits"*` or `"word"* "word"*`: quoted terms, each a
    // prefix. The server's lotsen_search_query() folds the same words the way it folded the names and makes each
    // a prefix. (Digits are searched among all words: no name holds the digits of a personal number.)
    static const QRegularExpression term(QStringLiteral("\"([^\"]*)\"\\*"));
    QStringList terms;
    for (auto it = term.globalMatch(matchExpression); it.hasNext();) {
        terms.append(it.next().captured(1));
    }
    return terms.join(u' ');
}

QString SqlDialect::dateFromText(const QString& isoTextExpression) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS date)").arg(isoTextExpression) : isoTextExpression;
}

QString SqlDialect::youthSearchDelete(const QString& youthIds) const
{
    return isPostgres() ? QStringLiteral("DELETE FROM youth_search WHERE youth_id IN %1").arg(youthIds)
                        : QStringLiteral("DELETE FROM youth_search WHERE rowid IN %1").arg(youthIds);
}

QString SqlDialect::youthSearchOptimize() const
{
    return isPostgres() ? QString() : QStringLiteral("INSERT INTO youth_search (youth_search) VALUES ('optimize')");
}

QString SqlDialect::beginSnapshot(const QString& name, bool inTransaction) const
{
    if (isPostgres() && !inTransaction) {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    return QStringLiteral("SAVEPOINT ") + name;
}

QStringList SqlDialect::endSnapshot(const QString& name, bool inTransaction) const
{
    if (!isPostgres()) {
        return { QStringLiteral("RELEASE ") + name };
    }
    if (!inTransaction) {
        return { QStringLiteral("COMMIT") };
    }
    return { QStringLiteral("ROLLBACK TO ") + name, QStringLiteral("RELEASE ") + name };
}

int SqlDialect::listPageRows() const
{
    // A few screens: as many as QSqlQueryModel fetches at a time on SQLite.
    return isPostgres() ? 256 : 0;
}

} // namespace lotsen
