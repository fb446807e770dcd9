// The server under faults: killed again and again mid-stream, its database locked by another
// process, damaged, or on a full disk. No acknowledged rating may be lost or counted twice,
// and every fault must end in a clear answer, never a crash.
#include "KioskStream.h"
#include "StoredRatings.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>
#include <unistd.h>

using namespace hailong::testing;

namespace {
constexpr int givingUpMs = 120'000;

// A small tmpfs mounted for one test and lazily unmounted afterwards.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=") + size,
                                       QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

QJsonArray ratingsWithComments(int count, int commentLength)
{
    QJsonArray ratings;
    for (int i = 0; i < count; ++i) {
        QJsonObject rating =
            TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), i + 1, 4);
        rating.insert(QStringLiteral("comment"), QString(commentLength, QChar(0x1EDD)));
        ratings.append(rating);
    }
    return ratings;
}

QString idsIn(const QJsonArray &ratings)
{
    QStringList ids;
    for (const QJsonValue &rating : ratings)
        ids.append(QLatin1Char('\'') + rating[QLatin1String("id")].toString() + QLatin1Char('\''));
    return QStringLiteral("id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
}

int acceptedIn(const HttpReply &reply)
{
    int accepted = 0;
    for (const QJsonValue &result : reply.json().value(QLatin1String("results")).toArray())
        accepted += result[QLatin1String("status")].toString() == QLatin1String("accepted");
    return accepted;
}
} // namespace

class ServerFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void sigkillTwentyTimesDuringThreeKioskStreams();
    void lockedDatabaseAnswers503AndRecovers();
    void damagedDatabaseIsRefusedClearly_data();
    void damagedDatabaseIsRefusedClearly();
    void fullDiskAnswers503AndRecovers();

private:
    std::unique_ptr<TestServer> freshServer(QString *token);
};

