#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

namespace hailong {

// PEM certificate and private key.
struct PemPair
{
    QByteArray certificate;
    QByteArray privateKey;
};

// The centre's own small CA: it signs the server's certificate, and kiosks pin its
// certificate (DIR/ca.pem) instead of trusting public CAs. EC P-256 keys, SHA-256 signatures.
class CertificateAuthority
{
public:
    // A self-signed CA certificate valid for 10 years. Errors: "tls".
    static Result<PemPair> create(const QString &commonName);

    // A server certificate for the given host names and IP addresses (subjectAltName),
    // signed by the CA and valid for 825 days. Errors: "tls".
    static Result<PemPair> issueServerCertificate(const PemPair &ca, const QStringList &dnsNames,
                                                  const QStringList &ipAddresses);
};

} // namespace hailong
