// Staff sessions, indicators, daily summary, kiosk list and counter prompts, against the
// real server over TLS; the export command; and closing a period's figures.
#include "TestServer.h"
#include "indicators/IndicatorDefinition.h"
#include "period/Period.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

namespace {
struct SentRating
{
    UnitKind kind;
    QString field;
    QDateTime createdAt;
    int overall;
};

} // namespace

class StaffApiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void staffReadsNeedASession();
    void loginSetsASecureCookieAndCsrfToken();
    void stateChangingRequestsNeedTheCsrfToken();
    void repeatedFailuresLockTheAccount();
    void indicatorsMatchWhatWasSentUnderBothRules();
    void publicIndicatorsNeedNoLogin();
    void invalidPeriodOrRuleIs400();
    void dailySummaryCountsToday();
    void kioskListShowsOutboxAndSequence();
    void promptReachesTheCountersKiosk();
    void promptForUnknownCounterIs404();
    void promptRefusesADossierCodeLongerThanADossierHas();
    void viewerCannotPrompt();
    void exportWritesIndicators();
    void adminCommandsRefuseBadInput();
    void closedPeriodKeepsItsFiguresAndCountsLateOnes();

private:
    void sendRatings();
    QList<QPair<QByteArray, QByteArray>> csrf() const;
    QJsonObject indicator(const QJsonObject &report, const QString &id);
    // The quarter's report as `export --format json` writes it; empty when the command fails.
    // The period's report as `export --format FORMAT` writes it; empty when the command fails.
    QByteArray exported(const Period &period, const QString &format);
    // Logs `client` in; the CSRF header its state changes need, empty when refused.
    QList<QPair<QByteArray, QByteArray>> logIn(TlsClient &client, const QString &user,
                                               const QString &password);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_staff;
    QString m_adminToken, m_healthToken, m_schoolToken;
    QString m_csrf;
    QList<SentRating> m_sent;
};

void StaffApiTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã Hài Lòng")));
    QVERIFY(m_server->addUnit(QStringLiteral("tram-y-te"), QStringLiteral("health"),
                              QStringLiteral("Trạm Y tế")));
    QVERIFY(m_server->addUnit(QStringLiteral("thcs"), QStringLiteral("education"),
                              QStringLiteral("Trường THCS")));
    m_adminToken = m_server->addKiosk(QStringLiteral("k-admin"), QStringLiteral("ubnd"),
                                      QStringLiteral("quay-1"));
    m_healthToken = m_server->addKiosk(QStringLiteral("k-health"), QStringLiteral("tram-y-te"));
    m_schoolToken = m_server->addKiosk(QStringLiteral("k-school"), QStringLiteral("thcs"));
    QVERIFY(!m_adminToken.isEmpty() && !m_healthToken.isEmpty() && !m_schoolToken.isEmpty());
    QVERIFY(m_server->addUser(QStringLiteral("lan"), QStringLiteral("manager"),
                              QStringLiteral("mật khẩu dài")));
    QVERIFY(m_server->addUser(QStringLiteral("viewer1"), QStringLiteral("viewer"),
                              QStringLiteral("xem-thoi-123")));
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_staff = std::make_unique<TlsClient>(m_server->caPath());
    sendRatings();
}

void StaffApiTest::cleanupTestCase()
{
    m_staff.reset();
    m_server.reset();
}

