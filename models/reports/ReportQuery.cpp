#include "reports/ReportQuery.h"

#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SqlDialect.h"
#include "core/SqlRead.h"
#include "core/Vocabulary.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <array>

namespace lotsen {

namespace {

using Rows = QList<QVariantList>;
using Kind = ReportTable::Kind;
using GenderCounts = std::array<int, 4>;

// Runs one report statement and hands back its (few, aggregated) rows.
Result<Rows> select(const Database& database, const QString& sql, const QVariantList& binds, const char* operation)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return SqlRead::failed(query, operation);
    }
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        return SqlRead::failed(query, operation);
    }
    Rows rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            row.append(query.value(c));
        }
        rows.append(row);
    }
    if (query.lastError().isValid()) {
        return SqlRead::failed(query, operation);
    }
    return rows;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The filters select youths by their record as it is now (`y` is the youth table's alias); the intervention filter
// selects youths who have ever taken part in it.
QString scope(const ReportParameters& parameters, QVariantList& binds)
{
    QString sql;
    if (parameters.mentorId != 0) {
        sql += QStringLiteral(" AND y.mentor_id = ?");
        binds.append(parameters.mentorId);
    }
    if (!parameters.municipality.isEmpty()) {
        sql += QStringLiteral(" AND y.municipality = ?");
        binds.append(parameters.municipality);
    }
    if (!parameters.referralSource.isEmpty()) {
        sql += QStringLiteral(" AND y.referral_source = ?");
        binds.append(parameters.referralSource);
    }
    if (parameters.interventionId != 0) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM participation f WHERE f.youth_id = y.id AND f.intervention_id = ?)");
        binds.append(parameters.interventionId);
    }
    return sql;
}

// Whole years between the youth's birth date and `dateExpression` (a date), NULL without a birth date.
QString ageSql(const SqlDialect& dialect, const QString& dateExpression)
{
    const QString date = dialect.text(dateExpression);
    const QString birth = dialect.text(QStringLiteral("y.birth_date"));
    return QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) - CAST(substr(%2, 1, 4) AS INTEGER)"
                          " - (CASE WHEN substr(%1, 6, 5) < substr(%2, 6, 5) THEN 1 ELSE 0 END))")
        .arg(date, birth);
}

// A period that ended with an exit "registered in error" never counts anywhere.
const QString kNotInError = QStringLiteral(
    " AND NOT EXISTS (SELECT 1 FROM enrolment_exit e WHERE e.period_id = p.id AND e.reopened_at IS NULL"
    " AND e.reason = 'in_error')");

// EnrolmentRules::inKaaGroup in SQL, for period p of youth y: the override, or under 20 at entry without a
// completed upper-secondary education and not in education.
QString kaaSql(const SqlDialect& dialect)
{
    return QStringLiteral("(CASE WHEN p.kaa_override IS NOT NULL THEN p.kaa_override WHEN %1 < %2"
                          " AND p.education NOT IN ('upper_secondary', 'post_secondary')"
                          " AND p.labour_situation <> 'in_education' THEN 1 ELSE 0 END)")
        .arg(ageSql(dialect, QStringLiteral("p.start_date")))
        .arg(EnrolmentRules::KaaAgeLimit);
}

struct Category
{
    QString code;
    QString label;
};

template<typename E> QList<Category> categories()
{
    QList<Category> result;
    for (const E value : EnrolmentVocabulary::all<E>()) {
        result.append({ EnrolmentVocabulary::code(value), EnrolmentVocabulary::label(value) });
    }
    return result;
}

QVariant share(int part, int whole)
{
    return whole > 0 ? QVariant(double(part) / whole) : QVariant();
}

// A table of categories by gender: Total, then the four genders, and a total row.
ReportTable genderTable(const QString& key, const QString& title, const QString& firstHeader,
                        const QList<Category>& rows, const QHash<QString, GenderCounts>& counts,
                        const QString& totalLabel)
{
    ReportTable table;
    table.key = key;
    table.title = title;
    table.headers = QStringList { firstHeader, ReportQuery::tr("Total") } + ReportQuery::genderLabels();
    table.kinds = { Kind::Text, Kind::Count, Kind::Count, Kind::Count, Kind::Count, Kind::Count };
    table.totalColumns = { 1 };
    table.chart = ReportTable::Chart::Bars;
    table.chartColumns = { 2, 3, 4, 5 };
    GenderCounts sums {};
    for (const Category& category : rows) {
        const GenderCounts row = counts.value(category.code);
        int total = 0;
        QVariantList values { category.label, 0 };
        for (int g = 0; g < 4; ++g) {
            values.append(row[g]);
            total += row[g];
            sums[g] += row[g];
        }
        values[1] = total;
        table.rows.append(values);
    }
    QVariantList totals { totalLabel, sums[0] + sums[1] + sums[2] + sums[3] };
    for (int g = 0; g < 4; ++g) {
        totals.append(sums[g]);
    }
    table.totalRows = { table.rowCount() };
    table.rows.append(totals);
    return table;
}

QString monthLabel(const QString& yearMonth)
{
    const QDate first = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yyyy")) : yearMonth;
}

// The months the period touches, as "yyyy-MM".
QStringList monthsOf(const ReportParameters& parameters)
{
    QStringList months;
    for (QDate month(parameters.from.year(), parameters.from.month(), 1); month <= parameters.to;
         month = month.addMonths(1)) {
        months.append(month.toString(QStringLiteral("yyyy-MM")));
    }
    return months;
}

double median(QList<int> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

// The median of a histogram (value → count).
QVariant medianOf(const QMap<int, int>& histogram)
{
    int total = 0;
    for (const int count : histogram) {
        total += count;
    }
    if (total == 0) {
        return {};
    }
    const auto at = [&histogram](int position) {
        int seen = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            seen += it.value();
            if (position < seen) {
                return it.key();
            }
        }
        return histogram.lastKey();
    };
    return total % 2 == 1 ? double(at(total / 2)) : (at(total / 2 - 1) + at(total / 2)) / 2.0;
}

} // namespace

QStringList ReportQuery::keys()
{
    return { QStringLiteral("participants"), QStringLiteral("entry"),         QStringLiteral("exits"),
             QStringLiteral("follow_ups"),   QStringLiteral("time"),          QStringLiteral("no_one_lost"),
             QStringLiteral("activity"),     QStringLiteral("interventions"), QStringLiteral("outreach"),
             QStringLiteral("kaa") };
}

ReportQuery::ReportQuery(Database& database, CentreSettings& centre) : m_database(database), m_centre(centre) { }

int ReportQuery::ageGroup(int age)
{
    if (age >= 15 && age <= 17) {
        return 0;
    }
    if (age >= 18 && age <= 19) {
        return 1;
    }
    if (age >= 20 && age <= 24) {
        return 2;
    }
    if (age >= 25 && age <= 29) {
        return 3;
    }
    return 4;
}

QStringList ReportQuery::ageGroupLabels()
{
    return { tr("15–17"), tr("18–19"), tr("20–24"), tr("25–29"), tr("Other age") };
}

int ReportQuery::genderIndex(const QString& code)
{
    static const QStringList codes { QStringLiteral("woman"), QStringLiteral("man"), QStringLiteral("other") };
    const qsizetype index = codes.indexOf(code);
    return index < 0 ? 3 : int(index);
}

QStringList ReportQuery::genderLabels()
{
    return { Vocabulary::label(Gender::Woman), Vocabulary::label(Gender::Man), Vocabulary::label(Gender::Other),
             Vocabulary::label(Gender::NotStated) };
}

Result<void> ReportQuery::mayView() const
{
    if (m_allowed && !m_allowed(Permission::ViewReports)) {
        return fail(tr("Reports are for coordinators and administrators."));
    }
    return success();
}

Result<Report> ReportQuery::begin(const QString& key, const QString& title, const QString& definition) const
{
    if (Result<void> allowed = mayView(); !allowed) {
        return allowed.error();
    }
    Report report;
    report.key = key;
    report.title = title;
    report.definition = definition;
    return report;
}

