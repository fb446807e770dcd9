// Storage figures over ranges that do not start or end at a centre midnight (whole days come
// from the rollups, the partial ends from the ratings) equal a plain count, on SQLite and on
// PostgreSQL; and the --db URL forms a province uses are read as documented.
#include "PostgresInstance.h"
#include "TestServer.h"
#include "storage/PostgresAddress.h"
#include "storage/PostgresStorage.h"
#include "storage/SqliteStorage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hailong;
using namespace hailong::testing;

class StoragePeriodsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bucketsOverAnyRangeEqualACount_data();
    void bucketsOverAnyRangeEqualACount();
    void postgresUrls_data();
    void postgresUrls();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresInstance> m_postgres;
    std::unique_ptr<Storage> m_storage;
    QList<QDateTime> m_instants;
};

void StoragePeriodsTest::initTestCase()
{
    if (TestServer::usesPostgres()) {
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->error()));
        const Result<PostgresAddress> address = PostgresAddress::parse(m_postgres->url());
        QVERIFY(address.ok());
        m_storage = std::make_unique<PostgresStorage>(address.value());
    } else {
        m_storage = std::make_unique<SqliteStorage>(m_dir.filePath(QStringLiteral("t.db")));
    }
    // The ratings' centre, as `init` makes it.
    QVERIFY(m_storage->addCentre({QStringLiteral("main"), QStringLiteral("Xã thử")}).ok());
    // One rating every 37 minutes over three days around 1 April 2026 (UTC+7).
    const QDateTime first(QDate(2026, 3, 30), QTime(15, 0), Qt::UTC);
    QList<StoredRating> batch;
    for (int i = 0; i < 120; ++i) {
        StoredRating stored;
        stored.rating.id = QUuid::createUuid();
        stored.rating.createdAt = first.addSecs(i * 37 * 60);
        stored.rating.seq = i + 1;
        stored.rating.survey = QStringLiteral("default");
        stored.rating.overall = 1 + i % 5;
        stored.kioskId = QStringLiteral("k1");
        stored.unitId = QStringLiteral("ubnd");
        stored.satisfied = stored.rating.overall >= 4;
        stored.receivedAt = stored.rating.createdAt;
        stored.effectiveAt = stored.rating.createdAt;
        stored.fingerprint = stored.rating.id.toString();
        m_instants.append(stored.effectiveAt);
        batch.append(stored);
    }
    const QList<StoreOutcome> outcomes = m_storage->storeRatings(batch);
    QCOMPARE(outcomes.count(StoreOutcome::Accepted), batch.size());
}

void StoragePeriodsTest::cleanupTestCase()
{
    m_storage.reset();
    m_postgres.reset();
}

void StoragePeriodsTest::bucketsOverAnyRangeEqualACount_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    const QDateTime midnight(QDate(2026, 3, 31), QTime(17, 0), Qt::UTC); // 1 April, 00:00 +07
    QTest::newRow("whole days") << midnight.addDays(-1) << midnight.addDays(1);
    QTest::newRow("partial first day") << midnight.addSecs(-5 * 3600) << midnight.addDays(1);
    QTest::newRow("partial last day") << midnight.addDays(-1) << midnight.addSecs(7 * 3600);
    QTest::newRow("both ends partial") << midnight.addSecs(-1) << midnight.addSecs(86401);
    QTest::newRow("inside one day") << midnight.addSecs(3600) << midnight.addSecs(5 * 3600);
    QTest::newRow("across one midnight")
        << midnight.addSecs(-3 * 3600) << midnight.addSecs(2 * 3600);
    QTest::newRow("empty") << midnight << midnight;
}

void StoragePeriodsTest::bucketsOverAnyRangeEqualACount()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    const qint64 expected =
        std::count_if(m_instants.cbegin(), m_instants.cend(),
                      [&](const QDateTime &at) { return at >= from && at < to; });
    qint64 counted = 0;
    for (const RatingBucket &bucket : m_storage->ratingBuckets(from, to))
        counted += bucket.n;
    QCOMPARE(counted, expected);
}

void StoragePeriodsTest::postgresUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::newRow("full") << QStringLiteral("postgresql://hl:m%C3%A2t%40k@db.tinh.vn:6432/hailong")
                          << true << QStringLiteral("db.tinh.vn") << 6432 << QStringLiteral("hl")
                          << QStringLiteral("mât@k") << QStringLiteral("hailong");
    QTest::newRow("socket folder")
        << QStringLiteral("postgresql://hl@/hailong?host=/run/postgresql") << true
        << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("hl") << QString()
        << QStringLiteral("hailong");
    QTest::newRow("short scheme, default port")
        << QStringLiteral("postgres://hl@localhost/x?sslmode=require") << true
        << QStringLiteral("localhost") << 5432 << QStringLiteral("hl") << QString()
        << QStringLiteral("x");
    QTest::newRow("no database") << QStringLiteral("postgresql://hl@localhost/") << false
                                 << QString() << 0 << QString() << QString() << QString();
    QTest::newRow("unknown parameter")
        << QStringLiteral("postgresql://hl@localhost/x?colour=blue") << false << QString() << 0
        << QString() << QString() << QString();
    QTest::newRow("bad port") << QStringLiteral("postgresql://hl@localhost/x?port=99999") << false
                              << QString() << 0 << QString() << QString() << QString();
}

void StoragePeriodsTest::postgresUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const Result<PostgresAddress> address = PostgresAddress::parse(url);
    QCOMPARE(address.ok(), valid);
    if (!valid) {
        QCOMPARE(address.error().code, QStringLiteral("invalid-db-url"));
        return;
    }
    QTEST(address.value().host, "host");
    QTEST(address.value().port, "port");
    QTEST(address.value().user, "user");
    QTEST(address.value().password, "password");
    QTEST(address.value().database, "database");
    QVERIFY(!address.value().display().contains(address.value().password) ||
            address.value().password.isEmpty());
}

QTEST_GUILESS_MAIN(StoragePeriodsTest)
#include "tst_storage_periods.moc"
