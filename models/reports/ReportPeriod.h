#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lotsen {

// The periods funders ask for: a month (ESF, monthly to SCB), a quarter, a tertial or a half-year
// (samordningsförbund), a year (the board), or any from–to.
class ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Kind { Month, Quarter, Tertial, HalfYear, Year, Custom };

    static QList<Kind> kinds();
    static QString label(Kind kind);

    // The period of `kind` that contains `day` (Custom: the day itself); `to` is its last day.
    static ReportPeriod containing(Kind kind, const QDate& day);
    // The whole period before the one that contains `day`: last month, last quarter …
    static ReportPeriod previous(Kind kind, const QDate& day);
    static ReportPeriod custom(const QDate& from, const QDate& to);

    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // The period before and after this one, of the same kind (Custom: as long, just before or after).
    ReportPeriod shifted(int steps) const;
    // "mars 2026", "Kvartal 1 2026", "Tertial 2 2026", "Halvår 1 2026", "2026", "2026-03-01 – 2026-04-15".
    QString text() const;

private:
    ReportPeriod(Kind kind, const QDate& from, const QDate& to) : m_kind(kind), m_from(from), m_to(to) { }
    static int monthsOf(Kind kind);

    Kind m_kind = Kind::Month;
    QDate m_from;
    QDate m_to;
};

} // namespace lotsen
