// The connection guard and QtHttpServer must read every request head alike, or the guard must
// refuse it: the same bytes go to the guard's RequestHeadReader and to a real QHttpServer (the
// installed QtHttpServer 6.4, on loopback, without the guard), and whenever the guard accepts a
// head, QtHttpServer must have dispatched that one request with the same method, the same
// decoded path (so the same route), the same headers in the same order and a body of the same
// length. While the guard still waits for the rest of a head, QtHttpServer must not have
// dispatched anything either. The heads are the attacks found on the running server and
// thousands of variants generated from well-formed requests (fixed seed, so a failure repeats).
#include "http/RequestHead.h"

#include <QHttpServer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

using namespace hailong;

namespace {
// Long enough for loopback; only a bound on a broken run, never a measure.
constexpr int dispatchWaitMs = 3000;
// How long a head the guard holds as incomplete is watched for a dispatch by QtHttpServer.
constexpr int quietWaitMs = 40;

const RequestHeadReader reader({32 * 1024, 1024 * 1024, 64});

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "?";
    }
}

// What QtHttpServer made of the bytes: the request its routes saw, if any.
struct Dispatched
{
    int count = 0;
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype bodySize = -1;
    QByteArray authorization; // request.value(), as the routes read it
    QByteArray contentLength;
};

// A QHttpServer with the kiosk routes and a catch-all, recording what reaches them.
class RecordingServer
{
public:
    RecordingServer()
    {
        for (const char *path : {"/api/v1/ratings", "/api/v1/survey", "/api/v1/kiosk/prompt",
                                 "/api/v1/counters/<arg>/prompt"})
            m_server.route(QString::fromLatin1(path), [this](const QHttpServerRequest &request) {
                record(request);
                return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
            });
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                record(request);
                responder.write(QHttpServerResponder::StatusCode::NotFound);
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }
    const Dispatched &seen() const { return m_seen; }
    void forget() { m_seen = {}; }

private:
    void record(const QHttpServerRequest &request)
    {
        ++m_seen.count;
        m_seen.method = methodName(request.method());
        m_seen.path = request.url().path();
        m_seen.headers = request.headers();
        m_seen.bodySize = request.body().size();
        m_seen.authorization = request.value("authorization");
        m_seen.contentLength = request.value("content-length");
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    Dispatched m_seen;
};

// Variants of well-formed requests: some stay well-formed (and must then be read alike), most
// carry one of the twists that two readers take differently.
class HeadVariants
{
public:
    explicit HeadVariants(quint32 seed)
        : m_random(seed)
    {}

