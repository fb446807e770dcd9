#include "http/IngestQueue.h"

#include "http/JsonResponse.h"

namespace hailong {

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
    waiting.responder.emplace(std::move(responder));
    m_ingest.store(waiting.batch, this, [this, request](const std::optional<StorageError> &fault) {
        answer(request, fault);
    });
}

void IngestQueue::answer(quint64 request, const std::optional<StorageError> &fault)
{
    const auto found = m_waiting.find(request);
    Waiting waiting = std::move(found->second);
    m_waiting.erase(found);
    if (fault)
        JsonResponse::logStorageFault(*fault);
    if (!waiting.responder->isConnected())
        return;
    if (fault)
        JsonResponse::storageUnavailable().write(std::move(waiting.responder->responder()));
    else
        JsonResponse::write(waiting.responder->responder(), waiting.batch.answer.toJson());
}

} // namespace hailong
