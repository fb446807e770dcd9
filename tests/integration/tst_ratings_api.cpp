// POST /api/v1/ratings and the kiosk-facing routes, against the real server over TLS.
#include "TestServer.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace hailong::testing;

namespace {
// Public page and link rating requests a minute per address; more than the tests before the
// flood make.
constexpr int linkRateLimit = 60;
} // namespace

class RatingsApiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthzAnswersWithoutAuth();
    void batchGetsOneResultPerRating();
    void rejectedRatingsEchoTheIdAsSent();
    void resendingABatchChangesNothing();
    void missingOrWrongTokenIs401();
    void nonJsonContentTypeIs415();
    void malformedBodyIs400WithItsCode_data();
    void malformedBodyIs400WithItsCode();
    void twoMebibyteBodyIs413AndServerStillAnswers();
    void unknownRoutesAnswerJson404And405();
    void surveyIsServedToKiosks();
    void phoneNumbersAndDossiersAreNotStored();
    void dossierImportWithABadRowKeepsNothing();
    void resentDossierImportUpdates();
    void dossierApiAnswersEachDossier();
    void tokensOnlyOpenTheirOwnRoutes();
    void badDossierBodiesStoreNothing_data();
    void badDossierBodiesStoreNothing();
    void ratingLinkWorksOnceThenAnswers409();
    void unknownAndExpiredLinksAreRefused();
    void badLinkRatingsStoreNothing_data();
    void badLinkRatingsStoreNothing();
    void ratingLinkForManagersAndIntegrations();
    void tooManyLinkRequestsAre429();
    void secondRatingOfADossierIsARepeat();
    void dossierFiguresEqualACount();

private:
    HttpReply postRatings(const QJsonArray &ratings, const QString &token);
    int storedCount(const QString &where = QStringLiteral("1=1"),
                    const QString &table = QStringLiteral("ratings"));
    // Runs `dossiers import` on a CSV file holding `csv`; returns the exit code.
    int importDossiers(const QByteArray &csv);
    HttpReply postDossiers(const QJsonArray &dossiers, const QString &token);
    static QJsonObject dossier(const QString &code,
                               const QString &channel = QStringLiteral("online"));
    QString m_integrationToken;
    // Staff reads, logged in once.
    QJsonObject staffGet(const QString &pathAndQuery);
    HttpReply postDossierRating(const QString &dossier, int overall, const QDateTime &at,
                                QString *id = nullptr);
    std::unique_ptr<TlsClient> m_staff;
    QString storedText(const QString &column, const QString &id);
    // Imports dossier `code` over the API (with `procedure`); its rating link's token.
    QString linkToken(const QString &code, const QString &procedure = {});
    HttpReply postLinkRating(const QJsonObject &body);
    // Runs one statement on the server's database; false when it failed.
    bool execute(const QString &sql);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_client;
    QString m_token;
    qint64 m_seq = 0;
};

void RatingsApiTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    m_token = m_server->addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"), QStringLiteral("1"));
    QVERIFY(!m_token.isEmpty());
    m_integrationToken = m_server->addIntegration(QStringLiteral("mot-cua"));
    QVERIFY(!m_integrationToken.isEmpty());
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0"),
                             QStringLiteral("--link-rate-limit"), QString::number(linkRateLimit)}));
    m_client = std::make_unique<TlsClient>(m_server->caPath());
}

void RatingsApiTest::cleanupTestCase()
{
    m_staff.reset();
    m_client.reset();
    m_server.reset();
}

HttpReply RatingsApiTest::postRatings(const QJsonArray &ratings, const QString &token)
{
    return m_client->postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                              TestRatings::batch(ratings), TlsClient::bearer(token));
}

int RatingsApiTest::storedCount(const QString &where, const QString &table)
{
    int count = -1;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("check"));
        if (db.isOpen()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where)) &&
                query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return count;
}

QString RatingsApiTest::storedText(const QString &column, const QString &id)
{
    QString text;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("text"));
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT %1 FROM ratings WHERE id = ?").arg(column));
            query.addBindValue(id);
            if (query.exec() && query.next())
                text = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("text"));
    return text;
}

void RatingsApiTest::healthzAnswersWithoutAuth()
{
    const HttpReply reply = m_client->get(m_server->url(QStringLiteral("/healthz")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
}

void RatingsApiTest::batchGetsOneResultPerRating()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString first = TestRatings::newId();
    QCOMPARE(postRatings({TestRatings::rating(first, now, ++m_seq, 5)}, m_token).status, 200);

    const QString fresh = TestRatings::newId();
    QJsonObject invalid = TestRatings::rating(TestRatings::newId(), now, ++m_seq, 9);
    const HttpReply reply = postRatings({TestRatings::rating(fresh, now, ++m_seq, 4),
                                         TestRatings::rating(first, now, 1, 5),
                                         TestRatings::rating(first, now, 1, 2), invalid},
                                        m_token);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0].toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("accepted"));
    QCOMPARE(results[0].toObject().value(QLatin1String("id")).toString(), fresh);
    QCOMPARE(results[1].toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(results[2].toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(results[2].toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("conflict"));
    QCOMPARE(results[3].toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(results[3].toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid-level"));

    // The conflicting resend did not replace what was stored.
    QCOMPARE(storedText(QStringLiteral("overall"), first), QStringLiteral("5"));
    QCOMPARE(storedCount(QStringLiteral("id IN ('%1', '%2')").arg(first, fresh)), 2);
}

// A kiosk matches answers to its ratings by id, so a rejected rating's id comes back exactly as
// it was sent, whatever JSON it was (and null when there was none).
void RatingsApiTest::rejectedRatingsEchoTheIdAsSent()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonValue sentIds[] = {
        QJsonValue(42),
        QJsonValue(2.5),
        QJsonValue(true),
        QJsonValue(QJsonObject{{QStringLiteral("x"), QJsonArray{1, QStringLiteral("y")}}}),
        QJsonValue(QStringLiteral("không phải \"uuid\" \\ \n")),
        QJsonValue(QJsonValue::Undefined),
    };
    QJsonArray ratings;
    for (const QJsonValue &id : sentIds) {
        QJsonObject rating = TestRatings::rating(TestRatings::newId(), now, ++m_seq, 4);
        rating.remove(QStringLiteral("id"));
        if (!id.isUndefined())
            rating.insert(QStringLiteral("id"), id);
        ratings.append(rating);
    }
    const HttpReply reply = postRatings(ratings, m_token);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), qsizetype(std::size(sentIds)));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!result.value(QLatin1String("error")).toString().isEmpty());
        const QJsonValue expected =
            sentIds[i].isUndefined() ? QJsonValue(QJsonValue::Null) : sentIds[i];
        QCOMPARE(result.value(QLatin1String("id")), expected);
    }
}

