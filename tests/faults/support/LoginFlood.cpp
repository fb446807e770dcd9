// An attacker's login flood for the fault tests and the benchmark: CONNECTIONS keep-alive TLS
// connections, each from its own loopback address (127.0.0.2, 127.0.0.3, …, as a crowd of
// machines would), each posting logins with random user names and passwords back to back for
// SECONDS, pausing PAUSE_MS (default 0) after each answer. Prints "flooding" once every
// connection has had an answer, and at the end one line "status <code> <count>" per answer
// status seen (0: the connection failed or was cut).
//   hailong-login-flood URL CA CONNECTIONS SECONDS [PAUSE_MS]
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

QByteArray randomText(int length)
{
    static const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray text;
    for (int i = 0; i < length; ++i)
        text += alphabet[QRandomGenerator::global()->bounded(alphabet.size())];
    return text;
}

class FloodConnection : public QObject
{
public:
    FloodConnection(const QUrl &url, const QSslConfiguration &tls, const QHostAddress &source,
                    int pauseMs, QMap<int, int> &statuses, std::function<void()> firstAnswer)
        : m_url(url)
        , m_tls(tls)
        , m_source(source)
        , m_pauseMs(pauseMs)
        , m_statuses(statuses)
        , m_firstAnswer(std::move(firstAnswer))
    {}

    void start()
    {
        m_socket = std::make_unique<QSslSocket>();
        m_socket->setSslConfiguration(m_tls);
        m_socket->setPeerVerifyName(m_url.host());
        connect(m_socket.get(), &QSslSocket::encrypted, this, &FloodConnection::send);
        connect(m_socket.get(), &QSslSocket::readyRead, this, &FloodConnection::read);
        connect(m_socket.get(), &QSslSocket::disconnected, this, &FloodConnection::restart);
        connect(m_socket.get(), &QSslSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) {
                    if (m_socket->state() == QAbstractSocket::UnconnectedState)
                        restart();
                });
        m_socket->bind(m_source);
        m_socket->connectToHostEncrypted(m_url.host(), quint16(m_url.port()));
    }

private:
    void send()
    {
        if (!m_socket || !m_socket->isEncrypted() || m_awaiting)
            return;
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("user"), QString::fromLatin1(randomText(10))},
                            {QStringLiteral("password"), QString::fromLatin1(randomText(14))}})
                .toJson(QJsonDocument::Compact);
        m_received.clear();
        m_awaiting = true;
        m_socket->write("POST /api/v1/session HTTP/1.1\r\nHost: " + m_url.host().toLatin1() +
                        "\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void read()
    {
        m_received += m_socket->readAll();
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_received.left(end).toLower();
        const qsizetype lengthAt = head.indexOf("content-length:");
        const qint64 length =
            lengthAt < 0 ? 0
                         : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                               .trimmed()
                               .toLongLong();
        if (m_received.size() - end - 4 < length)
            return;
        ++m_statuses[m_received.mid(9, 3).toInt()];
        m_awaiting = false;
        if (m_firstAnswer) {
            m_firstAnswer();
            m_firstAnswer = nullptr;
        }
        if (head.contains("connection: close"))
            m_socket->disconnectFromHost();
        else if (m_pauseMs > 0)
            QTimer::singleShot(m_pauseMs, this, &FloodConnection::send);
        else
            send();
    }

    void restart()
    {
        if (!m_socket)
            return;
        if (m_awaiting)
            ++m_statuses[0];
        m_awaiting = false;
        m_socket->disconnect(this);
        m_socket.release()->deleteLater();
        QTimer::singleShot(10, this, &FloodConnection::start);
    }

    QUrl m_url;
    QSslConfiguration m_tls;
    QHostAddress m_source;
    int m_pauseMs;
    QMap<int, int> &m_statuses;
    std::function<void()> m_firstAnswer;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_received;
    bool m_awaiting = false; // a request is out and its answer not complete
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5 && args.size() != 6) {
        std::fputs("usage: hailong-login-flood URL CA CONNECTIONS SECONDS [PAUSE_MS]\n", stderr);
        return 2;
    }
    const QUrl url(args.at(1));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(args.at(2)));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const int connections = qBound(1, args.at(3).toInt(), 250);
    const int pauseMs = args.value(5).toInt();

    QMap<int, int> statuses;
    int waitingForFirst = connections;
    std::vector<std::unique_ptr<FloodConnection>> flood;
    for (int i = 0; i < connections; ++i) {
        flood.push_back(std::make_unique<FloodConnection>(
            url, tls, QHostAddress(QHostAddress(QStringLiteral("127.0.0.2")).toIPv4Address() + i),
            pauseMs, statuses, [&waitingForFirst] {
                if (--waitingForFirst == 0) {
                    std::puts("flooding");
                    std::fflush(stdout);
                }
            }));
        flood.back()->start();
    }
    QTimer::singleShot(args.at(4).toInt() * 1000, &app, &QCoreApplication::quit);
    app.exec();
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        std::printf("status %d %d\n", it.key(), it.value());
    return 0;
}
