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
{}

IngestQueue::~IngestQueue() = default;

void IngestQueue::enqueue(PreparedBatch batch, QHttpServerResponder &&responder)
{
    const quint64 request = m_nextRequest++;
    Waiting &waiting = m_waiting[request];
    waiting.batch = std::move(batch);
    waiting.socket = socketOf(responder);
    waiting.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_ingest.store(waiting.batch, this, [this, request](const std::optional<StorageError> &fault) {
        answer(request, fault);
    });
}

void IngestQueue::answer(quint64 request, const std::optional<StorageError> &fault)
{
    const auto found = m_waiting.find(request);
    const Waiting waiting = std::move(found->second);
    m_waiting.erase(found);
    if (fault)
        JsonResponse::logStorageFault(*fault);
    if (!isConnected(waiting.socket))
        return;
    if (fault)
        JsonResponse::storageUnavailable().write(std::move(*waiting.responder));
    else
        JsonResponse::write(*waiting.responder, waiting.batch.answer.toJson());
}

} // namespace hailong
