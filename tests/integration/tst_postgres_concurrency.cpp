// A province runs several `serve` processes on one PostgreSQL database. Two of them receive
// batches at once, many batches sent to both (a kiosk resending to another process after a
// timeout): every acknowledged rating is stored exactly once, exactly one process says
// "accepted" for it, and the rollups equal a recount of the ratings. Managers closing one
// period on both at once: one closing is made, every other request is told it is closed.
#include "TestServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>

using namespace hailong::testing;

namespace {
constexpr int batches = 60;
constexpr int batchSize = 50;
} // namespace

class PostgresConcurrencyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoServersAcceptEachRatingOnce();
    void twoServersCloseAPeriodOnce();
    void cleanupTestCase();

private:
    QNetworkRequest requestTo(const QUrl &url) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QProcess> m_second;
    quint16 m_secondPort = 0;
    QStringList m_tokens;
};

void PostgresConcurrencyTest::initTestCase()
{
    if (!TestServer::usesPostgres())
        QSKIP("needs HAILONG_TEST_DB=postgresql");
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    QVERIFY(m_server->addUnit(QStringLiteral("tram-y-te"), QStringLiteral("health"),
                              QStringLiteral("Trạm y tế")));
    m_tokens << m_server->addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"))
             << m_server->addKiosk(QStringLiteral("k2"), QStringLiteral("tram-y-te"));
    QVERIFY(!m_tokens.contains(QString()));
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_second = m_server->startAnother(m_secondPort,
                                      {QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")});
    QVERIFY(m_second);
}

void PostgresConcurrencyTest::cleanupTestCase()
{
    if (m_second) {
        m_second->terminate();
        m_second->waitForFinished();
    }
    m_second.reset();
    m_server.reset();
}

void PostgresConcurrencyTest::twoServersAcceptEachRatingOnce()
{
    const QList<QUrl> urls{
        m_server->url(QStringLiteral("/api/v1/ratings")),
        QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/ratings").arg(m_secondPort))};

    // Every batch goes to one server; two in three go to the other as well, at the same time.
    QNetworkAccessManager network;
    QSet<QString> sent;
    QHash<QString, int> accepted;
    QSet<QString> acknowledged;
    int pending = 0;
    int failures = 0;
    QEventLoop loop;
    const QDateTime base = QDateTime(QDate(2026, 3, 31), QTime(16, 0), Qt::UTC);
    for (int b = 0; b < batches; ++b) {
        const int kiosk = b % 2;
        QJsonArray ratings;
        for (int i = 0; i < batchSize; ++i) {
            const QString id = TestRatings::newId();
            sent.insert(id);
            // Ratings spread over two hours around a centre midnight.
            ratings.append(TestRatings::rating(id, base.addSecs((b * batchSize + i) * 2 % 7200),
                                               b * batchSize + i + 1, 1 + (i % 5)));
        }
        const QByteArray body =
            QJsonDocument(TestRatings::batch(ratings)).toJson(QJsonDocument::Compact);
        QList<QUrl> targets{urls.at(b % 2)};
        if (b % 3 != 0)
            targets.append(urls.at((b + 1) % 2));
        for (const QUrl &url : std::as_const(targets)) {
            QNetworkRequest request = requestTo(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_tokens.at(kiosk).toLatin1());
            QNetworkReply *reply = network.post(request, body);
            ++pending;
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 200)
                    ++failures;
                const QJsonArray results = QJsonDocument::fromJson(reply->readAll())
                                               .object()
                                               .value(QLatin1String("results"))
                                               .toArray();
                for (const QJsonValue &value : results) {
                    const QJsonObject result = value.toObject();
                    const QString id = result.value(QLatin1String("id")).toString();
                    const QString outcome = result.value(QLatin1String("status")).toString();
                    if (outcome == QLatin1String("accepted"))
                        ++accepted[id];
                    if (outcome == QLatin1String("accepted") ||
                        outcome == QLatin1String("duplicate"))
                        acknowledged.insert(id);
                }
                reply->deleteLater();
                if (--pending == 0)
                    loop.quit();
            });
        }
    }
    loop.exec();
    QCOMPARE(failures, 0);
    QCOMPARE(acknowledged, sent);
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" accepted twice")));
    QCOMPARE(accepted.size(), sent.size());

    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("check"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, COUNT(*) FROM ratings GROUP BY id")));
        QSet<QString> stored;
        while (query.next()) {
            QCOMPARE(query.value(1).toLongLong(), 1);
            stored.insert(query.value(0).toString());
        }
        QCOMPARE(stored, sent);

        // Rollups against a recount: per centre day and unit, and the kiosks' sequences.
        QHash<QString, QPair<qint64, qint64>> recount;
        QVERIFY(query.exec(
            QStringLiteral("SELECT effective_at, unit_id, satisfied, suspect FROM ratings")));
        while (query.next()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC)
                                  .toOffsetFromUtc(7 * 3600)
                                  .date();
            auto &entry =
                recount[day.toString(Qt::ISODate) + QLatin1Char('|') + query.value(1).toString()];
            ++entry.first;
            entry.second += query.value(2).toLongLong();
        }
        QHash<QString, QPair<qint64, qint64>> rollups;
        QVERIFY(query.exec(QStringLiteral(
            "SELECT day, unit_id, SUM(n), SUM(satisfied) FROM rollup_days GROUP BY day, unit_id")));
        while (query.next())
            rollups.insert(
                QDate(1970, 1, 1).addDays(query.value(0).toLongLong()).toString(Qt::ISODate) +
                    QLatin1Char('|') + query.value(1).toString(),
                {query.value(2).toLongLong(), query.value(3).toLongLong()});
        QCOMPARE(rollups, recount);
        QCOMPARE(recount.size(), 4); // two days × two units: the midnight was crossed

        QVERIFY(query.exec(QStringLiteral("SELECT SUM(n) FROM rollup_indicator_days")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(sent.size()));
        QVERIFY(query.exec(QStringLiteral("SELECT kiosk_id, low, high, seqs FROM kiosk_sequences "
                                          "ORDER BY kiosk_id")));
        int kiosks = 0;
        while (query.next()) {
            ++kiosks;
            QCOMPARE(query.value(3).toLongLong(), qint64(batches / 2 * batchSize));
        }
        QCOMPARE(kiosks, 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QNetworkRequest PostgresConcurrencyTest::requestTo(const QUrl &url) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server->caPath()));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    request.setTransferTimeout(120'000);
    return request;
}

