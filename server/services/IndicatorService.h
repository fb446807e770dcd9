#pragma once

#include "dossier/DossierTally.h"
#include "indicators/IndicatorCalculator.h"
#include "period/Period.h"
#include "services/PeriodClosings.h"
#include "storage/Storage.h"

#include <QJsonObject>

namespace hailong {

// The plan's indicators over a period: storage counts the ratings, the shared calculator
// does the rest.
class IndicatorService
{
public:
    IndicatorService(Storage &storage, QList<IndicatorDefinition> definitions);

    // `centre` (here and below): that centre's ratings; empty, every centre's.
    QList<IndicatorResult> evaluate(const QDateTime &from, const QDateTime &to,
                                    const QString &centre = {});
    // The period's indicators as closed when it is closed (see PeriodClosings), else live.
    struct PeriodIndicators
    {
        QList<IndicatorResult> indicators;
        std::optional<PeriodClosing> closed;
        std::optional<LateArrivals> late;
        DossierTally dossiers; // the dossiers returned in the period
    };
    // The on-time indicator comes last, from the dossiers returned in the period (live, also
    // for a closed period: a closing keeps the ratings' figures).
    PeriodIndicators evaluate(const Period &period, const QString &centre = {});
    // {"period":{…,"complete","data_until"}, "indicators":[IndicatorResult::toStaffJson()…],
    // "closed", "late", "dossiers"} — the document of GET /api/v1/indicators.
    QJsonObject report(const Period &period, const QString &centre = {});
    // {"commune", "centre", "period", "indicators":[{"id","name","name_en","target","n","rate",
    // "ci_low","ci_high","status","confidence"}]} — GET /public/indicators: aggregates only.
    // `centre` empty: every centre's figures ("centre": null).
    QJsonObject publicReport(const Period &period, const QString &communeName,
                             const QString &centre = {});

    const QList<IndicatorDefinition> &definitions() const { return m_definitions; }

private:
    Storage &m_storage;
    QList<IndicatorDefinition> m_definitions;
    PeriodClosings m_closings;
};

} // namespace hailong
