// Outbox benchmark: the kiosk's own RatingOutbox and SyncClient, timed while they drain a
// queue of ratings into a real server over TLS.
//   hailong-bench-outbox fill OUTBOX_DIR COUNT BATCH_DIR
//       queues COUNT sealed ratings in OUTBOX_DIR/outbox.sqlite, and writes the same kind of
//       ratings (other ids, so none is a duplicate) as wire batches of 100 in BATCH_DIR for
//       the baseline that POSTs them directly;
//   hailong-bench-outbox drain OUTBOX_DIR SERVER_URL TOKEN_FILE CA [BATCH_SIZE]
//       starts the sync client (batches of 100 as the kiosk sends them, or BATCH_SIZE) and prints
//       "drained N ms M" once the server has acknowledged every rating. Exit 1 when a rating ends
//       in the dead-letter table or the queue stalls.
#include "rating/Rating.h"
#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/ServerEndpoint.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>
#include <stdexcept>

namespace {

constexpr int batchSize = 100;

// A rating as a busy counter produces it: a field, the counter of the bench's kiosk (counter 1,
// see bench-common.sh; the server refuses any other), staff, two criteria.
hailong::Rating sampleRating(qint64 seq)
{
    static const QStringList fields{QStringLiteral("ho-tich"), QStringLiteral("chung-thuc"),
                                    QStringLiteral("dat-dai"), QStringLiteral("xay-dung"),
                                    QStringLiteral("dau-tu"),  QStringLiteral("lao-dong-xa-hoi")};
    hailong::Rating rating;
    rating.id = QUuid::createUuid();
    rating.createdAt = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600);
    rating.seq = seq;
    rating.survey = QStringLiteral("default");
    rating.overall = 1 + int(seq % 5);
    rating.criteria = {{QStringLiteral("thoi-gian"), 1 + int(seq % 5)},
                       {QStringLiteral("thai-do"), 1 + int((seq / 5) % 5)}};
    rating.field = fields.at(int(seq % fields.size()));
    rating.counter = QStringLiteral("1");
    rating.staff = QStringLiteral("cb-%1").arg(1 + seq % 12);
    rating.lang = QStringLiteral("vi");
    rating.ended = hailong::SessionEnd::Done;
    return rating;
}

int fill(const QString &outboxDir, int count, const QString &batchDir)
{
    if (!QDir().mkpath(outboxDir) || !QDir().mkpath(batchDir)) {
        std::fputs("cannot create the output folders\n", stderr);
        return 2;
    }
    hailong::RatingOutbox outbox(outboxDir + QStringLiteral("/outbox.sqlite"));
    QJsonArray batch;
    int batchNumber = 0;
    for (int i = 0; i < count; ++i) {
        const auto seq = outbox.nextSeq();
        if (!seq) {
            std::fprintf(stderr, "outbox: %s\n", qPrintable(seq.error().message));
            return 1;
        }
        const auto sealed = outbox.seal(sampleRating(seq.value()));
        if (!sealed) {
            std::fprintf(stderr, "outbox: %s\n", qPrintable(sealed.error().message));
            return 1;
        }
        batch.append(sampleRating(seq.value()).toJson());
        if (batch.size() == batchSize || i == count - 1) {
            QFile file(QStringLiteral("%1/batch-%2.json")
                           .arg(batchDir)
                           .arg(batchNumber++, 4, 10, QLatin1Char('0')));
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(QJsonDocument(QJsonObject{{QStringLiteral("ratings"), batch}})
                               .toJson(QJsonDocument::Compact)) < 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                return 1;
            }
            batch = {};
        }
    }
    std::printf("queued %d\n", outbox.sealedCount());
    return 0;
}

int drain(QCoreApplication &app, const QString &outboxDir, const QUrl &server,
          const QString &tokenFile, const QString &ca, int sendBatchSize)
{
    auto endpoint = hailong::ServerEndpoint::fromFiles(server, tokenFile, ca);
    if (!endpoint) {
        std::fprintf(stderr, "%s\n", qPrintable(endpoint.error().message));
        return 2;
    }
    hailong::RatingOutbox outbox(outboxDir + QStringLiteral("/outbox.sqlite"));
    const int queued = outbox.sealedCount();
    hailong::KioskStatus status(outbox, server.toString());
    QNetworkAccessManager network;
    hailong::SyncClient::Tuning tuning;
    tuning.batchSize = sendBatchSize;
    hailong::SyncClient sync(outbox, endpoint.value(), &network, &status, tuning);

    QElapsedTimer clock;
    bool stalled = false;
    QObject::connect(&sync, &hailong::SyncClient::drained, &app, [&] { app.quit(); });
    QObject::connect(&sync, &hailong::SyncClient::retryScheduled, &app, [&](qint64 delayMs) {
        std::fprintf(stderr, "sync client waits %lld ms after a failure\n", delayMs);
        stalled = true;
        app.quit();
    });
    clock.start();
    sync.start();
    app.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const int left = outbox.sealedCount();
    std::printf("drained %d ms %.1f left %d dead %d\n", queued - left, ms, left,
                outbox.deadLetterCount());
    return stalled || left != 0 || outbox.deadLetterCount() != 0 ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    try {
        if (args.size() == 5 && args.at(1) == QLatin1String("fill"))
            return fill(args.at(2), args.at(3).toInt(), args.at(4));
        if ((args.size() == 6 || args.size() == 7) && args.at(1) == QLatin1String("drain"))
            return drain(app, args.at(2), QUrl(args.at(3)), args.at(4), args.at(5),
                         args.size() == 7 ? args.at(6).toInt()
                                          : hailong::SyncClient::Tuning{}.batchSize);
    } catch (const std::runtime_error &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    std::fputs(
        "usage: hailong-bench-outbox fill OUTBOX_DIR COUNT BATCH_DIR\n"
        "       hailong-bench-outbox drain OUTBOX_DIR SERVER_URL TOKEN_FILE CA [BATCH_SIZE]\n",
        stderr);
    return 2;
}
