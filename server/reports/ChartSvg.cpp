#include "ChartSvg.h"

#include "VietnameseFormat.h"

#include <QPointF>
#include <QSet>
#include <QString>
#include <algorithm>
#include <cmath>
#include <functional>

namespace hailong {

namespace {

const QString kFontFamily = QStringLiteral("Noto Sans, DejaVu Sans, sans-serif");
const QString kInk = QStringLiteral("#1f2933");
const QString kMuted = QStringLiteral("#52606d");
const QString kGrid = QStringLiteral("#d9dee3");
const QString kMet = QStringLiteral("#1e7b34");
const QString kNotMet = QStringLiteral("#b3261e");
const QString kTarget = QStringLiteral("#1a237e");
const QString kUnsatisfied = QStringLiteral("#e8a33d");
// Below this many ratings a step's 95 % interval still spans ten points or more either side,
// so its rate is drawn as not yet reliable.
constexpr qint64 kLowConfidenceRatings = 30;
const QStringList kLineColours = {QStringLiteral("#1565c0"), QStringLiteral("#2e7d32"),
                                  QStringLiteral("#c62828"), QStringLiteral("#6a1b9a"),
                                  QStringLiteral("#ef6c00"), QStringLiteral("#00838f")};

QString words(ReportLanguage language, const char *vi, const char *en)
{
    return QString::fromUtf8(language == ReportLanguage::English ? en : vi);
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

// Appends SVG elements; every piece of data passes through escaping, so a name can never
// become markup in the page that shows the chart.
class SvgText
{
public:
    SvgText(int width, int height, const QString &title)
    {
        m_svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                                "baseProfile=\"tiny\" width=\"%1\" height=\"%2\" "
                                "viewBox=\"0 0 %1 %2\" font-family=\"%3\" role=\"img\">\n")
                     .arg(width)
                     .arg(height)
                     .arg(kFontFamily);
        m_svg += QStringLiteral("<title>%1</title>\n").arg(title.toHtmlEscaped());
        m_svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" "
                                "fill=\"#ffffff\"/>\n")
                     .arg(width)
                     .arg(height);
    }

    void rect(double x, double y, double w, double h, const QString &fill)
    {
        m_svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                "fill=\"%5\"/>\n")
                     .arg(num(x), num(y), num(std::max(0.0, w)), num(std::max(0.0, h)), fill);
    }

    void line(double x1, double y1, double x2, double y2, const QString &stroke, double width,
              bool dashed = false)
    {
        m_svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" "
                                "stroke-width=\"%6\"%7/>\n")
                     .arg(num(x1), num(y1), num(x2), num(y2), stroke, num(width),
                          dashed ? QStringLiteral(" stroke-dasharray=\"6,4\"") : QString());
    }

    void polyline(const QList<QPointF> &points, const QString &stroke, bool dashed = false)
    {
        QStringList coords;
        for (const QPointF &p : points)
            coords << num(p.x()) + QLatin1Char(',') + num(p.y());
        m_svg += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" "
                                "stroke-width=\"%3\"%4/>\n")
                     .arg(coords.join(QLatin1Char(' ')), stroke,
                          dashed ? QStringLiteral("2") : QStringLiteral("3"),
                          dashed ? QStringLiteral(" stroke-dasharray=\"5,4\"") : QString());
    }

    void circle(double cx, double cy, double r, const QString &fill)
    {
        m_svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"/>\n")
                     .arg(num(cx), num(cy), num(r), fill);
    }

    // A ring: white inside, `stroke` around.
    void ring(double cx, double cy, double r, const QString &stroke)
    {
        m_svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"#ffffff\" "
                                "stroke=\"%4\" stroke-width=\"2\"/>\n")
                     .arg(num(cx), num(cy), num(r), stroke);
    }

    // The legend's ring, drawn as an ellipse so that circles stay the chart's data points.
    void legendRing(double cx, double cy, double r, const QString &stroke)
    {
        m_svg += QStringLiteral("<ellipse cx=\"%1\" cy=\"%2\" rx=\"%3\" ry=\"%3\" "
                                "fill=\"#ffffff\" stroke=\"%4\" stroke-width=\"2\"/>\n")
                     .arg(num(cx), num(cy), num(r), stroke);
    }

    void text(double x, double y, const QString &content, int size, const QString &fill,
              const QString &anchor = QStringLiteral("start"), bool bold = false)
    {
        m_svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" fill=\"%4\" "
                                "text-anchor=\"%5\"%6>%7</text>\n")
                     .arg(num(x), num(y))
                     .arg(size)
                     .arg(fill, anchor, bold ? QStringLiteral(" font-weight=\"bold\"") : QString(),
                          content.toHtmlEscaped());
    }

    QByteArray finish()
    {
        m_svg += QStringLiteral("</svg>\n");
        return m_svg.toUtf8();
    }

