#pragma once

#include <QtGlobal>

namespace lotsen {

// Fixed seeds: the same demo and the same benchmark register on every run, so figures and screenshots compare.
// Each part of the demo draws from a generator of its own, so that adding a part leaves the others as they were.
struct DemoSeeds
{
    static constexpr quint32 Youths = 20261127u;
    static constexpr quint32 Synthetic = 20261128u;
    static constexpr quint32 Plans = 20261129u;
    static constexpr quint32 MeetingPlace = 20261130u;
    static constexpr quint32 Contacts = 20261201u;
    static constexpr quint32 YouthHistories = Contacts + 1; // the dates of each youth's events
    static constexpr quint32 Partners = 20261205u;
    static constexpr quint32 Enrolments = 20261206u; // situations at entry, follow-up attempts
    static constexpr quint32 SyntheticContacts = Synthetic + 1000u;
    static constexpr quint32 SyntheticEnrolments = Synthetic + 2000u;
};

} // namespace lotsen
