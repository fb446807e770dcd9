// Mutual TLS (serve --mutual-tls), against the real server binary over real TLS: a kiosk needs
// both its token and the client certificate `kiosk add --client-cert` issued it. Without a
// certificate, with another centre's, with another kiosk's, or after `kiosk revoke`, kiosk
// requests are refused with 401 client-certificate while /healthz and the staff dashboard stay
// open. The kiosk's own SyncClient drains its outbox with its certificate, and keeps every
// rating when it has none. Without --mutual-tls the server ignores client certificates.
#include "KioskOptions.h"
#include "RawHttpsClient.h"
#include "TappedRatings.h"
#include "TestServer.h"
#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/ServerEndpoint.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

namespace {
// Only to stop a hung server from hanging the suite; never a performance bound.
constexpr int givingUpMs = 60'000;

struct EnrolledKiosk
{
    QString id;
    QString token;
    QString certificateFile;
    QString keyFile;
};

// `kiosk add ID --unit ubnd --client-cert`, read back from what it prints.
EnrolledKiosk enrolWithCertificate(TestServer &server, const QString &id)
{
    EnrolledKiosk kiosk{id, {}, {}, {}};
    if (server.run({QStringLiteral("kiosk"), QStringLiteral("add"), id, QStringLiteral("--unit"),
                    QStringLiteral("ubnd"), QStringLiteral("--client-cert")}) != 0)
        return kiosk;
    const QString output = server.lastOutput();
    const auto line = [&output](const QString &name) {
        return QRegularExpression(QStringLiteral("^%1: (\\S+)$").arg(name),
                                  QRegularExpression::MultilineOption)
            .match(output)
            .captured(1);
    };
    kiosk.token = line(QStringLiteral("token"));
    kiosk.certificateFile = line(QStringLiteral("client-cert"));
    kiosk.keyFile = line(QStringLiteral("client-key"));
    return kiosk;
}

QSslKey readKey(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey)
               : QSslKey();
}

// One kept-alive HTTPS connection that pins the centre's CA and presents a client certificate
// (or none), so a test controls exactly which certificate goes with which token, and can send
// a second request on the same connection.
class KioskConnection
{
public:
    KioskConnection(const QString &caPath, quint16 port, const EnrolledKiosk *certificateOf)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(caPath));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (certificateOf) {
            tls.setLocalCertificate(
                QSslCertificate::fromPath(certificateOf->certificateFile).value(0));
            tls.setPrivateKey(readKey(certificateOf->keyFile));
        }
        m_socket.setSslConfiguration(tls);
        m_socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForEncrypted(givingUpMs);
    }

    bool isEncrypted() const { return m_socket.isEncrypted(); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    RawReply send(const QByteArray &method, const QByteArray &path, const QString &token,
                  const QByteArray &body = {}, const QString &secondToken = {})
    {
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const QString &bearer : {token, secondToken})
            if (!bearer.isEmpty())
                request += "Authorization: Bearer " + bearer.toLatin1() + "\r\n";
        if (!body.isEmpty())
            request += "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        return sendRaw(request);
    }

    // A request exactly as written.
    RawReply sendRaw(const QByteArray &request)
    {
        m_socket.write(request);

        RawReply reply;
        QByteArray received;
        const QDeadlineTimer deadline(givingUpMs);
        while (!deadline.hasExpired()) {
            received += m_socket.readAll();
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end >= 0) {
                reply.head = received.left(end);
                reply.body = received.mid(end + 4);
                const qint64 length = reply.header("content-length").toLongLong();
                if (reply.body.size() >= length) {
                    reply.status = reply.head.mid(9, 3).toInt();
                    return reply;
                }
            }
            if (!isConnected() && m_socket.bytesAvailable() == 0)
                break;
            m_socket.waitForReadyRead(1000);
        }
        return reply;
    }

private:
    QSslSocket m_socket;
};

