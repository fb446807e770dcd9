#include "session/InactivityTimer.h"

#include <QElapsedTimer>
#include <algorithm>
#include <memory>

namespace hailong {

InactivityTimer::InactivityTimer(QObject *parent)
    : QObject(parent)
{
    auto steady = std::make_shared<QElapsedTimer>();
    steady->start();
    m_clock = [steady] { return steady->elapsed(); };
    m_expiry.setSingleShot(true);
    m_expiry.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &InactivityTimer::poll);
    connect(&m_expiry, &QTimer::timeout, this, &InactivityTimer::poll);
}

void InactivityTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void InactivityTimer::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void InactivityTimer::restart()
{
    m_deadlineMs = m_clock() + m_timeout.count();
    m_running = true;
    m_expiry.start(m_timeout);
    m_tick.start();
    publish();
}

void InactivityTimer::stop()
{
    m_running = false;
    m_expiry.stop();
    m_tick.stop();
    publish();
}

qint64 InactivityTimer::msLeft() const
{
    return m_running ? std::max<qint64>(m_deadlineMs - m_clock(), 0) : 0;
}

int InactivityTimer::secondsLeft() const
{
    return int((msLeft() + 999) / 1000);
}

void InactivityTimer::poll()
{
    if (!m_running)
        return;
    if (msLeft() > 0) {
        publish();
        // Woken early (or the clock was moved back): wait for the rest.
        if (!m_expiry.isActive())
            m_expiry.start(std::chrono::milliseconds(msLeft()));
        return;
    }
    stop();
    emit expired();
}

void InactivityTimer::publish()
{
    const int now = secondsLeft();
    if (now != m_lastSecondsLeft) {
        m_lastSecondsLeft = now;
        emit secondsLeftChanged();
    }
    const bool warning = m_running && msLeft() <= m_warningTime.count();
    if (warning != m_warning) {
        m_warning = warning;
        emit warningChanged();
    }
}

} // namespace hailong
