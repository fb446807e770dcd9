#include "indicators/WilsonInterval.h"

#include <QTest>

using hailong::WilsonInterval;

// Expected bounds computed by hand from the Wilson formula with z = 1.959964:
//   centre = (p + z²/2n) / (1 + z²/n), half = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n).
class TestWilsonInterval : public QObject
{
    Q_OBJECT

private slots:
    void bounds_data()
    {
        QTest::addColumn<qint64>("satisfied");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // p = 0.9, z²/n = 0.076829: centre 0.871460, half 0.085124.
        QTest::newRow("45 of 50") << qint64(45) << qint64(50) << 78.64 << 95.65;
        // p = 0: low is exactly 0; high = (z²/n) / (1 + z²/n) = 0.38415 / 1.38415.
        QTest::newRow("0 of 10") << qint64(0) << qint64(10) << 0.0 << 27.75;
        // p = 1: the mirror image of 0 of 10.
        QTest::newRow("10 of 10") << qint64(10) << qint64(10) << 72.25 << 100.0;
        // p = 0.5: symmetric around 50.
        QTest::newRow("50 of 100") << qint64(50) << qint64(100) << 40.38 << 59.62;
        QTest::newRow("95 of 100") << qint64(95) << qint64(100) << 88.82 << 97.85;
        QTest::newRow("1 of 1") << qint64(1) << qint64(1) << 20.65 << 100.0;
    }

    void bounds()
    {
        QFETCH(qint64, satisfied);
        QFETCH(qint64, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const WilsonInterval interval = WilsonInterval::at95(satisfied, n);
        QVERIFY2(qAbs(interval.low - low) < 0.01, qPrintable(QString::number(interval.low)));
        QVERIFY2(qAbs(interval.high - high) < 0.01, qPrintable(QString::number(interval.high)));
    }

    void staysWithinZeroToHundred()
    {
        for (const qint64 n : {1, 7, 100, 100000}) {
            const WilsonInterval all = WilsonInterval::at95(n, n);
            const WilsonInterval none = WilsonInterval::at95(0, n);
            QVERIFY(all.high <= 100.0);
            QVERIFY(all.low > 0.0);
            QCOMPARE(none.low, 0.0);
            QVERIFY(none.high < 100.0);
        }
    }

    void narrowsAsSampleGrows()
    {
        const WilsonInterval small = WilsonInterval::at95(9, 10);
        const WilsonInterval large = WilsonInterval::at95(900, 1000);
        QVERIFY(large.high - large.low < small.high - small.low);
        QVERIFY(large.low < 90.0 && large.high > 90.0);
    }
};

QTEST_APPLESS_MAIN(TestWilsonInterval)
#include "tst_wilsoninterval.moc"
