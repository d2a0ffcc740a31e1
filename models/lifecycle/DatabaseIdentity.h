#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lotsen {

// The register's identity ("database_id" in the settings table, made by migration 11): 32 hex characters that
// backups, their rotation and the retention log carry, so that two registers with the same file name sharing a
// backup folder are told apart. Empty for a file without one (then only the file name tells them apart).
class DatabaseIdentity
{
public:
    static QString read(const QSqlDatabase& connection);
    // Whether a backup or a retention-log line stamped `stamped` belongs to the register `current`: the same
    // identity, or either one unknown (older files and lines).
    static bool matches(const QString& stamped, const QString& current);
};

} // namespace lotsen
