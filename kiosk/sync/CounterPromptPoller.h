#pragma once

#include "sync/PendingReply.h"
#include "sync/RetryBackoff.h"
#include "wire/CounterPrompt.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace hailong {

class ServerEndpoint;

// Long-polls GET /api/v1/kiosk/prompt?wait=S so that a prompt from counter staff reaches
// the kiosk at once: 200 carries a prompt, 204 means none came in S seconds, and the next
// poll starts right away. Failures back off like the sync client.
class CounterPromptPoller : public QObject
{
    Q_OBJECT
public:
    CounterPromptPoller(QNetworkAccessManager *network, const ServerEndpoint &endpoint,
                        int waitSeconds = 25, QObject *parent = nullptr);

    void start();

signals:
    void promptReceived(const hailong::CounterPrompt &prompt);

private:
    QNetworkAccessManager *m_network;
    const ServerEndpoint &m_endpoint;
    int m_waitSeconds;
    RetryBackoff m_backoff;
    PendingReply m_request;
    QTimer m_next;

    void poll();
    void onReplyFinished(QNetworkReply &reply);
};

} // namespace hailong
