#include "session/BurstDetector.h"

namespace hailong {

BurstDetector::BurstDetector(int maxPerWindow, qint64 windowMs)
    : m_maxPerWindow(maxPerWindow)
    , m_windowMs(windowMs)
{}

bool BurstDetector::record(qint64 monotonicMs)
{
    m_recent.append(monotonicMs);
    while (!m_recent.isEmpty() && m_recent.first() <= monotonicMs - m_windowMs)
        m_recent.removeFirst();
    return m_recent.size() > m_maxPerWindow;
}

} // namespace hailong
