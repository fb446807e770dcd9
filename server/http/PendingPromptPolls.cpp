#include "http/PendingPromptPolls.h"

#include "http/JsonResponse.h"

namespace hailong {

PendingPromptPolls::PendingPromptPolls(PromptQueue &queue, Storage &storage, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_storage(storage)
{
    connect(&m_queue, &PromptQueue::queued, this, &PendingPromptPolls::onQueued);
}

PendingPromptPolls::~PendingPromptPolls() = default;

void PendingPromptPolls::hold(const AuthenticatedKiosk &kiosk, QHttpServerResponder &&responder,
                              int waitSeconds)
{
    const quint64 id = m_nextId++;
    Poll poll;
    poll.kioskId = kiosk.kiosk.id;
    poll.centre = kiosk.unit.centreId;
    poll.counter = kiosk.kiosk.counter;
    poll.queued = kiosk.kiosk.queued;
    poll.responder.emplace(std::move(responder));
    poll.timer = std::make_unique<QTimer>();
    poll.timer->setSingleShot(true);
    connect(poll.timer.get(), &QTimer::timeout, this, [this, id] { answer(id, std::nullopt); });
    if (QTcpSocket *socket = poll.responder->socket()) {
        connect(socket, &QAbstractSocket::disconnected, this, [this, id] { drop(id); });
        connect(socket, &QObject::destroyed, this, [this, id] { drop(id); });
    }
    poll.timer->start(qBound(0, waitSeconds, maxWaitSeconds) * 1000);
    m_polls.emplace(id, std::move(poll));
}

bool PendingPromptPolls::isWaiting(const QString &kioskId) const
{
    for (const auto &entry : m_polls) {
        if (entry.second.kioskId == kioskId)
            return true;
    }
    return false;
}

void PendingPromptPolls::onQueued(const QString &centre, const QString &counter)
{
    for (auto &entry : m_polls) {
        if (entry.second.counter != counter || entry.second.centre != centre)
            continue;
        const std::optional<CounterPrompt> prompt = m_queue.take(centre, counter);
        if (prompt)
            answer(entry.first, prompt);
        return;
    }
}

void PendingPromptPolls::answer(quint64 id, const std::optional<CounterPrompt> &prompt)
{
    const auto it = m_polls.find(id);
    if (it == m_polls.end())
        return;
    Poll poll = std::move(it->second);
    m_polls.erase(it);
    if (!poll.responder->isConnected())
        return;
    poll.responder->socket()->disconnect(this);
    try {
        // Waiting counts as being seen: the kiosk was online all along.
        m_storage.recordKioskSeen(poll.kioskId, QDateTime::currentDateTimeUtc(), poll.queued);
    } catch (const StorageError &) {
        // Last-seen is advisory; the answer still goes out.
    }
    if (prompt)
        JsonResponse::write(poll.responder->responder(), prompt->toJson());
    else
        poll.responder->responder().write(QByteArray(), {}, HttpStatus::NoContent);
}

void PendingPromptPolls::drop(quint64 id)
{
    m_polls.erase(id);
}

} // namespace hailong
