// Enrolling a kiosk: `kiosk add` and the dashboard give the one-line enrol command with the
// CA's fingerprint, /ca.pem serves exactly that CA without auth, the printed token works, and
// revoking the kiosk stops it at once.
#include "TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>
#include <QXmlStreamReader>

using namespace hailong::testing;

class EnrolmentTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void kioskAddPrintsTokenAndEnrolLine();
    void enrolLineUsesPublicUrlFromCentreFile();
    void caIsServedWithoutAuthAndMatchesFingerprint();
    void printedTokenWorksUntilRevoked();
    void dashboardEnrolmentGivesCommandAndQrCode();

private:
    QString caSha256() const;
    QString enrolLine() const;
    int postOneRating(const QString &token);

    std::unique_ptr<TestServer> m_server;
};

QString EnrolmentTest::caSha256() const
{
    QFile ca(m_server->caPath());
    if (!ca.open(QIODevice::ReadOnly))
        return {};
    // The DER form's digest, as `openssl x509 -fingerprint -sha256` computes it.
    return QString::fromLatin1(
        QSslCertificate(ca.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256).toHex());
}

QString EnrolmentTest::enrolLine() const
{
    return QRegularExpression(QStringLiteral("^enrol: (.+)$"), QRegularExpression::MultilineOption)
        .match(m_server->lastOutput())
        .captured(1);
}

int EnrolmentTest::postOneRating(const QString &token)
{
    TlsClient kiosk(m_server->caPath());
    const HttpReply reply = kiosk.postJson(
        m_server->url(QStringLiteral("/api/v1/ratings")),
        TestRatings::batch(
            {TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1, 5)}),
        TlsClient::bearer(token));
    return reply.status;
}

void EnrolmentTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
}

void EnrolmentTest::cleanupTestCase()
{
    m_server->stop();
}

void EnrolmentTest::kioskAddPrintsTokenAndEnrolLine()
{
    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k-1"),
                            QStringLiteral("--unit"), QStringLiteral("ubnd"),
                            QStringLiteral("--server-url"),
                            QStringLiteral("https://hailong.xa.local:9443")}),
             0);
    const QString token =
        QRegularExpression(QStringLiteral("^token: (\\S+)$"), QRegularExpression::MultilineOption)
            .match(m_server->lastOutput())
            .captured(1);
    QVERIFY(!token.isEmpty());
    QCOMPARE(enrolLine(),
             QStringLiteral("sudo hailong-kiosk-enrol --server https://hailong.xa.local:9443 "
                            "--token %1 --ca-sha256 %2")
                 .arg(token, caSha256()));
}

void EnrolmentTest::enrolLineUsesPublicUrlFromCentreFile()
{
    QFile centre(m_server->dataDir() + QStringLiteral("/centre.json"));
    QVERIFY(centre.open(QIODevice::WriteOnly | QIODevice::Truncate));
    centre.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Xã Thử")},
                                           {QStringLiteral("public_url"),
                                            QStringLiteral("https://trungtam.example:8443/")}})
                     .toJson());
    centre.close();
    const QString token = m_server->addKiosk(QStringLiteral("k-2"), QStringLiteral("ubnd"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(enrolLine(),
             QStringLiteral("sudo hailong-kiosk-enrol --server https://trungtam.example:8443 "
                            "--token %1 --ca-sha256 %2")
                 .arg(token, caSha256()));
    // A URL a kiosk could not use is refused before anything is stored.
    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k-x"),
                            QStringLiteral("--unit"), QStringLiteral("ubnd"),
                            QStringLiteral("--server-url"), QStringLiteral("http://plain:80")}),
             2);
}

void EnrolmentTest::caIsServedWithoutAuthAndMatchesFingerprint()
{
    QVERIFY(m_server->start());
    TlsClient anyone(m_server->caPath());
    const HttpReply reply = anyone.get(m_server->url(QStringLiteral("/ca.pem")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/x-pem-file"));
    QVERIFY(!reply.body.contains("PRIVATE KEY"));
    const QList<QSslCertificate> served = QSslCertificate::fromData(reply.body, QSsl::Pem);
    QCOMPARE(served.size(), 1);
    QCOMPARE(QString::fromLatin1(served.first().digest(QCryptographicHash::Sha256).toHex()),
             caSha256());
}

void EnrolmentTest::printedTokenWorksUntilRevoked()
{
    const QString token = m_server->addKiosk(QStringLiteral("k-3"), QStringLiteral("ubnd"));
    QCOMPARE(postOneRating(token), 200);
    QCOMPARE(
        m_server->run({QStringLiteral("kiosk"), QStringLiteral("revoke"), QStringLiteral("k-3")}),
        0);
    QCOMPARE(postOneRating(token), 401);
}

void EnrolmentTest::dashboardEnrolmentGivesCommandAndQrCode()
{
    TlsClient admin(m_server->caPath());
    const HttpReply login =
        admin.postJson(m_server->url(QStringLiteral("/api/v1/session")),
                       {{QStringLiteral("user"), QStringLiteral("admin")},
                        {QStringLiteral("password"), m_server->adminPassword()}});
    QCOMPARE(login.status, 200);
    const QByteArray csrf = login.json().value(QLatin1String("csrf")).toString().toLatin1();
    const HttpReply enrolled =
        admin.postJson(m_server->url(QStringLiteral("/api/v1/kiosks")),
                       {{QStringLiteral("id"), QStringLiteral("k-4")},
                        {QStringLiteral("unit"), QStringLiteral("ubnd")},
                        {QStringLiteral("counter"), QStringLiteral("Quầy 4")}},
                       {{"X-CSRF-Token", csrf}});
    QCOMPARE(enrolled.status, 201);
    const QJsonObject body = enrolled.json();
    const QString token = body.value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(body.value(QLatin1String("enrol_command")).toString(),
             QStringLiteral("sudo hailong-kiosk-enrol --server https://trungtam.example:8443 "
                            "--token %1 --ca-sha256 %2")
                 .arg(token, caSha256()));
    // What the page needs to warn about a host name: the URL and what server.pem names,
    // without the loopback names no kiosk can use.
    QCOMPARE(body.value(QLatin1String("server_url")).toString(),
             QStringLiteral("https://trungtam.example:8443"));
    const QJsonArray addresses = body.value(QLatin1String("certificate_addresses")).toArray();
    QVERIFY(!addresses.isEmpty());
    for (const char *loopback : {"localhost", "127.0.0.1", "::1"})
        QVERIFY2(!addresses.contains(QLatin1String(loopback)), loopback);

    const QString svg = body.value(QLatin1String("enrol_qr_svg")).toString();
    QXmlStreamReader xml(svg);
    int modules = 0;
    bool isSvg = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        isSvg = isSvg || xml.name() == QLatin1String("svg");
        if (xml.name() == QLatin1String("path"))
            modules = int(xml.attributes().value(QLatin1String("d")).count(QLatin1Char('M')));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(isSvg);
    // A QR code of a line this long has hundreds of dark modules, not a blank square.
    QVERIFY(modules > 200);
    QCOMPARE(postOneRating(token), 200);
}

QTEST_GUILESS_MAIN(EnrolmentTest)
#include "tst_enrolment.moc"
