#pragma once

#include "Result.h"
#include "config/DataDirectory.h"

#include <QString>
#include <QStringList>

namespace hailong {

// The one line an IT officer runs on a new kiosk (deploy/kiosk/hailong-kiosk-enrol):
//   sudo hailong-kiosk-enrol --server URL --token TOKEN --ca-sha256 HEX
// HEX is the SHA-256 of DIR/ca.pem's DER form: the script fetches /ca.pem without trust and
// keeps it only if it has this fingerprint.
class EnrolmentCommand
{
public:
    static constexpr quint16 defaultPort = 8443;

    // An empty command: forToken() gives an empty line (a server started without a CA file).
    EnrolmentCommand() = default;

    // Errors: "tls" when DIR/ca.pem holds no certificate.
    static Result<EnrolmentCommand> forCentre(const DataDirectory &data, const QString &serverUrl);
    // centre.json's "public_url", else https://<this machine's host name>:<port>.
    static QString defaultServerUrl(const DataDirectory &data, quint16 port = defaultPort);

    QString serverUrl() const { return m_serverUrl; }
    QString caSha256() const { return m_caSha256; }
    bool isEmpty() const { return m_caSha256.isEmpty(); }
    QString forToken(const QString &token) const;
    // The names and addresses server.pem is valid for, loopback left out: what a kiosk may use
    // in --server instead of a host name the LAN does not resolve.
    QStringList certificateAddresses() const { return m_certificateAddresses; }

private:
    QString m_serverUrl;
    QString m_caSha256;
    QStringList m_certificateAddresses;
};

} // namespace hailong
