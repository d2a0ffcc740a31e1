#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace lotsen {

// Argon2id password hashes (libsodium's crypto_pwhash_str), the minimum length and a strength hint.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    // libsodium's interactive limits (checked against sodium.h in the .cpp); a hash made with less is rehashed at
    // the next login. Numbers here so that callers and tests need not include sodium.h.
    static constexpr unsigned long long OpsLimit = 2;
    static constexpr std::size_t MemLimit = std::size_t { 64 } * 1024 * 1024;
    static constexpr int MinimumLength = 10;

    // The encoded hash ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"), or an empty string when libsodium
    // cannot run (no memory).
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // True when the hash was made with other limits than ours (or is not a hash at all).
    static bool needsRehash(const QString& hash);

    // Tests only: hash() and needsRehash() use these limits instead of OpsLimit and MemLimit, so that a test that
    // creates accounts does not spend a second of CPU and 64 MiB on each. resetCost() goes back to the real ones.
    static void setCostForTests(unsigned long long opsLimit, std::size_t memLimit);
    static void resetCost();

    // What would make the password stronger, in the UI language; empty when nothing obvious would.
    static QString strengthHint(const QString& password);
};

} // namespace lotsen
