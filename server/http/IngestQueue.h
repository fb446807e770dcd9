#pragma once

#include "services/RatingIngest.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <deque>
#include <memory>

namespace hailong {

// Group commit for POST /api/v1/ratings. A durable commit costs an fsync, far more than the
// parsing and TLS around it, so the batches of every request that arrives in one turn of the
// event loop wait here, are stored in one transaction by a zero-delay timer, and only then
// answered: an "accepted" still means committed, and a failed commit answers each request of
// the group 503 with nothing of it kept. A group is capped so its latency stays bounded.
// Like PendingPromptPolls, a held responder whose socket went away is dropped, never written.
class IngestQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxGroupRequests = 200;
    static constexpr qsizetype maxGroupRatings = 5000;

    explicit IngestQueue(RatingIngest &ingest, QObject *parent = nullptr);
    ~IngestQueue() override;

    void enqueue(PreparedBatch batch, QHttpServerResponder &&responder);

private:
    struct Waiting
    {
        PreparedBatch batch;
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
    };

    void storeNextGroup();
    std::deque<Waiting> takeGroup();

    RatingIngest &m_ingest;
    std::deque<Waiting> m_waiting;
    QTimer m_flush;
};

} // namespace hailong
