#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>

namespace hailong {

// Watches the server's and the CA's certificates so staff hear of an expiry a month ahead:
// after it, kiosks can no longer connect.
class CertificateExpiry
{
public:
    static constexpr qint64 warningDays = 30;
    static constexpr qint64 criticalDays = 7;

    struct Warning
    {
        QString certificate; // "server" or "ca"
        QString severity;    // "warning" within 30 days, "critical" within 7 (or expired)
        QDateTime expires;
        qint64 daysLeft; // whole days; negative once expired
    };

    CertificateExpiry() = default;
    CertificateExpiry(QSslCertificate server, QSslCertificate ca);

    QList<Warning> warnings(const QDateTime &now) const;

private:
    QSslCertificate m_server;
    QSslCertificate m_ca;
};

} // namespace hailong
