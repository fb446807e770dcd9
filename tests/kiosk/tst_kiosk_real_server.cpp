// The sync client against the real hailong-server over TLS on loopback: a server that is
// down for a while, a 10,000-rating backlog, and a kiosk killed mid-sync. Every rating must
// arrive exactly once. A server the pinned CA did not sign, or one whose certificate names
// another host, gets nothing.
#include "TappedRatings.h"
#include "TestServer.h"
#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/ServerEndpoint.h"
#include "sync/SyncClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace hailong;
using hailong::testing::quickRetries;
using hailong::testing::tappedRating;
using hailong::testing::TestServer;

namespace {

QList<QUuid> queue(RatingOutbox &outbox, int count)
{
    QList<QUuid> ids;
    for (int i = 0; i < count; ++i) {
        const Rating rating = tappedRating(i + 1, int((i + 1) % 5) + 1);
        outbox.seal(rating);
        ids.append(rating.id);
    }
    return ids;
}

// The ids the server has stored; its primary key makes each one count once.
QSet<QString> storedIds(const QString &databasePath)
{
    QSet<QString> ids;
    const QString name = QStringLiteral("server-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT id FROM ratings"));
            while (query.next())
                ids.insert(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// `serve` on a port of our choosing, so that it can come back where the kiosk expects it.
std::unique_ptr<QProcess> serveOn(const TestServer &server, quint16 port,
                                  const QString &host = QStringLiteral("127.0.0.1"))
{
    auto serve = std::make_unique<QProcess>();
    serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    serve->start(QStringLiteral(HAILONG_SERVER_BINARY),
                 {QStringLiteral("serve"), QStringLiteral("--data"), server.dataDir(),
                  QStringLiteral("--listen"), QStringLiteral("%1:%2").arg(host).arg(port),
                  QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")});
    QByteArray output;
    while (serve->waitForReadyRead(30000)) {
        output += serve->readAllStandardOutput();
        if (output.contains("listening on https://"))
            return serve;
    }
    return nullptr;
}

// The child half of restartMidSyncLosesNothing: sync until killed.
int syncUntilKilled(const QStringList &args)
{
    RatingOutbox outbox(args[0]);
    auto endpoint = ServerEndpoint::fromFiles(QUrl(args[1]), args[2], args[3]);
    if (!endpoint)
        return 3;
    ServerEndpoint server = std::move(endpoint).value();
    QNetworkAccessManager network;
    KioskStatus status(outbox, args[1]);
    SyncClient client(outbox, server, &network, &status, quickRetries());
    client.start();
    return QCoreApplication::exec();
}

struct Kiosk
{
    QTemporaryDir dir;
    QString tokenFile = dir.filePath(QStringLiteral("token"));
    QString outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
};

} // namespace

class KioskRealServerTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    Kiosk m_kiosk;

    void enrol()
    {
        m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
        QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
        QVERIFY(m_server->addUnit(QStringLiteral("ubnd-xa"), QStringLiteral("admin"),
                                  QStringLiteral("UBND xã")));
        const QString token = m_server->addKiosk(QStringLiteral("kiosk-1"),
                                                 QStringLiteral("ubnd-xa"), QStringLiteral("1"));
        QVERIFY(!token.isEmpty());
        QFile file(m_kiosk.tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toUtf8() + '\n');
    }

    // The kiosk syncs `url` trusting `caPath` until it has failed a few times; nothing may be
    // sent or removed, and the status must show the server unreachable for `reason` (words of
    // Qt's TLS error).
    void checkRefused(const QUrl &url, const QString &caPath, const QString &reason)
    {
        RatingOutbox outbox(m_kiosk.outboxPath);
        queue(outbox, 20);
        auto endpoint = ServerEndpoint::fromFiles(url, m_kiosk.tokenFile, caPath);
        QVERIFY(endpoint);
        ServerEndpoint server = std::move(endpoint).value();
        QNetworkAccessManager network;
        KioskStatus status(outbox, url.toString());
        SyncClient client(outbox, server, &network, &status, quickRetries());
        QSignalSpy retries(&client, &SyncClient::retryScheduled);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 3, 30000);
        QCOMPARE(outbox.queuedCount(), 20);
        QCOMPARE(outbox.deadLetterCount(), 0);
        QVERIFY(storedIds(m_server->databasePath()).isEmpty());
        QVERIFY(!status.serverReachable());
        QVERIFY2(status.lastError().startsWith(QStringLiteral("tls: ")) &&
                     status.lastError().contains(reason),
                 qPrintable(status.lastError()));
    }

private slots:
    void init()
    {
        QFile::remove(m_kiosk.outboxPath);
        enrol();
    }

    void serverFromAnotherCaIsRefused()
    {
        // A second `init` makes a CA of its own, as a look-alike server would have.
        TestServer other(QStringLiteral(HAILONG_SERVER_BINARY));
        QVERIFY2(other.init(), qPrintable(other.lastOutput()));
        QVERIFY(QFile(other.caPath()).exists());
        const quint16 port = freePort();
        const auto serve = serveOn(*m_server, port);
        QVERIFY(serve);
        checkRefused(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), other.caPath(),
                     QStringLiteral("issuer certificate"));
        serve->terminate();
        serve->waitForFinished(30000);
    }

