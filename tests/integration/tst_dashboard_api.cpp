// The dashboard's routes against the real server over TLS: static files, session, alerts,
// trend, ranking, charts, report downloads, administration, audit log, the public page, and
// the export and kiosk revoke commands.
#include "TestServer.h"
#include "period/CentreDay.h"
#include "period/Period.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct StaffRating
{
    QString staff;
    QString counter;
    int overall;
};

// Admin-unit ratings made today: 17 in all, 14 satisfied (82,4 %, below the 95 % target).
const QList<StaffRating> adminRatings = {
    {QStringLiteral("cb-a"), QStringLiteral("Quầy 1"), 5},
    {QStringLiteral("cb-a"), QStringLiteral("Quầy 1"), 5},
    {QStringLiteral("cb-a"), QStringLiteral("Quầy 1"), 1},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-b"), QStringLiteral("Quầy 2"), 5},
    {QStringLiteral("cb-c"), QStringLiteral("Quầy 1"), 2},
    {QStringLiteral("cb-c"), QStringLiteral("Quầy 1"), 2},
    {QStringLiteral("cb-c"), QStringLiteral("Quầy 1"), 5},
    {QStringLiteral("cb-c"), QStringLiteral("Quầy 1"), 4},
};

QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date();
}

QJsonObject findBy(const QJsonArray &list, const QString &field, const QString &value)
{
    for (const QJsonValue &entry : list) {
        if (entry.toObject().value(field).toString() == value)
            return entry.toObject();
    }
    return {};
}

} // namespace

class DashboardApiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void indexIsServedWithItsSecurityHeaders();
    void dashboardFilesHaveTheirTypes();
    void nothingOutsideTheDashboardIsServed();
    void sessionSurvivesAReload();
    void newStaffRoutesNeedASession();
    void alertsShowAnOfflineKioskAndAnIndicatorBelowTarget();
    void trendStepsAreMonthsAndWeeksCutToThePeriod();
    void trendPointsAddUpToThePeriod();
    void rankingShrinksTowardTheCentresMean();
    void chartsAreSvg();
    void reportDownloadsInEveryFormat();
    void reportComparesAndExplains();
    void reportRatesEachCriterion();
    void reportNeedsTheManagerRole();
    void indicatorsCarryEnglishNamesAndLeadAgency();
    void publicIndicatorsShowTheCommuneAndNoStaff();
    void adminManagesUsers();
    void adminManagesUnitsAndKiosks();
    void adminRoutesRefuseOthers();
    void surveysAreListedWithTheirUnits();
    void counterFieldsFollowTheMinistriesOf2025();
    void adminSetsWhoIssuesTheReports();
    void auditLogShowsWhatStaffDid();
    void exportCommandWritesEveryFormat();
    void kioskRevokeCommandStopsTheToken();
    void adminUndoesMistakes();

private:
    std::unique_ptr<TlsClient> login(const QString &user, const QString &password, QString *csrf);
    Headers csrfOf(const QString &token) const { return {{"X-CSRF-Token", token.toLatin1()}}; }
    Period currentQuarter() const
    {
        return Period::containing(today(), Period::Kind::Quarter, PeriodRule::Nd09);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_admin, m_manager, m_viewer;
    QString m_adminCsrf, m_managerCsrf, m_viewerCsrf;
    QString m_healthToken;
};

std::unique_ptr<TlsClient> DashboardApiTest::login(const QString &user, const QString &password,
                                                   QString *csrf)
{
    auto client = std::make_unique<TlsClient>(m_server->caPath());
    const HttpReply reply =
        client->postJson(m_server->url(QStringLiteral("/api/v1/session")),
                         {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    if (csrf)
        *csrf = reply.json().value(QLatin1String("csrf")).toString();
    return client;
}

void DashboardApiTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QFile centre(m_server->dataDir() + QStringLiteral("/centre.json"));
    QVERIFY(centre.open(QIODevice::WriteOnly | QIODevice::Truncate));
    centre.write(R"({"name": "Xã Tân Hòa"})");
    centre.close();
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã Tân Hòa")));
    QVERIFY(m_server->addUnit(QStringLiteral("tyt"), QStringLiteral("health"),
                              QStringLiteral("Trạm Y tế")));
    const QString adminKiosk =
        m_server->addKiosk(QStringLiteral("k-1"), QStringLiteral("ubnd"), QStringLiteral("Quầy 1"));
    const QString secondCounter =
        m_server->addKiosk(QStringLiteral("k-2"), QStringLiteral("ubnd"), QStringLiteral("Quầy 2"));
    m_healthToken = m_server->addKiosk(QStringLiteral("k-h"), QStringLiteral("tyt"));
    QVERIFY(
        !m_server
             ->addKiosk(QStringLiteral("k-old"), QStringLiteral("ubnd"), QStringLiteral("Quầy 3"))
             .isEmpty());
    QVERIFY(!adminKiosk.isEmpty() && !secondCounter.isEmpty() && !m_healthToken.isEmpty());
    QVERIFY(m_server->addUser(QStringLiteral("lan"), QStringLiteral("manager"),
                              QStringLiteral("mật khẩu quản lý")));
    QVERIFY(m_server->addUser(QStringLiteral("xem"), QStringLiteral("viewer"),
                              QStringLiteral("mật khẩu chỉ xem")));
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0"),
                             QStringLiteral("--alert-min-ratings"), QStringLiteral("5")}));

    // k-old was last seen 22 minutes ago.
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("t"));
        QVERIFY(db.isOpen());
        QSqlQuery seen(db);
        seen.prepare(QStringLiteral("UPDATE kiosks SET last_seen = ? WHERE id = 'k-old'"));
        seen.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-22 * 60).toMSecsSinceEpoch());
        QVERIFY(seen.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));

    TlsClient kiosk(m_server->caPath());
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
    // Each counter's ratings come from that counter's kiosk.
    QHash<QString, QJsonArray> admin;
    for (int i = 0; i < adminRatings.size(); ++i) {
        QJsonObject rating =
            TestRatings::rating(TestRatings::newId(), at, i + 1, adminRatings.at(i).overall);
        rating.insert(QStringLiteral("staff"), adminRatings.at(i).staff);
        rating.insert(QStringLiteral("counter"), adminRatings.at(i).counter);
        admin[adminRatings.at(i).counter].append(rating);
    }
    for (const auto &[counter, token] : {std::pair{QStringLiteral("Quầy 1"), adminKiosk},
                                         std::pair{QStringLiteral("Quầy 2"), secondCounter}}) {
        const HttpReply stored =
            kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(admin.value(counter)), TlsClient::bearer(token));
        QCOMPARE(stored.status, 200);
        for (const QJsonValue &result : stored.json().value(QLatin1String("results")).toArray())
            QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("accepted"));
    }
    const QJsonArray health{TestRatings::rating(TestRatings::newId(), at, 1, 5),
                            TestRatings::rating(TestRatings::newId(), at, 2, 4)};
    QCOMPARE(kiosk
                 .postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(health), TlsClient::bearer(m_healthToken))
                 .status,
             200);

    m_admin = login(QStringLiteral("admin"), m_server->adminPassword(), &m_adminCsrf);
    m_manager = login(QStringLiteral("lan"), QStringLiteral("mật khẩu quản lý"), &m_managerCsrf);
    m_viewer = login(QStringLiteral("xem"), QStringLiteral("mật khẩu chỉ xem"), &m_viewerCsrf);
    QVERIFY(!m_adminCsrf.isEmpty() && !m_managerCsrf.isEmpty() && !m_viewerCsrf.isEmpty());
}

void DashboardApiTest::cleanupTestCase()
{
    m_admin.reset();
    m_manager.reset();
    m_viewer.reset();
    m_server.reset();
}

