#include "demo/TestPersonalNumbers.h"

#include "youth/PersonalNumber.h"

namespace lotsen {

bool TestPersonalNumbers::covers(const QDate& birth)
{
    return birth.year() >= FirstYear && birth.year() <= LastYear;
}

QString TestPersonalNumbers::number(const QDate& birth, int serial)
{
    const QString nine = QStringLiteral("%1%2%3%4")
                             .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(birth.month(), 2, 10, QLatin1Char('0'))
                             .arg(birth.day(), 2, 10, QLatin1Char('0'))
                             .arg(serial);
    return QString::number(birth.year() / 100) + nine + QString::number(PersonalNumber::luhnCheckDigit(nine));
}

} // namespace lotsen
