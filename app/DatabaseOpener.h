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
    // Where this start opens: the command line's --database, else the location remembered in AppSettings (a file,
    // or a server's address without its password), else the default file. At the very first start (none of those,
    // and no default file yet) the user chooses between a file on this PC (the default) and a shared database on
    // the office's server; a server chosen then is remembered and its password, when one was typed, handed back in
    // `password` for this start.
    static QString startPath(const QString& commandLinePath, QString& password);
    // Returns nullptr when the user chose to quit. `path` may be a server's address (postgresql://…): its password
    // is `password`, else the one kept on this PC (ServerCredentials), else asked for.
    static std::unique_ptr<Database> open(const QString& path, const QString& password = QString());
};

} // namespace lotsen