void DashboardApiTest::indexIsServedWithItsSecurityHeaders()
{
    TlsClient anonymous(m_server->caPath());
    const HttpReply index = anonymous.get(m_server->url(QStringLiteral("/")));
    QCOMPARE(index.status, 200);
    QCOMPARE(index.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(index.body.contains("<html"));
    QVERIFY(index.body.contains("login-form"));
    QCOMPARE(index.header("Content-Security-Policy"),
             QByteArray("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src "
                        "'self'; object-src 'none'; frame-ancestors 'none'"));
    QCOMPARE(index.header("X-Content-Type-Options"), QByteArray("nosniff"));
    const HttpReply page = anonymous.get(m_server->url(QStringLiteral("/public")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("public.js"));
    QVERIFY(!page.header("Content-Security-Policy").isEmpty());
}

void DashboardApiTest::dashboardFilesHaveTheirTypes()
{
    TlsClient anonymous(m_server->caPath());
    const HttpReply script = anonymous.get(m_server->url(QStringLiteral("/dashboard/app.js")));
    QCOMPARE(script.status, 200);
    QCOMPARE(script.header("Content-Type"), QByteArray("text/javascript"));
    QCOMPARE(script.header("Cache-Control"), QByteArray("no-cache"));
    QVERIFY(script.body.contains("/api/v1/session"));
    const HttpReply style = anonymous.get(m_server->url(QStringLiteral("/dashboard/styles.css")));
    QCOMPARE(style.status, 200);
    QCOMPARE(style.header("Content-Type"), QByteArray("text/css"));
}

void DashboardApiTest::nothingOutsideTheDashboardIsServed()
{
    QFile keyFile(m_server->dataDir() + QStringLiteral("/secret.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray secret = keyFile.readAll();
    TlsClient anonymous(m_server->caPath());
    // Dot segments, written or encoded, are not even read (400); other names are not found.
    const QList<std::pair<QByteArray, int>> paths{
        {"/dashboard/../secret.key", 400},   {"/dashboard/%2e%2e/ca-key.pem", 400},
        {"/dashboard/..%2fsecret.key", 400}, {"/dashboard/nope.js", 404},
        {"/dashboard/API.md", 404},          {"/dashboard/.hidden.js", 404}};
    for (const auto &[path, status] : paths) {
        const HttpReply reply = anonymous.rawGet(m_server->port(), path);
        QVERIFY2(reply.status == status, path.constData());
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 status == 404 ? QStringLiteral("not-found") : QStringLiteral("bad-request"));
        QVERIFY(!reply.body.contains("PRIVATE KEY"));
        QVERIFY(secret.isEmpty() || !reply.body.contains(secret));
    }
}

void DashboardApiTest::sessionSurvivesAReload()
{
    QString csrf;
    const auto client = login(QStringLiteral("xem"), QStringLiteral("mật khẩu chỉ xem"), &csrf);
    const HttpReply again = client->get(m_server->url(QStringLiteral("/api/v1/session")));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QLatin1String("user")).toString(), QStringLiteral("xem"));
    QCOMPARE(again.json().value(QLatin1String("role")).toString(), QStringLiteral("viewer"));
    // The page keeps working with the token it got back after a reload.
    QCOMPARE(again.json().value(QLatin1String("csrf")).toString(), csrf);
    QCOMPARE(client->del(m_server->url(QStringLiteral("/api/v1/session")), csrfOf(csrf)).status,
             204);
    QCOMPARE(client->get(m_server->url(QStringLiteral("/api/v1/session"))).status, 401);

    TlsClient wrong(m_server->caPath());
    const HttpReply refused = wrong.postJson(m_server->url(QStringLiteral("/api/v1/session")),
                                             {{QStringLiteral("user"), QStringLiteral("xem")},
                                              {QStringLiteral("password"), QStringLiteral("sai")}});
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.json()
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("Sai tên đăng nhập hoặc mật khẩu")));
}

void DashboardApiTest::newStaffRoutesNeedASession()
{
    TlsClient anonymous(m_server->caPath());
    for (const QString &path :
         {QStringLiteral("/api/v1/session"), QStringLiteral("/api/v1/alerts"),
          QStringLiteral("/api/v1/trend"), QStringLiteral("/api/v1/ranking"),
          QStringLiteral("/api/v1/charts/indicators.svg"),
          QStringLiteral("/api/v1/charts/hourly.svg"), QStringLiteral("/api/v1/charts/trend.svg"),
          QStringLiteral("/api/v1/report?format=csv"), QStringLiteral("/api/v1/users"),
          QStringLiteral("/api/v1/units"), QStringLiteral("/api/v1/audit")}) {
        const HttpReply reply = anonymous.get(m_server->url(path));
        QVERIFY2(reply.status == 401, qPrintable(path));
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("unauthorized"));
    }
}

