// A province of centres on one database, against the real server over TLS: each rating takes
// the centre of its kiosk's unit from the kiosk's token, and the rollups keep every centre's
// counts apart, so that one centre's figures and the province's roll-up both come from them.
// Staff reads, route by route: a centre's user sees that centre only, with or without
// centre=, and is refused another (403 forbidden-centre); a province user sees the sum, or one
// centre. Reads whose figures are not yet kept per centre are the province's roll-up alone.
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <map>

using namespace hailong::testing;

class CentresTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ratingsTakeTheirKiosksCentre();
    void eachReadKeepsToTheCallersCentre_data();
    void eachReadKeepsToTheCallersCentre();
    void anotherCentreIsRefused_data();
    void anotherCentreIsRefused();
    void aCaseOfAnotherCentreIsUnknown();
    void wholeDatabaseReadsAreTheProvincesAlone_data();
    void wholeDatabaseReadsAreTheProvincesAlone();

private:
    // The rows of a query, columns joined by spaces.
    QStringList rows(const QString &sql) const;
    void send(const QString &token, const QList<int> &levels, const QString &comment);
    TlsClient &client(const QString &user);
    // What a user notices of a read: its ratings count, and which centres' comments or kiosks
    // it shows; or the refusal's status and error.
    QString seen(const QString &user, const QString &route, const QString &centre);
    QString today() const;

    std::map<QString, std::unique_ptr<TlsClient>> m_clients;
    std::map<QString, QByteArray> m_csrf;

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
    for (const auto &[code, unit] : {std::pair{QStringLiteral("NV-A"), QStringLiteral("ubnd-a")},
                                     std::pair{QStringLiteral("NV-B"), QStringLiteral("ubnd-b")}})
        QCOMPARE(m_server->run({QStringLiteral("staff"), QStringLiteral("add"), code,
                                QStringLiteral("--name"), code, QStringLiteral("--unit"), unit}),
                 0);
    for (const QStringList &user :
         {QStringList{QStringLiteral("lan-a"), QStringLiteral("--centre"), QStringLiteral("main")},
          QStringList{QStringLiteral("lan-b"), QStringLiteral("--centre"), QStringLiteral("xa-b")},
          QStringList{QStringLiteral("tinh"), QStringLiteral("--province")}})
        QCOMPARE(m_server->run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + user +
                                   QStringList{QStringLiteral("--role"), QStringLiteral("manager")},
                               "mat-khau-du-dai\n"),
                 0);
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
}

void CentresTest::cleanupTestCase()
{
    m_clients.clear();
    m_server.reset();
}

TlsClient &CentresTest::client(const QString &user)
{
    std::unique_ptr<TlsClient> &found = m_clients[user];
    if (!found) {
        found = std::make_unique<TlsClient>(m_server->caPath());
        const HttpReply login = m_server->logIn(*found, user, QStringLiteral("mat-khau-du-dai"));
        if (login.status != 200)
            qWarning() << "login failed" << user << login.status;
        m_csrf[user] = login.json().value(QLatin1String("csrf")).toString().toUtf8();
    }
    return *found;
}

QString CentresTest::today() const
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
}

