#include "youth/Youth.h"

namespace lotsen {

int Youth::ageOn(const QDate& today) const
{
    if (!birthDate.isValid() || !today.isValid()) {
        return -1;
    }
    int age = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day())) {
        --age;
    }
    return age;
}

} // namespace lotsen
