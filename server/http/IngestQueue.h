#pragma once

#include "http/HeldResponder.h"
#include "services/RatingIngest.h"

#include <QObject>
#include <map>
#include <optional>

namespace hailong {

// Group commit for POST /api/v1/ratings. A durable commit costs an fsync, far more than the
// parsing and TLS around it, so each request's batch goes straight to the storage's commit
// thread, which puts every batch waiting for it into its next transaction; the request waits
// here, holding its responder, and is answered only after that commit: an "accepted" still
// means committed, and a failed commit answers each request of it 503 with nothing of it kept.
// Meanwhile this thread goes on serving. Batches are stored in the order they arrived.
// Like PendingPromptPolls, a held responder whose socket went away is dropped, never written.
class IngestQueue : public QObject
{
    Q_OBJECT

public:
    explicit IngestQueue(RatingIngest &ingest, QObject *parent = nullptr);
    ~IngestQueue() override;

    void enqueue(PreparedBatch batch, QHttpServerResponder &&responder);

private:
    struct Waiting
    {
        PreparedBatch batch;
        std::optional<HeldResponder> responder;
    };

    void answer(quint64 request, const std::optional<StorageError> &fault);

    RatingIngest &m_ingest;
    std::map<quint64, Waiting> m_waiting; // handed to the storage, not yet answered
    quint64 m_nextRequest = 0;
};

} // namespace hailong
