#include "session/InactivityTimer.h"

namespace hailong {

InactivityTimer::InactivityTimer(QObject *parent)
    : QObject(parent)
{
    m_expiry.setSingleShot(true);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &InactivityTimer::publishSecondsLeft);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        m_tick.stop();
        publishSecondsLeft();
        emit expired();
    });
}

void InactivityTimer::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void InactivityTimer::restart()
{
    m_deadline.setRemainingTime(m_timeout);
    m_expiry.start(m_timeout);
    m_tick.start();
    publishSecondsLeft();
}

void InactivityTimer::stop()
{
    m_expiry.stop();
    m_tick.stop();
    m_deadline = QDeadlineTimer();
    publishSecondsLeft();
}

int InactivityTimer::secondsLeft() const
{
    if (!m_expiry.isActive())
        return 0;
    const qint64 remaining = m_deadline.remainingTime();
    return int((remaining + 999) / 1000);
}

void InactivityTimer::publishSecondsLeft()
{
    const int now = secondsLeft();
    if (now == m_lastSecondsLeft)
        return;
    m_lastSecondsLeft = now;
    emit secondsLeftChanged();
}

} // namespace hailong