void DashboardApiTest::alertsShowAnOfflineKioskAndAnIndicatorBelowTarget()
{
    const HttpReply reply = m_viewer->get(m_server->url(QStringLiteral("/api/v1/alerts")));
    QCOMPARE(reply.status, 200);
    const QJsonArray alerts = reply.json().value(QLatin1String("alerts")).toArray();
    const QJsonObject offline =
        findBy(alerts, QStringLiteral("kind"), QStringLiteral("kiosk-offline"));
    QCOMPARE(offline.value(QLatin1String("kiosk")).toString(), QStringLiteral("k-old"));
    QCOMPARE(offline.value(QLatin1String("counter")).toString(), QStringLiteral("Quầy 3"));
    QCOMPARE(offline.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
    QVERIFY(offline.value(QLatin1String("minutes")).toInt() >= 22);
    // Only k-old is offline: the others just sent ratings.
    int offlineCount = 0;
    for (const QJsonValue &alert : alerts) {
        const QJsonObject object = alert.toObject();
        QVERIFY(!object.value(QLatin1String("since")).toString().isEmpty());
        if (object.value(QLatin1String("kind")).toString() == QLatin1String("kiosk-offline"))
            ++offlineCount;
    }
    QCOMPARE(offlineCount, 1);

    QJsonObject below;
    for (const QJsonValue &alert : alerts) {
        if (alert.toObject().value(QLatin1String("indicator")).toString() ==
            QLatin1String("admin-service"))
            below = alert.toObject();
    }
    QCOMPARE(below.value(QLatin1String("kind")).toString(),
             QStringLiteral("indicator-below-target"));
    QCOMPARE(below.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(below.value(QLatin1String("n")).toInt(), int(adminRatings.size()));
    QCOMPARE(below.value(QLatin1String("target")).toDouble(), 95.0);
    QVERIFY(qAbs(below.value(QLatin1String("rate")).toDouble() - 14.0 * 100.0 / 17.0) < 1e-9);
    // Health is at 100 %: no alert for it.
    for (const QJsonValue &alert : alerts)
        QVERIFY(alert.toObject().value(QLatin1String("indicator")).toString() !=
                QLatin1String("health"));
}

void DashboardApiTest::trendStepsAreMonthsAndWeeksCutToThePeriod()
{
    const HttpReply months = m_viewer->get(
        m_server->url(QStringLiteral("/api/v1/trend?period=2026-Q1&rule=nd09&step=month")));
    QCOMPARE(months.status, 200);
    QCOMPARE(months.json().value(QLatin1String("step")).toString(), QStringLiteral("month"));
    const QJsonArray steps = months.json().value(QLatin1String("steps")).toArray();
    QStringList labels;
    for (const QJsonValue &step : steps)
        labels.append(step.toObject().value(QLatin1String("label")).toString());
    QCOMPARE(labels, (QStringList{QStringLiteral("T12/2025"), QStringLiteral("T01/2026"),
                                  QStringLiteral("T02/2026"), QStringLiteral("T03/2026")}));
    QCOMPARE(steps.first().toObject().value(QLatin1String("label_en")).toString(),
             QStringLiteral("Dec 2025"));
    QCOMPARE(steps.first().toObject().value(QLatin1String("from")).toString(),
             QStringLiteral("2025-12-15"));
    QCOMPARE(steps.first().toObject().value(QLatin1String("to")).toString(),
             QStringLiteral("2025-12-31"));
    QCOMPARE(steps.last().toObject().value(QLatin1String("from")).toString(),
             QStringLiteral("2026-03-01"));
    QCOMPARE(steps.last().toObject().value(QLatin1String("to")).toString(),
             QStringLiteral("2026-03-14"));
    const QJsonArray series = months.json().value(QLatin1String("series")).toArray();
    QCOMPARE(series.size(), 5);
    QCOMPARE(series.first().toObject().value(QLatin1String("points")).toArray().size(), 4);

    // 1 Jan 2026 is a Thursday: the first week is cut to Thu–Sun and labelled by its Monday.
    const HttpReply weeks = m_viewer->get(m_server->url(
        QStringLiteral("/api/v1/trend?period=2026-01-01..2026-01-14&rule=calendar&step=week")));
    QCOMPARE(weeks.status, 200);
    const QJsonArray weekSteps = weeks.json().value(QLatin1String("steps")).toArray();
    QCOMPARE(weekSteps.size(), 3);
    const QStringList expected[] = {
        {QStringLiteral("Tuần 29/12"), QStringLiteral("2026-01-01"), QStringLiteral("2026-01-04"),
         QStringLiteral("Week of 29 Dec")},
        {QStringLiteral("Tuần 05/01"), QStringLiteral("2026-01-05"), QStringLiteral("2026-01-11"),
         QStringLiteral("Week of 5 Jan")},
        {QStringLiteral("Tuần 12/01"), QStringLiteral("2026-01-12"), QStringLiteral("2026-01-14"),
         QStringLiteral("Week of 12 Jan")}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject step = weekSteps.at(i).toObject();
        QCOMPARE(step.value(QLatin1String("label")).toString(), expected[i].at(0));
        QCOMPARE(step.value(QLatin1String("label_en")).toString(), expected[i].at(3));
        QCOMPARE(step.value(QLatin1String("from")).toString(), expected[i].at(1));
        QCOMPARE(step.value(QLatin1String("to")).toString(), expected[i].at(2));
    }
    QCOMPARE(m_viewer->get(m_server->url(QStringLiteral("/api/v1/trend?step=day"))).status, 400);
}

void DashboardApiTest::trendPointsAddUpToThePeriod()
{
    const Period quarter = currentQuarter();
    const HttpReply reply = m_viewer->get(m_server->url(
        QStringLiteral("/api/v1/trend?period=%1&rule=nd09&step=week").arg(quarter.name())));
    QCOMPARE(reply.status, 200);
    const QJsonObject adminSeries = findBy(reply.json().value(QLatin1String("series")).toArray(),
                                           QStringLiteral("id"), QStringLiteral("admin-service"));
    qint64 n = 0, satisfied = 0;
    int withRatings = 0;
    for (const QJsonValue &point : adminSeries.value(QLatin1String("points")).toArray()) {
        n += point.toObject().value(QLatin1String("n")).toInteger();
        satisfied += point.toObject().value(QLatin1String("satisfied")).toInteger();
        if (point.toObject().value(QLatin1String("n")).toInteger() > 0)
            ++withRatings;
        else
            QVERIFY(point.toObject().value(QLatin1String("rate")).isNull());
    }
    QCOMPARE(n, qint64(adminRatings.size()));
    QCOMPARE(satisfied, qint64(14));
    QCOMPARE(withRatings, 1);

    // Every rating of the centre, the health station's two as well, step by step.
    qint64 all = 0, allSatisfied = 0;
    for (const QJsonValue &point : reply.json().value(QLatin1String("ratings")).toArray()) {
        all += point.toObject().value(QLatin1String("n")).toInteger();
        allSatisfied += point.toObject().value(QLatin1String("satisfied")).toInteger();
    }
    QCOMPARE(all, qint64(adminRatings.size()) + 2);
    QCOMPARE(allSatisfied, qint64(14 + 2));
}

void DashboardApiTest::rankingShrinksTowardTheCentresMean()
{
    const Period quarter = currentQuarter();
    qint64 n = 0, satisfied = 0;
    QMap<QString, QPair<qint64, qint64>> byStaff; // n, satisfied
    for (const StaffRating &rating : adminRatings) {
        ++n;
        satisfied += rating.overall >= 4 ? 1 : 0;
        byStaff[rating.staff].first += 1;
        byStaff[rating.staff].second += rating.overall >= 4 ? 1 : 0;
    }
    const double mean = double(satisfied) * 100.0 / double(n);
    const HttpReply reply = m_viewer->get(
        m_server->url(QStringLiteral("/api/v1/ranking?period=%1&by=staff").arg(quarter.name())));
    QCOMPARE(reply.status, 200);
    const QJsonObject ranking = reply.json();
    QCOMPARE(ranking.value(QLatin1String("by")).toString(), QStringLiteral("staff"));
    QVERIFY(qAbs(ranking.value(QLatin1String("mean")).toDouble() - mean) < 1e-9);
    QCOMPARE(ranking.value(QLatin1String("prior_strength")).toDouble(), 20.0);
    const QJsonArray rows = ranking.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), byStaff.size());
    double previous = 101.0;
    for (const QJsonValue &entry : rows) {
        const QJsonObject row = entry.toObject();
        const auto counts = byStaff.value(row.value(QLatin1String("key")).toString());
        const double shrunk =
            (double(counts.second) + 20.0 * mean / 100.0) / (double(counts.first) + 20.0) * 100.0;
        QCOMPARE(row.value(QLatin1String("n")).toInteger(), counts.first);
        QCOMPARE(row.value(QLatin1String("satisfied")).toInteger(), counts.second);
        QVERIFY(qAbs(row.value(QLatin1String("rate")).toDouble() -
                     double(counts.second) * 100.0 / double(counts.first)) < 1e-9);
        QVERIFY(qAbs(row.value(QLatin1String("shrunk_rate")).toDouble() - shrunk) < 1e-9);
        QVERIFY(row.value(QLatin1String("shrunk_rate")).toDouble() <= previous);
        previous = row.value(QLatin1String("shrunk_rate")).toDouble();
    }
    // cb-a (2 of 3) ranks above cb-c (2 of 4) and one bad rating keeps cb-a near the mean.
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("key")).toString(), QStringLiteral("cb-b"));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("key")).toString(), QStringLiteral("cb-a"));
    QVERIFY(rows.at(1).toObject().value(QLatin1String("shrunk_rate")).toDouble() > 75.0);

    const HttpReply counters = m_viewer->get(
        m_server->url(QStringLiteral("/api/v1/ranking?period=%1&by=counter").arg(quarter.name())));
    QCOMPARE(counters.status, 200);
    const QJsonArray counterRows = counters.json().value(QLatin1String("rows")).toArray();
    QCOMPARE(counterRows.size(), 2);
    QCOMPARE(findBy(counterRows, QStringLiteral("key"), QStringLiteral("Quầy 1"))
                 .value(QLatin1String("n"))
                 .toInt(),
             7);
    QCOMPARE(m_viewer->get(m_server->url(QStringLiteral("/api/v1/ranking?by=name"))).status, 400);
}

void DashboardApiTest::chartsAreSvg()
{
    const QString day = today().toString(Qt::ISODate);
    for (const QString &path :
         {QStringLiteral("/api/v1/charts/indicators.svg?period=%1&rule=nd09&lang=en")
              .arg(currentQuarter().name()),
          QStringLiteral("/api/v1/charts/indicators.svg?date=%1&lang=vi").arg(day),
          QStringLiteral("/api/v1/charts/hourly.svg?date=%1").arg(day),
          QStringLiteral("/api/v1/charts/trend.svg?period=%1&step=week")
              .arg(currentQuarter().name())}) {
        const HttpReply reply = m_viewer->get(m_server->url(path));
        QVERIFY2(reply.status == 200, qPrintable(path));
        QCOMPARE(reply.header("Content-Type"), QByteArray("image/svg+xml"));
        QVERIFY(reply.body.contains("<svg"));
    }
    QCOMPARE(
        m_viewer->get(m_server->url(QStringLiteral("/api/v1/charts/hourly.svg?date=x"))).status,
        400);
}

void DashboardApiTest::reportDownloadsInEveryFormat()
{
    const Period quarter = currentQuarter();
    const struct
    {
        QString format;
        QByteArray type;
        QByteArray start;
    } formats[] = {
        {QStringLiteral("json"), "application/json", "{"},
        {QStringLiteral("csv"), "text/csv; charset=utf-8", "\xEF\xBB\xBF"},
        {QStringLiteral("xlsx"),
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"},
        {QStringLiteral("pdf"), "application/pdf", "%PDF"},
        {QStringLiteral("docx"),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"},
    };
    for (const auto &expected : formats) {
        const HttpReply reply = m_manager->get(
            m_server->url(QStringLiteral("/api/v1/report?period=%1&rule=nd09&format=%2")
                              .arg(quarter.name(), expected.format)));
        QVERIFY2(reply.status == 200, qPrintable(expected.format));
        QCOMPARE(reply.header("Content-Type"), expected.type);
        QVERIFY(reply.body.startsWith(expected.start));
        QVERIFY(reply.body.size() > 100);
        QCOMPARE(reply.header("Content-Disposition"),
                 QStringLiteral("attachment; filename=\"hai-long-%1-nd09.%2\"")
                     .arg(quarter.name(), expected.format)
                     .toLatin1());
    }
    // lang=en: the English report; an unknown language is refused.
    const QString english = QString::fromUtf8(
        m_manager
            ->get(m_server->url(
                QStringLiteral("/api/v1/report?period=%1&format=csv&lang=en").arg(quarter.name())))
            .body);
    QVERIFY2(english.contains(QStringLiteral("Assessment (Met / Not met)")), qPrintable(english));
    QVERIFY(!english.contains(QStringLiteral("Đánh giá")));
    // Its trend's months are English words too ("Dec 2025", not "T12/2025").
    const QJsonObject englishJson =
        m_manager
            ->get(m_server->url(
                QStringLiteral("/api/v1/report?period=%1&format=json&lang=en").arg(quarter.name())))
            .json();
    const QString month =
        englishJson
            .value(
                QLatin1String("trend"))[QLatin1String("admin-service")][0][QLatin1String("label")]
            .toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2} \\d{4}$")).match(month).hasMatch(),
             qPrintable(month));
    const HttpReply unknown = m_manager->get(m_server->url(
        QStringLiteral("/api/v1/report?period=%1&format=csv&lang=fr").arg(quarter.name())));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid-lang"));
    // The JSON report carries the figures of the indicators route.
    const QJsonObject report =
        m_manager
            ->get(m_server->url(
                QStringLiteral("/api/v1/report?period=%1&format=json").arg(quarter.name())))
            .json();
    const QJsonObject live =
        m_manager
            ->get(m_server->url(QStringLiteral("/api/v1/indicators?period=%1").arg(quarter.name())))
            .json();
    QCOMPARE(withoutComparisons(report.value(QLatin1String("indicators"))),
             live.value(QLatin1String("indicators")));
    QCOMPARE(report.value(QLatin1String("commune")).toString(), QStringLiteral("Xã Tân Hòa"));
    QVERIFY(report.value(QLatin1String("closed")).isNull());
    QVERIFY(report.value(QLatin1String("late")).isNull());
    // The current quarter is still running: progress up to today, not a final verdict.
    const QJsonObject period = report.value(QLatin1String("period")).toObject();
    QCOMPARE(period.value(QLatin1String("complete")), QJsonValue(false));
    QCOMPARE(period.value(QLatin1String("data_until")).toString(),
             CentreDay::today().toString(Qt::ISODate));
    QCOMPARE(live.value(QLatin1String("period")).toObject().value(QLatin1String("complete")),
             QJsonValue(false));
    for (const QJsonValue &entry : report.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject indicator = entry.toObject();
        const bool empty = indicator.value(QLatin1String("n")).toInt() == 0;
        QCOMPARE(indicator.value(QLatin1String("status")).isNull(), empty);
        QCOMPARE(indicator.value(QLatin1String("confidence")).isNull(), empty);
    }
    QCOMPARE(m_manager->get(m_server->url(QStringLiteral("/api/v1/report?format=doc"))).status,
             400);
}