private:
    QString m_svg;
};

QString elided(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1).trimmed() + QChar(0x2026);
}

// A round step for an axis that reaches `maximum` in about `ticks` steps.
qint64 niceStep(qint64 maximum, int ticks)
{
    const double raw = std::max(1.0, double(maximum) / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return std::max<qint64>(1, qint64(factor * magnitude));
    }
    return qint64(10 * magnitude);
}

} // namespace

QByteArray ChartSvg::indicators(const QList<IndicatorResult> &results, ReportLanguage language,
                                bool periodComplete)
{
    constexpr int width = 860;
    constexpr double left = 16;
    constexpr double barWidth = 560; // 0–100 %
    constexpr double rowHeight = 56;
    constexpr double top = 12;
    const double plotBottom = top + rowHeight * results.size();
    const int height = int(plotBottom + 56);
    const auto xOf = [&](double percent) {
        return left + barWidth * std::clamp(percent, 0.0, 100.0) / 100.0;
    };

    SvgText svg(width, height,
                words(language, "Kết quả các chỉ tiêu so với kế hoạch",
                      "Indicators against the plan's targets"));

    for (int tick = 0; tick <= 100; tick += 20) {
        svg.line(xOf(tick), top, xOf(tick), plotBottom, kGrid, 1);
        svg.text(xOf(tick), plotBottom + 18, VietnameseFormat::percent(tick, 0), 12, kMuted,
                 QStringLiteral("middle"));
    }

    for (int i = 0; i < results.size(); ++i) {
        const IndicatorResult &result = results.at(i);
        const double rowTop = top + rowHeight * i;
        const double barTop = rowTop + 26;
        constexpr double barHeight = 22;
        svg.text(left, rowTop + 18,
                 QStringLiteral("%1. %2").arg(i + 1).arg(
                     elided(localized(result.definition.name, language), 100)),
                 14, kInk, QStringLiteral("start"), true);
        svg.rect(left, barTop, barWidth, barHeight, QStringLiteral("#f1f3f5"));

        QString summary;
        if (result.rate) {
            const bool met = result.status == IndicatorStatus::Met;
            const QString colour = met ? kMet : kNotMet;
            svg.rect(left, barTop, xOf(*result.rate) - left, barHeight, colour);
            if (result.ciLow && result.ciHigh) {
                const double mid = barTop + barHeight / 2;
                svg.line(xOf(*result.ciLow), mid, xOf(*result.ciHigh), mid, kInk, 2);
                svg.line(xOf(*result.ciLow), mid - 6, xOf(*result.ciLow), mid + 6, kInk, 2);
                svg.line(xOf(*result.ciHigh), mid - 6, xOf(*result.ciHigh), mid + 6, kInk, 2);
            }
            const QString status = verdictWord(result, periodComplete, language);
            summary = QStringLiteral("%1 · %2 · n = %3")
                          .arg(VietnameseFormat::percent(*result.rate), status,
                               VietnameseFormat::count(result.n));
            svg.text(left + barWidth + 14, barTop + 16, summary, 14, colour,
                     QStringLiteral("start"), true);
        } else {
            svg.text(left + barWidth + 14, barTop + 16,
                     words(language, "Chưa có phiếu", "No ratings yet"), 14, kMuted);
        }
        const double targetX = xOf(result.definition.target);
        svg.line(targetX, barTop - 5, targetX, barTop + barHeight + 5, kTarget, 3);
    }

    const double legendY = plotBottom + 44;
    svg.rect(left, legendY - 11, 18, 12, kMet);
    svg.text(left + 24, legendY, words(language, "Kết quả (Đạt)", "Result (met)"), 12, kInk);
    svg.rect(left + 140, legendY - 11, 18, 12, kNotMet);
    svg.text(left + 164, legendY, words(language, "Kết quả (Không đạt)", "Result (not met)"), 12,
             kInk);
    svg.line(left + 320, legendY - 13, left + 320, legendY + 3, kTarget, 3);
    svg.text(left + 328, legendY, words(language, "Chỉ tiêu kế hoạch", "Plan target"), 12, kInk);
    svg.line(left + 470, legendY - 5, left + 500, legendY - 5, kInk, 2);
    svg.line(left + 470, legendY - 11, left + 470, legendY + 1, kInk, 2);
    svg.line(left + 500, legendY - 11, left + 500, legendY + 1, kInk, 2);
    svg.text(left + 508, legendY,
             words(language, "Khoảng tin cậy 95 %", "95 % confidence interval"), 12, kInk);
    return svg.finish();
}

