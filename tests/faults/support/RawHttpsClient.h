#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslSocket>
#include <memory>

namespace hailong::testing {

// What came back on one raw connection.
struct RawReply
{
    int status = 0; // 0: no HTTP answer (closed, reset or a TLS alert)
    QByteArray head;
    QByteArray body;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

// Talks HTTP/1.1 over TLS byte by byte, with the server's CA pinned: hostile requests must
// reach the server exactly as written, which QNetworkAccessManager would normalise (dot
// segments, header folding, Content-Length).
class RawHttpsClient
{
public:
    RawHttpsClient(const QString &caPath, quint16 port);

    // Connects from this local address (127.0.0.2, …), as another machine would; by default
    // the system chooses.
    void setSourceAddress(const QHostAddress &address) { m_source = address; }

    // One request on a fresh connection. The bytes go out in chunks; writing stops once the
    // server has answered or closed, so a refused 10 MB body is not pushed to the end.
    RawReply exchange(const QByteArray &request) const;

    // A connection with the TLS handshake done, or nullptr.
    std::unique_ptr<QSslSocket> connectEncrypted() const;

    // "METHOD PATH HTTP/1.1" with Host, the given headers, Content-Length when there is a
    // body, and Connection: close.
    static QByteArray request(const QByteArray &method, const QByteArray &path,
                              const QList<QByteArray> &headers = {}, const QByteArray &body = {});

private:
    QList<QSslCertificate> m_ca;
    quint16 m_port;
    QHostAddress m_source;
};

} // namespace hailong::testing
