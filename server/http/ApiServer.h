#pragma once

#include "http/ApiContext.h"
#include "http/ConnectionLimits.h"
#include "http/HttpsListener.h"

#include <QHttpServer>
#include <QObject>

namespace hailong {

struct ApiServerSettings
{
    ConnectionLimits limits;
    QByteArray caCertificatePem; // served at /ca.pem for kiosk enrolment
    // Kiosk requests need the client certificate issued with the kiosk (serve --mutual-tls);
    // the CA is caCertificatePem.
    bool mutualTls = false;
    // Communes moved in (centre import): their CAs, whose kiosk certificates are accepted too,
    // and the cross certificates sent after the server's own, which their kiosks need.
    QList<QSslCertificate> communeCas;
    QList<QSslCertificate> certificateChain;
};

// The HTTPS API: installs every route over the services it is given and listens.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    // `api` must outlive the server.
    ApiServer(ApiContext &api, ApiServerSettings settings, QObject *parent = nullptr);
    ~ApiServer() override;

    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const QSslCertificate &certificate, const QSslKey &key);

private:
    ApiContext &m_api;
    ApiServerSettings m_settings;
    QHttpServer m_http;
    HttpsListener m_listener;
};

} // namespace hailong