QByteArray ratingBatch(qint64 seq)
{
    return QJsonDocument(TestRatings::batch(QJsonArray{TestRatings::rating(
                             TestRatings::newId(), QDateTime::currentDateTime(), seq, 5)}))
        .toJson(QJsonDocument::Compact);
}

} // namespace

class MutualTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void enrolmentIssuesAClientCertificate();
    void kioskWithItsCertificateDrainsItsOutbox();
    void kioskWithoutCertificateKeepsEveryRating();
    void requestsWithoutCertificateAreRefusedOnKioskRoutesOnly();
    void headReadOtherwiseCannotSkipTheCertificate_data();
    void headReadOtherwiseCannotSkipTheCertificate();
    void certificateOfAnotherCentreIsRefused();
    void certificateOfAnotherKioskIsRefused();
    void revokedKioskIsRefusedOnItsOpenConnection();
    void withoutMutualTlsClientCertificatesAreIgnored();
    void kioskTakesCertificateAndKeyTogether();

private:
    int storedRatingsOf(const QString &kioskId) const;
    QString writeTokenFile(const EnrolledKiosk &kiosk) const;

    std::unique_ptr<TestServer> m_server; // serve --mutual-tls
    std::unique_ptr<TestServer> m_other;  // another centre, its own CA, plain TLS
    QTemporaryDir m_kioskDir;
    EnrolledKiosk m_a;
    EnrolledKiosk m_b;
    EnrolledKiosk m_c;
    EnrolledKiosk m_otherA; // the other centre's kiosk, with the same id as ours
};

void MutualTlsTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    m_a = enrolWithCertificate(*m_server, QStringLiteral("kiosk-a"));
    m_b = enrolWithCertificate(*m_server, QStringLiteral("kiosk-b"));
    m_c = enrolWithCertificate(*m_server, QStringLiteral("kiosk-c"));
    for (const EnrolledKiosk *kiosk : {&m_a, &m_b, &m_c})
        QVERIFY2(!kiosk->token.isEmpty() && !kiosk->certificateFile.isEmpty() &&
                     !kiosk->keyFile.isEmpty(),
                 qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->start({QStringLiteral("--mutual-tls")}));

    m_other = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_other->init(), qPrintable(m_other->lastOutput()));
    QVERIFY(m_other->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                             QStringLiteral("UBND xã khác")));
    m_otherA = enrolWithCertificate(*m_other, QStringLiteral("kiosk-a"));
    QVERIFY2(!m_otherA.certificateFile.isEmpty(), qPrintable(m_other->lastOutput()));
}

void MutualTlsTest::cleanupTestCase()
{
    m_server.reset();
    m_other.reset();
}

