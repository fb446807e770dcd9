#pragma once

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

private:
    Storage &m_storage;
    KioskRateLimiter &m_rateLimiter;
};

} // namespace hailong
