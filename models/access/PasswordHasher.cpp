#include "access/PasswordHasher.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>

#include <sodium.h>

#include <atomic>

namespace lotsen {

static_assert(PasswordHasher::OpsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
static_assert(PasswordHasher::MemLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE);

namespace {

// The limits in use: OpsLimit and MemLimit, unless a test lowered them (setCostForTests). Atomic because a hash
// may be made off the GUI thread.
std::atomic<unsigned long long> opsLimitInUse { PasswordHasher::OpsLimit };
std::atomic<std::size_t> memLimitInUse { PasswordHasher::MemLimit };

// sodium_init() is safe to call more than once, but once is enough; a function-local static is thread-safe.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The password's UTF-8 bytes, wiped when this goes out of scope so that they do not linger in freed memory.
// (The QString it came from belongs to the caller.)
class Utf8Secret
{
public:
    explicit Utf8Secret(const QString& text) : m_bytes(text.toUtf8()) { }
    ~Utf8Secret() { sodium_memzero(m_bytes.data(), static_cast<std::size_t>(m_bytes.size())); }
    Utf8Secret(const Utf8Secret&) = delete;
    Utf8Secret& operator=(const Utf8Secret&) = delete;

    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    if (!sodiumReady()) {
        return {};
    }
    const Utf8Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), opsLimitInUse, memLimitInUse) != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    const QByteArray encoded = hash.toLatin1();
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most STRBYTES.
    if (!sodiumReady() || encoded.isEmpty() || encoded.size() >= qsizetype { crypto_pwhash_STRBYTES }) {
        return false;
    }
    const Utf8Secret secret(password);
    return crypto_pwhash_str_verify(encoded.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& hash)
{
    const QByteArray encoded = hash.toLatin1();
    if (!sodiumReady() || encoded.size() >= qsizetype { crypto_pwhash_STRBYTES }) {
        return true;
    }
    // 0: our limits; 1: other limits; -1: not an Argon2id hash.
    return crypto_pwhash_str_needs_rehash(encoded.constData(), opsLimitInUse, memLimitInUse) != 0;
}

void PasswordHasher::setCostForTests(unsigned long long opsLimit, std::size_t memLimit)
{
    opsLimitInUse = opsLimit;
    memLimitInUse = memLimit;
}

void PasswordHasher::resetCost()
{
    setCostForTests(OpsLimit, MemLimit);
}

QString PasswordHasher::strengthHint(const QString& password)
{
    // A long passphrase is strong with any characters; a shorter password needs a mix to be hard to guess.
    constexpr int passphraseLength = 16;
    const int length = static_cast<int>(password.size());
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        distinct.insert(c);
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);

    QStringList hints;
    if (length < MinimumLength) {
        hints.append(tr("Use at least %1 characters (now %2).").arg(MinimumLength).arg(length));
    }
    if (length > 0 && distinct.size() < 5) {
        hints.append(tr("Avoid repeating the same few characters."));
    }
    if (length < passphraseLength && kinds < 3) {
        hints.append(tr("Mix lower and upper case letters, digits and symbols, or use a passphrase of at least %1 "
                        "characters.")
                         .arg(passphraseLength));
    }
    return hints.join(QLatin1Char(' '));
}

} // namespace lotsen