    QByteArray next()
    {
        QByteArray method = pick({"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"});
        QByteArray path = pick({"/api/v1/ratings", "/api/v1/survey", "/api/v1/kiosk/prompt",
                                "/api/v1/counters/1/prompt", "/healthz", "/", "/dashboard/app.js",
                                "/api/v1/counters/Qu%E1%BA%A7y%201/prompt"});
        QByteArray query = chance(3) ? "?" + pick({"wait=25", "period=2026-Q1&rule=nd09",
                                                   "a=%25&b=%3F", "x", "", "q=a/b?c"})
                                     : QByteArray();
        QByteArray version = chance(8) ? "HTTP/1.0" : "HTTP/1.1";
        QList<QByteArray> headers{"Host: " +
                                  pick({"127.0.0.1:8443", "hailong.local", "[::1]", "localhost"})};
        if (chance(2))
            headers.append("Authorization: Bearer " + token());
        if (chance(3))
            headers.append("Cookie: hailong_session=" + token());
        if (chance(4))
            headers.append("X-CSRF-Token: " + token());
        if (chance(4))
            headers.append("X-Kiosk-Queued: " + QByteArray::number(m_random.bounded(1000)));
        if (chance(3))
            headers.append(headerName() + ": " + headerValue());
        const qsizetype bodySize = method == "POST" || chance(6) ? m_random.bounded(200) : 0;
        if (bodySize > 0 || chance(5))
            headers.append("Content-Length: " + QByteArray(int(m_random.bounded(3)), '0') +
                           QByteArray::number(bodySize));
        if (chance(3))
            headers.append("Content-Type: application/json");
        shuffle(headers);

        // Twists that keep the head well-formed…
        if (chance(4))
            path = encodeSomething(path);
        if (chance(6))
            path += '/';
        // …and ones that should not.
        QByteArray leading;
        const int twists = int(m_random.bounded(3));
        for (int i = 0; i < twists; ++i) {
            switch (m_random.bounded(20)) {
            case 0: // obs-fold
                if (!headers.isEmpty()) {
                    const qsizetype at = m_random.bounded(headers.size());
                    const qsizetype colon = headers[at].indexOf(':');
                    headers[at].insert(colon + 1 + m_random.bounded(headers[at].size() - colon),
                                       pick({"\r\n ", "\r\n\t", "\r\n  "}));
                }
                break;
            case 1: // a space, tab or odd byte around or in a name
                if (!headers.isEmpty()) {
                    QByteArray &header = headers[m_random.bounded(headers.size())];
                    header.insert(m_random.bounded(header.indexOf(':') + 1),
                                  pick({" ", "\t", "\x01", "\x7f", "\xc3\xa1", "\"", "(", "/"}));
                }
                break;
            case 2: // a duplicate
                if (!headers.isEmpty())
                    headers.append(headers[m_random.bounded(headers.size())]);
                break;
            case 3:
                headers.append("Content-Length: " +
                               pick({"5, 5", "+5", "0x5", "-1", " 5 5", "5\x0b", "1e3", "",
                                     "99999999999999999999999"}));
                break;
            case 4:
                headers.append("Transfer-Encoding: " +
                               pick({"chunked", "Chunked", "identity", "gzip, chunked", ""}));
                break;
            case 5: // another line end
                headers.append(pick({"X-A: 1\nX-B: 2", "X-A: 1\rX-B: 2", "X-A: 1\r"}));
                break;
            case 6:
                path = encodeUnreserved(path);
                break;
            case 7:
                path.insert(path.lastIndexOf('/'), pick({"/.", "/..", "/", "/x/..", "/%2e"}));
                break;
            case 8:
                path = pick({"https://127.0.0.1", "http://evil", "//evil", "", "*"}) + path;
                break;
            case 9:
                path += pick({"#f", "#", " x", "\\", "%zz", "%0a", "%00", "%FF", "\x80"});
                break;
            case 10:
                method = pick({"get", "BREW", "TRACE", "CONNECT", "G ET", "POST "});
                break;
            case 11:
                version = pick({"HTTP/2.0", "HTTP/1.1 x", "http/1.1", "HTTP/1.10", " HTTP/1.1"});
                break;
            case 12:
                leading = pick({"\r\n", "\r\n\r\n", "\n", " ", "\t", "\x0b"});
                break;
            case 13:
                headers.append(pick({"Upgrade: websocket", "Connection: Upgrade",
                                     "Connection: keep-alive, upgrade"}));
                break;
            case 14:
                headers.append(pick({"NoColon", ": empty name", " Leading: space"}));
                break;
            case 15: { // a control byte in a value
                constexpr char controls[] = {0x00, 0x01, 0x0b, 0x0c, 0x7f};
                headers.append("X-Value: a" + QByteArray(1, controls[m_random.bounded(5)]) + "b");
                break;
            }
            case 16:
                headers.removeIf([](const QByteArray &h) { return h.startsWith("Host:"); });
                break;
            case 17:
                headers.append("Host: " + pick({"a/b", "a?b", "u@a", "a b", "a#b"}));
                break;
            case 18: // more fields than QtHttpServer takes
                for (int n = 0; n < 101; ++n)
                    headers.append("X-F" + QByteArray::number(n) + ": v");
                break;
            default:
                headers.append("X-Padding: " + headerValue());
                break;
            }
        }
        QByteArray request = leading + method + ' ' + path + query + ' ' + version + "\r\n";
        for (const QByteArray &header : headers)
            request += header + "\r\n";
        return request + "\r\n";
    }

private:
    bool chance(int oneIn) { return m_random.bounded(oneIn) == 0; }

    QByteArray pick(std::initializer_list<const char *> options)
    {
        const auto *chosen = options.begin() + m_random.bounded(int(options.size()));
        return QByteArray(*chosen);
    }

