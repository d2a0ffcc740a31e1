#include "lifecycle/BackupCatalogue.h"

#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"
#include "lifecycle/BackupCipher.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace lotsen {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd-HHmmss");
const QRegularExpression kAutomatic(QStringLiteral("^(.+)-auto-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.lotsen(\\.enc)?$"));

} // namespace

QString BackupCatalogue::databaseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString BackupCatalogue::automaticName(const QString& databaseName, const QDateTime& takenAt, bool encrypted)
{
    return databaseName + QStringLiteral("-auto-") + takenAt.toString(kTimeFormat)
        + (encrypted ? QStringLiteral(".lotsen.enc") : QStringLiteral(".lotsen"));
}

QString BackupCatalogue::partialName(const QString& finalName)
{
    return u'.' + finalName + QStringLiteral(".partial");
}

QString BackupCatalogue::sidecarPath(const QString& backupPath)
{
    return backupPath + QStringLiteral(".json");
}

Result<void> BackupCatalogue::writeSidecar(const BackupInfo& info)
{
    QJsonObject counts;
    for (auto it = info.counts.cbegin(); it != info.counts.cend(); ++it) {
        counts.insert(it.key(), it.value());
    }
    const QJsonObject json { { QStringLiteral("takenAt"), info.createdAt.toString(Qt::ISODate) },
                             { QStringLiteral("schemaVersion"), info.schemaVersion },
                             { QStringLiteral("encrypted"), info.encrypted },
                             { QStringLiteral("verified"), info.verified },
                             { QStringLiteral("databaseId"), info.databaseId },
                             { QStringLiteral("counts"), counts } };
    QSaveFile file(sidecarPath(info.path));
    if (!file.open(QIODevice::WriteOnly) || !OwnerOnlyFile::restrict(file)) {
        return fail(tr("The backup's description could not be written: %1").arg(file.errorString()));
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return fail(tr("The backup's description could not be written: %1").arg(file.errorString()));
    }
    return success();
}

Result<QList<BackupInfo>> BackupCatalogue::list(const QString& folder)
{
    QList<BackupInfo> backups;
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        return backups;
    }
    if (!QFileInfo(folder).isReadable()) {
        return fail(tr("The backup folder %1 cannot be read.").arg(QDir::toNativeSeparators(folder)));
    }
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.lotsen"), QStringLiteral("*.lotsen.enc") },
                                                  QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& file : files) {
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.size = file.size();
        info.encrypted = file.fileName().endsWith(QLatin1String(".enc")) || BackupCipher::isEncrypted(info.path);
        const QRegularExpressionMatch automatic = kAutomatic.match(file.fileName());
        info.automatic = automatic.hasMatch();
        info.databaseName = automatic.captured(1);
        info.createdAt = file.lastModified();
        QFile sidecar(sidecarPath(info.path));
        if (sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(sidecar.read(64 * 1024)).object();
            const QDateTime takenAt
                = QDateTime::fromString(json.value(QStringLiteral("takenAt")).toString(), Qt::ISODate);
            if (takenAt.isValid()) {
                info.createdAt = takenAt;
            }
            info.verified = json.value(QStringLiteral("verified")).toBool();
            info.databaseId = json.value(QStringLiteral("databaseId")).toString();
            info.schemaVersion = json.value(QStringLiteral("schemaVersion")).toInt();
            const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
                info.counts.insert(it.key(), it.value().toInteger());
            }
        }
        backups << info;
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return backups;
}

Result<std::optional<BackupInfo>> BackupCatalogue::newestVerified(const QStringList& folders,
                                                                  const QString& databaseName)
{
    std::optional<BackupInfo> newest;
    for (const QString& folder : folders) {
        const Result<QList<BackupInfo>> backups = list(folder);
        if (!backups) {
            return backups.error();
        }
        for (const BackupInfo& info : *backups) {
            if (info.automatic && info.verified && info.databaseName == databaseName
                && (!newest || info.createdAt > newest->createdAt)) {
                newest = info;
            }
        }
    }
    return newest;
}

} // namespace lotsen
