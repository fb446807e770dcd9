#pragma once

#include "http/ConnectionGuard.h"
#include "http/KioskRateLimiter.h"
#include "storage/Storage.h"

#include <QHttpServerRequest>

namespace hailong {

// Who is calling: the kiosk whose token digest matches the Bearer token, unless revoked.
// Also applies the per-kiosk rate limit and records when the kiosk was last seen and how
// many ratings wait in its outbox (X-Kiosk-Queued).
// Errors: "unauthorized", "rate-limited".
class KioskAuthenticator
{
public:
    KioskAuthenticator(Storage &storage, KioskRateLimiter &rateLimiter);

    Result<AuthenticatedKiosk> authenticate(const QHttpServerRequest &request);

    // Mutual TLS, checked on each request's head before the routes (the connection is at hand
    // there, and the check needs no API that QtHttpServer dropped after 6.4). A kiosk request
    // (one with a Bearer token, or to a kiosk route) must come with the client certificate
    // issued to the kiosk of that token, within its validity, and the kiosk must not be
    // revoked: the revocation is seen on the next request, even on a kept-alive connection.
    // Anything else (staff, /healthz, the dashboard) passes: browsers at the centre have no
    // client certificate. Errors: "client-certificate", "storage-unavailable".
    std::optional<ValidationError> admitClientCertificate(const RequestHead &head,
                                                          const QSslCertificate &peer);

private:
    Storage &m_storage;
    KioskRateLimiter &m_rateLimiter;
};

} // namespace hailong
