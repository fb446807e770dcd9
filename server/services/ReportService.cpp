#include "services/ReportService.h"

namespace hailong {

ReportService::ReportService(Storage &storage, IndicatorService &indicators, TrendService &trends,
                             QString communeName)
    : m_storage(storage)
    , m_indicators(indicators)
    , m_trends(trends)
    , m_communeName(std::move(communeName))
{}

ReportDocument ReportService::document(const Period &period)
{
    ReportDocument document;
    document.communeName = m_communeName;
    document.period = period;
    document.generatedAt = QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone());
    IndicatorService::PeriodIndicators figures = m_indicators.evaluate(period);
    document.indicators = std::move(figures.indicators);
    document.closed = figures.closed;
    document.late = figures.late;
    document.trends = m_trends.trend(period, TrendStepKind::Month).points;
    return document;
}

Result<ExportedReport> ReportService::exportReport(const Period &period, ReportFormat format,
                                                   const Actor &actor)
{
    const ReportDocument report = document(period);
    const Result<ReportFile> file = renderReport(report, format);
    const QString target =
        QStringLiteral("%1 %2 %3")
            .arg(period.name(), periodRuleCode(period.rule()), reportFormatCode(format));
    if (!file) {
        m_storage.audit(QStringLiteral("export-failed"), actor.user, target, actor.address);
        return file.error();
    }
    m_storage.audit(QStringLiteral("export"), actor.user, target, actor.address);
    return ExportedReport{file.value(), file.value().fileName(report)};
}

} // namespace hailong
