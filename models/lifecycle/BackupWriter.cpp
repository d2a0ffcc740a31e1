#include "lifecycle/BackupWriter.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "lifecycle/BackupCatalogue.h"
#include "lifecycle/BackupVerifier.h"
#include "lifecycle/DatabaseIdentity.h"
#include "lifecycle/ReadOnlyConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lotsen {

namespace {

Result<void> ensureFolder(const QString& folder)
{
    if (folder.isEmpty()) {
        return fail(BackupWriter::tr("No backup folder is set."));
    }
    const bool existed = QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        return fail(BackupWriter::tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    }
    // A folder Lotsen makes is its owner's only: even the backups' names (their dates) are nobody else's business.
    if (!existed) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return success();
}

// The hidden leftovers of a backup that was interrupted (a crash, a full disk) are removed at the next run.
void removeLeftovers(const QString& folder)
{
    const QDir dir(folder);
    const QStringList partial = dir.entryList({ QStringLiteral(".*-auto-*.partial") }, QDir::Files | QDir::Hidden);
    for (const QString& name : partial) {
        QFile::remove(dir.filePath(name));
    }
}

int rotateFolder(const QString& folder, const QString& databaseName, const QString& databaseId,
                 const BackupRotation::Keep& keep)
{
    const Result<QList<BackupInfo>> listed = BackupCatalogue::list(folder);
    if (!listed) {
        return 0;
    }
    QList<BackupInfo> automatic;
    QList<QDateTime> times;
    for (const BackupInfo& info : *listed) {
        if (info.automatic && info.databaseName == databaseName
            && DatabaseIdentity::matches(info.databaseId, databaseId)) {
            automatic << info;
            times << info.createdAt;
        }
    }
    int removed = 0;
    for (int index : BackupRotation::toDelete(times, keep)) {
        removed += BackupWriter::remove(automatic.at(index).path) ? 1 : 0;
    }
    return removed;
}

} // namespace

bool BackupWriter::remove(const QString& backupPath)
{
    QFile::remove(BackupCatalogue::sidecarPath(backupPath));
    return QFile::remove(backupPath);
}

