#pragma once

#include "ReportDocument.h"

#include <QJsonObject>

namespace hailong {

// The report as JSON, the shape of GET /api/v1/report?format=json:
// {"commune":…, "period":{"name","rule","from","to","complete","data_until"},
//  "generated_at": RFC 3339, "indicators":[IndicatorResult::toStaffJson()…],
//  "trend":{"<indicator id>":[{"label","n","satisfied","rate"}…]}}
// Rates in percent, unrounded; null when n = 0.
class JsonReportWriter
{
public:
    static QJsonObject toJson(const ReportDocument &document);
};

} // namespace hailong
