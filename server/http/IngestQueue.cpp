#include "http/IngestQueue.h"

#include "http/JsonResponse.h"

namespace hailong {

namespace {
// The socket behind a responder. QHttpServerResponder::socket() exists in Qt 6.4 only, so it
// is reached through this one function.
QTcpSocket *socketOf(const QHttpServerResponder &responder)
{
    return responder.socket();
}

bool isConnected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}
} // namespace

IngestQueue::IngestQueue(RatingIngest &ingest, QObject *parent)
    : QObject(parent)
    , m_ingest(ingest)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &IngestQueue::storeNextGroup);
}

IngestQueue::~IngestQueue() = default;

void IngestQueue::enqueue(PreparedBatch batch, QHttpServerResponder &&responder)
{
    Waiting waiting;
    waiting.batch = std::move(batch);
    waiting.socket = socketOf(responder);
    waiting.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_waiting.push_back(std::move(waiting));
    if (!m_flush.isActive())
        m_flush.start();
}

std::deque<IngestQueue::Waiting> IngestQueue::takeGroup()
{
    std::deque<Waiting> group;
    qsizetype ratings = 0;
    while (!m_waiting.empty() && int(group.size()) < maxGroupRequests) {
        const qsizetype size = m_waiting.front().batch.toStore.size();
        if (!group.empty() && ratings + size > maxGroupRatings)
            break;
        ratings += size;
        group.push_back(std::move(m_waiting.front()));
        m_waiting.pop_front();
    }
    return group;
}

void IngestQueue::storeNextGroup()
{
    std::deque<Waiting> group = takeGroup();
    // What is left goes in the next turn, after the sockets had their say.
    if (!m_waiting.empty())
        m_flush.start();

    QList<PreparedBatch *> batches;
    for (Waiting &waiting : group)
        batches.append(&waiting.batch);
    try {
        m_ingest.store(batches);
    } catch (const StorageError &fault) {
        JsonResponse::logStorageFault(fault);
        for (Waiting &waiting : group) {
            if (isConnected(waiting.socket))
                JsonResponse::storageUnavailable().write(std::move(*waiting.responder));
        }
        return;
    }
    for (Waiting &waiting : group) {
        if (isConnected(waiting.socket))
            JsonResponse::write(*waiting.responder,
                                RatingIngest::resultsJson(waiting.batch.outcomes));
    }
}

} // namespace hailong
