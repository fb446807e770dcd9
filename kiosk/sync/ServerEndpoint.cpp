#include "sync/ServerEndpoint.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSslSocket>

namespace hailong {

namespace {
// `kiosk add --client-cert` makes EC keys; a centre with its own PKI may use RSA.
Result<QSslKey> readPrivateKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ValidationError{QStringLiteral("client-key"),
                               QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return ValidationError{QStringLiteral("client-key"),
                           QStringLiteral("%1 holds no unencrypted PEM private key").arg(path)};
}
} // namespace

ServerEndpoint::ServerEndpoint(QUrl base, QString token, QList<QSslCertificate> pinnedCa)
    : m_base(std::move(base))
    , m_token(std::move(token))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    // The pinned CA replaces the system's: a certificate from any other authority fails.
    m_tls.setCaCertificates(pinnedCa);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
}

Result<ServerEndpoint> ServerEndpoint::fromFiles(const QUrl &base, const QString &tokenFile,
                                                 const QString &caFile,
                                                 const QString &clientCertificateFile,
                                                 const QString &clientKeyFile)
{
    QFile token(tokenFile);
    if (!token.open(QIODevice::ReadOnly))
        return ValidationError{
            QStringLiteral("token-file"),
            QStringLiteral("cannot read %1: %2").arg(tokenFile, token.errorString())};
    const QString tokenText = QString::fromUtf8(token.readLine()).trimmed();
    if (tokenText.isEmpty())
        return ValidationError{QStringLiteral("token-file"),
                               QStringLiteral("%1 holds no token").arg(tokenFile)};
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (ca.isEmpty())
        return ValidationError{QStringLiteral("ca-file"),
                               QStringLiteral("%1 holds no PEM certificate").arg(caFile)};
    ServerEndpoint endpoint(base, tokenText, ca);
    if (clientCertificateFile.isEmpty() && clientKeyFile.isEmpty())
        return endpoint;
    const QList<QSslCertificate> certificate =
        QSslCertificate::fromPath(clientCertificateFile, QSsl::Pem);
    if (certificate.isEmpty())
        return ValidationError{
            QStringLiteral("client-cert"),
            QStringLiteral("%1 holds no PEM certificate").arg(clientCertificateFile)};
    const Result<QSslKey> key = readPrivateKey(clientKeyFile);
    if (!key)
        return key.error();
    endpoint.setClientCertificate(certificate.first(), key.value());
    return endpoint;
}

void ServerEndpoint::setClientCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(key);
}

QNetworkRequest ServerEndpoint::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("X-Kiosk-Queued", QByteArray::number(m_queueSize ? m_queueSize() : 0));
    // The kiosk's own clock, so the server can tell a wrong clock from an outbox backlog.
    request.setRawHeader("Date", QLocale::c()
                                     .toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                     .toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace hailong
