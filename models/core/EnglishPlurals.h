#pragma once

namespace lotsen {

// English is Lotsen's source language, so English needs no translation, except for plurals: "%n day(s)" is
// "1 day" and "7 days" only through a catalogue with the two forms. Installed for the English UI, and in tests.
class EnglishPlurals
{
public:
    // Installs the catalogue once per application; false if it could not be loaded.
    static bool install();
};

} // namespace lotsen