void RatingsApiTest::resendingABatchChangesNothing()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray batch;
    for (int i = 0; i < 5; ++i)
        batch.append(TestRatings::rating(TestRatings::newId(), now, ++m_seq, 1 + i));
    QCOMPARE(postRatings(batch, m_token).status, 200);
    const int before = storedCount();

    const HttpReply again = postRatings(batch, m_token);
    QCOMPARE(again.status, 200);
    for (const QJsonValue &result : again.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result.toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("duplicate"));
    QCOMPARE(storedCount(), before);
}

void RatingsApiTest::missingOrWrongTokenIs401()
{
    const QJsonArray batch{
        TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1, 5)};
    const int before = storedCount();
    const HttpReply none = m_client->postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                              TestRatings::batch(batch));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().value(QLatin1String("error")).toString(), QStringLiteral("unauthorized"));
    const HttpReply wrong = postRatings(batch, QStringLiteral("not-a-token"));
    QCOMPARE(wrong.status, 401);
    QVERIFY(!wrong.json().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(storedCount(), before);
}

void RatingsApiTest::nonJsonContentTypeIs415()
{
    auto headers = TlsClient::bearer(m_token);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    const HttpReply reply = m_client->post(m_server->url(QStringLiteral("/api/v1/ratings")),
                                           QByteArrayLiteral("{\"ratings\":[]}"), headers);
    QCOMPARE(reply.status, 415);
    QVERIFY(!reply.json().value(QLatin1String("error")).toString().isEmpty());
}

void RatingsApiTest::malformedBodyIs400WithItsCode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("{\"ratings\": [") << QStringLiteral("malformed-json");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not-an-object");
    QTest::newRow("no ratings") << QByteArray("{}") << QStringLiteral("missing-ratings");
    QTest::newRow("ratings not array")
        << QByteArray("{\"ratings\":1}") << QStringLiteral("wrong-type");
    QTest::newRow("empty") << QByteArray("{\"ratings\":[]}") << QStringLiteral("empty-batch");
    QByteArray tooMany = "{\"ratings\":[";
    for (int i = 0; i < 501; ++i)
        tooMany += i == 0 ? "{}" : ",{}";
    tooMany += "]}";
    QTest::newRow("501 ratings") << tooMany << QStringLiteral("batch-too-large");
}

void RatingsApiTest::malformedBodyIs400WithItsCode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    auto headers = TlsClient::bearer(m_token);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const int before = storedCount();
    const HttpReply reply =
        m_client->post(m_server->url(QStringLiteral("/api/v1/ratings")), body, headers);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), code);
    QCOMPARE(storedCount(), before);
}

