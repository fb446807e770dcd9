// What the HTTPS port accepts: TLS 1.2 (forward-secret AEAD suites only) and 1.3. Plain HTTP
// gets no HTTP answer, TLS 1.0 and 1.1 are refused by the server (with a client willing to
// speak them), and a kiosk that pins its centre's CA refuses a server whose certificate another
// CA signed.
#include "RawHttpsClient.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtTest>

using namespace hailong::testing;

namespace {
constexpr int givingUpMs = 60'000;

struct ClientRun
{
    int exitCode = -1;
    QString output;
};

// `openssl s_client` with security level 0, so the client itself offers the old versions
// and any refusal comes from the server.
ClientRun opensslClient(quint16 port, const QString &caPath, const QString &versionFlag)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("s_client"), QStringLiteral("-connect"),
                   QStringLiteral("127.0.0.1:%1").arg(port), versionFlag, QStringLiteral("-cipher"),
                   QStringLiteral("DEFAULT:@SECLEVEL=0"), QStringLiteral("-CAfile"), caPath,
                   QStringLiteral("-verify_return_error")});
    if (!openssl.waitForStarted(givingUpMs))
        return {};
    openssl.write("Q\n");
    openssl.closeWriteChannel();
    openssl.waitForFinished(givingUpMs);
    return {openssl.exitCode(), QString::fromUtf8(openssl.readAll())};
}
} // namespace

class TlsProtocolsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plainHttpGetsNoHttpAnswer();
    void oldTlsIsRefusedByTheServer_data();
    void oldTlsIsRefusedByTheServer();
    void modernTlsIsAccepted_data();
    void modernTlsIsAccepted();
    void tls12OffersOnlyForwardSecretAead();
    void serverOfAnotherCaIsRefusedByTheKiosk();

private:
    std::unique_ptr<TestServer> m_server;
};

void TlsProtocolsTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->start());
}

void TlsProtocolsTest::cleanupTestCase()
{
    m_server.reset();
}

void TlsProtocolsTest::plainHttpGetsNoHttpAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(givingUpMs));
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    const QDeadlineTimer deadline(givingUpMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(500);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "the server kept the connection");
    QVERIFY2(!answer.contains("HTTP/"), answer.toHex().constData());
    QVERIFY(!answer.contains("\"status\""));
}

void TlsProtocolsTest::oldTlsIsRefusedByTheServer_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("TLS 1.0") << QStringLiteral("-tls1");
    QTest::newRow("TLS 1.1") << QStringLiteral("-tls1_1");
}

void TlsProtocolsTest::oldTlsIsRefusedByTheServer()
{
    QFETCH(QString, flag);
    const ClientRun run = opensslClient(m_server->port(), m_server->caPath(), flag);
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
    // The server's alert, not a client that could not offer the version.
    QVERIFY2(run.output.contains(QLatin1String("alert protocol version")), qPrintable(run.output));
}

void TlsProtocolsTest::modernTlsIsAccepted_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<int>("qtProtocol");
    QTest::addColumn<QString>("protocolName");
    QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2") << int(QSsl::TlsV1_2)
                             << QStringLiteral("TLSv1.2");
    QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3") << int(QSsl::TlsV1_3)
                             << QStringLiteral("TLSv1.3");
}

void TlsProtocolsTest::modernTlsIsAccepted()
{
    QFETCH(QString, flag);
    QFETCH(int, qtProtocol);
    QFETCH(QString, protocolName);
    const ClientRun run = opensslClient(m_server->port(), m_server->caPath(), flag);
    QVERIFY2(run.output.contains(protocolName), qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("Verify return code: 0 (ok)")),
             qPrintable(run.output));

    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server->caPath()));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::SslProtocol(qtProtocol));
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY2(socket.waitForEncrypted(givingUpMs), qPrintable(socket.errorString()));
    QCOMPARE(int(socket.sessionProtocol()), qtProtocol);
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\"ok\"") && socket.waitForReadyRead(givingUpMs))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
}

// A kiosk pins the CA of its own centre: another centre's server (a real certificate, but
// signed by another CA) must not get its ratings.
// One handshake per TLS 1.2 suite this machine's OpenSSL offers, each offered alone: the server
// takes exactly the ECDHE ones with AES-GCM or ChaCha20-Poly1305 (for its EC key), never a CBC
// or SHA-1 suite, RSA key exchange or anything without forward secrecy.
void TlsProtocolsTest::tls12OffersOnlyForwardSecretAead()
{
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_server->caPath());
    QStringList accepted;
    QStringList refused;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (cipher.protocol() == QSsl::TlsV1_3 || cipher.name().startsWith(QLatin1String("TLS_")))
            continue;
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(ca);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2);
        tls.setCiphers({cipher});
        socket.setSslConfiguration(tls);
        socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        if (socket.waitForEncrypted(givingUpMs)) {
            QCOMPARE(socket.sessionCipher().name(), cipher.name());
            accepted.append(cipher.name());
        } else {
            refused.append(cipher.name());
        }
    }
    QVERIFY2(accepted.contains(QLatin1String("ECDHE-ECDSA-AES128-GCM-SHA256")),
             qPrintable(accepted.join(QLatin1Char(' '))));
    QVERIFY2(accepted.contains(QLatin1String("ECDHE-ECDSA-CHACHA20-POLY1305")),
             qPrintable(accepted.join(QLatin1Char(' '))));
    for (const QString &name : std::as_const(accepted))
        QVERIFY2(name.startsWith(QLatin1String("ECDHE-")) &&
                     (name.contains(QLatin1String("-GCM-")) ||
                      name.contains(QLatin1String("CHACHA20-POLY1305"))),
                 qPrintable(name));
    QVERIFY2(refused.contains(QLatin1String("ECDHE-ECDSA-AES128-SHA")),
             qPrintable(refused.join(QLatin1Char(' '))));
}

void TlsProtocolsTest::serverOfAnotherCaIsRefusedByTheKiosk()
{
    TestServer other(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(other.init(), qPrintable(other.lastOutput()));
    QVERIFY(other.start());
    TlsClient pinnedToOurCa(m_server->caPath());
    const HttpReply refused = pinnedToOurCa.get(other.url(QStringLiteral("/healthz")));
    QCOMPARE(refused.status, 0);
    QVERIFY(!refused.networkError.isEmpty());

    TlsClient pinnedToTheirCa(other.caPath());
    QCOMPARE(pinnedToTheirCa.get(other.url(QStringLiteral("/healthz"))).status, 200);
}

QTEST_GUILESS_MAIN(TlsProtocolsTest)
#include "tst_tls_protocols.moc"