QString CentresTest::seen(const QString &user, const QString &route, const QString &centre)
{
    QString path =
        route == QLatin1String("indicators")
            ? QStringLiteral("/api/v1/indicators?rule=calendar&period=%1..%1").arg(today())
        : route == QLatin1String("daily") ? QStringLiteral("/api/v1/daily?date=%1").arg(today())
        : route == QLatin1String("cases") ? QStringLiteral("/api/v1/cases?status=open")
        : route == QLatin1String("staff") ? QStringLiteral("/api/v1/staff?all=1")
        : route == QLatin1String("patterns")
            ? QStringLiteral("/api/v1/patterns?date=%1").arg(today())
        : route == QLatin1String("trend")
            ? QStringLiteral("/api/v1/trend?rule=calendar&step=week&period=%1..%1").arg(today())
        : route == QLatin1String("daily/context")
            ? QStringLiteral("/api/v1/daily/context?date=%1").arg(today())
            : QStringLiteral("/api/v1/kiosks?all=1");
    if (!centre.isEmpty())
        path += QStringLiteral("&centre=") + centre;
    const HttpReply reply = client(user).get(m_server->url(path));
    const QJsonObject body = reply.json();
    if (reply.status != 200)
        return QStringLiteral("%1 %2")
            .arg(reply.status)
            .arg(body.value(QLatin1String("error")).toString());
    if (route == QLatin1String("staff")) {
        QStringList codes;
        for (const QJsonValue &member : body.value(QLatin1String("staff")).toArray())
            codes.append(member.toObject().value(QLatin1String("code")).toString());
        codes.sort();
        return codes.join(QLatin1Char(' '));
    }
    if (route == QLatin1String("patterns")) {
        // The day's five levels: how many ratings gave each.
        QStringList levels;
        const QJsonValue found = body.value(QLatin1String("levels"));
        for (const QJsonValue &level : found.toArray())
            levels.append(
                QString::number(level.toObject().value(QLatin1String("count")).toInteger()));
        return levels.join(QLatin1Char(' '));
    }
    if (route == QLatin1String("trend")) {
        qint64 n = 0;
        qint64 satisfied = 0;
        for (const QJsonValue &step : body.value(QLatin1String("ratings")).toArray()) {
            n += step.toObject().value(QLatin1String("n")).toInteger();
            satisfied += step.toObject().value(QLatin1String("satisfied")).toInteger();
        }
        return QStringLiteral("n=%1 satisfied=%2").arg(n).arg(satisfied);
    }
    if (route == QLatin1String("daily/context")) {
        const QJsonObject day = body.value(QLatin1String("today")).toObject();
        return QStringLiteral("n=%1 satisfied=%2")
            .arg(day.value(QLatin1String("n")).toInt())
            .arg(day.value(QLatin1String("satisfied")).toInt());
    }
    if (route == QLatin1String("indicators")) {
        for (const QJsonValue &indicator : body.value(QLatin1String("indicators")).toArray()) {
            const QJsonObject entry = indicator.toObject();
            if (entry.value(QLatin1String("id")).toString() == QLatin1String("admin-service"))
                return QStringLiteral("n=%1 satisfied=%2")
                    .arg(entry.value(QLatin1String("n")).toInt())
                    .arg(entry.value(QLatin1String("satisfied")).toInt());
        }
        return QStringLiteral("no admin-service");
    }
    if (route == QLatin1String("daily") || route == QLatin1String("cases")) {
        const bool cases = route == QLatin1String("cases");
        QStringList comments;
        const QJsonArray entries =
            body.value(cases ? QLatin1String("cases") : QLatin1String("comments")).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject rating =
                cases ? entry.toObject().value(QLatin1String("rating")).toObject()
                      : entry.toObject();
            comments.append(rating.value(QLatin1String("comment")).toString());
        }
        if (cases)
            return QStringLiteral("n=%1 %2").arg(entries.size()).arg([&comments] {
                comments.sort();
                comments.removeDuplicates();
                return comments.join(QLatin1String(" | "));
            }());
        comments.sort();
        comments.removeDuplicates();
        return QStringLiteral("n=%1 %2")
            .arg(body.value(QLatin1String("n")).toInt())
            .arg(comments.join(QLatin1String(" | ")));
    }
    QStringList kiosks;
    for (const QJsonValue &kiosk : body.value(QLatin1String("kiosks")).toArray())
        kiosks.append(kiosk.toObject().value(QLatin1String("id")).toString());
    kiosks.sort();
    return kiosks.join(QLatin1Char(' '));
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

