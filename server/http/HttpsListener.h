#pragma once

#include "Result.h"
#include "http/ConnectionGuard.h"
#include "http/ConnectionLimits.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

namespace hailong {

// The one place the server starts listening: a QSslServer (TLS 1.3, or TLS 1.2 with ECDHE and
// AES-GCM or ChaCha20-Poly1305 only; the certificate `init` made) bound to the QHttpServer,
// with a ConnectionGuard on every socket and a cap on open connections. Kept apart because
// QtHttpServer's start-up API changed after 6.4. Optionally mutual TLS: clients are asked for a
// certificate of the given CA, and each request is put to an admission check that sees it.
class HttpsListener : public QObject
{
    Q_OBJECT

public:
    HttpsListener(QHttpServer &server, const ConnectionLimits &limits, QObject *parent = nullptr);

    // Mutual TLS, set before listen(): every handshake asks for a client certificate from
    // `clientCa`, but does not fail without one (QueryPeer) — the dashboard shares the port and
    // staff browsers have none; `admission` then decides per request which need one.
    void requestClientCertificates(const QList<QSslCertificate> &clientCa,
                                   RequestAdmission admission);

    // `chain`: certificates sent after `certificate` (cross certificates for kiosks that pin
    // another CA, see ImportedCentreTrust). Errors: "tls" (certificate or key unusable),
    // "listen" (address in use, …).
    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const QSslCertificate &certificate, const QSslKey &key,
                           const QList<QSslCertificate> &chain = {});

    int openConnections() const { return m_open; }

private:
    void onHandshakeStarted(class QSslSocket *socket);

    QHttpServer &m_server;
    ConnectionLimits m_limits;
    QList<QSslCertificate> m_clientCa;
    RequestAdmission m_admission;
    int m_open = 0;
};

} // namespace hailong