void DashboardApiTest::reportComparesAndExplains()
{
    // Health ratings the test places itself: three in the previous quarter (one satisfied,
    // with reasons, comments and a field) and one, satisfied, a year before this quarter.
    const Period quarter = currentQuarter();
    const Period previous = quarter.previous();
    const Period lastYear = quarter.sameLastYear();
    const auto noon = [](const Period &period) {
        return QDateTime(period.from().addDays(10), QTime(12, 0), centreTimeZone());
    };
    struct Placed
    {
        QDateTime at;
        int overall;
        QStringList reasons;
        QString comment;
        QString field;
    };
    const QList<Placed> placed = {
        {noon(previous),
         2,
         {QStringLiteral("cho-lau"), QStringLiteral("giay-to-nhieu")},
         QStringLiteral("Chờ lâu quá, gọi 0912345678"),
         {}},
        {noon(previous).addSecs(60), 1, {QStringLiteral("cho-lau")}, QStringLiteral("Rất tệ"), {}},
        {noon(previous).addSecs(120),
         5,
         {QStringLiteral("nhanh-chong")},
         QStringLiteral("Tốt"),
         QStringLiteral("ho-tich")},
        {noon(lastYear), 4, {}, {}, {}},
    };
    QJsonArray ratings;
    for (int i = 0; i < placed.size(); ++i) {
        QJsonObject rating = TestRatings::rating(TestRatings::newId(), placed.at(i).at, 100 + i,
                                                 placed.at(i).overall);
        if (!placed.at(i).reasons.isEmpty())
            rating.insert(QStringLiteral("reasons"),
                          QJsonArray::fromStringList(placed.at(i).reasons));
        if (!placed.at(i).comment.isEmpty())
            rating.insert(QStringLiteral("comment"), placed.at(i).comment);
        if (!placed.at(i).field.isEmpty())
            rating.insert(QStringLiteral("field"), placed.at(i).field);
        ratings.append(rating);
    }
    TlsClient kiosk(m_server->caPath());
    const HttpReply stored =
        kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                       TestRatings::batch(ratings), TlsClient::bearer(m_healthToken));
    QCOMPARE(stored.status, 200);
    for (const QJsonValue &result : stored.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("accepted"));

    const auto report = [this](const Period &period) {
        return m_manager
            ->get(m_server->url(QStringLiteral("/api/v1/report?period=%1&rule=nd09&format=json")
                                    .arg(period.name())))
            .json();
    };
    const QJsonObject now = report(quarter);
    const QJsonObject health = findBy(now.value(QLatin1String("indicators")).toArray(),
                                      QStringLiteral("id"), QStringLiteral("health"));
    const qint64 healthNow = health.value(QLatin1String("n")).toInteger();
    const QJsonObject before = health.value(QLatin1String("previous")).toObject();
    QCOMPARE(before.value(QLatin1String("period")).toObject().value(QLatin1String("name")),
             QJsonValue(previous.name()));
    QCOMPARE(before.value(QLatin1String("n")).toInteger(), 3);
    QCOMPARE(before.value(QLatin1String("satisfied")).toInteger(), 1);
    QVERIFY(qAbs(before.value(QLatin1String("rate")).toDouble() - 100.0 / 3) < 1e-9);
    const QJsonObject yearAgo = health.value(QLatin1String("same_period_last_year")).toObject();
    QCOMPARE(yearAgo.value(QLatin1String("period")).toObject().value(QLatin1String("from")),
             QJsonValue(lastYear.from().toString(Qt::ISODate)));
    QCOMPARE(yearAgo.value(QLatin1String("n")).toInteger(), 1);
    QCOMPARE(yearAgo.value(QLatin1String("satisfied")).toInteger(), 1);
    // The year to date holds the previous quarter when it lies in the same nd09 year.
    const Period toDate = quarter.yearToDate();
    const bool previousInYear = previous.from() >= toDate.from();
    QCOMPARE(health.value(QLatin1String("year_to_date"))
                 .toObject()
                 .value(QLatin1String("n"))
                 .toInteger(),
             healthNow + (previousInYear ? 3 : 0));

    // The previous quarter's own report: reasons most frequent first, comments lowest first
    // (masked), the breakdown by unit and field.
    const QJsonObject then = report(previous);
    const QJsonArray reasons = then.value(QLatin1String("reasons")).toArray();
    QCOMPARE(reasons.size(), 3);
    QCOMPARE(reasons.at(0).toObject(),
             (QJsonObject{{QStringLiteral("code"), QStringLiteral("cho-lau")},
                          {QStringLiteral("text"), QStringLiteral("Chờ lâu")},
                          {QStringLiteral("kind"), QStringLiteral("went-wrong")},
                          {QStringLiteral("count"), 2}}));
    QCOMPARE(reasons.at(2).toObject().value(QLatin1String("kind")),
             QJsonValue(QStringLiteral("went-well")));
    const QJsonArray comments = then.value(QLatin1String("comments")).toArray();
    QCOMPARE(comments.size(), 3);
    QCOMPARE(comments.at(0).toObject().value(QLatin1String("overall")).toInt(), 1);
    QCOMPARE(comments.at(1).toObject().value(QLatin1String("overall")).toInt(), 2);
    QCOMPARE(comments.at(2).toObject().value(QLatin1String("overall")).toInt(), 5);
    QVERIFY(!comments.at(1)
                 .toObject()
                 .value(QLatin1String("comment"))
                 .toString()
                 .contains(QStringLiteral("0912345678")));
    QCOMPARE(then.value(QLatin1String("by_unit")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("tyt")},
                                     {QStringLiteral("name"), QStringLiteral("Trạm Y tế")},
                                     {QStringLiteral("kind"), QStringLiteral("health")},
                                     {QStringLiteral("n"), 3},
                                     {QStringLiteral("satisfied"), 1},
                                     {QStringLiteral("rate"), 100.0 / 3}}}));
    QCOMPARE(then.value(QLatin1String("by_field")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("ho-tich")},
                                     {QStringLiteral("name"), QStringLiteral("Hộ tịch")},
                                     {QStringLiteral("n"), 1},
                                     {QStringLiteral("satisfied"), 1},
                                     {QStringLiteral("rate"), 100.0}}}));
    // Printed in words: the CSV names the previous quarter and its reasons.
    const QString csv = QString::fromUtf8(
        m_manager
            ->get(m_server->url(QStringLiteral("/api/v1/report?period=%1&rule=nd09&format=csv")
                                    .arg(previous.name())))
            .body);
    QVERIFY2(csv.contains(QStringLiteral("\"Chờ lâu\",\"Điều người dân chưa hài lòng\",\"2\"")),
             qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("Trạm Y tế")));
}

