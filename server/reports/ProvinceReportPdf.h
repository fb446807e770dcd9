#pragma once

#include "ProvinceReport.h"

#include <QByteArray>

namespace hailong {

// The province report as an A4 landscape PDF: the heading, the centres ranked by adjusted rate
// (ratings, overall rate, interval, adjusted rate), then one table per indicator with each
// centre's count, rate, interval and verdict, and the notes; "Trang i/n" on every page.
class ProvinceReportPdf
{
public:
    // Needs a QGuiApplication (fonts). Errors: "report-failed".
    static Result<QByteArray> write(const ProvinceReportDocument &document);
};

} // namespace hailong
