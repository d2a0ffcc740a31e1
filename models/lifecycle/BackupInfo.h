#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace lotsen {

// One backup file as the restore list shows it. The counts and the schema version come from the small sidecar
// file written beside a verified automatic backup ("….json", counts only, no personal data), so that an encrypted
// backup can be listed without its passphrase.
struct BackupInfo
{
    QString path;
    QDateTime createdAt; // when the copy was taken (local time); the file's time for a backup without sidecar
    qint64 size = 0;
    bool encrypted = false;
    bool automatic = false; // written by Lotsen's automatic backup (only these are rotated)
    QString databaseName; // an automatic backup's database (the file's base name, e.g. "lotsen")
    QString databaseId; // its DatabaseIdentity, from the sidecar; empty when unknown
    bool verified = false; // the sidecar says it passed BackupVerifier when it was written
    int schemaVersion = 0; // 0 when unknown
    QMap<QString, qint64> counts; // main table → rows
};

} // namespace lotsen
