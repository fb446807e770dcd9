#include "services/ChartService.h"

#include "period/CentreDay.h"

#include <algorithm>

namespace hailong {

ChartService::ChartService(Storage &storage, IndicatorService &indicators, TrendService &trends)
    : m_storage(storage)
    , m_indicators(indicators)
    , m_trends(trends)
{}

QByteArray ChartService::indicators(const Period &period, ReportLanguage language,
                                    const QString &centre)
{
    return ChartSvg::indicators(m_indicators.evaluate(period, centre).indicators, language,
                                period.isCompleteOn(CentreDay::today()));
}

QByteArray ChartService::hourly(const QDate &date, ReportLanguage language, const QString &centre)
{
    QList<HourlyCount> counts;
    for (int hour = 0; hour < 24; ++hour)
        counts.append({hour, 0, 0});
    for (const HourTally &tally : m_storage.hourlyTallies(date, centre)) {
        if (tally.hour >= 0 && tally.hour < 24)
            counts[tally.hour] = {tally.hour, tally.n, tally.satisfied};
    }
    return ChartSvg::hourly(counts, language);
}

QByteArray ChartService::trend(const Period &period, TrendStepKind kind, ReportLanguage language,
                               const QString &centre)
{
    const Trend trend = m_trends.trend(period, kind, centre);
    const bool english = language == ReportLanguage::English;
    const auto inLanguage = [&](QList<TrendPoint> points) {
        for (qsizetype i = 0; english && i < points.size() && i < trend.steps.size(); ++i)
            points[i].label = trend.steps.at(i).labelEn;
        return points;
    };
    QList<TrendLine> lines;
    for (const IndicatorDefinition &definition : m_trends.definitions()) {
        const QList<TrendPoint> points = trend.points.value(definition.id);
        const bool hasRatings = std::any_of(points.cbegin(), points.cend(),
                                            [](const TrendPoint &point) { return point.n > 0; });
        if (hasRatings)
            lines.append({definition.name, definition.target, inLanguage(points)});
    }
    return ChartSvg::trend(lines, inLanguage(trend.ratings), language);
}

} // namespace hailong
