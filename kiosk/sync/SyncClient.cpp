#include "sync/SyncClient.h"

#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/ServerEndpoint.h"
#include "wire/RatingBatchAnswer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <algorithm>

namespace hailong {

Q_LOGGING_CATEGORY(lcSync, "hailong.kiosk.sync")

namespace {

quint32 seedOrSystem(quint32 seed)
{
    return seed != 0 ? seed : QRandomGenerator::system()->generate();
}

// Retry-After as delta-seconds or an HTTP date; empty when absent or unreadable.
std::optional<std::chrono::milliseconds> retryAfter(const QNetworkReply &reply)
{
    const QByteArray value = reply.rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::seconds(seconds);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)));
}

QString errorCodeOf(const QByteArray &body, int httpStatus)
{
    const QString code =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    return code.isEmpty() ? QStringLiteral("http-%1").arg(httpStatus) : code;
}

} // namespace

SyncClient::SyncClient(RatingOutbox &outbox, const ServerEndpoint &endpoint,
                       QNetworkAccessManager *network, KioskStatus *status, Tuning tuning,
                       QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_endpoint(endpoint)
    , m_network(network)
    , m_status(status)
    , m_tuning(tuning)
    , m_backoff(tuning.initialBackoff, tuning.maxBackoff, seedOrSystem(tuning.jitterSeed))
    , m_batchLimit(tuning.batchSize)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::sendNextBatch);
    connect(&m_outbox, &RatingOutbox::ratingSealed, this, &SyncClient::sendSoon);
}

void SyncClient::start()
{
    sendSoon();
}

void SyncClient::sendSoon()
{
    // While backing off a new rating waits its turn: hammering a struggling server helps no one.
    if (m_request.isOpen() || m_retryTimer.isActive())
        return;
    m_retryTimer.start(0);
}

void SyncClient::sendNextBatch()
{
    m_waitingAfterFailure = false;
    if (m_request.isOpen())
        return;
    const QList<QueuedRating> batch = m_outbox.oldestSealed(m_batchLimit);
    if (batch.isEmpty()) {
        emit drained();
        return;
    }
    QByteArray body = QByteArrayLiteral("{\"ratings\":[");
    m_inFlight.clear();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (i > 0)
            body += ',';
        body += batch[i].body;
        m_inFlight.append(batch[i].id);
    }
    body += "]}";

    QNetworkRequest request = m_endpoint.request(QStringLiteral("/api/v1/ratings"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_request.start(m_network->post(request, body), m_tuning.requestTimeout,
                    [this](QNetworkReply &reply) { onReplyFinished(reply); });
}

void SyncClient::onReplyFinished(QNetworkReply &reply)
{
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply.readAll();
    if (!statusAttribute.isValid()) {
        // No HTTP answer at all: refused, timed out, TLS failed, or the line dropped.
        const bool tls = reply.error() == QNetworkReply::SslHandshakeFailedError;
        fail(false, tls ? QStringLiteral("tls: %1").arg(reply.errorString())
                        : QStringLiteral("network: %1").arg(reply.errorString()));
        return;
    }
    const int httpStatus = statusAttribute.toInt();
    if (httpStatus == 200 && reply.error() == QNetworkReply::NoError) {
        handleResults(body);
        return;
    }
    if (httpStatus == 429) {
        const auto wait = retryAfter(reply);
        if (m_status)
            m_status->recordFailure(true, QStringLiteral("rate-limited"));
        emit batchFinished(false);
        if (!wait) {
            waitThenRetry(m_backoff.nextDelay());
            return;
        }
        waitThenRetry(std::min(*wait, m_tuning.maxBackoff));
        return;
    }
    if (httpStatus == 400 || httpStatus == 413) {
        handleWholeBatchRefused(body, httpStatus);
        return;
    }
    fail(true, errorCodeOf(body, httpStatus));
}

void SyncClient::handleResults(const QByteArray &body)
{
    const Result<RatingBatchAnswer> answer = RatingBatchAnswer::fromJson(body);
    if (!answer) {
        // A reply cut short: the server may or may not have stored the batch. Resending is
        // safe because the rating id makes a repeat a "duplicate".
        fail(true, QStringLiteral("unreadable answer"));
        return;
    }
    QList<QUuid> acknowledged;
    int deadLettered = 0;
    for (const RatingResult &result : answer.value().results) {
        const QUuid id = QUuid::fromString(result.id.toString());
        if (id.isNull() || !m_inFlight.contains(id))
            continue;
        if (result.status != RatingStatus::Rejected) {
            acknowledged.append(id);
            continue;
        }
        qCWarning(lcSync) << "server rejected rating" << id << result.error;
        const auto moved = m_outbox.moveToDeadLetter(id, result.error);
        if (!moved)
            qCWarning(lcSync) << "cannot move rejected rating aside:" << moved.error().message;
        else
            ++deadLettered;
    }
    const auto removed = m_outbox.removeAcknowledged(acknowledged);
    if (!removed) {
        // They stay and go again; the server answers "duplicate" and nothing counts twice.
        qCWarning(lcSync) << "cannot remove acknowledged ratings:" << removed.error().message;
    }
    m_inFlight.clear();
    m_batchLimit = m_tuning.batchSize;
    m_backoff.reset();
    if (m_status)
        m_status->recordSuccess(QDateTime::currentDateTimeUtc());
    emit batchFinished(true);
    if (acknowledged.isEmpty() && deadLettered == 0) {
        // An answer that settles nothing would loop; treat it as a failure to slow down.
        waitThenRetry(m_backoff.nextDelay());
        return;
    }
    continueAfterProgress();
}

void SyncClient::handleWholeBatchRefused(const QByteArray &body, int httpStatus)
{
    const QString error = errorCodeOf(body, httpStatus);
    if (m_inFlight.size() > 1) {
        m_batchLimit = std::max(1, int(m_inFlight.size() / 2));
        m_inFlight.clear();
        emit batchFinished(false);
        continueAfterProgress();
        return;
    }
    if (m_inFlight.size() == 1) {
        const auto moved = m_outbox.moveToDeadLetter(m_inFlight.first(), error);
        if (!moved)
            qCWarning(lcSync) << "cannot move refused rating aside:" << moved.error().message;
    }
    m_inFlight.clear();
    m_batchLimit = m_tuning.batchSize;
    if (m_status)
        m_status->recordFailure(true, error);
    emit batchFinished(false);
    continueAfterProgress();
}

void SyncClient::fail(bool reachable, const QString &error)
{
    m_inFlight.clear();
    if (m_status)
        m_status->recordFailure(reachable, error);
    emit batchFinished(false);
    waitThenRetry(m_backoff.nextDelay());
}

void SyncClient::waitThenRetry(std::chrono::milliseconds delay)
{
    m_waitingAfterFailure = true;
    m_retryTimer.start(delay);
    emit retryScheduled(delay.count());
}

void SyncClient::continueAfterProgress()
{
    m_retryTimer.start(0);
}

} // namespace hailong