QByteArray ChartSvg::hourly(const QList<HourlyCount> &counts, ReportLanguage language)
{
    constexpr int width = 860;
    constexpr int height = 280;
    constexpr double left = 56, right = 844, top = 40, bottom = 236;
    QList<HourlyCount> byHour(24);
    for (int hour = 0; hour < 24; ++hour)
        byHour[hour].hour = hour;
    for (const HourlyCount &count : counts) {
        if (count.hour >= 0 && count.hour < 24)
            byHour[count.hour] = count;
    }
    qint64 maximum = 0;
    for (const HourlyCount &count : byHour)
        maximum = std::max(maximum, count.n);

    SvgText svg(width, height,
                words(language, "Số phiếu theo giờ trong ngày", "Ratings by hour of the day"));
    const qint64 step = niceStep(std::max<qint64>(maximum, 4), 4);
    const qint64 axisTop = ((std::max<qint64>(maximum, 1) + step - 1) / step) * step;
    const auto yOf = [&](double value) { return bottom - (bottom - top) * value / axisTop; };
    for (qint64 tick = 0; tick <= axisTop; tick += step) {
        svg.line(left, yOf(tick), right, yOf(tick), kGrid, 1);
        svg.text(left - 8, yOf(tick) + 4, VietnameseFormat::count(tick), 12, kMuted,
                 QStringLiteral("end"));
    }
    const double slot = (right - left) / 24;
    for (const HourlyCount &count : byHour) {
        const double x = left + slot * count.hour + 3;
        const double barWidth = slot - 6;
        svg.rect(x, yOf(count.satisfied), barWidth, bottom - yOf(count.satisfied), kMet);
        svg.rect(x, yOf(count.n), barWidth, yOf(count.satisfied) - yOf(count.n), kUnsatisfied);
        if (count.n > 0)
            svg.text(x + barWidth / 2, yOf(count.n) - 4, VietnameseFormat::count(count.n), 11, kInk,
                     QStringLiteral("middle"));
        svg.text(x + barWidth / 2, bottom + 16, QString::number(count.hour), 11, kMuted,
                 QStringLiteral("middle"));
    }
    svg.text((left + right) / 2, bottom + 36, words(language, "Giờ", "Hour"), 12, kMuted,
             QStringLiteral("middle"));
    svg.rect(left, 12, 14, 12, kMet);
    svg.text(left + 20, 22, words(language, "Hài lòng", "Satisfied"), 12, kInk);
    svg.rect(left + 120, 12, 14, 12, kUnsatisfied);
    svg.text(left + 140, 22, words(language, "Chưa hài lòng", "Not satisfied"), 12, kInk);
    if (maximum == 0)
        svg.text((left + right) / 2, (top + bottom) / 2,
                 words(language, "Chưa có phiếu", "No ratings yet"), 16, kMuted,
                 QStringLiteral("middle"));
    return svg.finish();
}

