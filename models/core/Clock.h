#pragma once

#include <QDate>
#include <QDateTime>

namespace lotsen {

// The one source of "today" and "now", so that tests and the demo data can pin the date.
class Clock
{
public:
    static QDate today();
    static QDateTime now();

    // Tests set a fixed moment; an invalid QDateTime returns to the system clock.
    static void setFixedNow(const QDateTime& now);
    static void reset() { setFixedNow({}); }
};

} // namespace lotsen
