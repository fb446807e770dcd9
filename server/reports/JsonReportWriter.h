#pragma once

#include "ReportDocument.h"

#include <QJsonObject>

namespace hailong {

// The report as JSON, the shape of GET /api/v1/report?format=json:
// {"commune":…, "period":{"name","rule","from","to","complete","data_until"},
//  "generated_at": RFC 3339, "indicators":[IndicatorResult::toStaffJson()…],
//  "trend":{"<indicator id>":[{"label","n","satisfied","rate"}…]},
//  "by_field":[{"field","name","n","satisfied","rate"}], "by_unit":[{"id","name","kind",…}],
//  "reasons":[{"code","text","kind":"went-wrong"|"went-well","count"}],
//  "comments":[{"created_at","overall","comment","field"}], "closed":null, "late":null}
// Each indicator also has "previous", "same_period_last_year" and "year_to_date":
// {"period":{"name","from","to"},"n","satisfied","rate"}.
// Rates in percent, unrounded; null when n = 0. The names of fields, reasons and the comments'
// fields are in the document's language (an indicator carries "name" and "name_en" both).
class JsonReportWriter
{
public:
    static QJsonObject toJson(const ReportDocument &document);
};

} // namespace hailong
