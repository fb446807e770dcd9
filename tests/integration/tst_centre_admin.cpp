// With several centres in one database, a centre's admin changes only their own centre: staff
// accounts, units, kiosks and the staff register of another centre (or a province-wide account)
// answer 403 forbidden-centre and stay as they were, and the admin lists show only their own.
// Counters are named within a centre ("1" in each), so a prompt reaches the kiosk at that
// counter of the prompting centre only; a dossier's rating link is its centre's; and what the
// reports print (centre.json) is the province's to change.
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace hailong::testing;

namespace {
const QString password = QStringLiteral("mat-khau-du-dai");
const QString otherPassword = QStringLiteral("mat-khau-moi-du-dai");
} // namespace

class CentreAdminTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void foreignRowsAreRefused_data();
    void foreignRowsAreRefused();
    void nothingForeignChanged();
    void ownCentreIsManaged();
    void listsShowOwnCentre();
    void provinceAdminManagesEveryCentre();
    void promptsStayInTheirCentre();
    void reportSettingsAreTheProvinces();
    void ratingLinksStayInTheirCentre();
    void cleanupTestCase();

private:
    TlsClient &client(const QString &user);
    QList<QPair<QByteArray, QByteArray>> csrf(const QString &user);
    QStringList names(const QString &user, const QString &path, const QString &list);
    HttpReply poll(const QString &token);

    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<TlsClient>> m_clients;
    std::map<QString, QByteArray> m_csrf;
    QString m_tokenA;
    QString m_tokenB;
    QString m_integrationA; // a one-stop system of the centre `main`
};

void CentreAdminTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QCOMPARE(m_server->run({QStringLiteral("centre"), QStringLiteral("add"), QStringLiteral("xa-b"),
                            QStringLiteral("--name"), QStringLiteral("Xã B")}),
             0);
    for (const auto &[unit, centre] : {std::pair{QStringLiteral("ubnd-a"), QStringLiteral("main")},
                                       std::pair{QStringLiteral("ubnd-b"), QStringLiteral("xa-b")}})
        QCOMPARE(m_server->run({QStringLiteral("unit"), QStringLiteral("add"), unit,
                                QStringLiteral("--kind"), QStringLiteral("admin"),
                                QStringLiteral("--name"), QStringLiteral("UBND ") + unit,
                                QStringLiteral("--centre"), centre}),
                 0);
    m_tokenA =
        m_server->addKiosk(QStringLiteral("k-a"), QStringLiteral("ubnd-a"), QStringLiteral("1"));
    m_tokenB =
        m_server->addKiosk(QStringLiteral("k-b"), QStringLiteral("ubnd-b"), QStringLiteral("1"));
    QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
    QCOMPARE(m_server->run({QStringLiteral("integration"), QStringLiteral("add"),
                            QStringLiteral("mot-cua-a"), QStringLiteral("--centre"),
                            QStringLiteral("main")}),
             0);
    m_integrationA =
        m_server->lastOutput().section(QStringLiteral("token: "), 1).section(u'\n', 0, 0).trimmed();
    QVERIFY(!m_integrationA.isEmpty());
    for (const QStringList &user :
         {QStringList{QStringLiteral("quan-tri-b"), QStringLiteral("--centre"),
                      QStringLiteral("xa-b"), QStringLiteral("--role"), QStringLiteral("admin")},
          QStringList{QStringLiteral("quan-ly-a"), QStringLiteral("--centre"),
                      QStringLiteral("main"), QStringLiteral("--role"), QStringLiteral("manager")},
          QStringList{QStringLiteral("quan-ly-b"), QStringLiteral("--centre"),
                      QStringLiteral("xa-b"), QStringLiteral("--role"), QStringLiteral("manager")},
          QStringList{QStringLiteral("tinh"), QStringLiteral("--province"),
                      QStringLiteral("--role"), QStringLiteral("admin")}})
        QCOMPARE(m_server->run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + user,
                               password.toUtf8() + '\n'),
                 0);
    QVERIFY(m_server->start());
}

void CentreAdminTest::cleanupTestCase()
{
    m_clients.clear();
    m_server.reset();
}

