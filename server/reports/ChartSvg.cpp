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

    // With a `title`, the shape carries it as its <title>: a browser shows it on hover.
    void rect(double x, double y, double w, double h, const QString &fill,
              const QString &title = {})
    {
        m_svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                "fill=\"%5\"")
                     .arg(num(x), num(y), num(std::max(0.0, w)), num(std::max(0.0, h)), fill);
        close(QStringLiteral("rect"), title);
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

    void circle(double cx, double cy, double r, const QString &fill, const QString &title = {})
    {
        m_svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"")
                     .arg(num(cx), num(cy), num(r), fill);
        close(QStringLiteral("circle"), title);
    }

    // A ring: white inside, `stroke` around.
    void ring(double cx, double cy, double r, const QString &stroke, const QString &title = {})
    {
        m_svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"#ffffff\" "
                                "stroke=\"%4\" stroke-width=\"2\"")
                     .arg(num(cx), num(cy), num(r), stroke);
        close(QStringLiteral("circle"), title);
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
    void close(const QString &element, const QString &title)
    {
        if (title.isEmpty())
            m_svg += QStringLiteral("/>\n");
        else
            m_svg +=
                QStringLiteral("><title>%1</title></%2>\n").arg(title.toHtmlEscaped(), element);
    }

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

// The trend's small multiples: two columns of panels on a page-wide chart.
constexpr int kWidth = 860;
constexpr int kTrendColumns = 2;
constexpr double kMargin = 16, kColumnGap = 28, kRowGap = 14, kTrendTop = 8;
constexpr double kPanelWidth = (kWidth - 2 * kMargin - kColumnGap) / kTrendColumns;
constexpr double kHeaderHeight = 48; // the name on up to two lines, and room for a value above
constexpr double kPlotHeight = 112;
constexpr double kPanelHeight = kHeaderHeight + kPlotHeight + 22; // and the step labels
constexpr double kPlotLeft = 38;                                  // the scale's labels
constexpr double kPlotRight = 64; // the last value and the target's word
constexpr int kAxisFont = 10;
constexpr int kNameFont = 12;
const QString kTrendLine = QStringLiteral("#1565c0");
const QString kTrendTarget = QStringLiteral("#8a4b08");
const QString kRatingsBar = QStringLiteral("#52606d");

// About how wide a line of text is in the chart's sans-serif fonts: enough to keep labels
// apart (it errs wide), never used to fit text exactly.
double textWidth(const QString &text, int size)
{
    return text.size() * size * 0.64;
}

// `text` in lines of at most `maxChars`, the last of `maxLines` cut with an ellipsis.
QStringList wrapped(const QString &text, int maxChars, int maxLines)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > maxChars) {
            lines << current;
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty())
        lines << current;
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << elided(rest, maxChars);
    }
    return lines;
}

// Where one panel draws: its name above, its plot, its step labels below.
struct PanelFrame
{
    PanelFrame(double x, double y, int steps)
        : left(x)
        , top(y)
        , plotLeft(x + kPlotLeft)
        , plotRight(x + kPanelWidth - kPlotRight)
        , plotTop(y + kHeaderHeight)
        , plotBottom(y + kHeaderHeight + kPlotHeight)
        , slot(steps > 0 ? (plotRight - plotLeft) / steps : plotRight - plotLeft)
    {}

    double xOf(int index) const { return plotLeft + slot * (index + 0.5); }

    double left, top, plotLeft, plotRight, plotTop, plotBottom, slot;
};

void drawName(SvgText &svg, const PanelFrame &frame, const QString &name)
{
    const int maxChars = int(kPanelWidth / (kNameFont * 0.56));
    const QStringList nameLines = wrapped(name, maxChars, 2);
    for (int i = 0; i < nameLines.size(); ++i)
        svg.text(frame.left, frame.top + 14 + 15 * i, nameLines.at(i), kNameFont, kInk,
                 QStringLiteral("start"), true);
}

// A value's label kept inside the plot's width, centred on `x` where it can be.
void valueLabel(SvgText &svg, const PanelFrame &frame, double x, double y, const QString &value)
{
    const double half = textWidth(value, kAxisFont) / 2;
    const double centre = std::clamp(x, frame.plotLeft + half - 2, frame.plotRight + half);
    svg.text(centre, y, value, kAxisFont, kInk, QStringLiteral("middle"));
}

QString pointTitle(const TrendPoint &point, ReportLanguage language)
{
    return words(language, "%1: %2 · %3/%4 phiếu hài lòng", "%1: %2 · %3 of %4 ratings satisfied")
        .arg(point.label, VietnameseFormat::percent(*point.rate),
             VietnameseFormat::count(point.satisfied), VietnameseFormat::count(point.n));
}

