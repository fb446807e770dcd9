#pragma once

#include "http/HeldResponder.h"
#include "services/PromptQueue.h"
#include "storage/Storage.h"

#include <QObject>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>

namespace hailong {

// Kiosks' long-polls for counter prompts, held open until a prompt for their counter (of their
// centre) arrives
// (200) or their wait runs out (204). Each held poll is dropped, never written, once its socket
// disconnects or is destroyed (see HeldResponder).
class PendingPromptPolls : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxWaitSeconds = 30;

    PendingPromptPolls(PromptQueue &queue, Storage &storage, QObject *parent = nullptr);
    ~PendingPromptPolls() override;

    void hold(const AuthenticatedKiosk &kiosk, QHttpServerResponder &&responder, int waitSeconds);
    bool isWaiting(const QString &kioskId) const;

private:
    struct Poll
    {
        QString kioskId;
        QString centre;
        QString counter;
        std::optional<int> queued;
        std::optional<HeldResponder> responder;
        std::unique_ptr<QTimer> timer;
    };

    void onQueued(const QString &centre, const QString &counter);
    void answer(quint64 id, const std::optional<CounterPrompt> &prompt);
    void drop(quint64 id);

    PromptQueue &m_queue;
    Storage &m_storage;
    std::map<quint64, Poll> m_polls;
    quint64 m_nextId = 1;
};

} // namespace hailong
