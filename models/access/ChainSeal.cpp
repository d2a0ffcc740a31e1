#include "access/ChainSeal.h"

#include "access/Keychain.h"

#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <QMutex>
#include <QThread>

#include <sodium.h>

namespace lotsen {

namespace {

QString& directoryOverride()
{
    static QString path;
    return path;
}

// The key in a key file: nothing when the file cannot be opened, an empty array when it holds no key.
std::optional<QByteArray> readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray stored = file.read(crypto_generichash_KEYBYTES + 1);
    return stored.size() == crypto_generichash_KEYBYTES ? stored : QByteArray();
}

QByteArray anchorMessage(const QString& databasePath, const ChainSeal::Anchor& anchor)
{
    return QByteArrayLiteral("lotsen-access-log-anchor-v1;") + databasePath.toUtf8() + ';'
        + QByteArray::number(anchor.id) + ';' + anchor.hash.toLatin1();
}

} // namespace

void ChainSeal::setDirectory(const QString& path)
{
    directoryOverride() = path;
}

QString ChainSeal::directory()
{
    if (!directoryOverride().isEmpty()) {
        return directoryOverride();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/access-log");
}

QByteArray ChainSeal::key()
{
    // Read once per process (and per folder, for tests): a credential store may ask the user, and the background
    // chain check runs in another thread where a keychain job has no event loop.
    static QMutex mutex;
    static QString cachedFor;
    static QByteArray cached;
    const QMutexLocker locker(&mutex);
    const QString folder = directory();
    if (!cached.isEmpty() && cachedFor == folder) {
        return cached;
    }
    if (sodium_init() < 0) {
        return {};
    }
    QByteArray found;
    // Tests (a folder of their own) never touch the user's credential store.
    const bool useKeychain = directoryOverride().isEmpty() && QCoreApplication::instance()
        && QThread::currentThread() == QCoreApplication::instance()->thread();
    if (useKeychain) {
        const Keychain::Read stored = Keychain::read();
        if (stored.available && stored.secret.size() == crypto_generichash_KEYBYTES) {
            found = stored.secret;
        } else if (stored.available) {
            // First use with a credential store: a key from the fallback file moves into it, or a new one is made.
            const QString path = folder + QStringLiteral("/key");
            QByteArray key = readKeyFile(path).value_or(QByteArray());
            const bool fromFile = !key.isEmpty();
            if (!fromFile) {
                key.resize(crypto_generichash_KEYBYTES);
                randombytes_buf(key.data(), static_cast<std::size_t>(key.size()));
            }
            if (Keychain::write(key)) {
                found = key;
                if (fromFile) {
                    QFile::remove(path);
                }
            }
        }
    }
    if (found.isEmpty()) {
        found = fileKey();
    }
    cached = found;
    cachedFor = folder;
    return found;
}

QByteArray ChainSeal::fileKey()
{
    const QString folder = directory();
    if (!QDir().mkpath(folder)) {
        qCWarning(lcAccess) << "the folder of the access-log key cannot be made";
        return {};
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = folder + QStringLiteral("/key");
    if (const std::optional<QByteArray> existing = readKeyFile(path)) {
        if (existing->isEmpty()) {
            qCWarning(lcAccess) << "the access-log key file has the wrong size; it is left as it is";
        }
        return *existing;
    }
    // Made under a temporary name and moved into place only if no key exists by then, so that two Lotsen
    // processes starting at once cannot each write their own key.
    QByteArray fresh(crypto_generichash_KEYBYTES, '\0');
    randombytes_buf(fresh.data(), static_cast<std::size_t>(fresh.size()));
    const QString temporary = path + QStringLiteral(".new-") + QString::number(QCoreApplication::applicationPid());
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcAccess) << "the access-log key cannot be written:" << file.errorString();
        return {};
    }
    OwnerOnlyFile::restrict(temporary);
    const bool written = file.write(fresh) == fresh.size() && file.flush();
    file.close();
    if (!written || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        // Another process won the race: its key is the one.
        const QByteArray other = readKeyFile(path).value_or(QByteArray());
        if (other.isEmpty()) {
            qCWarning(lcAccess) << "the access-log key could not be stored";
        }
        return other;
    }
    return fresh;
}

QString ChainSeal::keyId(const QByteArray& key)
{
    return mac(key, QByteArrayLiteral("lotsen-access-log-key-id")).left(16);
}

QString ChainSeal::mac(const QByteArray& key, const QByteArray& message)
{
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()),
                       reinterpret_cast<const unsigned char*>(key.constData()), static_cast<std::size_t>(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QHash<QString, QByteArray> ChainSeal::knownKeys()
{
    QHash<QString, QByteArray> keys;
    const QByteArray own = key();
    if (!own.isEmpty()) {
        keys.insert(keyId(own), own);
    }
    const QDir folder(directory());
    for (const QString& name : folder.entryList({ QStringLiteral("imported-*") }, QDir::Files)) {
        const QByteArray imported = readKeyFile(folder.filePath(name)).value_or(QByteArray());
        if (!imported.isEmpty()) {
            keys.insert(keyId(imported), imported);
        }
    }
    return keys;
}

namespace {

constexpr int kMinimumPassphrase = 10;
const QByteArray kExportHeader = QByteArrayLiteral("LOTSEN-ACCESS-LOG-KEY-1\n");

// The key that encrypts an exported key: Argon2id over the passphrase (libsodium's moderate limits, about a second).
QByteArray passphraseKey(const QString& passphrase, const QByteArray& salt)
{
    QByteArray derived(crypto_secretbox_KEYBYTES, '\0');
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(derived.data()), static_cast<unsigned long long>(derived.size()),
                      utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), crypto_pwhash_OPSLIMIT_MODERATE,
                      crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    return derived;
}

} // namespace

