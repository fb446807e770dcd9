#include "services/ReportService.h"

namespace hailong {

ReportService::ReportService(IndicatorService &indicators, TrendService &trends,
                             QString communeName)
    : m_indicators(indicators)
    , m_trends(trends)
    , m_communeName(std::move(communeName))
{}

ReportDocument ReportService::document(const Period &period)
{
    ReportDocument document;
    document.communeName = m_communeName;
    document.period = period;
    document.generatedAt = QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone());
    document.indicators = m_indicators.evaluate(period.start(), period.endExclusive());
    document.trends = m_trends.trend(period, TrendStepKind::Month).points;
    return document;
}

} // namespace hailong
