#include "BackupCommandLine.h"

#include "CommandLine.h"
#include "CommandLineSession.h"
#include "access/AccessDetail.h"
#include "access/AccessLog.h"
#include "access/Permissions.h"
#include "access/Session.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "lifecycle/BackupCatalogue.h"
#include "lifecycle/BackupCipher.h"
#include "lifecycle/BackupSettings.h"
#include "lifecycle/BackupVerifier.h"
#include "lifecycle/BackupWriter.h"
#include "lifecycle/DatabaseIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace lotsen {

namespace {

int exitWithError(const QString& message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

QString countsText(const BackupVerifier::Counts& counts)
{
    return BackupCommandLine::tr("%n youth(s); contacts: %1; access-log entries: %2", nullptr,
                                 int(counts.value(QStringLiteral("youth"))))
        .arg(counts.value(QStringLiteral("contact")))
        .arg(counts.value(QStringLiteral("access_log")));
}

} // namespace

int BackupCommandLine::runBackup(const CommandLine& command)
{
    CommandLineSession session;
    const QString openError = session.open(command, Database::Mode::ReadOnly);
    if (!openError.isEmpty()) {
        return exitWithError(openError);
    }
    Workspace& workspace = session.workspace();
    if (workspace.session().hasAccessControl() && !workspace.session().allows(Permission::ManageBackups)) {
        return exitWithError(tr("Only an administrator may back up the database."));
    }
    BackupWriter::Options options;
    options.folder = QFileInfo(command.backupFolder).absoluteFilePath();
    options.keep = BackupSettings::keep();
    options.databaseId = DatabaseIdentity::read(workspace.database().connection());
    const QDateTime now = Clock::now();
    options.now = now.addMSecs(-now.time().msec());
    const Result<BackupWriter::Outcome> written = BackupWriter::write(workspace.database().path(), options);
    if (!written) {
        return exitWithError(written.message());
    }
    if (workspace.session().account()) {
        const Result<void> logged = workspace.session().log(
            AccessAction::BackupDatabase, 0, AccessDetail::encode(AccessDetail::Code::BackupCommandLine));
        if (!logged) {
            BackupWriter::remove(written->backup.path);
            return exitWithError(
                tr("The backup could not be recorded in the access log and was removed: %1").arg(logged.message()));
        }
    }
    // Older backups go only once this one is recorded: a backup that cannot be logged costs no other.
    const int rotatedAway = BackupWriter::rotate(workspace.database().path(), options);
    QTextStream(stdout) << tr("Wrote %1 (%2), verified.")
                               .arg(QDir::toNativeSeparators(written->backup.path), countsText(written->backup.counts))
                        << '\n';
    if (rotatedAway > 0) {
        QTextStream(stdout) << tr("Removed %n older backup(s) (keeping 7 daily, 5 weekly and 12 monthly).", nullptr,
                                  rotatedAway)
                            << '\n';
    }
    return 0;
}

int BackupCommandLine::runVerify(const CommandLine& command)
{
    const QString path = command.backupPath;
    if (!QFileInfo(path).isFile()) {
        return exitWithError(tr("%1: no such file.").arg(path));
    }
    QString plainPath = path;
    QTemporaryDir scratch;
    if (BackupCipher::isEncrypted(path)) {
        // Decrypted into a private temporary folder, checked, and removed with it.
        if (!scratch.isValid()
            || !QFile::setPermissions(scratch.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            return exitWithError(tr("No private temporary folder for the decrypted copy."));
        }
        plainPath = QDir(scratch.path()).filePath(QStringLiteral("backup.lotsen"));
        const QString passphrase = CommandLineSession::readPassword(tr("the encrypted backup"));
        if (const Result<void> decrypted = BackupCipher::decrypt(path, plainPath, passphrase); !decrypted) {
            return exitWithError(tr("%1: not sound: %2").arg(path, decrypted.message()));
        }
    }
    // The sidecar's counts and schema, when there is one, must match too.
    std::optional<BackupVerifier::Counts> expected;
    int schema = 0;
    const QString directory = QFileInfo(path).absolutePath();
    if (const Result<QList<BackupInfo>> listed = BackupCatalogue::list(directory); listed.ok()) {
        for (const BackupInfo& info : *listed) {
            if (info.path == QFileInfo(path).absoluteFilePath() && !info.counts.isEmpty()) {
                expected = info.counts;
                schema = info.schemaVersion;
            }
        }
    }
    const Result<BackupVerifier::Report> report = BackupVerifier::verify(plainPath, schema, expected);
    if (!report) {
        return exitWithError(tr("%1: not sound: %2").arg(path, report.message()));
    }
    QTextStream(stdout)
        << tr("%1: sound (schema %2; %3).").arg(path).arg(report->schemaVersion).arg(countsText(report->counts))
        << '\n';
    return 0;
}

} // namespace lotsen