TlsClient &CentreAdminTest::client(const QString &user)
{
    std::unique_ptr<TlsClient> &found = m_clients[user];
    if (!found) {
        found = std::make_unique<TlsClient>(m_server->caPath());
        const HttpReply login = user == QLatin1String("admin")
                                    ? m_server->logInAdmin(*found)
                                    : m_server->logIn(*found, user, password);
        if (login.status != 200)
            qWarning() << "login failed" << user << login.status;
        m_csrf[user] = login.json().value(QLatin1String("csrf")).toString().toUtf8();
    }
    return *found;
}

QList<QPair<QByteArray, QByteArray>> CentreAdminTest::csrf(const QString &user)
{
    client(user);
    return {{QByteArrayLiteral("X-CSRF-Token"), m_csrf[user]}};
}

QStringList CentreAdminTest::names(const QString &user, const QString &path, const QString &list)
{
    QStringList found;
    const HttpReply reply = client(user).get(m_server->url(path));
    for (const QJsonValue &row : reply.json().value(list).toArray()) {
        const QJsonObject object = row.toObject();
        found << object
                     .value(object.contains(QLatin1String("id")) ? QLatin1String("id")
                                                                 : QLatin1String("name"))
                     .toString();
    }
    found.sort();
    return found;
}

HttpReply CentreAdminTest::poll(const QString &token)
{
    return TlsClient(m_server->caPath())
        .get(m_server->url(QStringLiteral("/api/v1/kiosk/prompt")), TlsClient::bearer(token));
}

void CentreAdminTest::foreignRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    const QJsonObject newPassword{{QStringLiteral("password"), otherPassword}};
    QTest::newRow("another centre's admin password")
        << QByteArray("POST") << "/api/v1/users/admin/password" << newPassword;
    QTest::newRow("a province admin's password")
        << QByteArray("POST") << "/api/v1/users/tinh/password" << newPassword;
    QTest::newRow("disable another centre's admin")
        << QByteArray("POST") << "/api/v1/users/admin/disable" << QJsonObject{};
    QTest::newRow("disable a province admin")
        << QByteArray("POST") << "/api/v1/users/tinh/disable" << QJsonObject{};
    QTest::newRow("enable another centre's manager")
        << QByteArray("POST") << "/api/v1/users/quan-ly-a/enable" << QJsonObject{};
    QTest::newRow("rename another centre's unit")
        << QByteArray("PATCH") << "/api/v1/units/ubnd-a"
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("Đổi tên")}};
    QTest::newRow("remove another centre's unit")
        << QByteArray("DELETE") << "/api/v1/units/ubnd-a" << QJsonObject{};
    QTest::newRow("enrol a kiosk in another centre's unit")
        << QByteArray("POST") << "/api/v1/kiosks"
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("k-lan")},
                       {QStringLiteral("unit"), QStringLiteral("ubnd-a")},
                       {QStringLiteral("counter"), QStringLiteral("2")}};
    QTest::newRow("revoke another centre's kiosk")
        << QByteArray("POST") << "/api/v1/kiosks/k-a/revoke" << QJsonObject{};
    QTest::newRow("register staff at another centre's unit")
        << QByteArray("POST") << "/api/v1/staff"
        << QJsonObject{{QStringLiteral("code"), QStringLiteral("NV-LAN")},
                       {QStringLiteral("name"), QStringLiteral("Nguyễn Văn Lấn")},
                       {QStringLiteral("unit"), QStringLiteral("ubnd-a")},
                       {QStringLiteral("counter"), QStringLiteral("1")}};
}

void CentreAdminTest::foreignRowsAreRefused()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    TlsClient &admin = client(QStringLiteral("quan-tri-b"));
    const QUrl url = m_server->url(path);
    const HttpReply reply = verb == "PATCH"    ? admin.patchJson(url, body, csrf("quan-tri-b"))
                            : verb == "DELETE" ? admin.del(url, csrf("quan-tri-b"))
                                               : admin.postJson(url, body, csrf("quan-tri-b"));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
             QStringLiteral("forbidden-centre"));
}

