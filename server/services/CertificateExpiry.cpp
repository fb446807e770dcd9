#include "services/CertificateExpiry.h"

#include <cmath>

namespace hailong {

CertificateExpiry::CertificateExpiry(QSslCertificate server, QSslCertificate ca)
    : m_server(std::move(server))
    , m_ca(std::move(ca))
{}

QList<CertificateExpiry::Warning> CertificateExpiry::warnings(const QDateTime &now) const
{
    QList<Warning> found;
    for (const auto &[name, certificate] :
         {std::pair{QStringLiteral("server"), m_server}, std::pair{QStringLiteral("ca"), m_ca}}) {
        if (certificate.isNull())
            continue;
        const QDateTime expires = certificate.expiryDate();
        const qint64 daysLeft = qint64(std::floor(double(now.secsTo(expires)) / 86400.0));
        if (daysLeft >= warningDays)
            continue;
        found.append(
            {name, daysLeft < criticalDays ? QStringLiteral("critical") : QStringLiteral("warning"),
             expires, daysLeft});
    }
    return found;
}

} // namespace hailong
