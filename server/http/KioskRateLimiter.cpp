#include "http/KioskRateLimiter.h"

#include <algorithm>

namespace hailong {

KioskRateLimiter::KioskRateLimiter(int perSecond)
    : m_perSecond(perSecond)
{
    m_clock.start();
}

bool KioskRateLimiter::allow(const QString &kioskId)
{
    if (m_perSecond <= 0)
        return true;
    const double capacity = 2.0 * m_perSecond;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(kioskId);
    if (it == m_buckets.end())
        it = m_buckets.insert(kioskId, Bucket{capacity, now});
    Bucket &bucket = it.value();
    bucket.tokens = std::min(capacity, bucket.tokens + double(now - bucket.refilledAtMs) *
                                                           m_perSecond / 1000.0);
    bucket.refilledAtMs = now;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

} // namespace hailong
