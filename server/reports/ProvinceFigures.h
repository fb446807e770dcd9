#pragma once

#include "indicators/IndicatorCalculator.h"
#include "period/Period.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hailong {

// One centre's figures for a period: its indicators as GET /api/v1/indicators gives them with
// centre=ID, and its overall satisfaction (every rating of every unit kind) raw and shrunk.
struct CentreFigures
{
    QString id;
    QString name;
    QList<IndicatorResult> indicators;
    qint64 n = 0;
    qint64 satisfied = 0;
    std::optional<double> rate;  // percent; none when n = 0
    std::optional<double> ciLow; // Wilson 95 %, percent
    std::optional<double> ciHigh;
    std::optional<double> shrunkRate; // percent; none when n = 0
    int alerts = 0; // what needs the centre's attention now (GET /api/v1/alerts?centre=ID)
};

// The province and every centre side by side, best shrunk rate first (centres without ratings
// last). Filled by the server's CentreComparison; read by the province report's writers.
struct ProvinceFigures
{
    Period period;
    qint64 n = 0; // the province: every centre's ratings
    qint64 satisfied = 0;
    std::optional<double> rate;
    double priorStrength = 0; // m, in ratings
    QList<CentreFigures> centres;

    // {"period", "province":{"n","satisfied","rate"}, "prior_strength", "centres":[{"id","name",
    // "n","satisfied","rate","ci_low","ci_high","shrunk_rate","alerts","indicators":[as GET
    // /api/v1/indicators]}]}, `today` deciding whether the period is complete.
    QJsonObject toJson(const QDate &today) const;
};

} // namespace hailong
