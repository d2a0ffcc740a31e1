#pragma once

#include "lifecycle/BackupRestore.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lotsen {

// Restores a backup while no database is open (File › Restore from backup…, or the start dialog of a damaged
// file): BackupRestore replaces the file; the restored file is opened (and updated, if older), every culling of
// the retention log made after the backup is applied again before anyone sees the data, the restore is written to
// the access log, and the user is told what was restored. A restore that cannot be logged is undone.
class RestoreRunner
{
    Q_DECLARE_TR_FUNCTIONS(RestoreRunner)

public:
    // True when the backup is in place; the caller opens the database again (and asks for a login).
    static bool run(const QString& databasePath, const BackupRestore::Request& request, QWidget* parent);
};

} // namespace lotsen
