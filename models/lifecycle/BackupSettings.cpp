#include "lifecycle/BackupSettings.h"

#include "core/AppSettings.h"
#include "core/OwnerOnlyFile.h"
#include "lifecycle/BackupCatalogue.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace lotsen {

namespace {

QString& keyFolderOverride()
{
    static QString folder;
    return folder;
}

int positiveSetting(AppSettings::Key key, int fallback)
{
    bool ok = false;
    const int value = AppSettings::instance()->value(key).toInt(&ok);
    return ok && value >= 1 ? value : fallback;
}

} // namespace

QString BackupSettings::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().absoluteFilePath(QStringLiteral("Backups"));
}

QString BackupSettings::folder(const QString& databasePath)
{
    const QString chosen = AppSettings::instance()->value(AppSettings::Key::BackupFolder).toString();
    return chosen.isEmpty() ? defaultFolder(databasePath) : chosen;
}

Result<void> BackupSettings::setFolder(const QString& databasePath, const QString& chosen)
{
    const QString before = AppSettings::instance()->value(AppSettings::Key::BackupFolder).toString();
    const QString oldLog = retentionLogPath(databasePath);
    AppSettings::instance()->setValue(AppSettings::Key::BackupFolder, chosen);
    const QString newLog = retentionLogPath(databasePath);
    if (oldLog == newLog || !QFileInfo::exists(oldLog)) {
        return success();
    }
    const auto undo = [&before](const QString& message) -> Result<void> {
        AppSettings::instance()->setValue(AppSettings::Key::BackupFolder, before);
        return fail(message);
    };
    if (QFileInfo::exists(newLog)) {
        return undo(tr("The folder already has a retention log of this database (%1); the backups stay where they "
                       "were.")
                        .arg(QDir::toNativeSeparators(newLog)));
    }
    QDir().mkpath(QFileInfo(newLog).absolutePath());
    if (!QFile::copy(oldLog, newLog) || !OwnerOnlyFile::restrict(newLog)) {
        QFile::remove(newLog);
        return undo(tr("The retention log could not be moved to the new folder; the backups stay where they were."));
    }
    QFile::remove(oldLog);
    return success();
}

QString BackupSettings::secondFolder()
{
    return AppSettings::instance()->value(AppSettings::Key::SecondBackupFolder).toString();
}

QStringList BackupSettings::folders(const QString& databasePath)
{
    QStringList result { folder(databasePath) };
    if (const QString second = secondFolder(); !second.isEmpty()) {
        result << second;
    }
    return result;
}

BackupRotation::Keep BackupSettings::keep()
{
    return { positiveSetting(AppSettings::Key::BackupKeepDaily, 7),
             positiveSetting(AppSettings::Key::BackupKeepWeekly, 5),
             positiveSetting(AppSettings::Key::BackupKeepMonthly, 12) };
}

QString BackupSettings::retentionLogPath(const QString& databasePath)
{
    return QDir(folder(databasePath))
        .absoluteFilePath(BackupCatalogue::databaseName(databasePath) + QStringLiteral("-retention.log"));
}

void BackupSettings::setKeyFolderForTests(const QString& folder)
{
    keyFolderOverride() = folder;
}

QString BackupSettings::keyPath()
{
    const QString folder = keyFolderOverride().isEmpty()
        // Local, never roaming: on Windows the roaming profile is copied to a server, next to the encrypted copies.
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : keyFolderOverride();
    return QDir(folder).absoluteFilePath(QStringLiteral("backup-key"));
}

bool BackupSettings::hasKey()
{
    const Result<std::optional<BackupCipher::Key>> key = storedKey();
    return key.ok() && key->has_value();
}

Result<std::optional<BackupCipher::Key>> BackupSettings::storedKey()
{
    QFile file(keyPath());
    if (!file.exists()) {
        return std::optional<BackupCipher::Key>();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("The key for encrypted backups cannot be read: %1").arg(file.errorString()));
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    BackupCipher::Key key;
    in >> key.key >> key.salt >> key.opsLimit >> key.memLimit;
    if (in.status() != QDataStream::Ok || !key.isValid()) {
        return fail(tr("The key for encrypted backups is damaged; set the passphrase again."));
    }
    return std::optional<BackupCipher::Key>(key);
}

Result<void> BackupSettings::setPassphrase(const QString& passphrase)
{
    if (passphrase.size() < 12) {
        return fail(tr("The passphrase must have at least 12 characters."), QStringLiteral("passphrase"));
    }
    const Result<BackupCipher::Key> key = BackupCipher::deriveNew(passphrase);
    if (!key) {
        return key.error();
    }
    QDir().mkpath(QFileInfo(keyPath()).absolutePath());
    QSaveFile file(keyPath());
    if (!file.open(QIODevice::WriteOnly) || !OwnerOnlyFile::restrict(file)) {
        return fail(tr("The key for encrypted backups cannot be saved: %1").arg(file.errorString()));
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_0);
    out << key->key << key->salt << key->opsLimit << key->memLimit;
    if (!file.commit()) {
        return fail(tr("The key for encrypted backups cannot be saved: %1").arg(file.errorString()));
    }
    return success();
}

Result<void> BackupSettings::clearKey()
{
    if (QFile::exists(keyPath()) && !QFile::remove(keyPath())) {
        return fail(tr("The key for encrypted backups cannot be removed."));
    }
    return success();
}

} // namespace lotsen