// The health station's kiosk sends criteria answers, a quarter no other test uses: the report
// rates each criterion as the test counts it — levels 4 and 5 satisfied, 0 ("no opinion") left
// out, a repeat rating of a dossier left out — survey by survey, and the CSV prints the rows.
void DashboardApiTest::reportRatesEachCriterion()
{
    const Period period = currentQuarter().sameLastYear().previous();
    struct Answered
    {
        QString survey;
        QMap<QString, int> criteria;
        QString dossier;
    };
    const QList<Answered> sent = {
        {QStringLiteral("y-te"),
         {{QStringLiteral("tiep-can"), 5},
          {QStringLiteral("ket-qua"), 4},
          {QStringLiteral("co-so-vat-chat"), 0}},
         {}},
        {QStringLiteral("y-te"),
         {{QStringLiteral("tiep-can"), 3}, {QStringLiteral("ket-qua"), 5}},
         {}},
        {QStringLiteral("y-te"), {{QStringLiteral("tiep-can"), 4}}, QStringLiteral("HS-TIEU-CHI")},
        {QStringLiteral("giao-duc"), {{QStringLiteral("co-so-vat-chat"), 2}}, {}},
    };
    // Sent after the others, for the same dossier: a repeat, left out.
    const Answered repeat{
        QStringLiteral("y-te"), {{QStringLiteral("tiep-can"), 1}}, QStringLiteral("HS-TIEU-CHI")};
    const QDateTime noon(period.from().addDays(5), QTime(12, 0), centreTimeZone());
    const auto wire = [&noon](const Answered &answered, int index) {
        QJsonObject rating =
            TestRatings::rating(TestRatings::newId(), noon.addSecs(60 * index), 300 + index, 5);
        rating.insert(QStringLiteral("survey"), answered.survey);
        QJsonObject criteria;
        for (auto it = answered.criteria.cbegin(); it != answered.criteria.cend(); ++it)
            criteria.insert(it.key(), it.value());
        rating.insert(QStringLiteral("criteria"), criteria);
        if (!answered.dossier.isEmpty())
            rating.insert(QStringLiteral("dossier"), answered.dossier);
        return rating;
    };
    QJsonArray first;
    for (int i = 0; i < sent.size(); ++i)
        first.append(wire(sent.at(i), i));
    TlsClient kiosk(m_server->caPath());
    for (const QJsonArray &batch : {first, QJsonArray{wire(repeat, int(sent.size()))}}) {
        const HttpReply stored =
            kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(batch), TlsClient::bearer(m_healthToken));
        QCOMPARE(stored.status, 200);
        for (const QJsonValue &result : stored.json().value(QLatin1String("results")).toArray())
            QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("accepted"));
    }

    // The test's own count, survey -> code -> (n, satisfied).
    QMap<QString, QMap<QString, QPair<qint64, qint64>>> counted;
    for (const Answered &answered : sent) {
        for (auto it = answered.criteria.cbegin(); it != answered.criteria.cend(); ++it) {
            QPair<qint64, qint64> &count = counted[answered.survey][it.key()];
            if (it.value() == 0)
                continue;
            ++count.first;
            count.second += it.value() >= 4 ? 1 : 0;
        }
    }
    const QJsonObject report =
        m_manager
            ->get(m_server->url(QStringLiteral("/api/v1/report?period=%1&rule=nd09&format=json")
                                    .arg(period.name())))
            .json();
    const QJsonArray criteria = report.value(QLatin1String("criteria")).toArray();
    QStringList order;
    for (const QJsonValue &value : criteria) {
        const QJsonObject row = value.toObject();
        const QString survey = row.value(QLatin1String("survey")).toString();
        const QString code = row.value(QLatin1String("code")).toString();
        order << survey + QLatin1Char('/') + code;
        QVERIFY2(counted.value(survey).contains(code), qPrintable(order.last()));
        const auto [n, satisfied] = counted.value(survey).value(code);
        QCOMPARE(row.value(QLatin1String("n")).toInteger(), n);
        QCOMPARE(row.value(QLatin1String("satisfied")).toInteger(), satisfied);
        if (n == 0)
            QVERIFY(row.value(QLatin1String("rate")).isNull());
        else
            QCOMPARE(row.value(QLatin1String("rate")).toDouble(),
                     double(satisfied) * 100.0 / double(n));
    }
    // By survey, each in the order it asks: tiep-can 2 of 3, ket-qua 2 of 2.
    QCOMPARE(order, (QStringList{
                        QStringLiteral("giao-duc/co-so-vat-chat"), QStringLiteral("y-te/tiep-can"),
                        QStringLiteral("y-te/co-so-vat-chat"), QStringLiteral("y-te/ket-qua")}));
    QCOMPARE(criteria.at(1)[QLatin1String("label")].toString(),
             QStringLiteral("Khả năng tiếp cận"));
    QCOMPARE(criteria.at(1)[QLatin1String("label_en")].toString(),
             QStringLiteral("Access to care"));
    QCOMPARE(criteria.at(0)[QLatin1String("label")].toString(),
             QStringLiteral("Cơ sở vật chất, trang thiết bị"));
    QCOMPARE(criteria.at(1)[QLatin1String("n")].toInteger(), 3);

    // The dashboard's period view reads the same figures.
    QCOMPARE(
        m_viewer
            ->get(m_server->url(
                QStringLiteral("/api/v1/report/figures?period=%1&rule=nd09").arg(period.name())))
            .json()
            .value(QLatin1String("criteria")),
        QJsonValue(criteria));
    const QString csv = QString::fromUtf8(
        m_manager
            ->get(m_server->url(
                QStringLiteral("/api/v1/report?period=%1&rule=nd09&format=csv").arg(period.name())))
            .body);
    QVERIFY2(csv.contains(QStringLiteral("9. Kết quả theo tiêu chí")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\"Khả năng tiếp cận\",\"3\",\"2\",\"66,6\"")),
             qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("\"Kết quả cung cấp dịch vụ\",\"2\",\"2\",\"100,0\"")));
}

void DashboardApiTest::reportNeedsTheManagerRole()
{
    const HttpReply reply =
        m_viewer->get(m_server->url(QStringLiteral("/api/v1/report?format=csv")));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
}

void DashboardApiTest::indicatorsCarryEnglishNamesAndLeadAgency()
{
    const HttpReply reply = m_viewer->get(m_server->url(QStringLiteral("/api/v1/indicators")));
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &entry : reply.json().value(QLatin1String("indicators")).toArray()) {
        const QJsonObject indicator = entry.toObject();
        QVERIFY(!indicator.value(QLatin1String("name_en")).toString().isEmpty());
        const QString id = indicator.value(QLatin1String("id")).toString();
        // The centre leads the TTHC rows and the on-time rate of its dossiers.
        QCOMPARE(indicator.value(QLatin1String("lead")).toString(),
                 id.startsWith(QLatin1String("tthc")) || id == QLatin1String("on-time")
                     ? QStringLiteral("Trung tâm Phục vụ hành chính công")
                     : QStringLiteral("Phòng Văn hóa – Xã hội"));
        QVERIFY(!indicator.value(QLatin1String("lead_en")).toString().isEmpty());
        QCOMPARE(indicator.value(QLatin1String("partner")).toString(),
                 QStringLiteral("Các cơ quan, đơn vị có liên quan"));
        QCOMPARE(indicator.value(QLatin1String("parent")), id == QLatin1String("tthc-land")
                                                               ? QJsonValue(QStringLiteral("tthc"))
                                                               : QJsonValue());
    }
}

void DashboardApiTest::publicIndicatorsShowTheCommuneAndNoStaff()
{
    TlsClient anonymous(m_server->caPath());
    const HttpReply reply = anonymous.get(m_server->url(QStringLiteral("/public/indicators")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("commune")).toString(), QStringLiteral("Xã Tân Hòa"));
    QCOMPARE(reply.json().value(QLatin1String("period")).toObject().value(QLatin1String("name")),
             QJsonValue(currentQuarter().name()));
    const QJsonObject admin = findBy(reply.json().value(QLatin1String("indicators")).toArray(),
                                     QStringLiteral("id"), QStringLiteral("admin-service"));
    QCOMPARE(admin.value(QLatin1String("n")).toInt(), int(adminRatings.size()));
    QStringList keys = admin.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("ci_high"), QStringLiteral("ci_low"),
                          QStringLiteral("confidence"), QStringLiteral("id"), QStringLiteral("n"),
                          QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("rate"),
                          QStringLiteral("status"), QStringLiteral("target")}));
    QVERIFY(!reply.body.contains("cb-a") && !reply.body.contains("Quầy"));
}

