// A province of centres on one database, against the real server over TLS: each rating takes
// the centre of its kiosk's unit from the kiosk's token, and the rollups keep every centre's
// counts apart, so that one centre's figures and the province's roll-up both come from them.
// Staff reads, route by route: a centre's user sees that centre only, with or without
// centre=, and is refused another (403 forbidden-centre); a province user sees the sum, or one
// centre. The report and its downloads, charts, ranking, alerts, staff sheets and audit log
// alike; dossiers are filed in their integration's (or import's) centre and counted there; and a
// period closes for one centre, freezing that centre's figures only.
#include "TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
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
    void eachDownloadKeepsToTheCallersCentre_data();
    void eachDownloadKeepsToTheCallersCentre();
    void alertsKeepToTheCallersCentre();
    void aStaffSheetIsReadInItsCentre();
    void theAuditLogKeepsToTheCallersCentre();
    void dossiersKeepToTheirCentre();
    void aPeriodClosesForOneCentre();
    void oneDossierCodeInTwoCentres();
    void reasonsByCounterKeepTheirCentre();

private:
    // The rows of a query, columns joined by spaces.
    QStringList rows(const QString &sql) const;
    void send(const QString &token, const QList<int> &levels, const QString &comment,
              const QStringList &reasons = {});
    TlsClient &client(const QString &user);
    // What a user notices of a read: its ratings count, and which centres' comments or kiosks
    // it shows; or the refusal's status and error.
    QString seen(const QString &user, const QString &route, const QString &centre);
    QString today() const;
    // A dossier of today as a one-stop system posts it, returned online within its time.
    QJsonObject dossierOf(const QString &code, const QString &unit) const;
    HttpReply get(const QString &user, const QString &path);
    // The status and error of a refusal, or "200".
    static QString outcome(const HttpReply &reply);

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
    // Admins read the audit log and reopen periods: one per centre and one province-wide.
    for (const QStringList &user :
         {QStringList{QStringLiteral("quan-a"), QStringLiteral("--centre"), QStringLiteral("main")},
          QStringList{QStringLiteral("quan-b"), QStringLiteral("--centre"), QStringLiteral("xa-b")},
          QStringList{QStringLiteral("quan-tinh"), QStringLiteral("--province")}})
        QCOMPARE(m_server->run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + user +
                                   QStringList{QStringLiteral("--role"), QStringLiteral("admin")},
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

QJsonObject CentresTest::dossierOf(const QString &code, const QString &unit) const
{
    const QString day = today();
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("field"), QStringLiteral("ho-tich")},
                       {QStringLiteral("channel"), QStringLiteral("online")},
                       {QStringLiteral("received_at"), day + QStringLiteral(" 07:00")},
                       {QStringLiteral("due_at"), day + QStringLiteral(" 23:00")},
                       {QStringLiteral("returned_at"), day + QStringLiteral(" 07:30")}};
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

