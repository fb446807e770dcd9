#include "tls/ServerCertificateRenewal.h"

#include "tls/CertificateAuthority.h"
#include "tls/ServerNames.h"

#include <QFile>
#include <QHostAddress>

namespace hailong {

namespace {
Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ValidationError{QStringLiteral("tls"),
                               QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}
} // namespace

Result<QSslCertificate> ServerCertificateRenewal::renew(const DataDirectory &data, int days,
                                                        const QStringList &moreHosts)
{
    const Result<QByteArray> caCertificate = readFile(data.caCertificatePath());
    if (!caCertificate)
        return caCertificate.error();
    const Result<QByteArray> caKey = readFile(data.caKeyPath());
    if (!caKey)
        return caKey.error();
    const Result<QByteArray> currentPem = readFile(data.serverCertificatePath());
    if (!currentPem)
        return currentPem.error();
    const QSslCertificate current(currentPem.value(), QSsl::Pem);
    if (current.isNull())
        return ValidationError{
            QStringLiteral("tls"),
            QStringLiteral("%1 holds no certificate").arg(data.serverCertificatePath())};

    // The same names as before, so every address the kiosks were given still matches.
    ServerNames names;
    const auto altNames = current.subjectAlternativeNames();
    for (auto it = altNames.cbegin(); it != altNames.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            names.dnsNames.append(it.value());
        else if (it.key() == QSsl::IpAddressEntry)
            names.ipAddresses.append(QHostAddress(it.value()).toString());
    }
    if (const Result<bool> added = names.add(moreHosts); !added)
        return added.error();
    const Result<PemPair> issued = CertificateAuthority::issueServerCertificate(
        {caCertificate.value(), caKey.value()}, names.dnsNames, names.ipAddresses, days);
    if (!issued)
        return issued.error();

    // The key first: a server restarted in between would fail to start rather than serve a
    // certificate whose key it does not hold.
    const Result<bool> keyWritten =
        DataDirectory::writePrivateFile(data.serverKeyPath(), issued.value().privateKey);
    if (!keyWritten)
        return keyWritten.error();
    const Result<bool> certificateWritten =
        DataDirectory::writeFile(data.serverCertificatePath(), issued.value().certificate);
    if (!certificateWritten)
        return certificateWritten.error();
    return QSslCertificate(issued.value().certificate, QSsl::Pem);
}

} // namespace hailong
