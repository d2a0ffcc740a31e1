#pragma once

#include "core/Result.h"
#include "lifecycle/BackupInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lotsen {

// Replaces the database file with a backup, while no Lotsen has it open:
//  1. the backup is decrypted (an encrypted copy, with its passphrase) or copied beside the database under a
//     hidden temporary name, and verified there (BackupVerifier; the sidecar's counts when it has them);
//  2. the current file (with its -wal) is kept as "<name>-before-restore-<time>.lotsen" — it may be damaged,
//     so it is moved as it is, never read or changed;
//  3. the verified copy takes the database's name;
//  4. the access log's anchor (ChainSeal) of the replaced file is set aside beside it, so that the restored
//     (shorter) log is not reported as cut off; the restore itself is then the next entry of the log.
// The caller opens the database again, re-applies the retention log (RetentionRepository) before anyone sees
// the data, and writes the RestoreDatabase entry.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    // What the user chose in the restore dialog; the account is who asked (0 from the start dialog, before any
    // login), for the access-log entry written once the restored file is open.
    struct Request
    {
        BackupInfo backup;
        QString passphrase;
        qint64 accountId = 0;
        QString username;
    };

    struct Outcome
    {
        BackupInfo restored;
        QString keptCopyPath; // the file as it was before the restore; empty when there was none
        QString anchorSetAside; // where the replaced file's access-log anchor was moved; empty when it had none
        int schemaVersion = 0;
    };

    // `passphrase` only for an encrypted backup.
    static Result<Outcome> restore(const QString& databasePath, const BackupInfo& backup, const QString& passphrase,
                                   const QDateTime& now);
};

} // namespace lotsen
