#pragma once

#include "Result.h"
#include "indicators/UnitKind.h"
#include "survey/SurveyDefinition.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace hailong {

// Which ratings an indicator counts. A rating is in scope when its unit has `unitKind`,
// and — if `tiedOnly` — it is tied to a procedure, dossier or field, and — if `fields`
// is not empty — its field is one of them.
struct IndicatorScope
{
    UnitKind unitKind = UnitKind::Admin;
    bool tiedOnly = false;
    QStringList fields;

    bool contains(UnitKind kind, bool tied, const QString &field) const;
};

// One satisfaction indicator of the commune's reform plan.
//
// JSON form (one entry of the server's indicators file, a JSON array):
//   {"id": "tthc-land",
//    "name": {"vi": "…", "en": "…"},
//    "lead_agency": {"vi": "UBND xã", "en": "…"},            // optional
//    "target": 90,                                            // percent, 0..100
//    "scope": {"unit_kind": "admin", "tied_only": true,       // tied_only optional
//              "fields": ["dat-dai", "xay-dung", "dau-tu"]}}   // optional; empty = any
// Ids are unique within a file.
struct IndicatorDefinition
{
    QString id;               // "admin-service", "tthc", "tthc-land", "health", "education"
    LocalizedText name;       // as the plan words it
    LocalizedText leadAgency; // cơ quan chủ trì, for the report's appendix table
    double target = 0.0;      // percent
    IndicatorScope scope;

    // The five indicators of DESIGN.md with their default targets.
    static QList<IndicatorDefinition> defaults();

    QJsonObject toJson() const;
    // Errors: "invalid-indicators" naming the fault.
    static Result<IndicatorDefinition> fromJson(const QJsonObject &json);
    static Result<QList<IndicatorDefinition>> listFromJson(const QJsonArray &json);
};

} // namespace hailong
