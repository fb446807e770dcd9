#include "tls/ServerNames.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <algorithm>

namespace hailong {

namespace {
bool isDnsName(const QString &name)
{
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(),
                       [](const QString &part) { return label.match(part).hasMatch(); });
}
} // namespace

Result<bool> ServerNames::add(const QStringList &hosts)
{
    for (const QString &host : hosts) {
        const QHostAddress address(host);
        if (!address.isNull()) {
            if (!ipAddresses.contains(address.toString()))
                ipAddresses.append(address.toString());
        } else if (isDnsName(host)) {
            if (!dnsNames.contains(host, Qt::CaseInsensitive))
                dnsNames.append(host);
        } else {
            return ValidationError{QStringLiteral("bad-host"),
                                   QStringLiteral("--host %1 is neither an IP address nor a host "
                                                  "name")
                                       .arg(host)};
        }
    }
    return true;
}

} // namespace hailong
