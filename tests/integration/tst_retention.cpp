// Comment retention: comments older than centre.json's "comment_retention_months" are emptied
// when the server starts; the ratings stay and every figure with them.
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hailong::testing;

class RetentionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oldCommentsAreEmptiedAtStartAndRatingsStay();

private:
    QJsonObject daily(const QDate &day);
    QJsonObject indicators(const QDate &from, const QDate &to);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_staff;
    QDate m_oldDay;
    QDate m_recentDay;
};

QJsonObject RetentionTest::daily(const QDate &day)
{
    return m_staff
        ->get(m_server->url(QStringLiteral("/api/v1/daily?date=") + day.toString(Qt::ISODate)))
        .json();
}

QJsonObject RetentionTest::indicators(const QDate &from, const QDate &to)
{
    const HttpReply reply =
        m_staff->get(m_server->url(QStringLiteral("/api/v1/indicators?period=%1..%2&rule=calendar")
                                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
    return reply.json();
}

void RetentionTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QFile centre(m_server->dataDir() + QStringLiteral("/centre.json"));
    QVERIFY(centre.open(QIODevice::WriteOnly | QIODevice::Truncate));
    centre.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Xã Thử")},
                                           {QStringLiteral("comment_retention_months"), 3}})
                     .toJson());
    centre.close();
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    const QString token = m_server->addKiosk(QStringLiteral("k-1"), QStringLiteral("ubnd"));
    QVERIFY(m_server->start());

    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    m_oldDay = today.addMonths(-6);
    m_recentDay = today.addDays(-10);
    QJsonArray ratings;
    qint64 seq = 0;
    for (const QDate &day : {m_oldDay, m_recentDay}) {
        for (int i = 0; i < 3; ++i) {
            QJsonObject rating = TestRatings::rating(
                TestRatings::newId(), QDateTime(day, QTime(10, i), Qt::OffsetFromUTC, 7 * 3600),
                ++seq, 4 + i % 2);
            rating.insert(
                QStringLiteral("comment"),
                QStringLiteral("Góp ý ngày %1 số %2").arg(day.toString(Qt::ISODate)).arg(i));
            ratings.append(rating);
        }
    }
    TlsClient kiosk(m_server->caPath());
    QCOMPARE(kiosk
                 .postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(ratings), TlsClient::bearer(token))
                 .status,
             200);
    m_staff = std::make_unique<TlsClient>(m_server->caPath());
    QCOMPARE(m_server->logInAdmin(*m_staff).status, 200);
}

void RetentionTest::cleanupTestCase()
{
    m_server->stop();
}

void RetentionTest::oldCommentsAreEmptiedAtStartAndRatingsStay()
{
    // Stored as sent until the server next purges.
    QCOMPARE(daily(m_oldDay).value(QLatin1String("comments")).toArray().size(), 3);
    const QJsonObject figuresBefore = indicators(m_oldDay.addDays(-1), m_recentDay);

    m_server->stop();
    QVERIFY(m_server->start());

    const QJsonObject oldDay = daily(m_oldDay);
    QCOMPARE(oldDay.value(QLatin1String("n")).toInt(), 3);
    QCOMPARE(oldDay.value(QLatin1String("comments")).toArray().size(), 0);
    const QJsonArray recentComments = daily(m_recentDay).value(QLatin1String("comments")).toArray();
    QCOMPARE(recentComments.size(), 3);
    QVERIFY(recentComments.first()
                .toObject()
                .value(QLatin1String("comment"))
                .toString()
                .startsWith(QStringLiteral("Góp ý ngày ") + m_recentDay.toString(Qt::ISODate)));
    QCOMPARE(indicators(m_oldDay.addDays(-1), m_recentDay), figuresBefore);
    QCOMPARE(figuresBefore.value(QLatin1String("indicators"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("n"))
                 .toInt(),
             6);
}

QTEST_GUILESS_MAIN(RetentionTest)
#include "tst_retention.moc"
