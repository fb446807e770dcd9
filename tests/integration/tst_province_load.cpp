// A province on one PostgreSQL database: 100 communes' centres with three kiosks each (counters
// "1", "2" and "3" in every centre), served by two `serve` processes. For 60 s (longer on a slow
// machine, until enough has been sent to judge by) every kiosk rates every 1–2 s on its own
// keep-alive connection and long-polls for counter prompts on another, while a province-wide
// admin prompts counters one after another; some ratings are sent again to the other process,
// as a kiosk that timed out would. Afterwards: every rating stored exactly
// once and in its kiosk's centre, every prompt at the kiosk of its own centre and counter and
// nowhere else, and each centre's figures equal a recount of its stored ratings.
#include "TestServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace hailong::testing;

namespace {
constexpr int centreCount = 100;
constexpr int kiosksPerCentre = 3;
constexpr int streamSeconds = 60;
constexpr int maxStreamSeconds = 300;
constexpr int promptIntervalMs = 250;
// At least half the prompts a 60 s stream sends, and a third of its ratings.
constexpr int promptsWanted = streamSeconds * 1000 / promptIntervalMs / 2;
constexpr qint64 ratingsWanted = centreCount * kiosksPerCentre * streamSeconds / 3;
const QString password = QStringLiteral("mat-khau-tinh-du-dai");

QString centreId(int centre)
{
    return QStringLiteral("xa-%1").arg(centre, 3, 10, QLatin1Char('0'));
}

QString unitId(int centre)
{
    return QStringLiteral("ubnd-%1").arg(centre, 3, 10, QLatin1Char('0'));
}

// The dossiers received, with a prompt sent again after getting no answer counted once when
// it came twice in a row.
QStringList withoutRepeatsOf(const QStringList &received, const QSet<QString> &sentAgain)
{
    QStringList once;
    for (const QString &dossier : received) {
        if (!(sentAgain.contains(dossier) && !once.isEmpty() && once.constLast() == dossier))
            once << dossier;
    }
    return once;
}

QSslConfiguration tlsTrusting(const QString &caPath)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caPath));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

// One kiosk as the real one talks to the server: its own connections (its own network access
// manager), a rating every 1–2 s, and a long-poll for its counter's prompt always open.
class LoadKiosk : public QObject
{
public:
    LoadKiosk(QUrl server, QUrl otherServer, QByteArray token, int centre,
              const QSslConfiguration &tls)
        : m_server(std::move(server))
        , m_otherServer(std::move(otherServer))
        , m_token(std::move(token))
        , m_centre(centre)
        , m_tls(tls)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &LoadKiosk::rate);
    }

    void start()
    {
        poll();
        m_timer.start(QRandomGenerator::global()->bounded(2000));
    }
    void stopRating() { m_ratingStopped = true; }
    void stopPolling()
    {
        m_pollingStopped = true;
        if (m_poll)
            m_poll->abort();
    }
    bool idle() const { return m_ratingsInFlight == 0 && !m_poll; }

    QSet<QString> accepted; // ids of the ratings the server acknowledged
    qint64 unanswered = 0;  // sends and polls that got no answer and went again
    QStringList errors;     // anything but the expected answers
    QStringList prompts;    // dossier codes of the prompts received, in order
    qint64 resentDuplicates = 0;
    int centre() const { return m_centre; }

