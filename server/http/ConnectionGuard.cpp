#include "http/ConnectionGuard.h"

#include "http/JsonResponse.h"

#include <QSslSocket>

namespace hailong {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

// After a refusal: time for the client to read the answer before the close, and then for the
// close itself before the socket is dropped.
constexpr int lingerMs = 1000;
constexpr int closeGraceMs = 5000;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *httpServer,
                                 const ConnectionLimits &limits, RequestAdmission admission)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_reader({limits.maxHeaderBytes, limits.maxBodyBytes})
    , m_admission(std::move(admission))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    // Until the first request's head: the TLS handshake and the head must not take longer.
    m_timer.start(m_limits.handshakeAndHeaderTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    // QtHttpServer reads everything a connection sends within a request, so what is available
    // here is what arrived since the last time.
    if (m_stage == Stage::Refused) {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    switch (m_stage) {
    case Stage::BetweenRequests:
        m_stage = Stage::Head;
        m_head.clear();
        // Not reset by activity: a client trickling header bytes cannot hold the connection.
        m_timer.start(m_limits.handshakeAndHeaderTimeoutMs);
        headBytes(available);
        break;
    case Stage::Head:
        headBytes(available);
        break;
    case Stage::Body:
        bodyBytes(available);
        break;
    case Stage::AwaitingAnswer:
        refuse({400, QStringLiteral("bad-request"),
                QStringLiteral("Gửi từng yêu cầu một / one request at a time: this one came "
                               "before the previous one was answered")});
        break;
    case Stage::Refused:
        break;
    }
}

void ConnectionGuard::headBytes(qint64 available)
{
    // The head is read from at most its limit (plus the blank line); what follows it is body.
    const qint64 room = m_limits.maxHeaderBytes + 4 - m_head.size();
    const qint64 taken = qBound<qint64>(0, available, room);
    m_head.append(m_socket->peek(taken));
    const RequestHeadReader::Reading reading = m_reader.read(m_head);
    switch (reading.progress) {
    case RequestHeadReader::Progress::Incomplete:
        return;
    case RequestHeadReader::Progress::Refused:
        refuse(reading.refusal);
        return;
    case RequestHeadReader::Progress::Complete:
        break;
    }
    if (const std::optional<HeadRefusal> refusal = admit(reading.head)) {
        refuse(*refusal);
        return;
    }
    const qint64 beyondHead = m_head.size() - reading.length + (available - taken);
    m_head.clear();
    m_stage = Stage::Body;
    m_bodyExpected = reading.head.contentLength;
    m_bodyReceived = 0;
    bodyBytes(beyondHead);
}

void ConnectionGuard::bodyBytes(qint64 count)
{
    m_bodyReceived += count;
    if (m_bodyReceived > m_bodyExpected) {
        refuse({400, QStringLiteral("bad-request"),
                QStringLiteral("Gửi từng yêu cầu một / one request at a time: more bytes came "
                               "than the request's Content-Length")});
        return;
    }
    if (m_bodyReceived == m_bodyExpected) {
        m_stage = Stage::AwaitingAnswer;
        m_timer.stop();
        return;
    }
    m_timer.start(m_limits.idleTimeoutMs);
}

std::optional<HeadRefusal> ConnectionGuard::admit(const RequestHead &head)
{
    if (!m_admission)
        return std::nullopt;
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    const std::optional<ValidationError> refusal =
        m_admission(head, tls ? tls->peerCertificate() : QSslCertificate());
    if (!refusal)
        return std::nullopt;
    const int status = refusal->code == QLatin1String("storage-unavailable") ? 503 : 401;
    return HeadRefusal{status, refusal->code, refusal->message};
}

void ConnectionGuard::onBytesWritten()
{
    // An answer went out: the next bytes start a new request.
    if (m_stage != Stage::AwaitingAnswer)
        return;
    m_stage = Stage::BetweenRequests;
    m_timer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onTimeout()
{
    switch (m_stage) {
    case Stage::AwaitingAnswer:
        return;
    case Stage::Refused:
        // The answer had its time to be read: close, and drop a client that does not let go.
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->disconnectFromHost();
            m_timer.start(closeGraceMs);
        } else if (m_socket->state() != QAbstractSocket::UnconnectedState) {
            m_socket->abort();
        }
        return;
    default:
        m_socket->abort();
    }
}

void ConnectionGuard::refuse(const HeadRefusal &refusal)
{
    m_stage = Stage::Refused;
    // QHttpServer must not see (or buffer) any more of this connection.
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());

    const QByteArray body = JsonResponse::errorBody(refusal.code, refusal.message);
    m_socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(refusal.status) + ' ' +
                    reasonPhrase(refusal.status) +
                    QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") +
                    QByteArray::number(body.size()) +
                    QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body);
    m_socket->flush();
    // Bytes still coming are discarded for a moment, so the client reads the answer before
    // the close instead of a reset.
    m_timer.start(lingerMs);
}

} // namespace hailong
