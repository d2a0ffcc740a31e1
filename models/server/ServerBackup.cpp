#include "ServerBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace lotsen {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The last lines of a program's error output, for the message.
QString lastLines(const QByteArray& output)
{
    QStringList lines = QString::fromLocal8Bit(output).trimmed().split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > 3) {
        lines = lines.mid(lines.size() - 3);
    }
    return lines.join(u' ');
}

} // namespace

QString ServerBackup::findProgram(const QString& name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    if (!inPath.isEmpty()) {
        return inPath;
    }
    QString newest;
    int newestVersion = -1;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString& version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate = versions.filePath(version + QStringLiteral("/bin/") + name);
        bool numeric = false;
        const int number = version.toInt(&numeric);
        if (QFileInfo(candidate).isExecutable() && numeric && number > newestVersion) {
            newest = candidate;
            newestVersion = number;
        }
    }
    return newest;
}

QString ServerBackup::fileName(const ServerAddress& address, const QDateTime& at)
{
    // The database's name as a file name: only the characters every file system takes.
    QString name = address.database;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.') {
            c = u'_';
        }
    }
    return name + u'-' + at.toString(QStringLiteral("yyyy-MM-dd-HHmmss")) + QStringLiteral(".dump");
}

Result<ServerBackup::Outcome> ServerBackup::write(const ServerAddress& address, const QString& folder,
                                                  const QDateTime& at)
{
    const QString pgDump = findProgram(QStringLiteral("pg_dump"));
    const QString pgRestore = findProgram(QStringLiteral("pg_restore"));
    if (pgDump.isEmpty() || pgRestore.isEmpty()) {
        return fail(tr("PostgreSQL's pg_dump and pg_restore were not found. Install PostgreSQL's client programs "
                       "(the same major version as the server or newer) and try again."));
    }
    if (!QDir().mkpath(folder)) {
        return fail(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    }
    const QDir dir(folder);
    const QString finalPath = dir.absoluteFilePath(fileName(address, at));
    if (QFileInfo::exists(finalPath)) {
        return fail(tr("%1 already exists; nothing was overwritten.").arg(QDir::toNativeSeparators(finalPath)));
    }
    // The temporary file is made owner-only before pg_dump writes into it (pg_dump keeps its permissions).
    const QString partPath = dir.absoluteFilePath(u'.' + fileName(address, at) + QStringLiteral(".part"));
    {
        QFile part(partPath);
        if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !part.setPermissions(kOwnerOnly)) {
            return fail(tr("The backup cannot be written in %1.").arg(QDir::toNativeSeparators(folder)));
        }
    }
    const auto failAndRemove = [&partPath](const QString& message) -> Result<Outcome> {
        QFile::remove(partPath);
        return fail(message);
    };

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!address.password.isEmpty()) {
        environment.insert(QStringLiteral("PGPASSWORD"), address.password); // the child's environment only
    }
    environment.insert(QStringLiteral("PGSSLMODE"), address.effectiveSslMode());
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("Lotsen backup"));

    QProcess dump;
    dump.setProcessEnvironment(environment);
    dump.setStandardInputFile(QProcess::nullDevice());
    dump.start(pgDump,
               { QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--no-password"),
                 QStringLiteral("--file"), partPath, QStringLiteral("--host"), address.host, QStringLiteral("--port"),
                 QString::number(address.port), QStringLiteral("--username"), address.user, QStringLiteral("--dbname"),
                 address.database });
    if (!dump.waitForStarted()) {
        return failAndRemove(tr("pg_dump could not be started (%1).").arg(QDir::toNativeSeparators(pgDump)));
    }
    dump.waitForFinished(-1);
    if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        return failAndRemove(
            tr("pg_dump failed for %1: %2").arg(address.shownName(), lastLines(dump.readAllStandardError())));
    }

    // The table of contents must read and must hold the access log.
    QProcess list;
    list.setProcessEnvironment(environment);
    list.start(pgRestore, { QStringLiteral("--list"), partPath });
    list.waitForFinished(-1);
    if (list.exitStatus() != QProcess::NormalExit || list.exitCode() != 0) {
        return failAndRemove(tr("The dump of %1 does not read back: %2")
                                 .arg(address.shownName(), lastLines(list.readAllStandardError())));
    }
    int entries = 0;
    bool accessLog = false;
    for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(';')) {
            continue;
        }
        ++entries;
        if (line.contains(" TABLE DATA ") && line.contains(" access_log ")) {
            accessLog = true;
        }
    }
    if (entries == 0 || !accessLog) {
        return failAndRemove(tr("The dump of %1 is incomplete: its table of contents has no access log. Is this a "
                                "Lotsen database?")
                                 .arg(address.shownName()));
    }
    if (!QFile::rename(partPath, finalPath) || !QFile::setPermissions(finalPath, kOwnerOnly)) {
        return failAndRemove(tr("The backup could not be given its name %1.").arg(QDir::toNativeSeparators(finalPath)));
    }
    Outcome outcome;
    outcome.path = finalPath;
    outcome.size = QFileInfo(finalPath).size();
    outcome.tocEntries = entries;
    return outcome;
}

} // namespace lotsen
