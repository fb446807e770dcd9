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
//    "lead": {"vi": "Trung tâm Phục vụ hành chính công", "en": "…"},   // optional
//    "partner": {"vi": "Các cơ quan, đơn vị có liên quan", "en": "…"}, // optional
//    "parent": "tthc",                                        // optional: a "Trong đó" row
//    "target": 90,                                            // percent, 0..100
//    "scope": {"unit_kind": "admin", "tied_only": true,       // tied_only optional
//              "fields": ["dat-dai", "xay-dung", "dau-tu"]}}   // optional; empty = any
// Ids are unique within a file. Without "lead", "partner" or "parent" (files written before
// they existed) an indicator gets the plan's (defaultLead(), defaultPartner(),
// defaultParent()); such files' "lead_agency" was this program's own guess and is read only
// for an indicator the plan does not name.
struct IndicatorDefinition
{
    QString id;            // "admin-service", "tthc", "tthc-land", "health", "education"
    LocalizedText name;    // as the plan words it
    LocalizedText lead;    // cơ quan chủ trì, as the plan's appendix VIII names it
    LocalizedText partner; // cơ quan phối hợp
    QString parent;        // the indicator this one is the "Trong đó" part of; empty if none
    double target = 0.0;   // percent
    IndicatorScope scope;

    // The five indicators of DESIGN.md with their default targets.
    static QList<IndicatorDefinition> defaults();
    // Appendix VIII: Phòng Văn hóa – Xã hội leads rows 4, 6 and 7 (admin-service, health,
    // education), the centre row 5 (tthc and its tthc-land part); none for other ids.
    static LocalizedText defaultLead(const QString &id);
    static LocalizedText defaultPartner();           // "Các cơ quan, đơn vị có liên quan"
    static QString defaultParent(const QString &id); // "tthc" for tthc-land

    QJsonObject toJson() const;
    // Errors: "invalid-indicators" naming the fault.
    static Result<IndicatorDefinition> fromJson(const QJsonObject &json);
    static Result<QList<IndicatorDefinition>> listFromJson(const QJsonArray &json);
};

} // namespace hailong