void DashboardApiTest::adminManagesUsers()
{
    const QUrl users = m_server->url(QStringLiteral("/api/v1/users"));
    const HttpReply added =
        m_admin->postJson(users,
                          {{QStringLiteral("name"), QStringLiteral("minh")},
                           {QStringLiteral("role"), QStringLiteral("manager")},
                           {QStringLiteral("password"), QStringLiteral("mười ký tự trở lên")}},
                          csrfOf(m_adminCsrf));
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("minh")},
                                        {QStringLiteral("role"), QStringLiteral("manager")}}));
    QCOMPARE(m_admin
                 ->postJson(users,
                            {{QStringLiteral("name"), QStringLiteral("minh")},
                             {QStringLiteral("role"), QStringLiteral("viewer")},
                             {QStringLiteral("password"), QStringLiteral("mười ký tự trở lên")}},
                            csrfOf(m_adminCsrf))
                 .status,
             409);
    QCOMPARE(m_admin
                 ->postJson(users,
                            {{QStringLiteral("name"), QStringLiteral("ngan")},
                             {QStringLiteral("role"), QStringLiteral("viewer")},
                             {QStringLiteral("password"), QStringLiteral("ngắn")}},
                            csrfOf(m_adminCsrf))
                 .status,
             400);
    QCOMPARE(m_admin
                 ->postJson(users,
                            {{QStringLiteral("name"), QStringLiteral("root")},
                             {QStringLiteral("role"), QStringLiteral("root")},
                             {QStringLiteral("password"), QStringLiteral("mười ký tự trở lên")}},
                            csrfOf(m_adminCsrf))
                 .status,
             400);

    QString minhCsrf;
    const auto minh =
        login(QStringLiteral("minh"), QStringLiteral("mười ký tự trở lên"), &minhCsrf);
    QCOMPARE(minh->get(m_server->url(QStringLiteral("/api/v1/session"))).status, 200);

    const QJsonArray list = m_admin->get(users).json().value(QLatin1String("users")).toArray();
    const QJsonObject listed = findBy(list, QStringLiteral("name"), QStringLiteral("minh"));
    QCOMPARE(listed.value(QLatin1String("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(listed.value(QLatin1String("disabled")).toBool(), false);
    QVERIFY(!listed.value(QLatin1String("created_at")).toString().isEmpty());
    QVERIFY(!listed.value(QLatin1String("last_login")).toString().isEmpty());
    QVERIFY(!m_admin->get(users).body.contains("password"));

    // Disabling ends minh's session at once and stops new logins.
    const HttpReply disabled = m_admin->postJson(
        m_server->url(QStringLiteral("/api/v1/users/minh/disable")), {}, csrfOf(m_adminCsrf));
    QCOMPARE(disabled.status, 200);
    QCOMPARE(disabled.json(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("minh")},
                                           {QStringLiteral("disabled"), true}}));
    QCOMPARE(minh->get(m_server->url(QStringLiteral("/api/v1/session"))).status, 401);
    QString none;
    const auto again = login(QStringLiteral("minh"), QStringLiteral("mười ký tự trở lên"), &none);
    QVERIFY(none.isEmpty());
    QCOMPARE(m_admin
                 ->postJson(m_server->url(QStringLiteral("/api/v1/users/admin/disable")), {},
                            csrfOf(m_adminCsrf))
                 .status,
             409);
    QCOMPARE(m_admin
                 ->postJson(m_server->url(QStringLiteral("/api/v1/users/ai-do/disable")), {},
                            csrfOf(m_adminCsrf))
                 .status,
             404);
}

void DashboardApiTest::adminManagesUnitsAndKiosks()
{
    const QUrl units = m_server->url(QStringLiteral("/api/v1/units"));
    const HttpReply unit =
        m_admin->postJson(units,
                          {{QStringLiteral("id"), QStringLiteral("thcs")},
                           {QStringLiteral("kind"), QStringLiteral("education")},
                           {QStringLiteral("name"), QStringLiteral("Trường THCS")}},
                          csrfOf(m_adminCsrf));
    QCOMPARE(unit.status, 201);
    QCOMPARE(unit.json().value(QLatin1String("kind")).toString(), QStringLiteral("education"));
    QCOMPARE(m_admin
                 ->postJson(units,
                            {{QStringLiteral("id"), QStringLiteral("thcs")},
                             {QStringLiteral("kind"), QStringLiteral("education")},
                             {QStringLiteral("name"), QStringLiteral("x")}},
                            csrfOf(m_adminCsrf))
                 .status,
             409);
    QCOMPARE(m_admin
                 ->postJson(units,
                            {{QStringLiteral("id"), QStringLiteral("ca")},
                             {QStringLiteral("kind"), QStringLiteral("police")},
                             {QStringLiteral("name"), QStringLiteral("x")}},
                            csrfOf(m_adminCsrf))
                 .status,
             400);
    const QJsonArray listed = m_admin->get(units).json().value(QLatin1String("units")).toArray();
    QCOMPARE(findBy(listed, QStringLiteral("id"), QStringLiteral("thcs"))
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Trường THCS"));

    const QUrl kiosks = m_server->url(QStringLiteral("/api/v1/kiosks"));
    const HttpReply enrolled =
        m_admin->postJson(kiosks,
                          {{QStringLiteral("id"), QStringLiteral("k-school")},
                           {QStringLiteral("unit"), QStringLiteral("thcs")},
                           {QStringLiteral("counter"), QStringLiteral("Phòng 1")}},
                          csrfOf(m_adminCsrf));
    QCOMPARE(enrolled.status, 201);
    const QString token = enrolled.json().value(QLatin1String("token")).toString();
    QVERIFY(token.size() >= 32);
    QCOMPARE(enrolled.json().value(QLatin1String("unit")).toString(), QStringLiteral("thcs"));
    QCOMPARE(m_admin
                 ->postJson(kiosks,
                            {{QStringLiteral("id"), QStringLiteral("k-school")},
                             {QStringLiteral("unit"), QStringLiteral("thcs")}},
                            csrfOf(m_adminCsrf))
                 .status,
             409);
    // The token is shown once: the list never carries it.
    QVERIFY(!m_admin->get(kiosks).body.contains(token.toLatin1()));

    TlsClient kiosk(m_server->caPath());
    const QUrl ratings = m_server->url(QStringLiteral("/api/v1/ratings"));
    const QJsonObject batch = TestRatings::batch(
        {TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1, 5)});
    QCOMPARE(kiosk.postJson(ratings, batch, TlsClient::bearer(token)).status, 200);

    const HttpReply revoked = m_admin->postJson(
        m_server->url(QStringLiteral("/api/v1/kiosks/k-school/revoke")), {}, csrfOf(m_adminCsrf));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("k-school")},
                                          {QStringLiteral("revoked"), true}}));
    QCOMPARE(kiosk.postJson(ratings, batch, TlsClient::bearer(token)).status, 401);
    QCOMPARE(m_admin
                 ->postJson(m_server->url(QStringLiteral("/api/v1/kiosks/khong-co/revoke")), {},
                            csrfOf(m_adminCsrf))
                 .status,
             404);

    // Admins see the revoked kiosk; other staff do not.
    QCOMPARE(findBy(m_admin->get(kiosks).json().value(QLatin1String("kiosks")).toArray(),
                    QStringLiteral("id"), QStringLiteral("k-school"))
                 .value(QLatin1String("revoked"))
                 .toBool(),
             true);
    QVERIFY(findBy(m_viewer->get(kiosks).json().value(QLatin1String("kiosks")).toArray(),
                   QStringLiteral("id"), QStringLiteral("k-school"))
                .isEmpty());
}

