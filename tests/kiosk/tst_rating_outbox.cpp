// The outbox keeps every rating until the server acknowledged it, even across a kill.
#include "sync/RatingOutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace hailong;

namespace {

Rating makeRating(qint64 seq, int level = 4)
{
    Rating rating;
    rating.id = QUuid::createUuid();
    rating.createdAt = QDateTime::currentDateTime().toOffsetFromUtc(7 * 3600);
    rating.seq = seq;
    rating.survey = QStringLiteral("default");
    rating.overall = level;
    return rating;
}

QJsonObject bodyOf(const QueuedRating &queued)
{
    return QJsonDocument::fromJson(queued.body).object();
}

// The child half of killBetweenWriteAndSend: write, say so, then wait to be killed.
int writeThenWaitForKill(const QString &path)
{
    RatingOutbox outbox(path);
    Rating rating = makeRating(outbox.nextSeq().value(), 2);
    rating.ended = SessionEnd::Done;
    if (!outbox.seal(rating))
        return 3;
    std::printf("%s\n", qPrintable(rating.id.toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
    QThread::sleep(600);
    return 0;
}

} // namespace

class RatingOutboxTest : public QObject
{
    Q_OBJECT
private slots:
    void sealedRatingsComeOutOldestFirst()
    {
        QTemporaryDir dir;
        RatingOutbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        QList<QUuid> ids;
        for (int i = 1; i <= 5; ++i) {
            const Rating rating = makeRating(i);
            QVERIFY(outbox.seal(rating));
            ids.append(rating.id);
        }
        const QList<QueuedRating> oldest = outbox.oldestSealed(3);
        QCOMPARE(oldest.size(), 3);
        QCOMPARE(oldest[0].id, ids[0]);
        QCOMPARE(oldest[2].id, ids[2]);
        QCOMPARE(bodyOf(oldest[1]).value(QStringLiteral("seq")).toInt(), 2);
    }

    void openRatingIsNotSentUntilSealedAndThenImmutable()
    {
        QTemporaryDir dir;
        RatingOutbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        Rating rating = makeRating(1, 2);
        QVERIFY(outbox.saveOpen(rating));
        QCOMPARE(outbox.queuedCount(), 1);
        QVERIFY(outbox.oldestSealed(10).isEmpty());

        rating.reasons = {QStringLiteral("cho-lau")};
        QVERIFY(outbox.saveOpen(rating));
        rating.ended = SessionEnd::Done;
        QVERIFY(outbox.seal(rating));
        QCOMPARE(outbox.queuedCount(), 1);
        const QJsonObject sent = bodyOf(outbox.oldestSealed(10).first());
        QCOMPARE(sent.value(QStringLiteral("reasons")).toArray().first().toString(),
                 QStringLiteral("cho-lau"));

        rating.comment = QStringLiteral("đổi ý sau khi gửi");
        const auto refused = outbox.saveOpen(rating);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sealed"));
        QVERIFY(!bodyOf(outbox.oldestSealed(10).first()).contains(QStringLiteral("comment")));
    }

    void onlyAcknowledgedRatingsAreRemoved()
    {
        QTemporaryDir dir;
        RatingOutbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        const Rating first = makeRating(1);
        const Rating second = makeRating(2);
        QVERIFY(outbox.seal(first));
        QVERIFY(outbox.seal(second));
        const auto removed = outbox.removeAcknowledged({first.id, QUuid::createUuid()});
        QVERIFY(removed);
        QCOMPARE(removed.value(), 1);
        QCOMPARE(outbox.oldestSealed(10).size(), 1);
        QCOMPARE(outbox.oldestSealed(10).first().id, second.id);
    }

    void rejectedRatingMovesToDeadLetterNotToNothing()
    {
        QTemporaryDir dir;
        RatingOutbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
        const Rating rating = makeRating(1);
        QVERIFY(outbox.seal(rating));
        QVERIFY(outbox.moveToDeadLetter(rating.id, QStringLiteral("conflict")));
        QCOMPARE(outbox.queuedCount(), 0);
        QCOMPARE(outbox.deadLetterCount(), 1);
    }

    void seqKeepsCountingAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            RatingOutbox outbox(path);
            QCOMPARE(outbox.nextSeq().value(), 1);
            QCOMPARE(outbox.nextSeq().value(), 2);
        }
        RatingOutbox reopened(path);
        QCOMPARE(reopened.nextSeq().value(), 3);
    }

    void sessionCutOffByRestartIsSealedAsTimeout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        Rating rating = makeRating(1, 1);
        {
            RatingOutbox outbox(path);
            QVERIFY(outbox.saveOpen(rating));
        }
        RatingOutbox reopened(path);
        const QList<QueuedRating> sealed = reopened.oldestSealed(10);
        QCOMPARE(sealed.size(), 1);
        QCOMPARE(sealed.first().id, rating.id);
        QCOMPARE(bodyOf(sealed.first()).value(QStringLiteral("ended")).toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(bodyOf(sealed.first()).value(QStringLiteral("overall")).toInt(), 1);
    }

    void ratingSurvivesKillBetweenWriteAndSend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--write-then-wait-for-kill"), path});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        const QUuid written = QUuid::fromString(QString::fromUtf8(child.readLine()).trimmed());
        QVERIFY(!written.isNull());
        child.kill(); // SIGKILL: no destructor, no clean close
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        RatingOutbox reopened(path);
        const QList<QueuedRating> queued = reopened.oldestSealed(10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().id, written);
        QCOMPARE(bodyOf(queued.first()).value(QStringLiteral("overall")).toInt(), 2);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--write-then-wait-for-kill")
        return writeThenWaitForKill(QString::fromLocal8Bit(argv[2]));
    RatingOutboxTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rating_outbox.moc"
