#pragma once

#include <QString>

#include <span>

namespace lotsen {

// Names of today's Sweden for generated people, and the ASCII and address forms the generators need.
class DemoNames
{
public:
    // About 200 surnames and 100 first names each, so that searching by name hits realistic numbers of youths.
    static std::span<const char* const> surnames();
    static std::span<const char* const> womensNames();
    static std::span<const char* const> mensNames();

    // "Åsa Öberg" -> "asa.oberg": e-mail addresses are ASCII.
    static QString emailPart(const QString& name);
    // "413 07".
    static QString postalCode(int prefix, int suffix);
};

} // namespace lotsen
