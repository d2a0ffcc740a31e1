#pragma once

#include <QByteArray>
#include <QString>

namespace lotsen::Keychain {

// The operating system's credential store (Windows Credential Manager, the Secret Service on Linux, the macOS
// keychain) through QtKeychain, for the access log's key. Kept in a library of its own, so that QtKeychain's Qt D-Bus
// reaches only this file. Both calls wait for the store's answer (an event loop of their own); main thread only.
struct Read
{
    bool available = false; // a credential store answered (with the secret or with "not found")
    QByteArray secret;
};

Read read();
bool write(const QByteArray& secret);
// The same under another entry name (the shared database's password: "server:user@host:port/db").
Read read(const QString& entry);
bool write(const QString& entry, const QByteArray& secret);

} // namespace lotsen::Keychain
