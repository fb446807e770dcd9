#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <functional>

// What the fake server does with one request.
struct FakeResponse
{
    enum class Kind { Http, Hang, NetworkFailure };
    Kind kind = Kind::Http;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError failure = QNetworkReply::NoError; // for NetworkFailure

    static FakeResponse http(int status, QByteArray body = {},
                             QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeResponse hang(); // never answers: only a client timeout ends it
    static FakeResponse failed(QNetworkReply::NetworkError error);
};

// One request as the client sent it.
struct RecordedRequest
{
    QNetworkRequest request;
    QByteArray body;
};

// A QNetworkAccessManager that never touches the network: each request is answered by
// `responder`, so every failure (timeouts, 5xx, TLS errors, replies cut short, 429) plays
// out deterministically.
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Responder = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeNetwork(Responder responder, QObject *parent = nullptr);

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    const QList<RecordedRequest> &requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Responder m_responder;
    QList<RecordedRequest> m_requests;
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              const FakeResponse &response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_offset = 0;

    void finishWith(QNetworkReply::NetworkError error, const QString &message);
};
