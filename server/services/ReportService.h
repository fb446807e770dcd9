#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "services/Actor.h"
#include "services/IndicatorService.h"
#include "services/TrendService.h"
#include "storage/Storage.h"

namespace hailong {

// A report ready to hand over: its bytes and the name to save it under.
struct ExportedReport
{
    ReportFile file;
    QString fileName;
};

// The period's report for the commune: the indicators in the plan's order and their monthly
// trend. The report route and the `export` command both go through exportReport(), so every
// format carries the same numbers and every export is written to the audit log.
class ReportService
{
public:
    ReportService(Storage &storage, IndicatorService &indicators, TrendService &trends,
                  QString communeName);

    ReportDocument document(const Period &period);
    // The report in `format`, with an audit entry "export" (or "export-failed" when it could
    // not be rendered) naming the period, the rule and the format. Errors: "report-failed".
    Result<ExportedReport> exportReport(const Period &period, ReportFormat format,
                                        const Actor &actor);

    const QString &communeName() const { return m_communeName; }

private:
    Storage &m_storage;
    IndicatorService &m_indicators;
    TrendService &m_trends;
    QString m_communeName;
};

} // namespace hailong
