#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QByteArray>

namespace hailong {

// The report as an A4 portrait PDF at 300 dpi, in a font with Vietnamese glyphs (Noto
// Sans, else DejaVu Sans): the commune's heading, the title with the period, its dates and
// rule, the plan's appendix table, the indicator chart (ChartSvg, the same SVG the
// dashboard shows), the trend chart when there is one, and on every page the time it was
// made and "Trang i/n". Needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).
class PdfReportWriter
{
public:
    // Errors: "report-failed" when no font with Vietnamese glyphs is installed or the PDF
    // cannot be painted.
    static Result<QByteArray> write(const ReportDocument &document);
};

} // namespace hailong