void CentreAdminTest::nothingForeignChanged()
{
    TlsClient fresh(m_server->caPath());
    QCOMPARE(m_server->logInAdmin(fresh).status, 200);
    TlsClient province(m_server->caPath());
    QCOMPARE(m_server->logIn(province, QStringLiteral("tinh"), password).status, 200);
    QCOMPARE(
        names(QStringLiteral("admin"), QStringLiteral("/api/v1/units"), QStringLiteral("units")),
        QStringList{QStringLiteral("ubnd-a")});
    const HttpReply units = client(QStringLiteral("admin")).get(m_server->url("/api/v1/units"));
    QCOMPARE(units.json()
                 .value(QLatin1String("units"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("UBND ubnd-a"));
    const HttpReply kiosks = client(QStringLiteral("admin")).get(m_server->url("/api/v1/kiosks"));
    QCOMPARE(kiosks.status, 200);
    const QJsonArray list = kiosks.json().value(QLatin1String("kiosks")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("revoked")).toBool(), false);
    QCOMPARE(poll(m_tokenA).status, 204); // the kiosk still answers to its token
    const HttpReply staff =
        client(QStringLiteral("admin")).get(m_server->url("/api/v1/staff?all=1"));
    QVERIFY2(!staff.body.contains("NV-LAN"), staff.body.constData());
}

void CentreAdminTest::ownCentreIsManaged()
{
    const HttpReply renamed =
        client(QStringLiteral("quan-tri-b"))
            .patchJson(m_server->url("/api/v1/units/ubnd-b"),
                       {{QStringLiteral("name"), QStringLiteral("UBND xã B")}}, csrf("quan-tri-b"));
    QCOMPARE(renamed.status, 200);
    const HttpReply enrolled = client(QStringLiteral("quan-tri-b"))
                                   .postJson(m_server->url("/api/v1/kiosks"),
                                             {{QStringLiteral("id"), QStringLiteral("k-b2")},
                                              {QStringLiteral("unit"), QStringLiteral("ubnd-b")},
                                              {QStringLiteral("counter"), QStringLiteral("2")}},
                                             csrf("quan-tri-b"));
    QCOMPARE(enrolled.status, 201);
    const HttpReply reset =
        client(QStringLiteral("quan-tri-b"))
            .postJson(m_server->url("/api/v1/users/quan-ly-b/password"),
                      {{QStringLiteral("password"), password}}, csrf("quan-tri-b"));
    QCOMPARE(reset.status, 200);
}

void CentreAdminTest::listsShowOwnCentre()
{
    QCOMPARE(names(QStringLiteral("quan-tri-b"), QStringLiteral("/api/v1/units"),
                   QStringLiteral("units")),
             QStringList{QStringLiteral("ubnd-b")});
    QCOMPARE(names(QStringLiteral("quan-tri-b"), QStringLiteral("/api/v1/users"),
                   QStringLiteral("users")),
             (QStringList{QStringLiteral("quan-ly-b"), QStringLiteral("quan-tri-b")}));
    QCOMPARE(
        names(QStringLiteral("tinh"), QStringLiteral("/api/v1/units"), QStringLiteral("units")),
        (QStringList{QStringLiteral("ubnd-a"), QStringLiteral("ubnd-b")}));
    QCOMPARE(
        names(QStringLiteral("tinh"), QStringLiteral("/api/v1/users"), QStringLiteral("users")),
        (QStringList{QStringLiteral("admin"), QStringLiteral("quan-ly-a"),
                     QStringLiteral("quan-ly-b"), QStringLiteral("quan-tri-b"),
                     QStringLiteral("tinh")}));
}

void CentreAdminTest::provinceAdminManagesEveryCentre()
{
    const HttpReply disabled =
        client(QStringLiteral("tinh"))
            .postJson(m_server->url("/api/v1/users/quan-ly-a/disable"), {}, csrf("tinh"));
    QCOMPARE(disabled.status, 200);
    const HttpReply enabled =
        client(QStringLiteral("tinh"))
            .postJson(m_server->url("/api/v1/users/quan-ly-a/enable"), {}, csrf("tinh"));
    QCOMPARE(enabled.status, 200);
    const HttpReply renamed =
        client(QStringLiteral("tinh"))
            .patchJson(m_server->url("/api/v1/units/ubnd-a"),
                       {{QStringLiteral("name"), QStringLiteral("UBND xã A")}}, csrf("tinh"));
    QCOMPARE(renamed.status, 200);
}

void CentreAdminTest::promptsStayInTheirCentre()
{
    const auto prompt = [this](const QString &user, const QString &query, const QString &dossier) {
        return client(user).postJson(
            m_server->url(QStringLiteral("/api/v1/counters/1/prompt") + query),
            {{QStringLiteral("dossier"), dossier}}, csrf(user));
    };
    QCOMPARE(prompt(QStringLiteral("quan-ly-a"), QString(), QStringLiteral("HS-A")).status, 202);
    QCOMPARE(poll(m_tokenB).status, 204);
    HttpReply received = poll(m_tokenA);
    QCOMPARE(received.status, 200);
    QCOMPARE(received.json().value(QLatin1String("dossier")).toString(), QStringLiteral("HS-A"));

    const HttpReply foreign =
        prompt(QStringLiteral("quan-ly-b"), QStringLiteral("?centre=main"), QStringLiteral("HS-X"));
    QCOMPARE(foreign.status, 403);
    QCOMPARE(poll(m_tokenA).status, 204);

    const HttpReply unnamed = prompt(QStringLiteral("tinh"), QString(), QStringLiteral("HS-T"));
    QCOMPARE(unnamed.status, 400);
    QCOMPARE(unnamed.json().value(QLatin1String("error")).toString(),
             QStringLiteral("centre-required"));
    QCOMPARE(prompt(QStringLiteral("tinh"), QStringLiteral("?centre=xa-b"), QStringLiteral("HS-B"))
                 .status,
             202);
    QCOMPARE(poll(m_tokenA).status, 204);
    received = poll(m_tokenB);
    QCOMPARE(received.status, 200);
    QCOMPARE(received.json().value(QLatin1String("dossier")).toString(), QStringLiteral("HS-B"));
}

void CentreAdminTest::reportSettingsAreTheProvinces()
{
    const QUrl settings = m_server->url(QStringLiteral("/api/v1/settings/report"));
    const QJsonObject signer{{QStringLiteral("signer_name"), QStringLiteral("Trần Văn Lấn")}};
    const HttpReply refused =
        client(QStringLiteral("quan-tri-b")).putJson(settings, signer, csrf("quan-tri-b"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("forbidden-centre"));
    QVERIFY(!client(QStringLiteral("tinh")).get(settings).body.contains("Lấn"));
    const QJsonObject province{{QStringLiteral("signer_name"), QStringLiteral("Lê Thị Tỉnh")}};
    QCOMPARE(client(QStringLiteral("tinh")).putJson(settings, province, csrf("tinh")).status, 200);
    QVERIFY(client(QStringLiteral("tinh")).get(settings).body.contains("Lê Thị Tỉnh"));
}

void CentreAdminTest::ratingLinksStayInTheirCentre()
{
    const QString day =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    const QJsonObject dossier{{QStringLiteral("code"), QStringLiteral("HS-A-7")},
                              {QStringLiteral("unit"), QStringLiteral("ubnd-a")},
                              {QStringLiteral("field"), QStringLiteral("ho-tich")},
                              {QStringLiteral("channel"), QStringLiteral("counter")},
                              {QStringLiteral("received_at"), day + QStringLiteral(" 07:00")},
                              {QStringLiteral("due_at"), day + QStringLiteral(" 23:00")},
                              {QStringLiteral("returned_at"), day + QStringLiteral(" 07:30")}};
    TlsClient system(m_server->caPath());
    QCOMPARE(system
                 .postJson(m_server->url(QStringLiteral("/api/v1/dossiers")),
                           {{QStringLiteral("dossiers"), QJsonArray{dossier}}},
                           TlsClient::bearer(m_integrationA))
                 .status,
             200);
    const QUrl link = m_server->url(QStringLiteral("/api/v1/dossiers/HS-A-7/rating-link"));
    const HttpReply own = client(QStringLiteral("quan-ly-a")).get(link);
    QCOMPARE(own.status, 200);
    QVERIFY(
        own.json().value(QLatin1String("rating_url")).toString().contains(QLatin1String("/r/")));
    QCOMPARE(client(QStringLiteral("tinh")).get(link).status, 200);
    const HttpReply foreign = client(QStringLiteral("quan-ly-b")).get(link);
    QCOMPARE(foreign.status, 404);
    QVERIFY(!foreign.body.contains("/r/"));
}

QTEST_GUILESS_MAIN(CentreAdminTest)
#include "tst_centre_admin.moc"
