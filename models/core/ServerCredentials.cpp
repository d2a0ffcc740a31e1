#include "core/ServerCredentials.h"

#include "access/Keychain.h"
#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace lotsen {

namespace {

QString s_folder;
bool s_folderOnly = false;

QString fallbackPath(const ServerAddress& address)
{
    const QString folder = !s_folder.isEmpty()
        ? s_folder
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/servers");
    const QByteArray name
        = QCryptographicHash::hash(ServerCredentials::entryName(address).toUtf8(), QCryptographicHash::Sha256).toHex();
    return folder + u'/' + QString::fromLatin1(name.left(32)) + QStringLiteral(".secret");
}

} // namespace

void ServerCredentials::useFolderOnly(const QString& folder)
{
    s_folder = folder;
    s_folderOnly = !folder.isEmpty();
}

QString ServerCredentials::entryName(const ServerAddress& address)
{
    return QStringLiteral("server:%1@%2:%3/%4").arg(address.user, address.host).arg(address.port).arg(address.database);
}

QString ServerCredentials::password(const ServerAddress& address)
{
    if (!s_folderOnly) {
        const Keychain::Read stored = Keychain::read(entryName(address));
        if (stored.available && !stored.secret.isEmpty()) {
            return QString::fromUtf8(stored.secret);
        }
    }
    QFile file(fallbackPath(address));
    if (file.exists() && file.open(QIODevice::ReadOnly)) {
        return QString::fromUtf8(file.readAll());
    }
    return {};
}

Result<void> ServerCredentials::save(const ServerAddress& address, const QString& password)
{
    if (!s_folderOnly && Keychain::write(entryName(address), password.toUtf8())) {
        QFile::remove(fallbackPath(address)); // an older fallback copy is not needed any more
        return success();
    }
    const QString path = fallbackPath(address);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(tr("The folder for the server's password could not be made."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !OwnerOnlyFile::restrict(file)) {
        return fail(tr("The server's password could not be kept: %1").arg(file.errorString()));
    }
    file.write(password.toUtf8());
    if (!file.commit()) {
        return fail(tr("The server's password could not be kept: %1").arg(file.errorString()));
    }
    qCInfo(lcDatabase) << "no credential store answered; the server's password is kept in an owner-only file";
    return success();
}

} // namespace lotsen
