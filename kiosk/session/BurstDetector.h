#pragma once

#include <QList>

namespace hailong {

// Notices more ratings in a short window than one person at a counter could give (a child
// drumming on the screen, a test left running). Such ratings are still sent, marked suspect,
// so that the server can count or discount them openly instead of the kiosk dropping them.
class BurstDetector
{
public:
    explicit BurstDetector(int maxPerWindow = 6, qint64 windowMs = 60 * 1000);

    // Records one rating at `monotonicMs` (any steady clock); true when it exceeds the limit.
    bool record(qint64 monotonicMs);

private:
    int m_maxPerWindow;
    qint64 m_windowMs;
    QList<qint64> m_recent;
};

} // namespace hailong
