// Streams batches of ratings to a server until it stops answering, printing "acked <id>" for
// every rating the server acknowledged (accepted or duplicate). The crash test kills the
// server while this runs and then checks every printed id is stored exactly once.
#include "TestServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: hailong-batch-streamer URL TOKEN CA\n", stderr);
        return 2;
    }
    hailong::testing::TlsClient client(args.at(3));
    const QUrl url(args.at(1));
    const QString token = args.at(2);
    qint64 seq = 0;
    int failures = 0;
    while (failures < 3) {
        QJsonArray ratings;
        for (int i = 0; i < 20; ++i) {
            ++seq;
            ratings.append(hailong::testing::TestRatings::rating(
                hailong::testing::TestRatings::newId(), QDateTime::currentDateTimeUtc(), seq,
                1 + int(seq % 5)));
        }
        const hailong::testing::HttpReply reply =
            client.postJson(url, hailong::testing::TestRatings::batch(ratings),
                            hailong::testing::TlsClient::bearer(token));
        if (reply.status != 200) {
            ++failures;
            continue;
        }
        for (const QJsonValue &result : reply.json().value(QLatin1String("results")).toArray()) {
            const QJsonObject outcome = result.toObject();
            const QString status = outcome.value(QLatin1String("status")).toString();
            if (status == QLatin1String("accepted") || status == QLatin1String("duplicate"))
                std::printf("acked %s\n",
                            outcome.value(QLatin1String("id")).toString().toUtf8().constData());
        }
        std::fflush(stdout);
    }
    return 0;
}
