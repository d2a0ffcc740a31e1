#pragma once

#include "core/Result.h"
#include "lifecycle/BackupCipher.h"
#include "lifecycle/BackupRotation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace lotsen {

// Where this PC's automatic backups go and how many are kept (AppSettings), and the key of the encrypted copies.
// The key is derived from the administrator's passphrase once and kept in an owner-only file in this user's
// application data, never in the database or beside the backups: automatic backups then need no passphrase, and a
// lost USB stick with the encrypted copies exposes nothing. Restoring an encrypted copy asks for the passphrase.
class BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)

public:
    static QString defaultFolder(const QString& databasePath); // "Backups" beside the database
    static QString folder(const QString& databasePath); // the chosen folder, or the default
    // Chooses the backup folder (empty: the default) and moves the retention log there with it, so that a restore
    // finds every culling; refused, and nothing changed, when the log cannot be moved.
    static Result<void> setFolder(const QString& databasePath, const QString& folder);
    static QString secondFolder(); // empty: none
    static QStringList folders(const QString& databasePath); // the folder and, if set, the second one
    static BackupRotation::Keep keep();

    // The retention log beside the backups: "<database>-retention.log" (see RetentionLog).
    static QString retentionLogPath(const QString& databasePath);

    static bool hasKey();
    // The stored key; nullopt when none is set, an error when the file is there but cannot be read.
    static Result<std::optional<BackupCipher::Key>> storedKey();
    // Derives a key from the passphrase and stores it (replacing an earlier one: older encrypted copies still
    // restore with their own passphrase, which their files name by salt).
    static Result<void> setPassphrase(const QString& passphrase);
    static Result<void> clearKey();

    // Tests keep the key in a folder of their own.
    static void setKeyFolderForTests(const QString& folder);
    static QString keyPath();
};

} // namespace lotsen
