// A kiosk's wrong clock against the real server: with the HTTP Date header the server shifts
// each rating by the measured skew; without it, a rating dated in the future counts when it
// was received; a late outbox backlog keeps its own time. The dashboard shows all of it.
#include "TestServer.h"
#include "period/PeriodRule.h"

#include <QLocale>
#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

namespace {
constexpr qint64 threeDays = 3 * 24 * 3600;

QDate centreDate(const QDateTime &at)
{
    return at.toTimeZone(centreTimeZone()).date();
}

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c()
        .toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}
} // namespace

class ClockSkewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dateHeaderThreeDaysBehindCountsOnTheRightDay();
    void futureRatingWithoutDateCountsWhenReceived();
    void lateBacklogKeepsItsOwnDay();

private:
    qint64 dailyCount(const QDate &date, const QString &field);
    QJsonObject kiosk(const QString &id);
    int send(const QString &token, const QJsonArray &ratings, const QByteArray &date = {});

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_staff;
    QString m_slowToken, m_fastToken, m_backlogToken;
};

void ClockSkewTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    m_slowToken = m_server->addKiosk(QStringLiteral("k-slow"), QStringLiteral("ubnd"),
                                     QStringLiteral("Quầy 1"));
    m_fastToken = m_server->addKiosk(QStringLiteral("k-fast"), QStringLiteral("ubnd"),
                                     QStringLiteral("Quầy 2"));
    m_backlogToken = m_server->addKiosk(QStringLiteral("k-backlog"), QStringLiteral("ubnd"),
                                        QStringLiteral("Quầy 3"));
    QVERIFY(!m_slowToken.isEmpty() && !m_fastToken.isEmpty() && !m_backlogToken.isEmpty());
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_staff = std::make_unique<TlsClient>(m_server->caPath());
    QCOMPARE(m_server->logInAdmin(*m_staff).status, 200);
}

void ClockSkewTest::cleanupTestCase()
{
    m_staff.reset();
    m_server.reset();
}

qint64 ClockSkewTest::dailyCount(const QDate &date, const QString &field)
{
    const HttpReply reply = m_staff->get(
        m_server->url(QStringLiteral("/api/v1/daily?date=") + date.toString(Qt::ISODate)));
    return reply.json().value(field).toInteger();
}

QJsonObject ClockSkewTest::kiosk(const QString &id)
{
    const HttpReply reply = m_staff->get(m_server->url(QStringLiteral("/api/v1/kiosks")));
    for (const QJsonValue &entry : reply.json().value(QLatin1String("kiosks")).toArray()) {
        if (entry.toObject().value(QLatin1String("id")).toString() == id)
            return entry.toObject();
    }
    return {};
}

int ClockSkewTest::send(const QString &token, const QJsonArray &ratings, const QByteArray &date)
{
    TlsClient client(m_server->caPath());
    auto headers = TlsClient::bearer(token);
    if (!date.isEmpty())
        headers.append({QByteArrayLiteral("Date"), date});
    const HttpReply reply = client.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                            TestRatings::batch(ratings), headers);
    for (const QJsonValue &result : reply.json().value(QLatin1String("results")).toArray()) {
        if (result.toObject().value(QLatin1String("status")).toString() !=
            QLatin1String("accepted"))
            return 0;
    }
    return reply.status;
}

