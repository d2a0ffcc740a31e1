#pragma once

#include "core/Result.h"
#include "core/ServerAddress.h"

#include <QCoreApplication>
#include <QString>

namespace lotsen {

// The password of a shared database, kept for this PC's user between starts: in the platform's credential store
// (QtKeychain: Windows Credential Manager, the Secret Service on Linux), never in a settings file. Where no store
// answers (a machine without a desktop session, such as a CI runner) it falls back to an owner-only file in the
// user's local application data, as the access log's key does; the README says so.
class ServerCredentials
{
    Q_DECLARE_TR_FUNCTIONS(ServerCredentials)

public:
    // Empty when none is kept.
    static QString password(const ServerAddress& address);
    [[nodiscard]] static Result<void> save(const ServerAddress& address, const QString& password);
    // The entry name in the store: "server:user@host:port/database".
    static QString entryName(const ServerAddress& address);
    // Tests: keep the fallback file under `folder` and never ask the platform's store.
    static void useFolderOnly(const QString& folder);
};

} // namespace lotsen
