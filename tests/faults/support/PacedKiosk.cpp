// A well-behaved kiosk for the fault tests: sends a batch of two ratings four times a second,
// well within the default rate limit, until it is terminated. Prints "acked <id>" for every
// rating the server acknowledged and "failed <status> <body>" for every batch it did not, so
// a test can prove the real kiosk kept getting through while others attacked the server.
#include "TestServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QThread>
#include <cstdio>

using namespace hailong::testing;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: hailong-paced-kiosk URL TOKEN CA\n", stderr);
        return 2;
    }
    TlsClient client(args.at(3));
    const QUrl url(args.at(1));
    const QString token = args.at(2);
    for (qint64 seq = 1;; seq += 2) {
        const QJsonArray ratings{
            TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), seq, 5),
            TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), seq + 1, 4)};
        const HttpReply reply =
            client.postJson(url, TestRatings::batch(ratings), TlsClient::bearer(token));
        if (reply.status != 200) {
            std::printf("failed %d %s%s\n", reply.status, reply.body.constData(),
                        reply.networkError.toUtf8().constData());
        } else {
            for (const QJsonValue &result :
                 reply.json().value(QLatin1String("results")).toArray()) {
                const QJsonObject outcome = result.toObject();
                const QString status = outcome.value(QLatin1String("status")).toString();
                if (status == QLatin1String("accepted") || status == QLatin1String("duplicate"))
                    std::printf("acked %s\n",
                                outcome.value(QLatin1String("id")).toString().toUtf8().constData());
                else
                    std::printf("failed 200 %s\n",
                                QJsonDocument(outcome).toJson(QJsonDocument::Compact).constData());
            }
        }
        std::fflush(stdout);
        QThread::msleep(250);
    }
}