// A disabled user enabled again, a forgotten password set, one's own password changed, a
// unit renamed or removed while nothing names it: each audited, bad input a 4xx that changes
// nothing.
void DashboardApiTest::adminUndoesMistakes()
{
    const auto csrf = csrfOf(m_adminCsrf);
    const auto url = [this](const QString &path) { return m_server->url(path); };
    QCOMPARE(m_admin
                 ->postJson(url(QStringLiteral("/api/v1/users")),
                            {{QStringLiteral("name"), QStringLiteral("hoa")},
                             {QStringLiteral("role"), QStringLiteral("viewer")},
                             {QStringLiteral("password"), QStringLiteral("mật khẩu cũ 123")}},
                            csrf)
                 .status,
             201);
    QCOMPARE(m_admin->postJson(url(QStringLiteral("/api/v1/users/hoa/disable")), {}, csrf).status,
             200);
    const HttpReply enabled =
        m_admin->postJson(url(QStringLiteral("/api/v1/users/hoa/enable")), {}, csrf);
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.json(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("hoa")},
                                          {QStringLiteral("disabled"), false}}));
    QCOMPARE(m_admin->postJson(url(QStringLiteral("/api/v1/users/ai-do/enable")), {}, csrf).status,
             404);

    QString hoaCsrf;
    const auto hoa = login(QStringLiteral("hoa"), QStringLiteral("mật khẩu cũ 123"), &hoaCsrf);
    QVERIFY(!hoaCsrf.isEmpty());
    const QUrl own = url(QStringLiteral("/api/v1/session/password"));
    const HttpReply wrong =
        hoa->postJson(own,
                      {{QStringLiteral("current"), QStringLiteral("không phải")},
                       {QStringLiteral("password"), QStringLiteral("mật khẩu mới 456")}},
                      csrfOf(hoaCsrf));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(QLatin1String("error")).toString(),
             QStringLiteral("wrong-password"));
    const HttpReply weak =
        hoa->postJson(own,
                      {{QStringLiteral("current"), QStringLiteral("mật khẩu cũ 123")},
                       {QStringLiteral("password"), QStringLiteral("ngắn")}},
                      csrfOf(hoaCsrf));
    QCOMPARE(weak.json().value(QLatin1String("error")).toString(), QStringLiteral("weak-password"));
    QCOMPARE(hoa->postJson(own,
                           {{QStringLiteral("current"), QStringLiteral("mật khẩu cũ 123")},
                            {QStringLiteral("password"), QStringLiteral("mật khẩu mới 456")}},
                           csrfOf(hoaCsrf))
                 .status,
             200);
    QCOMPARE(hoa->get(url(QStringLiteral("/api/v1/session"))).status, 200);

    // The admin's reset signs hoa out; the new password works, the old ones do not.
    const QUrl reset = url(QStringLiteral("/api/v1/users/hoa/password"));
    QCOMPARE(
        m_admin->postJson(reset, {{QStringLiteral("password"), QStringLiteral("x")}}, csrf).status,
        400);
    QCOMPARE(hoa->get(url(QStringLiteral("/api/v1/session"))).status, 200);
    QCOMPARE(
        m_admin
            ->postJson(reset, {{QStringLiteral("password"), QStringLiteral("đặt lại 7890")}}, csrf)
            .status,
        200);
    QCOMPARE(hoa->get(url(QStringLiteral("/api/v1/session"))).status, 401);
    QString none;
    login(QStringLiteral("hoa"), QStringLiteral("mật khẩu mới 456"), &none);
    QVERIFY(none.isEmpty());
    login(QStringLiteral("hoa"), QStringLiteral("đặt lại 7890"), &none);
    QVERIFY(!none.isEmpty());

    const QUrl units = url(QStringLiteral("/api/v1/units"));
    QCOMPARE(m_admin
                 ->postJson(units,
                            {{QStringLiteral("id"), QStringLiteral("nham")},
                             {QStringLiteral("kind"), QStringLiteral("admin")},
                             {QStringLiteral("name"), QStringLiteral("Nhầm")}},
                            csrf)
                 .status,
             201);
    const QUrl nham = url(QStringLiteral("/api/v1/units/nham"));
    QCOMPARE(m_admin->patchJson(nham, {{QStringLiteral("name"), QStringLiteral(" ")}}, csrf).status,
             400);
    const HttpReply renamed =
        m_admin->patchJson(nham, {{QStringLiteral("name"), QStringLiteral("Tư pháp")}}, csrf);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(QLatin1String("name")).toString(), QStringLiteral("Tư pháp"));
    QCOMPARE(m_admin
                 ->patchJson(url(QStringLiteral("/api/v1/units/khong-co")),
                             {{QStringLiteral("name"), QStringLiteral("x")}}, csrf)
                 .status,
             404);
    const HttpReply inUse = m_admin->del(url(QStringLiteral("/api/v1/units/ubnd")), csrf);
    QCOMPARE(inUse.status, 409);
    QCOMPARE(inUse.json().value(QLatin1String("error")).toString(), QStringLiteral("unit-in-use"));
    QCOMPARE(m_admin->del(nham, csrf).status, 204);
    QCOMPARE(m_admin->del(nham, csrf).status, 404);
    const QJsonArray listed = m_admin->get(units).json().value(QLatin1String("units")).toArray();
    QVERIFY(findBy(listed, QStringLiteral("id"), QStringLiteral("nham")).isEmpty());
    QVERIFY(!findBy(listed, QStringLiteral("id"), QStringLiteral("ubnd")).isEmpty());

    const QByteArray audit = m_admin->get(url(QStringLiteral("/api/v1/audit?limit=50"))).body;
    for (const char *action :
         {"user-enable", "password-change", "user-password-reset", "unit-rename", "unit-remove"})
        QVERIFY2(audit.contains(QByteArray("\"action\":\"") + action + '"'), action);
}

// Managers see which survey each unit's kiosks show; the health station shows the health one.
void DashboardApiTest::surveysAreListedWithTheirUnits()
{
    QCOMPARE(m_viewer->get(m_server->url(QStringLiteral("/api/v1/surveys"))).status, 403);
    const HttpReply listed = m_manager->get(m_server->url(QStringLiteral("/api/v1/surveys")));
    QCOMPARE(listed.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &survey : listed.json().value(QLatin1String("surveys")).toArray())
        byId.insert(survey.toObject().value(QLatin1String("id")).toString(), survey.toObject());
    QCOMPARE(QSet<QString>(byId.keyBegin(), byId.keyEnd()),
             (QSet<QString>{QStringLiteral("default"), QStringLiteral("y-te"),
                            QStringLiteral("giao-duc")}));
    QVERIFY(byId.value(QStringLiteral("y-te")).value(QLatin1String("built_in")).toBool());
    QVERIFY(byId.value(QStringLiteral("y-te"))
                .value(QLatin1String("units"))
                .toArray()
                .contains(QStringLiteral("tyt")));
    QVERIFY(byId.value(QStringLiteral("default"))
                .value(QLatin1String("units"))
                .toArray()
                .contains(QStringLiteral("ubnd")));
    QCOMPARE(byId.value(QStringLiteral("y-te"))
                 .value(QLatin1String("title"))
                 .toObject()
                 .value(QLatin1String("vi"))
                 .toString(),
             QStringLiteral("Ông/Bà đánh giá thế nào về lần khám, chữa bệnh hôm nay?"));
    const HttpReply health =
        TlsClient(m_server->caPath())
            .get(m_server->url(QStringLiteral("/api/v1/survey")), TlsClient::bearer(m_healthToken));
    QCOMPARE(health.json().value(QLatin1String("id")).toString(), QStringLiteral("y-te"));
}

// The prompt's list offers the fields the 2025 ministries handle; the field of the ministry
// that no longer exists is not offered but its ratings keep their name in the figures.
void DashboardApiTest::counterFieldsFollowTheMinistriesOf2025()
{
    const HttpReply listed = m_viewer->get(m_server->url(QStringLiteral("/api/v1/fields")));
    QCOMPARE(listed.status, 200);
    QHash<QString, QString> nameOf;
    for (const QJsonValue &field : listed.json().value(QLatin1String("fields")).toArray())
        nameOf.insert(field.toObject().value(QLatin1String("code")).toString(),
                      field.toObject().value(QLatin1String("name")).toString());
    QCOMPARE(nameOf.value(QStringLiteral("nguoi-co-cong")), QStringLiteral("Người có công"));
    QCOMPARE(nameOf.value(QStringLiteral("bao-tro-xa-hoi")),
             QStringLiteral("Bảo trợ xã hội, trẻ em"));
    QVERIFY(nameOf.contains(QStringLiteral("dat-dai")));
    QVERIFY(!nameOf.contains(QStringLiteral("lao-dong-xa-hoi")));

    const HttpReply survey = TlsClient(m_server->caPath())
                                 .get(m_server->url(QStringLiteral("/api/v1/survey?id=default")),
                                      TlsClient::bearer(m_healthToken));
    QCOMPARE(survey.status, 200);
    bool retiredListed = false;
    for (const QJsonValue &field : survey.json().value(QLatin1String("fields")).toArray())
        if (field.toObject().value(QLatin1String("code")).toString() ==
            QLatin1String("lao-dong-xa-hoi"))
            retiredListed = field.toObject().value(QLatin1String("retired")).toBool();
    QVERIFY2(retiredListed, "a kiosk still knows the retired field, to name it");
}

void DashboardApiTest::adminRoutesRefuseOthers()
{
    const QJsonObject user{{QStringLiteral("name"), QStringLiteral("hacker")},
                           {QStringLiteral("role"), QStringLiteral("admin")},
                           {QStringLiteral("password"), QStringLiteral("mười ký tự trở lên")}};
    // A manager is not an admin.
    const HttpReply manager = m_manager->postJson(m_server->url(QStringLiteral("/api/v1/users")),
                                                  user, csrfOf(m_managerCsrf));
    QCOMPARE(manager.status, 403);
    QCOMPARE(manager.json().value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
    for (const QString &path : {QStringLiteral("/api/v1/users"), QStringLiteral("/api/v1/units"),
                                QStringLiteral("/api/v1/audit")})
        QCOMPARE(m_manager->get(m_server->url(path)).status, 403);
    // An admin without the CSRF token.
    for (const QString &path :
         {QStringLiteral("/api/v1/users"), QStringLiteral("/api/v1/units"),
          QStringLiteral("/api/v1/kiosks"), QStringLiteral("/api/v1/kiosks/k-1/revoke"),
          QStringLiteral("/api/v1/users/lan/disable")}) {
        const HttpReply reply = m_admin->postJson(m_server->url(path), user);
        QVERIFY2(reply.status == 403, qPrintable(path));
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("csrf"));
    }
    QCOMPARE(m_admin->get(m_server->url(QStringLiteral("/api/v1/users")))
                 .json()
                 .value(QLatin1String("users"))
                 .toArray()
                 .size(),
             4);
    // k-1 still works.
    TlsClient kiosk(m_server->caPath());
    QCOMPARE(
        kiosk.get(m_server->url(QStringLiteral("/api/v1/survey")), TlsClient::bearer(m_healthToken))
            .status,
        200);
}

