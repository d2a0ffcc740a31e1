#include "core/Clock.h"

namespace lotsen {

namespace {
QDateTime s_fixedNow;
}

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::now()
{
    return s_fixedNow.isValid() ? s_fixedNow : QDateTime::currentDateTime();
}

void Clock::setFixedNow(const QDateTime& now)
{
    s_fixedNow = now;
}

} // namespace lotsen