void PostgresConcurrencyTest::twoServersCloseAPeriodOnce()
{
    // One admin session (sessions live in the shared database) on both servers.
    TlsClient admin(m_server->caPath());
    const HttpReply login = m_server->logInAdmin(admin);
    QCOMPARE(login.status, 200);
    const QByteArray csrf = login.json().value(QLatin1String("csrf")).toString().toLatin1();
    const QByteArray cookie = login.header("Set-Cookie").split(';').first();
    QVERIFY(!csrf.isEmpty() && !cookie.isEmpty());

    const QString path = QStringLiteral("/api/v1/periods/2026-Q1/close?rule=calendar");
    const QList<QUrl> urls{
        m_server->url(path),
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_secondPort).arg(path))};
    // Without the CSRF header a close is refused and nothing is closed: the first round below
    // still makes its one closing.
    const HttpReply withoutCsrf = admin.post(urls.at(1), {});
    QCOMPARE(withoutCsrf.status, 403);
    QCOMPARE(withoutCsrf.json().value(QLatin1String("error")).toString(), QStringLiteral("csrf"));

    QNetworkAccessManager network;
    // The same request six times at once, three to each server: each answer's status and error.
    const auto sentAtOnce = [&](const QByteArray &verb) {
        QStringList answers;
        QEventLoop loop;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest request = requestTo(urls.at(i % 2));
            request.setRawHeader("Cookie", cookie);
            request.setRawHeader("X-CSRF-Token", csrf);
            QNetworkReply *reply = network.sendCustomRequest(request, verb);
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                answers.append(
                    QStringLiteral("%1 %2")
                        .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                        .arg(QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QLatin1String("error"))
                                 .toString()));
                reply->deleteLater();
                if (answers.size() == 6)
                    loop.quit();
            });
        }
        loop.exec();
        answers.sort();
        return answers;
    };
    constexpr int rounds = 30;
    for (int round = 0; round < rounds; ++round) {
        QCOMPARE(sentAtOnce("POST"),
                 QStringList(
                     {QStringLiteral("200 "), QStringLiteral("409 already-closed"),
                      QStringLiteral("409 already-closed"), QStringLiteral("409 already-closed"),
                      QStringLiteral("409 already-closed"), QStringLiteral("409 already-closed")}));
        QCOMPARE(sentAtOnce("DELETE"),
                 QStringList({QStringLiteral("204 "), QStringLiteral("404 not-closed"),
                              QStringLiteral("404 not-closed"), QStringLiteral("404 not-closed"),
                              QStringLiteral("404 not-closed"), QStringLiteral("404 not-closed")}));
    }
    // Each round audited one closing and one reopening.
    const QStringList audited = m_server->auditedActions(admin, QStringLiteral("period-"), 100);
    QCOMPARE(audited.filter(QRegularExpression(QStringLiteral("^period-close "))).size(), rounds);
    QCOMPARE(audited.filter(QRegularExpression(QStringLiteral("^period-reopen "))).size(), rounds);
}

QTEST_GUILESS_MAIN(PostgresConcurrencyTest)
#include "tst_postgres_concurrency.moc"
