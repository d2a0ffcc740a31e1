#include "lifecycle/BackupCipher.h"

#include "core/Logging.h"
#include "core/OwnerOnlyFile.h"

#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <functional>

namespace lotsen {

namespace {

constexpr char kMagic[] = "LOTSENBK";
constexpr qsizetype kMagicSize = 8;
constexpr char kVersion = 1;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kHeaderSize
    = kMagicSize + 1 + crypto_pwhash_SALTBYTES + 8 + 8 + crypto_secretstream_xchacha20poly1305_HEADERBYTES;

bool cheapCost = false;

bool sodiumReady()
{
    return sodium_init() >= 0;
}

QByteArray littleEndian(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

using Sink = std::function<bool(const unsigned char*, qsizetype)>;

// Reads the chunks of an encrypted file and hands each plain chunk to `sink`. Fails unless every chunk
// authenticates and the stream ends exactly with its final chunk.
Result<void> readStream(const QString& encryptedPath, const BackupCipher::Key& key, const Sink& sink)
{
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(BackupCipher::tr("The encrypted backup cannot be read: %1").arg(in.errorString()));
    }
    const QByteArray head = in.read(kHeaderSize);
    if (head.size() != kHeaderSize || !head.startsWith(QByteArray(kMagic, kMagicSize))) {
        return fail(BackupCipher::tr("The file is not an encrypted Lotsen backup."));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    const auto* streamHeader = reinterpret_cast<const unsigned char*>(
        head.constData() + kHeaderSize - crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader,
                                                        reinterpret_cast<const unsigned char*>(key.key.constData()))
        != 0) {
        return fail(BackupCipher::tr("The encrypted backup's header is damaged."));
    }
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    QByteArray plain(kChunk, '\0');
    for (;;) {
        const qint64 read = in.read(cipher.data(), cipher.size());
        if (read <= 0) {
            // The stream ended before its final chunk: a truncated copy.
            return fail(BackupCipher::tr("The encrypted backup is incomplete (cut off)."));
        }
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(plain.data()),
                                                       &plainLength, &tag,
                                                       reinterpret_cast<const unsigned char*>(cipher.constData()),
                                                       static_cast<unsigned long long>(read), nullptr, 0)
            != 0) {
            return fail(BackupCipher::tr("Wrong passphrase, or the encrypted backup has been altered or damaged."));
        }
        if (!sink(reinterpret_cast<const unsigned char*>(plain.constData()), static_cast<qsizetype>(plainLength))) {
            return fail(BackupCipher::tr("The decrypted backup could not be written."));
        }
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in.atEnd()) {
                return fail(BackupCipher::tr("The encrypted backup has data after its end."));
            }
            return success();
        }
    }
}

} // namespace

bool BackupCipher::Key::isValid() const
{
    return key.size() == crypto_secretstream_xchacha20poly1305_KEYBYTES && salt.size() == crypto_pwhash_SALTBYTES
        && opsLimit > 0 && memLimit > 0;
}

void BackupCipher::setCheapCostForTests(bool cheap)
{
    cheapCost = cheap;
}

Result<BackupCipher::Key> BackupCipher::deriveNew(const QString& passphrase)
{
    if (!sodiumReady()) {
        return fail(tr("The encryption library could not be started."));
    }
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    const quint64 ops = cheapCost ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 mem = cheapCost ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
    return derive(passphrase, salt, ops, mem);
}

Result<BackupCipher::Key> BackupCipher::derive(const QString& passphrase, const QByteArray& salt, quint64 opsLimit,
                                               quint64 memLimit)
{
    if (!sodiumReady()) {
        return fail(tr("The encryption library could not be started."));
    }
    if (passphrase.isEmpty()) {
        return fail(tr("The passphrase is empty."));
    }
    // A file's stored cost is read back from the file: refuse absurd values rather than exhausting the PC.
    if (salt.size() != crypto_pwhash_SALTBYTES || opsLimit < crypto_pwhash_OPSLIMIT_MIN
        || opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE || memLimit < crypto_pwhash_MEMLIMIT_MIN
        || memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE) {
        return fail(tr("The encrypted backup's key settings are not valid."));
    }
    Key result;
    result.salt = salt;
    result.opsLimit = opsLimit;
    result.memLimit = memLimit;
    result.key = QByteArray(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(result.key.data()),
                      static_cast<unsigned long long>(result.key.size()), utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit, static_cast<size_t>(memLimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return fail(tr("There is not enough memory to derive the backup key."));
    }
    return result;
}

bool BackupCipher::isEncrypted(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagicSize) == QByteArray(kMagic, kMagicSize);
}

