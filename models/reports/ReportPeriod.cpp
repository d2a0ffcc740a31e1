#include "reports/ReportPeriod.h"

#include <QLocale>

namespace lotsen {

QList<ReportPeriod::Kind> ReportPeriod::kinds()
{
    return { Kind::Month, Kind::Quarter, Kind::Tertial, Kind::HalfYear, Kind::Year, Kind::Custom };
}

QString ReportPeriod::label(Kind kind)
{
    switch (kind) {
    case Kind::Month:
        return tr("Month");
    case Kind::Quarter:
        return tr("Quarter");
    case Kind::Tertial:
        return tr("Tertial");
    case Kind::HalfYear:
        return tr("Half-year");
    case Kind::Year:
        return tr("Year");
    case Kind::Custom:
        return tr("From – to");
    }
    return {};
}

int ReportPeriod::monthsOf(Kind kind)
{
    switch (kind) {
    case Kind::Month:
        return 1;
    case Kind::Quarter:
        return 3;
    case Kind::Tertial:
        return 4;
    case Kind::HalfYear:
        return 6;
    case Kind::Year:
        return 12;
    case Kind::Custom:
        break;
    }
    return 0;
}

ReportPeriod ReportPeriod::containing(Kind kind, const QDate& day)
{
    const int months = monthsOf(kind);
    if (months == 0) {
        return { Kind::Custom, day, day };
    }
    const int firstMonth = (day.month() - 1) / months * months + 1;
    const QDate from(day.year(), firstMonth, 1);
    return { kind, from, from.addMonths(months).addDays(-1) };
}

ReportPeriod ReportPeriod::previous(Kind kind, const QDate& day)
{
    return containing(kind, day).shifted(-1);
}

ReportPeriod ReportPeriod::custom(const QDate& from, const QDate& to)
{
    return { Kind::Custom, from, to < from ? from : to };
}

ReportPeriod ReportPeriod::shifted(int steps) const
{
    const int months = monthsOf(m_kind);
    if (months == 0) {
        const qint64 length = m_from.daysTo(m_to) + 1;
        return { Kind::Custom, m_from.addDays(length * steps), m_to.addDays(length * steps) };
    }
    const QDate from = m_from.addMonths(months * steps);
    return { m_kind, from, from.addMonths(months).addDays(-1) };
}

QString ReportPeriod::text() const
{
    const int index = (m_from.month() - 1) / std::max(1, monthsOf(m_kind)) + 1;
    switch (m_kind) {
    case Kind::Month:
        return QLocale().toString(m_from, QStringLiteral("MMMM yyyy"));
    case Kind::Quarter:
        return tr("Quarter %1 %2").arg(index).arg(m_from.year());
    case Kind::Tertial:
        return tr("Tertial %1 %2").arg(index).arg(m_from.year());
    case Kind::HalfYear:
        return tr("Half-year %1 %2").arg(index).arg(m_from.year());
    case Kind::Year:
        return QString::number(m_from.year());
    case Kind::Custom:
        break;
    }
    return tr("%1 – %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
}

} // namespace lotsen