void drawRatePanel(SvgText &svg, const PanelFrame &frame, const TrendLine &line, double axisLow,
                   double tickStep, ReportLanguage language)
{
    const auto yOf = [&](double percent) {
        return frame.plotBottom -
               kPlotHeight * (std::max(percent, axisLow) - axisLow) / (100.0 - axisLow);
    };
    drawName(svg, frame, localized(line.name, language));

    // The target's own value stands on the scale where its line starts; grid labels too close
    // to it give way.
    const double targetY = yOf(line.target);
    for (double tick = axisLow; tick <= 100.0 + 1e-9; tick += tickStep) {
        svg.line(frame.plotLeft, yOf(tick), frame.plotRight, yOf(tick), kGrid, 1);
        if (std::abs(yOf(tick) - targetY) >= 11)
            svg.text(frame.plotLeft - 5, yOf(tick) + 4, VietnameseFormat::percent(tick, 0),
                     kAxisFont, kMuted, QStringLiteral("end"));
    }
    svg.line(frame.plotLeft, targetY, frame.plotRight, targetY, kTrendTarget, 1.5);
    svg.text(frame.plotLeft - 5, targetY + 4, VietnameseFormat::percent(line.target, 0), kAxisFont,
             kTrendTarget, QStringLiteral("end"), true);

    // A point on fewer than kLowConfidenceRatings ratings is a ring and the line to it is
    // dashed: its rate can swing widely by chance.
    const auto lowConfidence = [](const TrendPoint &point) {
        return point.n < kLowConfidenceRatings;
    };
    QList<QPointF> run;
    bool runDashed = false;
    const auto flush = [&] {
        if (run.size() > 1)
            svg.polyline(run, kTrendLine, runDashed);
        run.clear();
    };
    int first = -1, last = -1, lowestAt = -1, highestAt = -1;
    for (int i = 0; i < line.points.size(); ++i) {
        const TrendPoint &point = line.points.at(i);
        if (!point.rate) {
            flush();
            continue;
        }
        if (first < 0)
            first = i;
        last = i;
        if (lowestAt < 0 || *point.rate < *line.points.at(lowestAt).rate)
            lowestAt = i;
        if (highestAt < 0 || *point.rate > *line.points.at(highestAt).rate)
            highestAt = i;
        const QPointF at(frame.xOf(i), yOf(*point.rate));
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
    const double radius = frame.slot >= 10 ? 4 : 3;
    for (int i = 0; i < line.points.size(); ++i) {
        const TrendPoint &point = line.points.at(i);
        if (!point.rate)
            continue;
        const QPointF at(frame.xOf(i), yOf(*point.rate));
        if (lowConfidence(point))
            svg.ring(at.x(), at.y(), radius, kTrendLine, pointTitle(point, language));
        else
            svg.circle(at.x(), at.y(), radius, kTrendLine, pointTitle(point, language));
    }
    if (last < 0)
        return;

    // The highest value above its point, the lowest below its own (above when the scale's
    // foot leaves no room), the last at the line's end.
    const TrendPoint &lastPoint = line.points.at(last);
    const double lastY = yOf(*lastPoint.rate);
    if (highestAt != last && *line.points.at(highestAt).rate > *lastPoint.rate)
        valueLabel(svg, frame, frame.xOf(highestAt), yOf(*line.points.at(highestAt).rate) - 7,
                   VietnameseFormat::percent(*line.points.at(highestAt).rate));
    if (lowestAt != last && *line.points.at(lowestAt).rate < *lastPoint.rate) {
        const double y = yOf(*line.points.at(lowestAt).rate);
        valueLabel(svg, frame, frame.xOf(lowestAt), y + 15 <= frame.plotBottom - 2 ? y + 15 : y - 7,
                   VietnameseFormat::percent(*line.points.at(lowestAt).rate));
    }
    const double lastLabelY = lastY + 4;
    svg.text(frame.xOf(last) + radius + 4, lastLabelY, VietnameseFormat::percent(*lastPoint.rate),
             11, kInk, QStringLiteral("start"), true);

    // The target's word at its line's end, moved off the last value when they meet.
    double targetLabelY = targetY + 4;
    if (std::abs(targetLabelY - lastLabelY) < 12 && frame.xOf(last) + 60 > frame.plotRight)
        targetLabelY = lastY > targetY ? lastLabelY - 12 : lastLabelY + 12;
    svg.text(frame.left + kPanelWidth, targetLabelY, words(language, "Chỉ tiêu", "Target"),
             kAxisFont, kTrendTarget, QStringLiteral("end"), true);
}

void drawCountPanel(SvgText &svg, const PanelFrame &frame, const QList<TrendPoint> &ratings,
                    ReportLanguage language)
{
    drawName(svg, frame,
             words(language, "Số phiếu đánh giá nhận được (mọi đơn vị)",
                   "Ratings received (all units)"));
    qint64 maximum = 0;
    int busiest = 0, last = -1;
    for (int i = 0; i < ratings.size(); ++i) {
        if (ratings.at(i).n > maximum) {
            maximum = ratings.at(i).n;
            busiest = i;
        }
        if (ratings.at(i).n > 0)
            last = i;
    }
    const qint64 step = niceStep(std::max<qint64>(maximum, 4), 4);
    const qint64 axisTop = ((std::max<qint64>(maximum, 1) + step - 1) / step) * step;
    const auto yOf = [&](double value) {
        return frame.plotBottom - kPlotHeight * value / double(axisTop);
    };
    for (qint64 tick = 0; tick <= axisTop; tick += step) {
        svg.line(frame.plotLeft, yOf(tick), frame.plotRight, yOf(tick), kGrid, 1);
        svg.text(frame.plotLeft - 5, yOf(tick) + 4, VietnameseFormat::count(tick), kAxisFont,
                 kMuted, QStringLiteral("end"));
    }
    const double barWidth = std::max(1.5, frame.slot * 0.7);
    const bool everyValue = frame.slot >= 30;
    for (int i = 0; i < ratings.size(); ++i) {
        const TrendPoint &point = ratings.at(i);
        const double x = frame.xOf(i) - barWidth / 2;
        svg.rect(x, yOf(point.n), barWidth, frame.plotBottom - yOf(point.n), kRatingsBar,
                 words(language, "%1: %2 phiếu", "%1: %2 ratings")
                     .arg(point.label, VietnameseFormat::count(point.n)));
        if (point.n > 0 && (everyValue || i == busiest) && i != last)
            valueLabel(svg, frame, frame.xOf(i), yOf(point.n) - 4,
                       VietnameseFormat::count(point.n));
    }
    if (last >= 0)
        svg.text(frame.xOf(last) + barWidth / 2 + 4,
                 std::min(yOf(ratings.at(last).n) + 10, frame.plotBottom - 2),
                 VietnameseFormat::count(ratings.at(last).n), 11, kInk, QStringLiteral("start"),
                 true);
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

QByteArray ChartSvg::trend(const QList<TrendLine> &lines, const QList<TrendPoint> &ratings,
                           ReportLanguage language)
{
    const bool anyRatings = std::any_of(ratings.cbegin(), ratings.cend(),
                                        [](const TrendPoint &point) { return point.n > 0; });
    const QList<TrendPoint> steps = !lines.isEmpty() ? lines.first().points : ratings;
    const int panels = int(lines.size()) + (anyRatings ? 1 : 0);
    const int rows = (panels + kTrendColumns - 1) / kTrendColumns;
    const bool anyLowConfidence = std::any_of(lines.cbegin(), lines.cend(), [](const TrendLine &l) {
        return std::any_of(l.points.cbegin(), l.points.cend(), [](const TrendPoint &point) {
            return point.rate && point.n < kLowConfidenceRatings;
        });
    });
    const double panelsBottom = kTrendTop + rows * (kPanelHeight + kRowGap);
    const int height = int(panelsBottom + (anyLowConfidence ? 24 : 0)) + (panels == 0 ? 120 : 0);

    // One scale for every panel, so that panels compare at a glance. It starts at a round ten
    // below everything shown, so small changes near the targets stay visible.
    double lowest = 100.0;
    for (const TrendLine &line : lines) {
        lowest = std::min(lowest, line.target);
        for (const TrendPoint &point : line.points) {
            if (point.rate)
                lowest = std::min(lowest, *point.rate);
        }
    }
    const double axisLow = std::max(0.0, std::floor((lowest - 5.0) / 10.0) * 10.0);
    const double tickStep = (100.0 - axisLow) > 40 ? 20.0 : 10.0;

    SvgText svg(kWidth, height,
                words(language, "Diễn biến tỷ lệ hài lòng", "Satisfaction rate over time"));
    if (panels == 0) {
        svg.text(kWidth / 2.0, 70, words(language, "Chưa có phiếu", "No ratings yet"), 16, kMuted,
                 QStringLiteral("middle"));
        return svg.finish();
    }

    // Only as many step labels as fit side by side; every point is drawn all the same.
    double widestLabel = 0;
    for (const TrendPoint &step : steps)
        widestLabel = std::max(widestLabel, textWidth(step.label, kAxisFont));

    for (int p = 0; p < panels; ++p) {
        const PanelFrame frame(kMargin + (p % kTrendColumns) * (kPanelWidth + kColumnGap),
                               kTrendTop + (p / kTrendColumns) * (kPanelHeight + kRowGap),
                               int(steps.size()));
        const int labelEvery = std::max(1, int(std::ceil((widestLabel + 8) / frame.slot)));
        for (int i = 0; i < steps.size(); i += labelEvery)
            svg.text(frame.xOf(i), frame.plotBottom + 15, steps.at(i).label, kAxisFont, kMuted,
                     QStringLiteral("middle"));
        if (p < lines.size())
            drawRatePanel(svg, frame, lines.at(p), axisLow, tickStep, language);
        else
            drawCountPanel(svg, frame, ratings, language);
    }

    if (anyLowConfidence) {
        const double noteY = panelsBottom + 8;
        svg.legendRing(kMargin + 9, noteY - 4, 4, kMuted);
        svg.text(kMargin + 22, noteY,
                 words(language,
                       "Vòng rỗng, nét đứt: dưới %1 phiếu, tỷ lệ chưa đủ tin cậy, dễ dao động",
                       "Hollow ring, dashed: under %1 ratings, the rate is not yet reliable "
                       "and swings easily")
                     .arg(kLowConfidenceRatings),
                 12, kMuted);
    }
    return svg.finish();
}

} // namespace hailong
