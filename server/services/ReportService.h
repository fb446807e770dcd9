#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "services/IndicatorService.h"
#include "services/TrendService.h"

namespace hailong {

// Fills the report library's document for a period: the commune, the indicators in the
// plan's order and their monthly trend. The report route and the `export` command both go
// through here and renderReport(), so every format carries the same numbers.
class ReportService
{
public:
    ReportService(IndicatorService &indicators, TrendService &trends, QString communeName);

    ReportDocument document(const Period &period);

    const QString &communeName() const { return m_communeName; }

private:
    IndicatorService &m_indicators;
    TrendService &m_trends;
    QString m_communeName;
};

} // namespace hailong
