// SIGKILL the server while a kiosk streams batches: every rating it acknowledged must be on
// disk exactly once after a restart. And on PostgreSQL, a restart of the database server under
// a running `serve`: it serves again by itself, losing nothing it acknowledged.
#include "TestServer.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace hailong::testing;

class CrashRecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedRatingsSurviveSigkill();
    void servesAgainAfterTheDatabaseServerRestarts();
};

void CrashRecoveryTest::acknowledgedRatingsSurviveSigkill()
{
    TestServer server(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(server.init(), qPrintable(server.lastOutput()));
    QVERIFY(
        server.addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"), QStringLiteral("UBND")));
    const QString token = server.addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"));
    QVERIFY(server.start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));

    QProcess streamer;
    streamer.start(
        QStringLiteral(HAILONG_BATCH_STREAMER),
        {server.url(QStringLiteral("/api/v1/ratings")).toString(), token, server.caPath()});
    QVERIFY(streamer.waitForStarted());

    // Kill once a good number of batches went through, while more are in flight.
    QStringList acked;
    QByteArray pending;
    while (acked.size() < 200 && streamer.waitForReadyRead(60'000)) {
        pending += streamer.readAllStandardOutput();
        while (pending.contains('\n')) {
            const int end = pending.indexOf('\n');
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("acked "))
                acked.append(QString::fromUtf8(line.mid(6)));
        }
    }
    QVERIFY(acked.size() >= 200);
    server.kill();
    QVERIFY(streamer.waitForFinished(120'000));
    pending += streamer.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (line.startsWith("acked "))
            acked.append(QString::fromUtf8(line.mid(6)));
    }

    QVERIFY(server.start());
    QHash<QString, int> stored;
    {
        QSqlDatabase db = server.openDatabase(QStringLiteral("crash"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, COUNT(*) FROM ratings GROUP BY id")));
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash"));
    for (const QString &id : std::as_const(acked))
        QVERIFY2(stored.value(id) == 1,
                 qPrintable(id + QStringLiteral(" stored %1 times").arg(stored.value(id))));
    QCOMPARE(QSet<QString>(acked.cbegin(), acked.cend()).size(), acked.size());
}

void CrashRecoveryTest::servesAgainAfterTheDatabaseServerRestarts()
{
    if (!TestServer::usesPostgres())
        QSKIP("PostgreSQL only: an SQLite database is a file, with no server to restart");
    TestServer server(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(server.init(), qPrintable(server.lastOutput()));
    QVERIFY(
        server.addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"), QStringLiteral("UBND")));
    const QString token = server.addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"));
    QVERIFY(server.start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    TlsClient kiosk(server.caPath());
    qint64 seq = 0;
    QStringList accepted;
    const auto postOne = [&]() {
        const QString id = TestRatings::newId();
        const HttpReply reply = kiosk.postJson(server.url(QStringLiteral("/api/v1/ratings")),
                                               TestRatings::batch({TestRatings::rating(
                                                   id, QDateTime::currentDateTimeUtc(), ++seq, 5)}),
                                               TlsClient::bearer(token));
        if (reply.status == 200 &&
            TestRatings::firstStatus(reply.json()) == QLatin1String("accepted"))
            accepted.append(id);
        return reply.status;
    };
    QCOMPARE(postOne(), 200);

    QVERIFY(server.restartDatabase());
    // Requests in the meantime get 503 (a JSON error, nothing kept) until the connections are
    // open again; then the same kiosk is served without `serve` being restarted.
    int status = 0;
    for (int attempt = 0; attempt < 120 && status != 200; ++attempt) {
        status = postOne();
        QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
        if (status != 200)
            QTest::qWait(500);
    }
    QCOMPARE(status, 200);
    QVERIFY(server.isRunning());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(postOne(), 200);

    int stored = -1;
    {
        QSqlDatabase db = server.openDatabase(QStringLiteral("restart"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM ratings")));
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        stored = int(ids.size());
        for (const QString &id : std::as_const(accepted))
            QVERIFY2(ids.contains(id), qPrintable(id));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("restart"));
    QCOMPARE(stored, int(accepted.size()));
}

QTEST_GUILESS_MAIN(CrashRecoveryTest)
#include "tst_crash_recovery.moc"