void StaffApiTest::sendRatings()
{
    // All within the last 20 hours, none in the future: each counts at its own created_at.
    TlsClient kiosk(m_server->caPath());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList fields{QString(), QStringLiteral("ho-tich"), QStringLiteral("dat-dai"),
                             QStringLiteral("xay-dung")};
    QJsonArray admin, health, school;
    for (int i = 0; i < 40; ++i) {
        const QDateTime at = now.addSecs(-i * 1800);
        const int overall = 1 + (i * 7) % 5;
        QJsonObject rating = TestRatings::rating(TestRatings::newId(), at, i + 1, overall);
        if (i % 3 == 0) {
            rating.insert(QStringLiteral("staff"), QStringLiteral("cb-%1").arg(i % 2));
            health.append(rating);
            m_sent.append({UnitKind::Health, QString(), at, overall});
        } else if (i % 5 == 0) {
            school.append(rating);
            m_sent.append({UnitKind::Education, QString(), at, overall});
        } else {
            const QString field = fields.at(i % fields.size());
            if (!field.isEmpty())
                rating.insert(QStringLiteral("field"), field);
            rating.insert(QStringLiteral("counter"), QStringLiteral("quay-1"));
            if (i == 1)
                rating.insert(QStringLiteral("comment"), QStringLiteral("Cán bộ nhiệt tình"));
            admin.append(rating);
            m_sent.append({UnitKind::Admin, field, at, overall});
        }
    }
    auto queued = TlsClient::bearer(m_adminToken);
    queued.append({QByteArrayLiteral("X-Kiosk-Queued"), QByteArrayLiteral("7")});
    QCOMPARE(kiosk
                 .postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(admin), queued)
                 .status,
             200);
    QCOMPARE(kiosk
                 .postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(health), TlsClient::bearer(m_healthToken))
                 .status,
             200);
    QCOMPARE(kiosk
                 .postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(school), TlsClient::bearer(m_schoolToken))
                 .status,
             200);
}

QList<QPair<QByteArray, QByteArray>> StaffApiTest::csrf() const
{
    return {{QByteArrayLiteral("X-CSRF-Token"), m_csrf.toLatin1()}};
}

QJsonObject StaffApiTest::indicator(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &entry : report.value(QLatin1String("indicators")).toArray()) {
        if (entry.toObject().value(QLatin1String("id")).toString() == id)
            return entry.toObject();
    }
    return {};
}