void RatingsApiTest::twoMebibyteBodyIs413AndServerStillAnswers()
{
    QSslSocket socket;
    QSslConfiguration tls = socket.sslConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server->caPath()));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY2(socket.waitForEncrypted(30'000), qPrintable(socket.errorString()));

    const qint64 size = 2 * 1024 * 1024;
    socket.write(
        "POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Authorization: Bearer " +
        m_token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n");
    const QByteArray chunk(64 * 1024, 'a');
    QByteArray answer;
    for (qint64 sent = 0; sent < size && socket.state() == QAbstractSocket::ConnectedState;
         sent += chunk.size()) {
        socket.write(chunk);
        socket.waitForBytesWritten(1000);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    while (!answer.contains("}") && socket.waitForReadyRead(30'000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("\"error\""));

    const HttpReply next = m_client->get(m_server->url(QStringLiteral("/healthz")));
    QCOMPARE(next.status, 200);
}

void RatingsApiTest::unknownRoutesAnswerJson404And405()
{
    const HttpReply missing = m_client->get(m_server->url(QStringLiteral("/api/v1/nothing-here")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QLatin1String("error")).toString(), QStringLiteral("not-found"));
    const HttpReply wrongMethod =
        m_client->get(m_server->url(QStringLiteral("/api/v1/ratings")), TlsClient::bearer(m_token));
    QCOMPARE(wrongMethod.status, 405);
    QVERIFY(wrongMethod.header("Allow").contains("POST"));
    QVERIFY(!wrongMethod.json().value(QLatin1String("error")).toString().isEmpty());
}

void RatingsApiTest::surveyIsServedToKiosks()
{
    QCOMPARE(m_client->get(m_server->url(QStringLiteral("/api/v1/survey"))).status, 401);
    const HttpReply survey =
        m_client->get(m_server->url(QStringLiteral("/api/v1/survey")), TlsClient::bearer(m_token));
    QCOMPARE(survey.status, 200);
    QCOMPARE(survey.json().value(QLatin1String("id")).toString(), QStringLiteral("default"));
    QVERIFY(!survey.json().value(QLatin1String("levels")).toArray().isEmpty());

    // A health station's kiosk asks the health survey unless it was given another; one that
    // names a survey gets that one.
    QVERIFY(m_server->addUnit(QStringLiteral("tyt"), QStringLiteral("health"),
                              QStringLiteral("Trạm Y tế")));
    const QString health = m_server->addKiosk(QStringLiteral("k-tyt"), QStringLiteral("tyt"));
    const QString overridden = m_server->addKiosk(QStringLiteral("k-tyt-hc"), QStringLiteral("tyt"),
                                                  {}, QStringLiteral("default"));
    QVERIFY(!health.isEmpty() && !overridden.isEmpty());
    const auto surveyOf = [&](const QString &token, const QString &query = {}) {
        return m_client
            ->get(m_server->url(QStringLiteral("/api/v1/survey") + query), TlsClient::bearer(token))
            .json();
    };
    const QJsonObject healthSurvey = surveyOf(health);
    QCOMPARE(healthSurvey.value(QLatin1String("id")).toString(), QStringLiteral("y-te"));
    QCOMPARE(healthSurvey.value(QLatin1String("ask_criteria")).toBool(), true);
    QVERIFY(healthSurvey.value(QLatin1String("fields")).toArray().isEmpty());
    QCOMPARE(surveyOf(overridden).value(QLatin1String("id")).toString(), QStringLiteral("default"));
    QCOMPARE(surveyOf(health, QStringLiteral("?id=giao-duc")).value(QLatin1String("id")).toString(),
             QStringLiteral("giao-duc"));
    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k-x"),
                            QStringLiteral("--unit"), QStringLiteral("tyt"),
                            QStringLiteral("--survey"), QStringLiteral("khong-co")}),
             2);
    QVERIFY2(m_server->lastOutput().contains(QStringLiteral("no survey \"khong-co\"")),
             qPrintable(m_server->lastOutput()));
}

void RatingsApiTest::phoneNumbersAndDossiersAreNotStored()
{
    const QString id = TestRatings::newId();
    QJsonObject rating = TestRatings::rating(id, QDateTime::currentDateTimeUtc(), ++m_seq, 2);
    rating.insert(QStringLiteral("comment"),
                  QStringLiteral("Gọi tôi 0912 345 678, CCCD 001234567890"));
    rating.insert(QStringLiteral("dossier"), QStringLiteral("HS-2026-000123"));
    const HttpReply reply = postRatings({rating}, m_token);
    QCOMPARE(reply.status, 200);
    const QString comment = storedText(QStringLiteral("comment"), id);
    QVERIFY(comment.startsWith(QStringLiteral("Gọi tôi")));
    QVERIFY2(!comment.contains(QStringLiteral("345")) &&
                 !comment.contains(QStringLiteral("001234567890")),
             qPrintable(comment));
    const QString dossier = storedText(QStringLiteral("dossier_hash"), id);
    QVERIFY(!dossier.isEmpty());
    QVERIFY(!dossier.contains(QStringLiteral("000123")));
}

int RatingsApiTest::importDossiers(const QByteArray &csv)
{
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("dossiers.csv")));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return -1;
    file.close();
    return m_server->run({QStringLiteral("dossiers"), QStringLiteral("import"), file.fileName()});
}

