// Load benchmark: N simulated kiosks, each on its own keep-alive TLS connection, each sending
// one rating every 1–2 s for the given time. Prints latency percentiles and throughput; any
// non-200 answer or rating not accepted counts as an error and makes the exit code 1.
// Latency is printed, never judged: this is a benchmark, not a test.
//   hailong-load-kiosks URL CA TOKENS_FILE SECONDS
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Tally
{
    std::vector<double> latenciesMs;
    int errors = 0;
    int inFlight = 0;
};

// One kiosk: its own QNetworkAccessManager, so its own pooled (keep-alive) connection.
class SimulatedKiosk : public QObject
{
public:
    SimulatedKiosk(const QUrl &url, QByteArray token, const QSslConfiguration &tls, Tally &tally)
        : m_url(url)
        , m_token(std::move(token))
        , m_tls(tls)
        , m_tally(tally)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &SimulatedKiosk::send);
    }

    void start() { scheduleNext(); }
    void stop()
    {
        m_stopped = true;
        m_timer.stop();
    }

private:
    void scheduleNext()
    {
        if (!m_stopped)
            m_timer.start(1000 + QRandomGenerator::global()->bounded(1000));
    }

    void send()
    {
        const QJsonObject rating{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("created_at"),
             QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).toString(Qt::ISODate)},
            {QStringLiteral("seq"), ++m_seq},
            {QStringLiteral("survey"), QStringLiteral("default")},
            {QStringLiteral("overall"), 1 + int(m_seq % 5)}};
        QNetworkRequest request(m_url);
        request.setSslConfiguration(m_tls);
        request.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("ratings"), QJsonArray{rating}}})
                .toJson(QJsonDocument::Compact);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        ++m_tally.inFlight;
        QNetworkReply *reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, clock] {
            const double ms = double(clock->nsecsElapsed()) / 1e6;
            --m_tally.inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            const QString outcome =
                answer[QLatin1String("results")][0][QLatin1String("status")].toString();
            if (status != 200 || outcome != QLatin1String("accepted")) {
                ++m_tally.errors;
                std::fprintf(stderr, "error: status %d %s %s\n", status, qPrintable(outcome),
                             qPrintable(reply->errorString()));
            } else {
                m_tally.latenciesMs.push_back(ms);
            }
            reply->deleteLater();
            scheduleNext();
        });
    }

    QUrl m_url;
    QByteArray m_token;
    QSslConfiguration m_tls;
    Tally &m_tally;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    qint64 m_seq = 0;
    bool m_stopped = false;
};

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return sorted[index];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fputs("usage: hailong-load-kiosks URL CA TOKENS_FILE SECONDS\n", stderr);
        return 2;
    }
    QFile tokensFile(args.at(3));
    if (!tokensFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(3)));
        return 2;
    }
    const QList<QByteArray> tokens = tokensFile.readAll().trimmed().split('\n');
    const int seconds = args.at(4).toInt();

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(args.at(2)));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const QUrl url(args.at(1));

    Tally tally;
    std::vector<std::unique_ptr<SimulatedKiosk>> kiosks;
    for (const QByteArray &token : tokens) {
        kiosks.push_back(std::make_unique<SimulatedKiosk>(url, token.trimmed(), tls, tally));
        kiosks.back()->start();
    }
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &app, [&] {
        for (const auto &kiosk : kiosks)
            kiosk->stop();
        // Let the requests already sent finish.
        auto *drain = new QTimer(&app);
        QObject::connect(drain, &QTimer::timeout, &app, [&] {
            if (tally.inFlight == 0)
                app.quit();
        });
        drain->start(50);
    });
    app.exec();

    std::sort(tally.latenciesMs.begin(), tally.latenciesMs.end());
    const double elapsed = double(wall.elapsed()) / 1000.0;
    std::printf("kiosks        %zu\n", kiosks.size());
    std::printf("duration      %.1f s\n", elapsed);
    std::printf("requests ok   %zu\n", tally.latenciesMs.size());
    std::printf("errors        %d\n", tally.errors);
    std::printf("throughput    %.1f ratings/s\n", double(tally.latenciesMs.size()) / elapsed);
    std::printf("latency p50   %.1f ms\n", percentile(tally.latenciesMs, 50));
    std::printf("latency p90   %.1f ms\n", percentile(tally.latenciesMs, 90));
    std::printf("latency p99   %.1f ms\n", percentile(tally.latenciesMs, 99));
    std::printf("latency max   %.1f ms\n",
                tally.latenciesMs.empty() ? 0.0 : tally.latenciesMs.back());
    return tally.errors == 0 && !tally.latenciesMs.empty() ? 0 : 1;
}