QByteArray StaffApiTest::exported(const Period &period, const QString &format)
{
    const QString path = m_server->dataDir() + QStringLiteral("/export.") + format;
    if (m_server->run({QStringLiteral("export"), QStringLiteral("--period"), period.name(),
                       QStringLiteral("--format"), format, QStringLiteral("--out"), path}) != 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QPair<QByteArray, QByteArray>> StaffApiTest::logIn(TlsClient &client, const QString &user,
                                                         const QString &password)
{
    const HttpReply login = m_server->logIn(client, user, password);
    if (login.status != 200)
        return {};
    return {{QByteArrayLiteral("X-CSRF-Token"),
             login.json().value(QLatin1String("csrf")).toString().toLatin1()}};
}

void StaffApiTest::staffReadsNeedASession()
{
    TlsClient anonymous(m_server->caPath());
    for (const QString &path :
         {QStringLiteral("/api/v1/indicators"), QStringLiteral("/api/v1/daily"),
          QStringLiteral("/api/v1/kiosks")}) {
        const HttpReply reply = anonymous.get(m_server->url(path));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("unauthorized"));
    }
}

void StaffApiTest::loginSetsASecureCookieAndCsrfToken()
{
    const HttpReply wrong =
        m_staff->postJson(m_server->url(QStringLiteral("/api/v1/session")),
                          {{QStringLiteral("user"), QStringLiteral("lan")},
                           {QStringLiteral("password"), QStringLiteral("sai")}});
    QCOMPARE(wrong.status, 401);
    const HttpReply login =
        m_staff->postJson(m_server->url(QStringLiteral("/api/v1/session")),
                          {{QStringLiteral("user"), QStringLiteral("lan")},
                           {QStringLiteral("password"), QStringLiteral("mật khẩu dài")}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QLatin1String("role")).toString(), QStringLiteral("manager"));
    m_csrf = login.json().value(QLatin1String("csrf")).toString();
    QVERIFY(!m_csrf.isEmpty());
    const QByteArray cookie = login.header("Set-Cookie");
    QVERIFY(cookie.startsWith("hailong_session="));
    QVERIFY(cookie.contains("HttpOnly") && cookie.contains("Secure") &&
            cookie.contains("SameSite=Strict"));
    QCOMPARE(m_staff->get(m_server->url(QStringLiteral("/api/v1/kiosks"))).status, 200);
}

void StaffApiTest::stateChangingRequestsNeedTheCsrfToken()
{
    const QUrl prompt = m_server->url(QStringLiteral("/api/v1/counters/quay-1/prompt"));
    const QJsonObject body{{QStringLiteral("dossier"), QStringLiteral("HS-1")}};
    const HttpReply without = m_staff->postJson(prompt, body);
    QCOMPARE(without.status, 403);
    QCOMPARE(without.json().value(QLatin1String("error")).toString(), QStringLiteral("csrf"));
    const HttpReply wrong = m_staff->postJson(
        prompt, body, {{QByteArrayLiteral("X-CSRF-Token"), QByteArrayLiteral("x")}});
    QCOMPARE(wrong.status, 403);
}

void StaffApiTest::repeatedFailuresLockTheAccount()
{
    TlsClient client(m_server->caPath());
    const QUrl session = m_server->url(QStringLiteral("/api/v1/session"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client
                     .postJson(session, {{QStringLiteral("user"), QStringLiteral("viewer1")},
                                         {QStringLiteral("password"), QStringLiteral("wrong")}})
                     .status,
                 401);
    const HttpReply locked =
        client.postJson(session, {{QStringLiteral("user"), QStringLiteral("viewer1")},
                                  {QStringLiteral("password"), QStringLiteral("xem-thoi-123")}});
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.json().value(QLatin1String("error")).toString(), QStringLiteral("locked"));
}

void StaffApiTest::indicatorsMatchWhatWasSentUnderBothRules()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date();
    for (const PeriodRule rule : {PeriodRule::Nd09, PeriodRule::Calendar}) {
        const Period period = Period::containing(today, Period::Kind::Quarter, rule);
        const HttpReply reply =
            m_staff->get(m_server->url(QStringLiteral("/api/v1/indicators?period=%1&rule=%2")
                                           .arg(period.name(), periodRuleCode(rule))));
        QCOMPARE(reply.status, 200);
        const QJsonObject report = reply.json();
        QCOMPARE(report.value(QLatin1String("period"))
                     .toObject()
                     .value(QLatin1String("from"))
                     .toString(),
                 period.from().toString(Qt::ISODate));
        for (const IndicatorDefinition &definition : IndicatorDefinition::defaults()) {
            qint64 n = 0, satisfied = 0;
            for (const SentRating &sent : std::as_const(m_sent)) {
                if (!period.contains(sent.createdAt) ||
                    !definition.scope.contains(sent.kind, !sent.field.isEmpty(), sent.field))
                    continue;
                ++n;
                if (sent.overall >= 4)
                    ++satisfied;
            }
            const QJsonObject got = indicator(report, definition.id);
            QCOMPARE(got.value(QLatin1String("n")).toInteger(), n);
            QCOMPARE(got.value(QLatin1String("satisfied")).toInteger(), satisfied);
        }
    }
    // Without a period: the current nd09 quarter.
    const HttpReply current = m_staff->get(m_server->url(QStringLiteral("/api/v1/indicators")));
    QCOMPARE(current.status, 200);
    QCOMPARE(current.json()
                 .value(QLatin1String("period"))
                 .toObject()
                 .value(QLatin1String("rule"))
                 .toString(),
             QStringLiteral("nd09"));
}

void StaffApiTest::publicIndicatorsNeedNoLogin()
{
    TlsClient anonymous(m_server->caPath());
    const HttpReply open = anonymous.get(m_server->url(QStringLiteral("/public/indicators")));
    QCOMPARE(open.status, 200);
    const HttpReply staff = m_staff->get(m_server->url(QStringLiteral("/api/v1/indicators")));
    QCOMPARE(open.json().value(QLatin1String("period")),
             staff.json().value(QLatin1String("period")));
    // The same figures, without what only staff see.
    for (const QJsonValue &entry : open.json().value(QLatin1String("indicators")).toArray()) {
        const QJsonObject published = entry.toObject();
        const QJsonObject full =
            indicator(staff.json(), published.value(QLatin1String("id")).toString());
        for (auto it = published.begin(); it != published.end(); ++it)
            QCOMPARE(it.value(), full.value(it.key()));
    }
    QVERIFY(!open.body.contains("comment"));
}