int MutualTlsTest::storedRatingsOf(const QString &kioskId) const
{
    const QString name = QStringLiteral("ratings-") + QUuid::createUuid().toString();
    int count = -1;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE kiosk_id = ?"));
        query.addBindValue(kioskId);
        if (query.exec() && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QString MutualTlsTest::writeTokenFile(const EnrolledKiosk &kiosk) const
{
    const QString path = m_kioskDir.filePath(kiosk.id + QStringLiteral(".token"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(kiosk.token.toUtf8() + '\n');
    return path;
}

void MutualTlsTest::enrolmentIssuesAClientCertificate()
{
    QCOMPARE(m_a.certificateFile, QDir(m_server->dataDir()).filePath("kiosks/kiosk-a.pem"));
    QCOMPARE(m_a.keyFile, QDir(m_server->dataDir()).filePath("kiosks/kiosk-a-key.pem"));
    QCOMPARE(QFile::permissions(m_a.keyFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(!readKey(m_a.keyFile).isNull());

    const QSslCertificate certificate = QSslCertificate::fromPath(m_a.certificateFile).value(0);
    const QSslCertificate ca = QSslCertificate::fromPath(m_server->caPath()).value(0);
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("kiosk-a")});
    QCOMPARE(certificate.issuerDisplayName(), ca.subjectDisplayName());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(certificate.effectiveDate() <= now);
    QVERIFY(certificate.expiryDate() > now.addDays(729));
    QVERIFY(certificate.expiryDate() < now.addDays(731));
    // OpenSSL's own rendering of the extensions: for clients only.
    const QString text = certificate.toText();
    QVERIFY2(text.contains(QLatin1String("TLS Web Client Authentication")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("TLS Web Server Authentication")));

    // The server keeps the fingerprint, never the key.
    const QString name = QStringLiteral("certificates");
    QString stored;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT sha256 FROM kiosk_certificates WHERE kiosk_id = 'kiosk-a'")));
        QVERIFY(query.next());
        stored = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(stored, QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
}

void MutualTlsTest::kioskWithItsCertificateDrainsItsOutbox()
{
    const QString url = m_server->url({}).toString();
    const auto endpoint = ServerEndpoint::fromFiles(
        QUrl(url), writeTokenFile(m_a), m_server->caPath(), m_a.certificateFile, m_a.keyFile);
    QVERIFY(endpoint);
    RatingOutbox outbox(m_kioskDir.filePath(QStringLiteral("kiosk-a.sqlite")));
    for (int seq = 1; seq <= 30; ++seq)
        QVERIFY(outbox.seal(tappedRating(seq, 4)));
    QNetworkAccessManager network;
    KioskStatus status(outbox, url);
    SyncClient client(outbox, endpoint.value(), &network, &status, quickRetries());
    QSignalSpy drained(&client, &SyncClient::drained);
    client.start();
    QVERIFY(drained.wait(givingUpMs));
    QCOMPARE(outbox.queuedCount(), 0);
    QCOMPARE(outbox.deadLetterCount(), 0);
    QCOMPARE(storedRatingsOf(m_a.id), 30);
    QVERIFY(status.serverReachable());
}

void MutualTlsTest::kioskWithoutCertificateKeepsEveryRating()
{
    const QString url = m_server->url({}).toString();
    const auto endpoint =
        ServerEndpoint::fromFiles(QUrl(url), writeTokenFile(m_b), m_server->caPath());
    QVERIFY(endpoint);
    RatingOutbox outbox(m_kioskDir.filePath(QStringLiteral("kiosk-b.sqlite")));
    for (int seq = 1; seq <= 5; ++seq)
        QVERIFY(outbox.seal(tappedRating(seq, 4)));
    QNetworkAccessManager network;
    KioskStatus status(outbox, url);
    SyncClient client(outbox, endpoint.value(), &network, &status, quickRetries());
    QSignalSpy retries(&client, &SyncClient::retryScheduled);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 3, givingUpMs);
    QCOMPARE(outbox.queuedCount(), 5);
    QCOMPARE(outbox.deadLetterCount(), 0);
    QCOMPARE(storedRatingsOf(m_b.id), 0);
}

void MutualTlsTest::requestsWithoutCertificateAreRefusedOnKioskRoutesOnly()
{
    KioskConnection noCertificate(m_server->caPath(), m_server->port(), nullptr);
    QVERIFY(noCertificate.isEncrypted());
    const RawReply ratings =
        noCertificate.send("POST", "/api/v1/ratings", m_a.token, ratingBatch(1));
    QCOMPARE(ratings.status, 401);
    QCOMPARE(ratings.json().value(QLatin1String("error")).toString(),
             QStringLiteral("client-certificate"));
    QVERIFY(!ratings.json().value(QLatin1String("message")).toString().isEmpty());

    for (const QByteArray &path :
         {QByteArray("/api/v1/survey"), QByteArray("/api/v1/kiosk/prompt?wait=0"),
          QByteArray("/api/v1/ratings")}) {
        KioskConnection connection(m_server->caPath(), m_server->port(), nullptr);
        const QString token = path == "/api/v1/ratings" ? QString() : m_a.token;
        const RawReply reply = connection.send("GET", path, token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("client-certificate"));
    }
    QCOMPARE(storedRatingsOf(m_a.id), 30); // only what its SyncClient sent with the certificate

    // Staff browsers have no client certificate: health, the dashboard and staff sign-in work.
    TlsClient staff(m_server->caPath());
    QCOMPARE(staff.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
    const HttpReply dashboard = staff.get(m_server->url(QStringLiteral("/")));
    QCOMPARE(dashboard.status, 200);
    QVERIFY(dashboard.header("Content-Type").startsWith("text/html"));
    const HttpReply login =
        staff.postJson(m_server->url(QStringLiteral("/api/v1/session")),
                       {{QStringLiteral("user"), QStringLiteral("admin")},
                        {QStringLiteral("password"), m_server->adminPassword()}});
    QCOMPARE(login.status, 200);
    const HttpReply kiosks = staff.get(m_server->url(QStringLiteral("/api/v1/kiosks")));
    QCOMPARE(kiosks.status, 200);
    QCOMPARE(kiosks.json().value(QLatin1String("kiosks")).toArray().size(), 3);
}

// QtHttpServer routes on the decoded path and joins folded header lines: a kiosk request the
// certificate check would not recognise as one is refused before it reaches the routes.
void MutualTlsTest::headReadOtherwiseCannotSkipTheCertificate_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("foldedToken");

    QTest::newRow("folded token") << QByteArray("POST") << QByteArray("/api/v1/ratings") << true;
    QTest::newRow("encoded letter")
        << QByteArray("POST") << QByteArray("/api/v1/%72atings") << false;
    QTest::newRow("folded token, encoded letter")
        << QByteArray("POST") << QByteArray("/api/v1/rating%73") << true;
    QTest::newRow("folded token, encoded slash")
        << QByteArray("POST") << QByteArray("/api/v1%2Fratings") << true;
    QTest::newRow("folded token, authority in the path")
        << QByteArray("POST") << QByteArray("//kiosk/api/v1/ratings") << true;
    QTest::newRow("folded token, absolute-form target")
        << QByteArray("POST") << QByteArray("https://127.0.0.1/api/v1/ratings") << true;
    QTest::newRow("folded token, fragment")
        << QByteArray("POST") << QByteArray("/api/v1/ratings#x") << true;
    QTest::newRow("folded token, survey encoded")
        << QByteArray("GET") << QByteArray("/api/v1/%73urvey") << true;
    QTest::newRow("folded token, prompt behind an encoded slash")
        << QByteArray("GET") << QByteArray("/api/v1/kiosk%2Fprompt?wait=0") << true;
}

void MutualTlsTest::headReadOtherwiseCannotSkipTheCertificate()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(bool, foldedToken);

    const int storedBefore = storedRatingsOf(m_a.id);
    const QByteArray body = method == "POST" ? ratingBatch(100) : QByteArray();
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                         (foldedToken ? "Authorization:\r\n Bearer " : "Authorization: Bearer ") +
                         m_a.token.toLatin1() + "\r\n";
    if (!body.isEmpty())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    request += "\r\n" + body;

    KioskConnection noCertificate(m_server->caPath(), m_server->port(), nullptr);
    QVERIFY(noCertificate.isEncrypted());
    const RawReply reply = noCertificate.sendRaw(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("bad-request"));
    QCOMPARE(storedRatingsOf(m_a.id), storedBefore);
}

// QueryPeer lets the handshake through (staff share the port), so another CA's certificate is
// refused by the fingerprint check: 401 client-certificate, not a handshake error.
void MutualTlsTest::certificateOfAnotherCentreIsRefused()
{
    KioskConnection foreign(m_server->caPath(), m_server->port(), &m_otherA);
    QVERIFY(foreign.isEncrypted());
    const RawReply reply = foreign.send("POST", "/api/v1/ratings", m_a.token, ratingBatch(2));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
             QStringLiteral("client-certificate"));
    QCOMPARE(storedRatingsOf(m_a.id), 30);
}

void MutualTlsTest::certificateOfAnotherKioskIsRefused()
{
    KioskConnection aWithTokenOfB(m_server->caPath(), m_server->port(), &m_a);
    const RawReply refused =
        aWithTokenOfB.send("POST", "/api/v1/ratings", m_b.token, ratingBatch(3));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("client-certificate"));
    QCOMPARE(storedRatingsOf(m_b.id), 0);

    // A's certificate with A's token and B's token too: a head with two Authorization headers
    // is not read at all.
    KioskConnection twoTokens(m_server->caPath(), m_server->port(), &m_a);
    const RawReply confused =
        twoTokens.send("POST", "/api/v1/ratings", m_a.token, ratingBatch(4), m_b.token);
    QCOMPARE(confused.status, 400);
    QCOMPARE(confused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("bad-request"));
    QCOMPARE(storedRatingsOf(m_b.id), 0);

    KioskConnection bWithTokenOfB(m_server->caPath(), m_server->port(), &m_b);
    const RawReply accepted =
        bWithTokenOfB.send("POST", "/api/v1/ratings", m_b.token, ratingBatch(3));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(storedRatingsOf(m_b.id), 1);
}

void MutualTlsTest::revokedKioskIsRefusedOnItsOpenConnection()
{
    KioskConnection connection(m_server->caPath(), m_server->port(), &m_c);
    const RawReply before = connection.send("POST", "/api/v1/ratings", m_c.token, ratingBatch(1));
    QCOMPARE(before.status, 200);
    QCOMPARE(storedRatingsOf(m_c.id), 1);

    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("revoke"), m_c.id}), 0);
    QVERIFY(connection.isConnected()); // the same kept-alive connection, no new handshake
    const RawReply after = connection.send("POST", "/api/v1/ratings", m_c.token, ratingBatch(2));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.json().value(QLatin1String("error")).toString(),
             QStringLiteral("client-certificate"));
    QCOMPARE(storedRatingsOf(m_c.id), 1);
}

