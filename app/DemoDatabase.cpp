#include "DemoDatabase.h"

#include "access/AccountRepository.h"
#include "access/StaffRepository.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "demo/DemoDataGenerator.h"

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
    if (const Result<void> written = DemoDataGenerator::writeDemo(database, Clock::today()); !written) {
        // A half-written demo is worse than none; this file was created just now, so removing it loses nothing.
        database.close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(absolute + suffix);
        }
        return fail(written.message());
    }
    QString error;
    if (!writeAccounts(database, &error)) {
        database.close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(absolute + suffix);
        }
        return fail(error);
    }
    return true;
}

bool DemoDatabase::writeAccounts(Database& database, QString* errorMessage)
{
    AccountRepository accounts(database);
    Account administrator;
    administrator.username = administratorUsername();
    administrator.displayName = QStringLiteral("Demo Administratör"); // the demo's people are Swedish
    administrator.role = Role::Administrator;
    if (!accounts.createFirstAdministrator(administrator, administratorPassword(), errorMessage)) {
        return false;
    }
    // One account per demo mentor, linked to the staff record, so that a mentor's limited view can be tried.
    const QList<Staff> staff = StaffRepository(database).all();
    for (const Staff& member : staff) {
        Account mentor;
        const QString firstName = member.name.section(u' ', 0, 0).normalized(QString::NormalizationForm_KD);
        for (const QChar c : firstName) {
            if (c.isLetter() && c.unicode() < 128) {
                mentor.username.append(c.toLower());
            }
        }
        mentor.displayName = member.name;
        mentor.role = Role::Mentor;
        mentor.staffId = member.id;
        mentor.active = member.active;
        if (!accounts.create(administrator, mentor, mentorPassword(), errorMessage)) {
            return false;
        }
    }
    return true;
}

} // namespace lotsen
