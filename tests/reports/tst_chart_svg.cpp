// The one chart renderer: what the dashboard shows and the PDF draws.
#include "ChartSvg.h"
#include "VietnameseFormat.h"
#include "indicators/IndicatorCalculator.h"

#include <QGuiApplication>
#include <QSvgRenderer>
#include <QTest>

using namespace hailong;

class ChartSvgTest : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreInVietnameseForm();
    void indicatorChartShowsRatesStatusAndTargets();
    void indicatorChartEscapesMarkupInNames();
    void englishChartUsesEnglishWords();
    void hourlyChartHasTwentyFourHours();
    void trendChartBreaksAtEmptySteps();
};

void ChartSvgTest::numbersAreInVietnameseForm()
{
    // Cut, never rounded, so a figure never reads as its target while the verdict says no.
    QCOMPARE(VietnameseFormat::percent(95.25), QStringLiteral("95,2 %"));
    QCOMPARE(VietnameseFormat::percent(100.0), QStringLiteral("100,0 %"));
    QCOMPARE(VietnameseFormat::decimal(93.75), QStringLiteral("93,7"));
    QCOMPARE(VietnameseFormat::decimal(1899.0 / 1999.0 * 100.0), QStringLiteral("94,9"));
    QCOMPARE(VietnameseFormat::decimal(19.0 / 20.0 * 100.0), QStringLiteral("95,0"));
    QCOMPARE(VietnameseFormat::decimal(-2.35), QStringLiteral("-2,3"));
    QCOMPARE(VietnameseFormat::count(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(VietnameseFormat::count(999), QStringLiteral("999"));
    QCOMPARE(VietnameseFormat::date(QDate(2026, 11, 27)), QStringLiteral("27/11/2026"));
    QCOMPARE(VietnameseFormat::interval(93.14, 97.26), QStringLiteral("93,1 – 97,2"));
    QCOMPARE(VietnameseFormat::interval(std::nullopt, 97.0), QStringLiteral("—"));
    // The centre's clock (UTC+7), whatever the server's zone.
    QCOMPARE(VietnameseFormat::dateTime(QDateTime(QDate(2026, 11, 27), QTime(17, 0), Qt::UTC)),
             QStringLiteral("28/11/2026 00:00"));
}

void ChartSvgTest::indicatorChartShowsRatesStatusAndTargets()
{
    const QList<IndicatorDefinition> definitions = IndicatorDefinition::defaults();
    const QList<IndicatorResult> results = {
        IndicatorCalculator::evaluate(definitions.at(0), 190, 200),
        IndicatorCalculator::evaluate(definitions.at(1), 150, 160),
        IndicatorCalculator::evaluate(definitions.at(3), 0, 0)};
    const QByteArray svg = ChartSvg::indicators(results);
    const QString text = QString::fromUtf8(svg);
    QVERIFY(text.contains(QStringLiteral("95,0 % · Đạt · n = 200")));
    QVERIFY(text.contains(QStringLiteral("93,7 % · Không đạt · n = 160")));
    QVERIFY(text.contains(QStringLiteral("Chưa có phiếu")));
    // While the period runs, below target is progress: "Chưa đạt".
    const QString running = QString::fromUtf8(
        ChartSvg::indicators(results, ReportLanguage::Vietnamese, /*periodComplete=*/false));
    QVERIFY(running.contains(QStringLiteral("93,7 % · Chưa đạt · n = 160")));
    QVERIFY(text.contains(QStringLiteral("Chỉ tiêu kế hoạch")));
    QVERIFY(QSvgRenderer(svg).isValid());
}

void ChartSvgTest::indicatorChartEscapesMarkupInNames()
{
    IndicatorDefinition hostile = IndicatorDefinition::defaults().first();
    hostile.name.vi = QStringLiteral("<script>alert(1)</script> & <img src=x onerror=alert(2)>");
    const QString text =
        QString::fromUtf8(ChartSvg::indicators({IndicatorCalculator::evaluate(hostile, 1, 2)}));
    QVERIFY(!text.contains(QStringLiteral("<script>")));
    QVERIFY(!text.contains(QStringLiteral("<img")));
    QVERIFY(text.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img")));
}

void ChartSvgTest::englishChartUsesEnglishWords()
{
    const IndicatorDefinition definition = IndicatorDefinition::defaults().first();
    const QString text = QString::fromUtf8(ChartSvg::indicators(
        {IndicatorCalculator::evaluate(definition, 190, 200)}, ReportLanguage::English));
    QVERIFY(text.contains(QStringLiteral("95,0 % · Met · n = 200")));
    QVERIFY(text.contains(QStringLiteral("Plan target")));
    QVERIFY(!text.contains(QStringLiteral("Đạt")));
}

void ChartSvgTest::hourlyChartHasTwentyFourHours()
{
    const QByteArray svg = ChartSvg::hourly({{8, 12, 11}, {9, 30, 27}, {14, 5, 2}});
    const QString text = QString::fromUtf8(svg);
    for (int hour = 0; hour < 24; ++hour)
        QVERIFY(text.contains(QStringLiteral(">%1</text>").arg(hour)));
    QVERIFY(text.contains(QStringLiteral(">30</text>"))); // the busiest hour's count
    QVERIFY(text.contains(QStringLiteral("Chưa hài lòng")));
    QVERIFY(!text.contains(QStringLiteral("Chưa có phiếu")));
    QVERIFY(QSvgRenderer(svg).isValid());
    QVERIFY(QString::fromUtf8(ChartSvg::hourly({})).contains(QStringLiteral("Chưa có phiếu")));
}

void ChartSvgTest::trendChartBreaksAtEmptySteps()
{
    const TrendLine line{{QStringLiteral("Hành chính"), QStringLiteral("Administration")},
                         95.0,
                         {{QStringLiteral("T01"), 10, 9, 90.0},
                          {QStringLiteral("T02"), 20, 19, 95.0},
                          {QStringLiteral("T03"), 0, 0, std::nullopt},
                          {QStringLiteral("T04"), 10, 10, 100.0}}};
    const QByteArray svg = ChartSvg::trend({line});
    const QString text = QString::fromUtf8(svg);
    QCOMPARE(text.count(QStringLiteral("<polyline")), 1); // T01–T02; T04 stands alone
    QCOMPARE(text.count(QStringLiteral("<circle")), 3);
    QVERIFY(text.contains(QStringLiteral("Chỉ tiêu 95 %")));
    QVERIFY(text.contains(QStringLiteral(">95,0</text>")));
    QVERIFY(QSvgRenderer(svg).isValid());
}

QTEST_MAIN(ChartSvgTest)
#include "tst_chart_svg.moc"