std::unique_ptr<TestServer> ServerFaultsTest::freshServer(QString *token)
{
    auto server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    if (!server->init() ||
        !server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"), QStringLiteral("UBND")))
        return nullptr;
    *token = server->addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"));
    return token->isEmpty() ? nullptr : std::move(server);
}

void ServerFaultsTest::sigkillTwentyTimesDuringThreeKioskStreams()
{
    TestServer server(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(server.init(), qPrintable(server.lastOutput()));
    QVERIFY(
        server.addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"), QStringLiteral("UBND")));
    QStringList tokens;
    for (const QString &kiosk : {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")})
        tokens.append(server.addKiosk(kiosk, QStringLiteral("ubnd")));
    QVERIFY(!tokens.contains(QString()));

    QStringList acked;
    for (int kill = 1; kill <= 20; ++kill) {
        QVERIFY2(server.start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}),
                 qPrintable(QStringLiteral("restart %1").arg(kill)));
        std::vector<std::unique_ptr<KioskStream>> kiosks;
        for (const QString &token : std::as_const(tokens))
            kiosks.push_back(std::make_unique<KioskStream>(
                QStringLiteral(HAILONG_BATCH_STREAMER),
                QStringList{server.url(QStringLiteral("/api/v1/ratings")).toString(), token,
                            server.caPath()}));
        // Kill once every kiosk got something through, while more batches are in flight.
        const QDeadlineTimer deadline(givingUpMs);
        const auto everyKioskAcked = [&kiosks] {
            return std::all_of(kiosks.cbegin(), kiosks.cend(),
                               [](const auto &kiosk) { return kiosk->acked().size() >= 20; });
        };
        while (!everyKioskAcked() && !deadline.hasExpired()) {
            for (const auto &kiosk : kiosks)
                kiosk->collect(50);
        }
        QVERIFY(everyKioskAcked());
        server.kill();
        for (const auto &kiosk : kiosks) {
            QVERIFY(kiosk->waitForExit(givingUpMs));
            acked += kiosk->acked();
        }
    }

    QVERIFY(server.start());
    const QHash<QString, int> stored = StoredRatings(server.databasePath()).countsById();
    for (const QString &id : std::as_const(acked))
        QVERIFY2(stored.value(id) == 1,
                 qPrintable(id + QStringLiteral(" stored %1 times").arg(stored.value(id))));
    QCOMPARE(QSet<QString>(acked.cbegin(), acked.cend()).size(), acked.size());
    QVERIFY(stored.size() >= acked.size());
}

// Another process holds the write lock (a backup tool, an admin's sqlite3 shell): batches are
// refused with 503 and nothing of them kept; reads and /healthz go on; writes resume once
// the lock is released.
void ServerFaultsTest::lockedDatabaseAnswers503AndRecovers()
{
    QString token;
    const std::unique_ptr<TestServer> server = freshServer(&token);
    QVERIFY(server);
    QVERIFY(server->start());
    TlsClient client(server->caPath());
    const QUrl ratingsUrl = server->url(QStringLiteral("/api/v1/ratings"));

    QProcess locker;
    locker.start(QStringLiteral("sqlite3"), {server->databasePath()});
    QVERIFY(locker.waitForStarted());
    locker.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
    QByteArray lockerOutput;
    while (!lockerOutput.contains("held") && locker.waitForReadyRead(givingUpMs))
        lockerOutput += locker.readAllStandardOutput();
    QVERIFY2(lockerOutput.contains("held"), locker.readAllStandardError().constData());

    const QJsonArray ratings = ratingsWithComments(5, 20);
    const HttpReply refused =
        client.postJson(ratingsUrl, TestRatings::batch(ratings), TlsClient::bearer(token));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("storage-unavailable"));
    QVERIFY(!refused.json().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(client.get(server->url(QStringLiteral("/healthz"))).status, 200);
    QVERIFY(server->isRunning());

    locker.write("COMMIT;\n.quit\n");
    locker.closeWriteChannel();
    QVERIFY(locker.waitForFinished(givingUpMs));
    StoredRatings stored(server->databasePath());
    QCOMPARE(stored.count(idsIn(ratings)), 0);

    const HttpReply accepted =
        client.postJson(ratingsUrl, TestRatings::batch(ratings), TlsClient::bearer(token));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(acceptedIn(accepted), 5);
    QCOMPARE(stored.count(idsIn(ratings)), 5);
}

void ServerFaultsTest::damagedDatabaseIsRefusedClearly_data()
{
    QTest::addColumn<bool>("inTheMiddle");
    QTest::newRow("header") << false;
    QTest::newRow("table pages in the middle") << true;
}

// `serve` on a damaged database file: a clear message and a non-zero exit — not a crash, and
// not a server that starts and then answers from broken tables.
void ServerFaultsTest::damagedDatabaseIsRefusedClearly()
{
    QFETCH(bool, inTheMiddle);
    QString token;
    const std::unique_ptr<TestServer> server = freshServer(&token);
    QVERIFY(server);
    // Some rows, so the middle of the file holds table pages.
    QVERIFY(server->start());
    TlsClient client(server->caPath());
    QCOMPARE(client
                 .postJson(server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(ratingsWithComments(200, 300)),
                           TlsClient::bearer(token))
                 .status,
             200);
    server->stop();

    const QString damaged = server->dataDir() + QStringLiteral("/damaged.db");
    QVERIFY(QFile::copy(server->databasePath(), damaged));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 64 * 1024);
        if (inTheMiddle) {
            QVERIFY(file.seek(file.size() / 2));
            QVERIFY(file.write(QByteArray(32 * 1024, '\xA5')) == 32 * 1024);
        } else {
            QVERIFY(file.write(QByteArray(100, '\xA5')) == 100); // the SQLite header
        }
    }

    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start(QStringLiteral(HAILONG_SERVER_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--data"), server->dataDir(),
                 QStringLiteral("--db"), damaged, QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0")});
    QVERIFY(serve.waitForStarted());
    QByteArray output;
    while (serve.state() == QProcess::Running && !output.contains("listening on") &&
           serve.waitForReadyRead(givingUpMs))
        output += serve.readAll();
    if (serve.state() == QProcess::Running)
        serve.kill();
    serve.waitForFinished(givingUpMs);
    output += serve.readAll();
    QVERIFY2(!output.contains("listening on"), "serve started on a damaged database: " + output);
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit); // no SIGSEGV, no SIGABRT
    QVERIFY2(serve.exitCode() != 0, output.constData());
    QVERIFY2(output.contains("damaged.db") || output.contains("database"), output.constData());
}

// The disk under the database fills up: 503 with nothing of the batch kept, the server stays
// up, and normal service returns when space does.
void ServerFaultsTest::fullDiskAnswers503AndRecovers()
{
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root; this run cannot fill a disk for real");
    SmallDisk disk(QStringLiteral("4m"));
    QVERIFY2(disk.mounted(), "mount -t tmpfs failed although running as root");
    QString token;
    const std::unique_ptr<TestServer> server = freshServer(&token);
    QVERIFY(server);
    const QString database = disk.path(QStringLiteral("hailong.db"));
    QVERIFY(QFile::copy(server->databasePath(), database));
    QVERIFY(server->start({QStringLiteral("--db"), database}));
    TlsClient client(server->caPath());
    const QUrl ratingsUrl = server->url(QStringLiteral("/api/v1/ratings"));
    QCOMPARE(client
                 .postJson(ratingsUrl, TestRatings::batch(ratingsWithComments(1, 10)),
                           TlsClient::bearer(token))
                 .status,
             200);

    // Fill every free byte.
    {
        QFile filler(disk.path(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    const QJsonArray ratings = ratingsWithComments(300, 450);
    const HttpReply refused =
        client.postJson(ratingsUrl, TestRatings::batch(ratings), TlsClient::bearer(token));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("storage-unavailable"));
    QCOMPARE(client.get(server->url(QStringLiteral("/healthz"))).status, 200);

    QVERIFY(QFile::remove(disk.path(QStringLiteral("filler"))));
    StoredRatings stored(database);
    QCOMPARE(stored.count(idsIn(ratings)), 0);
    const HttpReply accepted =
        client.postJson(ratingsUrl, TestRatings::batch(ratings), TlsClient::bearer(token));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(acceptedIn(accepted), ratings.size());
    QCOMPARE(stored.count(idsIn(ratings)), int(ratings.size()));
    server->stop();
}

QTEST_GUILESS_MAIN(ServerFaultsTest)
#include "tst_server_faults.moc"
