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

// The centre's own small CA: it signs the server's certificate and, for mutual TLS, the kiosks'
// client certificates; kiosks pin its certificate (DIR/ca.pem) instead of trusting public CAs. EC
// P-256 keys, SHA-256 signatures.
class CertificateAuthority
{
public:
    // A self-signed CA certificate valid for 10 years. Errors: "tls".
    static Result<PemPair> create(const QString &commonName);

    // A server's validity: 825 days, the longest that browsers accept.
    static constexpr int serverCertificateDays = 825;

    // A server certificate for the given host names and IP addresses (subjectAltName), with a
    // new key, signed by the CA and valid for `days`. Errors: "tls".
    static Result<PemPair> issueServerCertificate(const PemPair &ca, const QStringList &dnsNames,
                                                  const QStringList &ipAddresses,
                                                  int days = serverCertificateDays);

    // A kiosk's validity: two years, then the kiosk is enrolled again.
    static constexpr int clientCertificateDays = 730;

    // A client certificate for mutual TLS: CN = `commonName` (the kiosk id), extendedKeyUsage
    // clientAuth, a new key, signed by the CA and valid for `days`. Errors: "tls".
    static Result<PemPair> issueClientCertificate(const PemPair &ca, const QString &commonName,
                                                  int days = clientCertificateDays);

    // A cross certificate: `subjectCaPem`'s name, key and key identifier, issued and signed by
    // `ca`, valid as long as the subject CA is. A client that trusts only `ca` then accepts
    // what the subject CA signed when the server sends this after its own certificate (a
    // commune's kiosks, pinned to the commune's CA, reach the province's server). Errors: "tls".
    static Result<QByteArray> crossSign(const PemPair &ca, const QByteArray &subjectCaPem);

    // Whether `certificatePem` carries a signature by the key of `caPem`.
    static bool isSignedBy(const QByteArray &certificatePem, const QByteArray &caPem);
};

} // namespace hailong
