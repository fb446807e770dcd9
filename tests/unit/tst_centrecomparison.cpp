// The prior strength of the centres' shrunk rates (method of moments), on figures worked out by
// hand: the spread between centres beyond what sampling explains sets m, within its floor and
// ceiling.
#include "services/CentreComparison.h"

#include <QtTest>

using hailong::CentreComparison;
// Each centre's (n, satisfied).
using Counts = QList<std::pair<qint64, qint64>>;

class CentreComparisonTest : public QObject
{
    Q_OBJECT

private slots:
    void priorStrength_data();
    void priorStrength();
};

void CentreComparisonTest::priorStrength_data()
{
    QTest::addColumn<Counts>("centres");
    QTest::addColumn<double>("expected");
    // p = 0.85; rates 0.9, 0.8, 0.85: variance 0.0025, sampling 0.1275 × 0.001 = 0.0001275,
    // τ² = 0.0023725, m = 0.1275 / τ² − 1 = 52.74.
    QTest::newRow("spread beyond sampling")
        << Counts{{1000, 900}, {1000, 800}, {1000, 850}} << 0.1275 / 0.0023725 - 1.0;
    // p = 0.8; τ² = 0.02 − 0.0016 gives m ≈ 7.7: held at the floor.
    QTest::newRow("floor") << Counts{{100, 90}, {100, 70}} << 20.0;
    // The same rate everywhere: no spread beyond chance, m is the province's count.
    QTest::newRow("no spread") << Counts{{50, 40}, {100, 80}, {0, 0}} << 150.0;
    QTest::newRow("one centre rated") << Counts{{40, 30}, {0, 0}} << 20.0;
    QTest::newRow("none rated") << Counts{{0, 0}} << 20.0;
}

void CentreComparisonTest::priorStrength()
{
    QFETCH(Counts, centres);
    QFETCH(double, expected);
    QVERIFY2(qAbs(CentreComparison::priorStrength(centres) - expected) < 1e-9,
             qPrintable(QString::number(CentreComparison::priorStrength(centres))));
}

QTEST_APPLESS_MAIN(CentreComparisonTest)
#include "tst_centrecomparison.moc"
