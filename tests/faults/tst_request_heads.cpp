// Request heads that the connection guard and QtHttpServer 6.4 could read differently — a
// Content-Length or Transfer-Encoding on a folded line, header names with spaces, duplicate
// lengths, bare line feeds, encoded or dotted paths, absolute targets, pipelined requests —
// against the real server over TLS: each is refused with 400 (or 431) and a JSON error before
// QtHttpServer reads any of it, the connection is closed, nothing stored changes, and a real
// kiosk keeps getting its ratings through.
#include "AttackedCentre.h"
#include "RawHttpsClient.h"
#include "StoredRatings.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QtTest>

using namespace hailong::testing;

namespace {
// Only to stop a broken server from hanging the suite.
constexpr int givingUpMs = 30'000;
// What one folded request pushes at the server after its head, unless the server stops it.
constexpr qsizetype attackBodyBytes = 8 * 1024 * 1024;

QByteArray batchBody()
{
    return QJsonDocument(TestRatings::batch({TestRatings::rating(
                             TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1, 5)}))
        .toJson(QJsonDocument::Compact);
}

// One connection pushing a request at the server: its head, then body bytes for as long as the
// connection stays open (up to attackBodyBytes), collecting what comes back.
class Attack
{
public:
    Attack(std::unique_ptr<QSslSocket> socket, const QByteArray &head)
        : m_socket(std::move(socket))
    {
        m_socket->write(head);
    }

    // Writes a little more and reads what arrived; false once the attack is over: the server
    // closed the connection or, unless `untilClosed`, has answered it with Connection: close.
    bool step(bool untilClosed)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
        if (!untilClosed && answeredWithClose())
            return false;
        if (m_bodySent < attackBodyBytes && m_socket->bytesToWrite() < 256 * 1024) {
            m_socket->write(QByteArray(64 * 1024, '{'));
            m_bodySent += 64 * 1024;
        }
        m_socket->waitForReadyRead(5);
        m_received += m_socket->readAll();
        return m_socket->state() == QAbstractSocket::ConnectedState;
    }

    RawReply reply()
    {
        m_received += m_socket->readAll();
        RawReply reply;
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end >= 0) {
            reply.head = m_received.left(end);
            reply.body = m_received.mid(end + 4);
            reply.status = m_received.mid(9, 3).toInt();
        }
        return reply;
    }

    bool closedByServer() const { return m_socket->state() != QAbstractSocket::ConnectedState; }

    bool answeredWithClose() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        return end >= 0 && m_received.left(end).toLower().contains("\r\nconnection: close") &&
               m_received.size() - end - 4 >=
                   RawReply{0, m_received.left(end), {}}.header("content-length").toLongLong();
    }

private:
    std::unique_ptr<QSslSocket> m_socket;
    qsizetype m_bodySent = 0;
    QByteArray m_received;
};

// Runs attacks side by side until each is over (or the suite gives up on the server).
void runAll(std::vector<std::unique_ptr<Attack>> &attacks, bool untilClosed)
{
    const QDeadlineTimer deadline(givingUpMs);
    bool going = true;
    while (going && !deadline.hasExpired()) {
        going = false;
        for (const auto &attack : attacks)
            going = attack->step(untilClosed) || going;
    }
}
} // namespace

class RequestHeadsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void foldedContentLengthIsRefusedBeforeItsBody();
    void headReadDifferentlyIsRefused_data();
    void headReadDifferentlyIsRefused();
    void keptAliveConnectionServesRequestsOneAtATime();
    void realKioskGotThroughTheWholeRun();

private:
    AttackedCentre m_centre;
    std::unique_ptr<RawHttpsClient> m_raw;
};

void RequestHeadsTest::initTestCase()
{
    QVERIFY2(m_centre.prepare(), qPrintable(m_centre.lastOutput()));
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer holds freed memory back in a quarantine (256 MB), where the bodies the
    // server read and dropped would count as resident; without it, resident is what it keeps.
    const QByteArray sanitizerOptions = qgetenv("ASAN_OPTIONS");
    qputenv("ASAN_OPTIONS",
            sanitizerOptions + (sanitizerOptions.isEmpty() ? "" : ":") + "quarantine_size_mb=0");
#endif
    QVERIFY(m_centre.start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("1000")}));
    m_raw = std::make_unique<RawHttpsClient>(m_centre.server().caPath(), m_centre.server().port());
}

