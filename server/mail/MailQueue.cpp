#include "mail/MailQueue.h"

#include <QLoggingCategory>
#include <algorithm>
#include <curl/curl.h>

namespace hailong {

namespace {
Q_LOGGING_CATEGORY(mailLog, "hailong.mail")

constexpr std::chrono::seconds retryDelays[MailQueue::attempts - 1] = {
    std::chrono::seconds(10), std::chrono::seconds(60), std::chrono::seconds(300)};

void initialiseCurlOnce()
{
    static const CURLcode initialised = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (initialised != CURLE_OK)
        qCWarning(mailLog) << "libcurl did not initialise:" << curl_easy_strerror(initialised);
}
} // namespace

MailQueue::MailQueue(SmtpRelay relay)
    : m_relay(std::move(relay))
{
    initialiseCurlOnce();
    m_thread = std::thread([this] { run(); });
}

MailQueue::~MailQueue()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool MailQueue::enqueue(MailMessage message)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_waiting.size() >= capacity) {
            ++m_status.givenUp;
            m_status.lastError = QStringLiteral("queue full");
            m_status.lastErrorAt = QDateTime::currentDateTimeUtc();
            qCWarning(mailLog) << "mail to" << message.to << "dropped: the queue is full";
            return false;
        }
        m_waiting.append({std::move(message), 0, Clock::now()});
    }
    m_wake.notify_all();
    return true;
}

MailQueue::Status MailQueue::status() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    Status status = m_status;
    status.waiting = int(m_waiting.size());
    return status;
}

void MailQueue::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        if (m_waiting.isEmpty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto next =
            std::min_element(m_waiting.begin(), m_waiting.end(),
                             [](const Entry &a, const Entry &b) { return a.due < b.due; });
        // A copy: the wait lets go of the lock, and an enqueue meanwhile may move the entries.
        const Clock::time_point due = next->due;
        if (due > Clock::now()) {
            m_wake.wait_until(lock, due);
            continue;
        }
        Entry entry = std::move(*next);
        m_waiting.erase(next);
        lock.unlock();
        const QString problem = m_relay.send(
            entry.message.to,
            entry.message.mime(m_relay.settings().from, QDateTime::currentDateTimeUtc()),
            m_stopping);
        lock.lock();
        if (problem.isEmpty()) {
            ++m_status.sent;
            continue;
        }
        ++m_status.failedAttempts;
        m_status.lastError = problem;
        m_status.lastErrorAt = QDateTime::currentDateTimeUtc();
        ++entry.attempt;
        if (entry.attempt >= attempts || m_stopping) {
            ++m_status.givenUp;
            qCWarning(mailLog).noquote() << "mail to" << entry.message.to << "given up after"
                                         << entry.attempt << "attempts:" << problem;
            continue;
        }
        qCWarning(mailLog).noquote() << "mail to" << entry.message.to << "failed, attempt"
                                     << entry.attempt << "of" << attempts << ":" << problem;
        entry.due = Clock::now() + retryDelays[entry.attempt - 1];
        m_waiting.append(std::move(entry));
    }
}

} // namespace hailong
