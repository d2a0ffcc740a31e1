#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lotsen {

// Backups that leave the PC (the second folder: a USB disk, a network share) are encrypted, so that a lost stick
// exposes nothing: libsodium's crypto_secretstream_xchacha20poly1305 in 64 KiB chunks, under a key derived from
// the administrator's passphrase with crypto_pwhash (Argon2id). Every chunk is authenticated and the last one is
// tagged final, so a truncated, reordered or altered file is refused, never half restored.
//
// File layout: "LOTSENBK" 1 (version), salt (16), opslimit (8, little endian), memlimit (8), the stream header
// (24), then the chunks.
class BackupCipher
{
    Q_DECLARE_TR_FUNCTIONS(BackupCipher)

public:
    // The key and what derived it; kept on the PC (BackupKeyStore), so that automatic backups need no passphrase.
    struct Key
    {
        QByteArray key;
        QByteArray salt;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        bool isValid() const;
    };

    // Derives a new key with a fresh salt (about a second at libsodium's moderate cost).
    static Result<Key> deriveNew(const QString& passphrase);
    // Derives the key again for a file's salt and cost.
    static Result<Key> derive(const QString& passphrase, const QByteArray& salt, quint64 opsLimit, quint64 memLimit);
    // Tests use libsodium's cheapest cost, so that they run in milliseconds.
    static void setCheapCostForTests(bool cheap);

    static bool isEncrypted(const QString& path);

    // Encrypts `plainPath` into `encryptedPath` (created owner-only; it must not exist). Returns the BLAKE2b hash
    // of the plain bytes, which verify() compares.
    static Result<QByteArray> encrypt(const QString& plainPath, const QString& encryptedPath, const Key& key);
    // Decrypts into `plainPath` (created owner-only; it must not exist). A wrong passphrase or an altered file
    // fails and leaves nothing behind.
    static Result<void> decrypt(const QString& encryptedPath, const QString& plainPath, const QString& passphrase);
    static Result<void> decrypt(const QString& encryptedPath, const QString& plainPath, const Key& key);
    // Reads the whole file through the cipher without writing the plain text anywhere, and returns the BLAKE2b
    // hash of the plain bytes.
    static Result<QByteArray> plainHash(const QString& encryptedPath, const Key& key);
    // The salt and cost stored at the start of an encrypted file.
    static Result<Key> header(const QString& encryptedPath);
};

} // namespace lotsen
