// The one chart renderer: what the dashboard shows and the PDF draws.
#include "ChartSvg.h"
#include "VietnameseFormat.h"
#include "indicators/IndicatorCalculator.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>
#include <functional>

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
    void identicalSeriesEachHaveTheirOwnNamedPanel();
    void aYearByWeekKeepsEveryPointWithLabelsApart();
    void trendPointsCarryTheirValuesInTitles();
    void englishTrendUsesEnglishWords();
};

namespace {

struct SvgText
{
    double x = 0;
    double y = 0;
    QString anchor;
    int size = 0;
    QString content;
};

// Every <text> of a chart, unescaped.
QList<SvgText> textsOf(const QString &svg)
{
    static const QRegularExpression pattern(
        QStringLiteral("<text x=\"([\\d.-]+)\" y=\"([\\d.-]+)\" font-size=\"(\\d+)\"[^>]*"
                       "text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>"));
    QList<SvgText> texts;
    for (auto it = pattern.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString content = m.captured(5);
        content.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        texts.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(4),
                      m.captured(3).toInt(), content});
    }
    return texts;
}

// The horizontal extent a text really takes in the chart's first font.
QPair<double, double> extentOf(const SvgText &text)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(text.size);
    const double width = QFontMetricsF(font).horizontalAdvance(text.content);
    if (text.anchor == QLatin1String("middle"))
        return {text.x - width / 2, text.x + width / 2};
    if (text.anchor == QLatin1String("end"))
        return {text.x - width, text.x};
    return {text.x, text.x + width};
}

QList<TrendPoint> weeks(int count, int n, const std::function<qint64(int)> &satisfied)
{
    QList<TrendPoint> points;
    const QDate firstMonday(2025, 12, 15);
    for (int i = 0; i < count; ++i) {
        const QDate monday = firstMonday.addDays(7 * i);
        points.append({QStringLiteral("Tuần %1/%2")
                           .arg(monday.day(), 2, 10, QLatin1Char('0'))
                           .arg(monday.month(), 2, 10, QLatin1Char('0')),
                       n, satisfied(i), double(satisfied(i)) * 100.0 / n});
    }
    return points;
}

} // namespace

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
    const QList<SvgText> texts = textsOf(text);
    const auto has = [&](const QString &content) {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&](const SvgText &t) { return t.content == content; });
    };
    // The target on the scale and in words; the last value at the line's end, the lowest
    // beside its point.
    QVERIFY(has(QStringLiteral("95 %")));
    QVERIFY(has(QStringLiteral("Chỉ tiêu")));
    QVERIFY(has(QStringLiteral("100,0 %")));
    QVERIFY(has(QStringLiteral("90,0 %")));
    QVERIFY(QSvgRenderer(svg).isValid());
}

void ChartSvgTest::identicalSeriesEachHaveTheirOwnNamedPanel()
{
    // Every administrative rating tied to a field: indicators 1 and 2 are the same line.
    const QList<TrendPoint> points = {{QStringLiteral("T01/2026"), 200, 190, 95.0},
                                      {QStringLiteral("T02/2026"), 180, 168, 168.0 / 1.8},
                                      {QStringLiteral("T03/2026"), 210, 200, 200.0 / 2.1}};
    const QList<TrendLine> lines = {
        {{QStringLiteral("Sự phục vụ của cơ quan hành chính nhà nước"), QString()}, 95.0, points},
        {{QStringLiteral("Giải quyết thủ tục hành chính"), QString()}, 95.0, points}};
    const QByteArray svg = ChartSvg::trend(lines, points);
    const QString text = QString::fromUtf8(svg);
    const QList<SvgText> texts = textsOf(text);
    const auto find = [&](const QString &content) {
        QList<SvgText> found;
        for (const SvgText &t : texts) {
            if (t.content == content)
                found << t;
        }
        return found;
    };
    const QList<SvgText> first = find(QStringLiteral("Sự phục vụ của cơ quan hành chính nhà nước"));
    const QList<SvgText> second = find(QStringLiteral("Giải quyết thủ tục hành chính"));
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    // Side by side or one above the other, never on the same spot.
    QVERIFY(first.first().x != second.first().x || first.first().y != second.first().y);
    // Each line drawn whole in its own panel: two lines, six points, each last value printed.
    QCOMPARE(text.count(QStringLiteral("<polyline")), 2);
    QCOMPARE(text.count(QStringLiteral("<circle")), 6);
    QCOMPARE(find(VietnameseFormat::percent(200.0 / 2.1)).size(), 2);
    QCOMPARE(find(QStringLiteral("Chỉ tiêu")).size(), 2);
    // The ratings in a bar panel of their own, named in words, its bars counted.
    QCOMPARE(find(QStringLiteral("Số phiếu đánh giá nhận được (mọi đơn vị)")).size(), 1);
    QVERIFY(text.contains(QStringLiteral("<title>T02/2026: 180 phiếu</title>")));
    QVERIFY(!find(QStringLiteral("210")).isEmpty());
    QVERIFY(QSvgRenderer(svg).isValid());
}

