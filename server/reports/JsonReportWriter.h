#pragma once

#include "ReportDocument.h"

#include <QJsonObject>

namespace hailong {

// The report as JSON, the shape of GET /api/v1/report?format=json:
// {"commune":…, "period":{"name","rule","from","to"}, "generated_at": RFC 3339,
//  "indicators":[IndicatorResult::toJson() plus "name_en", "lead_agency", "lead_agency_en"],
//  "trend":{"<indicator id>":[{"label","n","satisfied","rate"}…]}}
// Rates in percent, unrounded; null when n = 0.
class JsonReportWriter
{
public:
    static QJsonObject toJson(const ReportDocument &document);
};

} // namespace hailong
