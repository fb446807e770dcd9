#include "http/HttpsListener.h"

#include "http/ConnectionGuard.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace hailong {

namespace {
// TLS 1.2 only with forward secrecy and authenticated encryption: ECDHE with AES-GCM or
// ChaCha20-Poly1305 (Qt's default list also offers CBC suites with SHA-1). TLS 1.3's own
// suites are all of that kind and stay as they are.
QList<QSslCipher> modernCiphers()
{
    QList<QSslCipher> kept;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 =
            cipher.protocol() == QSsl::TlsV1_3 || name.startsWith(QLatin1String("TLS_"));
        const bool aead = name.contains(QLatin1String("-GCM-")) ||
                          name.contains(QLatin1String("CHACHA20-POLY1305"));
        if (tls13 || (name.startsWith(QLatin1String("ECDHE-")) && aead))
            kept.append(cipher);
    }
    return kept;
}
} // namespace

HttpsListener::HttpsListener(QHttpServer &server, const ConnectionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_limits(limits)
{}

void HttpsListener::requestClientCertificates(const QList<QSslCertificate> &clientCa,
                                              RequestAdmission admission)
{
    m_clientCa = clientCa;
    m_admission = std::move(admission);
}

Result<quint16> HttpsListener::listen(const QHostAddress &address, quint16 port,
                                      const QSslCertificate &certificate, const QSslKey &key,
                                      const QList<QSslCertificate> &chain)
{
    if (certificate.isNull() || key.isNull())
        return ValidationError{QStringLiteral("tls"),
                               QStringLiteral("the server certificate or key cannot be read")};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(modernCiphers());
    if (m_clientCa.isEmpty()) {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        tls.setCaCertificates(m_clientCa);
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    }
    tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});

    auto *sslServer = new QSslServer(this);
    sslServer->setSslConfiguration(tls);
    sslServer->setHandshakeTimeout(m_limits.handshakeAndHeaderTimeoutMs);
    // QSslServer counts connections still in their handshake as pending and stops accepting
    // at maxPendingConnections (default 30): thirty idle sockets would lock every kiosk out
    // until they time out. The cap on open connections below is the limit that counts.
    sslServer->setMaxPendingConnections(m_limits.maxConnections);
    connect(sslServer, &QSslServer::startedEncryptionHandshake, this,
            &HttpsListener::onHandshakeStarted);
    if (!sslServer->listen(address, port)) {
        const QString reason = sslServer->errorString();
        delete sslServer;
        return ValidationError{QStringLiteral("listen"),
                               QStringLiteral("cannot listen on %1:%2: %3")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(reason)};
    }
    m_server.bind(sslServer); // takes ownership
    return sslServer->serverPort();
}

void HttpsListener::onHandshakeStarted(QSslSocket *socket)
{
    if (m_open >= m_limits.maxConnections) {
        // Closed once QSslServer has finished setting the socket up.
        QTimer::singleShot(0, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    new ConnectionGuard(socket, &m_server, m_limits, m_admission);
}

} // namespace hailong
