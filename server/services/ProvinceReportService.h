#pragma once

#include "ProvinceReport.h"
#include "services/Actor.h"
#include "services/CentreComparison.h"
#include "services/ReportService.h"
#include "storage/Storage.h"

namespace hailong {

// The province's report (`GET /api/v1/report?scope=province`): CentreComparison's figures in
// a file, with an audit entry "export" (or "export-failed") whose target names the period, the
// rule, the format, "province" and "en" for an English one.
class ProvinceReportService
{
public:
    ProvinceReportService(Storage &storage, CentreComparison &centres, QString issuerName);

    // Errors: "report-failed", "invalid-format" (docx).
    Result<ExportedReport> exportReport(const Period &period, ReportFormat format,
                                        ReportLanguage language, const Actor &actor);

private:
    Storage &m_storage;
    CentreComparison &m_centres;
    QString m_issuerName;
};

} // namespace hailong
