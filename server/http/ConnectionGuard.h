#pragma once

#include "Result.h"
#include "http/ConnectionLimits.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <functional>
#include <optional>

class QTcpSocket;

namespace hailong {

// What a request's head says, as far as the admission check below needs it.
struct RequestHead
{
    QByteArray path;                 // the request target without its query
    QList<QByteArray> authorization; // every Authorization header, in order
};

// Decides, before the routes see a request, whether it may go on, from its head and the client
// certificate of its connection (null when none). A refusal is answered 401 with its code
// ("storage-unavailable": 503) and the connection closed.
using RequestAdmission =
    std::function<std::optional<ValidationError>(const RequestHead &, const QSslCertificate &)>;

// Watches one connection from the start of its TLS handshake: its readyRead slot runs before
// QHttpServer's, so it sees each request's bytes first. A body over the cap is answered 413
// and the connection closed without buffering the rest; a client that stalls sending headers
// or idles between requests is disconnected. A request whose body has arrived in full is
// never timed out while it waits for its answer (the kiosk's long-poll). With an admission
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
    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void consume(const QByteArray &bytes);
    void headersComplete(const QByteArray &head);
    bool admit(const QByteArray &head);
    void refuse(int status, const QByteArray &reason, const QString &code, const QString &message);
    void startRequest();

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    ConnectionLimits m_limits;
    RequestAdmission m_admission;
    QTimer m_timer;

    bool m_inRequest = false;
    bool m_headersDone = false;
    bool m_awaitingResponse = false;
    bool m_refused = false;
    QByteArray m_head;
    qint64 m_bodyExpected = 0; // -1: chunked, length unknown
    qint64 m_bodyReceived = 0;
};

} // namespace hailong