void StaffApiTest::invalidPeriodOrRuleIs400()
{
    const HttpReply period =
        m_staff->get(m_server->url(QStringLiteral("/api/v1/indicators?period=2026-Q5")));
    QCOMPARE(period.status, 400);
    QCOMPARE(period.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid-period"));
    const HttpReply rule =
        m_staff->get(m_server->url(QStringLiteral("/public/indicators?rule=lunar")));
    QCOMPARE(rule.status, 400);
    QCOMPARE(rule.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid-rule"));
}

void StaffApiTest::dailySummaryCountsToday()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date();
    const Period day = Period::range(today, today);
    qint64 n = 0, satisfied = 0;
    for (const SentRating &sent : std::as_const(m_sent)) {
        if (day.contains(sent.createdAt)) {
            ++n;
            satisfied += sent.overall >= 4 ? 1 : 0;
        }
    }
    const HttpReply reply = m_staff->get(
        m_server->url(QStringLiteral("/api/v1/daily?date=") + today.toString(Qt::ISODate)));
    QCOMPARE(reply.status, 200);
    const QJsonObject daily = reply.json();
    QCOMPARE(daily.value(QLatin1String("n")).toInteger(), n);
    QCOMPARE(daily.value(QLatin1String("satisfied")).toInteger(), satisfied);
    QCOMPARE(daily.value(QLatin1String("hourly")).toArray().size(), 24);
    qint64 hourlyTotal = 0;
    for (const QJsonValue &hour : daily.value(QLatin1String("hourly")).toArray())
        hourlyTotal += hour.toObject().value(QLatin1String("n")).toInteger();
    QCOMPARE(hourlyTotal, n);
    QCOMPARE(daily.value(QLatin1String("by_unit")).toArray().isEmpty(), n == 0);
    QCOMPARE(QDate::fromString(daily.value(QLatin1String("date")).toString(), Qt::ISODate), today);
    QCOMPARE(m_staff->get(m_server->url(QStringLiteral("/api/v1/daily?date=hôm-nay"))).status, 400);
}

void StaffApiTest::kioskListShowsOutboxAndSequence()
{
    const HttpReply reply = m_staff->get(m_server->url(QStringLiteral("/api/v1/kiosks")));
    QCOMPARE(reply.status, 200);
    const QJsonArray kiosks = reply.json().value(QLatin1String("kiosks")).toArray();
    QCOMPARE(kiosks.size(), 3);
    for (const QJsonValue &entry : kiosks) {
        const QJsonObject kiosk = entry.toObject();
        QVERIFY(kiosk.value(QLatin1String("online")).toBool());
        if (kiosk.value(QLatin1String("id")).toString() != QLatin1String("k-admin"))
            continue;
        QCOMPARE(kiosk.value(QLatin1String("unit_name")).toString(),
                 QStringLiteral("UBND xã Hài Lòng"));
        QCOMPARE(kiosk.value(QLatin1String("counter")).toString(), QStringLiteral("quay-1"));
        QCOMPARE(kiosk.value(QLatin1String("queued")).toInt(), 7);
        QCOMPARE(kiosk.value(QLatin1String("last_seq")).toInteger(), 39);
        // seq 1..40 went to three kiosks: the admin kiosk's numbers have holes.
        QVERIFY(kiosk.value(QLatin1String("seq_gaps")).toInteger() > 0);
    }
}

void StaffApiTest::promptReachesTheCountersKiosk()
{
    QNetworkAccessManager network;
    QNetworkRequest poll(m_server->url(QStringLiteral("/api/v1/kiosk/prompt?wait=20")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server->caPath()));
    poll.setSslConfiguration(tls);
    poll.setRawHeader("Authorization", "Bearer " + m_adminToken.toLatin1());
    QNetworkReply *waiting = network.get(poll);
    QSignalSpy finished(waiting, &QNetworkReply::finished);
    // Let the poll reach the server before the prompt is queued.
    QTest::qWait(500);
    const HttpReply queued =
        m_staff->postJson(m_server->url(QStringLiteral("/api/v1/counters/quay-1/prompt")),
                          {{QStringLiteral("dossier"), QStringLiteral("HS-42")},
                           {QStringLiteral("field"), QStringLiteral("ho-tich")},
                           {QStringLiteral("staff"), QStringLiteral("cb-1")}},
                          csrf());
    QCOMPARE(queued.status, 202);
    QCOMPARE(queued.json().value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QVERIFY(finished.count() == 1 || finished.wait(30'000));
    QCOMPARE(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject prompt = QJsonDocument::fromJson(waiting->readAll()).object();
    QCOMPARE(prompt.value(QLatin1String("dossier")).toString(), QStringLiteral("HS-42"));
    QCOMPARE(prompt.value(QLatin1String("field")).toString(), QStringLiteral("ho-tich"));
    QCOMPARE(prompt.value(QLatin1String("counter")).toString(), QStringLiteral("quay-1"));
    QVERIFY(!prompt.value(QLatin1String("prompted_at")).toString().isEmpty());
    waiting->deleteLater();

    // Nothing pending: the wait runs out with 204.
    TlsClient kiosk(m_server->caPath());
    QCOMPARE(kiosk
                 .get(m_server->url(QStringLiteral("/api/v1/kiosk/prompt?wait=1")),
                      TlsClient::bearer(m_adminToken))
                 .status,
             204);
}

void StaffApiTest::promptForUnknownCounterIs404()
{
    const HttpReply reply =
        m_staff->postJson(m_server->url(QStringLiteral("/api/v1/counters/quay-99/prompt")),
                          {{QStringLiteral("dossier"), QStringLiteral("HS-1")}}, csrf());
    QCOMPARE(reply.status, 404);
    QVERIFY(!reply.json().value(QLatin1String("error")).toString().isEmpty());
}

void StaffApiTest::promptRefusesADossierCodeLongerThanADossierHas()
{
    const QUrl route = m_server->url(QStringLiteral("/api/v1/counters/quay-1/prompt"));
    const HttpReply tooLong = m_staff->postJson(
        route, {{QStringLiteral("dossier"), QString(65, QLatin1Char('7'))}}, csrf());
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.json().value(QLatin1String("error")).toString(),
             QStringLiteral("text-too-long"));
    const HttpReply longest = m_staff->postJson(
        route, {{QStringLiteral("dossier"), QString(64, QLatin1Char('7'))}}, csrf());
    QCOMPARE(longest.status, 202);
}

void StaffApiTest::viewerCannotPrompt()
{
    QVERIFY(m_server->addUser(QStringLiteral("viewer2"), QStringLiteral("viewer"),
                              QStringLiteral("chi-xem-456")));
    TlsClient viewer(m_server->caPath());
    const auto viewerCsrf = logIn(viewer, QStringLiteral("viewer2"), QStringLiteral("chi-xem-456"));
    QVERIFY(!viewerCsrf.isEmpty());
    const HttpReply reply = viewer.postJson(
        m_server->url(QStringLiteral("/api/v1/counters/quay-1/prompt")), {}, viewerCsrf);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
}

void StaffApiTest::exportWritesIndicators()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date();
    const Period quarter = Period::containing(today, Period::Kind::Quarter, PeriodRule::Nd09);
    const QJsonObject exportedReport =
        QJsonDocument::fromJson(exported(quarter, QStringLiteral("json"))).object();
    QVERIFY(!exportedReport.isEmpty());
    const HttpReply live =
        m_staff->get(m_server->url(QStringLiteral("/api/v1/indicators?period=") + quarter.name()));
    QCOMPARE(withoutComparisons(exportedReport.value(QLatin1String("indicators"))),
             live.json().value(QLatin1String("indicators")));

    const QByteArray content = exported(quarter, QStringLiteral("csv"));
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    // The appendix table: one numbered row per indicator, named as the plan words it.
    for (const IndicatorDefinition &definition : IndicatorDefinition::defaults())
        QVERIFY(QString::fromUtf8(content).contains(definition.name.vi));
}

void StaffApiTest::adminCommandsRefuseBadInput()
{
    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k9"),
                            QStringLiteral("--unit"), QStringLiteral("khong-co")}),
             2);
    QCOMPARE(m_server->run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("ubnd"),
                            QStringLiteral("--kind"), QStringLiteral("admin"),
                            QStringLiteral("--name"), QStringLiteral("x")}),
             2);
    QCOMPARE(m_server->run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("u2"),
                            QStringLiteral("--kind"), QStringLiteral("police"),
                            QStringLiteral("--name"), QStringLiteral("x")}),
             2);
    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                            QStringLiteral("--role"), QStringLiteral("root")},
                           "pw\n"),
             2);
    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"),
                            QStringLiteral("--role"), QStringLiteral("viewer")},
                           "pw\n"),
             2);
    QCOMPARE(m_server->run(
                 {QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("mysql://db/x")}),
             2);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("unknown database URL")));
    QCOMPARE(m_server->run({QStringLiteral("serve"), QStringLiteral("--db"),
                            QStringLiteral("postgresql://db/x?colour=blue")}),
             2);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("unknown parameter")));
}

