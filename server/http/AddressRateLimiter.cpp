#include "http/AddressRateLimiter.h"

namespace hailong {

namespace {
constexpr qint64 windowMs = 60 * 1000;
// Addresses kept before the ended windows are swept, so a flood from many addresses cannot
// grow the table without bound.
constexpr qsizetype sweepAbove = 10000;
} // namespace

AddressRateLimiter::AddressRateLimiter(int perMinute)
    : m_perMinute(perMinute)
{
    m_clock.start();
}

std::optional<int> AddressRateLimiter::refuse(const QString &address)
{
    if (m_perMinute <= 0)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    if (m_windows.size() > sweepAbove)
        forgetEndedWindows(now);
    Window &window = m_windows[address];
    if (window.requests == 0 || now - window.startedAtMs >= windowMs)
        window = Window{now, 0};
    if (window.requests >= m_perMinute)
        return int((window.startedAtMs + windowMs - now + 999) / 1000);
    ++window.requests;
    return std::nullopt;
}

void AddressRateLimiter::forgetEndedWindows(qint64 nowMs)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->startedAtMs >= windowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace hailong
