#pragma once

#include "sync/PendingReply.h"
#include "sync/RetryBackoff.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace hailong {

class KioskStatus;
class RatingOutbox;
class ServerEndpoint;

// Sends sealed ratings from the outbox to POST /api/v1/ratings, oldest first, in batches.
//
// - Per result: "accepted" or "duplicate" → the rating is on the server, remove it;
//   "rejected" (a conflict or a validation error) → move it to the dead-letter table, where
//   staff can see it; an id the answer does not mention stays and goes again.
// - Network, TLS and timeout failures, 5xx, 401/403, and answers cut short or unreadable
//   remove nothing; the next try waits by exponential backoff with jitter (1 s → 5 min by
//   default), and so the client resumes by itself once the server is back.
// - 429 waits what Retry-After says (capped at the maximum backoff).
// - 400/413 for a whole batch halves the batch until one rating is alone; that rating then
//   goes to the dead-letter table, so one bad rating cannot block the queue forever.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    struct Tuning
    {
        std::chrono::milliseconds initialBackoff{1000};
        std::chrono::milliseconds maxBackoff{5 * 60 * 1000};
        std::chrono::milliseconds requestTimeout{30 * 1000};
        // 50 ratings (≈ 12 KB) leave in one TLS record. A larger body leaves as two writes, and
        // Qt 6.4's HTTP client does not set TCP_NODELAY, so Nagle holds the second one until
        // the server's delayed ACK (≈ 40 ms a batch: 10,000 ratings took 5–8 s instead of 1 s).
        int batchSize = 50;
        quint32 jitterSeed = 0; // 0: seeded from the system
    };

    SyncClient(RatingOutbox &outbox, const ServerEndpoint &endpoint, QNetworkAccessManager *network,
               KioskStatus *status, Tuning tuning, QObject *parent = nullptr);

    void start(); // sends what is queued now, and whatever is sealed later
    int consecutiveFailures() const { return m_backoff.failures(); }
    bool isWaitingToRetry() const { return m_retryTimer.isActive() && m_waitingAfterFailure; }

signals:
    void batchFinished(bool delivered);  // after each request
    void retryScheduled(qint64 delayMs); // after a failure or a 429
    void drained();                      // nothing sealed is left to send

private:
    RatingOutbox &m_outbox;
    const ServerEndpoint &m_endpoint;
    QNetworkAccessManager *m_network;
    QPointer<KioskStatus> m_status;
    Tuning m_tuning;
    RetryBackoff m_backoff;
    QTimer m_retryTimer;
    PendingReply m_request;
    QList<QUuid> m_inFlight;
    int m_batchLimit;
    bool m_waitingAfterFailure = false;

    void sendSoon();
    void sendNextBatch();
    void onReplyFinished(QNetworkReply &reply);
    void handleResults(const QByteArray &body);
    void handleWholeBatchRefused(const QByteArray &body, int httpStatus);
    void fail(bool reachable, const QString &error);
    void waitThenRetry(std::chrono::milliseconds delay);
    void continueAfterProgress();
};

} // namespace hailong