void CentresTest::eachReadKeepsToTheCallersCentre_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("centreA");
    QTest::addColumn<QString>("centreB");
    QTest::addColumn<QString>("province");
    const QString a = QStringLiteral("Ở xã A chờ lâu");
    const QString b = QStringLiteral("Ở xã B thiếu ghế");
    QTest::newRow("indicators") << "indicators"
                                << "n=3 satisfied=2"
                                << "n=2 satisfied=1"
                                << "n=5 satisfied=3";
    QTest::newRow("daily") << "daily" << QStringLiteral("n=3 ") + a << QStringLiteral("n=2 ") + b
                           << QStringLiteral("n=5 ") + a + QStringLiteral(" | ") + b;
    QTest::newRow("kiosks") << "kiosks"
                            << "k-a"
                            << "k-b"
                            << "k-a k-b";
    QTest::newRow("daily/context") << "daily/context"
                                   << "n=3 satisfied=2"
                                   << "n=2 satisfied=1"
                                   << "n=5 satisfied=3";
    QTest::newRow("trend") << "trend"
                           << "n=3 satisfied=2"
                           << "n=2 satisfied=1"
                           << "n=5 satisfied=3";
    // Levels 1 to 5: xã A gave 5, 4 and 2; xã B 5 and 1.
    QTest::newRow("patterns") << "patterns"
                              << "0 1 0 1 1"
                              << "1 0 0 0 1"
                              << "1 1 0 1 2";
    QTest::newRow("staff") << "staff"
                           << "NV-A"
                           << "NV-B"
                           << "NV-A NV-B";
    // Every rating sent has a comment: each opened a case.
    QTest::newRow("cases") << "cases" << QStringLiteral("n=3 ") + a << QStringLiteral("n=2 ") + b
                           << QStringLiteral("n=5 ") + a + QStringLiteral(" | ") + b;
}

void CentresTest::eachReadKeepsToTheCallersCentre()
{
    QFETCH(QString, route);
    QFETCH(QString, centreA);
    QFETCH(QString, centreB);
    QFETCH(QString, province);
    const QString a = QStringLiteral("lan-a");
    const QString b = QStringLiteral("lan-b");
    const QString all = QStringLiteral("tinh");
    QCOMPARE(seen(a, route, {}), centreA);
    QCOMPARE(seen(a, route, QStringLiteral("main")), centreA);
    QCOMPARE(seen(b, route, {}), centreB);
    QCOMPARE(seen(b, route, QStringLiteral("xa-b")), centreB);
    QCOMPARE(seen(all, route, {}), province);
    QCOMPARE(seen(all, route, QStringLiteral("main")), centreA);
    QCOMPARE(seen(all, route, QStringLiteral("xa-b")), centreB);
    QCOMPARE(seen(all, route, QStringLiteral("xa-c")), QStringLiteral("404 unknown-centre"));
}

void CentresTest::anotherCentreIsRefused_data()
{
    QTest::addColumn<QString>("route");
    for (const char *route :
         {"indicators", "daily", "daily/context", "patterns", "trend", "kiosks", "cases", "staff"})
        QTest::newRow(route) << QString::fromLatin1(route);
}

void CentresTest::anotherCentreIsRefused()
{
    QFETCH(QString, route);
    QCOMPARE(seen(QStringLiteral("lan-a"), route, QStringLiteral("xa-b")),
             QStringLiteral("403 forbidden-centre"));
    QCOMPARE(seen(QStringLiteral("lan-b"), route, QStringLiteral("main")),
             QStringLiteral("403 forbidden-centre"));
    // A centre that does not exist is refused alike: a centre's user learns nothing of others.
    QCOMPARE(seen(QStringLiteral("lan-a"), route, QStringLiteral("xa-c")),
             QStringLiteral("403 forbidden-centre"));
}

