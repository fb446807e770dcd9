// The sync client against a fake network: every failure keeps the ratings and backs off;
// only what the server acknowledged leaves the outbox.
#include "FakeNetwork.h"
#include "TappedRatings.h"
#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/ServerEndpoint.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace hailong;
using hailong::testing::quickRetries;
using hailong::testing::tappedRating;

namespace {

QJsonArray ratingsIn(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(QStringLiteral("ratings"))
        .toArray();
}

// The answer of a healthy server: every rating of the batch accepted.
FakeResponse acceptAll(const RecordedRequest &request)
{
    QJsonArray results;
    for (const QJsonValue &rating : ratingsIn(request))
        results.append(QJsonObject{{QStringLiteral("id"), rating[QStringLiteral("id")]},
                                   {QStringLiteral("status"), QStringLiteral("accepted")}});
    return FakeResponse::http(200, QJsonDocument(QJsonObject{{QStringLiteral("results"), results}})
                                       .toJson(QJsonDocument::Compact));
}

struct Fixture
{
    QTemporaryDir dir;
    RatingOutbox outbox{dir.filePath(QStringLiteral("outbox.sqlite"))};
    KioskStatus status{outbox, QStringLiteral("https://127.0.0.1:1")};
    ServerEndpoint endpoint{
        QUrl(QStringLiteral("https://127.0.0.1:1")), QStringLiteral("kiosk-token"), {}};
    FakeNetwork network;
    std::unique_ptr<SyncClient> client;

    explicit Fixture(FakeNetwork::Responder responder)
        : network(std::move(responder))
    {
        endpoint.setQueueSize([this] { return outbox.queuedCount(); });
        SyncClient::Tuning tuning;
        tuning.initialBackoff = std::chrono::milliseconds(20);
        tuning.maxBackoff = std::chrono::milliseconds(160);
        tuning.requestTimeout = std::chrono::milliseconds(200);
        tuning.jitterSeed = 42;
        client = std::make_unique<SyncClient>(outbox, endpoint, &network, &status, tuning);
    }

    QList<QUuid> queue(int count)
    {
        QList<QUuid> ids;
        for (int i = 0; i < count; ++i) {
            const Rating rating = tappedRating(i + 1, 5);
            outbox.seal(rating);
            ids.append(rating.id);
        }
        return ids;
    }
};

} // namespace

class SyncClientTest : public QObject
{
    Q_OBJECT
private slots:
    void deliversWithTokenAndQueueSizeThenEmptiesOutbox()
    {
        Fixture f(acceptAll);
        f.queue(3);
        QSignalSpy drained(f.client.get(), &SyncClient::drained);
        f.client->start();
        QVERIFY(drained.wait(5000));
        QCOMPARE(f.outbox.queuedCount(), 0);
        QCOMPARE(f.network.requests().size(), 1);
        const QNetworkRequest &sent = f.network.requests().first().request;
        QCOMPARE(sent.url().path(), QStringLiteral("/api/v1/ratings"));
        QCOMPARE(sent.rawHeader("Authorization"), QByteArray("Bearer kiosk-token"));
        QCOMPARE(sent.rawHeader("X-Kiosk-Queued"), QByteArray("3"));
        // The kiosk's clock travels as an HTTP date, so the server can correct a wrong clock.
        const QDateTime kioskClock =
            QLocale::c().toDateTime(QString::fromLatin1(sent.rawHeader("Date")),
                                    QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(kioskClock.isValid(), sent.rawHeader("Date").constData());
        QVERIFY(f.status.serverReachable());
        QVERIFY(f.status.lastSuccessfulSync().isValid());
    }

    void sendsOldestFirstInBatchesOfFifty()
    {
        Fixture f(acceptAll);
        const QList<QUuid> ids = f.queue(120);
        QSignalSpy drained(f.client.get(), &SyncClient::drained);
        f.client->start();
        QVERIFY(drained.wait(10000));
        QCOMPARE(f.network.requests().size(), 3);
        const QJsonArray first = ratingsIn(f.network.requests()[0]);
        QCOMPARE(first.size(), 50);
        QCOMPARE(QUuid::fromString(first[0][QStringLiteral("id")].toString()), ids[0]);
        QCOMPARE(first[49][QStringLiteral("seq")].toInt(), 50);
        QCOMPARE(ratingsIn(f.network.requests()[1]).size(), 50);
        QCOMPARE(ratingsIn(f.network.requests()[2]).size(), 20);
        QCOMPARE(f.outbox.queuedCount(), 0);
    }

    void resultsDecideEachRating()
    {
        QList<QUuid> ids;
        Fixture f([&ids](const RecordedRequest &) {
            const QJsonArray results = {
                QJsonObject{{"id", ids[0].toString(QUuid::WithoutBraces)}, {"status", "accepted"}},
                QJsonObject{{"id", ids[1].toString(QUuid::WithoutBraces)}, {"status", "duplicate"}},
                QJsonObject{{"id", ids[2].toString(QUuid::WithoutBraces)},
                            {"status", "rejected"},
                            {"error", "conflict"}},
                // ids[3] is not mentioned: it must stay for the next batch.
            };
            return FakeResponse::http(200,
                                      QJsonDocument(QJsonObject{{"results", results}}).toJson());
        });
        ids = f.queue(4);
        QSignalSpy finished(f.client.get(), &SyncClient::batchFinished);
        f.client->start();
        QVERIFY(finished.wait(5000));
        const QList<QueuedRating> left = f.outbox.oldestSealed(10);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, ids[3]);
        QCOMPARE(f.outbox.deadLetterCount(), 1);
        QCOMPARE(f.status.deadLetterCount(), 1);
    }

