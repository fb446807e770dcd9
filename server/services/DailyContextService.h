#pragma once

#include "period/PeriodRule.h"
#include "services/IndicatorService.h"
#include "storage/Storage.h"

#include <QDate>
#include <QJsonObject>
#include <optional>

namespace hailong {

// One day in context for the dashboard's today view (GET /api/v1/daily/context): the day
// against the day before, the same weekday a week earlier, and the quarter (under the rule)
// and its rule year up to the end of the day, each with every ratings' n, satisfied and rate
// and each indicator's; and, per indicator, how many satisfied ratings in a row would bring
// the quarter so far to its target. Suspect and repeated ratings count nowhere, as elsewhere.
class DailyContextService
{
public:
    DailyContextService(Storage &storage, IndicatorService &indicators);

    // `centre`: that centre's ratings; empty, every centre's.
    QJsonObject context(const QDate &date, PeriodRule rule, const QString &centre = {});

    // The smallest k ≥ 0 with (satisfied + k) / (n + k) ≥ target %, or nullopt when no run
    // of satisfied ratings can reach it (a target of 100 % already missed). With no rating
    // yet, one satisfied rating reaches any target.
    static std::optional<qint64> satisfiedToTarget(qint64 n, qint64 satisfied, double target);

private:
    // {"from","to","n","satisfied","rate","indicators":[{"id","n","satisfied","rate"}…]} over
    // the centre days [first, last].
    QJsonObject figures(const QDate &first, const QDate &last, bool withTarget,
                        const QString &centre);

    Storage &m_storage;
    IndicatorService &m_indicators;
};

} // namespace hailong
