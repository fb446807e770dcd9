#pragma once

#include "ReportDocument.h"

#include <QByteArray>

namespace hailong {

// The report as CSV for the office that writes the commune's report.
//
// UTF-8 with a byte-order mark (so Excel reads the diacritics), CRLF line ends, commas
// between fields and RFC 4180 quoting. Three leading lines name the report, the period
// with its dates and rule, and when it was made; a blank line; then the plan's appendix
// table with a Vietnamese header row. Rates are written as the report prints them —
// one decimal with a decimal comma ("95,3"), always quoted — so a pasted cell reads the
// same in any locale; counts are plain integers. For arithmetic use the XLSX export,
// which holds the unrounded rates as numbers.
class CsvReportWriter
{
public:
    static QByteArray write(const ReportDocument &document);
};

} // namespace hailong
