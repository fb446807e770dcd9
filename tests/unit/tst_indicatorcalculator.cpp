#include "indicators/IndicatorCalculator.h"

#include <QJsonObject>
#include <QTest>

using namespace hailong;

namespace {

IndicatorDefinition definitionWithTarget(double target)
{
    IndicatorDefinition definition = IndicatorDefinition::defaults().first();
    definition.target = target;
    return definition;
}

const IndicatorResult *findResult(const QList<IndicatorResult> &results, const QString &id)
{
    for (const IndicatorResult &result : results) {
        if (result.definition.id == id)
            return &result;
    }
    return nullptr;
}

} // namespace

class TestIndicatorCalculator : public QObject
{
    Q_OBJECT

private slots:
    void noRatingsHasNoRateAndNoVerdict()
    {
        const IndicatorResult result =
            IndicatorCalculator::evaluate(definitionWithTarget(95), 0, 0);
        QCOMPARE(result.n, 0);
        QVERIFY(!result.rate);
        QVERIFY(!result.ciLow);
        QVERIFY(!result.ciHigh);
        QVERIFY(!result.status);
        QVERIFY(!result.confidence);

        const QJsonObject json = result.toJson();
        QVERIFY(json.value("rate").isNull());
        QVERIFY(json.value("ci_low").isNull());
        QVERIFY(json.value("ci_high").isNull());
        QVERIFY(json.value("status").isNull());
        QVERIFY(json.value("confidence").isNull());
    }

    void allSatisfied()
    {
        // 300 of 300: Wilson low = 98.74 >= 95, so the target is met beyond doubt.
        const IndicatorResult result =
            IndicatorCalculator::evaluate(definitionWithTarget(95), 300, 300);
        QCOMPARE(*result.rate, 100.0);
        QVERIFY(qAbs(*result.ciLow - 98.74) < 0.01);
        QVERIFY(qAbs(*result.ciHigh - 100.0) < 0.01);
        QCOMPARE(result.status.value(), IndicatorStatus::Met);
        QCOMPARE(result.confidence.value(), Confidence::Certain);
    }

    void noneSatisfied()
    {
        // 0 of 10: 0 .. 27.75, wholly below 95.
        const IndicatorResult result =
            IndicatorCalculator::evaluate(definitionWithTarget(95), 0, 10);
        QCOMPARE(*result.rate, 0.0);
        QCOMPARE(*result.ciLow, 0.0);
        QVERIFY(qAbs(*result.ciHigh - 27.75) < 0.01);
        QCOMPARE(result.status.value(), IndicatorStatus::NotMet);
        QCOMPARE(result.confidence.value(), Confidence::Certain);
    }