// A manager closes the quarter; ratings dated in it that arrive later change nothing of its
// figures, in the API and the export, and are counted apart; an admin reopens it.
void StaffApiTest::closedPeriodKeepsItsFiguresAndCountsLateOnes()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date();
    const Period quarter = Period::containing(today, Period::Kind::Quarter, PeriodRule::Nd09);
    const QUrl indicators =
        m_server->url(QStringLiteral("/api/v1/indicators?period=%1&rule=nd09").arg(quarter.name()));
    const QUrl closing =
        m_server->url(QStringLiteral("/api/v1/periods/%1/close?rule=nd09").arg(quarter.name()));
    const HttpReply open = m_staff->get(indicators);
    QCOMPARE(open.status, 200);
    QVERIFY(open.json().value(QLatin1String("closed")).isNull());
    QVERIFY(open.json().value(QLatin1String("late")).isNull());
    const QJsonValue openFigures = open.json().value(QLatin1String("indicators"));
    const QUrl chart = m_server->url(
        QStringLiteral("/api/v1/charts/indicators.svg?period=%1&rule=nd09").arg(quarter.name()));
    const QByteArray openChart = m_staff->get(chart).body;
    QVERIFY(openChart.contains("<svg"));
    const QUrl trend =
        m_server->url(QStringLiteral("/api/v1/trend?period=%1&rule=nd09").arg(quarter.name()));
    const QUrl ranking = m_server->url(
        QStringLiteral("/api/v1/ranking?period=%1&rule=nd09&by=counter").arg(quarter.name()));
    const QJsonObject openReport =
        QJsonDocument::fromJson(exported(quarter, QStringLiteral("json"))).object();
    QVERIFY(!openReport.value(QLatin1String("by_unit")).toArray().isEmpty());
    const QJsonObject openTrend = m_staff->get(trend).json();
    const QJsonObject openRanking = m_staff->get(ranking).json();
    QVERIFY(!openRanking.value(QLatin1String("rows")).toArray().isEmpty());

    const HttpReply closed = m_staff->post(closing, {}, csrf());
    QCOMPARE(closed.status, 200);
    const QJsonObject closedBy = closed.json().value(QLatin1String("closed")).toObject();
    QCOMPARE(closedBy.value(QLatin1String("by")).toString(), QStringLiteral("lan"));
    QCOMPARE(closed.json().value(QLatin1String("period")).toObject().value(QLatin1String("name")),
             QJsonValue(quarter.name()));
    const HttpReply again = m_staff->post(closing, {}, csrf());
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QLatin1String("error")).toString(),
             QStringLiteral("already-closed"));

    // Late arrivals: dated today, inside the closed quarter, received after its closing.
    TlsClient kiosk(m_server->caPath());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject lateComplaint =
        TestRatings::rating(TestRatings::newId(), now.addSecs(-100), 103, 2);
    const QString lateComment = QStringLiteral("Phiếu gửi muộn");
    lateComplaint.insert(QStringLiteral("comment"), lateComment);
    const QJsonArray late{TestRatings::rating(TestRatings::newId(), now.addSecs(-300), 101, 5),
                          TestRatings::rating(TestRatings::newId(), now.addSecs(-200), 102, 5),
                          lateComplaint};
    QCOMPARE(kiosk
                 .postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(late), TlsClient::bearer(m_adminToken))
                 .status,
             200);
    const QJsonObject asClosed = m_staff->get(indicators).json();
    QCOMPARE(asClosed.value(QLatin1String("indicators")), openFigures);
    QCOMPARE(asClosed.value(QLatin1String("closed")).toObject(), closedBy);
    QCOMPARE(m_staff->get(chart).body, openChart);
    QCOMPARE(m_staff->get(trend).json(), openTrend);
    QCOMPARE(m_staff->get(ranking).json(), openRanking);
    const QJsonObject lateFigures = asClosed.value(QLatin1String("late")).toObject();
    QCOMPARE(lateFigures.value(QLatin1String("n")).toInteger(), 3);
    QCOMPARE(lateFigures.value(QLatin1String("satisfied")).toInteger(), 2);
    QCOMPARE(lateFigures.value(QLatin1String("rate")).toDouble(), 200.0 / 3.0);
    // Every export goes by the same figures.
    const QJsonObject exportedReport =
        QJsonDocument::fromJson(exported(quarter, QStringLiteral("json"))).object();
    QCOMPARE(withoutComparisons(exportedReport.value(QLatin1String("indicators"))), openFigures);
    QCOMPARE(exportedReport.value(QLatin1String("closed")).toObject(), closedBy);
    QCOMPARE(exportedReport.value(QLatin1String("late")).toObject(), lateFigures);
    QCOMPARE(exportedReport.value(QLatin1String("by_unit")),
             openReport.value(QLatin1String("by_unit")));
    QCOMPARE(exportedReport.value(QLatin1String("by_field")),
             openReport.value(QLatin1String("by_field")));
    QCOMPARE(exportedReport.value(QLatin1String("comments")),
             openReport.value(QLatin1String("comments")));
    const QString csvText = QString::fromUtf8(exported(quarter, QStringLiteral("csv")));
    QVERIFY2(csvText.contains(QStringLiteral(", người chốt: lan.")), qPrintable(csvText));
    QVERIFY2(csvText.contains(QStringLiteral("Phiếu đến sau khi chốt (không tính vào kết quả "
                                             "trên): 3 phiếu, 2 phiếu hài lòng, tỷ lệ 66,6 %.")),
             qPrintable(csvText));

    // A viewer may not close, a manager may not reopen; an admin reopens to the live figures.
    TlsClient viewer(m_server->caPath());
    const auto viewerCsrf = logIn(viewer, QStringLiteral("viewer2"), QStringLiteral("chi-xem-456"));
    QVERIFY(!viewerCsrf.isEmpty());
    const QUrl otherRule =
        m_server->url(QStringLiteral("/api/v1/periods/%1/close?rule=calendar").arg(quarter.name()));
    QCOMPARE(viewer.post(otherRule, {}, viewerCsrf).status, 403);
    QCOMPARE(m_staff->del(closing, csrf()).status, 403);
    TlsClient admin(m_server->caPath());
    const auto adminCsrf = logIn(admin, QStringLiteral("admin"), m_server->adminPassword());
    QVERIFY(!adminCsrf.isEmpty());
    QCOMPARE(admin.del(closing, adminCsrf).status, 204);
    QCOMPARE(admin.del(closing, adminCsrf).status, 404);
    // Both changes audited, newest first.
    const QStringList audited = m_server->auditedActions(admin, QStringLiteral("period-"), 20);
    QCOMPARE(audited,
             QStringList({QStringLiteral("period-reopen admin %1 nd09").arg(quarter.name()),
                          QStringLiteral("period-close lan %1 nd09").arg(quarter.name())}));
    const QJsonObject reopened = m_staff->get(indicators).json();
    QVERIFY(reopened.value(QLatin1String("closed")).isNull());
    QVERIFY(reopened.value(QLatin1String("late")).isNull());
    const QString overall = QStringLiteral("admin-service");
    QCOMPARE(indicator(reopened, overall).value(QLatin1String("n")).toInteger(),
             indicator(asClosed, overall).value(QLatin1String("n")).toInteger() + 3);
    QVERIFY(m_staff->get(ranking).json() != openRanking);
    QVERIFY(QString::fromUtf8(exported(quarter, QStringLiteral("json"))).contains(lateComment));
}

QTEST_GUILESS_MAIN(StaffApiTest)
#include "tst_staff_api.moc"
