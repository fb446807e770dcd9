#pragma once

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <memory>

namespace hailong {

// A responder kept after its handler returned, because the answer comes later (a commit, a
// prompt, a password check off the serving thread). QtHttpServer 6.4 lets a handler keep the
// responder, which writes straight to the socket: the socket is watched, and an answer whose
// socket has gone is dropped, never written.
class HeldResponder
{
public:
    explicit HeldResponder(QHttpServerResponder &&responder);

    // Null once the socket is destroyed.
    QTcpSocket *socket() const { return m_socket; }
    bool isConnected() const;
    // The responder, to write the answer through; check isConnected() first.
    QHttpServerResponder &responder() { return *m_responder; }

private:
    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace hailong
