#include "sync/PendingReply.h"

#include <QNetworkReply>

namespace hailong {

PendingReply::PendingReply(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
}

void PendingReply::start(QNetworkReply *reply, std::chrono::milliseconds timeout,
                         Handler onFinished)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, onFinished = std::move(onFinished)] {
                if (m_reply != reply)
                    return; // finished once already
                m_timeout.stop();
                m_reply.clear();
                reply->deleteLater();
                onFinished(*reply);
            });
    if (timeout.count() > 0)
        m_timeout.start(timeout);
}

} // namespace hailong