QByteArray ChartSvg::trend(const QList<TrendLine> &lines, ReportLanguage language)
{
    constexpr int width = 860;
    constexpr double left = 60, right = 840, top = 20, bottom = 230;
    constexpr double countRowsTop = bottom + 40, countRowHeight = 15, legendRowHeight = 22;
    const QList<TrendPoint> steps = lines.isEmpty() ? QList<TrendPoint>() : lines.first().points;
    const bool anyLowConfidence = std::any_of(lines.cbegin(), lines.cend(), [](const TrendLine &l) {
        return std::any_of(l.points.cbegin(), l.points.cend(), [](const TrendPoint &point) {
            return point.rate && point.n < kLowConfidenceRatings;
        });
    });
    const double legendTop = countRowsTop + countRowHeight * lines.size() + 22;
    const int height =
        int(legendTop + legendRowHeight * (lines.size() + (anyLowConfidence ? 1 : 0)));

    // The axis starts at a round ten below everything shown, so small changes near the
    // targets stay visible; the labels say where it starts.
    double lowest = 100.0;
    for (const TrendLine &line : lines) {
        lowest = std::min(lowest, line.target);
        for (const TrendPoint &point : line.points) {
            if (point.rate)
                lowest = std::min(lowest, *point.rate);
        }
    }
    const double axisLow = std::max(0.0, std::floor((lowest - 5.0) / 10.0) * 10.0);
    const auto yOf = [&](double percent) {
        return bottom - (bottom - top) * (percent - axisLow) / (100.0 - axisLow);
    };
    const double slot = steps.isEmpty() ? 0 : (right - left) / steps.size();
    const auto xOf = [&](int index) { return left + slot * (index + 0.5); };

    SvgText svg(width, height,
                words(language, "Diễn biến tỷ lệ hài lòng", "Satisfaction rate over time"));
    const double tickStep = (100.0 - axisLow) > 40 ? 20.0 : 10.0;
    for (double tick = axisLow; tick <= 100.0 + 1e-9; tick += tickStep) {
        svg.line(left, yOf(tick), right, yOf(tick), kGrid, 1);
        svg.text(left - 8, yOf(tick) + 4, VietnameseFormat::percent(tick, 0), 12, kMuted,
                 QStringLiteral("end"));
    }
    const int labelEvery = std::max(1, int(std::ceil(steps.size() / 14.0)));
    for (int i = 0; i < steps.size(); i += labelEvery)
        svg.text(xOf(i), bottom + 18, steps.at(i).label, 11, kMuted, QStringLiteral("middle"));

    // Targets from the highest down; a label that would touch the one above it goes under
    // its line instead, so two close targets (95 % and 90 %) stay readable.
    QList<double> targets;
    for (const TrendLine &line : lines) {
        if (!targets.contains(line.target))
            targets.append(line.target);
    }
    std::sort(targets.begin(), targets.end(), std::greater<double>());
    constexpr double labelGap = 13;
    double previousLabelY = -labelGap;
    for (const double target : std::as_const(targets)) {
        svg.line(left, yOf(target), right, yOf(target), kTarget, 1.5, true);
        double labelY = yOf(target) - 4;
        if (labelY < previousLabelY + labelGap)
            labelY = std::max(yOf(target) + labelGap, previousLabelY + labelGap);
        svg.text(right, labelY,
                 words(language, "Chỉ tiêu ", "Target ") + VietnameseFormat::percent(target, 0), 11,
                 kTarget, QStringLiteral("end"));
        previousLabelY = labelY;
    }

    if (!lines.isEmpty())
        svg.text(4, countRowsTop - 4, words(language, "Số phiếu", "Ratings"), 11, kMuted);
    const int countEvery = slot >= 24 ? 1 : labelEvery;
    for (int l = 0; l < lines.size(); ++l) {
        const TrendLine &line = lines.at(l);
        const QString colour = kLineColours.at(l % kLineColours.size());

        // A point on fewer than kLowConfidenceRatings ratings is a ring and the line to it is
        // dashed: its rate can swing widely by chance.
        const auto lowConfidence = [](const TrendPoint &point) {
            return point.n < kLowConfidenceRatings;
        };
        QList<QPointF> run;
        bool runDashed = false;
        const auto flush = [&] {
            if (run.size() > 1)
                svg.polyline(run, colour, runDashed);
            run.clear();
        };
        for (int i = 0; i < line.points.size(); ++i) {
            const TrendPoint &point = line.points.at(i);
            if (!point.rate) {
                flush();
                continue;
            }
            const QPointF at(xOf(i), yOf(*point.rate));
            if (!run.isEmpty()) {
                const bool dashed = lowConfidence(point) || lowConfidence(line.points.at(i - 1));
                if (run.size() > 1 && dashed != runDashed) {
                    const QPointF joint = run.last();
                    flush();
                    run << joint;
                }
                runDashed = dashed;
            }
            run << at;
        }
        flush();
        for (int i = 0; i < line.points.size(); ++i) {
            const TrendPoint &point = line.points.at(i);
            if (!point.rate)
                continue;
            const QPointF at(xOf(i), yOf(*point.rate));
            if (lowConfidence(point))
                svg.ring(at.x(), at.y(), 4, colour);
            else
                svg.circle(at.x(), at.y(), 4, colour);
            if (lines.size() == 1)
                svg.text(at.x(), at.y() - 9, VietnameseFormat::decimal(*point.rate), 11, kInk,
                         QStringLiteral("middle"));
        }

        const double countY = countRowsTop + countRowHeight * l + 8;
        svg.rect(8, countY - 6, 30, 4, colour);
        for (int i = 0; i < line.points.size(); i += countEvery) {
            const TrendPoint &point = line.points.at(i);
            svg.text(xOf(i), countY, VietnameseFormat::count(point.n), 10,
                     point.n < kLowConfidenceRatings ? kMuted : kInk, QStringLiteral("middle"));
        }

        const double legendY = legendTop + legendRowHeight * l;
        svg.rect(left, legendY - 10, 18, 4, colour);
        svg.text(left + 26, legendY - 4, elided(localized(line.name, language), 110), 12, kInk);
    }
    if (anyLowConfidence) {
        const double noteY = legendTop + legendRowHeight * lines.size();
        svg.legendRing(left + 9, noteY - 8, 4, kMuted);
        svg.text(left + 26, noteY - 4,
                 words(language, "Dưới %1 phiếu (nét đứt): tỷ lệ chưa đủ tin cậy, dễ dao động",
                       "Under %1 ratings (dashed): the rate is not yet reliable and swings easily")
                     .arg(kLowConfidenceRatings),
                 12, kMuted);
    }
    if (steps.isEmpty())
        svg.text((left + right) / 2, (top + bottom) / 2,
                 words(language, "Chưa có phiếu", "No ratings yet"), 16, kMuted,
                 QStringLiteral("middle"));
    return svg.finish();
}

} // namespace hailong