Result<BackupWriter::Outcome> BackupWriter::write(const QString& databasePath, const Options& options)
{
    if (const Result<void> folder = ensureFolder(options.folder); !folder) {
        return folder.error();
    }
    removeLeftovers(options.folder);
    const QString name = BackupCatalogue::databaseName(databasePath);
    const QString finalName = BackupCatalogue::automaticName(name, options.now, false);
    const QString finalPath = QDir(options.folder).absoluteFilePath(finalName);
    const QString partialPath = QDir(options.folder).absoluteFilePath(BackupCatalogue::partialName(finalName));
    if (QFileInfo::exists(finalPath)) {
        return fail(tr("A backup of this second already exists."));
    }

    BackupVerifier::Counts before;
    BackupVerifier::Counts after;
    QString databaseId;
    {
        ReadOnlyConnection source(databasePath, ReadOnlyConnection::Mode::Copier);
        if (!source.open()) {
            return fail(tr("The database cannot be read for the backup: %1")
                            .arg(Database::describeSqlError(source.database().lastError())));
        }
        const Result<BackupVerifier::Counts> counted = BackupVerifier::countRows(source.database());
        if (!counted) {
            return counted.error();
        }
        before = *counted;
        databaseId = DatabaseIdentity::read(source.database());
        // An empty owner-only file first: VACUUM INTO would create the copy readable by every login.
        if (const Result<void> created = OwnerOnlyFile::createEmpty(partialPath); !created) {
            return created.error();
        }
        QSqlQuery vacuum(source.database());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(partialPath);
        if (!vacuum.exec()) {
            const QSqlError error = vacuum.lastError();
            QFile::remove(partialPath);
            qCWarning(lcDatabase) << "automatic backup: VACUUM INTO failed:" << error.databaseText();
            return fail(tr("The backup could not be written: %1").arg(Database::describeSqlError(error)));
        }
        vacuum.finish();
        const Result<BackupVerifier::Counts> recounted = BackupVerifier::countRows(source.database());
        if (!recounted) {
            QFile::remove(partialPath);
            return recounted.error();
        }
        after = *recounted;
    }

    const Result<BackupVerifier::Report> verified
        = BackupVerifier::verify(partialPath, Database::currentSchemaVersion());
    if (!verified) {
        QFile::remove(partialPath);
        qCWarning(lcDatabase) << "automatic backup failed its verification";
        return fail(tr("The backup failed its check and was discarded: %1").arg(verified.message()));
    }
    // The copy is of one moment between the two counts: each table's rows lie between them.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const qint64 low = std::min(it.value(), after.value(it.key()));
        const qint64 high = std::max(it.value(), after.value(it.key()));
        const qint64 copied = verified->counts.value(it.key(), -1);
        if (copied < low || copied > high) {
            QFile::remove(partialPath);
            qCWarning(lcDatabase) << "automatic backup: the copy's row counts differ from the database's";
            return fail(tr("The backup failed its check and was discarded: its table %1 has %2 rows, the "
                           "database had %3.")
                            .arg(it.key())
                            .arg(copied)
                            .arg(it.value()));
        }
    }
    const BackupVerifier::Counts& counts = verified->counts;
    if (!QFile::rename(partialPath, finalPath)) {
        QFile::remove(partialPath);
        return fail(tr("The verified backup could not be given its name."));
    }
    Outcome outcome;
    outcome.backup.path = finalPath;
    outcome.backup.createdAt = options.now;
    outcome.backup.size = QFileInfo(finalPath).size();
    outcome.backup.automatic = true;
    outcome.backup.databaseName = name;
    outcome.backup.databaseId = databaseId;
    outcome.backup.verified = true;
    outcome.backup.schemaVersion = verified->schemaVersion;
    outcome.backup.counts = counts;
    if (const Result<void> sidecar = BackupCatalogue::writeSidecar(outcome.backup); !sidecar) {
        remove(finalPath);
        return sidecar.error();
    }

    if (!options.secondFolder.isEmpty()) {
        if (!options.key || !options.key->isValid()) {
            outcome.secondFolderProblem = tr("No passphrase is set for encrypted copies, so none was written to the "
                                             "second folder.");
        } else if (const Result<void> folder = ensureFolder(options.secondFolder); !folder) {
            outcome.secondFolderProblem = folder.message();
        } else {
            removeLeftovers(options.secondFolder);
            const QString encryptedName = BackupCatalogue::automaticName(name, options.now, true);
            const QString encryptedPath = QDir(options.secondFolder).absoluteFilePath(encryptedName);
            const QString encryptedPartial
                = QDir(options.secondFolder).absoluteFilePath(BackupCatalogue::partialName(encryptedName));
            QFile::remove(encryptedPartial);
            const Result<QByteArray> written = BackupCipher::encrypt(finalPath, encryptedPartial, *options.key);
            const Result<QByteArray> readBack = written ? BackupCipher::plainHash(encryptedPartial, *options.key)
                                                        : Result<QByteArray>(written.error());
            if (!written || !readBack || *readBack != *written) {
                QFile::remove(encryptedPartial);
                outcome.secondFolderProblem = !written ? written.message()
                    : !readBack                        ? readBack.message()
                                                       : tr("The encrypted copy did not read back the same.");
            } else if (!QFile::rename(encryptedPartial, encryptedPath)) {
                QFile::remove(encryptedPartial);
                outcome.secondFolderProblem = tr("The encrypted copy could not be given its name.");
            } else {
                BackupInfo copy = outcome.backup;
                copy.path = encryptedPath;
                copy.encrypted = true;
                copy.size = QFileInfo(encryptedPath).size();
                if (const Result<void> sidecar = BackupCatalogue::writeSidecar(copy); !sidecar) {
                    outcome.secondFolderProblem = sidecar.message();
                }
                outcome.encryptedCopy = copy;
            }
        }
        if (!outcome.secondFolderProblem.isEmpty()) {
            qCWarning(lcDatabase) << "automatic backup: the encrypted copy was not written";
        }
    }
    return outcome;
}

int BackupWriter::rotate(const QString& databasePath, const Options& options)
{
    const QString name = BackupCatalogue::databaseName(databasePath);
    int removed = rotateFolder(options.folder, name, options.databaseId, options.keep);
    if (!options.secondFolder.isEmpty()) {
        removed += rotateFolder(options.secondFolder, name, options.databaseId, options.keep);
    }
    return removed;
}

} // namespace lotsen
