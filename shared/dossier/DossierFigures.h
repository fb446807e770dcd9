#pragma once

#include "dossier/DossierTally.h"
#include "indicators/IndicatorCalculator.h"

#include <QJsonValue>

namespace hailong {

// What the plan reads off the dossiers of a period: the on-time indicator (section III.4,
// target 95 %, the interval and status rules of every indicator), and the figures the
// satisfaction indicators rest on — the response rate and the Ministry of Home Affairs'
// sample, n = ⌈N / (1 + N·0.05²)⌉ for N dossiers handled.
class DossierFigures
{
public:
    static IndicatorDefinition onTimeDefinition();
    // n = dossiers returned in the period, satisfied = those returned by their due time.
    static IndicatorResult onTime(const DossierTally &tally);
    // {"handled","on_time","online","rated","repeats","response_rate","sample_needed",
    // "sample_reached","by_timeliness":{"on_time":{n,satisfied,rate},"late":{…}}}, rates in
    // percent (null when there is nothing to divide by); null when no dossier was returned.
    static QJsonValue toJson(const DossierTally &tally);
    // Percent, or none when `of` is 0.
    static std::optional<double> percent(qint64 part, qint64 of);
};

} // namespace hailong
