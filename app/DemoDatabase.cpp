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

Result<void> DemoDatabase::write(const QString& path, bool overwrite)
{
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
    const Result<Account> administrator = writeAdministrator(database);
    if (!administrator) {
        database.close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(absolute + suffix);
        }
        return administrator.error();
    }
    // Every demo entry is registered by the demo's administrator: written by the program, not by a mentor.
    database.setAuthor(administrator->id);
    const Result<void> written = DemoDataGenerator::writeDemo(database, Clock::today());
    database.setAuthor(0);
    if (!written) {
        // A half-written demo is worse than none; this file was created just now, so removing it loses nothing.
        database.close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(absolute + suffix);
        }
        return fail(written.message());
    }
    if (const Result<void> accounts = writeMentorAccounts(database, *administrator); !accounts) {
        database.close();
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(absolute + suffix);
        }
        return accounts;
    }
    return success();
}

Result<Account> DemoDatabase::writeAdministrator(Database& database)
{
    AccountRepository accounts(database);
    Account administrator;
    administrator.username = administratorUsername();
    administrator.displayName = QStringLiteral("Demo Administratör"); // the demo's people are Swedish
    administrator.role = Role::Administrator;
    if (Result<void> created = accounts.createFirstAdministrator(administrator, administratorPassword()); !created) {
        return created.error();
    }
    return administrator;
}

Result<void> DemoDatabase::writeMentorAccounts(Database& database, const Account& administrator)
{
    AccountRepository accounts(database);
    // One account per demo mentor, linked to the staff record, so that a mentor's limited view can be tried.
    const Result<QList<Staff>> staff = StaffRepository(database).all();
    if (!staff) {
        return staff.error();
    }
    for (const Staff& member : *staff) {
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
        if (Result<void> created = accounts.create(administrator, mentor, mentorPassword()); !created) {
            return created;
        }
    }
    return success();
}

} // namespace lotsen
