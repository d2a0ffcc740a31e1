#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace lotsen {

// What seals the access log against someone who has only the database file: a per-installation secret key that is
// not in the database (32 random bytes in an owner-only file in this user's application data), and an anchor, also
// outside the database, that remembers an entry of the chain's head (its id and hash) with a MAC, so that deleting the
// newest entries, or replacing the log with another one, shows. Entries are sealed with a keyed BLAKE2b hash
// (libsodium crypto_generichash) instead of the plain SHA-256 of version 1, from the first entry written with a key
// on.
//
// The key lives in the operating system's credential store (QtKeychain); where none answers, in an owner-only file
// that only this user account on this PC can read.
class ChainSeal
{
    Q_DECLARE_TR_FUNCTIONS(ChainSeal)

public:
    struct Anchor
    {
        qint64 id = 0;
        QString hash;
    };

    // Where the key and the anchors live; tests point it at their own folder.
    static void setDirectory(const QString& path);
    static QString directory();

    // The key, made on first use (in the credential store, or owner-only in the key file; never replaced once it
    // exists). Empty if it can neither be read nor made; the log is then written unsealed, as before.
    static QByteArray key();
    // 16 hex characters that name a key without revealing it; stored in every sealed hash.
    static QString keyId(const QByteArray& key);
    // A keyed BLAKE2b-256 of message, hex.
    static QString mac(const QByteArray& key, const QByteArray& message);
    // This installation's key and the keys imported from other PCs, by key id: what the check verifies with.
    static QHash<QString, QByteArray> knownKeys();

    // Moving a database to another PC: the key, encrypted with a passphrase (crypto_pwhash, Argon2id, and
    // crypto_secretbox), written owner-only to `path`, which must not exist; and read back there. The passphrase
    // must have at least 10 characters.
    static Result<void> exportKey(const QString& path, const QString& passphrase);
    // Returns the imported key's id.
    static Result<QString> importKey(const QString& path, const QString& passphrase);

    // The anchor of the database at this path, if one was written and its MAC is right under the key.
    // `tampered` is set when an anchor exists but its MAC does not match.
    static std::optional<Anchor> anchor(const QString& databasePath, const QByteArray& key, bool* tampered = nullptr);
    // Writes the anchor; false when it could not be written (the log still works: the anchor is extra evidence).
    static bool storeAnchor(const QString& databasePath, const QByteArray& key, const Anchor& anchor);
    // The anchor's file; a restore sets it aside (BackupRestore), since the restored log is rightly shorter.
    static QString anchorPath(const QString& databasePath);

private:
    // The owner-only key file, made on first use: where no credential store answers (a CI machine, a desktop
    // without a keyring), and always in tests.
    static QByteArray fileKey();
};

} // namespace lotsen