void RatingsApiTest::dossierImportWithABadRowKeepsNothing()
{
    const int before = storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers"));
    const QByteArray csv = "\xEF\xBB\xBF"
                           "code,unit,field,channel,received_at,due_at,returned_at\n"
                           "BAD-1,ubnd,ho-tich,counter,2026-01-05 08:00,2026-01-06 17:00,\n"
                           "BAD-2,ubnd,ho-tich,online,2026-01-05 08:00,2026-01-06 17:00,\n"
                           "BAD-3,ubnd,ho-tich,fax,2026-01-05 08:00,2026-01-06 17:00,\n";
    QCOMPARE(importDossiers(csv), 2);
    QVERIFY2(m_server->lastOutput().contains(
                 QStringLiteral("line 4: \"channel\" must be counter, online or post")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers")), before);
    // A unit the centre does not have is as bad as a malformed row.
    QCOMPARE(importDossiers("code,unit,field,channel,received_at,due_at\n"
                            "BAD-1,ubnd,ho-tich,counter,2026-01-05 08:00,2026-01-06 17:00\n"
                            "BAD-2,xa-khac,ho-tich,counter,2026-01-05 08:00,2026-01-06 17:00\n"),
             2);
    QVERIFY2(m_server->lastOutput().contains(QStringLiteral("line 3: no unit \"xa-khac\"")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers")), before);
}

void RatingsApiTest::resentDossierImportUpdates()
{
    const int before = storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers"));
    QByteArray csv = "due_at,code,unit,field,channel,received_at,returned_at,procedure,staff\r\n";
    for (int i = 1; i <= 3; ++i)
        csv +=
            QStringLiteral("2026-01-06 17:00,IMP-%1,ubnd,ho-tich,counter,2026-01-05T08:00:00+07:00,"
                           ",\"Đăng ký khai sinh, khai tử\",\r\n")
                .arg(i)
                .toUtf8();
    QCOMPARE(importDossiers(csv), 0);
    QVERIFY2(m_server->lastOutput().contains(QStringLiteral("imported: 3, updated: 0")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(importDossiers(csv), 0);
    QVERIFY2(m_server->lastOutput().contains(QStringLiteral("imported: 0, updated: 3")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers")), before + 3);
    // Its returned time arrives later, with the same code.
    QCOMPARE(importDossiers("code,unit,field,channel,received_at,due_at,returned_at\n"
                            "IMP-2,ubnd,ho-tich,counter,2026-01-05 08:00,2026-01-06 17:00,"
                            "2026-01-06 09:30\n"),
             0);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("imported: 0, updated: 1")));
    QCOMPARE(storedCount(QStringLiteral("returned_at IS NOT NULL"), QStringLiteral("dossiers")), 1);
    // The codes are kept only as their keyed hashes.
    QCOMPARE(storedCount(QStringLiteral("code_hash LIKE '%IMP%'"), QStringLiteral("dossiers")), 0);
}

HttpReply RatingsApiTest::postDossiers(const QJsonArray &dossiers, const QString &token)
{
    return m_client->postJson(m_server->url(QStringLiteral("/api/v1/dossiers")),
                              {{QStringLiteral("dossiers"), dossiers}}, TlsClient::bearer(token));
}

QJsonObject RatingsApiTest::dossier(const QString &code, const QString &channel)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("unit"), QStringLiteral("ubnd")},
            {QStringLiteral("field"), QStringLiteral("ho-tich")},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("received_at"), QStringLiteral("2026-01-05T08:00:00+07:00")},
            {QStringLiteral("due_at"), QStringLiteral("2026-01-06 17:00")}};
}

void RatingsApiTest::dossierApiAnswersEachDossier()
{
    const int before = storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers"));
    QJsonObject returned = dossier(QStringLiteral("API-1"));
    returned.insert(QStringLiteral("returned_at"), QStringLiteral("2026-01-06 09:00"));
    const HttpReply reply =
        postDossiers({dossier(QStringLiteral("API-1")), dossier(QStringLiteral("API-2"), "fax"),
                      returned, dossier(QStringLiteral("API-3")), QJsonValue(42)},
                     m_integrationToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 5);
    const auto field = [&results](int i, const char *name) {
        return results.at(i).toObject().value(QLatin1String(name)).toString();
    };
    QCOMPARE(field(0, "code"), QStringLiteral("API-1"));
    QCOMPARE(field(0, "status"), QStringLiteral("accepted"));
    QCOMPARE(field(1, "code"), QStringLiteral("API-2"));
    QCOMPARE(field(1, "status"), QStringLiteral("rejected"));
    QCOMPARE(field(1, "error"), QStringLiteral("invalid-channel"));
    QVERIFY(!results.at(1).toObject().contains(QLatin1String("rating_url")));
    // The same code again, in the same request, updates.
    QCOMPARE(field(2, "status"), QStringLiteral("updated"));
    QCOMPARE(field(3, "status"), QStringLiteral("accepted"));
    QCOMPARE(field(4, "status"), QStringLiteral("rejected"));
    QVERIFY(results.at(4).toObject().value(QLatin1String("code")).isNull());
    // A link per dossier, the same every time it is asked for.
    const QRegularExpression link(QStringLiteral("^https://.+/r/[A-Za-z0-9_-]{22}$"));
    QVERIFY2(link.match(field(0, "rating_url")).hasMatch(), qPrintable(field(0, "rating_url")));
    QCOMPARE(field(2, "rating_url"), field(0, "rating_url"));
    QVERIFY(field(3, "rating_url") != field(0, "rating_url"));
    QVERIFY(!field(0, "rating_url").contains(QStringLiteral("API-1")));
    QCOMPARE(storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers")), before + 2);

    const HttpReply again = postDossiers({dossier(QStringLiteral("API-3"))}, m_integrationToken);
    QCOMPARE(TestRatings::firstStatus(again.json()), QStringLiteral("updated"));
    QCOMPARE(again.json()
                 .value(QLatin1String("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("rating_url"))
                 .toString(),
             field(3, "rating_url"));
}

void RatingsApiTest::tokensOnlyOpenTheirOwnRoutes()
{
    const HttpReply kioskPostsDossiers = postDossiers({dossier(QStringLiteral("K-1"))}, m_token);
    QCOMPARE(kioskPostsDossiers.status, 401);
    QCOMPARE(kioskPostsDossiers.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unauthorized"));
    QCOMPARE(postDossiers({dossier(QStringLiteral("K-1"))}, QString()).status, 401);
    const HttpReply integrationRates = postRatings(
        {TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), ++m_seq, 5)},
        m_integrationToken);
    QCOMPARE(integrationRates.status, 401);
    QCOMPARE(m_client
                 ->get(m_server->url(QStringLiteral("/api/v1/survey")),
                       TlsClient::bearer(m_integrationToken))
                 .status,
             401);
}

void RatingsApiTest::badDossierBodiesStoreNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(dossier(QStringLiteral("MANY-%1").arg(i)));
    QTest::newRow("1001 dossiers")
        << QJsonDocument(QJsonObject{{QStringLiteral("dossiers"), tooMany}}).toJson() << 400
        << QStringLiteral("batch-too-large");
    QTest::newRow("none") << QByteArray("{\"dossiers\":[]}") << 400
                          << QStringLiteral("empty-batch");
    QTest::newRow("no array") << QByteArray("{\"ratings\":[]}") << 400
                              << QStringLiteral("missing-dossiers");
    QTest::newRow("truncated") << QByteArray("{\"dossiers\":[{\"code\":") << 400
                               << QStringLiteral("malformed-json");
    QTest::newRow("over a mebibyte") << "{\"dossiers\":[\"" + QByteArray(1100 * 1024, 'x') + "\"]}"
                                     << 413 << QStringLiteral("too-large");
}

void RatingsApiTest::badDossierBodiesStoreNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const int before = storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers"));
    auto headers = TlsClient::bearer(m_integrationToken);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const HttpReply reply =
        m_client->post(m_server->url(QStringLiteral("/api/v1/dossiers")), body, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), error);
    QCOMPARE(storedCount(QStringLiteral("1=1"), QStringLiteral("dossiers")), before);
}

QString RatingsApiTest::linkToken(const QString &code, const QString &procedure)
{
    QJsonObject sent = dossier(code);
    sent.insert(QStringLiteral("procedure"), procedure);
    sent.insert(QStringLiteral("staff"), QStringLiteral("cb-07"));
    const HttpReply reply = postDossiers({sent}, m_integrationToken);
    const QString url = reply.json()
                            .value(QLatin1String("results"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QLatin1String("rating_url"))
                            .toString();
    return url.section(QLatin1Char('/'), -1);
}

HttpReply RatingsApiTest::postLinkRating(const QJsonObject &body)
{
    return m_client->postJson(m_server->url(QStringLiteral("/api/v1/link-ratings")), body);
}

bool RatingsApiTest::execute(const QString &sql)
{
    bool done = false;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("execute"));
        done = db.isOpen() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("execute"));
    return done;
}