// Moving a case is a read of it first: a centre's manager cannot move another centre's case,
// which stays as it was.
void CentresTest::aCaseOfAnotherCentreIsUnknown()
{
    const QString b = QStringLiteral("lan-b");
    const QJsonArray cases = client(b)
                                 .get(m_server->url(QStringLiteral("/api/v1/cases")))
                                 .json()
                                 .value(QLatin1String("cases"))
                                 .toArray();
    QVERIFY(!cases.isEmpty());
    const QString id = cases.first().toObject().value(QLatin1String("id")).toString();
    const QString a = QStringLiteral("lan-a");
    TlsClient &managerA = client(a);
    const HttpReply moved =
        managerA.postJson(m_server->url(QStringLiteral("/api/v1/cases/") + id),
                          {{QStringLiteral("status"), QStringLiteral("answered")},
                           {QStringLiteral("note"), QStringLiteral("Đã trả lời")},
                           {QStringLiteral("action"), QStringLiteral("Gọi điện")}},
                          {{QByteArrayLiteral("X-CSRF-Token"), m_csrf[a]}});
    QCOMPARE(moved.status, 404);
    QCOMPARE(moved.json().value(QLatin1String("error")).toString(), QStringLiteral("unknown-case"));
    QCOMPARE(
        rows(QStringLiteral("SELECT status, centre_id FROM cases WHERE rating_id = '%1'").arg(id)),
        QStringList{QStringLiteral("open xa-b")});
}

// The report and its downloads, charts, rankings, alerts and staff sheets still read every
// centre: with two centres a centre's user gets none of them (its own centre's would carry the
// other's comments and counts), and a province user gets them for the province only.
void CentresTest::wholeDatabaseReadsAreTheProvincesAlone_data()
{
    QTest::addColumn<QString>("path");
    const QString day = today();
    const QString period = QStringLiteral("rule=calendar&period=%1..%1").arg(day);
    QTest::newRow("report figures") << QStringLiteral("/api/v1/report/figures?") + period;
    QTest::newRow("report") << QStringLiteral("/api/v1/report?format=json&") + period;
    QTest::newRow("indicators chart")
        << QStringLiteral("/api/v1/charts/indicators.svg?date=") + day;
    QTest::newRow("hourly chart") << QStringLiteral("/api/v1/charts/hourly.svg?date=") + day;
    QTest::newRow("trend chart") << QStringLiteral("/api/v1/charts/trend.svg?step=week&") + period;
    QTest::newRow("ranking") << QStringLiteral("/api/v1/ranking?by=counter&") + period;
    QTest::newRow("alerts") << QStringLiteral("/api/v1/alerts?all=1");
    QTest::newRow("staff sheet") << QStringLiteral("/api/v1/staff/NV-A/sheet?year=") + day.left(4);
}

void CentresTest::wholeDatabaseReadsAreTheProvincesAlone()
{
    QFETCH(QString, path);
    const auto answer = [this](const QString &user, const QString &asked) {
        const HttpReply reply = client(user).get(m_server->url(asked));
        return reply.status == 200
                   ? QStringLiteral("200")
                   : QStringLiteral("%1 %2")
                         .arg(reply.status)
                         .arg(reply.json().value(QLatin1String("error")).toString());
    };
    const QString a = QStringLiteral("lan-a");
    const QString province = QStringLiteral("tinh");
    QCOMPARE(answer(a, path), QStringLiteral("403 centre-not-separated"));
    QCOMPARE(answer(a, path + QStringLiteral("&centre=main")),
             QStringLiteral("403 centre-not-separated"));
    QCOMPARE(answer(a, path + QStringLiteral("&centre=xa-b")),
             QStringLiteral("403 forbidden-centre"));
    QCOMPARE(answer(province, path), QStringLiteral("200"));
    QCOMPARE(answer(province, path + QStringLiteral("&centre=xa-b")),
             QStringLiteral("403 centre-not-separated"));
    QCOMPARE(answer(province, path + QStringLiteral("&centre=xa-c")),
             QStringLiteral("404 unknown-centre"));
}

QTEST_GUILESS_MAIN(CentresTest)
#include "tst_centres.moc"
