// The province view against the real server over TLS, on SQLite and PostgreSQL: three centres
// (one without ratings) side by side in GET /api/v1/centres with the figures each centre's own
// GET /api/v1/indicators gives and a shrunk rate between the centre's rate and the province's;
// refused to a centre's user; the public figures and page per centre, without comments.
#include "TestServer.h"

#include <QJsonArray>
#include <QtTest>
#include <map>

using namespace hailong::testing;

class ProvinceViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void centresCarryTheirOwnIndicators();
    void shrunkRatesLieBetweenCentreAndProvince();
    void centresAreTheProvincesAlone();
    void badPeriodsAreRefused_data();
    void badPeriodsAreRefused();
    void publicFiguresPerCentre();
    void publicPagePerCentre();

private:
    void send(const QString &token, const QList<int> &levels);
    TlsClient &client(const QString &user);
    QString period() const;
    QJsonObject centres();

    std::map<QString, std::unique_ptr<TlsClient>> m_clients;
    std::unique_ptr<TestServer> m_server;
    qint64 m_seq = 0;
};

void ProvinceViewTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    for (const auto &[id, name] :
         {std::pair{QStringLiteral("xa-b"), QStringLiteral("Xã Bình An")},
          std::pair{QStringLiteral("xa-c"), QStringLiteral("Xã Cát Tiên")}})
        QCOMPARE(m_server->run({QStringLiteral("centre"), QStringLiteral("add"), id,
                                QStringLiteral("--name"), name}),
                 0);
    for (const auto &[unit, centre] : {std::pair{QStringLiteral("ubnd-a"), QStringLiteral("main")},
                                       std::pair{QStringLiteral("ubnd-b"), QStringLiteral("xa-b")}})
        QCOMPARE(
            m_server->run({QStringLiteral("unit"), QStringLiteral("add"), unit,
                           QStringLiteral("--kind"), QStringLiteral("admin"),
                           QStringLiteral("--name"), unit, QStringLiteral("--centre"), centre}),
            0);
    const QString tokenA = m_server->addKiosk(QStringLiteral("k-a"), QStringLiteral("ubnd-a"));
    const QString tokenB = m_server->addKiosk(QStringLiteral("k-b"), QStringLiteral("ubnd-b"));
    QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
    for (const QStringList &user :
         {QStringList{QStringLiteral("lan-a"), QStringLiteral("--centre"), QStringLiteral("main")},
          QStringList{QStringLiteral("tinh"), QStringLiteral("--province")}})
        QCOMPARE(m_server->run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + user +
                                   QStringList{QStringLiteral("--role"), QStringLiteral("manager")},
                               "mat-khau-du-dai\n"),
                 0);
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    // Centre A: 20 ratings, 18 satisfied. Centre B: 4 ratings, 1 satisfied. C: none.
    QList<int> a(16, 5);
    a << 4 << 4 << 2 << 1;
    send(tokenA, a);
    send(tokenB, {5, 2, 1, 3});
}

void ProvinceViewTest::cleanupTestCase()
{
    m_clients.clear();
    m_server.reset();
}

TlsClient &ProvinceViewTest::client(const QString &user)
{
    std::unique_ptr<TlsClient> &found = m_clients[user];
    if (!found) {
        found = std::make_unique<TlsClient>(m_server->caPath());
        const HttpReply login = m_server->logIn(*found, user, QStringLiteral("mat-khau-du-dai"));
        if (login.status != 200)
            qWarning() << "login failed" << user << login.status;
    }
    return *found;
}

QString ProvinceViewTest::period() const
{
    const QString today =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    return QStringLiteral("rule=calendar&period=%1..%1").arg(today);
}

void ProvinceViewTest::send(const QString &token, const QList<int> &levels)
{
    QJsonArray ratings;
    for (const int level : levels) {
        QJsonObject rating = TestRatings::rating(TestRatings::newId(),
                                                 QDateTime::currentDateTimeUtc(), ++m_seq, level);
        rating.insert(QStringLiteral("comment"), QStringLiteral("Góp ý riêng tư %1").arg(m_seq));
        ratings.append(rating);
    }
    TlsClient kiosk(m_server->caPath());
    const HttpReply sent = kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                          TestRatings::batch(ratings), TlsClient::bearer(token));
    QCOMPARE(sent.status, 200);
    for (const QJsonValue &result : sent.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result.toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("accepted"));
}

QJsonObject ProvinceViewTest::centres()
{
    const HttpReply reply = client(QStringLiteral("tinh"))
                                .get(m_server->url(QStringLiteral("/api/v1/centres?") + period()));
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

// Each row's indicators are the very objects the centre's own indicators read gives; the rows
// come best shrunk rate first, the centre without ratings last.
void ProvinceViewTest::centresCarryTheirOwnIndicators()
{
    const QJsonArray rows = centres().value(QLatin1String("centres")).toArray();
    QStringList order;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(QLatin1String("id")).toString();
        order << id;
        const QJsonObject own =
            client(QStringLiteral("tinh"))
                .get(m_server->url(
                    QStringLiteral("/api/v1/indicators?centre=%1&%2").arg(id, period())))
                .json();
        QCOMPARE(row.value(QLatin1String("indicators")).toArray(),
                 own.value(QLatin1String("indicators")).toArray());
    }
    QCOMPARE(order,
             QStringList({QStringLiteral("main"), QStringLiteral("xa-b"), QStringLiteral("xa-c")}));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Xã Bình An"));
}

