#include "http/HeldResponder.h"

namespace hailong {

// QHttpServerResponder::socket() exists in Qt 6.4 only (gone in 6.5), so it is reached here
// alone.
HeldResponder::HeldResponder(QHttpServerResponder &&responder)
    : m_socket(responder.socket())
{
    m_responder = std::make_unique<QHttpServerResponder>(std::move(responder));
}

bool HeldResponder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace hailong