void RatingsApiTest::ratingLinkWorksOnceThenAnswers409()
{
    const QString token = linkToken(QStringLiteral("LINK-1"));
    QCOMPARE(token.size(), 22);
    const QUrl page = m_server->url(QStringLiteral("/r/") + token);
    const HttpReply open = m_client->get(page);
    QCOMPARE(open.status, 200);
    QVERIFY(open.header("Content-Type").startsWith("text/html"));
    QVERIFY(open.body.contains("\"state\":\"open\""));
    QVERIFY(open.body.contains("\"centre\":\""));
    QVERIFY(open.body.contains("\"levels\""));
    QVERIFY(!open.body.contains("@LINK_DATA@"));
    QVERIFY(open.header("Content-Security-Policy").startsWith("default-src 'self'"));
    QCOMPARE(open.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(open.header("Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(open.header("Cache-Control"), QByteArray("no-store"));
    // The page's files come from /r/ too, so a proxy can publish /r/ alone.
    for (const char *file : {"rate.js", "rate.css", "face-1.svg", "face-5.svg"}) {
        const HttpReply asset = m_client->get(m_server->url(QStringLiteral("/r/") + file));
        QVERIFY2(asset.status == 200, file);
        QCOMPARE(asset.header("X-Content-Type-Options"), QByteArray("nosniff"));
    }
    QCOMPARE(m_client->get(m_server->url(QStringLiteral("/r/hailong.db"))).status, 404);

    const int before = storedCount();
    const HttpReply sent = postLinkRating(
        {{QStringLiteral("link"), token},
         {QStringLiteral("overall"), 2},
         {QStringLiteral("reasons"), QJsonArray{QStringLiteral("cho-lau")}},
         {QStringLiteral("comment"), QStringLiteral("Chờ lâu quá, gọi 0912 345 678")},
         {QStringLiteral("lang"), QStringLiteral("vi")}});
    QCOMPARE(sent.status, 201);
    QCOMPARE(sent.json().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(storedCount(), before + 1);
    // Dated on arrival, from no kiosk, with the dossier's unit, field and staff, tied to it,
    // the comment masked as a kiosk's.
    const QString where = QStringLiteral("channel = 'link' AND kiosk_id = '' AND seq = 0 AND "
                                         "unit_id = 'ubnd' AND field = 'ho-tich' AND staff = "
                                         "'cb-07' AND overall = 2 AND repeated = 0 AND "
                                         "dossier_hash IN (SELECT dossier_hash FROM "
                                         "dossier_ratings) AND comment LIKE 'Chờ lâu quá%'");
    QCOMPARE(storedCount(where), 1);
    QCOMPARE(storedCount(QStringLiteral("comment LIKE '%345%'")), 0);

    const HttpReply again =
        postLinkRating({{QStringLiteral("link"), token}, {QStringLiteral("overall"), 5}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QLatin1String("error")).toString(), QStringLiteral("link-used"));
    const HttpReply used = m_client->get(page);
    QCOMPARE(used.status, 409);
    QVERIFY(used.body.contains("\"state\":\"used\""));
    QCOMPARE(storedCount(), before + 1);

    // The dossier's rating counts once: the kiosk rating it later is kept as a repeat.
    const QString kioskId = TestRatings::newId();
    QJsonObject kiosk = TestRatings::rating(kioskId, QDateTime::currentDateTimeUtc(), ++m_seq, 5);
    kiosk.insert(QStringLiteral("dossier"), QStringLiteral("LINK-1"));
    QCOMPARE(TestRatings::firstStatus(postRatings({kiosk}, m_token).json()),
             QStringLiteral("accepted"));
    QCOMPARE(storedText(QStringLiteral("repeated"), kioskId), QStringLiteral("1"));

    // A dossier the kiosk rated first: its link is used.
    const QString counted = TestRatings::newId();
    QJsonObject first = TestRatings::rating(counted, QDateTime::currentDateTimeUtc(), ++m_seq, 4);
    first.insert(QStringLiteral("dossier"), QStringLiteral("LINK-2"));
    QCOMPARE(TestRatings::firstStatus(postRatings({first}, m_token).json()),
             QStringLiteral("accepted"));
    const QString kioskFirst = linkToken(QStringLiteral("LINK-2"));
    QCOMPARE(m_client->get(m_server->url(QStringLiteral("/r/") + kioskFirst)).status, 409);
    QCOMPARE(postLinkRating({{QStringLiteral("link"), kioskFirst}, {QStringLiteral("overall"), 3}})
                 .status,
             409);
}

void RatingsApiTest::unknownAndExpiredLinksAreRefused()
{
    const QString unknown = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA");
    const HttpReply page = m_client->get(m_server->url(QStringLiteral("/r/") + unknown));
    QCOMPARE(page.status, 404);
    QVERIFY(page.body.contains("\"state\":\"unknown\""));
    const HttpReply rated =
        postLinkRating({{QStringLiteral("link"), unknown}, {QStringLiteral("overall"), 4}});
    QCOMPARE(rated.status, 404);
    QCOMPARE(rated.json().value(QLatin1String("error")).toString(), QStringLiteral("unknown-link"));

    // A link 30 days after its dossier first arrived: moved back in the database.
    const QString token = linkToken(QStringLiteral("LINK-OLD"), QStringLiteral("het-han"));
    QVERIFY(execute(QStringLiteral("UPDATE dossiers SET first_stored_at = first_stored_at - "
                                   "2678400000, link_expires_at = link_expires_at - 2678400000 "
                                   "WHERE procedure = 'het-han'")));
    const int before = storedCount();
    const HttpReply expired = m_client->get(m_server->url(QStringLiteral("/r/") + token));
    QCOMPARE(expired.status, 410);
    QVERIFY(expired.body.contains("\"state\":\"expired\""));
    const HttpReply late =
        postLinkRating({{QStringLiteral("link"), token}, {QStringLiteral("overall"), 4}});
    QCOMPARE(late.status, 410);
    QCOMPARE(late.json().value(QLatin1String("error")).toString(), QStringLiteral("link-expired"));
    QCOMPARE(storedCount(), before);
}

void RatingsApiTest::badLinkRatingsStoreNothing_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QString>("error");
    QTest::newRow("no level") << QJsonObject{} << QStringLiteral("missing-overall");
    QTest::newRow("level 6") << QJsonObject{{QStringLiteral("overall"), 6}}
                             << QStringLiteral("invalid-level");
    QTest::newRow("level as text") << QJsonObject{{QStringLiteral("overall"), QStringLiteral("5")}}
                                   << QStringLiteral("invalid-level");
    QTest::newRow("unknown reason")
        << QJsonObject{{QStringLiteral("overall"), 2},
                       {QStringLiteral("reasons"), QJsonArray{QStringLiteral("hoi-lo")}}}
        << QStringLiteral("unknown-reason");
    QTest::newRow("501 characters")
        << QJsonObject{{QStringLiteral("overall"), 2},
                       {QStringLiteral("comment"), QString(501, QChar(0x1EA1))}}
        << QStringLiteral("comment-too-long");
    QTest::newRow("control character")
        << QJsonObject{{QStringLiteral("overall"), 2},
                       {QStringLiteral("comment"), QStringLiteral("chậm") + QChar(7)}}
        << QStringLiteral("invalid-text");
    QTest::newRow("link not text")
        << QJsonObject{{QStringLiteral("link"), 7}, {QStringLiteral("overall"), 4}}
        << QStringLiteral("invalid-link");
}

void RatingsApiTest::badLinkRatingsStoreNothing()
{
    QFETCH(QJsonObject, answer);
    QFETCH(QString, error);
    static const QString token = linkToken(QStringLiteral("LINK-BAD"));
    if (!answer.contains(QLatin1String("link")))
        answer.insert(QStringLiteral("link"), token);
    const int before = storedCount();
    const HttpReply reply = postLinkRating(answer);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), error);
    QCOMPARE(storedCount(), before);
    // The link still works.
    QCOMPARE(m_client->get(m_server->url(QStringLiteral("/r/") + token)).status, 200);
}

void RatingsApiTest::ratingLinkForManagersAndIntegrations()
{
    const QString token = linkToken(QStringLiteral("LINK-QR"));
    const QUrl json = m_server->url(QStringLiteral("/api/v1/dossiers/LINK-QR/rating-link"));
    QCOMPARE(m_client->get(json).status, 401);
    const HttpReply plain = m_client->post(
        m_server->url(QStringLiteral("/api/v1/link-ratings")),
        QJsonDocument(QJsonObject{{QStringLiteral("link"), token}, {QStringLiteral("overall"), 4}})
            .toJson(),
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}});
    QCOMPARE(plain.status, 415);

    TlsClient manager(m_server->caPath());
    QCOMPARE(m_server->logInAdmin(manager).status, 200);
    const HttpReply link = manager.get(json);
    QCOMPARE(link.status, 200);
    QCOMPARE(link.json().value(QLatin1String("code")).toString(), QStringLiteral("LINK-QR"));
    const QString url = link.json().value(QLatin1String("rating_url")).toString();
    QVERIFY2(url.endsWith(QStringLiteral("/r/") + token), qPrintable(url));
    const QDateTime expires = QDateTime::fromString(
        link.json().value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(29));
    QVERIFY(expires < QDateTime::currentDateTimeUtc().addDays(31));
    QCOMPARE(link.json().value(QLatin1String("used")), QJsonValue(false));

    const HttpReply svg = manager.get(
        m_server->url(QStringLiteral("/api/v1/dossiers/LINK-QR/rating-link?format=svg")));
    QCOMPARE(svg.status, 200);
    QCOMPARE(svg.header("Content-Type"), QByteArray("image/svg+xml"));
    QVERIFY(svg.body.startsWith("<svg"));
    const HttpReply png = m_client->get(
        m_server->url(QStringLiteral("/api/v1/dossiers/LINK-QR/rating-link?format=png")),
        TlsClient::bearer(m_integrationToken));
    QCOMPARE(png.status, 200);
    QCOMPARE(png.header("Content-Type"), QByteArray("image/png"));
    // The signature, then the header chunk's width and height (big-endian).
    QVERIFY(png.body.startsWith("\x89PNG\r\n\x1a\n"));
    const auto dimension = [&png](int at) {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(png.body.constData()) + at);
    };
    QVERIFY(dimension(16) >= 200);
    QCOMPARE(dimension(20), dimension(16));

    QCOMPARE(
        manager.get(m_server->url(QStringLiteral("/api/v1/dossiers/NO-SUCH/rating-link"))).status,
        404);
    QCOMPARE(
        manager
            .get(m_server->url(QStringLiteral("/api/v1/dossiers/LINK-QR/rating-link?format=gif")))
            .status,
        400);
    QCOMPARE(
        postLinkRating({{QStringLiteral("link"), token}, {QStringLiteral("overall"), 4}}).status,
        201);
    QCOMPARE(manager.get(json).json().value(QLatin1String("used")), QJsonValue(true));
    QCOMPARE(m_client->get(json, TlsClient::bearer(m_token)).status, 401);
}