void MutualTlsTest::withoutMutualTlsClientCertificatesAreIgnored()
{
    QVERIFY(m_other->start());
    // A kiosk without a certificate works as before …
    KioskConnection plain(m_other->caPath(), m_other->port(), nullptr);
    QCOMPARE(plain.send("POST", "/api/v1/ratings", m_otherA.token, ratingBatch(1)).status, 200);
    // … and one configured with its certificate too (the server does not ask for it).
    KioskConnection withCertificate(m_other->caPath(), m_other->port(), &m_otherA);
    QCOMPARE(withCertificate.send("POST", "/api/v1/ratings", m_otherA.token, ratingBatch(2)).status,
             200);
    m_other->stop();
}

void MutualTlsTest::kioskTakesCertificateAndKeyTogether()
{
    const QStringList server{QStringLiteral("hailong-kiosk"),
                             QStringLiteral("--server"),
                             QStringLiteral("https://127.0.0.1:8443"),
                             QStringLiteral("--token-file"),
                             QStringLiteral("token"),
                             QStringLiteral("--ca"),
                             QStringLiteral("ca.pem")};
    const Result<KioskOptions> both = KioskOptions::parse(
        server + QStringList{QStringLiteral("--client-cert"), m_a.certificateFile,
                             QStringLiteral("--client-key"), m_a.keyFile});
    QVERIFY(both);
    QCOMPARE(both.value().clientCertificateFile, m_a.certificateFile);
    QCOMPARE(both.value().clientKeyFile, m_a.keyFile);
    QVERIFY(!KioskOptions::parse(
        server + QStringList{QStringLiteral("--client-cert"), m_a.certificateFile}));
    QVERIFY(
        !KioskOptions::parse({QStringLiteral("hailong-kiosk"), QStringLiteral("--client-cert"),
                              m_a.certificateFile, QStringLiteral("--client-key"), m_a.keyFile}));
    const auto wrongKey = ServerEndpoint::fromFiles(QUrl(QStringLiteral("https://127.0.0.1:8443")),
                                                    writeTokenFile(m_a), m_server->caPath(),
                                                    m_a.certificateFile, m_a.certificateFile);
    QVERIFY(!wrongKey);
    QCOMPARE(wrongKey.error().code, QStringLiteral("client-key"));
}

QTEST_GUILESS_MAIN(MutualTlsTest)
#include "tst_mutual_tls.moc"
