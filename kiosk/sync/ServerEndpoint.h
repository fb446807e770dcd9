#pragma once

#include "Result.h"

#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace hailong {

// Where the kiosk's server is and how to talk to it: the base URL, the kiosk token, and TLS
// that trusts only the pinned CA — with the kiosk's client certificate when it has one (a
// server run with --mutual-tls asks for it). Every request it makes carries the token and the
// outbox size (X-Kiosk-Queued), so the server can show which kiosks are behind.
class ServerEndpoint
{
public:
    ServerEndpoint(QUrl base, QString token, QList<QSslCertificate> pinnedCa);

    // Reads the token file (first line, trimmed) and the CA file (PEM), and the client
    // certificate and its key (PEM, EC or RSA) when both are named.
    // Errors: "token-file", "ca-file", "client-cert", "client-key".
    static Result<ServerEndpoint> fromFiles(const QUrl &base, const QString &tokenFile,
                                            const QString &caFile,
                                            const QString &clientCertificateFile = {},
                                            const QString &clientKeyFile = {});

    // Presented on every request's TLS handshake (mutual TLS).
    void setClientCertificate(const QSslCertificate &certificate, const QSslKey &key);

    void setQueueSize(std::function<int()> queueSize) { m_queueSize = std::move(queueSize); }

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    QUrl base() const { return m_base; }

private:
    QUrl m_base;
    QString m_token;
    QSslConfiguration m_tls;
    std::function<int()> m_queueSize;
};

} // namespace hailong
