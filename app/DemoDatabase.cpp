#include "DemoDatabase.h"

#include "Clock.h"
#include "Database.h"
#include "DemoDataGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace lotsen {

QString DemoDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo.lotsen");
}

bool DemoDatabase::write(const QString& path, bool overwrite, QString* errorMessage)
{
    const auto fail = [errorMessage](const QString& message) {
        if (errorMessage) {
            *errorMessage = message;
        }
        return false;
    };
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        if (!overwrite) {
            return fail(QCoreApplication::translate("DemoDatabase", "%1 already exists. Use --force to replace it.")
                            .arg(QDir::toNativeSeparators(absolute)));
        }
        {
            QLockFile lock(absolute + QStringLiteral(".lock"));
            lock.setStaleLockTime(0);
            if (!lock.tryLock(100)) {
                return fail(QCoreApplication::translate("DemoDatabase", "%1 is open in another Lotsen window.")
                                .arg(QDir::toNativeSeparators(absolute)));
            }
        }
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(absolute + suffix);
        }
        if (QFileInfo::exists(absolute)) {
            return fail(QCoreApplication::translate("DemoDatabase", "%1 could not be removed.")
                            .arg(QDir::toNativeSeparators(absolute)));
        }
    }
    Database database;
    const Database::OpenResult opened = database.open(absolute);
    if (!opened.ok()) {
        return fail(opened.message);
    }
    QString error;
    if (!DemoDataGenerator::writeDemo(database, Clock::today(), &error)) {
        // A half-written demo is worse than none; this file was created just now, so removing it loses nothing.
        database.close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(absolute + suffix);
        }
        return fail(error);
    }
    return true;
}

} // namespace lotsen
