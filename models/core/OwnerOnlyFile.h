#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace lotsen {

// Files that hold personal data (the database, its backups, exports) are readable and writable by their owner
// only, so that other logins on the PC cannot read them: mode 0600 on Unix, given before any data goes in. On
// Windows nothing is changed: the per-user AppData folder (or the folder the user chose) decides who may read, and
// Qt would emulate owner-only with an ACL that also shuts out the administrators and their backup tools.
class OwnerOnlyFile
{
    Q_DECLARE_TR_FUNCTIONS(OwnerOnlyFile)

public:
    static QFileDevice::Permissions permissions() { return QFileDevice::ReadOwner | QFileDevice::WriteOwner; }

    // Makes `path` an empty file that only its owner may read: creates it with that mode (never through a file
    // that appears meanwhile), or restricts an existing empty file. Refuses a file that has content.
    static Result<void> createEmpty(const QString& path);
    // Restricts an open file before anything is written to it, e.g. a QSaveFile's temporary file (which
    // QSaveFile creates with the default mode, or with the mode of the file it replaces).
    static bool restrict(QFileDevice& file);
    // Restricts an existing file.
    static bool restrict(const QString& path);
    // True when neither group nor others may read, write or run the file (always true on Windows).
    static bool isOwnerOnly(const QString& path);
};

} // namespace lotsen