// The public pages face the internet: an address asking too often waits.
void RatingsApiTest::tooManyLinkRequestsAre429()
{
    const QUrl page = m_server->url(QStringLiteral("/r/AAAAAAAAAAAAAAAAAAAAAA"));
    HttpReply reply;
    for (int i = 0; i <= 2 * linkRateLimit && reply.status != 429; ++i)
        reply = m_client->get(page);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("rate-limited"));
    QVERIFY(reply.header("Retry-After").toInt() >= 1);
    QCOMPARE(postLinkRating({{QStringLiteral("link"), QStringLiteral("x")}}).status, 429);
    // The page's files and everything else still answer.
    QCOMPARE(m_client->get(m_server->url(QStringLiteral("/r/rate.js"))).status, 200);
    QCOMPARE(m_client->get(m_server->url(QStringLiteral("/healthz"))).status, 200);
}

QJsonObject RatingsApiTest::staffGet(const QString &pathAndQuery)
{
    if (!m_staff) {
        m_staff = std::make_unique<TlsClient>(m_server->caPath());
        if (m_server->logInAdmin(*m_staff).status != 200)
            return {};
    }
    const HttpReply reply = m_staff->get(m_server->url(pathAndQuery));
    return reply.status == 200 ? reply.json() : QJsonObject();
}