    QByteArray token()
    {
        static const QByteArray alphabet =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        QByteArray text;
        for (int i = 0, n = 1 + int(m_random.bounded(43)); i < n; ++i)
            text += alphabet[m_random.bounded(alphabet.size())];
        return text;
    }

    QByteArray headerName()
    {
        static const QByteArray alphabet =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~";
        QByteArray name = "X-";
        for (int i = 0, n = 1 + int(m_random.bounded(12)); i < n; ++i)
            name += alphabet[m_random.bounded(alphabet.size())];
        return name;
    }

    // Visible ASCII, inner spaces and tabs, UTF-8 bytes, surrounding blanks.
    QByteArray headerValue()
    {
        QByteArray value = pick({"", " ", "\t", "  "});
        for (int i = 0, n = int(m_random.bounded(30)); i < n; ++i) {
            const quint32 kind = m_random.bounded(10);
            if (kind == 0)
                value += pick({" ", "\t", "\xc3\xa1", "\xe1\xba\xa7", "\xff"});
            else
                value += char(0x21 + m_random.bounded(0x7e - 0x21 + 1));
        }
        return value + pick({"", " ", "\t"});
    }

    // An escape QtHttpServer decodes and the guard accepts: a space, a '%', a '?', UTF-8 …
    QByteArray encodeSomething(const QByteArray &path)
    {
        const qsizetype at = 1 + m_random.bounded(path.size());
        return path.left(at) + pick({"%20", "%25", "%3F", "%23", "%C3%A1", "%5C", "%3A", "%40"}) +
               path.mid(at);
    }

    // A letter, digit or '/' of the path written as an escape.
    QByteArray encodeUnreserved(const QByteArray &path)
    {
        const qsizetype at = 1 + m_random.bounded(path.size() - 1 > 0 ? path.size() - 1 : 1);
        if (at >= path.size())
            return path + "%2F";
        const char c = path[at];
        return path.left(at) + '%' +
               QByteArray::number(static_cast<unsigned char>(c), 16)
                   .rightJustified(2, '0')
                   .toUpper() +
               path.mid(at + 1);
    }

    void shuffle(QList<QByteArray> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, m_random.bounded(i + 1));
    }

    QRandomGenerator m_random;
};
} // namespace

class HeadAgreementTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attacksAreRefused_data();
    void attacksAreRefused();
    void wellFormedHeadsAreReadAlike_data();
    void wellFormedHeadsAreReadAlike();
    void generatedHeadsAreReadAlikeOrRefused();

private:
    // Sends `bytes` to QtHttpServer and compares its reading with the guard's; a failure
    // message, or empty when they agree (or the guard refused).
    QString compare(const QByteArray &bytes);

    std::unique_ptr<RecordingServer> m_qt;
    int m_accepted = 0;
    int m_refused = 0;
    int m_incomplete = 0;
};

void HeadAgreementTest::initTestCase()
{
    m_qt = std::make_unique<RecordingServer>();
    QVERIFY(m_qt->port() != 0);
}

QString HeadAgreementTest::compare(const QByteArray &bytes)
{
    const RequestHeadReader::Reading guard = reader.read(bytes);
    if (guard.progress == RequestHeadReader::Progress::Refused) {
        ++m_refused;
        return {};
    }
    m_qt->forget();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_qt->port());
    if (!socket.waitForConnected(dispatchWaitMs))
        return QStringLiteral("cannot reach the QHttpServer");

    if (guard.progress == RequestHeadReader::Progress::Incomplete) {
        ++m_incomplete;
        socket.write(bytes);
        socket.flush();
        QTest::qWait(quietWaitMs);
        return m_qt->seen().count == 0
                   ? QString()
                   : QStringLiteral("QtHttpServer dispatched a head the guard still waits for");
    }

    ++m_accepted;
    const RequestHead &head = guard.head;
    // The request as the guard delimits it: its head and Content-Length bytes of body.
    socket.write(bytes.left(guard.length) + QByteArray(head.contentLength, 'b'));
    socket.flush();
    // QtHttpServer reads what arrived in one go: a second request in these bytes would have
    // been dispatched together with the first.
    if (!QTest::qWaitFor([this] { return m_qt->seen().count > 0; }, dispatchWaitMs))
        return QStringLiteral("the guard accepted a head QtHttpServer did not dispatch");
    const Dispatched &qt = m_qt->seen();
    QStringList differences;
    if (qt.count != 1)
        differences << QStringLiteral("QtHttpServer dispatched %1 requests").arg(qt.count);
    if (qt.method != head.method)
        differences << QStringLiteral("method %1 / %2").arg(qt.method, head.method);
    if (qt.path != head.path)
        differences << QStringLiteral("path %1 / %2").arg(qt.path, head.path);
    if (qt.headers != head.headers)
        differences << QStringLiteral("headers differ");
    if (qt.bodySize != head.contentLength)
        differences << QStringLiteral("body %1 / %2").arg(qt.bodySize).arg(head.contentLength);
    if (qt.authorization != head.value("authorization"))
        differences << QStringLiteral("authorization %1 / %2")
                           .arg(QString::fromLatin1(qt.authorization),
                                QString::fromLatin1(head.value("authorization")));
    if (qt.contentLength != head.value("content-length"))
        differences << QStringLiteral("content-length differs");
    return differences.join(QStringLiteral("; "));
}

