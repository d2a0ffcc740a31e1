#include "lifecycle/BackupRestore.h"

#include "access/ChainSeal.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "lifecycle/BackupCatalogue.h"
#include "lifecycle/BackupCipher.h"
#include "lifecycle/BackupVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace lotsen {

namespace {

// The copy reaches the disk before it takes the database's name: after a power cut the real name never stands for
// a half-written file.
bool syncToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return false;
    }
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Copies `from` into a new owner-only file `to`.
Result<void> copyOwnerOnly(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(BackupRestore::tr("The backup cannot be read: %1").arg(in.errorString()));
    }
    if (const Result<void> created = OwnerOnlyFile::createEmpty(to); !created) {
        return created;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        QFile::remove(to);
        return fail(BackupRestore::tr("The backup cannot be copied: %1").arg(out.errorString()));
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.close();
            QFile::remove(to);
            return fail(BackupRestore::tr("The backup cannot be copied: %1").arg(out.errorString()));
        }
    }
    if (!out.flush()) {
        out.close();
        QFile::remove(to);
        return fail(BackupRestore::tr("The backup cannot be copied: %1").arg(out.errorString()));
    }
    return success();
}

} // namespace

Result<BackupRestore::Outcome> BackupRestore::restore(const QString& databasePath, const BackupInfo& backup,
                                                      const QString& passphrase, const QDateTime& now)
{
    const QFileInfo target(databasePath);
    const QString absolute = target.absoluteFilePath();
    // The same lock the program holds: a restore under a running Lotsen would pull the file from under it.
    QLockFile lock(absolute + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return fail(tr("The database is open in Lotsen; close it before restoring."));
    }
    QDir folder = target.absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        return fail(tr("The database's folder cannot be created."));
    }
    const QString partial = folder.absoluteFilePath(u'.' + target.fileName() + QStringLiteral(".restore.partial"));
    QFile::remove(partial);
    const Result<void> copied = backup.encrypted ? BackupCipher::decrypt(backup.path, partial, passphrase)
                                                 : copyOwnerOnly(backup.path, partial);
    if (!copied) {
        return copied.error();
    }
    std::optional<BackupVerifier::Counts> expected;
    if (!backup.counts.isEmpty()) {
        expected = backup.counts;
    }
    if (!syncToDisk(partial)) {
        QFile::remove(partial);
        return fail(tr("The copy of the backup could not be written to the disk."));
    }
    const Result<BackupVerifier::Report> verified = BackupVerifier::verify(partial, backup.schemaVersion, expected);
    if (!verified) {
        QFile::remove(partial);
        return fail(tr("The backup cannot be restored: %1").arg(verified.message()));
    }

    Outcome outcome;
    outcome.restored = backup;
    outcome.schemaVersion = verified->schemaVersion;
    const QString stamp = now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    if (target.exists()) {
        outcome.keptCopyPath = folder.absoluteFilePath(target.completeBaseName() + QStringLiteral("-before-restore-")
                                                       + stamp + QStringLiteral(".lotsen"));
        if (!QFile::rename(absolute, outcome.keptCopyPath)) {
            QFile::remove(partial);
            return fail(tr("The current database could not be set aside, so nothing was restored."));
        }
        // Its -wal holds committed writes of the kept file: it goes with it, or nothing is restored (left beside
        // the backup, SQLite would replay the old file's pages into it). The -shm is only an index.
        const QString wal = absolute + QStringLiteral("-wal");
        if (QFileInfo::exists(wal) && !QFile::rename(wal, outcome.keptCopyPath + QStringLiteral("-wal"))) {
            QFile::rename(outcome.keptCopyPath, absolute);
            QFile::remove(partial);
            return fail(tr("The current database's journal (-wal) could not be set aside, so nothing was restored."));
        }
        QFile::remove(absolute + QStringLiteral("-shm"));
    }
    if (!QFile::rename(partial, absolute)) {
        // Put the kept file back: the user is left exactly where they were.
        if (!outcome.keptCopyPath.isEmpty()) {
            QFile::rename(outcome.keptCopyPath, absolute);
            QFile::rename(outcome.keptCopyPath + QStringLiteral("-wal"), absolute + QStringLiteral("-wal"));
        }
        QFile::remove(partial);
        return fail(tr("The backup could not take the database's place; nothing was changed."));
    }
    const QString anchor = ChainSeal::anchorPath(absolute);
    if (QFileInfo::exists(anchor)) {
        outcome.anchorSetAside = anchor + QStringLiteral(".before-restore-") + stamp;
        QFile::remove(outcome.anchorSetAside);
        QFile::rename(anchor, outcome.anchorSetAside);
    }
    qCInfo(lcDatabase) << "database restored from a backup";
    return outcome;
}

} // namespace lotsen
