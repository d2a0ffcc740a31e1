#include "BackupCommandLine.h"

#include "CommandLine.h"
#include "CommandLineSession.h"
#include "ServerPassword.h"
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
#include "server/ServerBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

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

// Logs the command's account out when it ends, as CommandLineSession does.
class LogOutAtEnd
{
public:
    explicit LogOutAtEnd(Workspace& workspace) : m_workspace(workspace) { }
    LogOutAtEnd(const LogOutAtEnd&) = delete;
    LogOutAtEnd& operator=(const LogOutAtEnd&) = delete;
    ~LogOutAtEnd()
    {
        if (m_workspace.session().account()) {
            m_workspace.session().logOut();
        }
    }

private:
    Workspace& m_workspace;
};

} // namespace

// A shared database on a server: pg_dump (ServerBackup) instead of BackupWriter. The server's password is the first
// line of standard input when that is piped (ServerPassword), an account's password the next. The same login and
// access-log entry as for a file; no rotation.
int BackupCommandLine::runServerBackup(const CommandLine& command)
{
    std::optional<ServerAddress> address = ServerAddress::fromUrl(command.databasePath);
    if (!address) {
        return exitWithError(tr("%1 is not a server's address; write it as postgresql://user@host:port/dbname.")
                                 .arg(command.databasePath));
    }
    ServerPassword::complete(*address);
    Database database;
    Database::OpenResult opened = database.openServer(*address, Database::Mode::ReadOnly);
    if (!opened.ok()) {
        return exitWithError(opened.message);
    }
    auto workspace = std::make_unique<Workspace>(database);
    if (!workspace->session().hasAccessControl()) {
        if (!command.user.isEmpty()) {
            return exitWithError(CommandLineSession::tr(
                "This database has no staff accounts, so --user cannot be checked. Check that this is the right "
                "file; leave out --user only for a database without accounts."));
        }
    } else {
        if (command.user.isEmpty()) {
            return exitWithError(
                CommandLineSession::tr("This database has staff accounts. Give your username with --user NAME; the "
                                       "password is read from standard input."));
        }
        // The login and the backup's entry must reach the access log.
        workspace.reset();
        database.close();
        opened = database.openServer(*address, Database::Mode::ReadWriteExisting);
        if (!opened.ok()) {
            return exitWithError(opened.message);
        }
        workspace = std::make_unique<Workspace>(database);
    }
    const LogOutAtEnd logOut(*workspace);
    if (workspace->session().hasAccessControl()) {
        const AccountRepository::AuthResult result
            = workspace->session().logIn(command.user, CommandLineSession::readPassword(command.user));
        if (!result.ok) {
            return exitWithError(result.message);
        }
        if (result.account.mustChangePassword) {
            return exitWithError(CommandLineSession::tr(
                "Your password must be changed before you can use Lotsen. Log in in Lotsen's window first."));
        }
        if (!workspace->session().allows(Permission::ManageBackups)) {
            return exitWithError(tr("Only an administrator may back up the database."));
        }
    }
    // The counts for the report, read just before the dump (which is a snapshot of the same moment or later).
    const BackupVerifier::Counts counts = BackupVerifier::countRows(database.connection()).valueOr({});
    const QDateTime now = Clock::now();
    const Result<ServerBackup::Outcome> written
        = ServerBackup::write(*address, QFileInfo(command.backupFolder).absoluteFilePath(), now);
    if (!written) {
        return exitWithError(written.message());
    }
    if (workspace->session().account()) {
        const Result<void> logged = workspace->session().log(
            AccessAction::BackupDatabase, 0, AccessDetail::encode(AccessDetail::Code::BackupCommandLine));
        if (!logged) {
            QFile::remove(written->path);
            return exitWithError(
                tr("The backup could not be recorded in the access log and was removed: %1").arg(logged.message()));
        }
    }
    QTextStream(stdout) << tr("Wrote %1 (%2; %3), checked with pg_restore --list (%n entries).", nullptr,
                              written->tocEntries)
                               .arg(QDir::toNativeSeparators(written->path), QLocale().formattedDataSize(written->size),
                                    countsText(counts))
                        << '\n';
    return 0;
}

int BackupCommandLine::runBackup(const CommandLine& command)
{
    if (ServerAddress::looksLikeUrl(command.databasePath)) {
        return runServerBackup(command);
    }
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
