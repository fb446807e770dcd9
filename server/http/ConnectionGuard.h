#pragma once

#include "Result.h"
#include "http/ConnectionLimits.h"
#include "http/RequestHead.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <functional>
#include <optional>

class QTcpSocket;

namespace hailong {

// Decides, before the routes see a request, whether it may go on, from its head and the client
// certificate of its connection (null when none). A refusal is answered 401 with its code
// ("storage-unavailable": 503) and the connection closed.
using RequestAdmission =
    std::function<std::optional<ValidationError>(const RequestHead &, const QSslCertificate &)>;

// Watches one connection from the start of its TLS handshake: its readyRead slot runs before
// QHttpServer's, so it sees each request's bytes first, and reads each request head with
// RequestHeadReader. A head it cannot read exactly as QtHttpServer will is answered 400 (431
// when too large) and the connection closed before QtHttpServer reads any of it; so is a body
// over the cap (413, not buffered) and a request sent before the previous one was answered
// (pipelining: no client of the centre does it, and QtHttpServer would read it unguarded).
// Timers: the head must be complete within the header timeout from its first byte (the TLS
// handshake counts for the first); a body may pause for the idle timeout between bytes; a
// request whose body has arrived in full is never timed out while it waits for its answer (the
// kiosk's long-poll); a kept-alive connection may idle for the idle timeout. With an admission
// check (mutual TLS), every request's head is put to it on the connection it came on, so a
// kept-alive connection is judged anew on each request.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // `httpServer` is the object whose readyRead handler is cut off when a request is refused.
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits,
                    RequestAdmission admission = {});

private:
    enum class Stage {
        BetweenRequests, // nothing of the next request yet
        Head,            // part of a head
        Body,            // the head admitted, part of its body
        AwaitingAnswer,  // the whole request is with QtHttpServer
        Refused,
    };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void headBytes(qint64 available);
    void bodyBytes(qint64 count);
    std::optional<HeadRefusal> admit(const RequestHead &head);
    void refuse(const HeadRefusal &refusal);

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    ConnectionLimits m_limits;
    RequestHeadReader m_reader;
    RequestAdmission m_admission;
    QTimer m_timer;

    Stage m_stage = Stage::BetweenRequests;
    QByteArray m_head;
    qint64 m_bodyExpected = 0;
    qint64 m_bodyReceived = 0;
};

} // namespace hailong