// `Content-Length:` with its value on a continuation line: QtHttpServer reads the folded value
// and would buffer the whole body while the connection waits, untimed, for its answer. Twenty
// such connections at once are answered 400 and closed, and the server keeps none of the 8 MiB
// each of them pushes.
void RequestHeadsTest::foldedContentLengthIsRefusedBeforeItsBody()
{
    const QByteArray head = "POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer " +
                            m_centre.kioskToken() +
                            "\r\nContent-Type: application/json\r\n"
                            "Content-Length:\r\n 300000000\r\n\r\n";
    const QByteArray before = m_centre.stored().contentDigest(AttackedCentre::streamKiosk);
    const qint64 memoryBefore = m_centre.server().residentKiB();
    QVERIFY(memoryBefore > 0);
    std::vector<std::unique_ptr<Attack>> attacks;
    for (int i = 0; i < 20; ++i) {
        std::unique_ptr<QSslSocket> socket = m_raw->connectEncrypted();
        QVERIFY(socket);
        attacks.push_back(std::make_unique<Attack>(std::move(socket), head));
    }
    runAll(attacks, true);
    for (const auto &attack : attacks) {
        const RawReply reply = attack->reply();
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("bad-request"));
        QVERIFY(attack->closedByServer());
    }
    m_centre.sender().collect();
    // 160 MiB were pushed at the server: it read and dropped them, it did not keep them.
    const qint64 grownKiB = m_centre.server().residentKiB() - memoryBefore;
    QVERIFY2(grownKiB < 32 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grownKiB)));
    QCOMPARE(m_centre.stored().contentDigest(AttackedCentre::streamKiosk), before);
    QCOMPARE(m_raw->exchange(RawHttpsClient::request("GET", "/healthz")).status, 200);
}