// The heads that got past the guard on the running server, and their kin.
void HeadAgreementTest::attacksAreRefused_data()
{
    QTest::addColumn<QByteArray>("head");
    const QByteArray start = "POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    QTest::newRow("folded content-length") << start + "Content-Length:\r\n 300000000\r\n\r\n";
    QTest::newRow("folded transfer-encoding") << start + "Transfer-Encoding:\r\n chunked\r\n\r\n";
    QTest::newRow("folded token") << start + "Authorization:\r\n Bearer abc\r\n\r\n";
    QTest::newRow("token continued on a folded line")
        << start + "Authorization: Bearer abc\r\n\tdef\r\n\r\n";
    QTest::newRow("space before the colon") << start + "Content-Length : 5\r\n\r\n";
    QTest::newRow("two content-lengths")
        << start + "Content-Length: 3\r\nContent-Length: 5\r\n\r\n";
    QTest::newRow("comma-joined content-length") << start + "Content-Length: 5, 5\r\n\r\n";
    QTest::newRow("two tokens") << start +
                                       "Authorization: Bearer a\r\nAuthorization: Bearer b\r\n\r\n";
    QTest::newRow("chunked") << start + "Transfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("bare LF") << QByteArray("POST /api/v1/ratings HTTP/1.1\nHost: a\n\n");
    QTest::newRow("absolute-form")
        << QByteArray("POST https://127.0.0.1/api/v1/ratings HTTP/1.1\r\nHost: a\r\n\r\n");
    QTest::newRow("authority in the path")
        << QByteArray("POST //evil/api/v1/ratings HTTP/1.1\r\nHost: a\r\n\r\n");
    QTest::newRow("encoded letter")
        << QByteArray("POST /api/v1/%72atings HTTP/1.1\r\nHost: a\r\n\r\n");
    QTest::newRow("encoded slash")
        << QByteArray("GET /api/v1/kiosk%2Fprompt HTTP/1.1\r\nHost: a\r\n\r\n");
    QTest::newRow("dot-dot") << QByteArray("POST /x/../api/v1/ratings HTTP/1.1\r\nHost: a\r\n\r\n");
    QTest::newRow("fragment") << QByteArray("POST /api/v1/ratings#x HTTP/1.1\r\nHost: a\r\n\r\n");
}

void HeadAgreementTest::attacksAreRefused()
{
    QFETCH(QByteArray, head);
    const RequestHeadReader::Reading guard = reader.read(head);
    QCOMPARE(int(guard.progress), int(RequestHeadReader::Progress::Refused));
    QCOMPARE(guard.refusal.status, 400);
    QCOMPARE(guard.refusal.code, QStringLiteral("bad-request"));
}

