#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <optional>

namespace hailong {

// A fixed one-minute window per client address for the public pages (the phone rating page
// and its API), which anyone on the internet can reach: guessing link tokens or flooding the
// ratings costs a minute's wait after `perMinute` requests. 0 turns the limit off (tests).
class AddressRateLimiter
{
public:
    explicit AddressRateLimiter(int perMinute);

    // None when the request may go on; else the seconds until the address's window ends.
    std::optional<int> refuse(const QString &address);

private:
    struct Window
    {
        qint64 startedAtMs = 0;
        int requests = 0;
    };

    void forgetEndedWindows(qint64 nowMs);

    int m_perMinute;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace hailong
