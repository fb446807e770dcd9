#pragma once

#include "ProvinceReport.h"

#include <QByteArray>

namespace hailong {

// The province report as CSV (UTF-8 with BOM, CRLF, decimal comma): the heading lines, two
// header rows (each indicator's name over its four columns, then the columns), a row per
// centre, the province's line and how the adjusted rate is worked out.
class ProvinceReportCsv
{
public:
    static QByteArray write(const ProvinceReportDocument &document);
};

} // namespace hailong