void ClockSkewTest::dateHeaderThreeDaysBehindCountsOnTheRightDay()
{
    // The kiosk's clock is three days behind: its rating made a minute ago reads as three
    // days and a minute ago, and so does its Date header.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime kioskNow = now.addSecs(-threeDays);
    const QDate today = centreDate(now);
    const QDate kioskDay = centreDate(kioskNow.addSecs(-60));
    if (centreDate(now.addSecs(-60)) != today)
        QSKIP("too close to midnight in the centre's time zone");
    const qint64 before = dailyCount(today, QStringLiteral("n"));
    const QJsonArray ratings{
        TestRatings::rating(TestRatings::newId(), kioskNow.addSecs(-60), 1, 5),
        TestRatings::rating(TestRatings::newId(), kioskNow.addSecs(-30), 2, 2)};
    QCOMPARE(send(m_slowToken, ratings, httpDate(kioskNow)), 200);

    QCOMPARE(dailyCount(today, QStringLiteral("n")), before + 2);
    QCOMPARE(dailyCount(today, QStringLiteral("clock_skew")), qint64(2));
    QCOMPARE(dailyCount(kioskDay, QStringLiteral("n")), qint64(0));

    const qint64 skew =
        kiosk(QStringLiteral("k-slow")).value(QLatin1String("clock_skew_seconds")).toInteger();
    QVERIFY2(qAbs(skew - threeDays) < 120, qPrintable(QString::number(skew)));

    const HttpReply alerts = m_staff->get(m_server->url(QStringLiteral("/api/v1/alerts")));
    bool flagged = false;
    for (const QJsonValue &alert : alerts.json().value(QLatin1String("alerts")).toArray()) {
        const QJsonObject object = alert.toObject();
        if (object.value(QLatin1String("kind")).toString() == QLatin1String("kiosk-clock-skew") &&
            object.value(QLatin1String("kiosk")).toString() == QLatin1String("k-slow"))
            flagged = true;
    }
    QVERIFY(flagged);
    // A kiosk whose clock is right is measured but not flagged.
    QCOMPARE(
        send(m_backlogToken, {TestRatings::rating(TestRatings::newId(), now, 1, 5)}, httpDate(now)),
        200);
    QVERIFY(qAbs(kiosk(QStringLiteral("k-backlog"))
                     .value(QLatin1String("clock_skew_seconds"))
                     .toInteger()) < 120);
    QCOMPARE(dailyCount(today, QStringLiteral("clock_skew")), qint64(2));
}

void ClockSkewTest::futureRatingWithoutDateCountsWhenReceived()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = centreDate(now);
    const QDate tomorrow = today.addDays(1);
    const qint64 before = dailyCount(today, QStringLiteral("n"));
    const qint64 skewedBefore = dailyCount(today, QStringLiteral("clock_skew"));
    QCOMPARE(send(m_fastToken,
                  {TestRatings::rating(TestRatings::newId(), now.addSecs(24 * 3600), 1, 4)}),
             200);
    if (centreDate(QDateTime::currentDateTimeUtc()) != today)
        QSKIP("midnight passed in the centre's time zone during the test");
    QCOMPARE(dailyCount(today, QStringLiteral("n")), before + 1);
    QCOMPARE(dailyCount(today, QStringLiteral("clock_skew")), skewedBefore + 1);
    QCOMPARE(dailyCount(tomorrow, QStringLiteral("n")), qint64(0));
    // The kiosk sent no clock: nothing was measured.
    QVERIFY(kiosk(QStringLiteral("k-fast")).value(QLatin1String("clock_skew_seconds")).isNull());
}

void ClockSkewTest::lateBacklogKeepsItsOwnDay()
{
    // Two days of an outbox arrive late, sent with a correct clock: each keeps its own day.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime twoDaysAgo = now.addSecs(-2 * 24 * 3600);
    const QDate backlogDay = centreDate(twoDaysAgo);
    const qint64 before = dailyCount(backlogDay, QStringLiteral("n"));
    QCOMPARE(send(m_backlogToken, {TestRatings::rating(TestRatings::newId(), twoDaysAgo, 2, 5)},
                  httpDate(now)),
             200);
    QCOMPARE(dailyCount(backlogDay, QStringLiteral("n")), before + 1);
    QCOMPARE(dailyCount(backlogDay, QStringLiteral("clock_skew")), qint64(0));
}

QTEST_GUILESS_MAIN(ClockSkewTest)
#include "tst_clock_skew.moc"