void ProvinceViewTest::shrunkRatesLieBetweenCentreAndProvince()
{
    const QJsonObject body = centres();
    const QJsonObject province = body.value(QLatin1String("province")).toObject();
    QCOMPARE(province.value(QLatin1String("n")).toInteger(), 24);
    QCOMPARE(province.value(QLatin1String("satisfied")).toInteger(), 19);
    const double p = province.value(QLatin1String("rate")).toDouble();
    QVERIFY(body.value(QLatin1String("prior_strength")).toDouble() >= 20.0);
    std::map<QString, QJsonObject> byId;
    for (const QJsonValue &value : body.value(QLatin1String("centres")).toArray())
        byId[value.toObject().value(QLatin1String("id")).toString()] = value.toObject();
    QCOMPARE(byId[QStringLiteral("main")].value(QLatin1String("n")).toInteger(), 20);
    QCOMPARE(byId[QStringLiteral("xa-b")].value(QLatin1String("satisfied")).toInteger(), 1);
    for (const QString &id : {QStringLiteral("main"), QStringLiteral("xa-b")}) {
        const double rate = byId[id].value(QLatin1String("rate")).toDouble();
        const double shrunk = byId[id].value(QLatin1String("shrunk_rate")).toDouble();
        QVERIFY2(std::min(rate, p) < shrunk && shrunk < std::max(rate, p),
                 qPrintable(QStringLiteral("%1: rate %2, shrunk %3, province %4")
                                .arg(id)
                                .arg(rate)
                                .arg(shrunk)
                                .arg(p)));
    }
    // The small centre moves further toward the province than the large one.
    const auto pull = [&](const QString &id) {
        const double rate = byId[id].value(QLatin1String("rate")).toDouble();
        return std::abs(byId[id].value(QLatin1String("shrunk_rate")).toDouble() - rate) /
               std::abs(p - rate);
    };
    QVERIFY(pull(QStringLiteral("xa-b")) > pull(QStringLiteral("main")));
    QVERIFY(byId[QStringLiteral("xa-c")].value(QLatin1String("rate")).isNull());
    QVERIFY(byId[QStringLiteral("xa-c")].value(QLatin1String("shrunk_rate")).isNull());
}

void ProvinceViewTest::centresAreTheProvincesAlone()
{
    for (const QString &asked : {QString(), QStringLiteral("&centre=main")}) {
        const HttpReply reply =
            client(QStringLiteral("lan-a"))
                .get(m_server->url(QStringLiteral("/api/v1/centres?") + period() + asked));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("forbidden-centre"));
    }
    TlsClient anonymous(m_server->caPath());
    QCOMPARE(anonymous.get(m_server->url(QStringLiteral("/api/v1/centres"))).status, 401);
}

void ProvinceViewTest::badPeriodsAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("period") << "period=2026-Q5"
                            << "invalid-period";
    QTest::newRow("rule") << "period=2026-Q1&rule=lunar"
                          << "invalid-rule";
}

void ProvinceViewTest::badPeriodsAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    const HttpReply reply = client(QStringLiteral("tinh"))
                                .get(m_server->url(QStringLiteral("/api/v1/centres?") + query));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), error);
}

void ProvinceViewTest::publicFiguresPerCentre()
{
    TlsClient anonymous(m_server->caPath());
    const auto adminService = [](const QJsonObject &body) {
        for (const QJsonValue &value : body.value(QLatin1String("indicators")).toArray())
            if (value.toObject().value(QLatin1String("id")).toString() ==
                QLatin1String("admin-service"))
                return value.toObject().value(QLatin1String("n")).toInteger();
        return qint64(-1);
    };
    const HttpReply all =
        anonymous.get(m_server->url(QStringLiteral("/public/indicators?") + period()));
    QCOMPARE(all.status, 200);
    QCOMPARE(adminService(all.json()), 24);
    const HttpReply b =
        anonymous.get(m_server->url(QStringLiteral("/public/indicators?centre=xa-b&") + period()));
    QCOMPARE(b.status, 200);
    QCOMPARE(adminService(b.json()), 4);
    QCOMPARE(b.json().value(QLatin1String("commune")).toString(), QStringLiteral("Xã Bình An"));
    QCOMPARE(b.json().value(QLatin1String("centre")).toString(), QStringLiteral("xa-b"));
    for (const HttpReply &reply : {all, b})
        QVERIFY(!reply.body.contains("Góp ý") && !reply.body.contains("comment"));
    const HttpReply unknown =
        anonymous.get(m_server->url(QStringLiteral("/public/indicators?centre=xa-z")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unknown-centre"));
}

void ProvinceViewTest::publicPagePerCentre()
{
    TlsClient anonymous(m_server->caPath());
    const HttpReply page = anonymous.get(m_server->url(QStringLiteral("/public/xa-b")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    // Its scripts are found from any depth of path.
    QVERIFY(page.body.contains("src=\"/dashboard/public.js\""));
    const HttpReply unknown = anonymous.get(m_server->url(QStringLiteral("/public/xa-z")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unknown-centre"));
}

QTEST_GUILESS_MAIN(ProvinceViewTest)
#include "tst_province_view.moc"
