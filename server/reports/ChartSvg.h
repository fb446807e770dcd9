#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"

#include <QByteArray>
#include <QList>

namespace hailong {

// Ratings received in one hour of a day (centre time).
struct HourlyCount
{
    int hour = 0; // 0..23
    qint64 n = 0;
    qint64 satisfied = 0;
};

// One line of a trend chart: an indicator's rate week by week or month by month.
struct TrendLine
{
    LocalizedText name;
    double target = 0.0; // percent
    QList<TrendPoint> points;
};

// The one chart renderer: the dashboard shows these SVGs as they are, and the PDF report
// draws the same SVG with QSvgRenderer, so a chart never differs between page and paper. The
// period view draws the trend's panels itself (assets/dashboard/trend-chart.js) to the same
// design, so that they stack on a phone and its points take the keyboard focus.
// Numbers are in Vietnamese form ("95,3 %") in both languages.
class ChartSvg
{
public:
    // Each indicator's rate as a horizontal bar on a 0–100 % scale, its target marked by
    // a vertical line and its Wilson 95 % interval by a whisker, with the verdict word
    // ("Chưa đạt" rather than "Không đạt" while the period runs).
    static QByteArray indicators(const QList<IndicatorResult> &results,
                                 ReportLanguage language = ReportLanguage::Vietnamese,
                                 bool periodComplete = true);

    // 24 bars, one per hour: satisfied ratings stacked under the others. Hours missing from
    // `counts` are drawn as empty.
    static QByteArray hourly(const QList<HourlyCount> &counts,
                             ReportLanguage language = ReportLanguage::Vietnamese);

    // Small multiples over the same steps (labels are taken from the first series, else from
    // `ratings`): a panel per series on one shared rate scale, named in words, with its target
    // line labelled, its last value printed at the line's end and its lowest and highest
    // values beside their points; then a bar panel of every rating received per step
    // (`ratings`; none when it holds no rating). Every point and bar has a <title> (step,
    // value, n) that a browser shows on hover. Axis labels are thinned to fit; every point is
    // drawn. A step with no ratings breaks the line.
    static QByteArray trend(const QList<TrendLine> &lines, const QList<TrendPoint> &ratings = {},
                            ReportLanguage language = ReportLanguage::Vietnamese);
};

} // namespace hailong
