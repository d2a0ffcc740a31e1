#pragma once

#include "core/Result.h"
#include "lifecycle/BackupCipher.h"
#include "lifecycle/BackupInfo.h"
#include "lifecycle/BackupRotation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lotsen {

// Writes one automatic backup of the database at `databasePath`, on a read-only connection of its own, so that it
// can run in a worker thread beside the open database:
//  1. VACUUM INTO a hidden ".partial" file (owner-only), between two counts of the main tables;
//  2. verifies the copy (BackupVerifier: opens, integrity_check, schema version) and that each table's count in
//     the copy lies between the source's counts before and after the copy (a card opened meanwhile adds an
//     access-log row), and only then renames it to its real name and writes its sidecar: a crash or a full disk
//     never leaves a half backup with a real name;
//  3. with a second folder and a key, encrypts the verified copy there (BackupCipher), reads it back through the
//     cipher and compares the plain hash before it gets its real name.
// It logs nothing and needs no session: the caller writes the access-log entry, and only then rotates (rotate()),
// so that a backup that cannot be logged costs no older backup.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    struct Options
    {
        QString folder;
        QString secondFolder; // empty: none
        std::optional<BackupCipher::Key> key; // needed for the second folder
        BackupRotation::Keep keep;
        QDateTime now;
        // The register's identity (DatabaseIdentity), for rotation: another register's backups of the same file
        // name in the folder are left alone. The backup itself is stamped with the identity it copies.
        QString databaseId;
    };

    struct Outcome
    {
        BackupInfo backup;
        std::optional<BackupInfo> encryptedCopy;
        QString secondFolderProblem; // why the encrypted copy was not written; empty when it was (or none asked)
    };

    static Result<Outcome> write(const QString& databasePath, const Options& options);
    // Removes the automatic backups of the database that `keep` no longer keeps, in both folders of `options`;
    // the number removed.
    static int rotate(const QString& databasePath, const Options& options);

    // Removes a backup and its sidecar (rotation, or a backup whose access-log entry could not be written).
    static bool remove(const QString& backupPath);
};

} // namespace lotsen
