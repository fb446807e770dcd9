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
    if (m_inFlight.empty() && !m_flush.isActive())
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
    if (!m_inFlight.empty() || m_waiting.empty())
        return;
    m_inFlight = takeGroup();
    QList<PreparedBatch *> batches;
    for (Waiting &waiting : m_inFlight)
        batches.append(&waiting.batch);
    m_ingest.store(batches, this,
                   [this](const std::optional<StorageError> &fault) { answerGroup(fault); });
}

void IngestQueue::answerGroup(const std::optional<StorageError> &fault)
{
    const std::deque<Waiting> group = std::exchange(m_inFlight, {});
    if (fault)
        JsonResponse::logStorageFault(*fault);
    for (const Waiting &waiting : group) {
        if (!isConnected(waiting.socket))
            continue;
        if (fault)
            JsonResponse::storageUnavailable().write(std::move(*waiting.responder));
        else
            JsonResponse::write(*waiting.responder,
                                RatingIngest::resultsBody(waiting.batch.outcomes));
    }
    // What arrived during the commit goes next, after the sockets had their say.
    if (!m_waiting.empty())
        m_flush.start();
}

} // namespace hailong
