#include "youth/YouthListQuery.h"

#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/Vocabulary.h"

#include <QSqlError>
#include <QStringList>

namespace lotsen {

namespace {

// The exit columns are looked up per fetched row (a page at a time) through the period index, and only for
// exited youths.
const char* const kSelect
    = "SELECT y.id, y.first_name, y.last_name, y.personal_number, y.birth_date, y.gender, "
      "y.status, s.name, y.municipality, y.start_date, y.last_contact_at, y.next_planned_contact, "
      "CASE WHEN y.status = 'exited' THEN (SELECT max(p.end_date) FROM enrolment_period p WHERE p.youth_id = y.id) "
      "END AS exit_date, "
      "CASE WHEN y.status = 'exited' THEN (SELECT x.situation FROM enrolment_period p JOIN enrolment_exit x "
      "ON x.period_id = p.id AND x.reopened_at IS NULL WHERE p.youth_id = y.id ORDER BY p.start_date DESC LIMIT 1) "
      "END AS exit_situation "
      "FROM youth y LEFT JOIN staff s ON s.id = y.mentor_id";

// Measured at 100,000 youths: above about 2,000 matches the name index scan beats sorting the matches.
constexpr int kScanByNameFrom = 2000;

} // namespace

QString YouthListQuery::whereClause(const YouthFilter& filter, QVariantList& binds, bool scanByName) const
{
    // An anonymised youth (culled under the retention policy) is never listed as a person; reports still count it.
    // "+": a filter only, so that the planner keeps walking the name, status or mentor index it chose before.
    QStringList conditions { m_database.dialect().withoutIndex(QStringLiteral("y.anonymised_at"))
                             + QStringLiteral(" IS NULL") };
    const QString match = YouthFilter::matchExpression(filter.text);
    if (!match.isEmpty()) {
        // "+y.id" stops SQLite from looking the matches up by id and sorting them all: with many matches it is
        // faster to walk the name index and stop after the first page.
        conditions.append(m_database.dialect().youthSearchCondition(
            scanByName ? m_database.dialect().withoutIndex(QStringLiteral("y.id")) : QStringLiteral("y.id")));
        binds.append(m_database.dialect().searchValue(match));
    }
    if (filter.followUpDue.isValid()) {
        // Open follow-ups after exit that are due: few, found through their partial due-date index.
        conditions.append(
            QStringLiteral("y.id IN (SELECT youth_id FROM follow_up WHERE status = 'open' AND due_on <= ?)"));
        binds.append(filter.followUpDue.toString(Qt::ISODate));
    }
    if (filter.status) {
        conditions.append(QStringLiteral("y.status = ?"));
        binds.append(Vocabulary::code(*filter.status));
    }
    if (filter.mentorId) {
        if (*filter.mentorId == YouthFilter::NoMentor) {
            conditions.append(QStringLiteral("y.mentor_id IS NULL"));
        } else {
            conditions.append(QStringLiteral("y.mentor_id = ?"));
            binds.append(*filter.mentorId);
        }
    }
    if (!filter.municipality.isEmpty()) {
        conditions.append(QStringLiteral("y.municipality = ?"));
        binds.append(filter.municipality);
    }
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString YouthListQuery::orderClause(Sort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString byName
        = QStringLiteral("y.last_name COLLATE NOCASE %1, y.first_name COLLATE NOCASE %1, y.id %1").arg(dir);
    QString key;
    switch (sort) {
    case Sort::PersonalNumber:
        key = QStringLiteral("y.personal_number %1").arg(dir);
        break;
    case Sort::Age:
        // Older means an earlier birth date; youths without one sort last either way.
        key = QStringLiteral("y.birth_date IS NULL, y.birth_date %1")
                  .arg(order == Qt::AscendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC"));
        break;
    case Sort::Gender:
        key = QStringLiteral("y.gender %1").arg(dir);
        break;
    case Sort::Status:
        key = QStringLiteral(
                  "CASE y.status WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END %1")
                  .arg(dir);
        break;
    case Sort::Mentor:
        key = QStringLiteral("s.name IS NULL, s.name COLLATE NOCASE %1").arg(dir);
        break;
    case Sort::Municipality:
        key = QStringLiteral("y.municipality COLLATE NOCASE %1").arg(dir);
        break;
    case Sort::StartDate:
        key = QStringLiteral("y.start_date IS NULL, y.start_date %1").arg(dir);
        break;
    // NULLS LAST rather than "IS NULL" first: SQLite then walks the column's index and stops after the first
    // page (7 ms instead of 275 ms at 100,000 youths). Never contacted, or nothing planned, sorts last.
    case Sort::LastContact:
        key = QStringLiteral("y.last_contact_at %1 NULLS LAST").arg(dir);
        break;
    case Sort::NextPlanned:
        key = QStringLiteral("y.next_planned_contact %1 NULLS LAST").arg(dir);
        break;
    case Sort::ExitDate:
        // An output column may stand only by its own name in PostgreSQL's ORDER BY, not inside "IS NULL".
        key = QStringLiteral("exit_date %1 NULLS LAST").arg(dir);
        break;
    case Sort::ExitSituation:
        key = QStringLiteral("exit_situation %1 NULLS LAST").arg(dir);
        break;
    case Sort::Name:
        return QStringLiteral(" ORDER BY ") + byName;
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", ") + byName;
}

Result<int> YouthListQuery::runCount(const QString& sql, const QVariantList& binds)
{
    m_lastStatements.append({ sql, binds });
    QSqlQuery count(m_database.connection());
    count.setForwardOnly(true);
    count.prepare(sql);
    for (const QVariant& bind : binds) {
        count.addBindValue(bind);
    }
    if (!count.exec()) {
        return SqlRead::failed(count, "register.count");
    }
    if (!count.next()) {
        return SqlRead::noRow("register.count");
    }
    return count.value(0).toInt();
}

Result<YouthListQuery::Counts> YouthListQuery::counts(const YouthFilter& filter)
{
    m_lastStatements.clear();
    QVariantList binds;
    const QString where = whereClause(filter, binds, false);
    const bool onlyText = !filter.status && !filter.mentorId && filter.municipality.isEmpty()
        && !filter.followUpDue.isValid() && !YouthFilter::matchExpression(filter.text).isEmpty();
    // The search index has one row per youth, so a text-only search is counted there without touching youth.
    // Without a filter the persons are counted in the small anonymised_at index.
    const QString allPersons = QStringLiteral("SELECT count(*) FROM youth WHERE anonymised_at IS NULL");
    const Result<int> matching = onlyText ? runCount(m_database.dialect().youthSearchCount(), binds)
        : filter.isEmpty()                ? runCount(allPersons, {})
                                          : runCount(QStringLiteral("SELECT count(*) FROM youth y") + where, binds);
    if (!matching) {
        return matching.error();
    }
    if (filter.isEmpty()) {
        return Counts { *matching, *matching };
    }
    const Result<int> total = runCount(allPersons, {});
    if (!total) {
        return total.error();
    }
    return Counts { *matching, *total };
}

YouthListQuery::Statement YouthListQuery::rowStatement(const YouthFilter& filter, Sort sort, Qt::SortOrder order,
                                                       int matching) const
{
    const bool scanByName = sort == Sort::Name && matching >= kScanByNameFrom && !filter.text.trimmed().isEmpty();
    Statement statement;
    statement.sql
        = QString::fromLatin1(kSelect) + whereClause(filter, statement.binds, scanByName) + orderClause(sort, order);
    return statement;
}

Result<QSqlQuery> YouthListQuery::rows(const YouthFilter& filter, Sort sort, Qt::SortOrder order, int matching)
{
    const Statement statement = rowStatement(filter, sort, order, matching);
    m_lastStatements.append(statement);
    QSqlQuery query(m_database.connection());
    query.prepare(statement.sql);
    for (const QVariant& bind : statement.binds) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        return SqlRead::failed(query, "register.rows");
    }
    return query;
}

Result<YouthListQuery::Page> YouthListQuery::page(const YouthFilter& filter, Sort sort, Qt::SortOrder order,
                                                  int matching, int offset, int limit)
{
    Q_ASSERT(offset >= 0 && limit > 0);
    Statement statement = rowStatement(filter, sort, order, matching);
    // One row more than the page says whether another page follows. The numbers are written into the text (they
    // are ints, not user input), so that the planner knows how few rows are wanted and walks an index where it can.
    statement.sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit + 1).arg(offset);
    if (offset == 0) {
        m_lastStatements.append(statement);
    }
    QSqlQuery query(m_database.connection());
    // Forward-only: read once, straight into the page; nothing is kept open on the connection afterwards.
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    for (const QVariant& bind : std::as_const(statement.binds)) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        return SqlRead::failed(query, offset == 0 ? "register.rows" : "register.page");
    }
    Page page;
    page.values.reserve(qsizetype(limit) * QueryColumnCount);
    while (query.next()) {
        if (page.rows == limit) {
            page.more = true;
            break;
        }
        for (int column = 0; column < QueryColumnCount; ++column) {
            page.values.append(query.value(column));
        }
        ++page.rows;
    }
    if (query.lastError().isValid()) {
        return SqlRead::failed(query, offset == 0 ? "register.rows" : "register.page");
    }
    query.finish();
    return page;
}

} // namespace lotsen
