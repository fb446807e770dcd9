#pragma once

#include "mail/MailMessage.h"
#include "mail/SmtpRelay.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace hailong {

// Mail waiting for the relay, sent one message at a time on a thread of its own, so that a
// slow or absent relay never holds up the thread that serves kiosks and staff. A failed
// attempt is tried again after 10 s, 1 min and 5 min, then given up; each failure is logged
// (the recipient and the relay's or curl's words, never the message) and counted in status().
// At most `capacity` messages wait: beyond that a new one is dropped and counted.
class MailQueue
{
public:
    static constexpr int capacity = 500;
    static constexpr int attempts = 4;

    struct Status
    {
        qint64 sent = 0;
        qint64 failedAttempts = 0;
        qint64 givenUp = 0; // after every attempt failed, or dropped with the queue full
        int waiting = 0;
        QString lastError;
        QDateTime lastErrorAt;
    };

    explicit MailQueue(SmtpRelay relay);
    // Stops the thread, cutting a transfer under way short; what still waits is not sent.
    ~MailQueue();
    MailQueue(const MailQueue &) = delete;
    MailQueue &operator=(const MailQueue &) = delete;

    // False (and counted as given up) when the queue is full.
    bool enqueue(MailMessage message);
    Status status() const;
    QString relayUrl() const { return m_relay.settings().url; }

private:
    using Clock = std::chrono::steady_clock;
    struct Entry
    {
        MailMessage message;
        int attempt = 0;
        Clock::time_point due;
    };

    void run();

    const SmtpRelay m_relay;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<Entry> m_waiting;
    Status m_status;
    std::atomic_bool m_stopping{false};
    std::thread m_thread;
};

} // namespace hailong
