#pragma once

#include "ReportDocument.h"
#include "ReportIssuer.h"
#include "period/Period.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace hailong {

// Ratings attributed to one person over one period.
struct SheetFigures
{
    Period period;
    qint64 n = 0;
    qint64 satisfied = 0;

    std::optional<double> rate() const; // percent; none when n = 0
};

// One staff member's year, for their yearly evaluation (the plan, sections I.3 and III.4–5):
// their ratings and rate, the shrunk rate and rank the ranking uses, each quarter, the reasons
// citizens ticked and the centre's mean to compare with. Filled by the server; no HTTP, no SQL.
struct StaffSheet
{
    QString code;
    QString name;
    QString unitName;
    QString counter;  // empty when none
    QString centreId; // their unit's centre (not printed)
    int year = 0;
    SheetFigures figures;             // the whole year under the period rule
    std::optional<double> shrunkRate; // none when the ranking has no row for them
    std::optional<int> rank;          // 1 = best; none when not ranked
    int rankedCount = 0;              // how many the ranking holds
    QList<SheetFigures> quarters;     // Q1–Q4 of the year
    QList<ReasonCount> reasons;       // most frequent first
    std::optional<double> centreRate; // the ranking's mean; none without ratings
    ReportIssuer issuer;
    QDateTime generatedAt;

    // {"code","name","year","n","satisfied","rate","shrunk_rate","rank","of","quarters":[4 ×
    // {"name","from","to","n","satisfied","rate"}],"reasons":[{"code","text","kind","count"}],
    // "centre_rate","unit","counter","period":{"name","rule","from","to"}}; rates in percent,
    // unrounded, null when there is nothing to rate.
    QJsonObject toJson() const;
    // "phieu-hai-long-NV01-2026.pdf"
    QString fileName() const;
};

} // namespace hailong