void ChartSvgTest::aYearByWeekKeepsEveryPointWithLabelsApart()
{
    const QList<TrendPoint> points = weeks(52, 40, [](int i) { return 30 + (i * 7) % 11; });
    const QList<TrendLine> lines = {{{QStringLiteral("Hành chính"), QString()}, 95.0, points},
                                    {{QStringLiteral("Y tế"), QString()},
                                     90.0,
                                     weeks(52, 12, [](int i) { return 8 + i % 5; })}};
    const QByteArray svg = ChartSvg::trend(lines, points);
    const QString text = QString::fromUtf8(svg);
    QCOMPARE(text.count(QStringLiteral("<circle")), 104);
    QCOMPARE(text.count(QStringLiteral("<title>Tuần ")), 104 + 52);

    // The step labels of each panel's axis (one row per panel) never touch.
    QMap<double, QList<SvgText>> axisRows;
    for (const SvgText &t : textsOf(text)) {
        if (t.content.startsWith(QStringLiteral("Tuần ")))
            axisRows[t.y].append(t);
    }
    // Two rows of panels: the two lines side by side, then the ratings.
    QCOMPARE(axisRows.size(), 2);
    QCOMPARE(axisRows.first().size(), 2 * axisRows.last().size());
    QVERIFY(axisRows.last().size() >= 4); // enough to find a week
    for (const QList<SvgText> &row : std::as_const(axisRows)) {
        for (qsizetype i = 1; i < row.size(); ++i) {
            if (row.at(i).x < row.at(i - 1).x)
                continue; // the next panel
            QVERIFY2(extentOf(row.at(i)).first > extentOf(row.at(i - 1)).second + 2,
                     qPrintable(row.at(i - 1).content + QStringLiteral(" / ") + row.at(i).content));
        }
    }
    QVERIFY(QSvgRenderer(svg).isValid());
}

void ChartSvgTest::trendPointsCarryTheirValuesInTitles()
{
    const TrendLine line{{QStringLiteral("Hành chính"), QString()},
                         95.0,
                         {{QStringLiteral("Tuần 02/01"), 1999, 1899, 1899.0 / 1999.0 * 100.0},
                          {QStringLiteral("Tuần 09/01"), 12, 12, 100.0}}};
    const QString text = QString::fromUtf8(ChartSvg::trend({line}));
    QVERIFY(text.contains(
        QStringLiteral("<title>Tuần 02/01: 94,9 % · 1.899/1.999 phiếu hài lòng</title></circle>")));
    QVERIFY(
        text.contains(QStringLiteral("<title>Tuần 09/01: 100,0 % · 12/12 phiếu hài lòng</title>")));
    // Under 30 ratings: a ring, and the note says what a ring means.
    QVERIFY(text.contains(QStringLiteral("dưới 30 phiếu")));
}

void ChartSvgTest::englishTrendUsesEnglishWords()
{
    const TrendLine line{
        {QStringLiteral("Hành chính"), QStringLiteral("Administration")},
        95.0,
        {{QStringLiteral("Dec 2025"), 40, 38, 95.0}, {QStringLiteral("Jan 2026"), 20, 19, 95.0}}};
    const QString text = QString::fromUtf8(ChartSvg::trend(
        {line}, {line.points.first(), line.points.last()}, ReportLanguage::English));
    QVERIFY(text.contains(QStringLiteral(">Administration</text>")));
    QVERIFY(text.contains(QStringLiteral(">Target</text>")));
    QVERIFY(text.contains(QStringLiteral("Ratings received (all units)")));
    QVERIFY(text.contains(
        QStringLiteral("<title>Dec 2025: 95,0 % · 38 of 40 ratings satisfied</title>")));
    QVERIFY(!text.contains(QStringLiteral("phiếu")));
    QVERIFY(!text.contains(QStringLiteral("Hành chính")));
}

QTEST_MAIN(ChartSvgTest)
#include "tst_chart_svg.moc"
