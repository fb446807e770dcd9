// Group commit of POST /api/v1/ratings: many kiosks' connections posting at once share
// commits, and each still gets the answer it would get alone — against the real server.
#include "TestServer.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtTest>
#include <optional>

using namespace hailong::testing;

namespace {
constexpr int connectionCount = 64;
constexpr int kioskCount = 4;
constexpr int answerTimeoutMs = 60000;

struct Answer
{
    int status = 0;
    QJsonObject json;
};

// One keep-alive TLS connection whose request and answer run on the event loop, so that every
// connection's request is in flight at the same time.
class KeepAliveConnection : public QObject
{
public:
    bool open(const QList<QSslCertificate> &ca, quint16 port)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(ca);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(tls);
        m_socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        connect(&m_socket, &QSslSocket::readyRead, this, &KeepAliveConnection::read);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForEncrypted(10000);
    }

    void postRatings(const QString &token, const QJsonArray &ratings, int queued)
    {
        const QByteArray body =
            QJsonDocument(TestRatings::batch(ratings)).toJson(QJsonDocument::Compact);
        m_answer.reset();
        m_received.clear();
        m_socket.write("POST /api/v1/ratings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/json\r\nAuthorization: Bearer " +
                       token.toLatin1() + "\r\nX-Kiosk-Queued: " + QByteArray::number(queued) +
                       "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                       body);
    }

    const std::optional<Answer> &answer() const { return m_answer; }

private:
    void read()
    {
        m_received += m_socket.readAll();
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = m_received.left(headEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_received.size() < headEnd + 4 + length)
            return;
        Answer answer;
        answer.status = lines.first().split(' ').value(1).toInt();
        answer.json = QJsonDocument::fromJson(m_received.mid(headEnd + 4, length)).object();
        m_answer = answer;
    }

    QSslSocket m_socket;
    QByteArray m_received;
    std::optional<Answer> m_answer;
};

QJsonObject onlyResult(const Answer &answer)
{
    const QJsonArray results = answer.json.value(QLatin1String("results")).toArray();
    return results.size() == 1 ? results.first().toObject() : QJsonObject();
}
} // namespace

class GroupCommitTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void concurrentSingleRatingsAreEachStoredOnceAndAnsweredRight();
    void aFailedCommitRefusesEveryRequestOfItsGroup();

private:
    bool allAnswered() const;
    int storedCount(const QString &where);
    QVariant storedValue(const QString &sql);

    std::unique_ptr<TestServer> m_server;
    QStringList m_tokens;
    std::vector<std::unique_ptr<KeepAliveConnection>> m_connections;
    qint64 m_seq = 0;
};

void GroupCommitTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    for (int kiosk = 0; kiosk < kioskCount; ++kiosk) {
        m_tokens.append(m_server->addKiosk(QStringLiteral("k%1").arg(kiosk), QStringLiteral("ubnd"),
                                           QString::number(kiosk + 1)));
        QVERIFY(!m_tokens.last().isEmpty());
    }
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_server->caPath());
    QVERIFY(!ca.isEmpty());
    for (int i = 0; i < connectionCount; ++i) {
        m_connections.push_back(std::make_unique<KeepAliveConnection>());
        QVERIFY2(m_connections.back()->open(ca, m_server->port()), "TLS handshake failed");
    }
}

void GroupCommitTest::cleanupTestCase()
{
    m_connections.clear();
    m_server.reset();
}

bool GroupCommitTest::allAnswered() const
{
    return std::all_of(m_connections.cbegin(), m_connections.cend(),
                       [](const auto &connection) { return connection->answer().has_value(); });
}