void CentresTest::send(const QString &token, const QList<int> &levels, const QString &comment,
                       const QStringList &reasons)
{
    QJsonArray ratings;
    for (const int level : levels) {
        QJsonObject rating = TestRatings::rating(TestRatings::newId(),
                                                 QDateTime::currentDateTimeUtc(), ++m_seq, level);
        if (!comment.isEmpty())
            rating.insert(QStringLiteral("comment"), comment);
        if (!reasons.isEmpty())
            rating.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
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

HttpReply CentresTest::get(const QString &user, const QString &path)
{
    return client(user).get(m_server->url(path));
}

QString CentresTest::outcome(const HttpReply &reply)
{
    return reply.status == 200 ? QStringLiteral("200")
                               : QStringLiteral("%1 %2")
                                     .arg(reply.status)
                                     .arg(reply.json().value(QLatin1String("error")).toString());
}

// What a user notices of a download: the report's heading and comments, which centres' comments
// a CSV holds, the ranking's counts, or a chart's drawing (the same as the centre's own for a
// province user naming it, and not the other centre's).
void CentresTest::eachDownloadKeepsToTheCallersCentre_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("centreA");
    QTest::addColumn<QString>("centreB");
    QTest::addColumn<QString>("province");
    const QString day = today();
    const QString period = QStringLiteral("rule=calendar&period=%1..%1").arg(day);
    const QString a = QStringLiteral("Ở xã A chờ lâu");
    const QString b = QStringLiteral("Ở xã B thiếu ghế");
    QTest::newRow("report figures")
        << QStringLiteral("/api/v1/report/figures?") + period << QStringLiteral("n=3 ") + a
        << QStringLiteral("Xã B: n=2 ") + b
        << QStringLiteral("n=5 ") + a + QStringLiteral(" | ") + b;
    QTest::newRow("report") << QStringLiteral("/api/v1/report?format=json&") + period
                            << QStringLiteral("n=3 ") + a << QStringLiteral("Xã B: n=2 ") + b
                            << QStringLiteral("n=5 ") + a + QStringLiteral(" | ") + b;
    QTest::newRow("report csv") << QStringLiteral("/api/v1/report?format=csv&") + period << "A"
                                << "B"
                                << "A B";
    // Every centre has its "Quầy 1": the province's roll-up keeps them apart.
    QTest::newRow("ranking") << QStringLiteral("/api/v1/ranking?by=counter&") + period
                             << "Quầy 1 of main n=3"
                             << "Quầy 1 of xa-b n=2"
                             << "Quầy 1 of main n=3, Quầy 1 of xa-b n=2";
    QTest::newRow("daily by counter")
        << QStringLiteral("/api/v1/daily?date=%1&by_counter").arg(day) << "Quầy 1 of main n=3"
        << "Quầy 1 of xa-b n=2"
        << "Quầy 1 of main n=3, Quầy 1 of xa-b n=2";
    for (const QString &chart : {QStringLiteral("/api/v1/charts/indicators.svg?date=") + day,
                                 QStringLiteral("/api/v1/charts/hourly.svg?date=") + day,
                                 QStringLiteral("/api/v1/charts/trend.svg?step=week&") + period})
        QTest::newRow(qPrintable(chart.section(QLatin1Char('?'), 0, 0))) << chart << "chart of main"
                                                                         << "chart of xa-b"
                                                                         << "chart of every centre";
}

void CentresTest::eachDownloadKeepsToTheCallersCentre()
{
    QFETCH(QString, path);
    QFETCH(QString, centreA);
    QFETCH(QString, centreB);
    QFETCH(QString, province);
    const QString all = QStringLiteral("tinh");
    const auto seenIn = [&](const QString &user, const QString &centre) -> QString {
        const HttpReply reply =
            get(user, centre.isEmpty() ? path : path + QStringLiteral("&centre=") + centre);
        if (reply.status != 200)
            return outcome(reply);
        if (path.contains(QLatin1String(".svg"))) {
            // Which of the province user's views draws the same picture.
            for (const QString &each : {QStringLiteral("main"), QStringLiteral("xa-b")}) {
                if (reply.body == get(all, path + QStringLiteral("&centre=") + each).body)
                    return QStringLiteral("chart of ") + each;
            }
            return reply.body == get(all, path).body ? QStringLiteral("chart of every centre")
                                                     : QStringLiteral("another chart");
        }
        if (path.contains(QLatin1String("format=csv"))) {
            const QString text = QString::fromUtf8(reply.body);
            QStringList centres;
            if (text.contains(QStringLiteral("Ở xã A chờ lâu")))
                centres << QStringLiteral("A");
            if (text.contains(QStringLiteral("Ở xã B thiếu ghế")))
                centres << QStringLiteral("B");
            return centres.join(QLatin1Char(' '));
        }
        const QJsonObject body = reply.json();
        const bool ranking = path.contains(QLatin1String("ranking"));
        if (ranking || path.contains(QLatin1String("by_counter"))) {
            QStringList rows;
            const QString key = ranking ? QStringLiteral("key") : QStringLiteral("counter");
            for (const QJsonValue &row :
                 body.value(ranking ? QLatin1String("rows") : QLatin1String("by_counter"))
                     .toArray())
                rows << QStringLiteral("%1 of %2 n=%3")
                            .arg(row.toObject().value(key).toString(),
                                 row.toObject().value(QLatin1String("centre")).toString())
                            .arg(row.toObject().value(QLatin1String("n")).toInteger());
            rows.sort();
            return rows.join(QLatin1String(", "));
        }
        qint64 n = 0;
        for (const QJsonValue &indicator : body.value(QLatin1String("indicators")).toArray()) {
            if (indicator.toObject().value(QLatin1String("id")).toString() ==
                QLatin1String("admin-service"))
                n = indicator.toObject().value(QLatin1String("n")).toInteger();
        }
        QStringList comments;
        for (const QJsonValue &comment : body.value(QLatin1String("comments")).toArray())
            comments << comment.toObject().value(QLatin1String("comment")).toString();
        comments.sort();
        comments.removeDuplicates();
        // A report of one centre among several is headed with that centre's name; the roll-up
        // keeps centre.json's.
        const QString commune = body.value(QLatin1String("commune")).toString();
        return (commune == QStringLiteral("Xã B") ? QStringLiteral("Xã B: ") : QString()) +
               QStringLiteral("n=%1 %2").arg(n).arg(comments.join(QLatin1String(" | ")));
    };
    const QString a = QStringLiteral("lan-a");
    const QString b = QStringLiteral("lan-b");
    QCOMPARE(seenIn(a, {}), centreA);
    QCOMPARE(seenIn(a, QStringLiteral("main")), centreA);
    QCOMPARE(seenIn(b, {}), centreB);
    QCOMPARE(seenIn(b, QStringLiteral("xa-b")), centreB);
    QCOMPARE(seenIn(all, {}), province);
    QCOMPARE(seenIn(all, QStringLiteral("xa-b")), centreB);
    QCOMPARE(seenIn(all, QStringLiteral("xa-c")), QStringLiteral("404 unknown-centre"));
    QCOMPARE(seenIn(a, QStringLiteral("xa-b")), QStringLiteral("403 forbidden-centre"));
    QCOMPARE(seenIn(b, QStringLiteral("main")), QStringLiteral("403 forbidden-centre"));
}

// A kiosk of xã B whose clock is far off raises an alert for xã B's staff and the province's,
// never for xã A's.
void CentresTest::alertsKeepToTheCallersCentre()
{
    QVERIFY(rows(QStringLiteral("UPDATE kiosks SET clock_skew_seconds = 900 WHERE id = 'k-b'"))
                .isEmpty());
    const auto kiosksAlerted = [this](const QString &user, const QString &centre) {
        const HttpReply reply = get(user, QStringLiteral("/api/v1/alerts?centre=") + centre);
        if (reply.status != 200)
            return outcome(reply);
        QStringList kiosks;
        for (const QJsonValue &alert : reply.json().value(QLatin1String("alerts")).toArray())
            kiosks << alert.toObject().value(QLatin1String("kiosk")).toString();
        kiosks.removeAll(QString());
        return QStringLiteral("kiosks: ") + kiosks.join(QLatin1Char(' '));
    };
    QCOMPARE(kiosksAlerted(QStringLiteral("lan-a"), {}), QStringLiteral("kiosks: "));
    QCOMPARE(kiosksAlerted(QStringLiteral("lan-b"), {}), QStringLiteral("kiosks: k-b"));
    QCOMPARE(kiosksAlerted(QStringLiteral("tinh"), {}), QStringLiteral("kiosks: k-b"));
    QCOMPARE(kiosksAlerted(QStringLiteral("tinh"), QStringLiteral("main")),
             QStringLiteral("kiosks: "));
    QCOMPARE(kiosksAlerted(QStringLiteral("lan-a"), QStringLiteral("xa-b")),
             QStringLiteral("403 forbidden-centre"));
    QVERIFY(rows(QStringLiteral("UPDATE kiosks SET clock_skew_seconds = 0 WHERE id = 'k-b'"))
                .isEmpty());
}

// A staff member's sheet is read in their centre and ranks them against that centre's mean
// (xã A: 2 satisfied of 3; xã B: 1 of 2), whoever reads it.
void CentresTest::aStaffSheetIsReadInItsCentre()
{
    const QString year = today().left(4);
    const auto sheet = [&](const QString &user, const QString &code, const QString &centre) {
        const HttpReply reply = get(user, QStringLiteral("/api/v1/staff/%1/sheet?rule=calendar&"
                                                         "year=%2&centre=%3")
                                              .arg(code, year, centre));
        if (reply.status != 200)
            return outcome(reply);
        return QStringLiteral("%1 centre_rate=%2")
            .arg(reply.json().value(QLatin1String("code")).toString())
            .arg(qRound(reply.json().value(QLatin1String("centre_rate")).toDouble()));
    };
    QCOMPARE(sheet(QStringLiteral("lan-a"), QStringLiteral("NV-A"), {}),
             QStringLiteral("NV-A centre_rate=67"));
    QCOMPARE(sheet(QStringLiteral("lan-a"), QStringLiteral("NV-B"), {}),
             QStringLiteral("404 unknown-staff"));
    QCOMPARE(sheet(QStringLiteral("lan-a"), QStringLiteral("NV-B"), QStringLiteral("xa-b")),
             QStringLiteral("403 forbidden-centre"));
    QCOMPARE(sheet(QStringLiteral("lan-b"), QStringLiteral("NV-B"), {}),
             QStringLiteral("NV-B centre_rate=50"));
    QCOMPARE(sheet(QStringLiteral("tinh"), QStringLiteral("NV-B"), {}),
             QStringLiteral("NV-B centre_rate=50"));
    QCOMPARE(sheet(QStringLiteral("tinh"), QStringLiteral("NV-B"), QStringLiteral("main")),
             QStringLiteral("404 unknown-staff"));

    // The printed sheet is headed and signed by the member's own centre.
    const auto printed = [&](const QString &code) {
        const HttpReply pdf =
            get(QStringLiteral("tinh"),
                QStringLiteral("/api/v1/staff/%1/sheet?rule=calendar&year=%2&format=pdf")
                    .arg(code, year));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
        text.write(pdf.body);
        text.closeWriteChannel();
        text.waitForFinished();
        return QString::fromUtf8(text.readAllStandardOutput());
    };
    QVERIFY2(printed(QStringLiteral("NV-B")).contains(QStringLiteral("UBND XÃ B")),
             qPrintable(printed(QStringLiteral("NV-B"))));
    QVERIFY(!printed(QStringLiteral("NV-A")).contains(QStringLiteral("XÃ B")));
}

// Each entry names the centre it concerns: a report downloaded in xã B is xã B's.
void CentresTest::theAuditLogKeepsToTheCallersCentre()
{
    const QString period = QStringLiteral("rule=calendar&period=%1..%1").arg(today());
    QCOMPARE(
        get(QStringLiteral("lan-a"), QStringLiteral("/api/v1/report?format=csv&") + period).status,
        200);
    QCOMPARE(
        get(QStringLiteral("lan-b"), QStringLiteral("/api/v1/report?format=csv&") + period).status,
        200);
    QCOMPARE(get(QStringLiteral("tinh"),
                 QStringLiteral("/api/v1/report?format=csv&centre=xa-b&") + period)
                 .status,
             200);
    // Who exported in which centre, as the user sees the log.
    const auto exports = [this](const QString &user, const QString &centre) {
        const HttpReply reply = get(user, QStringLiteral("/api/v1/audit?centre=") + centre);
        if (reply.status != 200)
            return outcome(reply);
        QStringList seen;
        for (const QJsonValue &value : reply.json().value(QLatin1String("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("action")).toString() == QLatin1String("export"))
                seen << entry.value(QLatin1String("user")).toString() + QLatin1Char('@') +
                            entry.value(QLatin1String("centre")).toString();
        }
        seen.sort();
        seen.removeDuplicates();
        return seen.join(QLatin1Char(' '));
    };
    QCOMPARE(exports(QStringLiteral("quan-a"), {}), QStringLiteral("lan-a@main"));
    QCOMPARE(exports(QStringLiteral("quan-b"), {}), QStringLiteral("lan-b@xa-b tinh@xa-b"));
    // The province's roll-up, downloaded before, is the province's own entry (no centre).
    QCOMPARE(exports(QStringLiteral("quan-tinh"), {}),
             QStringLiteral("lan-a@main lan-b@xa-b tinh@ tinh@xa-b"));
    QCOMPARE(exports(QStringLiteral("quan-tinh"), QStringLiteral("xa-b")),
             QStringLiteral("lan-b@xa-b tinh@xa-b"));
    QCOMPARE(exports(QStringLiteral("quan-a"), QStringLiteral("xa-b")),
             QStringLiteral("403 forbidden-centre"));
    // Logins are their users' centres' too.
    const QJsonArray entries = get(QStringLiteral("quan-b"), QStringLiteral("/api/v1/audit"))
                                   .json()
                                   .value(QLatin1String("entries"))
                                   .toArray();
    QVERIFY(!entries.isEmpty());
    for (const QJsonValue &entry : entries)
        QCOMPARE(entry.toObject().value(QLatin1String("centre")).toString(),
                 QStringLiteral("xa-b"));
}

// A one-stop system belongs to a centre: its dossiers are that centre's, a unit of another
// centre is unknown to it, and each centre's dossier figures count its own dossiers. An import
// names its centre the same way; the staff register keeps each member in their unit's centre.
void CentresTest::dossiersKeepToTheirCentre()
{
    QCOMPARE(m_server->run({QStringLiteral("integration"), QStringLiteral("add"),
                            QStringLiteral("mot-cua-b")}),
             2);
    QVERIFY2(m_server->lastOutput().contains(QStringLiteral("xa-b")),
             qPrintable(m_server->lastOutput()));
    const QString token =
        m_server->addIntegration(QStringLiteral("mot-cua-b"), QStringLiteral("xa-b"));
    QVERIFY(!token.isEmpty());
    const QString day = today();
    TlsClient system(m_server->caPath());
    const HttpReply posted = system.postJson(
        m_server->url(QStringLiteral("/api/v1/dossiers")),
        {{QStringLiteral("dossiers"),
          QJsonArray{dossierOf(QStringLiteral("HS-B-1"), QStringLiteral("ubnd-b")),
                     dossierOf(QStringLiteral("HS-A-9"), QStringLiteral("ubnd-a"))}}},
        TlsClient::bearer(token));
    QCOMPARE(posted.status, 200);
    const QJsonArray results = posted.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("accepted"));
    QCOMPARE(results.at(1).toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("unknown-unit"));

    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("dossiers.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("code,unit,field,channel,received_at,due_at,returned_at\n"
                              "HS-A-1,ubnd-a,ho-tich,counter,%1 07:00,%1 08:00,%1 09:00\n")
                   .arg(day)
                   .toUtf8());
    file.close();
    const QStringList import{QStringLiteral("dossiers"), QStringLiteral("import"), file.fileName()};
    QCOMPARE(m_server->run(import), 2);
    QCOMPARE(
        m_server->run(import + QStringList{QStringLiteral("--centre"), QStringLiteral("xa-b")}), 2);
    QCOMPARE(
        m_server->run(import + QStringList{QStringLiteral("--centre"), QStringLiteral("main")}), 0);
    QCOMPARE(rows(QStringLiteral("SELECT centre_id, unit_id FROM dossiers ORDER BY centre_id")),
             QStringList({QStringLiteral("main ubnd-a"), QStringLiteral("xa-b ubnd-b")}));

    const auto dossiers = [this, &day](const QString &user, const QString &centre) {
        const QJsonObject tally =
            get(user, QStringLiteral("/api/v1/indicators?rule=calendar&period=%1..%1&centre=%2")
                          .arg(day, centre))
                .json()
                .value(QLatin1String("dossiers"))
                .toObject();
        return QStringLiteral("handled=%1 on_time=%2 online=%3")
            .arg(tally.value(QLatin1String("handled")).toInteger())
            .arg(tally.value(QLatin1String("on_time")).toInteger())
            .arg(tally.value(QLatin1String("online")).toInteger());
    };
    QCOMPARE(dossiers(QStringLiteral("lan-a"), {}), QStringLiteral("handled=1 on_time=0 online=0"));
    QCOMPARE(dossiers(QStringLiteral("lan-b"), {}), QStringLiteral("handled=1 on_time=1 online=1"));
    QCOMPARE(dossiers(QStringLiteral("tinh"), {}), QStringLiteral("handled=2 on_time=1 online=1"));
    QCOMPARE(dossiers(QStringLiteral("tinh"), QStringLiteral("xa-b")),
             QStringLiteral("handled=1 on_time=1 online=1"));

    QCOMPARE(rows(QStringLiteral("SELECT code, centre_id FROM staff ORDER BY code")),
             QStringList({QStringLiteral("NV-A main"), QStringLiteral("NV-B xa-b")}));
}

// xã A's manager closes today for xã A: its figures stand still as ratings come in later, xã
// B's keep moving, and the province's roll-up sums xã A as closed and xã B live.
void CentresTest::aPeriodClosesForOneCentre()
{
    const QString name = QStringLiteral("%1..%1").arg(today());
    const QString close = QStringLiteral("/api/v1/periods/%1/close?rule=calendar").arg(name);
    const auto change = [this](const QByteArray &verb, const QString &user, const QString &path) {
        TlsClient &staff = client(user);
        const QList<QPair<QByteArray, QByteArray>> csrf{
            {QByteArrayLiteral("X-CSRF-Token"), m_csrf[user]}};
        const HttpReply reply = verb == "DELETE" ? staff.del(m_server->url(path), csrf)
                                                 : staff.post(m_server->url(path), {}, csrf);
        return reply.status == 200 || reply.status == 204 ? QString::number(reply.status)
                                                          : outcome(reply);
    };
    const auto figures = [this, &name](const QString &user, const QString &centre) {
        const QJsonObject body =
            get(user, QStringLiteral("/api/v1/indicators?rule=calendar&period=%1&centre=%2")
                          .arg(name, centre))
                .json();
        qint64 n = 0;
        for (const QJsonValue &indicator : body.value(QLatin1String("indicators")).toArray()) {
            if (indicator.toObject().value(QLatin1String("id")).toString() ==
                QLatin1String("admin-service"))
                n = indicator.toObject().value(QLatin1String("n")).toInteger();
        }
        return QStringLiteral("n=%1 closed=%2 late=%3")
            .arg(n)
            .arg(body.value(QLatin1String("closed")).isObject() ? QStringLiteral("yes")
                                                                : QStringLiteral("no"))
            .arg(
                body.value(QLatin1String("late")).toObject().value(QLatin1String("n")).toInteger());
    };
    QCOMPARE(change("POST", QStringLiteral("lan-a"), close + QStringLiteral("&centre=xa-b")),
             QStringLiteral("403 forbidden-centre"));
    QCOMPARE(change("POST", QStringLiteral("tinh"), close), QStringLiteral("400 centre-required"));
    QCOMPARE(change("POST", QStringLiteral("lan-a"), close), QStringLiteral("200"));
    QCOMPARE(change("POST", QStringLiteral("lan-a"), close), QStringLiteral("409 already-closed"));
    send(m_tokenA, {5}, {});
    send(m_tokenB, {5}, {});
    QCOMPARE(figures(QStringLiteral("lan-a"), {}), QStringLiteral("n=3 closed=yes late=1"));
    QCOMPARE(figures(QStringLiteral("lan-b"), {}), QStringLiteral("n=3 closed=no late=0"));
    QCOMPARE(figures(QStringLiteral("tinh"), {}), QStringLiteral("n=6 closed=no late=0"));
    QCOMPARE(figures(QStringLiteral("tinh"), QStringLiteral("main")),
             QStringLiteral("n=3 closed=yes late=1"));
    QCOMPARE(rows(QStringLiteral("SELECT centre_id, closed_by FROM period_closings")),
             QStringList{QStringLiteral("main lan-a")});
    // Each closed centre's counter keeps its centre in the province's ranking.
    QCOMPARE(change("POST", QStringLiteral("tinh"), close + QStringLiteral("&centre=xa-b")),
             QStringLiteral("200"));
    QStringList ranked;
    for (const QJsonValue &row :
         get(QStringLiteral("tinh"),
             QStringLiteral("/api/v1/ranking?by=counter&rule=calendar&period=") + name)
             .json()
             .value(QLatin1String("rows"))
             .toArray())
        ranked << QStringLiteral("%1 of %2 n=%3")
                      .arg(row.toObject().value(QLatin1String("key")).toString(),
                           row.toObject().value(QLatin1String("centre")).toString())
                      .arg(row.toObject().value(QLatin1String("n")).toInteger());
    ranked.sort();
    QCOMPARE(ranked, (QStringList{QStringLiteral("Quầy 1 of main n=3"),
                                  QStringLiteral("Quầy 1 of xa-b n=3")}));
    QCOMPARE(change("DELETE", QStringLiteral("quan-tinh"), close + QStringLiteral("&centre=xa-b")),
             QStringLiteral("204"));
    // Reopening is an admin's, of their own centre (or the one a province admin names).
    QCOMPARE(change("DELETE", QStringLiteral("quan-b"), close), QStringLiteral("404 not-closed"));
    QCOMPARE(change("DELETE", QStringLiteral("quan-b"), close + QStringLiteral("&centre=main")),
             QStringLiteral("403 forbidden-centre"));
    QCOMPARE(change("DELETE", QStringLiteral("quan-tinh"), close + QStringLiteral("&centre=main")),
             QStringLiteral("204"));
    QCOMPARE(figures(QStringLiteral("lan-a"), {}), QStringLiteral("n=4 closed=no late=0"));
}

// Two communes' one-stop systems may number dossiers alike: each centre's dossier is its own,
// with a rating link of its own whose page names that centre, and each manager prints their
// own centre's link again.
void CentresTest::oneDossierCodeInTwoCentres()
{
    QHash<QString, QByteArray> system; // centre → its one-stop system's token
    for (const QString &centre : {QStringLiteral("main"), QStringLiteral("xa-b")}) {
        system.insert(
            centre,
            m_server->addIntegration(QStringLiteral("mot-cua-chung-") + centre, centre).toUtf8());
        QVERIFY(!system.value(centre).isEmpty());
    }
    TlsClient client(m_server->caPath());
    // "status rating_url" of the one dossier posted by the centre's system.
    const auto post = [&](const QString &centre, const QString &unit) {
        const HttpReply reply =
            client.postJson(m_server->url(QStringLiteral("/api/v1/dossiers")),
                            {{QStringLiteral("dossiers"),
                              QJsonArray{dossierOf(QStringLiteral("HS-CHUNG-1"), unit)}}},
                            TlsClient::bearer(system.value(centre)));
        const QJsonObject result =
            reply.json().value(QLatin1String("results")).toArray().at(0).toObject();
        return QStringLiteral("%1 %2 %3")
            .arg(reply.status)
            .arg(result.value(QLatin1String("status")).toString(),
                 result.value(QLatin1String("rating_url")).toString());
    };
    const QString inA = post(QStringLiteral("main"), QStringLiteral("ubnd-a"));
    const QString inB = post(QStringLiteral("xa-b"), QStringLiteral("ubnd-b"));
    QVERIFY2(inA.startsWith(QStringLiteral("200 accepted https://")), qPrintable(inA));
    QVERIFY2(inB.startsWith(QStringLiteral("200 accepted https://")), qPrintable(inB));
    const QString linkA = inA.section(QLatin1Char(' '), 2);
    const QString linkB = inB.section(QLatin1Char(' '), 2);
    QVERIFY(linkA != linkB);
    // Posted again, a dossier keeps its link.
    QCOMPARE(post(QStringLiteral("xa-b"), QStringLiteral("ubnd-b")),
             QStringLiteral("200 updated ") + linkB);

    const auto printedFor = [this](const QString &user) {
        const HttpReply reply =
            get(user, QStringLiteral("/api/v1/dossiers/HS-CHUNG-1/rating-link"));
        return reply.status == 200 ? reply.json().value(QLatin1String("rating_url")).toString()
                                   : outcome(reply);
    };
    QCOMPARE(printedFor(QStringLiteral("lan-a")), linkA);
    QCOMPARE(printedFor(QStringLiteral("lan-b")), linkB);
    const auto pageOf = [&client, this](const QString &link) {
        return QString::fromUtf8(client.get(m_server->url(QUrl(link).path())).body);
    };
    QVERIFY(pageOf(linkB).contains(QStringLiteral("\"centre\":\"Xã B\"")));
    QVERIFY(!pageOf(linkA).contains(QStringLiteral("\"centre\":\"Xã B\"")));
    QVERIFY(pageOf(linkA).contains(QStringLiteral("\"state\":\"open\"")));
}

// The reasons ticked at each counter: in the province's roll-up xã A's "Quầy 1" and xã B's are
// two rows, each with its centre.
void CentresTest::reasonsByCounterKeepTheirCentre()
{
    send(m_tokenA, {2}, {}, {QStringLiteral("cho-lau")});
    send(m_tokenB, {1, 2}, {}, {QStringLiteral("cho-lau")});
    const auto waits = [this](const QString &user) {
        const HttpReply reply = get(user, QStringLiteral("/api/v1/patterns?date=") + today());
        QStringList rows;
        for (const QJsonValue &row :
             reply.json().value(QLatin1String("reasons_by_counter")).toArray()) {
            if (row.toObject().value(QLatin1String("code")).toString() == QLatin1String("cho-lau"))
                rows << QStringLiteral("%1 of %2: %3")
                            .arg(row.toObject().value(QLatin1String("counter")).toString(),
                                 row.toObject().value(QLatin1String("centre")).toString())
                            .arg(row.toObject().value(QLatin1String("count")).toInteger());
        }
        rows.sort();
        return rows;
    };
    QCOMPARE(waits(QStringLiteral("lan-a")), QStringList{QStringLiteral("Quầy 1 of main: 1")});
    QCOMPARE(waits(QStringLiteral("lan-b")), QStringList{QStringLiteral("Quầy 1 of xa-b: 2")});
    QCOMPARE(waits(QStringLiteral("tinh")), (QStringList{QStringLiteral("Quầy 1 of main: 1"),
                                                         QStringLiteral("Quầy 1 of xa-b: 2")}));
}

QTEST_GUILESS_MAIN(CentresTest)
#include "tst_centres.moc"