private:
    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setTransferTimeout(60'000);
        return request;
    }

    void rate()
    {
        if (m_ratingStopped)
            return;
        ++m_seq;
        const QJsonObject rating = TestRatings::rating(
            TestRatings::newId(), QDateTime::currentDateTimeUtc(), m_seq, 1 + int(m_seq % 5));
        const QByteArray body =
            QJsonDocument(TestRatings::batch({rating})).toJson(QJsonDocument::Compact);
        // Every seventh rating also goes to the other process once acknowledged, as a kiosk
        // resends after a lost answer: it must be told "duplicate" there.
        send(m_server.resolved(QUrl(QStringLiteral("/api/v1/ratings"))), body, m_seq % 7 == 0);
        m_timer.start(1000 + QRandomGenerator::global()->bounded(1000));
    }

    // A send that gets no answer at all (a kept-alive connection closed under it) goes again a
    // second later, as the kiosk's outbox sends it again; its rating may then be stored already.
    void send(const QUrl &url, const QByteArray &body, bool resendElsewhere,
              bool afterNoAnswer = false)
    {
        QNetworkRequest post = request(url);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        ++m_ratingsInFlight;
        QNetworkReply *reply = m_network.post(post, body);
        const bool isResend = url.port() == m_otherServer.port();
        connect(reply, &QNetworkReply::finished, this, [=] {
            --m_ratingsInFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString outcome =
                TestRatings::firstStatus(QJsonDocument::fromJson(reply->readAll()).object());
            reply->deleteLater();
            if (status == 0) {
                ++unanswered;
                ++m_ratingsInFlight;
                QTimer::singleShot(1000, this, [=] {
                    --m_ratingsInFlight;
                    send(url, body, resendElsewhere, true);
                });
                return;
            }
            // A first send is accepted and a resend a duplicate; after a send without an answer
            // either is right, since the lost answer may have been either.
            const bool expected = afterNoAnswer ? outcome == QLatin1String("accepted") ||
                                                      outcome == QLatin1String("duplicate")
                                  : isResend ? outcome == QLatin1String("duplicate")
                                             : outcome == QLatin1String("accepted");
            if (status != 200 || !expected) {
                errors << QStringLiteral("%1 to %2: %3 %4 %5")
                              .arg(isResend ? QStringLiteral("resend") : QStringLiteral("rating"),
                                   url.toString())
                              .arg(status)
                              .arg(outcome, reply->errorString());
                return;
            }
            if (isResend) {
                resentDuplicates += outcome == QLatin1String("duplicate");
                return;
            }
            accepted.insert(QJsonDocument::fromJson(body)
                                .object()
                                .value(QLatin1String("ratings"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("id"))
                                .toString());
            if (resendElsewhere)
                send(m_otherServer.resolved(QUrl(QStringLiteral("/api/v1/ratings"))), body, false);
        });
    }

    void poll()
    {
        if (m_pollingStopped)
            return;
        m_poll = m_network.get(
            request(m_server.resolved(QUrl(QStringLiteral("/api/v1/kiosk/prompt?wait=20")))));
        connect(m_poll, &QNetworkReply::finished, this, [this] {
            QNetworkReply *reply = std::exchange(m_poll, nullptr);
            reply->deleteLater();
            if (m_pollingStopped && reply->error() == QNetworkReply::OperationCanceledError)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) { // no answer: poll again a second later, as the kiosk does
                ++unanswered;
                QTimer::singleShot(1000, this, &LoadKiosk::poll);
                return;
            }
            if (status == 200)
                prompts << QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QLatin1String("dossier"))
                               .toString();
            else if (status != 204)
                errors << QStringLiteral("poll: %1 %2").arg(status).arg(reply->errorString());
            poll();
        });
    }

    QUrl m_server;
    QUrl m_otherServer;
    QByteArray m_token;
    int m_centre;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QNetworkReply *m_poll = nullptr;
    qint64 m_seq = 0;
    int m_ratingsInFlight = 0;
    bool m_ratingStopped = false;
    bool m_pollingStopped = false;
};
} // namespace

class ProvinceLoadTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hundredCentresStreamAndPollOnTwoServers();
    void cleanupTestCase();

private:
    bool runCommands(const QList<QStringList> &commands);
    QUrl serverUrl(int index) const;
    QByteArray logIn(TlsClient &client, int server) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QProcess> m_second;
    quint16 m_secondPort = 0;
    QStringList m_tokens; // centre c, counter k at c * kiosksPerCentre + (k - 1)
};

// Runs the commands four at a time (each with --data appended); false when one fails.
bool ProvinceLoadTest::runCommands(const QList<QStringList> &commands)
{
    constexpr int parallel = 4;
    for (int first = 0; first < commands.size(); first += parallel) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = first; i < std::min<int>(first + parallel, commands.size()); ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->start(QStringLiteral(HAILONG_SERVER_BINARY),
                           commands.at(i) +
                               QStringList{QStringLiteral("--data"), m_server->dataDir()});
            running.push_back(std::move(process));
        }
        for (int i = 0; i < int(running.size()); ++i) {
            QProcess &process = *running.at(i);
            if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
                qWarning().noquote()
                    << commands.at(first + i).join(u' ') << "failed:" << process.readAll();
                return false;
            }
        }
    }
    return true;
}

