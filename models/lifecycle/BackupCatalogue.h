#pragma once

#include "core/Result.h"
#include "lifecycle/BackupInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lotsen {

// The backup files in a folder: their names, their sidecars and the list a restore offers.
//   centre-auto-2026-12-06-093000.lotsen        an automatic backup of centre.lotsen, verified (backup folder)
//   centre-auto-2026-12-06-093000.lotsen.enc    its encrypted copy (in the second folder)
//   ….json                                      the sidecar: time, schema, counts (no personal data)
// Files being written have a leading '.' and end in ".partial": they never carry a real name.
class BackupCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(BackupCatalogue)

public:
    // The database's name in backup names: "centre" for ".../centre.lotsen". Rotation touches only the automatic
    // backups of the same database, so two databases may share a folder.
    static QString databaseName(const QString& databasePath);
    static QString automaticName(const QString& databaseName, const QDateTime& takenAt, bool encrypted);
    static QString partialName(const QString& finalName);
    static QString sidecarPath(const QString& backupPath);

    static Result<void> writeSidecar(const BackupInfo& info);
    // Every backup in `folder`, newest first: automatic ones with their sidecars, and any other *.lotsen or
    // *.lotsen.enc file (a manual backup, a copy) with its file time. A folder that does not exist has none; one
    // that cannot be read is an error.
    static Result<QList<BackupInfo>> list(const QString& folder);
    // The newest verified automatic backup of the database in the folders, if any.
    static Result<std::optional<BackupInfo>> newestVerified(const QStringList& folders, const QString& databaseName);
};

} // namespace lotsen
