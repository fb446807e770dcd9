// Hostile requests against the real server over TLS: every one gets its documented status and
// a JSON error, changes nothing stored, and leaves the server answering — while a real kiosk
// keeps getting its ratings through for the whole run.
#include "AttackedCentre.h"
#include "RawHttpsClient.h"
#include "StoredRatings.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace hailong::testing;

namespace {
const QByteArray json = "Content-Type: application/json";

QJsonObject validRating()
{
    return TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1, 5);
}

QByteArray batchOf(const QJsonValue &rating)
{
    return QJsonDocument(TestRatings::batch({rating})).toJson(QJsonDocument::Compact);
}

// A valid rating with one member replaced by raw JSON text (which may itself be invalid).
QByteArray ratingWith(const QString &member, const QByteArray &rawValue)
{
    QJsonObject rating = validRating();
    rating.insert(member, QStringLiteral("@@RAW@@"));
    QByteArray text = batchOf(rating);
    text.replace("\"@@RAW@@\"", rawValue);
    return text;
}

QByteArray ratingWithout(const QString &member)
{
    QJsonObject rating = validRating();
    rating.remove(member);
    return batchOf(rating);
}
} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badRequestIsRefusedAndChangesNothing_data();
    void badRequestIsRefusedAndChangesNothing();
    void injectionStringsAreStoredAsPlainText();
    void realKioskGotThroughTheWholeRun();

private:
    QByteArray kioskPost(const QByteArray &body, QList<QByteArray> headers = {}) const;
    QByteArray staffRequest(const QByteArray &method, const QByteArray &path,
                            const QByteArray &cookie, const QByteArray &csrf,
                            const QByteArray &body = {}) const;

    AttackedCentre m_centre;
    std::unique_ptr<RawHttpsClient> m_raw;
    QByteArray m_revokedToken;
    QByteArray m_cookie;
    QByteArray m_csrf;
    QByteArray m_loggedOutCookie;
    QByteArray m_loggedOutCsrf;
};

void HostileInputTest::initTestCase()
{
    QVERIFY2(m_centre.prepare(), qPrintable(m_centre.lastOutput()));
    m_revokedToken =
        m_centre.server()
            .addKiosk(QStringLiteral("old"), QStringLiteral("ubnd"), QStringLiteral("7"))
            .toLatin1();
    QVERIFY(!m_revokedToken.isEmpty());
    // Prefer the product's own revoke command; fall back to the table while it is missing.
    if (m_centre.server().run(
            {QStringLiteral("kiosk"), QStringLiteral("revoke"), QStringLiteral("old")}) != 0)
        QVERIFY(m_centre.stored().revokeKiosk(QStringLiteral("old")));

    // The rows must reach the validators, not the per-kiosk limiter; the real kiosk stays
    // far below even the default limit.
    QVERIFY(m_centre.start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("1000")}));
    m_raw = std::make_unique<RawHttpsClient>(m_centre.server().caPath(), m_centre.server().port());

    const auto login = [this](QByteArray &cookie, QByteArray &csrf) {
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("user"), QStringLiteral("admin")},
                            {QStringLiteral("password"), m_centre.server().adminPassword()}})
                .toJson(QJsonDocument::Compact);
        const RawReply reply =
            m_raw->exchange(RawHttpsClient::request("POST", "/api/v1/session", {json}, body));
        cookie = reply.header("set-cookie").split(';').first();
        csrf = reply.json().value(QLatin1String("csrf")).toString().toLatin1();
        return reply.status == 200 && !cookie.isEmpty() && !csrf.isEmpty();
    };
    QVERIFY(login(m_cookie, m_csrf));
    QVERIFY(login(m_loggedOutCookie, m_loggedOutCsrf));
    QCOMPARE(m_raw
                 ->exchange(
                     staffRequest("DELETE", "/api/v1/session", m_loggedOutCookie, m_loggedOutCsrf))
                 .status,
             204);
}

