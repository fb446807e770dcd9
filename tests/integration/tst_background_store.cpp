// Ratings stored in the background (Storage::storeRatingsInBackground, the commit thread the
// API uses): the answers come back on the calling thread, in the order the batches were posted,
// with the outcomes a direct store gives; an answer whose requester is gone is dropped while its
// ratings are still kept; closing the storage finishes the batch in flight. On SQLite and on
// PostgreSQL.
#include "PostgresInstance.h"
#include "TestServer.h"
#include "storage/PostgresAddress.h"
#include "storage/PostgresStorage.h"
#include "storage/SqliteStorage.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hailong;
using namespace hailong::testing;

namespace {
constexpr int answerTimeoutMs = 30000;

StoredRating rating(const QUuid &id, const QString &fingerprint)
{
    StoredRating stored;
    stored.rating.id = id;
    stored.rating.createdAt = QDateTime(QDate(2026, 4, 1), QTime(3, 0), Qt::UTC);
    stored.rating.seq = 1;
    stored.rating.survey = QStringLiteral("default");
    stored.rating.overall = 5;
    stored.kioskId = QStringLiteral("k1");
    stored.unitId = QStringLiteral("ubnd");
    stored.satisfied = true;
    stored.receivedAt = stored.rating.createdAt;
    stored.effectiveAt = stored.rating.createdAt;
    stored.fingerprint = fingerprint;
    return stored;
}

StoredRating newRating()
{
    const QUuid id = QUuid::createUuid();
    return rating(id, id.toString());
}

// What one background store answered, and on which thread.
struct Answer
{
    bool arrived = false;
    QThread *thread = nullptr;
    QList<StoreOutcome> outcomes;
    QString fault;
};

std::function<void(Storage::StoreResult)> recordInto(Answer &answer, QList<int> *order = nullptr,
                                                     int index = 0)
{
    return [&answer, order, index](Storage::StoreResult result) {
        answer.arrived = true;
        answer.thread = QThread::currentThread();
        if (const auto *outcomes = std::get_if<QList<StoreOutcome>>(&result))
            answer.outcomes = *outcomes;
        else
            answer.fault = QString::fromStdString(std::get<StorageError>(result).what());
        if (order)
            order->append(index);
    };
}
} // namespace

class BackgroundStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersOnTheCallingThreadWithTheDirectOutcomes();
    void batchesAreStoredInTheOrderPosted();
    void answerIsDroppedWhenItsRequesterIsGone();
    void closingTheStorageFinishesTheBatchInFlight();
    void cleanupTestCase();

private:
    std::unique_ptr<Storage> openStorage();
    qint64 storedCount();

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresInstance> m_postgres;
    std::unique_ptr<Storage> m_storage;
};

std::unique_ptr<Storage> BackgroundStoreTest::openStorage()
{
    if (!m_postgres)
        return std::make_unique<SqliteStorage>(m_dir.filePath(QStringLiteral("t.db")));
    const Result<PostgresAddress> address = PostgresAddress::parse(m_postgres->url());
    return std::make_unique<PostgresStorage>(address.value());
}

// Read through the storage's own (first) connection, as the dashboard reads.
qint64 BackgroundStoreTest::storedCount()
{
    qint64 count = 0;
    for (const RatingBucket &bucket :
         m_storage->ratingBuckets(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                  QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)))
        count += bucket.n;
    return count;
}

void BackgroundStoreTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (TestServer::usesPostgres()) {
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->error()));
        QVERIFY(PostgresAddress::parse(m_postgres->url()).ok());
    }
    m_storage = openStorage();
    // The ratings' centre, as `init` makes it.
    QVERIFY(m_storage->addCentre({QStringLiteral("main"), QStringLiteral("Xã thử")}).ok());
}

void BackgroundStoreTest::cleanupTestCase()
{
    m_storage.reset();
    m_postgres.reset();
}

void BackgroundStoreTest::answersOnTheCallingThreadWithTheDirectOutcomes()
{
    const qint64 before = storedCount();
    const StoredRating kept = newRating();
    QObject requester;
    Answer first;
    m_storage->storeRatingsInBackground({kept, newRating()}, &requester, recordInto(first));
    QTRY_VERIFY_WITH_TIMEOUT(first.arrived, answerTimeoutMs);
    QCOMPARE(first.thread, QThread::currentThread());
    QVERIFY2(first.fault.isEmpty(), qPrintable(first.fault));
    QCOMPARE(first.outcomes, QList<StoreOutcome>({StoreOutcome::Accepted, StoreOutcome::Accepted}));
    // Committed before the answer: the first connection sees both at once.
    QCOMPARE(storedCount(), before + 2);

    StoredRating conflicting = kept;
    conflicting.fingerprint = QStringLiteral("other content");
    Answer second;
    m_storage->storeRatingsInBackground({kept, conflicting, newRating()}, &requester,
                                        recordInto(second));
    QTRY_VERIFY_WITH_TIMEOUT(second.arrived, answerTimeoutMs);
    QCOMPARE(second.outcomes, QList<StoreOutcome>({StoreOutcome::Duplicate, StoreOutcome::Conflict,
                                                   StoreOutcome::Accepted}));
    QCOMPARE(storedCount(), before + 3);
}

void BackgroundStoreTest::batchesAreStoredInTheOrderPosted()
{
    // The same new rating in three batches posted back to back: the first one stores it.
    const StoredRating same = newRating();
    QObject requester;
    QList<int> order;
    Answer answers[3];
    for (int i = 0; i < 3; ++i)
        m_storage->storeRatingsInBackground({same}, &requester, recordInto(answers[i], &order, i));
    QTRY_VERIFY_WITH_TIMEOUT(answers[2].arrived, answerTimeoutMs);
    QCOMPARE(order, QList<int>({0, 1, 2}));
    QCOMPARE(answers[0].outcomes, QList<StoreOutcome>({StoreOutcome::Accepted}));
    QCOMPARE(answers[1].outcomes, QList<StoreOutcome>({StoreOutcome::Duplicate}));
    QCOMPARE(answers[2].outcomes, QList<StoreOutcome>({StoreOutcome::Duplicate}));
}

void BackgroundStoreTest::answerIsDroppedWhenItsRequesterIsGone()
{
    const qint64 before = storedCount();
    Answer orphan;
    {
        QObject requester;
        m_storage->storeRatingsInBackground({newRating(), newRating()}, &requester,
                                            recordInto(orphan));
    }
    QObject later;
    Answer next;
    m_storage->storeRatingsInBackground({newRating()}, &later, recordInto(next));
    QTRY_VERIFY_WITH_TIMEOUT(next.arrived, answerTimeoutMs);
    QVERIFY(!orphan.arrived);
    // Nobody heard of the first batch, but it was committed: a kiosk that lost the answer
    // resends it and gets "duplicate".
    QCOMPARE(storedCount(), before + 3);
}

void BackgroundStoreTest::closingTheStorageFinishesTheBatchInFlight()
{
    const qint64 before = storedCount();
    QObject requester;
    Answer unheard;
    m_storage->storeRatingsInBackground({newRating(), newRating(), newRating()}, &requester,
                                        recordInto(unheard));
    m_storage.reset();
    QVERIFY(!unheard.arrived);
    m_storage = openStorage();
    QCOMPARE(storedCount(), before + 3);
}

QTEST_GUILESS_MAIN(BackgroundStoreTest)
#include "tst_background_store.moc"
