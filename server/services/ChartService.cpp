#include "services/ChartService.h"

#include "period/PeriodRule.h"

#include <algorithm>

namespace hailong {

ChartService::ChartService(Storage &storage, IndicatorService &indicators, TrendService &trends)
    : m_storage(storage)
    , m_indicators(indicators)
    , m_trends(trends)
{}

QByteArray ChartService::indicators(const Period &period, ReportLanguage language)
{
    return ChartSvg::indicators(m_indicators.evaluate(period.start(), period.endExclusive()),
                                language);
}

QByteArray ChartService::hourly(const QDate &date, ReportLanguage language)
{
    const QDateTime from(date, QTime(0, 0), centreTimeZone());
    QList<HourlyCount> counts;
    for (int hour = 0; hour < 24; ++hour)
        counts.append({hour, 0, 0});
    for (const StoredRating &stored : m_storage.ratingsBetween(from, from.addDays(1))) {
        if (stored.rating.suspect)
            continue;
        HourlyCount &count = counts[stored.effectiveAt.toTimeZone(centreTimeZone()).time().hour()];
        ++count.n;
        count.satisfied += stored.satisfied ? 1 : 0;
    }
    return ChartSvg::hourly(counts, language);
}

QByteArray ChartService::trend(const Period &period, TrendStepKind kind, ReportLanguage language)
{
    const Trend trend = m_trends.trend(period, kind);
    QList<TrendLine> lines;
    for (const IndicatorDefinition &definition : m_trends.definitions()) {
        const QList<TrendPoint> points = trend.points.value(definition.id);
        const bool hasRatings = std::any_of(points.cbegin(), points.cend(),
                                            [](const TrendPoint &point) { return point.n > 0; });
        if (hasRatings)
            lines.append({definition.name, definition.target, points});
    }
    return ChartSvg::trend(lines, language);
}

} // namespace hailong