int GroupCommitTest::storedCount(const QString &where)
{
    return storedValue(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ") + where).toInt();
}

QVariant GroupCommitTest::storedValue(const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("check"));
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(sql) && query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

// 64 connections each send one rating per round, all at once. Connections 0–7 send in pairs
// the same rating (a resend racing the original), 8–15 in pairs one id with other content;
// the rest new ids. Whatever the grouping, one of each pair is stored and the other answered
// duplicate or conflict, every acknowledged id is stored exactly once, and the kiosks' outbox
// sizes (X-Kiosk-Queued) reach the database with the ratings.
void GroupCommitTest::concurrentSingleRatingsAreEachStoredOnceAndAnsweredRight()
{
    constexpr int rounds = 4;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> acknowledged;
    for (int round = 0; round < rounds; ++round) {
        QList<QJsonObject> sent;
        for (int c = 0; c < connectionCount; ++c) {
            const bool paired = c < 16;
            const bool pairSecond = paired && c % 2 == 1;
            QJsonObject rating;
            if (pairSecond) {
                rating = sent.at(c - 1);
                if (c >= 8)
                    rating.insert(QStringLiteral("overall"), 1);
            } else {
                rating = TestRatings::rating(TestRatings::newId(), now.addSecs(-60), ++m_seq, 5);
            }
            sent.append(rating);
            m_connections.at(c)->postRatings(m_tokens.at((c / 2) % kioskCount), {rating},
                                             10 + round);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), answerTimeoutMs);

        QList<QJsonObject> results;
        for (int c = 0; c < connectionCount; ++c) {
            const Answer &answer = *m_connections.at(c)->answer();
            QCOMPARE(answer.status, 200);
            const QJsonObject result = onlyResult(answer);
            QCOMPARE(result.value(QLatin1String("id")).toString(),
                     sent.at(c).value(QLatin1String("id")).toString());
            results.append(result);
            const QString status = result.value(QLatin1String("status")).toString();
            if (status == QLatin1String("accepted") || status == QLatin1String("duplicate"))
                acknowledged.insert(result.value(QLatin1String("id")).toString());
        }
        for (int c = 0; c < 16; c += 2) {
            QStringList pair = {results.at(c).value(QLatin1String("status")).toString(),
                                results.at(c + 1).value(QLatin1String("status")).toString()};
            pair.sort();
            if (c < 8) {
                QCOMPARE(pair,
                         QStringList({QStringLiteral("accepted"), QStringLiteral("duplicate")}));
                continue;
            }
            QCOMPARE(pair, QStringList({QStringLiteral("accepted"), QStringLiteral("rejected")}));
            const int refused =
                results.at(c).value(QLatin1String("status")).toString() == QLatin1String("rejected")
                    ? c
                    : c + 1;
            QCOMPARE(results.at(refused).value(QLatin1String("error")).toString(),
                     QStringLiteral("conflict"));
            // The stored content is the accepted one's.
            const int kept = refused == c ? c + 1 : c;
            const QString id = sent.at(c).value(QLatin1String("id")).toString();
            QCOMPARE(
                storedValue(QStringLiteral("SELECT overall FROM ratings WHERE id = '%1'").arg(id))
                    .toInt(),
                sent.at(kept).value(QLatin1String("overall")).toInt());
        }
        for (int c = 16; c < connectionCount; ++c)
            QCOMPARE(results.at(c).value(QLatin1String("status")).toString(),
                     QStringLiteral("accepted"));
    }

    QCOMPARE(acknowledged.size(), rounds * (connectionCount - 8));
    QCOMPARE(storedCount(QStringLiteral("1=1")), int(acknowledged.size()));
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(storedCount(QStringLiteral("id = '%1'").arg(id)) == 1, qPrintable(id));
    for (int kiosk = 0; kiosk < kioskCount; ++kiosk) {
        const QString where = QStringLiteral(" FROM kiosks WHERE id = 'k%1'").arg(kiosk);
        QCOMPARE(storedValue(QStringLiteral("SELECT queued") + where).toInt(), 10 + rounds - 1);
        QVERIFY(!storedValue(QStringLiteral("SELECT last_seen") + where).isNull());
    }
}

// Another process holds the database's write lock while requests arrive together: each of them
// gets 503 and none of their ratings is kept; once the lock is gone the same ratings are
// accepted.
void GroupCommitTest::aFailedCommitRefusesEveryRequestOfItsGroup()
{
    if (TestServer::usesPostgres())
        QSKIP("SQLite only: the write lock is held by the sqlite3 shell, which has no "
              "PostgreSQL counterpart here");
    constexpr int requests = 8;
    QProcess locker;
    locker.start(QStringLiteral("sqlite3"), {m_server->databasePath()});
    QVERIFY(locker.waitForStarted());
    locker.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
    QByteArray lockerOutput;
    while (!lockerOutput.contains("held") && locker.waitForReadyRead(10000))
        lockerOutput += locker.readAllStandardOutput();
    QVERIFY2(lockerOutput.contains("held"), locker.readAllStandardError().constData());

    QList<QJsonObject> sent;
    const int before = storedCount(QStringLiteral("1=1"));
    for (int c = 0; c < requests; ++c) {
        sent.append(
            TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), ++m_seq, 4));
        m_connections.at(c)->postRatings(m_tokens.at(c % kioskCount), {sent.last()}, 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(m_connections.cbegin(), m_connections.cbegin() + requests,
                    [](const auto &connection) { return connection->answer().has_value(); }),
        answerTimeoutMs);
    for (int c = 0; c < requests; ++c) {
        const Answer &answer = *m_connections.at(c)->answer();
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.json.value(QLatin1String("error")).toString(),
                 QStringLiteral("storage-unavailable"));
    }
    locker.write("COMMIT;\n.quit\n");
    locker.closeWriteChannel();
    QVERIFY(locker.waitForFinished(10000));
    QCOMPARE(storedCount(QStringLiteral("1=1")), before);

    for (int c = 0; c < requests; ++c)
        m_connections.at(c)->postRatings(m_tokens.at(c % kioskCount), {sent.at(c)}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(m_connections.cbegin(), m_connections.cbegin() + requests,
                    [](const auto &connection) { return connection->answer().has_value(); }),
        answerTimeoutMs);
    for (int c = 0; c < requests; ++c)
        QCOMPARE(onlyResult(*m_connections.at(c)->answer()).value(QLatin1String("status")),
                 QStringLiteral("accepted"));
    QCOMPARE(storedCount(QStringLiteral("1=1")), before + requests);
}

QTEST_GUILESS_MAIN(GroupCommitTest)
#include "tst_group_commit.moc"
