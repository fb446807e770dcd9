#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace hailong {

// Ends a citizen's session when nobody touches the kiosk for a while, counts the last seconds
// down so the screen can show them, and says when the warning time before the end begins.
// Time is read from a monotonic clock that tests may replace, so they move time themselves.
class InactivityTimer : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit InactivityTimer(QObject *parent = nullptr);

    void setClock(Clock clock);
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // How long before the end the warning is on (shorter timeouts warn from the start).
    void setWarningTime(std::chrono::milliseconds warning) { m_warningTime = warning; }
    std::chrono::milliseconds warningTime() const { return m_warningTime; }

    void restart(); // a touch or a key: the full time again
    void stop();
    bool isRunning() const { return m_running; }
    int secondsLeft() const;
    bool isWarning() const { return m_warning; }

signals:
    void secondsLeftChanged();
    void warningChanged();
    void expired();

private:
    Clock m_clock;
    std::chrono::milliseconds m_timeout{20000};
    std::chrono::milliseconds m_warningTime{10000};
    qint64 m_deadlineMs = 0;
    bool m_running = false;
    bool m_warning = false;
    QTimer m_expiry; // wakes at the deadline; the clock decides whether it has come
    QTimer m_tick;
    int m_lastSecondsLeft = 0;

    qint64 msLeft() const;
    void poll();
    void publish();
};

} // namespace hailong