void DashboardApiTest::adminSetsWhoIssuesTheReports()
{
    const QUrl settings = m_server->url(QStringLiteral("/api/v1/settings/report"));
    QCOMPARE(m_manager->get(settings).status, 403);
    QCOMPARE(m_manager->putJson(settings, {}, csrfOf(m_managerCsrf)).status, 403);
    const QJsonObject before = m_admin->get(settings).json();
    QCOMPARE(before.value(QLatin1String("body")).toString(), QString());
    QCOMPARE(before.value(QLatin1String("defaults")).toObject().value(QLatin1String("superior")),
             QJsonValue(QStringLiteral("UBND xã Tân Hòa")));

    // Bad input: 400 and centre.json as it was.
    QFile centre(m_server->dataDir() + QStringLiteral("/centre.json"));
    QVERIFY(centre.open(QIODevice::ReadOnly));
    const QByteArray kept = centre.readAll();
    centre.close();
    for (const QJsonObject &bad :
         {QJsonObject{{QStringLiteral("body"), 5}},
          QJsonObject{{QStringLiteral("colour"), QStringLiteral("đỏ")}},
          QJsonObject{{QStringLiteral("body_code"), QStringLiteral("BC/1")}},
          QJsonObject{{QStringLiteral("signer_name"), QStringLiteral("Trần\nB")}},
          QJsonObject{{QStringLiteral("place"), QString(61, QLatin1Char('x'))}}}) {
        const HttpReply reply = m_admin->putJson(settings, bad, csrfOf(m_adminCsrf));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid-settings"));
    }
    QVERIFY(centre.open(QIODevice::ReadOnly));
    QCOMPARE(centre.readAll(), kept);
    centre.close();

    const QJsonObject issuer{{QStringLiteral("body"), QStringLiteral("Văn phòng HĐND và UBND")},
                             {QStringLiteral("body_code"), QStringLiteral("VP")},
                             {QStringLiteral("signer_title"), QStringLiteral("Chánh Văn phòng")},
                             {QStringLiteral("signer_name"), QStringLiteral("Trần Thị Bình")}};
    const HttpReply saved = m_admin->putJson(settings, issuer, csrfOf(m_adminCsrf));
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json().value(QLatin1String("signer_name")).toString(),
             QStringLiteral("Trần Thị Bình"));
    QCOMPARE(m_admin->get(settings).json().value(QLatin1String("body_code")).toString(),
             QStringLiteral("VP"));
    // The commune's name is kept beside them, and the next report prints them (no restart).
    QVERIFY(centre.open(QIODevice::ReadOnly));
    QVERIFY(centre.readAll().contains("Xã Tân Hòa"));
    const HttpReply pdf =
        m_manager->get(m_server->url(QStringLiteral("/api/v1/report?format=pdf")));
    QCOMPARE(pdf.status, 200);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    text.write(pdf.body);
    text.closeWriteChannel();
    QVERIFY(text.waitForFinished());
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &shown :
         {QStringLiteral("VĂN PHÒNG HĐND VÀ UBND"), QStringLiteral("Số: …/BC-VP"),
          QStringLiteral("CHÁNH VĂN PHÒNG"), QStringLiteral("Trần Thị Bình")})
        QVERIFY2(printed.contains(shown),
                 qPrintable(shown + QStringLiteral(" not in\n") + printed));
}

void DashboardApiTest::auditLogShowsWhatStaffDid()
{
    const HttpReply reply = m_admin->get(m_server->url(QStringLiteral("/api/v1/audit?limit=500")));
    QCOMPARE(reply.status, 200);
    const QJsonArray entries = reply.json().value(QLatin1String("entries")).toArray();
    QSet<QString> actions;
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &entry : entries) {
        const QJsonObject line = entry.toObject();
        actions.insert(line.value(QLatin1String("action")).toString());
        QVERIFY(line.value(QLatin1String("at")).toString() <= previous);
        previous = line.value(QLatin1String("at")).toString();
        if (line.value(QLatin1String("action")).toString() == QLatin1String("login-failed"))
            QCOMPARE(line.value(QLatin1String("ok")).toBool(), false);
        if (line.value(QLatin1String("action")).toString() == QLatin1String("export")) {
            QCOMPARE(line.value(QLatin1String("user")).toString(), QStringLiteral("lan"));
            QCOMPARE(line.value(QLatin1String("address")).toString(), QStringLiteral("127.0.0.1"));
        }
    }
    for (const QString &action :
         {QStringLiteral("login"), QStringLiteral("login-failed"), QStringLiteral("logout"),
          QStringLiteral("export"), QStringLiteral("user-add"), QStringLiteral("user-disable"),
          QStringLiteral("unit-add"), QStringLiteral("kiosk-add"), QStringLiteral("kiosk-revoke"),
          QStringLiteral("report-settings")})
        QVERIFY2(actions.contains(action), qPrintable(action));
    const HttpReply limited = m_admin->get(m_server->url(QStringLiteral("/api/v1/audit?limit=2")));
    QCOMPARE(limited.json().value(QLatin1String("entries")).toArray().size(), 2);
}

void DashboardApiTest::exportCommandWritesEveryFormat()
{
    const Period quarter = currentQuarter();
    const QByteArray starts[] = {"{", "\xEF\xBB\xBF", "PK", "%PDF"};
    const QStringList formats{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                              QStringLiteral("pdf")};
    for (int i = 0; i < formats.size(); ++i) {
        const QString out = m_server->dataDir() + QStringLiteral("/export.") + formats.at(i);
        QCOMPARE(m_server->run({QStringLiteral("export"), QStringLiteral("--period"),
                                quarter.name(), QStringLiteral("--format"), formats.at(i),
                                QStringLiteral("--out"), out}),
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith(starts[i]), qPrintable(formats.at(i)));
        if (formats.at(i) == QLatin1String("json")) {
            const QJsonObject live =
                m_manager
                    ->get(m_server->url(
                        QStringLiteral("/api/v1/indicators?period=%1").arg(quarter.name())))
                    .json();
            QCOMPARE(withoutComparisons(QJsonDocument::fromJson(bytes).object().value(
                         QLatin1String("indicators"))),
                     live.value(QLatin1String("indicators")));
        }
    }
    const QString english = m_server->dataDir() + QStringLiteral("/export-en.csv");
    QCOMPARE(
        m_server->run({QStringLiteral("export"), QStringLiteral("--period"), quarter.name(),
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("--out"), english}),
        0);
    QFile englishFile(english);
    QVERIFY(englishFile.open(QIODevice::ReadOnly));
    QVERIFY(englishFile.readAll().contains("Reporting period"));
    QCOMPARE(
        m_server->run({QStringLiteral("export"), QStringLiteral("--period"), quarter.name(),
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--lang"),
                       QStringLiteral("fr"), QStringLiteral("--out"), english}),
        2);
    QCOMPARE(m_server->run({QStringLiteral("export"), QStringLiteral("--period"), quarter.name(),
                            QStringLiteral("--format"), QStringLiteral("doc"),
                            QStringLiteral("--out"), m_server->dataDir() + QStringLiteral("/x")}),
             2);
}

void DashboardApiTest::kioskRevokeCommandStopsTheToken()
{
    TlsClient kiosk(m_server->caPath());
    const QUrl survey = m_server->url(QStringLiteral("/api/v1/survey"));
    QCOMPARE(kiosk.get(survey, TlsClient::bearer(m_healthToken)).status, 200);
    QCOMPARE(
        m_server->run({QStringLiteral("kiosk"), QStringLiteral("revoke"), QStringLiteral("k-h")}),
        0);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("k-h")));
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("revoked")));
    QCOMPARE(kiosk.get(survey, TlsClient::bearer(m_healthToken)).status, 401);
    QCOMPARE(m_server->run(
                 {QStringLiteral("kiosk"), QStringLiteral("revoke"), QStringLiteral("khong-co")}),
             2);
}

QTEST_GUILESS_MAIN(DashboardApiTest)
#include "tst_dashboard_api.moc"
