// A province of centres on one database, against the real server over TLS: each rating takes
// the centre of its kiosk's unit from the kiosk's token, and the rollups keep every centre's
// counts apart, so that one centre's figures and the province's roll-up both come from them.
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace hailong::testing;

class CentresTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ratingsTakeTheirKiosksCentre();

private:
    // The rows of a query, columns joined by spaces.
    QStringList rows(const QString &sql) const;
    void send(const QString &token, const QList<int> &levels, const QString &comment);

    std::unique_ptr<TestServer> m_server;
    QString m_tokenA;
    QString m_tokenB;
    qint64 m_seq = 0;
};

void CentresTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QCOMPARE(m_server->run({QStringLiteral("centre"), QStringLiteral("add"), QStringLiteral("xa-b"),
                            QStringLiteral("--name"), QStringLiteral("Xã B")}),
             0);
    for (const auto &[unit, centre] : {std::pair{QStringLiteral("ubnd-a"), QStringLiteral("main")},
                                       std::pair{QStringLiteral("ubnd-b"), QStringLiteral("xa-b")}})
        QCOMPARE(
            m_server->run({QStringLiteral("unit"), QStringLiteral("add"), unit,
                           QStringLiteral("--kind"), QStringLiteral("admin"),
                           QStringLiteral("--name"), unit, QStringLiteral("--centre"), centre}),
            0);
    m_tokenA = m_server->addKiosk(QStringLiteral("k-a"), QStringLiteral("ubnd-a"),
                                  QStringLiteral("Quầy 1"));
    m_tokenB = m_server->addKiosk(QStringLiteral("k-b"), QStringLiteral("ubnd-b"),
                                  QStringLiteral("Quầy 1"));
    QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
}

void CentresTest::cleanupTestCase()
{
    m_server.reset();
}

QStringList CentresTest::rows(const QString &sql) const
{
    const QString name = QStringLiteral("centres-rows");
    QStringList result;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        if (!query.exec(sql))
            return {QStringLiteral("failed: ") + sql};
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            result.append(columns.join(QLatin1Char(' ')));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void CentresTest::send(const QString &token, const QList<int> &levels, const QString &comment)
{
    QJsonArray ratings;
    for (const int level : levels) {
        QJsonObject rating = TestRatings::rating(TestRatings::newId(),
                                                 QDateTime::currentDateTimeUtc(), ++m_seq, level);
        if (!comment.isEmpty())
            rating.insert(QStringLiteral("comment"), comment);
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

void CentresTest::ratingsTakeTheirKiosksCentre()
{
    send(m_tokenA, {5, 4, 2}, QStringLiteral("Ở xã A chờ lâu"));
    send(m_tokenB, {5, 1}, QStringLiteral("Ở xã B thiếu ghế"));
    QCOMPARE(rows(QStringLiteral("SELECT centre_id, COUNT(*), SUM(satisfied) FROM ratings GROUP BY "
                                 "centre_id ORDER BY centre_id")),
             QStringList({QStringLiteral("main 3 2"), QStringLiteral("xa-b 2 1")}));
    QCOMPARE(rows(QStringLiteral("SELECT centre_id, SUM(n), SUM(satisfied) FROM "
                                 "rollup_indicator_days GROUP BY centre_id ORDER BY centre_id")),
             QStringList({QStringLiteral("main 3 2"), QStringLiteral("xa-b 2 1")}));
    QCOMPARE(rows(QStringLiteral("SELECT centre_id, SUM(n), SUM(satisfied) FROM rollup_hours "
                                 "GROUP BY centre_id ORDER BY centre_id")),
             QStringList({QStringLiteral("main 3 2"), QStringLiteral("xa-b 2 1")}));
    QCOMPARE(rows(QStringLiteral("SELECT centre_id, unit_id, SUM(n) FROM rollup_days GROUP BY "
                                 "centre_id, unit_id ORDER BY centre_id")),
             QStringList({QStringLiteral("main ubnd-a 3"), QStringLiteral("xa-b ubnd-b 2")}));
}

QTEST_GUILESS_MAIN(CentresTest)
#include "tst_centres.moc"
