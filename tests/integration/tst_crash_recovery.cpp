// SIGKILL the server while a kiosk streams batches: every rating it acknowledged must be on
// disk exactly once after a restart.
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

QTEST_GUILESS_MAIN(CrashRecoveryTest)
#include "tst_crash_recovery.moc"