Result<BackupCipher::Key> BackupCipher::header(const QString& encryptedPath)
{
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(tr("The encrypted backup cannot be read: %1").arg(in.errorString()));
    }
    const QByteArray head = in.read(kHeaderSize);
    if (head.size() != kHeaderSize || !head.startsWith(QByteArray(kMagic, kMagicSize))) {
        return fail(tr("The file is not an encrypted Lotsen backup."));
    }
    if (head.at(kMagicSize) != kVersion) {
        return fail(tr("The encrypted backup was written by a newer Lotsen."));
    }
    Key key;
    qsizetype at = kMagicSize + 1;
    key.salt = head.mid(at, crypto_pwhash_SALTBYTES);
    at += crypto_pwhash_SALTBYTES;
    key.opsLimit = qFromLittleEndian<quint64>(head.constData() + at);
    key.memLimit = qFromLittleEndian<quint64>(head.constData() + at + 8);
    return key;
}

Result<QByteArray> BackupCipher::encrypt(const QString& plainPath, const QString& encryptedPath, const Key& key)
{
    if (!sodiumReady() || !key.isValid()) {
        return fail(tr("No valid backup key is set."));
    }
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(tr("The backup cannot be read: %1").arg(in.errorString()));
    }
    if (const Result<void> created = OwnerOnlyFile::createEmpty(encryptedPath); !created) {
        return created.error();
    }
    QFile out(encryptedPath);
    const auto failed = [&out, &encryptedPath](const QString& message) -> Result<QByteArray> {
        out.close();
        QFile::remove(encryptedPath);
        qCWarning(lcDatabase) << "encrypted backup failed";
        return fail(message);
    };
    if (!out.open(QIODevice::WriteOnly)) {
        return failed(tr("The encrypted backup cannot be written: %1").arg(out.errorString()));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader,
                                                    reinterpret_cast<const unsigned char*>(key.key.constData()));
    QByteArray head(kMagic, kMagicSize);
    head += kVersion;
    head += key.salt + littleEndian(key.opsLimit) + littleEndian(key.memLimit);
    head += QByteArray(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader);
    if (out.write(head) != head.size()) {
        return failed(tr("The encrypted backup cannot be written: %1").arg(out.errorString()));
    }
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, crypto_generichash_BYTES);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    const qint64 total = in.size();
    qint64 done = 0;
    do {
        const QByteArray plain = in.read(kChunk);
        if (plain.isEmpty() && done < total) {
            return failed(tr("The backup cannot be read: %1").arg(in.errorString()));
        }
        done += plain.size();
        const bool last = done >= total;
        crypto_generichash_update(&hash, reinterpret_cast<const unsigned char*>(plain.constData()),
                                  static_cast<unsigned long long>(plain.size()));
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength,
            reinterpret_cast<const unsigned char*>(plain.constData()), static_cast<unsigned long long>(plain.size()),
            nullptr, 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (out.write(cipher.constData(), static_cast<qint64>(cipherLength)) != static_cast<qint64>(cipherLength)) {
            return failed(tr("The encrypted backup cannot be written: %1").arg(out.errorString()));
        }
    } while (done < total);
    if (!out.flush()) {
        return failed(tr("The encrypted backup cannot be written: %1").arg(out.errorString()));
    }
    out.close();
    QByteArray digest(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&hash, reinterpret_cast<unsigned char*>(digest.data()),
                             static_cast<size_t>(digest.size()));
    return digest;
}

Result<QByteArray> BackupCipher::plainHash(const QString& encryptedPath, const Key& key)
{
    if (!sodiumReady() || !key.isValid()) {
        return fail(tr("No valid backup key is set."));
    }
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, crypto_generichash_BYTES);
    const Result<void> read = readStream(encryptedPath, key, [&hash](const unsigned char* bytes, qsizetype length) {
        crypto_generichash_update(&hash, bytes, static_cast<unsigned long long>(length));
        return true;
    });
    if (!read) {
        return read.error();
    }
    QByteArray digest(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&hash, reinterpret_cast<unsigned char*>(digest.data()),
                             static_cast<size_t>(digest.size()));
    return digest;
}

Result<void> BackupCipher::decrypt(const QString& encryptedPath, const QString& plainPath, const QString& passphrase)
{
    const Result<Key> stored = header(encryptedPath);
    if (!stored) {
        return stored.error();
    }
    const Result<Key> key = derive(passphrase, stored->salt, stored->opsLimit, stored->memLimit);
    if (!key) {
        return key.error();
    }
    return decrypt(encryptedPath, plainPath, *key);
}

Result<void> BackupCipher::decrypt(const QString& encryptedPath, const QString& plainPath, const Key& key)
{
    if (!sodiumReady() || !key.isValid()) {
        return fail(tr("No valid backup key is set."));
    }
    if (const Result<void> created = OwnerOnlyFile::createEmpty(plainPath); !created) {
        return created;
    }
    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly)) {
        QFile::remove(plainPath);
        return fail(tr("The decrypted backup could not be written: %1").arg(out.errorString()));
    }
    const Result<void> read = readStream(encryptedPath, key, [&out](const unsigned char* bytes, qsizetype length) {
        return out.write(reinterpret_cast<const char*>(bytes), length) == length;
    });
    const bool flushed = read.ok() && out.flush();
    out.close();
    if (!read || !flushed) {
        QFile::remove(plainPath);
        return read ? fail(tr("The decrypted backup could not be written.")) : read;
    }
    return success();
}

} // namespace lotsen
