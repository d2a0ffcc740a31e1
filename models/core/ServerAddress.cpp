#include "core/ServerAddress.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace lotsen {

bool ServerAddress::looksLikeUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::fromUrl(const QString& text)
{
    if (!looksLikeUrl(text)) {
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return std::nullopt;
    }
    ServerAddress address;
    const QUrlQuery query(url);
    address.host = url.host();
    // libpq's own form for a Unix socket: postgresql:///dbname?host=/run/postgresql
    if (query.hasQueryItem(QStringLiteral("host"))) {
        address.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    }
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (address.host.isEmpty() || address.database.isEmpty() || address.database.contains(u'/') || address.port <= 0
        || address.port > 65535) {
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(u'/' + database);
    url.setUserName(user);
    if (!sslMode.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    }
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops the authority's "//" when a URL has no host; libpq wants postgresql://user@:port/db.
    if (host.startsWith(u'/') && !text.startsWith(QLatin1String("postgresql://"))) {
        text.replace(0, QStringLiteral("postgresql:").size(), QStringLiteral("postgresql://"));
    }
    return text;
}

QString ServerAddress::shownName() const
{
    return QStringLiteral("%1 (%2:%3)").arg(database, host).arg(port);
}

bool ServerAddress::isLocalHost() const
{
    return host.startsWith(u'/') || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1");
}

QString ServerAddress::effectiveSslMode() const
{
    if (!sslMode.isEmpty()) {
        return sslMode;
    }
    // A Unix socket carries no TLS; over the network, nothing else is enough.
    if (host.startsWith(u'/')) {
        return QStringLiteral("disable");
    }
    return isLocalHost() ? QStringLiteral("prefer") : QStringLiteral("require");
}

void ServerAddress::configure(QSqlDatabase& connection) const
{
    connection.setHostName(host);
    connection.setPort(port);
    connection.setDatabaseName(database);
    connection.setUserName(user);
    connection.setPassword(password);
    connection.setConnectOptions(
        QStringLiteral("connect_timeout=5;sslmode=%1;application_name=Lotsen").arg(effectiveSslMode()));
}

} // namespace lotsen