    void failuresKeepEverythingAndBackOffLonger_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("503 storage unavailable") << 0;
        QTest::newRow("500 server error") << 1;
        QTest::newRow("connection refused") << 2;
        QTest::newRow("TLS handshake failed") << 3;
        QTest::newRow("timeout") << 4;
        QTest::newRow("reply cut short") << 5;
        QTest::newRow("401 token refused") << 6;
    }

    void failuresKeepEverythingAndBackOffLonger()
    {
        QFETCH(int, kind);
        Fixture f([kind](const RecordedRequest &) {
            switch (kind) {
            case 0:
                return FakeResponse::http(503,
                                          "{\"error\":\"storage-unavailable\",\"message\":\"x\"}");
            case 1:
                return FakeResponse::http(500);
            case 2:
                return FakeResponse::failed(QNetworkReply::ConnectionRefusedError);
            case 3:
                return FakeResponse::failed(QNetworkReply::SslHandshakeFailedError);
            case 4:
                return FakeResponse::hang();
            case 5:
                return FakeResponse::http(200, "{\"results\":[{\"id\":\"0b5");
            default:
                return FakeResponse::http(401, "{\"error\":\"unauthorized\",\"message\":\"x\"}");
            }
        });
        f.queue(5);
        QSignalSpy retries(f.client.get(), &SyncClient::retryScheduled);
        f.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 5, 20000);

        QCOMPARE(f.outbox.queuedCount(), 5);
        QCOMPARE(f.outbox.deadLetterCount(), 0);
        QVERIFY(!f.status.lastError().isEmpty());
        if (kind == 3)
            QVERIFY(f.status.lastError().startsWith(QStringLiteral("tls")));
        if (kind >= 2 && kind <= 4)
            QVERIFY(!f.status.serverReachable());
        // Equal jitter keeps each wait at least as long as the one before until the cap
        // (20 → 40 → 80 → 160 ms here); at the cap the waits vary within [cap/2, cap].
        QList<qint64> delays;
        for (const QList<QVariant> &signal : retries)
            delays.append(signal.first().toLongLong());
        for (qsizetype i = 1; i < 4; ++i)
            QVERIFY2(delays[i] >= delays[i - 1], "backoff shrank while failing");
        QVERIFY(delays.last() > delays.first());
        QVERIFY(delays.last() <= 160);
    }

    void rateLimitWaitsWhatRetryAfterSays()
    {
        Fixture f([](const RecordedRequest &) {
            return FakeResponse::http(429, "{\"error\":\"rate-limited\",\"message\":\"x\"}",
                                      {{"Retry-After", "0"}});
        });
        f.queue(2);
        QSignalSpy retries(f.client.get(), &SyncClient::retryScheduled);
        f.client->start();
        QVERIFY(retries.wait(5000));
        QCOMPARE(retries.first().first().toLongLong(), 0);
        QCOMPARE(f.client->consecutiveFailures(), 0);
        QCOMPARE(f.outbox.queuedCount(), 2);

        Fixture g([](const RecordedRequest &) {
            return FakeResponse::http(429, {}, {{"Retry-After", "120"}});
        });
        g.queue(1);
        QSignalSpy longWait(g.client.get(), &SyncClient::retryScheduled);
        g.client->start();
        QVERIFY(longWait.wait(5000));
        // 120 s asked, capped at the client's maximum backoff (160 ms in this fixture).
        QCOMPARE(longWait.first().first().toLongLong(), 160);
    }

    void resumesByItselfWhenTheServerComesBack()
    {
        int calls = 0;
        Fixture f([&calls](const RecordedRequest &request) {
            ++calls;
            return calls <= 3 ? FakeResponse::failed(QNetworkReply::ConnectionRefusedError)
                              : acceptAll(request);
        });
        f.queue(7);
        QSignalSpy drained(f.client.get(), &SyncClient::drained);
        f.client->start();
        QVERIFY(drained.wait(10000));
        QCOMPARE(f.outbox.queuedCount(), 0);
        QCOMPARE(f.client->consecutiveFailures(), 0);
        QVERIFY(f.status.serverReachable());
    }

    void newRatingIsSentWithoutWaitingWhenHealthy()
    {
        Fixture f(acceptAll);
        QSignalSpy drained(f.client.get(), &SyncClient::drained);
        f.client->start();
        QVERIFY(drained.wait(5000));
        f.queue(1);
        QVERIFY(drained.wait(5000));
        QCOMPARE(f.outbox.queuedCount(), 0);
    }

    void badRatingIsIsolatedAndSetAsideWithoutBlockingTheRest()
    {
        QUuid poisoned;
        Fixture f([&poisoned](const RecordedRequest &request) {
            for (const QJsonValue &rating : ratingsIn(request)) {
                if (QUuid::fromString(rating[QStringLiteral("id")].toString()) == poisoned)
                    return FakeResponse::http(400,
                                              "{\"error\":\"malformed-json\",\"message\":\"x\"}");
            }
            return acceptAll(request);
        });
        const QList<QUuid> ids = f.queue(6);
        poisoned = ids[4];
        QSignalSpy drained(f.client.get(), &SyncClient::drained);
        f.client->start();
        QVERIFY(drained.wait(10000));
        QCOMPARE(f.outbox.queuedCount(), 0);
        QCOMPARE(f.outbox.deadLetterCount(), 1);
    }
};

QTEST_GUILESS_MAIN(SyncClientTest)
#include "tst_sync_client.moc"
