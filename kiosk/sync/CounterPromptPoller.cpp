#include "sync/CounterPromptPoller.h"

#include "sync/ServerEndpoint.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace hailong {

namespace {

// The server holds the poll for `wait` seconds; give it that plus a margin before giving up.
constexpr int kMarginSeconds = 10;

} // namespace

CounterPromptPoller::CounterPromptPoller(QNetworkAccessManager *network,
                                         const ServerEndpoint &endpoint, int waitSeconds,
                                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_waitSeconds(waitSeconds)
    , m_backoff(std::chrono::seconds(1), std::chrono::minutes(5),
                QRandomGenerator::system()->generate())
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &CounterPromptPoller::poll);
}

void CounterPromptPoller::start()
{
    m_next.start(0);
}

void CounterPromptPoller::poll()
{
    if (m_request.isOpen())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("wait"), QString::number(m_waitSeconds));
    m_request.start(
        m_network->get(m_endpoint.request(QStringLiteral("/api/v1/kiosk/prompt"), query)),
        std::chrono::seconds(m_waitSeconds + kMarginSeconds),
        [this](QNetworkReply &reply) { onReplyFinished(reply); });
}

void CounterPromptPoller::onReplyFinished(QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.error() != QNetworkReply::NoError || (status != 200 && status != 204)) {
        m_next.start(m_backoff.nextDelay());
        return;
    }
    m_backoff.reset();
    if (status == 200) {
        const auto prompt =
            CounterPrompt::fromJson(QJsonDocument::fromJson(reply.readAll()).object());
        if (prompt)
            emit promptReceived(*prompt);
    }
    m_next.start(0);
}

} // namespace hailong
