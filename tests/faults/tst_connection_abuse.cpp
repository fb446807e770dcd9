// Connections that cost the server without ever finishing a request: a slowloris sender and
// 2,000 idle connections. The server must cut them off by itself, stay up, and keep serving
// the kiosk that was already talking to it.
#include "KioskStream.h"
#include "RawHttpsClient.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QtTest>
#include <sys/resource.h>

using namespace hailong::testing;

namespace {
// Only to stop a broken server from hanging the suite; the guard's own limits are far below.
// Generous: on a machine busy with other tests the backlog drains slowly (clients' SYN retries).
constexpr int givingUpMs = 180'000;

// The sockets still open (not yet closed by either side).
int stillOpen(const std::vector<std::unique_ptr<QTcpSocket>> &sockets)
{
    return int(std::count_if(sockets.cbegin(), sockets.cend(), [](const auto &socket) {
        return socket->state() != QAbstractSocket::UnconnectedState;
    }));
}
} // namespace

class ConnectionAbuseTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void slowlorisSenderIsCutOff();
    void idleConnectionsAreClosedAndServiceReturns();
    void realKioskKeptGettingThrough();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<RawHttpsClient> m_raw;
    std::unique_ptr<KioskStream> m_realKiosk;
};

void ConnectionAbuseTest::initTestCase()
{
    // 2,000 client sockets here; the server inherits the raised limit too.
    rlimit files{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
    files.rlim_cur = files.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &files), 0);
    QVERIFY2(files.rlim_cur > 4500, "the open-files limit is too low for 2,000 connections");

    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    const QString token =
        m_server->addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"), QStringLiteral("1"));
    QVERIFY(m_server->start());
    m_raw = std::make_unique<RawHttpsClient>(m_server->caPath(), m_server->port());
    m_realKiosk = std::make_unique<KioskStream>(
        QStringLiteral(HAILONG_PACED_KIOSK),
        QStringList{m_server->url(QStringLiteral("/api/v1/ratings")).toString(), token,
                    m_server->caPath()});
    QVERIFY(m_realKiosk->started());
    m_realKiosk->collect(30'000);
    QVERIFY(!m_realKiosk->acked().isEmpty());
}

void ConnectionAbuseTest::cleanupTestCase()
{
    m_realKiosk.reset();
    m_server.reset();
}

// One header byte a second: the server must close the connection before the head is done,
// however patiently the bytes keep coming.
void ConnectionAbuseTest::slowlorisSenderIsCutOff()
{
    const std::unique_ptr<QSslSocket> socket = m_raw->connectEncrypted();
    QVERIFY(socket);
    const QByteArray head =
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(80, 's') + "\r\n\r\n";
    qsizetype sent = 0;
    while (sent < head.size() && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(head.mid(sent, 1));
        socket->flush();
        ++sent;
        socket->waitForDisconnected(1000);
        m_realKiosk->collect();
    }
    QVERIFY2(sent < head.size(), "the whole trickled head was accepted");
    QVERIFY(socket->state() != QAbstractSocket::ConnectedState);
    QVERIFY(!socket->readAll().startsWith("HTTP/1.1 200"));
}

void ConnectionAbuseTest::idleConnectionsAreClosedAndServiceReturns()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    // Some that finish the TLS handshake and then say nothing…
    for (int i = 0; i < 200; ++i) {
        std::unique_ptr<QSslSocket> socket = m_raw->connectEncrypted();
        QVERIFY(socket);
        sockets.push_back(std::move(socket));
    }
    // …and many that never even start it.
    for (int i = 0; i < 1800; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        sockets.push_back(std::move(socket));
    }
    // The server closes the idle connections it took by itself: at least as many as its cap
    // on open connections. (Those beyond wait in the kernel's backlog, where the client's SYN
    // retries, not the server, decide when they get in.)
    const QDeadlineTimer deadline(givingUpMs);
    while (int(sockets.size()) - stillOpen(sockets) < 1000 && !deadline.hasExpired()) {
        QTest::qWait(200);
        QVERIFY(m_server->isRunning());
        m_realKiosk->collect();
    }
    QVERIFY(int(sockets.size()) - stillOpen(sockets) >= 1000);
    sockets.clear();

    // Once the attacker lets go, a new client gets in again.
    TlsClient client(m_server->caPath());
    HttpReply health;
    while (health.status != 200 && !deadline.hasExpired()) {
        health = client.get(m_server->url(QStringLiteral("/healthz")));
        m_realKiosk->collect(health.status == 200 ? 0 : 500);
    }
    QCOMPARE(health.status, 200);
    QVERIFY(m_server->isRunning());
}

void ConnectionAbuseTest::realKioskKeptGettingThrough()
{
    const int ackedBefore = int(m_realKiosk->acked().size());
    m_realKiosk->collect(5'000);
    m_realKiosk->finish();
    QVERIFY2(m_realKiosk->failures().isEmpty(),
             qPrintable(m_realKiosk->failures().join(QLatin1Char('\n'))));
    QVERIFY(m_realKiosk->acked().size() > ackedBefore);
}

QTEST_GUILESS_MAIN(ConnectionAbuseTest)
#include "tst_connection_abuse.moc"
