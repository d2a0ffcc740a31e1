#pragma once

#include <QString>

class QSqlDatabase;

#include <optional>

namespace lotsen {

// Where a shared register lives: a PostgreSQL database on the office's server, written as
// postgresql://user@host:port/dbname?sslmode=require. The password is never part of the address (nor of any
// settings file): it comes from standard input or the platform's credential store (ServerCredentials).
struct ServerAddress
{
    QString host; // a name, an address, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString user;
    QString password; // only in memory
    // libpq's sslmode: "require" unless the host is this machine, where "prefer" is enough.
    QString sslMode;

    static bool looksLikeUrl(const QString& text);
    // Nothing for a malformed address (no host, no database name, a port that is not a number).
    static std::optional<ServerAddress> fromUrl(const QString& text);
    // Without the password.
    QString toUrl() const;
    // "lotsen on server.local:5432", for messages and the title bar.
    QString shownName() const;
    bool isLocalHost() const;
    QString effectiveSslMode() const;
    // Sets a QPSQL connection to this address: host, port, database, user, password, TLS, and a timeout of a few
    // seconds for a server that does not answer (libpq's default waits for minutes).
    void configure(QSqlDatabase& connection) const;
};

} // namespace lotsen
