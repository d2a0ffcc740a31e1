#pragma once

#include <QDate>
#include <QString>

#include <array>

namespace lotsen {

// Skatteverket publishes test personal numbers for every birth date 2000-2009 with serials 238 and 239.
// No other numbers may ever appear in generated data: they could belong to a real person.
class TestPersonalNumbers
{
public:
    static constexpr int FirstYear = 2000;
    static constexpr int LastYear = 2009;
    static constexpr std::array<int, 2> Serials { 238, 239 };

    // Whether Skatteverket has test numbers for this birth date.
    static bool covers(const QDate& birth);
    // The 12-digit form of a test number: YYYYMMDD + serial + the Luhn digit over YYMMDD + serial.
    static QString number(const QDate& birth, int serial);
};

} // namespace lotsen
