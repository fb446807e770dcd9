#include "storage/PostgresAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace hailong {

namespace {
ValidationError invalid(const QString &why)
{
    return {QStringLiteral("invalid-db-url"),
            QStringLiteral("%1; use postgresql://user:password@host:port/dbname or "
                           "postgresql://user@/dbname?host=/socket/folder")
                .arg(why)};
}
} // namespace

bool PostgresAddress::isPostgresUrl(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql://")) ||
           url.startsWith(QLatin1String("postgres://"));
}

Result<PostgresAddress> PostgresAddress::parse(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isPostgresUrl(url) || !parsed.isValid())
        return invalid(QStringLiteral("\"%1\" is not a PostgreSQL URL").arg(url));
    PostgresAddress address;
    address.host = parsed.host(QUrl::FullyDecoded);
    address.port = parsed.port(5432);
    address.user = parsed.userName(QUrl::FullyDecoded);
    address.password = parsed.password(QUrl::FullyDecoded);
    address.database = parsed.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(parsed);
    for (const auto &[key, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &value = encoded;
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                return invalid(QStringLiteral("port \"%1\" is not a port number").arg(value));
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("password")) {
            address.password = value;
        } else if (key == QLatin1String("sslmode") || key == QLatin1String("sslrootcert") ||
                   key == QLatin1String("connect_timeout") ||
                   key == QLatin1String("application_name")) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
                return invalid(QStringLiteral("%1 must not contain spaces or ';'").arg(key));
            options.append(key + QLatin1Char('=') + value);
        } else {
            return invalid(QStringLiteral("unknown parameter \"%1\"").arg(key));
        }
    }
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("the URL must name one database"));
    address.options = options.join(QLatin1Char(';'));
    return address;
}

QString PostgresAddress::display() const
{
    const QString where =
        host.startsWith(QLatin1Char('/')) ? QStringLiteral("?host=%1").arg(host) : QString();
    const QString server = host.startsWith(QLatin1Char('/')) ? QString() : host;
    return QStringLiteral("postgresql://%1@%2:%3/%4%5")
        .arg(user, server)
        .arg(port)
        .arg(database, where);
}

} // namespace hailong
