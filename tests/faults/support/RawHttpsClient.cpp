#include "RawHttpsClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSslConfiguration>

namespace hailong::testing {

namespace {
// Only to stop a hung server from hanging the suite; never a performance bound.
constexpr int exchangeTimeoutMs = 60'000;
constexpr qsizetype chunkBytes = 64 * 1024;

// Parses status and body once the head and (by Content-Length) the body are complete.
bool parseComplete(const QByteArray &received, RawReply &reply)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    reply.head = received.left(end);
    const QList<QByteArray> statusLine = reply.head.left(reply.head.indexOf("\r\n")).split(' ');
    reply.status = statusLine.size() >= 2 && statusLine.first().startsWith("HTTP/1.")
                       ? statusLine.at(1).toInt()
                       : 0;
    reply.body = received.mid(end + 4);
    const QByteArray length = reply.header("content-length");
    return !length.isEmpty() && reply.body.size() >= length.toLongLong();
}
} // namespace

QJsonObject RawReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray RawReply::header(const QByteArray &name) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawHttpsClient::RawHttpsClient(const QString &caPath, quint16 port)
    : m_ca(QSslCertificate::fromPath(caPath))
    , m_port(port)
{}

std::unique_ptr<QSslSocket> RawHttpsClient::connectEncrypted() const
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(tls);
    socket->setPeerVerifyName(QStringLiteral("127.0.0.1"));
    if (!m_source.isNull())
        socket->bind(m_source);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    if (!socket->waitForEncrypted(exchangeTimeoutMs))
        return nullptr;
    return socket;
}

RawReply RawHttpsClient::exchange(const QByteArray &request) const
{
    RawReply reply;
    const std::unique_ptr<QSslSocket> socket = connectEncrypted();
    if (!socket)
        return reply;
    const QDeadlineTimer deadline(exchangeTimeoutMs);
    QByteArray received;
    qsizetype sent = 0;
    while (!deadline.hasExpired()) {
        if (sent < request.size() && received.isEmpty() &&
            socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(request.mid(sent, chunkBytes));
            sent += chunkBytes;
            socket->waitForBytesWritten(1000);
        }
        const bool more = socket->waitForReadyRead(sent < request.size() ? 10 : 1000);
        received += socket->readAll();
        if (parseComplete(received, reply))
            return reply;
        if (!more && socket->state() != QAbstractSocket::ConnectedState)
            break;
    }
    received += socket->readAll();
    parseComplete(received, reply);
    return reply;
}

QByteArray RawHttpsClient::request(const QByteArray &method, const QByteArray &path,
                                   const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &header : headers)
        text += header + "\r\n";
    if (!body.isEmpty())
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    text += "Connection: close\r\n\r\n";
    return text + body;
}

} // namespace hailong::testing