Result<Report> ReportQuery::report(const QString& key, const ReportParameters& parameters) const
{
    using Method = Result<Report> (ReportQuery::*)(const ReportParameters&) const;
    static const QHash<QString, Method> methods {
        { QStringLiteral("participants"), &ReportQuery::participants },
        { QStringLiteral("entry"), &ReportQuery::situationAtEntry },
        { QStringLiteral("exits"), &ReportQuery::exits },
        { QStringLiteral("follow_ups"), &ReportQuery::followUps },
        { QStringLiteral("time"), &ReportQuery::timeInProgramme },
        { QStringLiteral("no_one_lost"), &ReportQuery::noOneLost },
        { QStringLiteral("activity"), &ReportQuery::activity },
        { QStringLiteral("interventions"), &ReportQuery::interventions },
        { QStringLiteral("outreach"), &ReportQuery::outreach },
        { QStringLiteral("kaa"), &ReportQuery::kaa },
    };
    const Method method = methods.value(key);
    if (!method) {
        return fail(tr("There is no report called %1.").arg(key));
    }
    return (this->*method)(parameters);
}

Result<QList<Report>> ReportQuery::all(const ReportParameters& parameters) const
{
    QList<Report> reports;
    for (const QString& key : keys()) {
        Result<Report> one = report(key, parameters);
        if (!one) {
            return one.error();
        }
        reports.append(std::move(one).value());
    }
    return reports;
}

