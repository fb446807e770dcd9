#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QByteArray>

namespace hailong {

// The report as an Excel workbook (libxlsxwriter).
//   Sheet "Báo cáo": title rows (commune, report title, period with dates and rule, time
//   made) and the plan's appendix table; rates are numbers shown with format 0.0.
//   Sheet "Số liệu": the raw counts and unrounded rates per indicator, then the trend.
class XlsxReportWriter
{
public:
    // Errors: "report-failed" when libxlsxwriter cannot write the workbook.
    static Result<QByteArray> write(const ReportDocument &document);
};

} // namespace hailong
