#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace hailong {

// Ends a citizen's session when nobody touches the kiosk for a while, and counts the last
// seconds down so the screen can show them.
class InactivityTimer : public QObject
{
    Q_OBJECT
public:
    explicit InactivityTimer(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void restart(); // a touch or a key: the full time again
    void stop();
    bool isRunning() const { return m_expiry.isActive(); }
    int secondsLeft() const;

signals:
    void secondsLeftChanged();
    void expired();

private:
    std::chrono::milliseconds m_timeout{20000};
    QDeadlineTimer m_deadline;
    QTimer m_expiry;
    QTimer m_tick;
    int m_lastSecondsLeft = 0;

    void publishSecondsLeft();
};

} // namespace hailong