// What the kiosk, the dashboard in a browser, curl and Python send: accepted, and read alike.
void HeadAgreementTest::wellFormedHeadsAreReadAlike_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("kiosk batch") << QByteArray(
        "POST /api/v1/ratings HTTP/1.1\r\nHost: 192.168.1.10:8443\r\n"
        "Content-Type: application/json\r\nAuthorization: Bearer "
        "rou33mOi04atSQ7VH4-FITv4Ml46Ofba0zY6yi7LP4w\r\nDate: Thu, 03 Dec 2026 "
        "09:00:00 GMT\r\nX-Kiosk-Queued: 12\r\nContent-Length: 312\r\n"
        "Connection: Keep-Alive\r\nAccept-Encoding: gzip, deflate\r\n"
        "Accept-Language: vi-VN,en,*\r\nUser-Agent: Mozilla/5.0\r\n\r\n");
    QTest::newRow("kiosk long-poll")
        << QByteArray("GET /api/v1/kiosk/prompt?wait=25 HTTP/1.1\r\nHost: hailong.local:8443\r\n"
                      "Authorization: Bearer abc\r\n\r\n");
    QTest::newRow("browser prompt for an encoded counter")
        << QByteArray("POST /api/v1/counters/Qu%E1%BA%A7y%201/prompt HTTP/1.1\r\nHost: "
                      "127.0.0.1:8443\r\nCookie: hailong_session=abc\r\nX-CSRF-Token: def\r\n"
                      "Content-Type: application/json\r\nContent-Length: 2\r\nOrigin: "
                      "https://127.0.0.1:8443\r\nsec-ch-ua: \"Chromium\";v=\"120\"\r\n\r\n");
    QTest::newRow("report with a query")
        << QByteArray("GET /api/v1/report?period=2026-01-01..2026-03-31&format=xlsx HTTP/1.1\r\n"
                      "Host: [::1]:8443\r\nAccept: */*\r\n\r\n");
    QTest::newRow("curl") << QByteArray(
        "GET /healthz HTTP/1.1\r\nHost: localhost:8443\r\nUser-Agent: curl/7.88.1\r\n"
        "Accept: */*\r\n\r\n");
    QTest::newRow("python urllib")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\r\nAccept-Encoding: identity\r\n"
                      "Content-Length: 20\r\nHost: 127.0.0.1:8443\r\nUser-Agent: "
                      "Python-urllib/3.11\r\nContent-Type: application/json\r\nAuthorization: "
                      "Bearer x\r\nConnection: close\r\n\r\n");
    QTest::newRow("HTTP/1.0 without host") << QByteArray("GET / HTTP/1.0\r\n\r\n");
    QTest::newRow("empty lines before")
        << QByteArray("\r\n\r\nGET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
    QTest::newRow("empty value and tab inside")
        << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\nX-Empty:\r\nX-Tab: a\tb \t\r\n\r\n");
}

void HeadAgreementTest::wellFormedHeadsAreReadAlike()
{
    QFETCH(QByteArray, head);
    QCOMPARE(int(reader.read(head).progress), int(RequestHeadReader::Progress::Complete));
    const QString disagreement = compare(head);
    QVERIFY2(disagreement.isEmpty(), qPrintable(disagreement));
}

void HeadAgreementTest::generatedHeadsAreReadAlikeOrRefused()
{
    constexpr quint32 seed = 20261203;
    constexpr int variants = 2500;
    HeadVariants generator(seed);
    m_accepted = m_refused = m_incomplete = 0;
    for (int i = 0; i < variants; ++i) {
        const QByteArray head = generator.next();
        // The whole head, and now and then the head cut short: the guard must not be later than
        // QtHttpServer.
        QList<QByteArray> cuts{head};
        if (i % 10 == 0)
            cuts.append(head.left(head.size() - 1 - (i / 10) % 3));
        for (const QByteArray &bytes : std::as_const(cuts)) {
            const QString disagreement = compare(bytes);
            QVERIFY2(disagreement.isEmpty(),
                     qPrintable(QStringLiteral("variant %1 of seed %2: %3\n%4")
                                    .arg(i)
                                    .arg(seed)
                                    .arg(disagreement,
                                         QString::fromLatin1(bytes.toPercentEncoding(" :/?=")))));
        }
    }
    qInfo("accepted %d, refused %d, incomplete %d", m_accepted, m_refused, m_incomplete);
    // The run proves something only if both kinds came up often.
    QVERIFY(m_accepted >= variants / 5);
    QVERIFY(m_refused >= variants / 5);
}

QTEST_GUILESS_MAIN(HeadAgreementTest)
#include "tst_head_agreement.moc"
