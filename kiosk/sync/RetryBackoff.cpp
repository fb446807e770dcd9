#include "sync/RetryBackoff.h"

#include <algorithm>

namespace hailong {

RetryBackoff::RetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max,
                           quint32 seed)
    : m_initial(initial)
    , m_max(max)
    , m_random(seed)
{}

std::chrono::milliseconds RetryBackoff::nextDelay()
{
    ++m_failures;
    // Doubling stops well before overflow: 2^20 times a second is far past any sane cap.
    const int doublings = std::min(m_failures - 1, 20);
    const qint64 ceiling =
        std::min<qint64>(m_initial.count() * (qint64(1) << doublings), m_max.count());
    const qint64 half = ceiling / 2;
    const qint64 jitter = half > 0 ? qint64(m_random.bounded(quint64(half + 1))) : 0;
    return std::chrono::milliseconds(ceiling - half + jitter);
}

void RetryBackoff::reset()
{
    m_failures = 0;
}

} // namespace hailong
