#pragma once

#include "Result.h"
#include "http/ConnectionLimits.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

namespace hailong {

// The one place the server starts listening: a QSslServer (TLS 1.2 or later, the
// certificate `init` made) bound to the QHttpServer, with a ConnectionGuard on every socket
// and a cap on open connections. Kept apart because QtHttpServer's start-up API changed
// after 6.4.
class HttpsListener : public QObject
{
    Q_OBJECT

public:
    HttpsListener(QHttpServer &server, const ConnectionLimits &limits, QObject *parent = nullptr);

    // Errors: "tls" (certificate or key unusable), "listen" (address in use, …).
    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const QSslCertificate &certificate, const QSslKey &key);

    int openConnections() const { return m_open; }

private:
    void onHandshakeStarted(class QSslSocket *socket);

    QHttpServer &m_server;
    ConnectionLimits m_limits;
    int m_open = 0;
};

} // namespace hailong
