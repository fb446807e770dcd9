// Renewing the server certificate: same CA, so a kiosk pinning the CA keeps working after a
// restart; the served certificate is new; one expiring within 30 days raises an alert.
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QSslSocket>
#include <QTest>

using namespace hailong::testing;

namespace {
// The names a certificate is valid for, in a stable order.
QStringList altNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto entries = certificate.subjectAlternativeNames();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        names.append(QString::number(it.key()) + QLatin1Char(':') + it.value());
    names.sort();
    return names;
}
} // namespace

class CertificatesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void freshCertificateRaisesNoAlert();
    void renewedCertificateKeepsKiosksWorking();
    void certificateExpiringSoonRaisesWarning();
    void certificateExpiringWithinAWeekIsCritical();
    void renewRefusesBadDays();
    void renewAddsTheHostsKiosksReachTheServerBy();
    void renewRefusesAHostThatIsNoName();
    void initPutsTheGivenHostsInTheCertificate();

private:
    QSslCertificate servedCertificate(const QString &name = QStringLiteral("localhost"));
    QList<QJsonObject> certificateAlerts();
    QByteArray readFile(const QString &name) const;

    std::unique_ptr<TestServer> m_server;
    QString m_token;
};

QByteArray CertificatesTest::readFile(const QString &name) const
{
    QFile file(m_server->dataDir() + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a kiosk sees: a handshake that trusts only the centre's CA, to the server known by
// `name`. A null certificate when the handshake fails (the name is not in the certificate).
QSslCertificate CertificatesTest::servedCertificate(const QString &name)
{
    QSslSocket socket;
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_server->caPath()));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port(), name);
    if (!socket.waitForEncrypted(30'000))
        return QSslCertificate();
    return socket.peerCertificate();
}

QList<QJsonObject> CertificatesTest::certificateAlerts()
{
    TlsClient staff(m_server->caPath());
    staff.postJson(m_server->url(QStringLiteral("/api/v1/session")),
                   {{QStringLiteral("user"), QStringLiteral("admin")},
                    {QStringLiteral("password"), m_server->adminPassword()}});
    const HttpReply reply = staff.get(m_server->url(QStringLiteral("/api/v1/alerts")));
    QList<QJsonObject> found;
    for (const QJsonValue &alert : reply.json().value(QLatin1String("alerts")).toArray()) {
        if (alert.toObject().value(QLatin1String("kind")).toString() ==
            QLatin1String("certificate-expiry"))
            found.append(alert.toObject());
    }
    return found;
}

void CertificatesTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    m_token = m_server->addKiosk(QStringLiteral("k-1"), QStringLiteral("ubnd"));
    QVERIFY(!m_token.isEmpty());
    QVERIFY(m_server->start());
}

void CertificatesTest::cleanupTestCase()
{
    m_server->stop();
}

void CertificatesTest::freshCertificateRaisesNoAlert()
{
    QVERIFY(certificateAlerts().isEmpty());
}

void CertificatesTest::renewedCertificateKeepsKiosksWorking()
{
    const QSslCertificate before = servedCertificate();
    QVERIFY(!before.isNull());
    const QByteArray caBefore = readFile(QStringLiteral("ca.pem"));
    const QByteArray caKeyBefore = readFile(QStringLiteral("ca-key.pem"));
    const QByteArray keyBefore = readFile(QStringLiteral("server-key.pem"));

    m_server->stop();
    QCOMPARE(m_server->run({QStringLiteral("cert"), QStringLiteral("renew")}), 0);
    QCOMPARE(readFile(QStringLiteral("ca.pem")), caBefore);
    QCOMPARE(readFile(QStringLiteral("ca-key.pem")), caKeyBefore);
    QVERIFY(readFile(QStringLiteral("server-key.pem")) != keyBefore);
    QVERIFY(m_server->start());

    const QSslCertificate after = servedCertificate();
    QVERIFY(!after.isNull());
    QVERIFY(after.serialNumber() != before.serialNumber());
    QCOMPARE(after, QSslCertificate(readFile(QStringLiteral("server.pem")), QSsl::Pem));
    QCOMPARE(altNames(after), altNames(before));

    // The kiosk was not touched: same CA file, same token.
    TlsClient kiosk(m_server->caPath());
    const HttpReply reply = kiosk.postJson(
        m_server->url(QStringLiteral("/api/v1/ratings")),
        TestRatings::batch(
            {TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1, 4)}),
        TlsClient::bearer(m_token));
    QCOMPARE(reply.status, 200);
    QCOMPARE(TestRatings::firstStatus(reply.json()), QStringLiteral("accepted"));
    QVERIFY(certificateAlerts().isEmpty());
}

