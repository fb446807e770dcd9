#pragma once

#include "rating/RatingValidator.h"

#include <QtGlobal>

namespace hailong {

// What one client may cost the server: QtHttpServer 6.4 buffers whole bodies and never
// times out or caps connections, so the listener enforces these itself.
struct ConnectionLimits
{
    qint64 maxBodyBytes = WireLimits::maxBodyBytes;
    qint64 maxHeaderBytes = 32 * 1024;
    int handshakeAndHeaderTimeoutMs = 10'000; // from a request's first byte to its last header
    int idleTimeoutMs = 30'000;               // keep-alive, and between bytes of a body
    int maxConnections = 1000;
};

} // namespace hailong