Result<void> ChainSeal::exportKey(const QString& path, const QString& passphrase)
{
    if (passphrase.size() < kMinimumPassphrase) {
        return fail(tr("The passphrase must have at least %1 characters.").arg(kMinimumPassphrase));
    }
    const QByteArray own = key();
    if (own.isEmpty()) {
        return fail(tr("This PC has no access-log key to export."));
    }
    if (QFileInfo::exists(path)) {
        return fail(tr("%1 already exists. Choose another file name.").arg(path));
    }
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    const QByteArray secret = passphraseKey(passphrase, salt);
    if (secret.isEmpty()) {
        return fail(tr("The key could not be encrypted (not enough memory)."));
    }
    QByteArray sealed(crypto_secretbox_MACBYTES + own.size(), '\0');
    crypto_secretbox_easy(
        reinterpret_cast<unsigned char*>(sealed.data()), reinterpret_cast<const unsigned char*>(own.constData()),
        static_cast<unsigned long long>(own.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
        reinterpret_cast<const unsigned char*>(secret.constData()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    OwnerOnlyFile::restrict(path);
    const QByteArray content = kExportHeader + (salt + nonce + sealed).toBase64() + '\n';
    if (file.write(content) != content.size() || !file.flush()) {
        file.close();
        QFile::remove(path);
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    return success();
}

Result<QString> ChainSeal::importKey(const QString& path, const QString& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray content = file.read(4096);
    if (!content.startsWith(kExportHeader)) {
        return fail(tr("%1 is not an exported Lotsen access-log key.").arg(path));
    }
    const QByteArray raw = QByteArray::fromBase64(content.mid(kExportHeader.size()).trimmed());
    const qsizetype head = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
    if (raw.size() != head + crypto_secretbox_MACBYTES + crypto_generichash_KEYBYTES) {
        return fail(tr("%1 is not an exported Lotsen access-log key.").arg(path));
    }
    const QByteArray secret = passphraseKey(passphrase, raw.left(crypto_pwhash_SALTBYTES));
    QByteArray imported(crypto_generichash_KEYBYTES, '\0');
    if (secret.isEmpty()
        || crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(imported.data()),
                                      reinterpret_cast<const unsigned char*>(raw.constData() + head),
                                      static_cast<unsigned long long>(raw.size() - head),
                                      reinterpret_cast<const unsigned char*>(raw.constData() + crypto_pwhash_SALTBYTES),
                                      reinterpret_cast<const unsigned char*>(secret.constData()))
            != 0) {
        return fail(tr("The passphrase is wrong, or the file was changed. Nothing was imported."));
    }
    const QString id = keyId(imported);
    if (!QDir().mkpath(directory())) {
        return fail(tr("The key could not be stored on this PC."));
    }
    const QString target = directory() + QStringLiteral("/imported-") + id;
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(tr("The key could not be stored on this PC."));
    }
    OwnerOnlyFile::restrict(target);
    if (out.write(imported) != imported.size()) {
        return fail(tr("The key could not be stored on this PC."));
    }
    return id;
}

QString ChainSeal::anchorPath(const QString& databasePath)
{
    const QString canonical = QFileInfo(databasePath).absoluteFilePath();
    const QByteArray name = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return directory() + QStringLiteral("/anchor-") + QString::fromLatin1(name);
}

std::optional<ChainSeal::Anchor> ChainSeal::anchor(const QString& databasePath, const QByteArray& key, bool* tampered)
{
    if (tampered) {
        *tampered = false;
    }
    if (key.isEmpty()) {
        return std::nullopt;
    }
    QFile file(anchorPath(databasePath));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 3) {
        if (tampered) {
            *tampered = true;
        }
        return std::nullopt;
    }
    Anchor stored;
    stored.id = lines.at(0).toLongLong();
    stored.hash = QString::fromLatin1(lines.at(1));
    const QString canonical = QFileInfo(databasePath).absoluteFilePath();
    if (QString::fromLatin1(lines.at(2)) != mac(key, anchorMessage(canonical, stored))) {
        if (tampered) {
            *tampered = true;
        }
        return std::nullopt;
    }
    return stored;
}

bool ChainSeal::storeAnchor(const QString& databasePath, const QByteArray& key, const Anchor& anchor)
{
    if (key.isEmpty()) {
        return false;
    }
    const QString canonical = QFileInfo(databasePath).absoluteFilePath();
    const QString path = anchorPath(databasePath);
    // Written in place without fsync: it is rewritten after every entry, and a torn anchor only loses the extra
    // evidence (its MAC fails), never an entry. Overwritten rather than truncated and written again (on ext4 the
    // truncation alone cost about 140 µs, more than the rest of an access-log entry), and the folder is made only
    // when the file cannot be opened.
    const bool existed = QFileInfo::exists(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) && !(QDir().mkpath(directory()) && file.open(QIODevice::ReadWrite))) {
        return false;
    }
    if (!existed) {
        OwnerOnlyFile::restrict(path); // once: rewriting it keeps its mode
    }
    const QByteArray content = QByteArray::number(anchor.id) + '\n' + anchor.hash.toLatin1() + '\n'
        + mac(key, anchorMessage(canonical, anchor)).toLatin1() + '\n';
    return file.write(content) == content.size() && (file.size() == content.size() || file.resize(content.size()));
}

} // namespace lotsen
