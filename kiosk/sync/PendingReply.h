#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>

class QNetworkReply;

namespace hailong {

// The one request a client has open with the server: its reply, the time it may take, and
// the hand-over once it finishes. The reply is deleted after the handler, whatever the
// handler does; a reply aborted on its timeout finishes as a failure like any other
// (QNetworkReply::OperationCanceledError).
class PendingReply : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(QNetworkReply &reply)>;

    explicit PendingReply(QObject *parent = nullptr);

    bool isOpen() const { return !m_reply.isNull(); }
    // `timeout` of zero: no limit but the network's own.
    void start(QNetworkReply *reply, std::chrono::milliseconds timeout, Handler onFinished);

private:
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
};

} // namespace hailong
