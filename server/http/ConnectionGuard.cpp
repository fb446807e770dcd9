#include "http/ConnectionGuard.h"

#include "http/JsonResponse.h"

#include <QSslSocket>

namespace hailong {

namespace {
const QByteArray headerEnd = QByteArrayLiteral("\r\n\r\n");

// Every value of a header in a raw request head, matched case-insensitively, in order (a request
// may repeat a header to confuse checks).
QList<QByteArray> headerValues(const QByteArray &head, const QByteArray &name)
{
    // Views over the head, no copy per line: this runs for every request.
    QList<QByteArray> values;
    const QByteArrayView all(head);
    for (qsizetype start = 0; start < all.size();) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        const QByteArrayView line = all.sliced(start, end - start);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            values.append(line.sliced(colon + 1).trimmed().toByteArray());
        start = end + 1;
    }
    return values;
}

// The first value of a header.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    return headerValues(head, name).value(0);
}

// "METHOD TARGET HTTP/1.1": the target without its query.
QByteArray requestPath(const QByteArray &head)
{
    const QByteArray requestLine = head.left(head.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() < 2)
        return {};
    const QByteArray &target = parts.at(1);
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *httpServer,
                                 const ConnectionLimits &limits, RequestAdmission admission)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_admission(std::move(admission))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    // The TLS handshake counts as part of the first request's header time.
    m_timer.start(m_limits.handshakeAndHeaderTimeoutMs);
}

void ConnectionGuard::startRequest()
{
    m_inRequest = true;
    m_headersDone = false;
    m_awaitingResponse = false;
    m_head.clear();
    m_bodyExpected = 0;
    m_bodyReceived = 0;
    // Not reset by activity: a client trickling header bytes cannot hold the connection.
    m_timer.start(m_limits.handshakeAndHeaderTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    consume(m_socket->peek(m_socket->bytesAvailable()));
}

void ConnectionGuard::consume(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!m_inRequest)
        startRequest();
    if (!m_headersDone) {
        const qsizetype before = m_head.size();
        m_head.append(bytes.left(m_limits.maxHeaderBytes + 4 - before));
        const qsizetype end = m_head.indexOf(headerEnd);
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                refuse(431, QByteArrayLiteral("Request Header Fields Too Large"),
                       QStringLiteral("headers-too-large"),
                       QStringLiteral("request headers are too large"));
            return;
        }
        const QByteArray head = m_head.left(end);
        m_bodyReceived = bytes.size() - (end + headerEnd.size() - before);
        headersComplete(head);
        if (m_refused)
            return;
    } else {
        m_bodyReceived += bytes.size();
        m_timer.start(m_limits.idleTimeoutMs);
    }
    const qint64 cap = m_bodyExpected >= 0 ? m_bodyExpected : m_limits.maxBodyBytes;
    if (m_bodyExpected < 0 && m_bodyReceived > m_limits.maxBodyBytes + 64 * 1024) {
        // Chunk framing adds a little; the decoded body is still over the cap.
        refuse(413, QByteArrayLiteral("Payload Too Large"), QStringLiteral("too-large"),
               QStringLiteral("the request body is over 1 MiB"));
        return;
    }
    if (m_bodyExpected >= 0 && m_bodyReceived >= cap) {
        m_awaitingResponse = true;
        m_timer.stop();
    }
}

void ConnectionGuard::headersComplete(const QByteArray &head)
{
    m_headersDone = true;
    if (!admit(head))
        return;
    const QByteArray length = headerValue(head, QByteArrayLiteral("content-length"));
    if (headerValue(head, QByteArrayLiteral("transfer-encoding")).toLower().contains("chunked")) {
        m_bodyExpected = -1;
    } else if (!length.isEmpty()) {
        bool ok = false;
        m_bodyExpected = length.toLongLong(&ok);
        if (!ok || m_bodyExpected < 0) {
            refuse(400, QByteArrayLiteral("Bad Request"), QStringLiteral("bad-request"),
                   QStringLiteral("invalid Content-Length"));
            return;
        }
    }
    if (m_bodyExpected > m_limits.maxBodyBytes) {
        refuse(413, QByteArrayLiteral("Payload Too Large"), QStringLiteral("too-large"),
               QStringLiteral("the request body is over 1 MiB"));
        return;
    }
    m_timer.start(m_limits.idleTimeoutMs);
}

bool ConnectionGuard::admit(const QByteArray &head)
{
    if (!m_admission)
        return true;
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    const std::optional<ValidationError> refusal =
        m_admission({requestPath(head), headerValues(head, QByteArrayLiteral("authorization"))},
                    tls ? tls->peerCertificate() : QSslCertificate());
    if (!refusal)
        return true;
    if (refusal->code == QLatin1String("storage-unavailable"))
        refuse(503, QByteArrayLiteral("Service Unavailable"), refusal->code, refusal->message);
    else
        refuse(401, QByteArrayLiteral("Unauthorized"), refusal->code, refusal->message);
    return false;
}

void ConnectionGuard::onBytesWritten()
{
    // An answer went out: the next bytes start a new request.
    if (m_refused || !m_inRequest)
        return;
    m_inRequest = false;
    m_headersDone = false;
    m_awaitingResponse = false;
    m_timer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onTimeout()
{
    if (m_awaitingResponse)
        return;
    m_socket->abort();
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QString &code,
                             const QString &message)
{
    m_refused = true;
    // QHttpServer must not see (or buffer) any more of this request.
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());

    const QByteArray body = JsonResponse::errorBody(code, message);
    m_socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason +
                    QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") +
                    QByteArray::number(body.size()) +
                    QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body);
    m_socket->flush();
    // Keep discarding for a moment, so the client reads the answer before the close instead
    // of a reset; then close.
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    m_timer.start(1000);
}

} // namespace hailong