QByteArray HostileInputTest::kioskPost(const QByteArray &body, QList<QByteArray> headers) const
{
    if (headers.isEmpty())
        headers = {"Authorization: Bearer " + m_centre.kioskToken(), json};
    return RawHttpsClient::request("POST", "/api/v1/ratings", headers, body);
}

QByteArray HostileInputTest::staffRequest(const QByteArray &method, const QByteArray &path,
                                          const QByteArray &cookie, const QByteArray &csrf,
                                          const QByteArray &body) const
{
    QList<QByteArray> headers{json};
    if (!cookie.isEmpty())
        headers.append("Cookie: " + cookie);
    if (!csrf.isEmpty())
        headers.append("X-CSRF-Token: " + csrf);
    return RawHttpsClient::request(method, path, headers, body);
}

void HostileInputTest::badRequestIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    // The JSON error code; for a batch answered 200 it is the one rating's rejection code.
    QTest::addColumn<QString>("error");
    // Bytes that must never appear in the answer (file contents, injected headers).
    QTest::addColumn<QByteArray>("forbidden");

    const QByteArray bearer = "Authorization: Bearer " + m_centre.kioskToken();
    const QByteArray valid = batchOf(validRating());
    const QByteArray tenMebibytes(10 * 1024 * 1024, 'a');

    // Malformed and truncated JSON, and envelopes of the wrong shape.
    QTest::newRow("empty body") << kioskPost({}) << 400 << "malformed-json" << QByteArray();
    QTest::newRow("lone brace") << kioskPost("{") << 400 << "malformed-json" << QByteArray();
    QTest::newRow("truncated batch")
        << kioskPost(valid.left(valid.size() / 2)) << 400 << "malformed-json" << QByteArray();
    QTest::newRow("not json") << kioskPost("rating=5") << 400 << "malformed-json" << QByteArray();
    QTest::newRow("trailing garbage")
        << kioskPost(valid + "}}") << 400 << "malformed-json" << QByteArray();
    QTest::newRow("array at top") << kioskPost("[]") << 400 << "not-an-object" << QByteArray();
    QTest::newRow("ratings a number")
        << kioskPost(R"({"ratings":5})") << 400 << "wrong-type" << QByteArray();
    QTest::newRow("no ratings member")
        << kioskPost("{}") << 400 << "missing-ratings" << QByteArray();
    QTest::newRow("empty batch") << kioskPost(R"({"ratings":[]})") << 400 << "empty-batch"
                                 << QByteArray();
    {
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(validRating());
        QTest::newRow("501 ratings")
            << kioskPost(QJsonDocument(TestRatings::batch(many)).toJson(QJsonDocument::Compact))
            << 400 << "batch-too-large" << QByteArray();
    }
    QTest::newRow("100000 nested arrays") << kioskPost("{\"ratings\":" + QByteArray(100'000, '['))
                                          << 400 << "malformed-json" << QByteArray();
    QTest::newRow("100000 nested objects")
        << kioskPost("{\"ratings\":[" + QByteArray("{\"a\":").repeated(100'000)) << 400
        << "malformed-json" << QByteArray();

    // Numbers out of every range, and wrong types.
    // A number beyond a double is a JSON syntax error to the parser: the whole body is refused.
    QTest::newRow("overall 1e400") << kioskPost(ratingWith(QStringLiteral("overall"), "1e400"))
                                   << 400 << "malformed-json" << QByteArray();
    QTest::newRow("overall 2^63+1")
        << kioskPost(ratingWith(QStringLiteral("overall"), "9223372036854775809")) << 200
        << "invalid-level" << QByteArray();
    QTest::newRow("seq 2^63+1") << kioskPost(
                                       ratingWith(QStringLiteral("seq"), "9223372036854775809"))
                                << 200 << "invalid-seq" << QByteArray();
    QTest::newRow("seq -1") << kioskPost(ratingWith(QStringLiteral("seq"), "-1")) << 200
                            << "invalid-seq" << QByteArray();
    QTest::newRow("seq 1e400") << kioskPost(ratingWith(QStringLiteral("seq"), "1e400")) << 400
                               << "malformed-json" << QByteArray();
    QTest::newRow("overall 0") << kioskPost(ratingWith(QStringLiteral("overall"), "0")) << 200
                               << "invalid-level" << QByteArray();
    QTest::newRow("overall 6") << kioskPost(ratingWith(QStringLiteral("overall"), "6")) << 200
                               << "invalid-level" << QByteArray();
    QTest::newRow("overall 4.5") << kioskPost(ratingWith(QStringLiteral("overall"), "4.5")) << 200
                                 << "invalid-level" << QByteArray();
    QTest::newRow("overall as text") << kioskPost(ratingWith(QStringLiteral("overall"), "\"5\""))
                                     << 200 << "invalid-level" << QByteArray();
    QTest::newRow("overall true") << kioskPost(ratingWith(QStringLiteral("overall"), "true")) << 200
                                  << "invalid-level" << QByteArray();
    QTest::newRow("id not a uuid")
        << kioskPost(ratingWith(QStringLiteral("id"), "\"1' OR '1'='1\"")) << 200 << "invalid-id"
        << QByteArray();
    QTest::newRow("id a number") << kioskPost(ratingWith(QStringLiteral("id"), "42")) << 200
                                 << "invalid-id" << QByteArray();
    QTest::newRow("created_at words")
        << kioskPost(ratingWith(QStringLiteral("created_at"), "\"hôm qua\"")) << 200
        << "invalid-created-at" << QByteArray();
    QTest::newRow("created_at without offset")
        << kioskPost(ratingWith(QStringLiteral("created_at"), "\"2026-01-05T09:00:00\"")) << 200
        << "invalid-created-at" << QByteArray();
    QTest::newRow("missing id") << kioskPost(ratingWithout(QStringLiteral("id"))) << 200
                                << "missing-id" << QByteArray();
    QTest::newRow("rating not an object")
        << kioskPost(R"({"ratings":["5"]})") << 200 << "not-an-object" << QByteArray();
    QTest::newRow("unknown survey")
        << kioskPost(ratingWith(QStringLiteral("survey"), "\"khong-co\"")) << 200
        << "unknown-survey" << QByteArray();
    QTest::newRow("unknown service field")
        << kioskPost(ratingWith(QStringLiteral("field"), "\"'; DROP TABLE ratings; --\"")) << 200
        << "unknown-field" << QByteArray();
    QTest::newRow("unknown criterion")
        << kioskPost(ratingWith(QStringLiteral("criteria"), R"({"khong-co":5})")) << 200
        << "unknown-criterion" << QByteArray();
    QTest::newRow("unknown reason")
        << kioskPost(ratingWith(QStringLiteral("reasons"), R"(["khong-co"])")) << 200
        << "unknown-reason" << QByteArray();
    QTest::newRow("reasons an object")
        << kioskPost(ratingWith(QStringLiteral("reasons"), R"({"a":1})")) << 200 << "wrong-type"
        << QByteArray();
    QTest::newRow("comment of 501 characters")
        << kioskPost(ratingWith(QStringLiteral("comment"),
                                '"' + QString(501, QChar(0x1EA1)).toUtf8() + '"'))
        << 200 << "comment-too-long" << QByteArray();
    QTest::newRow("comment with a control character")
        << kioskPost(ratingWith(QStringLiteral("comment"), R"("tốt\u0007")")) << 200
        << "invalid-text" << QByteArray();
    QTest::newRow("dossier of 101 characters")
        << kioskPost(ratingWith(QStringLiteral("dossier"), '"' + QByteArray(101, '9') + '"')) << 200
        << "text-too-long" << QByteArray();
    QTest::newRow("lang with markup")
        << kioskPost(ratingWith(QStringLiteral("lang"), R"("<script>")")) << 200 << "invalid-lang"
        << QByteArray();
    QTest::newRow("ended unknown")
        << kioskPost(ratingWith(QStringLiteral("ended"), R"("exploded")")) << 200 << "invalid-ended"
        << QByteArray();

    // Invalid UTF-8: a lone continuation byte, an overlong '/', a UTF-16 surrogate.
    QTest::newRow("invalid utf-8 byte")
        << kioskPost(ratingWith(QStringLiteral("comment"), "\"t\x80t\"")) << 400 << "malformed-json"
        << QByteArray();
    QTest::newRow("overlong utf-8")
        << kioskPost(ratingWith(QStringLiteral("comment"), "\"\xC0\xAF\"")) << 400
        << "malformed-json" << QByteArray();
    QTest::newRow("utf-8 encoded surrogate")
        << kioskPost(ratingWith(QStringLiteral("comment"), "\"\xED\xA0\x80\"")) << 400
        << "malformed-json" << QByteArray();

    // Size, framing and headers.
    QTest::newRow("10 MB body") << kioskPost(tenMebibytes) << 413 << "too-large" << QByteArray();
    QTest::newRow("10 MB chunked body")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\n" + bearer + "\r\n" +
                      json + "\r\nTransfer-Encoding: chunked\r\n\r\n" +
                      QByteArray("10000\r\n" + QByteArray(0x10000, 'a') + "\r\n").repeated(160))
        << 400 << "bad-request" << QByteArray();
    QTest::newRow("negative content-length")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\n" + bearer + "\r\n" +
                      json + "\r\nContent-Length: -5\r\n\r\n")
        << 400 << "bad-request" << QByteArray();
    QTest::newRow("content-length not a number")
        << QByteArray("POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\n" + bearer + "\r\n" +
                      json + "\r\nContent-Length: lots\r\n\r\n")
        << 400 << "bad-request" << QByteArray();
    QTest::newRow("64 KiB of headers")
        << RawHttpsClient::request("GET", "/healthz", {"X-Padding: " + QByteArray(64 * 1024, 'p')})
        << 431 << "headers-too-large" << QByteArray();
    QTest::newRow("text/plain body") << kioskPost(valid, {bearer, "Content-Type: text/plain"})
                                     << 415 << "unsupported-media-type" << QByteArray();
    QTest::newRow("no content-type")
        << kioskPost(valid, {bearer}) << 415 << "unsupported-media-type" << QByteArray();
    QTest::newRow("GET on ratings") << RawHttpsClient::request("GET", "/api/v1/ratings", {bearer})
                                    << 405 << "method-not-allowed" << QByteArray();
    QTest::newRow("PUT on ratings")
        << RawHttpsClient::request("PUT", "/api/v1/ratings", {bearer, json}, valid) << 405
        << "method-not-allowed" << QByteArray();
    QTest::newRow("CRLF injected in the path")
        << RawHttpsClient::request("GET", "/healthz%0d%0aX-Injected:%20yes") << 400 << "bad-request"
        << QByteArray("\r\nX-Injected");

    // Kiosk authentication.
    QTest::newRow("no authorization")
        << kioskPost(valid, {json}) << 401 << "unauthorized" << QByteArray();
    QTest::newRow("bearer with empty token") << kioskPost(valid, {"Authorization: Bearer ", json})
                                             << 401 << "unauthorized" << QByteArray();
    QTest::newRow("forged token") << kioskPost(
                                         valid,
                                         {"Authorization: Bearer " + QByteArray(43, 'A'), json})
                                  << 401 << "unauthorized" << QByteArray();
    QTest::newRow("token as SQL") << kioskPost(valid, {"Authorization: Bearer ' OR '1'='1", json})
                                  << 401 << "unauthorized" << QByteArray();
    QTest::newRow("basic instead of bearer")
        << kioskPost(valid, {"Authorization: Basic " + m_centre.kioskToken().toBase64(), json})
        << 401 << "unauthorized" << QByteArray();
    QTest::newRow("revoked kiosk token")
        << kioskPost(valid, {"Authorization: Bearer " + m_revokedToken, json}) << 401
        << "unauthorized" << QByteArray();
    QTest::newRow("revoked kiosk reads the survey")
        << RawHttpsClient::request("GET", "/api/v1/survey",
                                   {"Authorization: Bearer " + m_revokedToken})
        << 401 << "unauthorized" << QByteArray();
    QTest::newRow("forged token polls for prompts")
        << RawHttpsClient::request("GET", "/api/v1/kiosk/prompt?wait=1",
                                   {"Authorization: Bearer forged"})
        << 401 << "unauthorized" << QByteArray();

    // Staff sessions and CSRF.
    QTest::newRow("daily without a session")
        << staffRequest("GET", "/api/v1/daily", {}, {}) << 401 << "unauthorized" << QByteArray();
    QTest::newRow("unknown session cookie")
        << staffRequest("GET", "/api/v1/daily", "hailong_session=" + QByteArray(43, 'x'), {}) << 401
        << "unauthorized" << QByteArray();
    QTest::newRow("cookie replayed after logout")
        << staffRequest("GET", "/api/v1/daily", m_loggedOutCookie, {}) << 401 << "unauthorized"
        << QByteArray();
    QTest::newRow("prompt without csrf")
        << staffRequest("POST", "/api/v1/counters/1/prompt", m_cookie, {}, "{}") << 403 << "csrf"
        << QByteArray();
    QTest::newRow("prompt with a wrong csrf")
        << staffRequest("POST", "/api/v1/counters/1/prompt", m_cookie, "forged", "{}") << 403
        << "csrf" << QByteArray();
    QTest::newRow("logout without csrf")
        << staffRequest("DELETE", "/api/v1/session", m_cookie, {}) << 403 << "csrf" << QByteArray();
    QTest::newRow("prompt for a counter that does not exist")
        << staffRequest("POST", "/api/v1/counters/99/prompt", m_cookie, m_csrf, "{}") << 404
        << "unknown-counter" << QByteArray();
    QTest::newRow("prompt for a counter named in SQL")
        << staffRequest("POST", "/api/v1/counters/1'%20OR%20'1'='1/prompt", m_cookie, m_csrf, "{}")
        << 404 << "unknown-counter" << QByteArray();
    QTest::newRow("kiosk id with a slash")
        << staffRequest("POST", "/api/v1/kiosks", m_cookie, m_csrf,
                        R"({"id":"quay/1","unit":"ubnd","counter":"1"})")
        << 400 << "invalid-id" << QByteArray();
    QTest::newRow("unit id with diacritics")
        << staffRequest("POST", "/api/v1/units", m_cookie, m_csrf,
                        R"({"id":"ubnd-xã","kind":"admin","name":"UBND"})")
        << 400 << "invalid-id" << QByteArray();
    QTest::newRow("user name with a space")
        << staffRequest("POST", "/api/v1/users", m_cookie, m_csrf,
                        R"({"name":"nguyen van a","role":"viewer","password":"mat-khau-du-dai"})")
        << 400 << "invalid-id" << QByteArray();
    QTest::newRow("login as SQL") << staffRequest(
                                         "POST", "/api/v1/session", {}, {},
                                         R"({"user":"admin' --","password":"' OR 1=1 --"})")
                                  << 401 << "invalid-credentials" << QByteArray();
    QTest::newRow("login with wrong types")
        << staffRequest("POST", "/api/v1/session", {}, {}, R"({"user":["admin"],"password":1})")
        << 400 << "invalid-login" << QByteArray();

    // Path traversal towards the data folder and the system: dot segments, written or encoded,
    // and backslashes are not read at all.
    const QByteArray secrets = "PRIVATE KEY";
    QTest::newRow("dot segments to the server key")
        << RawHttpsClient::request("GET", "/dashboard/../server-key.pem") << 400 << "bad-request"
        << secrets;
    QTest::newRow("encoded dot segments to the CA key")
        << RawHttpsClient::request("GET", "/dashboard/%2e%2e%2fca-key.pem") << 400 << "bad-request"
        << secrets;
    QTest::newRow("encoded traversal to /etc/passwd")
        << RawHttpsClient::request("GET", "/..%2f..%2f..%2f..%2fetc/passwd") << 400 << "bad-request"
        << QByteArray("root:");
    QTest::newRow("traversal to the database")
        << RawHttpsClient::request("GET", "/dashboard/..%2fhailong.db") << 400 << "bad-request"
        << QByteArray("SQLite format");
    QTest::newRow("backslash traversal")
        << RawHttpsClient::request("GET", "/dashboard/..\\..\\secret.key") << 400 << "bad-request"
        << secrets;
    QTest::newRow("encoded backslash traversal")
        << RawHttpsClient::request("GET", "/dashboard/..%5C..%5Csecret.key") << 404 << "not-found"
        << secrets;
}

void HostileInputTest::badRequestIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, forbidden);

    // The database file itself changes all the time (the real kiosk's ratings, its last-seen
    // time, WAL checkpoints), so "unchanged" is judged on content: a digest of every row a
    // request could add or alter, leaving out the real kiosk's ratings and last-seen columns.
    const QByteArray before = m_centre.stored().contentDigest(AttackedCentre::streamKiosk);
    QVERIFY(!before.isEmpty());

    const RawReply reply = m_raw->exchange(request);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.header("content-type").startsWith("application/json"), reply.head.constData());
    const QJsonObject body = reply.json();
    if (status == 200) {
        const QJsonArray results = body.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first()[QLatin1String("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(results.first()[QLatin1String("error")].toString(), error);
    } else {
        QCOMPARE(body.value(QLatin1String("error")).toString(), error);
        QVERIFY(!body.value(QLatin1String("message")).toString().isEmpty());
    }
    if (!forbidden.isEmpty())
        QVERIFY2(!(reply.head + reply.body).contains(forbidden), reply.head.constData());

    QCOMPARE(m_centre.stored().contentDigest(AttackedCentre::streamKiosk), before);
    QCOMPARE(m_raw->exchange(RawHttpsClient::request("GET", "/healthz")).status, 200);
    m_centre.sender().collect();
}

// SQL and markup in every free-text member are data: stored as sent, the tables intact, and
// handed back by the staff API escaped only by JSON.
void HostileInputTest::injectionStringsAreStoredAsPlainText()
{
    const QString sql = QStringLiteral("'); DROP TABLE ratings; --");
    const QString markup =
        QStringLiteral("<script>alert('xã')</script><img src=x onerror=alert(1)>");
    QJsonObject rating = validRating();
    rating.insert(QStringLiteral("comment"), markup + QLatin1Char(' ') + sql);
    rating.insert(QStringLiteral("staff"), QStringLiteral("1' OR '1'='1"));
    rating.insert(QStringLiteral("procedure"), QStringLiteral("\"; DELETE FROM kiosks; --"));
    rating.insert(QStringLiteral("counter"), QStringLiteral("1"));
    const QString id = rating.value(QLatin1String("id")).toString();
    const RawReply stored = m_raw->exchange(kioskPost(batchOf(rating)));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json()[QLatin1String("results")][0][QLatin1String("status")].toString(),
             QStringLiteral("accepted"));
    QCOMPARE(m_centre.stored().count(QStringLiteral("id = '%1'").arg(id)), 1);
    QCOMPARE(m_centre.stored().text(QStringLiteral("SELECT COUNT(*) FROM kiosks")),
             QStringLiteral("3"));

    const QString today =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    const RawReply daily = m_raw->exchange(
        staffRequest("GET", "/api/v1/daily?date=" + today.toLatin1(), m_cookie, {}));
    QCOMPARE(daily.status, 200);
    QVERIFY2(daily.body.contains(QJsonDocument(QJsonArray{markup + QLatin1Char(' ') + sql})
                                     .toJson(QJsonDocument::Compact)
                                     .mid(1)
                                     .chopped(1)),
             daily.body.left(2000).constData());
}

void HostileInputTest::realKioskGotThroughTheWholeRun()
{
    const QString problem = m_centre.senderProblem(4);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostile_input.moc"
