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

    // `centre` (in each): that centre's ratings; empty, every centre's.
    QByteArray indicators(const Period &period, ReportLanguage language,
                          const QString &centre = {});
    QByteArray hourly(const QDate &date, ReportLanguage language, const QString &centre = {});
    // One line per indicator that has ratings in the period.
    QByteArray trend(const Period &period, TrendStepKind kind, ReportLanguage language,
                     const QString &centre = {});

private:
    Storage &m_storage;
    IndicatorService &m_indicators;
    TrendService &m_trends;
};

} // namespace hailong
