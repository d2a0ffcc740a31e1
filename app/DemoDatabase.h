#pragma once

#include <QString>

namespace lotsen {

// Writes the demo database to a file: used by "lotsen demo --database FILE" and by "--demo" at each start.
class DemoDatabase
{
public:
    // Refuses an existing file unless `overwrite`, and never touches a file another Lotsen has open.
    static bool write(const QString& path, bool overwrite, QString* errorMessage);
    static QString defaultPath();
};

} // namespace lotsen