void ProvinceLoadTest::initTestCase()
{
    if (!TestServer::usesPostgres())
        QSKIP("needs HAILONG_TEST_DB=postgresql");
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init({QStringLiteral("--centre"), centreId(0)}),
             qPrintable(m_server->lastOutput()));
    QList<QStringList> centres;
    for (int c = 1; c < centreCount; ++c)
        centres << QStringList{QStringLiteral("centre"), QStringLiteral("add"), centreId(c),
                               QStringLiteral("--name"), QStringLiteral("Xã số %1").arg(c)};
    QVERIFY(runCommands(centres));
    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tinh"),
                            QStringLiteral("--province"), QStringLiteral("--role"),
                            QStringLiteral("admin")},
                           password.toUtf8() + '\n'),
             0);
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));

    // Units and kiosks as a province admin adds them on the admin page.
    TlsClient admin(m_server->caPath());
    const QByteArray csrf = logIn(admin, 0);
    QVERIFY(!csrf.isEmpty());
    const QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("X-CSRF-Token"), csrf}};
    for (int c = 0; c < centreCount; ++c) {
        const HttpReply unit =
            admin.postJson(m_server->url(QStringLiteral("/api/v1/units")),
                           {{QStringLiteral("id"), unitId(c)},
                            {QStringLiteral("kind"), QStringLiteral("admin")},
                            {QStringLiteral("name"), QStringLiteral("UBND xã số %1").arg(c)},
                            {QStringLiteral("centre"), centreId(c)}},
                           headers);
        QCOMPARE(unit.status, 201);
        for (int k = 1; k <= kiosksPerCentre; ++k) {
            const HttpReply kiosk =
                admin.postJson(m_server->url(QStringLiteral("/api/v1/kiosks")),
                               {{QStringLiteral("id"), QStringLiteral("k-%1-%2").arg(c).arg(k)},
                                {QStringLiteral("unit"), unitId(c)},
                                {QStringLiteral("counter"), QString::number(k)}},
                               headers);
            QCOMPARE(kiosk.status, 201);
            m_tokens << kiosk.json().value(QLatin1String("token")).toString();
        }
    }
    m_second = m_server->startAnother(m_secondPort,
                                      {QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")});
    QVERIFY(m_second);
}

void ProvinceLoadTest::cleanupTestCase()
{
    if (m_second) {
        m_second->terminate();
        m_second->waitForFinished();
    }
    m_second.reset();
    m_server.reset();
}

QUrl ProvinceLoadTest::serverUrl(int index) const
{
    return QUrl(
        QStringLiteral("https://127.0.0.1:%1/").arg(index == 0 ? m_server->port() : m_secondPort));
}

QByteArray ProvinceLoadTest::logIn(TlsClient &client, int server) const
{
    const HttpReply login = client.postJson(
        serverUrl(server).resolved(QUrl(QStringLiteral("/api/v1/session"))),
        {{QStringLiteral("user"), QStringLiteral("tinh")}, {QStringLiteral("password"), password}});
    return login.status == 200 ? login.json().value(QLatin1String("csrf")).toString().toUtf8()
                               : QByteArray();
}

void ProvinceLoadTest::hundredCentresStreamAndPollOnTwoServers()
{
    const QSslConfiguration tls = tlsTrusting(m_server->caPath());
    const QString firstDay =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);

    // A centre's kiosks are served by one process (even centres by the first, odd by the
    // second), as a province routes a commune's address; resends cross to the other.
    std::vector<std::unique_ptr<LoadKiosk>> kiosks;
    for (int c = 0; c < centreCount; ++c) {
        for (int k = 0; k < kiosksPerCentre; ++k)
            kiosks.push_back(std::make_unique<LoadKiosk>(
                serverUrl(c % 2), serverUrl(1 - c % 2),
                m_tokens.at(c * kiosksPerCentre + k).toLatin1(), c, tls));
    }
    TlsClient staff[2]{TlsClient(m_server->caPath()), TlsClient(m_server->caPath())};
    const QByteArray csrf[2]{logIn(staff[0], 0), logIn(staff[1], 1)};
    QVERIFY(!csrf[0].isEmpty() && !csrf[1].isEmpty());

    for (const auto &kiosk : kiosks)
        kiosk->start();

    // Prompts go round the counters, each to the process serving its centre, so no counter is
    // prompted twice before its kiosk has fetched the first.
    QHash<int, QStringList> promptsSent; // by kiosk index
    QStringList promptErrors;
    // A prompt that got no answer at all is sent again, as the admin presses again; its kiosk
    // may then receive it twice in a row, if the first one had reached the server.
    struct Prompt
    {
        int index = 0;
        QString dossier;
    };
    std::optional<Prompt> unansweredPrompt;
    QSet<QString> promptsSentAgain;
    int nextCounter = 0;
    QTimer prompter;
    connect(&prompter, &QTimer::timeout, this, [&] {
        Prompt prompt;
        if (unansweredPrompt) {
            prompt = *std::exchange(unansweredPrompt, std::nullopt);
            promptsSentAgain.insert(prompt.dossier);
        } else {
            prompt.index = (nextCounter * 37) % int(kiosks.size()); // 37 is prime to 300
            ++nextCounter;
            prompt.dossier = QStringLiteral("H%1-%2-%3")
                                 .arg(prompt.index / kiosksPerCentre)
                                 .arg(prompt.index % kiosksPerCentre + 1)
                                 .arg(nextCounter);
        }
        const int centre = prompt.index / kiosksPerCentre;
        const int counter = prompt.index % kiosksPerCentre + 1;
        const HttpReply reply = staff[centre % 2].postJson(
            serverUrl(centre % 2)
                .resolved(QUrl(QStringLiteral("/api/v1/counters/%1/prompt?centre=%2")
                                   .arg(counter)
                                   .arg(centreId(centre)))),
            {{QStringLiteral("dossier"), prompt.dossier}},
            {{QByteArrayLiteral("X-CSRF-Token"), csrf[centre % 2]}});
        if (reply.status == 202)
            promptsSent[prompt.index] << prompt.dossier;
        else if (reply.status == 0)
            unansweredPrompt = prompt;
        else
            promptErrors << QStringLiteral("prompt %1: %2 %3")
                                .arg(prompt.dossier)
                                .arg(reply.status)
                                .arg(QString::fromUtf8(reply.body));
    });
    prompter.start(promptIntervalMs);

    // The stream runs 60 s, and past them until the prompts and ratings counted on below have
    // been made: a slower machine (a sanitized build beside other suites) streams longer rather
    // than failing for being slow.
    const auto acceptedSoFar = [&kiosks] {
        qint64 count = 0;
        for (const auto &kiosk : kiosks)
            count += kiosk->accepted.size();
        return count;
    };
    const auto promptsSoFar = [&promptsSent] {
        qsizetype count = 0;
        for (const QStringList &sent : std::as_const(promptsSent))
            count += sent.size();
        return count;
    };
    QElapsedTimer streaming;
    streaming.start();
    QEventLoop loop;
    QTimer streamEnd;
    connect(&streamEnd, &QTimer::timeout, &loop, [&] {
        const bool enough = promptsSoFar() >= promptsWanted && acceptedSoFar() > ratingsWanted;
        if ((streaming.elapsed() >= streamSeconds * 1000 && enough) ||
            streaming.elapsed() >= maxStreamSeconds * 1000)
            loop.quit();
    });
    streamEnd.start(500);
    loop.exec();
    prompter.stop();
    for (const auto &kiosk : kiosks)
        kiosk->stopRating();
    // The last prompts and ratings get their answers; then the polls are closed.
    QTest::qWait(3000);
    for (const auto &kiosk : kiosks)
        kiosk->stopPolling();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(kiosks.cbegin(), kiosks.cend(),
                                         [](const auto &kiosk) { return kiosk->idle(); }),
                             60'000);

    QVERIFY2(promptErrors.isEmpty(), qPrintable(promptErrors.join(u'\n')));
    QSet<QString> accepted;
    qint64 acceptedCount = 0;
    qint64 duplicates = 0;
    qint64 unanswered = 0;
    QHash<QString, qint64> acceptedPerCentre;
    for (int i = 0; i < int(kiosks.size()); ++i) {
        const LoadKiosk &kiosk = *kiosks.at(i);
        QVERIFY2(kiosk.errors.isEmpty(), qPrintable(kiosk.errors.join(u'\n')));
        QCOMPARE(withoutRepeatsOf(kiosk.prompts, promptsSentAgain), promptsSent.value(i));
        accepted += kiosk.accepted;
        acceptedCount += kiosk.accepted.size();
        duplicates += kiosk.resentDuplicates;
        unanswered += kiosk.unanswered;
        acceptedPerCentre[centreId(kiosk.centre())] += kiosk.accepted.size();
    }
    qInfo("%lld ratings acknowledged, %lld resends told duplicate, %lld sends or polls without "
          "an answer sent again, %lld prompts, %lld of them sent again, in %lld s",
          acceptedCount, duplicates, unanswered, qint64(promptsSoFar()),
          qint64(promptsSentAgain.size()), streaming.elapsed() / 1000);
    // About 300 kiosks × 40 ratings, and one in seven resent.
    QVERIFY2(acceptedCount > ratingsWanted, qPrintable(QString::number(acceptedCount)));
    QCOMPARE(accepted.size(), acceptedCount);
    QVERIFY(duplicates > acceptedCount / 10);
    // Every prompt sent was delivered (compared kiosk by kiosk above).
    QVERIFY2(promptsSoFar() >= promptsWanted, qPrintable(QString::number(promptsSoFar())));

    // Stored exactly once each, in the centre of the kiosk that sent it.
    QHash<QString, QPair<qint64, qint64>> recount; // centre → (n, satisfied)
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("recount"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, centre_id, COUNT(*) FROM ratings GROUP BY "
                                          "id, centre_id")));
        QSet<QString> stored;
        QHash<QString, qint64> storedPerCentre;
        while (query.next()) {
            QCOMPARE(query.value(2).toLongLong(), 1);
            stored.insert(query.value(0).toString());
            ++storedPerCentre[query.value(1).toString()];
        }
        QCOMPARE(stored.size(), accepted.size());
        QCOMPARE(stored, accepted);
        QCOMPARE(storedPerCentre, acceptedPerCentre);
        QVERIFY(query.exec(QStringLiteral("SELECT centre_id, COUNT(*), SUM(satisfied) FROM "
                                          "ratings WHERE suspect = 0 GROUP BY centre_id")));
        while (query.next())
            recount.insert(query.value(0).toString(),
                           {query.value(1).toLongLong(), query.value(2).toLongLong()});
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("recount"));
    QCOMPARE(recount.size(), centreCount);

    // Each centre's figures, as the province-wide admin reads them from either process.
    const QString lastDay =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    for (int c = 0; c < centreCount; ++c) {
        const HttpReply reply = staff[c % 2].get(serverUrl(c % 2).resolved(
            QUrl(QStringLiteral("/api/v1/indicators?rule=calendar&period=%1..%2&centre=%3")
                     .arg(firstDay, lastDay, centreId(c)))));
        QCOMPARE(reply.status, 200);
        QPair<qint64, qint64> figures{-1, -1};
        for (const QJsonValue &value : reply.json().value(QLatin1String("indicators")).toArray()) {
            const QJsonObject indicator = value.toObject();
            if (indicator.value(QLatin1String("id")).toString() == QLatin1String("admin-service"))
                figures = {indicator.value(QLatin1String("n")).toInteger(),
                           indicator.value(QLatin1String("satisfied")).toInteger()};
        }
        QCOMPARE(figures, recount.value(centreId(c)));
    }
}

QTEST_GUILESS_MAIN(ProvinceLoadTest)
#include "tst_province_load.moc"
