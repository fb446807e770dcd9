#pragma once

#include "ChartSvg.h"
#include "services/IndicatorService.h"
#include "services/TrendService.h"

namespace hailong {

// The dashboard's charts, drawn by the same ChartSvg as the PDF report.
class ChartService
{
public:
    ChartService(Storage &storage, IndicatorService &indicators, TrendService &trends);

    QByteArray indicators(const Period &period, ReportLanguage language);
    QByteArray hourly(const QDate &date, ReportLanguage language);
    // One line per indicator that has ratings in the period.
    QByteArray trend(const Period &period, TrendStepKind kind, ReportLanguage language);

private:
    Storage &m_storage;
    IndicatorService &m_indicators;
    TrendService &m_trends;
};

} // namespace hailong
