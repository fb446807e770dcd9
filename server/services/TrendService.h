#pragma once

#include "ReportDocument.h"
#include "services/PeriodClosings.h"
#include "services/TrendSteps.h"
#include "storage/Storage.h"

#include <QJsonObject>

namespace hailong {

// Each indicator's rate step by step over a period.
struct Trend
{
    Period period;
    TrendStepKind kind = TrendStepKind::Month;
    QList<TrendStep> steps;
    QMap<QString, QList<TrendPoint>> points; // indicator id -> one point per step
    QList<TrendPoint> ratings;               // every rating of the centre, one per step
};

// Trends of the plan's indicators from the stored ratings: the same scope rules and the same
// rows (non-suspect ratings by effective time) as the indicator figures, cut into steps.
class TrendService
{
public:
    TrendService(Storage &storage, QList<IndicatorDefinition> definitions);

    // `centre`: that centre's ratings; empty, every centre's.
    Trend trend(const Period &period, TrendStepKind kind, const QString &centre = {});
    // {"period", "step", "steps":[{"label","label_en","from","to"}],
    // "series":[{"id","name","name_en", "target","points":[{"label","n","satisfied","rate"}]}],
    // "ratings":[{"label","n", "satisfied","rate"}]} — GET /api/v1/trend.
    QJsonObject toJson(const Trend &trend) const;

    const QList<IndicatorDefinition> &definitions() const { return m_definitions; }

private:
    PeriodClosings m_closings;
    QList<IndicatorDefinition> m_definitions;
};

} // namespace hailong
