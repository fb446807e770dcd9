#pragma once

#include "ProvinceReport.h"

#include <QByteArray>

namespace hailong {

// The province report as one XLSX sheet: the heading lines, each indicator's name merged over
// its four columns, a row per centre with counts and rates as numbers (rates cut to one
// decimal, "—" where there is none), the province's line and the notes.
class ProvinceReportXlsx
{
public:
    // Errors: "report-failed".
    static Result<QByteArray> write(const ProvinceReportDocument &document);
};

} // namespace hailong