    void statusAndConfidence_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<qint64>("satisfied");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("confidence");
        // Exactly on target counts as met; the interval 88.82..97.85 straddles 95.
        QTest::newRow("on target") << 95.0 << qint64(95) << qint64(100) << "met"
                                   << "uncertain";
        // 45/50 = 90 %: met for a 90 % target, but 78.64..95.65 straddles it.
        QTest::newRow("45/50 vs 90") << 90.0 << qint64(45) << qint64(50) << "met"
                                     << "uncertain";
        // 930/1000: 91.25..94.42 lies wholly below 95.
        QTest::newRow("clearly below") << 95.0 << qint64(930) << qint64(1000) << "not-met"
                                       << "certain";
        // 99/100: 94.55..99.82 straddles 95 although the rate is well above.
        QTest::newRow("above, small n") << 95.0 << qint64(99) << qint64(100) << "met"
                                        << "uncertain";
        // 960/1000 vs 90: 94.60..97.05 wholly above.
        QTest::newRow("clearly above") << 90.0 << qint64(960) << qint64(1000) << "met"
                                       << "certain";
        // 190/200 = 95 % vs 96: not met, 91.04..97.26 straddles.
        QTest::newRow("just below") << 96.0 << qint64(190) << qint64(200) << "not-met"
                                    << "uncertain";
    }

    void statusAndConfidence()
    {
        QFETCH(double, target);
        QFETCH(qint64, satisfied);
        QFETCH(qint64, n);
        QFETCH(QString, status);
        QFETCH(QString, confidence);
        const IndicatorResult result =
            IndicatorCalculator::evaluate(definitionWithTarget(target), satisfied, n);
        QCOMPARE(indicatorStatusCode(result.status.value()), status);
        QCOMPARE(confidenceCode(result.confidence.value()), confidence);
    }

    void requiredSampleSize()
    {
        // n = N / (1 + N·0.0025): 1000 / 3.5 = 285.71 -> 286; 400 / 2 = 200 exactly.
        QCOMPARE(IndicatorCalculator::requiredSampleSize(1000), 286);
        QCOMPARE(IndicatorCalculator::requiredSampleSize(400), 200);
        QCOMPARE(IndicatorCalculator::requiredSampleSize(100), 80);
        QCOMPARE(IndicatorCalculator::requiredSampleSize(1), 1);
        QCOMPARE(IndicatorCalculator::requiredSampleSize(0), 0);
        // Never more than 400, however many dossiers.
        QCOMPARE(IndicatorCalculator::requiredSampleSize(10000000), 400);
    }

    void sampleReachedOnlyWhenKnown()
    {
        const IndicatorResult unknown =
            IndicatorCalculator::evaluate(definitionWithTarget(95), 280, 285);
        QVERIFY(!unknown.requiredSample);
        QVERIFY(!unknown.toJson().contains("required_sample"));
        QVERIFY(!unknown.toJson().contains("sample_reached"));
        QVERIFY(!unknown.toJson().contains("dossiers_handled"));

        const IndicatorResult shortBy1 =
            IndicatorCalculator::evaluate(definitionWithTarget(95), 280, 285, 1000);
        QCOMPARE(*shortBy1.requiredSample, 286);
        QCOMPARE(*shortBy1.sampleReached, false);
        QCOMPARE(shortBy1.toJson().value("required_sample").toInteger(), 286);
        QCOMPARE(shortBy1.toJson().value("sample_reached").toBool(), false);
        QCOMPARE(shortBy1.toJson().value("dossiers_handled").toInteger(), 1000);

        const IndicatorResult reached =
            IndicatorCalculator::evaluate(definitionWithTarget(95), 280, 286, 1000);
        QCOMPARE(*reached.sampleReached, true);
        QCOMPARE(reached.toJson().value("sample_reached").toBool(), true);
    }

    void jsonHasTheWireShape()
    {
        const IndicatorResult result =
            IndicatorCalculator::evaluate(definitionWithTarget(95), 45, 50);
        const QJsonObject json = result.toJson();
        QCOMPARE(json.keys(), (QStringList{"ci_high", "ci_low", "confidence", "id", "n", "name",
                                           "rate", "satisfied", "status", "target"}));
        QCOMPARE(json.value("id").toString(), QStringLiteral("admin-service"));
        QCOMPARE(json.value("name").toString(),
                 QStringLiteral("Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của "
                                "cơ quan hành chính nhà nước"));
        QCOMPARE(json.value("target").toDouble(), 95.0);
        QCOMPARE(json.value("n").toInteger(), 50);
        QCOMPARE(json.value("satisfied").toInteger(), 45);
        // Unrounded: rounding is for display only.
        QCOMPARE(json.value("rate").toDouble(), 90.0);
        QVERIFY(qAbs(json.value("ci_low").toDouble() - 78.6398) < 0.001);
        QVERIFY(qAbs(json.value("ci_high").toDouble() - 95.6524) < 0.001);
        QCOMPARE(json.value("status").toString(), QStringLiteral("not-met"));
    }

    void evaluateAllSumsBucketsInScope()
    {
        const QList<RatingBucket> buckets = {
            {UnitKind::Admin, false, QString(), 10, 10}, // walk-in, untied
            {UnitKind::Admin, true, QStringLiteral("ho-tich"), 20, 19},
            {UnitKind::Admin, true, QStringLiteral("dat-dai"), 30, 24},
            {UnitKind::Admin, true, QStringLiteral("xay-dung"), 5, 5},
            {UnitKind::Health, false, QString(), 40, 38},
            {UnitKind::Education, false, QString(), 7, 6},
        };
        const QList<IndicatorResult> results =
            IndicatorCalculator::evaluateAll(IndicatorDefinition::defaults(), buckets);
        QCOMPARE(results.size(), 5);

        const IndicatorResult *admin = findResult(results, "admin-service");
        QCOMPARE(admin->n, 65);
        QCOMPARE(admin->satisfied, 58);
        const IndicatorResult *tthc = findResult(results, "tthc");
        QCOMPARE(tthc->n, 55);
        QCOMPARE(tthc->satisfied, 48);
        const IndicatorResult *land = findResult(results, "tthc-land");
        QCOMPARE(land->n, 35);
        QCOMPARE(land->satisfied, 29);
        const IndicatorResult *health = findResult(results, "health");
        QCOMPARE(health->n, 40);
        QCOMPARE(health->satisfied, 38);
        QCOMPARE(*health->rate, 95.0);
        QCOMPARE(health->status, IndicatorStatus::Met);
        const IndicatorResult *education = findResult(results, "education");
        QCOMPARE(education->n, 7);
        QCOMPARE(education->satisfied, 6);
    }

    void evaluateAllWithNoBuckets()
    {
        const QList<IndicatorResult> results =
            IndicatorCalculator::evaluateAll(IndicatorDefinition::defaults(), {});
        QCOMPARE(results.size(), 5);
        for (const IndicatorResult &result : results) {
            QCOMPARE(result.n, 0);
            QVERIFY(!result.rate);
        }
    }
};

QTEST_APPLESS_MAIN(TestIndicatorCalculator)
#include "tst_indicatorcalculator.moc"
