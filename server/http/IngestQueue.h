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
// parsing and TLS around it, so the batches of requests that arrive together wait here, are
// stored in one transaction, and only then answered: an "accepted" still means committed, and
// a failed commit answers each request of the group 503 with nothing of it kept. The commit
// runs on the storage's commit thread; while it does, this thread goes on serving and the
// requests that arrive meanwhile form the next group. One group is in flight at a time, so
// groups are stored in the order they came. A group is capped so its latency stays bounded.
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
    void answerGroup(const std::optional<StorageError> &fault);
    std::deque<Waiting> takeGroup();

    RatingIngest &m_ingest;
    std::deque<Waiting> m_waiting;
    std::deque<Waiting> m_inFlight; // the group being committed; empty when none is
    QTimer m_flush;
};

} // namespace hailong
