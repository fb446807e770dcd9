#pragma once

#include "services/PromptQueue.h"
#include "storage/Storage.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <map>
#include <memory>

namespace hailong {

// Kiosks' long-polls for counter prompts, held open until a prompt for their counter arrives
// (200) or their wait runs out (204). QtHttpServer 6.4 lets a handler keep the responder; it
// writes straight to the socket, so each held poll watches its socket and is dropped, never
// written, once the socket disconnects or is destroyed.
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
        QString counter;
        std::optional<int> queued;
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QTimer> timer;
    };

    void onQueued(const QString &counter);
    void answer(quint64 id, const std::optional<CounterPrompt> &prompt);
    void drop(quint64 id);

    PromptQueue &m_queue;
    Storage &m_storage;
    std::map<quint64, Poll> m_polls;
    quint64 m_nextId = 1;
};

} // namespace hailong