void RequestHeadsTest::headReadDifferentlyIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray body = batchBody();
    const QByteArray length = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    const QByteArray kiosk = "Host: 127.0.0.1\r\nAuthorization: Bearer " + m_centre.kioskToken() +
                             "\r\nContent-Type: application/json\r\n";
    const auto post = [&](const QByteArray &target, const QByteArray &extra = {}) {
        return "POST " + target + " HTTP/1.1\r\n" + kiosk + extra + length + "\r\n" + body;
    };
    const QString bad = QStringLiteral("bad-request");

    // Folded lines: QtHttpServer joins them to the line before.
    QTest::newRow("folded transfer-encoding")
        << post("/api/v1/ratings", "Transfer-Encoding:\r\n chunked\r\n") << 400 << bad;
    QTest::newRow("folded authorization")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization:\r\n "
                      "Bearer " +
                      m_centre.kioskToken() + "\r\nContent-Type: application/json\r\n" + length +
                      "\r\n" + body)
        << 400 << bad;
    QTest::newRow("value folded with a tab")
        << post("/api/v1/ratings", "X-Note: a\r\n\tb\r\n") << 400 << bad;
    // Names QtHttpServer would refuse, dropping every header of the request.
    QTest::newRow("space before the colon")
        << post("/api/v1/ratings", "Content-Length : 5\r\n") << 400 << bad;
    QTest::newRow("control byte in a name")
        << post("/api/v1/ratings", "X-\x01: 1\r\n") << 400 << bad;
    QTest::newRow("non-ascii name") << post("/api/v1/ratings", "X-\xc3\xa1: 1\r\n") << 400 << bad;
    QTest::newRow("line without a colon")
        << post("/api/v1/ratings", "NoColonHere\r\n") << 400 << bad;
    // Lengths that two readers may take differently.
    QTest::newRow("two content-lengths")
        << post("/api/v1/ratings", "Content-Length: 1\r\n") << 400 << bad;
    QTest::newRow("comma-joined content-length")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\r\n" + kiosk +
                      "Content-Length: " + QByteArray::number(body.size()) + ", " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body)
        << 400 << bad;
    QTest::newRow("signed content-length")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\r\n" + kiosk + "Content-Length: +" +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body)
        << 400 << bad;
    QTest::newRow("chunked body") << QByteArray("POST /api/v1/ratings HTTP/1.1\r\n" + kiosk +
                                                "Transfer-Encoding: chunked\r\n\r\n" +
                                                QByteArray::number(body.size(), 16) + "\r\n" +
                                                body + "\r\n0\r\n\r\n")
                                  << 400 << bad;
    QTest::newRow("transfer-encoding identity")
        << post("/api/v1/ratings", "Transfer-Encoding: identity\r\n") << 400 << bad;
    QTest::newRow("duplicate authorization")
        << post("/api/v1/ratings", "Authorization: Bearer forged\r\n") << 400 << bad;
    // Line endings QtHttpServer accepts and the guard must not guess at.
    QTest::newRow("bare line feeds")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer " +
                      m_centre.kioskToken() + "\nContent-Type: application/json\n" +
                      length.chopped(2) + "\n\n" + body)
        << 400 << bad;
    QTest::newRow("bare carriage return")
        << post("/api/v1/ratings", "X-Note: a\rb\r\n") << 400 << bad;
    // Targets QtHttpServer routes to the ratings although they are not written so.
    QTest::newRow("absolute-form target") << post("https://127.0.0.1/api/v1/ratings") << 400 << bad;
    QTest::newRow("authority in the path") << post("//evil/api/v1/ratings") << 400 << bad;
    QTest::newRow("encoded letter") << post("/api/v1/%72atings") << 400 << bad;
    QTest::newRow("encoded slash") << post("/api/v1%2Fratings") << 400 << bad;
    QTest::newRow("dot segment") << post("/api/v1/./ratings") << 400 << bad;
    QTest::newRow("dot-dot segment") << post("/api/v2/../v1/ratings") << 400 << bad;
    QTest::newRow("empty segment") << post("/api//v1/ratings") << 400 << bad;
    QTest::newRow("fragment") << post("/api/v1/ratings#x") << 400 << bad;
    QTest::newRow("encoded control byte") << post("/api/v1/ratings%0d%0a") << 400 << bad;
    QTest::newRow("invalid escape") << post("/api/v1/rat%zzings") << 400 << bad;
    // Request lines QtHttpServer reads loosely.
    QTest::newRow("two spaces") << QByteArray("GET  /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                                << 400 << bad;
    QTest::newRow("lower-case method")
        << QByteArray("get /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 400 << bad;
    QTest::newRow("unknown method")
        << QByteArray("BREW /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 400 << bad;
    QTest::newRow("http/2.0 on the wire")
        << QByteArray("GET /healthz HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n") << 400 << bad;
    QTest::newRow("leading space")
        << QByteArray(" GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 400 << bad;
    QTest::newRow("no host") << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << 400 << bad;
    QTest::newRow("upgrade")
        << QByteArray("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n"
                      "Upgrade: websocket\r\n\r\n")
        << 400 << bad;
    // A second request behind the first, before the first is answered.
    QTest::newRow("pipelined request")
        << QByteArray(post("/api/v1/ratings") + "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        << 400 << bad;
    {
        QByteArray many;
        for (int i = 0; i < 101; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 header fields")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" + many + "\r\n") << 431
            << "headers-too-large";
    }
}

void RequestHeadsTest::headReadDifferentlyIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);

    const QByteArray before = m_centre.stored().contentDigest(AttackedCentre::streamKiosk);
    QVERIFY(!before.isEmpty());
    std::unique_ptr<QSslSocket> socket = m_raw->connectEncrypted();
    QVERIFY(socket);
    std::vector<std::unique_ptr<Attack>> attack;
    attack.push_back(std::make_unique<Attack>(std::move(socket), request));
    // That the server then closes the connection is shown above; here the answer is enough.
    runAll(attack, false);
    const RawReply reply = attack.front()->reply();
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.header("content-type").startsWith("application/json"), reply.head.constData());
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), error);
    QVERIFY(!reply.json().value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(attack.front()->answeredWithClose());
    QCOMPARE(m_centre.stored().contentDigest(AttackedCentre::streamKiosk), before);
    QCOMPARE(m_raw->exchange(RawHttpsClient::request("GET", "/healthz")).status, 200);
    m_centre.sender().collect();
}

// What browsers and the kiosk do: one request, its answer, the next request on the same
// connection. Each is served, with a body or without.
void RequestHeadsTest::keptAliveConnectionServesRequestsOneAtATime()
{
    const std::unique_ptr<QSslSocket> socket = m_raw->connectEncrypted();
    QVERIFY(socket);
    for (int i = 0; i < 3; ++i) {
        const QByteArray body = batchBody();
        const QByteArray post = "POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Authorization: Bearer " +
                                m_centre.kioskToken() +
                                "\r\nContent-Type: application/json\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (const QByteArray &request :
             {post, QByteArray("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")}) {
            socket->write(request);
            RawReply reply;
            QByteArray received;
            const QDeadlineTimer deadline(givingUpMs);
            while (!deadline.hasExpired() && reply.status == 0) {
                if (socket->waitForReadyRead(1000))
                    received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                reply.head = received.left(end);
                if (received.size() - end - 4 >= reply.header("content-length").toLongLong())
                    reply.status = received.mid(9, 3).toInt();
            }
            QVERIFY2(reply.status == 200, received.constData());
        }
    }
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void RequestHeadsTest::realKioskGotThroughTheWholeRun()
{
    const QString problem = m_centre.senderProblem(4);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(RequestHeadsTest)
#include "tst_request_heads.moc"