Result<Report> ReportQuery::participants(const ReportParameters& parameters) const
{
    Result<Report> begun = begin(
        QStringLiteral("participants"), tr("Participants"),
        tr("Counted are enrolment periods. Active at the start: a period that began before the first day and had not "
           "ended before it. New: a period that began in the period. Exits: a period whose exit date is in the period "
           "(an exit on the last day counts as an exit, and the youth is not active at the end). Active at the end: a "
           "period that began by the last day and had not ended by it. A youth who exits and is enrolled again in the "
           "same period counts once as an exit and once as new. Exits registered in error are not counted at all. Age "
           "is counted at the start of the enrolment period; without a birth date it is 'Other age'."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();

    QVariantList binds { iso(parameters.from), iso(parameters.from), iso(parameters.to),
                         iso(parameters.to),   iso(parameters.to),   iso(parameters.from) };
    const QString sql = QStringLiteral("SELECT y.gender, %1,"
                                       " SUM(CASE WHEN p.start_date < ? THEN 1 ELSE 0 END),"
                                       " SUM(CASE WHEN p.start_date >= ? THEN 1 ELSE 0 END),"
                                       " SUM(CASE WHEN p.end_date <= ? THEN 1 ELSE 0 END),"
                                       " SUM(CASE WHEN p.end_date IS NULL OR p.end_date > ? THEN 1 ELSE 0 END)"
                                       " FROM enrolment_period p JOIN youth y ON y.id = p.youth_id"
                                       " WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)")
                            .arg(ageSql(m_database.dialect(), QStringLiteral("p.start_date")))
        + kNotInError + scope(parameters, binds) + QStringLiteral(" GROUP BY 1, 2");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.participants");
    if (!rows) {
        return rows.error();
    }
    // figure (0 start, 1 new, 2 exits, 3 end, 4 cumulative) × (4 genders + 5 age groups)
    std::array<std::array<int, 9>, 5> figures {};
    for (const QVariantList& row : *rows) {
        const int gender = genderIndex(row.at(0).toString());
        const int age = row.at(1).isNull() ? -1 : row.at(1).toInt();
        for (int f = 0; f < 4; ++f) {
            figures[f][gender] += row.at(2 + f).toInt();
            figures[f][4 + ageGroup(age)] += row.at(2 + f).toInt();
        }
    }

    // Read with their errors: a failed read must not make the figures since the project start vanish silently.
    const Result<QVariant> startSetting = m_centre.read(CentreSettings::Key::ProjectStart);
    const Result<QVariant> plannedSetting = m_centre.read(CentreSettings::Key::PlannedParticipants);
    if (!startSetting.ok() || !plannedSetting.ok()) {
        return startSetting.ok() ? plannedSetting.error() : startSetting.error();
    }
    const QDate projectStart = QDate::fromString(startSetting->toString(), Qt::ISODate);
    const bool cumulative = projectStart.isValid() && projectStart <= parameters.to;
    if (cumulative) {
        QVariantList cumulativeBinds { iso(parameters.to), iso(projectStart) };
        const QString inner = QStringLiteral("SELECT p.youth_id, MIN(p.start_date) AS first_start"
                                             " FROM enrolment_period p"
                                             " WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)")
            + kNotInError + QStringLiteral(" GROUP BY p.youth_id");
        const QString cumulativeSql = QStringLiteral("SELECT y.gender, %1, COUNT(*) FROM (%2) f"
                                                     " JOIN youth y ON y.id = f.youth_id WHERE 1 = 1")
                                          .arg(ageSql(m_database.dialect(), QStringLiteral("f.first_start")), inner)
            + scope(parameters, cumulativeBinds) + QStringLiteral(" GROUP BY 1, 2");
        const Result<Rows> cumulativeRows
            = select(m_database, cumulativeSql, cumulativeBinds, "reports.participants_cumulative");
        if (!cumulativeRows) {
            return cumulativeRows.error();
        }
        for (const QVariantList& row : *cumulativeRows) {
            const int age = row.at(1).isNull() ? -1 : row.at(1).toInt();
            figures[4][genderIndex(row.at(0).toString())] += row.at(2).toInt();
            figures[4][4 + ageGroup(age)] += row.at(2).toInt();
        }
    }

    ReportTable table;
    table.key = QStringLiteral("participants");
    table.title = tr("Participants by gender and age group");
    table.headers = QStringList { tr("Figure"), tr("Total") } + genderLabels() + ageGroupLabels();
    table.kinds = { Kind::Text };
    for (int c = 1; c < table.headers.size(); ++c) {
        table.kinds.append(Kind::Count);
    }
    table.totalColumns = { 1 };
    table.chart = ReportTable::Chart::Bars;
    table.chartColumns = { 2, 3, 4, 5 };
    QStringList labels { tr("Active at the start"), tr("New"), tr("Exits"), tr("Active at the end") };
    if (cumulative) {
        labels.append(tr("Participants since the project start (%1)").arg(iso(projectStart)));
    }
    for (int f = 0; f < labels.size(); ++f) {
        QVariantList row { labels.at(f), figures[f][0] + figures[f][1] + figures[f][2] + figures[f][3] };
        for (int c = 0; c < 9; ++c) {
            row.append(figures[f][c]);
        }
        table.rows.append(row);
    }
    report.tables.append(table);

    const int planned = std::max(0, plannedSetting->toInt());
    if (cumulative && planned > 0) {
        ReportTable plan;
        plan.key = QStringLiteral("participants_plan");
        plan.title = tr("Planned and actual participants");
        plan.headers = { tr("Figure"), tr("Participants"), tr("Share of planned") };
        plan.kinds = { Kind::Text, Kind::Count, Kind::Share };
        plan.totalColumns = { 1 };
        const int actual = figures[4][0] + figures[4][1] + figures[4][2] + figures[4][3];
        plan.rows.append({ tr("Planned participants"), planned, QVariant() });
        plan.rows.append({ tr("Participants since the project start"), actual, share(actual, planned) });
        plan.chart = ReportTable::Chart::Bars;
        plan.chartColumns = { 1 };
        report.tables.append(plan);
    }

    // Month by month: new and exits per month, and the running count at each month's end.
    const SqlDialect& dialect = m_database.dialect();
    QVariantList monthBinds { iso(parameters.from), iso(parameters.to) };
    QString monthSql
        = QStringLiteral("SELECT 'n', %1, COUNT(*) FROM enrolment_period p"
                         " JOIN youth y ON y.id = p.youth_id WHERE p.start_date >= ? AND p.start_date <= ?")
              .arg(dialect.textPrefix(QStringLiteral("p.start_date"), 7))
        + kNotInError + scope(parameters, monthBinds) + QStringLiteral(" GROUP BY 2");
    monthBinds << iso(parameters.from) << iso(parameters.to);
    monthSql += QStringLiteral(" UNION ALL SELECT 'x', %1, COUNT(*) FROM enrolment_period p"
                               " JOIN youth y ON y.id = p.youth_id WHERE p.end_date >= ? AND p.end_date <= ?")
                    .arg(dialect.textPrefix(QStringLiteral("p.end_date"), 7))
        + kNotInError + scope(parameters, monthBinds) + QStringLiteral(" GROUP BY 2");
    const Result<Rows> monthRows = select(m_database, monthSql, monthBinds, "reports.participants_months");
    if (!monthRows) {
        return monthRows.error();
    }
    QHash<QString, int> newByMonth;
    QHash<QString, int> exitsByMonth;
    for (const QVariantList& row : *monthRows) {
        (row.at(0).toString() == u'n' ? newByMonth : exitsByMonth)[row.at(1).toString()] += row.at(2).toInt();
    }
    ReportTable months;
    months.key = QStringLiteral("participants_by_month");
    months.title = tr("New and exits month by month");
    months.headers = { tr("Month"), tr("New"), tr("Exits"), tr("Active at the end of the month") };
    months.kinds = { Kind::Text, Kind::Count, Kind::Count, Kind::Count };
    // A line needs two months at least; one month is read from the table.
    months.chart = monthsOf(parameters).size() > 1 ? ReportTable::Chart::Lines : ReportTable::Chart::None;
    months.chartColumns = { 1, 2, 3 };
    int running = figures[0][0] + figures[0][1] + figures[0][2] + figures[0][3];
    for (const QString& month : monthsOf(parameters)) {
        running += newByMonth.value(month) - exitsByMonth.value(month);
        months.rows.append({ monthLabel(month), newByMonth.value(month), exitsByMonth.value(month), running });
    }
    report.tables.append(months);
    return report;
}

Result<Report> ReportQuery::situationAtEntry(const ReportParameters& parameters) const
{
    Result<Report> begun
        = begin(QStringLiteral("entry"), tr("Situation at entry"),
                tr("The situation recorded at entry for every enrolment period that began in the period (a "
                   "youth enrolled twice counts twice). Education is grouped by ISCED level. The KAA group "
                   "is the youth's mark at entry, or under 20 without a completed upper-secondary education "
                   "and not in education."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    QVariantList binds { iso(parameters.from), iso(parameters.to) };
    const QString sql = QStringLiteral("SELECT y.gender, p.labour_situation, p.time_without, p.education, p.income,"
                                       " %1, COUNT(*) FROM enrolment_period p JOIN youth y ON y.id = p.youth_id"
                                       " WHERE p.start_date >= ? AND p.start_date <= ?")
                            .arg(kaaSql(m_database.dialect()))
        + kNotInError + scope(parameters, binds) + QStringLiteral(" GROUP BY 1, 2, 3, 4, 5, 6");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.entry");
    if (!rows) {
        return rows.error();
    }
    std::array<QHash<QString, GenderCounts>, 5> counts; // labour, time, ISCED band, income, KAA
    for (const QVariantList& row : *rows) {
        const int gender = genderIndex(row.at(0).toString());
        const int n = row.at(6).toInt();
        counts[0][row.at(1).toString()][gender] += n;
        counts[1][row.at(2).toString()][gender] += n;
        const Education education = EnrolmentVocabulary::fromCode<Education>(row.at(3).toString());
        counts[2][QString::number(int(EnrolmentVocabulary::isced(education)))][gender] += n;
        counts[3][row.at(4).toString()][gender] += n;
        counts[4][row.at(5).toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0")][gender] += n;
    }
    const QString all = tr("All new participants");
    report.tables.append(genderTable(QStringLiteral("entry_labour"), tr("Labour-market situation at entry"),
                                     tr("Situation"), categories<LabourSituation>(), counts[0], all));
    report.tables.append(genderTable(QStringLiteral("entry_time"), tr("Time without work or studies"), tr("Time"),
                                     categories<TimeWithout>(), counts[1], all));
    QList<Category> bands;
    for (const IscedBand band :
         { IscedBand::Isced1To2, IscedBand::Isced3To4, IscedBand::Isced5To8, IscedBand::NotKnown }) {
        bands.append({ QString::number(int(band)), EnrolmentVocabulary::label(band) });
    }
    report.tables.append(genderTable(QStringLiteral("entry_education"), tr("Education level (ISCED)"), tr("Level"),
                                     bands, counts[2], all));
    report.tables.append(genderTable(QStringLiteral("entry_income"), tr("Income at entry"), tr("Income"),
                                     categories<Income>(), counts[3], all));
    report.tables.append(genderTable(
        QStringLiteral("entry_kaa"), tr("KAA group at entry"), tr("Group"),
        { { QStringLiteral("1"), tr("In the KAA group") }, { QStringLiteral("0"), tr("Not in the KAA group") } },
        counts[4], all));
    return report;
}

Result<Report> ReportQuery::exits(const ReportParameters& parameters) const
{
    Result<Report> begun = begin(
        QStringLiteral("exits"), tr("Exits and results"),
        tr("Exits in force (not reopened) dated in the period; exits registered in error are never counted. In work or "
           "studies: employed, subsidised employment, self-employed or studies at exit. Closer to the labour market: "
           "those, job-seeking at the employment service, or a labour-market programme."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    QVariantList binds { iso(parameters.from), iso(parameters.to) };
    const QString sql = QStringLiteral("SELECT y.gender, x.reason, x.situation, COUNT(*) FROM enrolment_exit x"
                                       " JOIN enrolment_period p ON p.id = x.period_id"
                                       " JOIN youth y ON y.id = p.youth_id"
                                       " WHERE x.reopened_at IS NULL AND x.reason <> 'in_error'"
                                       " AND x.exit_date >= ? AND x.exit_date <= ?")
        + scope(parameters, binds) + QStringLiteral(" GROUP BY 1, 2, 3");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.exits");
    if (!rows) {
        return rows.error();
    }
    static const QStringList work { QStringLiteral("employed"), QStringLiteral("subsidised_employment"),
                                    QStringLiteral("self_employed"), QStringLiteral("studies") };
    static const QStringList closer { QStringLiteral("job_seeking"), QStringLiteral("labour_market_programme") };
    QHash<QString, GenderCounts> byReason;
    QHash<QString, GenderCounts> bySituation;
    int total = 0;
    int inWork = 0;
    int closerCount = 0;
    for (const QVariantList& row : *rows) {
        const int gender = genderIndex(row.at(0).toString());
        const int n = row.at(3).toInt();
        byReason[row.at(1).toString()][gender] += n;
        const QString situation = row.at(2).toString();
        bySituation[situation][gender] += n;
        total += n;
        if (work.contains(situation)) {
            inWork += n;
            closerCount += n;
        } else if (closer.contains(situation)) {
            closerCount += n;
        }
    }
    QList<Category> reasons = categories<ExitReason>();
    reasons.removeIf([](const Category& c) { return c.code == QLatin1String("in_error"); });
    const QString all = tr("All exits");
    report.tables.append(
        genderTable(QStringLiteral("exits_reason"), tr("Exits by reason"), tr("Reason"), reasons, byReason, all));
    report.tables.append(genderTable(QStringLiteral("exits_situation"), tr("Situation at exit"), tr("Situation"),
                                     categories<Situation>(), bySituation, all));
    ReportTable results;
    results.key = QStringLiteral("exits_results");
    results.title = tr("Results at exit");
    results.headers = { tr("Result"), tr("Youths"), tr("Share of exits") };
    results.kinds = { Kind::Text, Kind::Count, Kind::Share };
    results.rows = { { tr("In work or studies"), inWork, share(inWork, total) },
                     { tr("Closer to the labour market"), closerCount, share(closerCount, total) },
                     { all, total, QVariant() } };
    results.totalRows = { 2 };
    results.chart = ReportTable::Chart::Bars;
    results.chartColumns = { 2 };
    report.tables.append(results);
    return report;
}

Result<Report> ReportQuery::followUps(const ReportParameters& parameters) const
{
    Result<Report> begun = begin(
        QStringLiteral("follow_ups"), tr("Follow-ups"),
        tr("Follow-ups due in the period, of exits in force (a reopened exit cancels its follow-ups, which are not "
           "counted). Response rate: done out of those closed (done or not reached). The situations compare, for the "
           "follow-ups that were done, the situation at the follow-up with the same youths' situation at exit."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    QVariantList binds { iso(parameters.from), iso(parameters.to) };
    const QString sql = QStringLiteral("SELECT u.offset_code, u.status, COALESCE(u.situation, ''), x.situation,"
                                       " COUNT(*) FROM follow_up u JOIN enrolment_exit x ON x.id = u.exit_id"
                                       " JOIN youth y ON y.id = u.youth_id"
                                       " WHERE u.status <> 'cancelled' AND x.reopened_at IS NULL"
                                       " AND x.reason <> 'in_error' AND u.due_on >= ? AND u.due_on <= ?")
        + scope(parameters, binds) + QStringLiteral(" GROUP BY 1, 2, 3, 4");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.follow_ups");
    if (!rows) {
        return rows.error();
    }
    struct Tally
    {
        int due = 0;
        int done = 0;
        int notReached = 0;
        QHash<QString, int> atExit; // of the done ones
        QHash<QString, int> atFollowUp;
    };
    QMap<std::pair<int, QString>, QString> order; // (approximate days, code) → code: 4 weeks before 6 months
    QHash<QString, Tally> tallies;
    for (const QVariantList& row : *rows) {
        const QString offset = row.at(0).toString();
        const QString status = row.at(1).toString();
        const int n = row.at(4).toInt();
        Tally& tally = tallies[offset];
        const int days = offset.chopped(1).toInt() * (offset.endsWith(u'w') ? 7 : 30);
        order.insert({ days, offset }, offset);
        tally.due += n;
        if (status == QLatin1String("done")) {
            tally.done += n;
            tally.atFollowUp[row.at(2).toString()] += n;
            tally.atExit[row.at(3).toString()] += n;
        } else if (status == QLatin1String("not_reached")) {
            tally.notReached += n;
        }
    }
    ReportTable status;
    status.key = QStringLiteral("follow_ups_status");
    status.title = tr("Follow-ups due in the period");
    status.headers
        = { tr("Follow-up"), tr("Due"), tr("Done"), tr("Not reached"), tr("Still open"), tr("Response rate") };
    status.kinds = { Kind::Text, Kind::Count, Kind::Count, Kind::Count, Kind::Count, Kind::Share };
    status.totalColumns = { 1 }; // "due" is the row's total
    status.chart = ReportTable::Chart::Bars;
    status.chartColumns = { 2, 3, 4 };
    Tally sum;
    for (const QString& offset : order) {
        const Tally& t = tallies.value(offset);
        status.rows.append({ EnrolmentVocabulary::offsetLabel(offset), t.due, t.done, t.notReached,
                             t.due - t.done - t.notReached, share(t.done, t.done + t.notReached) });
        sum.due += t.due;
        sum.done += t.done;
        sum.notReached += t.notReached;
    }
    status.totalRows = { status.rowCount() };
    status.rows.append({ tr("All follow-ups"), sum.due, sum.done, sum.notReached, sum.due - sum.done - sum.notReached,
                         share(sum.done, sum.done + sum.notReached) });
    report.tables.append(status);

    ReportTable situations;
    situations.key = QStringLiteral("follow_ups_situation");
    situations.title = tr("Situation at follow-up against the situation at exit");
    situations.headers = { tr("Situation") };
    situations.kinds = { Kind::Text };
    for (const QString& offset : order) {
        const QString label = EnrolmentVocabulary::offsetLabel(offset);
        situations.headers << tr("At exit (%1 cohort)").arg(label) << tr("After %1").arg(label);
        situations.kinds << Kind::Count << Kind::Count;
    }
    for (const Category& category : categories<Situation>()) {
        QVariantList row { category.label };
        for (const QString& offset : order) {
            row << tallies.value(offset).atExit.value(category.code)
                << tallies.value(offset).atFollowUp.value(category.code);
        }
        situations.rows.append(row);
    }
    if (!order.isEmpty()) {
        situations.chart = ReportTable::Chart::Bars;
        for (int c = 1; c < situations.columnCount(); ++c) {
            situations.chartColumns.append(c);
        }
    }
    report.tables.append(situations);
    return report;
}

Result<Report> ReportQuery::timeInProgramme(const ReportParameters& parameters) const
{
    Result<Report> begun
        = begin(QStringLiteral("time"), tr("Time in the programme"),
                tr("Days from the start of an enrolment period to its exit (periods that ended in the "
                   "period), or to the last day of the period (periods still running then). Under 1 month: "
                   "0–30 days; 1–3 months: 31–91; 3–6 months: 92–182; 6–12 months: 183–365; over 12 "
                   "months: 366 days or more. Exits registered in error are not counted."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    QVariantList binds { iso(parameters.to), iso(parameters.to), iso(parameters.to), iso(parameters.to),
                         iso(parameters.from) };
    const QString sql
        = QStringLiteral("SELECT CASE WHEN p.end_date IS NOT NULL AND p.end_date <= ? THEN 1 ELSE 0 END, %1, COUNT(*)"
                         " FROM enrolment_period p JOIN youth y ON y.id = p.youth_id"
                         " WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)")
              .arg(m_database.dialect().daysBetween(
                  QStringLiteral("CASE WHEN p.end_date IS NOT NULL AND p.end_date <= ? THEN p.end_date ELSE ? END"),
                  QStringLiteral("p.start_date")))
        + kNotInError + scope(parameters, binds) + QStringLiteral(" GROUP BY 1, 2");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.time");
    if (!rows) {
        return rows.error();
    }
    std::array<QMap<int, int>, 2> histogram; // 0 ongoing, 1 ended
    for (const QVariantList& row : *rows) {
        histogram[row.at(0).toInt() != 0 ? 1 : 0][row.at(1).toInt()] += row.at(2).toInt();
    }
    static constexpr std::array<int, 4> upper { 30, 91, 182, 365 };
    const auto bucket = [](int days) {
        for (int b = 0; b < 4; ++b) {
            if (days <= upper[b]) {
                return b;
            }
        }
        return 4;
    };
    std::array<std::array<int, 5>, 2> buckets {};
    for (int kind = 0; kind < 2; ++kind) {
        for (auto it = histogram[kind].cbegin(); it != histogram[kind].cend(); ++it) {
            buckets[kind][bucket(it.key())] += it.value();
        }
    }
    ReportTable distribution;
    distribution.key = QStringLiteral("time_distribution");
    distribution.title = tr("Time in the programme");
    distribution.headers = { tr("Length"), tr("Exited in the period"), tr("Still enrolled at the end") };
    distribution.kinds = { Kind::Text, Kind::Count, Kind::Count };
    distribution.chart = ReportTable::Chart::Bars;
    distribution.chartColumns = { 1, 2 };
    const QStringList lengths { tr("Under 1 month"), tr("1–3 months"), tr("3–6 months"), tr("6–12 months"),
                                tr("Over 12 months") };
    for (int b = 0; b < 5; ++b) {
        distribution.rows.append({ lengths.at(b), buckets[1][b], buckets[0][b] });
    }
    int ended = 0;
    int ongoing = 0;
    for (int b = 0; b < 5; ++b) {
        ended += buckets[1][b];
        ongoing += buckets[0][b];
    }
    distribution.totalRows = { 5 };
    distribution.rows.append({ tr("All periods"), ended, ongoing });
    report.tables.append(distribution);

    ReportTable medians;
    medians.key = QStringLiteral("time_median");
    medians.title = tr("Median time in the programme");
    medians.headers = { tr("Periods"), tr("Number"), tr("Median (days)"), tr("Median (months)") };
    medians.kinds = { Kind::Text, Kind::Count, Kind::Number, Kind::Number };
    medians.totalColumns = { 1 };
    const auto monthsOfDays = [](const QVariant& days) {
        return days.isNull() ? QVariant() : QVariant(days.toDouble() / 30.44);
    };
    const QVariant endedMedian = medianOf(histogram[1]);
    const QVariant ongoingMedian = medianOf(histogram[0]);
    medians.rows = { { tr("Exited in the period"), ended, endedMedian, monthsOfDays(endedMedian) },
                     { tr("Still enrolled at the end"), ongoing, ongoingMedian, monthsOfDays(ongoingMedian) } };
    report.tables.append(medians);
    return report;
}

Result<Report> ReportQuery::noOneLost(const ReportParameters& parameters) const
{
    const QDate today = Clock::today();
    Result<Report> begun = begin(
        QStringLiteral("no_one_lost"), tr("No one lost"),
        tr("The register as it is today (%1), whatever the period: youths with the status Active. With an action "
           "plan: "
           "the youth has a plan. Reviewed in time: the latest plan version's next review date has not passed. "
           "Contact: a successful contact (not an unanswered attempt, not struck out) in the last 30 days. The names "
           "are shown on screen only, never printed or exported.")
            .arg(iso(today)));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    QVariantList binds { iso(today), iso(today.addDays(-30)) };
    const QString sql = QStringLiteral("SELECT y.id, y.first_name || ' ' || y.last_name, COALESCE(s.name, ''),"
                                       " a.id IS NOT NULL, a.next_review IS NOT NULL AND a.next_review >= ?,"
                                       " y.last_contact_at IS NOT NULL AND y.last_contact_at >= ?"
                                       " FROM youth y LEFT JOIN staff s ON s.id = y.mentor_id"
                                       " LEFT JOIN action_plan a ON a.youth_id = y.id"
                                       " AND a.version = (SELECT MAX(version) FROM action_plan WHERE youth_id = y.id)"
                                       " WHERE y.status = 'active'")
        + scope(parameters, binds)
        + QStringLiteral(" ORDER BY y.last_name COLLATE NOCASE, y.first_name COLLATE NOCASE");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.no_one_lost");
    if (!rows) {
        return rows.error();
    }
    int active = 0;
    std::array<int, 3> met {};
    ReportTable names;
    names.key = QStringLiteral("no_one_lost_names");
    names.title = tr("Active youths who miss one of these");
    names.headers = { tr("Name"), tr("Mentor"), tr("Action plan"), tr("Review"), tr("Contact in 30 days") };
    names.kinds = { Kind::Text, Kind::Text, Kind::Text, Kind::Text, Kind::Text };
    names.onScreenOnly = true;
    const QString missing = tr("Missing");
    const QString overdue = tr("Overdue");
    const QString none = tr("None");
    for (const QVariantList& row : *rows) {
        ++active;
        const bool plan = row.at(3).toBool();
        const bool review = row.at(4).toBool();
        const bool contact = row.at(5).toBool();
        met[0] += plan ? 1 : 0;
        met[1] += review ? 1 : 0;
        met[2] += contact ? 1 : 0;
        if (!plan || !review || !contact) {
            names.rows.append({ row.at(1), row.at(2), plan ? QString() : missing, plan && !review ? overdue : QString(),
                                contact ? QString() : none });
        }
    }
    ReportTable shares;
    shares.key = QStringLiteral("no_one_lost");
    shares.title = tr("Active youths today");
    shares.headers = { tr("Measure"), tr("Youths"), tr("Share of active youths") };
    shares.kinds = { Kind::Text, Kind::Count, Kind::Share };
    shares.rows = { { tr("With an action plan"), met[0], share(met[0], active) },
                    { tr("With the plan reviewed in time"), met[1], share(met[1], active) },
                    { tr("With a successful contact in the last 30 days"), met[2], share(met[2], active) },
                    { tr("Active youths"), active, QVariant() } };
    shares.totalRows = { 3 };
    shares.chart = ReportTable::Chart::Bars;
    shares.chartColumns = { 2 };
    report.tables.append(shares);
    report.tables.append(names);
    return report;
}

Result<Report> ReportQuery::activity(const ReportParameters& parameters) const
{
    Result<Report> begun = begin(
        QStringLiteral("activity"), tr("Activity"),
        tr("Contacts and attempts in the timeline dated in the period, by kind and month; struck-out entries and "
           "entries "
           "replaced by a correction are not counted. Named drop-in visits are drop-in entries of registered youths; "
           "unique visitors count each youth "
           "once a month. Anonymous visits and group activities are counted from the meeting place; attendance is "
           "the number of youths ticked on the activities' lists. With filters, anonymous visits and activities are "
           "not shown (they belong to no youth)."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    const SqlDialect& dialect = m_database.dialect();
    const QString fromText = iso(parameters.from);
    const QString untilText = iso(parameters.to.addDays(1));
    QVariantList binds;
    const QString filter = scope(parameters, binds);
    const QStringList months = monthsOf(parameters);
    QHash<QString, QHash<QString, int>> byMonth; // month → kind code → count
    QHash<QString, int> uniqueVisitors;
    QHash<QString, int> kindTotals;
    const auto add = [&](const QString& month, const QString& kind, int count, int visitors) {
        byMonth[month][kind] += count;
        kindTotals[kind] += count;
        uniqueVisitors[month] += visitors;
    };
    if (filter.isEmpty()) {
        // One statement a month over the covering kind-and-time index: each groups in the index's own order, with
        // no sort of a year's contacts (schema 10).
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral(
                "SELECT c.kind, SUM(CASE WHEN c.struck_at IS NULL THEN 1 ELSE 0 END),"
                " COUNT(DISTINCT CASE WHEN c.kind = 'drop_in' AND c.struck_at IS NULL THEN c.youth_id END)"
                " FROM contact c WHERE c.kind IN ('meeting', 'phone', 'sms', 'email', 'video', 'home_visit',"
                " 'drop_in', 'group_activity', 'letter', 'attempt') AND c.occurred_at >= ? AND c.occurred_at < ?"
                " GROUP BY c.kind"))) {
            return SqlRead::failed(query, "reports.activity_contacts");
        }
        for (const QString& month : months) {
            const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
            query.bindValue(0, iso(std::max(first, parameters.from)));
            query.bindValue(1, iso(std::min(first.addMonths(1), parameters.to.addDays(1))));
            if (!query.exec()) {
                return SqlRead::failed(query, "reports.activity_contacts");
            }
            while (query.next()) {
                add(month, query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt());
            }
            if (query.lastError().isValid()) {
                return SqlRead::failed(query, "reports.activity_contacts");
            }
        }
    } else {
        const QString sql
            = QStringLiteral("SELECT %1, c.kind,"
                             " SUM(CASE WHEN c.struck_at IS NULL THEN 1 ELSE 0 END),"
                             " COUNT(DISTINCT CASE WHEN c.kind = 'drop_in' AND c.struck_at IS NULL THEN c.youth_id END)"
                             " FROM contact c JOIN youth y ON y.id = c.youth_id"
                             " WHERE c.occurred_at >= ? AND c.occurred_at < ?")
                  .arg(dialect.textPrefix(QStringLiteral("c.occurred_at"), 7))
            + filter + QStringLiteral(" GROUP BY 1, 2");
        const Result<Rows> rows
            = select(m_database, sql, QVariantList { fromText, untilText } + binds, "reports.activity_contacts");
        if (!rows) {
            return rows.error();
        }
        for (const QVariantList& row : *rows) {
            add(row.at(0).toString(), row.at(1).toString(), row.at(2).toInt(), row.at(3).toInt());
        }
    }
    // A corrected entry is replaced by its correction (which counts in its own right): the originals are taken
    // away again, found through the few corrections.
    {
        QVariantList correctionBinds { fromText, untilText };
        const QString correctionFilter = filter.isEmpty() ? QString() : scope(parameters, correctionBinds);
        const Result<Rows> corrected
            = select(m_database,
                     QStringLiteral("SELECT %1, o.kind, COUNT(DISTINCT o.id) FROM contact k"
                                    " JOIN contact o ON o.id = k.corrects_id JOIN youth y ON y.id = o.youth_id"
                                    " WHERE k.corrects_id IS NOT NULL AND k.struck_at IS NULL AND o.struck_at IS NULL"
                                    " AND o.occurred_at >= ? AND o.occurred_at < ?")
                             .arg(dialect.textPrefix(QStringLiteral("o.occurred_at"), 7))
                         + correctionFilter + QStringLiteral(" GROUP BY 1, 2"),
                     correctionBinds, "reports.activity_corrected");
        if (!corrected) {
            return corrected.error();
        }
        for (const QVariantList& row : *corrected) {
            add(row.at(0).toString(), row.at(1).toString(), -row.at(2).toInt(), 0);
        }
    }
    const QList<ContactKind> kinds = Vocabulary::contactKinds();
    ReportTable contacts;
    contacts.key = QStringLiteral("activity_contacts");
    contacts.title = tr("Contacts by kind and month");
    contacts.headers = { tr("Month"), tr("Total") };
    contacts.kinds = { Kind::Text, Kind::Count };
    contacts.totalColumns = { 1 };
    QStringList shownKinds;
    for (const ContactKind kind : kinds) {
        const QString code = Vocabulary::code(kind);
        if (kindTotals.value(code) > 0) {
            shownKinds.append(code);
            contacts.headers.append(Vocabulary::label(kind));
            contacts.kinds.append(Kind::Count);
        }
    }
    QList<int> columnSums(shownKinds.size() + 1, 0);
    for (const QString& month : months) {
        QVariantList row { monthLabel(month), 0 };
        int total = 0;
        for (int k = 0; k < shownKinds.size(); ++k) {
            const int n = byMonth.value(month).value(shownKinds.at(k));
            row.append(n);
            total += n;
            columnSums[k + 1] += n;
        }
        row[1] = total;
        columnSums[0] += total;
        contacts.rows.append(row);
    }
    QVariantList totalRow { tr("Whole period") };
    for (const int sum : columnSums) {
        totalRow.append(sum);
    }
    contacts.totalRows = { contacts.rowCount() };
    contacts.rows.append(totalRow);
    contacts.chart = months.size() > 1 ? ReportTable::Chart::Lines : ReportTable::Chart::None;
    contacts.chartColumns = { 1 };
    report.tables.append(contacts);

    ReportTable meetingPlace;
    meetingPlace.key = QStringLiteral("activity_meeting_place");
    meetingPlace.title = tr("Meeting place month by month");
    meetingPlace.headers = { tr("Month"), tr("Named drop-in visits"), tr("Unique visitors") };
    meetingPlace.kinds = { Kind::Text, Kind::Count, Kind::Count };
    QHash<QString, int> anonymous;
    QHash<QString, int> activities;
    QHash<QString, int> attendance;
    if (filter.isEmpty()) {
        const QString visitSql
            = QStringLiteral("SELECT 'v', %1, COUNT(*) FROM anonymous_visit WHERE visited_at >= ? AND visited_at < ?"
                             " GROUP BY 2 UNION ALL SELECT 'g', %2, COUNT(*) FROM group_activity"
                             " WHERE held_on >= ? AND held_on <= ? GROUP BY 2 UNION ALL SELECT 'a', %3,"
                             " COUNT(DISTINCT %4 || '-' || %5)"
                             " FROM group_activity g JOIN contact c ON c.activity_id = g.id AND c.struck_at IS NULL"
                             " WHERE g.held_on >= ? AND g.held_on <= ? GROUP BY 2")
                  .arg(dialect.textPrefix(QStringLiteral("visited_at"), 7),
                       dialect.textPrefix(QStringLiteral("held_on"), 7),
                       dialect.textPrefix(QStringLiteral("g.held_on"), 7),
                       dialect.text(QStringLiteral("c.activity_id")), dialect.text(QStringLiteral("c.youth_id")));
        const Result<Rows> visits = select(
            m_database, visitSql, { fromText, untilText, fromText, iso(parameters.to), fromText, iso(parameters.to) },
            "reports.activity_meeting_place");
        if (!visits) {
            return visits.error();
        }
        for (const QVariantList& row : *visits) {
            const QString tag = row.at(0).toString();
            QHash<QString, int>& target = tag == u'v' ? anonymous : tag == u'g' ? activities : attendance;
            target[row.at(1).toString()] += row.at(2).toInt();
        }
        meetingPlace.headers << tr("Anonymous visits") << tr("Group activities") << tr("Attendance");
        meetingPlace.kinds << Kind::Count << Kind::Count << Kind::Count;
    }
    std::array<int, 5> sums {};
    for (const QString& month : months) {
        QVariantList row { monthLabel(month), byMonth.value(month).value(QStringLiteral("drop_in")),
                           uniqueVisitors.value(month) };
        if (filter.isEmpty()) {
            row << anonymous.value(month) << activities.value(month) << attendance.value(month);
        }
        for (int c = 1; c < row.size(); ++c) {
            sums[c - 1] += row.at(c).toInt();
        }
        meetingPlace.rows.append(row);
    }
    QVariantList sumRow { tr("Whole period") };
    for (int c = 1; c < meetingPlace.columnCount(); ++c) {
        sumRow.append(sums[c - 1]);
    }
    meetingPlace.totalRows = { meetingPlace.rowCount() };
    meetingPlace.rows.append(sumRow);
    meetingPlace.note = tr("Unique visitors over the whole period are the sum of the months' unique visitors.");
    meetingPlace.chart = months.size() > 1 ? ReportTable::Chart::Lines : ReportTable::Chart::None;
    meetingPlace.chartColumns = filter.isEmpty() ? QList<int> { 1, 2, 3 } : QList<int> { 1, 2 };
    report.tables.append(meetingPlace);
    return report;
}

Result<Report> ReportQuery::interventions(const ReportParameters& parameters) const
{
    Result<Report> begun = begin(
        QStringLiteral("interventions"), tr("Interventions and referrals"),
        tr("Started: participations with a start date in the period. Ongoing at the end: started by the last day and "
           "ongoing then (still ongoing, or ended after the period). Ended: completed or interrupted participations "
           "last changed in the period (Lotsen keeps no "
           "separate end date). Referrals sent in the period, by the kind of partner: answered means accepted or "
           "declined; unanswered means no answer yet or none came. Answer time: days from sending to the answer."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    QVariantList binds { iso(parameters.from),          iso(parameters.to),   iso(parameters.to),
                         iso(parameters.to.addDays(1)), iso(parameters.from), iso(parameters.to.addDays(1)) };
    QString sql
        = QStringLiteral("SELECT i.name, i.id,"
                         " SUM(CASE WHEN pa.start_date >= ? AND pa.start_date <= ? THEN 1 ELSE 0 END),"
                         " SUM(CASE WHEN pa.start_date <= ? AND (pa.status = 'ongoing' OR (pa.status IN ('completed',"
                         " 'interrupted') AND pa.updated_at >= ?)) THEN 1 ELSE 0 END),"
                         " SUM(CASE WHEN pa.status IN ('completed', 'interrupted') AND pa.updated_at >= ?"
                         " AND pa.updated_at < ? THEN 1 ELSE 0 END)"
                         " FROM participation pa JOIN intervention i ON i.id = pa.intervention_id"
                         " JOIN youth y ON y.id = pa.youth_id WHERE 1 = 1");
    if (parameters.interventionId != 0) {
        sql += QStringLiteral(" AND i.id = ?");
        binds.append(parameters.interventionId);
    }
    sql += scope(parameters, binds) + QStringLiteral(" GROUP BY i.id ORDER BY i.name COLLATE NOCASE");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.interventions");
    if (!rows) {
        return rows.error();
    }
    ReportTable participations;
    participations.key = QStringLiteral("interventions");
    participations.title = tr("Participants per intervention");
    participations.headers = { tr("Intervention"), tr("Started"), tr("Ongoing at the end"), tr("Ended") };
    participations.kinds = { Kind::Text, Kind::Count, Kind::Count, Kind::Count };
    participations.chart = ReportTable::Chart::Bars;
    participations.chartColumns = { 1, 2, 3 };
    std::array<int, 3> sums {};
    for (const QVariantList& row : *rows) {
        const int started = row.at(2).toInt();
        const int ongoing = row.at(3).toInt();
        const int ended = row.at(4).toInt();
        if (started + ongoing + ended == 0) {
            continue;
        }
        participations.rows.append({ row.at(0), started, ongoing, ended });
        sums[0] += started;
        sums[1] += ongoing;
        sums[2] += ended;
    }
    participations.totalRows = { participations.rowCount() };
    participations.rows.append({ tr("All interventions"), sums[0], sums[1], sums[2] });
    report.tables.append(participations);

    QVariantList referralBinds { iso(parameters.from), iso(parameters.to) };
    const QString referralSql
        = QStringLiteral("SELECT o.kind, r.status, CASE WHEN r.response_on IS NOT NULL AND r.status IN ('accepted',"
                         " 'declined') THEN %1 END,"
                         " COUNT(*) FROM referral r JOIN partner_org o ON o.id = r.org_id"
                         " JOIN youth y ON y.id = r.youth_id WHERE r.sent_on >= ? AND r.sent_on <= ?")
              .arg(m_database.dialect().daysBetween(QStringLiteral("r.response_on"), QStringLiteral("r.sent_on")))
        + scope(parameters, referralBinds) + QStringLiteral(" GROUP BY 1, 2, 3");
    const Result<Rows> referralRows = select(m_database, referralSql, referralBinds, "reports.referrals");
    if (!referralRows) {
        return referralRows.error();
    }
    struct Tally
    {
        std::array<int, 4> counts {}; // sent, accepted, declined, unanswered
        QMap<int, int> answerDays;
    };
    QHash<QString, Tally> byKind;
    Tally all;
    for (const QVariantList& row : *referralRows) {
        const QString status = row.at(1).toString();
        const int n = row.at(3).toInt();
        for (Tally* tally : { &byKind[row.at(0).toString()], &all }) {
            tally->counts[0] += n;
            if (status == QLatin1String("accepted")) {
                tally->counts[1] += n;
            } else if (status == QLatin1String("declined")) {
                tally->counts[2] += n;
            } else {
                tally->counts[3] += n;
            }
            if (!row.at(2).isNull()) {
                tally->answerDays[row.at(2).toInt()] += n;
            }
        }
    }
    ReportTable referrals;
    referrals.key = QStringLiteral("referrals");
    referrals.title = tr("Referrals by partner kind");
    referrals.headers = { tr("Partner kind"), tr("Sent"),       tr("Accepted"),
                          tr("Declined"),     tr("Unanswered"), tr("Median answer time (days)") };
    referrals.kinds = { Kind::Text, Kind::Count, Kind::Count, Kind::Count, Kind::Count, Kind::Number };
    referrals.chart = ReportTable::Chart::Bars;
    referrals.chartColumns = { 2, 3, 4 };
    for (const PartnerKind kind : Vocabulary::partnerKinds()) {
        const auto found = byKind.constFind(Vocabulary::code(kind));
        if (found == byKind.cend()) {
            continue;
        }
        const Tally& t = found.value();
        referrals.rows.append(
            { Vocabulary::label(kind), t.counts[0], t.counts[1], t.counts[2], t.counts[3], medianOf(t.answerDays) });
    }
    referrals.totalRows = { referrals.rowCount() };
    referrals.rows.append(
        { tr("All referrals"), all.counts[0], all.counts[1], all.counts[2], all.counts[3], medianOf(all.answerDays) });
    report.tables.append(referrals);
    return report;
}

Result<Report> ReportQuery::outreach(const ReportParameters& parameters) const
{
    Result<Report> begun = begin(
        QStringLiteral("outreach"), tr("Outreach"),
        tr("Prospects: youths registered in the period who were not enrolled on the day they were registered, by "
           "referral source (the KAA list, outreach, a referral from an agency, or coming by themselves). Contacted: "
           "at "
           "least one successful contact since. Enrolled: an enrolment period began since. Days to enrolment: from the "
           "first contact or attempt to the start of the first period (median)."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    QVariantList binds { iso(parameters.from), iso(parameters.to.addDays(1)) };
    // The cohort is small (registered in the period); read it per youth and group here, with the prospects
    // registered as participants on their first day left out.
    const SqlDialect& dialect = m_database.dialect();
    const QString cohortSql
        = QStringLiteral("SELECT y.referral_source, %1,"
                         " CASE WHEN EXISTS (SELECT 1 FROM contact c WHERE c.youth_id = y.id AND c.kind <> 'attempt'"
                         " AND c.struck_at IS NULL) THEN 1 ELSE 0 END,"
                         " (SELECT %2 FROM enrolment_period p WHERE p.youth_id = y.id"
                         " AND NOT EXISTS (SELECT 1 FROM enrolment_exit e WHERE e.period_id = p.id"
                         " AND e.reopened_at IS NULL AND e.reason = 'in_error')),"
                         " (SELECT %3 FROM contact c WHERE c.youth_id = y.id"
                         " AND c.struck_at IS NULL)"
                         " FROM youth y WHERE y.created_at >= ? AND y.created_at < ?")
              .arg(dialect.textPrefix(QStringLiteral("y.created_at"), 10),
                   dialect.text(QStringLiteral("MIN(p.start_date)")),
                   dialect.textPrefix(QStringLiteral("MIN(c.occurred_at)"), 10))
        + scope(parameters, binds);
    const Result<Rows> rows = select(m_database, cohortSql, binds, "reports.outreach");
    if (!rows) {
        return rows.error();
    }
    struct Tally
    {
        int prospects = 0;
        int contacted = 0;
        int enrolled = 0;
        QList<int> days;
    };
    QHash<QString, Tally> bySource;
    Tally all;
    for (const QVariantList& row : *rows) {
        const QString registered = row.at(1).toString();
        const QString enrolledOn = row.at(3).toString();
        if (!enrolledOn.isEmpty() && enrolledOn <= registered) {
            continue; // registered directly as a participant, not through outreach
        }
        const QString firstAttempt = row.at(4).toString().left(10);
        for (Tally* tally : { &bySource[row.at(0).toString()], &all }) {
            ++tally->prospects;
            tally->contacted += row.at(2).toBool() ? 1 : 0;
            if (!enrolledOn.isEmpty()) {
                ++tally->enrolled;
                if (!firstAttempt.isEmpty() && firstAttempt <= enrolledOn) {
                    tally->days.append(int(QDate::fromString(firstAttempt, Qt::ISODate)
                                               .daysTo(QDate::fromString(enrolledOn, Qt::ISODate))));
                }
            }
        }
    }
    ReportTable funnel;
    funnel.key = QStringLiteral("outreach");
    funnel.title = tr("From prospect to participant");
    funnel.headers = { tr("Source"),   tr("Prospects"),      tr("Contacted"),
                       tr("Enrolled"), tr("Share enrolled"), tr("Median days to enrolment") };
    funnel.kinds = { Kind::Text, Kind::Count, Kind::Count, Kind::Count, Kind::Share, Kind::Number };
    funnel.chart = ReportTable::Chart::Bars;
    funnel.chartColumns = { 1, 2, 3 };
    const auto rowOf = [](const QString& label, const Tally& t) {
        return QVariantList { label,
                              t.prospects,
                              t.contacted,
                              t.enrolled,
                              share(t.enrolled, t.prospects),
                              t.days.isEmpty() ? QVariant() : QVariant(median(t.days)) };
    };
    for (const ReferralSource source : Vocabulary::referralSources()) {
        const auto found = bySource.constFind(Vocabulary::code(source));
        if (found != bySource.cend()) {
            funnel.rows.append(rowOf(Vocabulary::label(source), found.value()));
        }
    }
    funnel.totalRows = { funnel.rowCount() };
    funnel.rows.append(rowOf(tr("All prospects"), all));
    report.tables.append(funnel);
    return report;
}

Result<Report> ReportQuery::kaa(const ReportParameters& parameters) const
{
    Result<Report> begun = begin(
        QStringLiteral("kaa"), tr("Municipal activity responsibility (KAA)"),
        tr("Youths under 20 on the last day of the period, registered by then, who came from the KAA list or whose "
           "latest enrolment period by then is in the KAA group, and who had not exited before the period. Contacted: "
           "a "
           "successful contact in the period. With a first measure: enrolled by the last day. Declined: exited on "
           "their own initiative or withdrew consent. Ended: an exit by the last day (not registered in error)."));
    if (!begun) {
        return begun;
    }
    Report report = std::move(begun).value();
    const QString to = iso(parameters.to);
    QVariantList binds { iso(parameters.from),
                         iso(parameters.to.addDays(1)),
                         to,
                         to,
                         iso(parameters.to.addDays(1)),
                         iso(parameters.to.addYears(-EnrolmentRules::KaaAgeLimit)),
                         iso(parameters.from) };
    const QString sql
        = QStringLiteral("SELECT y.gender,"
                         " EXISTS (SELECT 1 FROM contact c WHERE c.youth_id = y.id AND c.kind <> 'attempt'"
                         " AND c.struck_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?),"
                         " p.id IS NOT NULL, x.reason, COUNT(*)"
                         " FROM youth y"
                         " LEFT JOIN enrolment_period p ON p.id = (SELECT MAX(q.id) FROM enrolment_period q"
                         " WHERE q.youth_id = y.id AND q.start_date <= ? AND NOT EXISTS (SELECT 1 FROM"
                         " enrolment_exit e WHERE e.period_id = q.id AND e.reopened_at IS NULL"
                         " AND e.reason = 'in_error'))"
                         " LEFT JOIN enrolment_exit x ON x.period_id = p.id AND x.reopened_at IS NULL"
                         " AND x.exit_date <= ?"
                         " WHERE y.created_at < ? AND y.birth_date > ?"
                         " AND (y.referral_source = 'kaa' OR (p.id IS NOT NULL AND %1 = 1))"
                         " AND (x.id IS NULL OR x.exit_date >= ?)")
              .arg(kaaSql(m_database.dialect()))
        + scope(parameters, binds) + QStringLiteral(" GROUP BY 1, 2, 3, 4");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.kaa");
    if (!rows) {
        return rows.error();
    }
    // figure × gender: 0 in group, 1 contacted, 2 first measure, 3 declined, 4 ended
    std::array<GenderCounts, 5> figures {};
    QHash<QString, GenderCounts> byReason;
    for (const QVariantList& row : *rows) {
        const int gender = genderIndex(row.at(0).toString());
        const int n = row.at(4).toInt();
        const QString reason = row.at(3).toString();
        figures[0][gender] += n;
        figures[1][gender] += row.at(1).toBool() ? n : 0;
        figures[2][gender] += row.at(2).toBool() ? n : 0;
        if (!reason.isEmpty()) {
            figures[4][gender] += n;
            byReason[reason][gender] += n;
            if (reason == QLatin1String("own_initiative") || reason == QLatin1String("consent_withdrawn")) {
                figures[3][gender] += n;
            }
        }
    }
    ReportTable overview;
    overview.key = QStringLiteral("kaa");
    overview.title = tr("The KAA group");
    overview.headers = QStringList { tr("Figure"), tr("Total") } + genderLabels();
    overview.kinds = { Kind::Text, Kind::Count, Kind::Count, Kind::Count, Kind::Count, Kind::Count };
    overview.totalColumns = { 1 };
    overview.chart = ReportTable::Chart::Bars;
    overview.chartColumns = { 1 };
    const QStringList labels { tr("Youths under 20 in the KAA group"), tr("Contacted in the period"),
                               tr("With a first measure"), tr("Declined to take part"), tr("Ended") };
    for (int f = 0; f < 5; ++f) {
        QVariantList row { labels.at(f), figures[f][0] + figures[f][1] + figures[f][2] + figures[f][3] };
        for (int g = 0; g < 4; ++g) {
            row.append(figures[f][g]);
        }
        overview.rows.append(row);
    }
    report.tables.append(overview);
    QList<Category> reasons = categories<ExitReason>();
    reasons.removeIf([](const Category& c) { return c.code == QLatin1String("in_error"); });
    report.tables.append(genderTable(QStringLiteral("kaa_ended"), tr("Ended by reason (KAA group)"), tr("Reason"),
                                     reasons, byReason, tr("All ended")));
    return report;
}

Result<ReportTable> ReportQuery::participantList(const ReportParameters& parameters) const
{
    if (Result<void> allowed = mayView(); !allowed) {
        return allowed.error();
    }
    QVariantList binds { iso(parameters.to), iso(parameters.from) };
    const QString sql
        = QStringLiteral("SELECT COALESCE(y.personal_number, ''), y.birth_date, y.gender, p.start_date, p.end_date,"
                         " p.labour_situation, x.situation,"
                         " (SELECT u.status || '|' || COALESCE(u.situation, '') FROM follow_up u"
                         " WHERE u.exit_id = x.id AND u.offset_code = '6m' AND u.status <> 'cancelled')"
                         " FROM enrolment_period p JOIN youth y ON y.id = p.youth_id"
                         " LEFT JOIN enrolment_exit x ON x.period_id = p.id AND x.reopened_at IS NULL"
                         " WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)"
                         " AND COALESCE(x.reason, '') <> 'in_error'")
        + scope(parameters, binds) + QStringLiteral(" ORDER BY p.start_date, y.id");
    const Result<Rows> rows = select(m_database, sql, binds, "reports.participant_list");
    if (!rows) {
        return rows.error();
    }
    ReportTable list;
    list.key = QStringLiteral("participant_list");
    list.title = tr("Participants");
    // Those without a personal number are given by birth date (YYYYMMDD), as SCB's participant files accept, and
    // the second column says which it is.
    list.headers = { tr("Personal number"),    tr("Identity"),          tr("Gender"),
                     tr("Birth year"),         tr("Start date"),        tr("End date"),
                     tr("Situation at entry"), tr("Situation at exit"), tr("Follow-up after 6 months") };
    list.kinds = { Kind::Text, Kind::Text, Kind::Text, Kind::Count, Kind::Date,
                   Kind::Date, Kind::Text, Kind::Text, Kind::Text };
    for (const QVariantList& row : *rows) {
        const QDate birth = QDate::fromString(row.at(1).toString(), Qt::ISODate);
        QString personalNumber = row.at(0).toString();
        QString identity = tr("Personal number");
        if (personalNumber.size() == 12) {
            personalNumber.insert(8, u'-');
        } else if (birth.isValid()) {
            personalNumber = birth.toString(QStringLiteral("yyyyMMdd"));
            identity = tr("Birth date (no personal number)");
        } else {
            identity = tr("Not known");
        }
        QString followUp;
        if (!row.at(7).isNull()) {
            const QStringList parts = row.at(7).toString().split(u'|');
            const FollowUpStatus status = EnrolmentVocabulary::fromCode<FollowUpStatus>(parts.value(0));
            followUp = status == FollowUpStatus::Done
                ? EnrolmentVocabulary::label(EnrolmentVocabulary::fromCode<Situation>(parts.value(1)))
                : EnrolmentVocabulary::label(status);
        }
        list.rows.append(
            { personalNumber, identity, Vocabulary::label(Vocabulary::genderFromCode(row.at(2).toString())),
              birth.isValid() ? QVariant(birth.year()) : QVariant(),
              QDate::fromString(row.at(3).toString(), Qt::ISODate),
              row.at(4).isNull() ? QVariant() : QVariant(QDate::fromString(row.at(4).toString(), Qt::ISODate)),
              EnrolmentVocabulary::label(EnrolmentVocabulary::fromCode<LabourSituation>(row.at(5).toString())),
              row.at(6).isNull()
                  ? QString()
                  : EnrolmentVocabulary::label(EnrolmentVocabulary::fromCode<Situation>(row.at(6).toString())),
              followUp });
    }
    return list;
}

} // namespace lotsen
