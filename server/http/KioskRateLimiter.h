#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace hailong {

// A token bucket per kiosk: `perSecond` requests a second with bursts of twice that.
// 0 turns the limit off (benchmarks).
class KioskRateLimiter
{
public:
    explicit KioskRateLimiter(int perSecond);

    bool allow(const QString &kioskId);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 refilledAtMs = 0;
    };

    int m_perSecond;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace hailong
