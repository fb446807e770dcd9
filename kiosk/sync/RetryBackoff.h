#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace hailong {

// Exponential backoff with "equal jitter": after the n-th failure in a row the wait is drawn
// from [d/2, d] with d = initial·2^(n-1) capped at max. The jitter keeps a room full of kiosks
// from knocking on a recovering server at the same instant; the lower half-bound keeps the
// waits growing.
class RetryBackoff
{
public:
    RetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max, quint32 seed);

    std::chrono::milliseconds nextDelay(); // counts one more failure
    void reset();                          // after a success
    int failures() const { return m_failures; }
    std::chrono::milliseconds max() const { return m_max; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_max;
    QRandomGenerator m_random;
    int m_failures = 0;
};

} // namespace hailong
