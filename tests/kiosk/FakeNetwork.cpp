#include "FakeNetwork.h"

#include <QTimer>
#include <algorithm>
#include <cstring>

FakeResponse FakeResponse::http(int status, QByteArray body,
                                QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers = std::move(headers);
    return response;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse response;
    response.kind = Kind::Hang;
    return response;
}

FakeResponse FakeResponse::failed(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.kind = Kind::NetworkFailure;
    response.failure = error;
    return response;
}

FakeNetwork::FakeNetwork(Responder responder, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_responder(std::move(responder))
{}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    RecordedRequest recorded{request, outgoingData ? outgoingData->readAll() : QByteArray()};
    m_requests.append(recorded);
    return new FakeReply(op, request, m_responder(recorded), this);
}

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                     const FakeResponse &response, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (response.kind == FakeResponse::Kind::Hang)
        return;
    QTimer::singleShot(0, this, [this, response] {
        if (isFinished())
            return;
        if (response.kind == FakeResponse::Kind::NetworkFailure) {
            finishWith(response.failure, QStringLiteral("fake network failure"));
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
        for (const auto &[name, value] : response.headers)
            setRawHeader(name, value);
        m_body = response.body;
        emit metaDataChanged();
        emit readyRead();
        if (response.status >= 500)
            finishWith(QNetworkReply::InternalServerError, QStringLiteral("server error"));
        else if (response.status >= 400)
            finishWith(QNetworkReply::ContentAccessDenied, QStringLiteral("client error"));
        else
            finishWith(QNetworkReply::NoError, {});
    });
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString &message)
{
    if (error != QNetworkReply::NoError) {
        setError(error, message);
        emit errorOccurred(error);
    }
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    finishWith(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_body.size()) - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}
