#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace lotsen {

class Database;

// Opens the database at start-up. A file that cannot be used is explained, never repaired or overwritten,
// and the user chooses a way out: another file, a new file, try again, or quit.
class DatabaseOpener
{
public:
    static QString defaultPath();
    // Returns nullptr when the user chose to quit.
    static std::unique_ptr<Database> open(const QString& path);
};

} // namespace lotsen