HttpReply RatingsApiTest::postDossierRating(const QString &dossier, int overall,
                                            const QDateTime &at, QString *id)
{
    const QString ratingId = TestRatings::newId();
    if (id)
        *id = ratingId;
    QJsonObject rating = TestRatings::rating(ratingId, at, ++m_seq, overall);
    rating.insert(QStringLiteral("dossier"), dossier);
    rating.insert(QStringLiteral("field"), QStringLiteral("ho-tich"));
    return postRatings({rating}, m_token);
}

void RatingsApiTest::secondRatingOfADossierIsARepeat()
{
    const QString period = QStringLiteral("/api/v1/indicators?period=2026-02-01..2026-02-28");
    const QString report =
        QStringLiteral("/api/v1/report?period=2026-02-01..2026-02-28&format=json");
    const QDateTime at(QDate(2026, 2, 10), QTime(9, 0), Qt::OffsetFromUTC, 7 * 3600);
    QCOMPARE(TestRatings::firstStatus(postDossierRating(QStringLiteral("REP-1"), 5, at).json()),
             QStringLiteral("accepted"));
    const QJsonObject counted = staffGet(period);
    const QJsonObject countedReport = staffGet(report);
    QCOMPARE(counted.value(QLatin1String("indicators"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("n")),
             QJsonValue(1));

    // The same dossier rated again, at another kiosk visit: stored, and left out.
    QString repeat;
    QCOMPARE(TestRatings::firstStatus(
                 postDossierRating(QStringLiteral("REP-1"), 1, at.addDays(1), &repeat).json()),
             QStringLiteral("accepted"));
    QCOMPARE(storedCount(QStringLiteral("id = '%1' AND repeated = 1").arg(repeat)), 1);
    QCOMPARE(staffGet(period).value(QLatin1String("indicators")),
             counted.value(QLatin1String("indicators")));
    const QJsonObject repeatedReport = staffGet(report);
    for (const char *part : {"indicators", "by_field", "by_unit", "reasons", "comments"})
        QCOMPARE(repeatedReport.value(QLatin1String(part)),
                 countedReport.value(QLatin1String(part)));
    const QJsonObject day = staffGet(QStringLiteral("/api/v1/daily?date=2026-02-11"));
    QVERIFY(day.contains(QLatin1String("n")));
    QCOMPARE(day.value(QLatin1String("n")).toInteger(), 0);

    // A rating that comes before its dossier is tied to it all the same.
    postDossierRating(QStringLiteral("REP-2"), 4, at);
    QJsonObject later = dossier(QStringLiteral("REP-2"));
    later.insert(QStringLiteral("returned_at"), QStringLiteral("2026-02-10 10:00"));
    QCOMPARE(TestRatings::firstStatus(postDossiers({later}, m_integrationToken).json()),
             QStringLiteral("accepted"));
    postDossierRating(QStringLiteral("REP-2"), 2, at.addDays(2), &repeat);
    QCOMPARE(storedCount(QStringLiteral("id = '%1' AND repeated = 1").arg(repeat)), 1);
    const QJsonObject dossiers = staffGet(period).value(QLatin1String("dossiers")).toObject();
    QCOMPARE(dossiers.value(QLatin1String("rated")), QJsonValue(1));
    QCOMPARE(dossiers.value(QLatin1String("repeats")), QJsonValue(1));
}

void RatingsApiTest::dossierFiguresEqualACount()
{
    // March 2026 holds only these dossiers: a mix of channels, on-time and late returns,
    // dossiers rated (some twice), unrated, returned in April or not returned at all.
    struct Case
    {
        QString channel;
        int returnedDay; // day of March; 0 = not returned, 40 = in April
        bool late;
        int rating; // overall level; 0 = not rated
        bool ratedTwice;
    };
    const QList<Case> cases = {
        {"counter", 2, false, 5, false},  {"online", 3, false, 4, true},
        {"online", 4, true, 2, false},    {"counter", 5, true, 5, false},
        {"post", 6, false, 0, false},     {"counter", 7, false, 1, true},
        {"online", 8, false, 0, false},   {"counter", 9, true, 0, false},
        {"counter", 10, false, 3, false}, {"online", 0, false, 5, false},
        {"counter", 40, false, 5, false},
    };
    struct Expected
    {
        qint64 handled = 0, onTime = 0, online = 0, rated = 0, repeats = 0;
        qint64 ratedOnTime = 0, satisfiedOnTime = 0, ratedLate = 0, satisfiedLate = 0;
    } expected;
    QJsonArray dossiers;
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0), Qt::OffsetFromUTC, 7 * 3600);
    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const QString code = QStringLiteral("FIG-%1").arg(i);
        const QDate returnedDate =
            c.returnedDay == 40 ? QDate(2026, 4, 2) : QDate(2026, 3, qMax(1, c.returnedDay));
        // Due at noon of the day it is returned: returned at 11:00 is on time, at 13:00 late.
        QJsonObject entry = dossier(code, c.channel);
        entry.insert(QStringLiteral("received_at"), QStringLiteral("2026-03-01 08:00"));
        entry.insert(QStringLiteral("due_at"),
                     returnedDate.toString(QStringLiteral("yyyy-MM-dd 12:00")));
        if (c.returnedDay > 0)
            entry.insert(QStringLiteral("returned_at"),
                         returnedDate.toString(c.late ? QStringLiteral("yyyy-MM-dd 13:00")
                                                      : QStringLiteral("yyyy-MM-dd 11:00")));
        dossiers.append(entry);
        if (c.rating > 0) {
            postDossierRating(code, c.rating, at.addDays(i));
            if (c.ratedTwice)
                postDossierRating(code, 5, at.addDays(i).addSecs(60));
        }
        if (c.returnedDay == 0 || c.returnedDay == 40)
            continue;
        ++expected.handled;
        expected.onTime += c.late ? 0 : 1;
        expected.online += c.channel == QLatin1String("online") ? 1 : 0;
        if (c.rating == 0)
            continue;
        ++expected.rated;
        expected.repeats += c.ratedTwice ? 1 : 0;
        (c.late ? expected.ratedLate : expected.ratedOnTime) += 1;
        (c.late ? expected.satisfiedLate : expected.satisfiedOnTime) += c.rating >= 4 ? 1 : 0;
    }
    QVERIFY(postDossiers(dossiers, m_integrationToken).status == 200);

    const QJsonObject figures =
        staffGet(QStringLiteral("/api/v1/indicators?period=2026-03-01..2026-03-31"));
    const QJsonObject shown = figures.value(QLatin1String("dossiers")).toObject();
    QCOMPARE(shown.value(QLatin1String("handled")).toInteger(), expected.handled);
    QCOMPARE(shown.value(QLatin1String("on_time")).toInteger(), expected.onTime);
    QCOMPARE(shown.value(QLatin1String("online")).toInteger(), expected.online);
    QCOMPARE(shown.value(QLatin1String("rated")).toInteger(), expected.rated);
    QCOMPARE(shown.value(QLatin1String("repeats")).toInteger(), expected.repeats);
    QCOMPARE(shown.value(QLatin1String("response_rate")).toDouble(),
             100.0 * double(expected.rated) / double(expected.handled));
    const qint64 needed = qint64(
        std::ceil(double(expected.handled) / (1.0 + double(expected.handled) * 0.05 * 0.05)));
    QCOMPARE(shown.value(QLatin1String("sample_needed")).toInteger(), needed);
    QCOMPARE(shown.value(QLatin1String("sample_reached")).toBool(), expected.rated >= needed);
    const QJsonObject byTimeliness = shown.value(QLatin1String("by_timeliness")).toObject();
    const QJsonObject onTime = byTimeliness.value(QLatin1String("on_time")).toObject();
    const QJsonObject late = byTimeliness.value(QLatin1String("late")).toObject();
    QCOMPARE(onTime.value(QLatin1String("n")).toInteger(), expected.ratedOnTime);
    QCOMPARE(onTime.value(QLatin1String("satisfied")).toInteger(), expected.satisfiedOnTime);
    QCOMPARE(late.value(QLatin1String("n")).toInteger(), expected.ratedLate);
    QCOMPARE(late.value(QLatin1String("satisfied")).toInteger(), expected.satisfiedLate);
    QCOMPARE(late.value(QLatin1String("rate")).toDouble(),
             100.0 * double(expected.satisfiedLate) / double(expected.ratedLate));

    const QJsonArray indicators = figures.value(QLatin1String("indicators")).toArray();
    const QJsonObject onTimeIndicator = indicators.last().toObject();
    QCOMPARE(onTimeIndicator.value(QLatin1String("id")).toString(), QStringLiteral("on-time"));
    QCOMPARE(onTimeIndicator.value(QLatin1String("name")).toString(),
             QStringLiteral("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn"));
    QCOMPARE(onTimeIndicator.value(QLatin1String("target")).toDouble(), 95.0);
    QCOMPARE(onTimeIndicator.value(QLatin1String("n")).toInteger(), expected.handled);
    QCOMPARE(onTimeIndicator.value(QLatin1String("satisfied")).toInteger(), expected.onTime);
    QCOMPARE(onTimeIndicator.value(QLatin1String("rate")).toDouble(),
             100.0 * double(expected.onTime) / double(expected.handled));
    QCOMPARE(onTimeIndicator.value(QLatin1String("status")).toString(), QStringLiteral("not-met"));

    // The report carries the same; a period without returned dossiers has none.
    const QJsonObject report =
        staffGet(QStringLiteral("/api/v1/report?period=2026-03-01..2026-03-31&format=json"));
    QCOMPARE(report.value(QLatin1String("dossiers")).toObject(), shown);
    const QJsonObject empty =
        staffGet(QStringLiteral("/api/v1/indicators?period=2025-06-01..2025-06-30"));
    QVERIFY(empty.contains(QLatin1String("dossiers")));
    QVERIFY(empty.value(QLatin1String("dossiers")).isNull());
    QCOMPARE(empty.value(QLatin1String("indicators"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QLatin1String("n")),
             QJsonValue(0));
}

QTEST_GUILESS_MAIN(RatingsApiTest)
#include "tst_ratings_api.moc"
