#pragma once

#include <QString>

class QCoreApplication;

namespace lotsen {

// Chooses the UI language (command line, then the user's setting, then the system) and installs the translators.
class Translations
{
public:
    // Returns the language in use: "sv" or "en".
    static QString install(QCoreApplication& app, const QString& requested);
};

} // namespace lotsen