    void serverCertificateForAnotherHostIsRefused()
    {
        // The server's certificate names localhost, this machine, 127.0.0.1 and ::1; reached as
        // 127.0.0.2 (loopback too) it is the right CA but the wrong name.
        const quint16 port = freePort();
        const auto serve = serveOn(*m_server, port, QStringLiteral("127.0.0.2"));
        QVERIFY(serve);
        checkRefused(QUrl(QStringLiteral("https://127.0.0.2:%1").arg(port)), m_server->caPath(),
                     QStringLiteral("host name did not match"));
        serve->terminate();
        serve->waitForFinished(30000);
    }

    void serverDownForAWhileThenUpEveryRatingArrivesOnce()
    {
        const quint16 port = freePort();
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));
        RatingOutbox outbox(m_kiosk.outboxPath);
        const QList<QUuid> ids = queue(outbox, 250);
        auto endpoint = ServerEndpoint::fromFiles(url, m_kiosk.tokenFile, m_server->caPath());
        QVERIFY(endpoint);
        ServerEndpoint server = std::move(endpoint).value();
        QNetworkAccessManager network;
        KioskStatus status(outbox, url.toString());
        SyncClient client(outbox, server, &network, &status, quickRetries());
        QSignalSpy retries(&client, &SyncClient::retryScheduled);
        QSignalSpy drained(&client, &SyncClient::drained);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 4, 30000); // down: failing and backing off
        QCOMPARE(outbox.queuedCount(), 250);
        QVERIFY(!status.serverReachable());

        const auto serve = serveOn(*m_server, port);
        QVERIFY(serve);
        QVERIFY(drained.wait(60000));
        QCOMPARE(outbox.queuedCount(), 0);
        const QSet<QString> stored = storedIds(m_server->databasePath());
        QCOMPARE(stored.size(), ids.size());
        for (const QUuid &id : ids)
            QVERIFY(stored.contains(id.toString(QUuid::WithoutBraces)));
        serve->terminate();
        serve->waitForFinished(30000);
    }

    void tenThousandRatingBacklogDrains()
    {
        RatingOutbox outbox(m_kiosk.outboxPath);
        queue(outbox, 10000);
        const quint16 port = freePort();
        const auto serve = serveOn(*m_server, port);
        QVERIFY(serve);
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));
        ServerEndpoint server =
            ServerEndpoint::fromFiles(url, m_kiosk.tokenFile, m_server->caPath()).value();
        QNetworkAccessManager network;
        KioskStatus status(outbox, url.toString());
        SyncClient client(outbox, server, &network, &status, quickRetries());
        QSignalSpy drained(&client, &SyncClient::drained);
        client.start();
        QVERIFY(drained.wait(240000));
        QCOMPARE(outbox.queuedCount(), 0);
        QCOMPARE(storedIds(m_server->databasePath()).size(), 10000);
        serve->terminate();
        serve->waitForFinished(30000);
    }

    void restartMidSyncLosesNothing()
    {
        const int total = 3000;
        QList<QUuid> ids;
        {
            RatingOutbox outbox(m_kiosk.outboxPath);
            ids = queue(outbox, total);
        }
        const quint16 port = freePort();
        const auto serve = serveOn(*m_server, port);
        QVERIFY(serve);
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);

        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--sync-until-killed"), m_kiosk.outboxPath, url,
                     m_kiosk.tokenFile, m_server->caPath()});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(storedIds(m_server->databasePath()).size() >= 200, 60000);
        kiosk.kill(); // mid-sync, perhaps mid-request
        QVERIFY(kiosk.waitForFinished(30000));
        QVERIFY(storedIds(m_server->databasePath()).size() < total);

        RatingOutbox outbox(m_kiosk.outboxPath);
        QVERIFY(outbox.queuedCount() > 0);
        ServerEndpoint server =
            ServerEndpoint::fromFiles(QUrl(url), m_kiosk.tokenFile, m_server->caPath()).value();
        QNetworkAccessManager network;
        KioskStatus status(outbox, url);
        SyncClient client(outbox, server, &network, &status, quickRetries());
        QSignalSpy drained(&client, &SyncClient::drained);
        client.start();
        QVERIFY(drained.wait(120000));
        QCOMPARE(outbox.queuedCount(), 0);
        QCOMPARE(outbox.deadLetterCount(), 0);
        const QSet<QString> stored = storedIds(m_server->databasePath());
        QCOMPARE(stored.size(), total);
        for (const QUuid &id : ids)
            QVERIFY(stored.contains(id.toString(QUuid::WithoutBraces)));
        serve->terminate();
        serve->waitForFinished(30000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 6 && args[1] == QStringLiteral("--sync-until-killed"))
        return syncUntilKilled(args.mid(2));
    KioskRealServerTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kiosk_real_server.moc"