void CertificatesTest::certificateExpiringSoonRaisesWarning()
{
    m_server->stop();
    QCOMPARE(m_server->run({QStringLiteral("cert"), QStringLiteral("renew"),
                            QStringLiteral("--days"), QStringLiteral("10")}),
             0);
    QVERIFY(m_server->start());
    const QSslCertificate served = servedCertificate();
    QVERIFY(!served.isNull());

    const QList<QJsonObject> alerts = certificateAlerts();
    QCOMPARE(alerts.size(), 1);
    const QJsonObject alert = alerts.first();
    QCOMPARE(alert.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(alert.value(QLatin1String("certificate")).toString(), QStringLiteral("server"));
    const int daysLeft = alert.value(QLatin1String("days_left")).toInt(-1);
    QVERIFY2(daysLeft == 9 || daysLeft == 10, qPrintable(QString::number(daysLeft)));
    QCOMPARE(alert.value(QLatin1String("expires")).toString(),
             served.expiryDate().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate));
    QVERIFY(!alert.value(QLatin1String("since")).toString().isEmpty());
}

void CertificatesTest::certificateExpiringWithinAWeekIsCritical()
{
    m_server->stop();
    QCOMPARE(m_server->run({QStringLiteral("cert"), QStringLiteral("renew"),
                            QStringLiteral("--days"), QStringLiteral("3")}),
             0);
    QVERIFY(m_server->start());
    const QList<QJsonObject> alerts = certificateAlerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().value(QLatin1String("severity")).toString(),
             QStringLiteral("critical"));
}

void CertificatesTest::renewRefusesBadDays()
{
    const QByteArray before = readFile(QStringLiteral("server.pem"));
    QCOMPARE(m_server->run({QStringLiteral("cert"), QStringLiteral("renew"),
                            QStringLiteral("--days"), QStringLiteral("0")}),
             2);
    QCOMPARE(readFile(QStringLiteral("server.pem")), before);
}

// A kiosk that reaches the server by the centre's LAN address or local name: `cert renew
// --host` adds them, keeps every earlier name, and the kiosk's handshake by that name passes.
void CertificatesTest::renewAddsTheHostsKiosksReachTheServerBy()
{
    const QString lanName = QStringLiteral("may-chu.ubnd-xa.lan");
    QVERIFY(servedCertificate(lanName).isNull());
    const QStringList before = altNames(servedCertificate());

    m_server->stop();
    QCOMPARE(
        m_server->run({QStringLiteral("cert"), QStringLiteral("renew"), QStringLiteral("--host"),
                       QStringLiteral("192.0.2.10"), QStringLiteral("--host"), lanName}),
        0);
    QVERIFY(m_server->start());

    const QSslCertificate byName = servedCertificate(lanName);
    QVERIFY(!byName.isNull());
    const QStringList after = altNames(byName);
    for (const QString &name : before)
        QVERIFY2(after.contains(name), qPrintable(name));
    QVERIFY(after.contains(QString::number(QSsl::IpAddressEntry) + QStringLiteral(":192.0.2.10")));
    QVERIFY(after.contains(QString::number(QSsl::DnsEntry) + QLatin1Char(':') + lanName));
    QVERIFY(!servedCertificate().isNull());
}

void CertificatesTest::renewRefusesAHostThatIsNoName()
{
    const QByteArray before = readFile(QStringLiteral("server.pem"));
    for (const QString &bad : {QStringLiteral("máy chủ"), QStringLiteral("-lead.lan"),
                               QStringLiteral("a..b"), QStringLiteral("192.0.2.1/24")}) {
        QCOMPARE(m_server->run({QStringLiteral("cert"), QStringLiteral("renew"),
                                QStringLiteral("--host"), bad}),
                 2);
        QVERIFY2(m_server->lastOutput().contains(QLatin1String("--host")),
                 qPrintable(m_server->lastOutput()));
    }
    QCOMPARE(readFile(QStringLiteral("server.pem")), before);
}

void CertificatesTest::initPutsTheGivenHostsInTheCertificate()
{
    TestServer fresh(QStringLiteral(HAILONG_SERVER_BINARY));
    QCOMPARE(
        fresh.run({QStringLiteral("init"), QStringLiteral("--host"), QStringLiteral("10.20.30.40"),
                   QStringLiteral("--host"), QStringLiteral("hailong.xa.lan")}),
        0);
    QFile pem(fresh.dataDir() + QStringLiteral("/server.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QStringList names = altNames(QSslCertificate(pem.readAll(), QSsl::Pem));
    for (const QString &expected :
         {QString::number(QSsl::IpAddressEntry) + QStringLiteral(":10.20.30.40"),
          QString::number(QSsl::IpAddressEntry) + QStringLiteral(":127.0.0.1"),
          QString::number(QSsl::DnsEntry) + QStringLiteral(":hailong.xa.lan"),
          QString::number(QSsl::DnsEntry) + QStringLiteral(":localhost")})
        QVERIFY2(names.contains(expected), qPrintable(names.join(QLatin1Char(' '))));

    TestServer refused(QStringLiteral(HAILONG_SERVER_BINARY));
    QCOMPARE(refused.run({QStringLiteral("init"), QStringLiteral("--host"), QStringLiteral("a b")}),
             2);
    QVERIFY(!QFile::exists(refused.dataDir() + QStringLiteral("/server.pem")));
}

QTEST_GUILESS_MAIN(CertificatesTest)
#include "tst_certificates.moc"
